//! Where the CLI gets its registry: the bundled demonstration one, or
//! `--registry SIGNED.json --trust KEY.pub [--trust …] [--threshold N] [--min-version V]`,
//! verified like any other before use.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use callguard::guard::Snapshot;
use callguard::signing::{self, Policy, PublicKey, TrustRoot, VerifiedRegistry};

/// Trust flags: the keys (or a trust root document) a signed registry must be signed by.
#[derive(clap::Args, Debug, Default, Clone)]
pub(crate) struct TrustArgs {
    /// A trusted public key (PEM, from `callguard registry keygen`); repeat for several.
    #[arg(long = "trust", value_name = "KEY.pub")]
    pub trust: Vec<PathBuf>,
    /// How many distinct trusted keys must have signed (default 1).
    #[arg(long, value_name = "N", requires = "trust")]
    pub threshold: Option<usize>,
    /// A trust root document (JSON, or a self-signed root envelope) instead of --trust keys.
    #[arg(long, value_name = "ROOT.json", conflicts_with = "trust")]
    pub root: Option<PathBuf>,
}

impl TrustArgs {
    /// The trust root the flags describe, or `None` when none was given.
    pub(crate) fn trust_root(&self) -> Result<Option<TrustRoot>, Box<dyn std::error::Error>> {
        if let Some(path) = &self.root {
            let bytes = read(path)?;
            let root = TrustRoot::read(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            return Ok(Some(root));
        }
        if self.trust.is_empty() {
            return Ok(None);
        }
        let mut keys = Vec::with_capacity(self.trust.len());
        for path in &self.trust {
            let key = PublicKey::from_pem(&read(path)?)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            keys.push(key);
        }
        Ok(Some(TrustRoot::from_keys(
            keys,
            self.threshold.unwrap_or(1),
        )?))
    }
}

/// Registry selection flags shared by `check`, `scan` and `assess`.
#[derive(clap::Args, Debug, Default, Clone)]
pub(crate) struct RegistryArgs {
    /// A signed registry to use instead of the bundled demonstration one (needs --trust or --root).
    #[arg(long, value_name = "SIGNED.json")]
    pub registry: Option<PathBuf>,
    #[command(flatten)]
    pub trust: TrustArgs,
    /// Refuse a registry older than this version (rollback protection).
    #[arg(long, value_name = "V", default_value_t = 0)]
    pub min_version: u64,
    /// Refuse a registry whose id is not this one.
    #[arg(long, value_name = "ID")]
    pub registry_id: Option<String>,
    /// Use the registry in force in this state directory (see `callguard state`).
    #[arg(long, value_name = "DIR", conflicts_with_all = ["registry", "trust", "root"])]
    pub state: Option<PathBuf>,
}

impl RegistryArgs {
    /// Loads and verifies the selected registry and builds the scanner for its providers.
    pub(crate) fn load(&self) -> Result<Arc<Snapshot>, Box<dyn std::error::Error>> {
        if let Some(dir) = &self.state {
            let (guard, report) = crate::state::open(dir)?;
            if report.source != callguard::guard::RegistrySource::Stored || report.below_floor() {
                eprintln!(
                    "callguard: warning: {}: registry recovered from {:?}: {:?}",
                    dir.display(),
                    report.source,
                    report.problems
                );
            }
            return Ok(guard.snapshot());
        }
        let verified = self.verify()?;
        let snapshot = Snapshot::new(verified).map_err(|e| {
            let refused = callguard::guard::UpdateError::from(e);
            format!("registry refused: {refused}")
        })?;
        Ok(Arc::new(snapshot))
    }

    /// Loads and verifies the selected registry.
    fn verify(&self) -> Result<VerifiedRegistry, Box<dyn std::error::Error>> {
        let root = self.trust.trust_root()?;
        match (&self.registry, root) {
            (None, None) => Ok(VerifiedRegistry::try_bundled()?),
            (None, Some(_)) => {
                Err("--trust/--root given without --registry SIGNED.json: name the signed registry to verify".into())
            }
            (Some(path), None) => Err(format!(
                "--registry {} needs the key it was signed with: add --trust KEY.pub (or --root ROOT.json)",
                path.display()
            )
            .into()),
            (Some(path), Some(root)) => {
                let policy = Policy {
                    registry_id: self.registry_id.clone(),
                    min_version: self.min_version,
                    ..Policy::default()
                };
                signing::verify(&read(path)?, &root, &policy)
                    .map_err(|e| format!("{}: {e}", path.display()).into())
            }
        }
    }
}

/// Reads a file, naming it in the error; refuses files over the envelope size limit before
/// reading them (no registry, key or root is that large).
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let limit = signing::DEFAULT_MAX_ENVELOPE_BYTES;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > limit as u64 {
            return Err(format!(
                "{} is {} bytes, over the {limit}-byte limit for registries",
                path.display(),
                meta.len()
            )
            .into());
        }
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}
