//! Where the CLI gets its registry: the bundled one, or `--registry SIGNED.json --trust KEY.pub`.
//!
//! SKELETON (owner: signing).

use callguard::signing::VerifiedRegistry;

/// Registry selection flags shared by `check` and `assess`.
#[derive(clap::Args, Debug)]
pub struct RegistryArgs {}

impl RegistryArgs {
    /// Loads and verifies the selected registry.
    pub fn load(&self) -> Result<VerifiedRegistry, Box<dyn std::error::Error>> {
        Ok(VerifiedRegistry::bundled())
    }
}
