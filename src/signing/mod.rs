//! Signed registries: the DSSE-style envelope, the trust root (keys + threshold), expiry,
//! rollback protection and root rotation, all verified with `ring` Ed25519.
//!
//! SKELETON: `VerifiedRegistry` is the contract (`guard` and `ffi` only accept it); the owner
//! of this module fills in verification.

use crate::registry::Registry;

/// A registry whose envelope verified against a trust root, that has not expired and is not a
/// rollback. Only this module constructs it.
#[derive(Clone, Debug)]
pub struct VerifiedRegistry {
    registry: Registry,
}

impl VerifiedRegistry {
    /// The registry inside.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The bundled demonstration registry (DEMO ONLY data, verified at start-up).
    pub fn bundled() -> VerifiedRegistry {
        // SKELETON: replaced by verification of the signed bundled envelope.
        let registry = Registry::from_json(include_bytes!("../../data/registry.json"))
            .expect("bundled registry is valid");
        VerifiedRegistry { registry }
    }
}

/// Why a signed registry or trust root was rejected.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The registry inside failed validation.
    #[error(transparent)]
    Registry(#[from] crate::registry::RegistryError),
}
