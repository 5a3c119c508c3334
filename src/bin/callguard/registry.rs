//! `callguard registry …`: the security team's tools. SKELETON (owner: signing).

use crate::CliResult;

#[derive(clap::Subcommand, Debug)]
pub enum RegistryCommand {
    /// Check a registry document for every problem at once.
    Lint {
        /// The registry JSON.
        path: std::path::PathBuf,
    },
}

pub fn run(_cmd: RegistryCommand) -> CliResult {
    Err("not implemented".into())
}
