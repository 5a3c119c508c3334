//! [`CallGuard`]: the handle an app keeps. It holds the registry in force, answers checks,
//! scans and assessments, and swaps in newer verified registries atomically.
//!
//! SKELETON: the owner of `signing` fills in updates.

use std::sync::{Arc, RwLock};

use crate::signing::VerifiedRegistry;
use crate::verdict::{Check, CheckOptions};

/// Thread-safe handle on the registry in force.
#[derive(Debug)]
pub struct CallGuard {
    current: RwLock<Arc<VerifiedRegistry>>,
}

impl CallGuard {
    /// A guard over an already verified registry.
    pub fn new(registry: VerifiedRegistry) -> CallGuard {
        CallGuard {
            current: RwLock::new(Arc::new(registry)),
        }
    }

    /// A guard over the bundled demonstration registry.
    pub fn bundled() -> CallGuard {
        CallGuard::new(VerifiedRegistry::bundled())
    }

    /// The registry in force right now (a snapshot: later updates do not change it).
    pub fn snapshot(&self) -> Arc<VerifiedRegistry> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Judges a raw caller ID against the registry in force.
    pub fn check(&self, raw: &str, options: &CheckOptions) -> Check {
        crate::verdict::check(self.snapshot().registry(), raw, options)
    }
}
