//! [`CallGuard`]: the handle an app keeps. It holds the trust root, the policy and the registry
//! in force, answers checks on a snapshot of that registry, and swaps in newer verified
//! registries (and rotated trust roots) atomically: a reader sees the old registry or the new
//! one, never a mix, and a failed update changes nothing.
//!
//! Update rule: the new registry must verify against the trust root in force, carry the same
//! registry id, and have a version strictly above the one in force. Re-delivery of the very
//! registry in force (same version, same payload hash) is a no-op that succeeds, so polling
//! clients can apply what they fetched without bookkeeping; the same version with a different
//! payload is refused ([`VerifyError::VersionConflict`]): every change needs a new version.
//!
//! Expiry is checked when a registry is accepted. One that expires while in force keeps
//! answering (no answer would protect nobody); [`CallGuard::expired`] tells the app to fetch
//! a newer one.

use std::sync::{Arc, Mutex, RwLock};

use crate::assess::Assessment;
use crate::scan::{Indicator, Language, StreamScanner};
use crate::signing::{verify_envelope, Envelope, Policy, TrustRoot, VerifiedRegistry, VerifyError};
use crate::verdict::{Check, CheckOptions};

pub use crate::signing::RegistryInfo;

/// Thread-safe handle on the registry in force (`Send + Sync`: share it in an `Arc`).
#[derive(Debug)]
pub struct CallGuard {
    current: RwLock<Arc<VerifiedRegistry>>,
    root: RwLock<Arc<TrustRoot>>,
    /// Policy for updates; its registry id is pinned to the registry in force and `now` may be
    /// fixed for tests.
    policy: Policy,
    /// Serializes updates so check-then-swap cannot race with another update; readers never
    /// take it.
    update_lock: Mutex<()>,
}

impl CallGuard {
    /// A guard over an already verified registry. Updates are verified against the trust root
    /// that verified it, must keep its registry id, and use the system clock for expiry.
    pub fn new(registry: VerifiedRegistry) -> CallGuard {
        let policy = Policy::for_registry(&registry.registry().doc().registry_id);
        CallGuard::with_policy(registry, policy)
    }

    /// A guard with an explicit update policy (its `registry_id` is forced to the registry's
    /// own; `now` and `max_envelope_bytes` are honoured; the version floor follows the registry
    /// in force).
    pub fn with_policy(registry: VerifiedRegistry, mut policy: Policy) -> CallGuard {
        policy.registry_id = Some(registry.registry().doc().registry_id.clone());
        let root = registry.trust_root().clone();
        CallGuard {
            current: RwLock::new(Arc::new(registry)),
            root: RwLock::new(root),
            policy,
            update_lock: Mutex::new(()),
        }
    }

    /// Verifies `envelope` against `root` and `policy` and guards the result: the production
    /// entry point (the app supplies its own trust root, never the demo one).
    pub fn open(
        envelope: &[u8],
        root: TrustRoot,
        policy: Policy,
    ) -> Result<CallGuard, VerifyError> {
        let verified = crate::signing::verify(envelope, &root, &policy)?;
        Ok(CallGuard::with_policy(verified, policy))
    }

    /// A guard over the bundled demonstration registry (DEMO ONLY: updates must be signed by
    /// the demonstration key).
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

    /// The trust root in force.
    pub fn trust_root(&self) -> Arc<TrustRoot> {
        self.root.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// A summary of the registry in force.
    pub fn info(&self) -> RegistryInfo {
        self.snapshot().info()
    }

    /// True when the registry in force has expired (by the policy's clock). Checks keep using
    /// it (refusing to answer would leave the user with no protection), so an app should show
    /// this and fetch a newer registry.
    pub fn expired(&self) -> bool {
        self.snapshot().expires_at_unix() <= self.policy.now_unix()
    }

    /// Judges a raw caller ID against the registry in force.
    pub fn check(&self, raw: &str, options: &CheckOptions) -> Check {
        crate::verdict::check(self.snapshot().registry(), raw, options)
    }

    /// Scans a text for scam indicators, recognising impersonation claims of the providers in
    /// the registry in force; `hint` overrides language detection.
    pub fn scan(&self, text: &str, hint: Option<Language>) -> Vec<Indicator> {
        self.snapshot().scanner().scan_with_language(text, hint)
    }

    /// A streaming scanner for a live transcript, knowing the providers in force now.
    pub fn stream(&self, hint: Option<Language>) -> StreamScanner {
        StreamScanner::with_scanner(self.snapshot().scanner(), hint)
    }

    /// Assesses a call or message end to end: scans `text` and checks the caller's raw number
    /// (against the provider the text claims, unless `options` names one), on one snapshot.
    pub fn assess(&self, from: &str, options: &CheckOptions, text: &str) -> Assessment {
        let snapshot = self.snapshot();
        let found = snapshot.scanner().scan(text);
        crate::assess::assess_call(snapshot.registry(), from, options, found)
    }

    /// Verifies a signed registry and, if it is newer than the one in force, swaps it in
    /// atomically. On any error the registry in force is unchanged. See the module docs for
    /// the version rule.
    pub fn update(&self, envelope: &[u8]) -> Result<RegistryInfo, VerifyError> {
        let _serial = self.update_lock.lock().unwrap_or_else(|e| e.into_inner());
        let current = self.snapshot();
        let current_version = current.registry().doc().version;
        let mut policy = self.policy.clone();
        policy.min_version = current_version;
        let env = Envelope::from_json(envelope, policy.max_envelope_bytes)?;
        // Cheap early answer for a re-delivery before any signature work.
        if env.payload_sha256() == current.payload_sha256() {
            return Ok(current.info());
        }
        let verified = verify_envelope(&env, &self.trust_root(), &policy)?;
        let version = verified.registry().doc().version;
        if version == current_version {
            return Err(VerifyError::VersionConflict { version });
        }
        if version < current_version {
            // Unreachable through the policy floor, kept as a second line of defence.
            return Err(VerifyError::NotNewer {
                version,
                current: current_version,
            });
        }
        let info = verified.info();
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(verified);
        Ok(info)
    }

    /// Rotates the trust root: accepted only when signed by a threshold of the root in force
    /// and of the new root, with a higher version ([`TrustRoot::rotate`]). The registry in
    /// force stays; later updates are verified against the new root. Returns the new version.
    pub fn rotate_root(&self, envelope: &[u8]) -> Result<u64, VerifyError> {
        let _serial = self.update_lock.lock().unwrap_or_else(|e| e.into_inner());
        let next = self.trust_root().rotate(envelope)?;
        let version = next.version();
        *self.root.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(next);
        Ok(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn guard_is_send_and_sync() {
        assert_send_sync::<CallGuard>();
    }

    #[test]
    fn redelivering_the_registry_in_force_is_a_no_op() {
        let guard = CallGuard::bundled();
        let before = guard.info();
        let info = guard.update(VerifiedRegistry::bundled_envelope()).unwrap();
        assert_eq!(info, before);
    }
}
