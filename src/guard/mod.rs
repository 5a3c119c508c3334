//! [`CallGuard`]: the handle an app keeps. It holds the trust root, the policy and the registry
//! in force, answers checks on a snapshot of that registry, and swaps in newer verified
//! registries (and rotated trust roots) atomically: a reader sees the old registry or the new
//! one, never a mix, and a failed update changes nothing.
//!
//! Update rule: the new registry must verify against the trust root in force, carry the same
//! registry id, and have a version strictly above the one in force. Re-delivery of the very
//! registry in force (same payload hash, and verifying like any update) is a no-op that
//! succeeds, so polling clients can apply what they fetched without bookkeeping; the same
//! version with a different payload is refused ([`UpdateError::VersionConflict`]): every change needs a new version.
//!
//! A registry is put in force together with the scanner for its providers: its names are
//! checked at once ([`Scanner::check_providers`]), and a registry whose names the scanner
//! refuses is refused ([`UpdateError::Scanner`]), never scanned for with another registry's
//! providers. The scanner's automaton is built on the first scan, so a check (an app started
//! cold for one incoming call) never waits for it. Checks and scans of one [`Snapshot`] always
//! see the same registry.
//!
//! Call notices ([`crate::notice`]) verified against the registry in force are held in a
//! bounded table ([`CallGuard::expect_call`], [`CallGuard::pending_calls`],
//! [`CallGuard::forget_call`]); a registry update checks them again and drops those that no
//! longer verify (a removed key revokes its notices). The table lives in memory: an app that
//! restarts hands the notices it kept to `expect_call` again.
//!
//! Expiry is checked when a registry is accepted. One that expires while in force keeps
//! answering (no answer would protect nobody); [`CallGuard::expired`] tells the app to fetch
//! a newer one.

mod stateful;

use std::sync::{Arc, Mutex, OnceLock, RwLock};

use crate::assess::{Assessment, TextAssessment};
use crate::notice::{Callee, ExpectedCall, NoticeError, NoticeTable};
use crate::registry::audit::CallDirectory;
use crate::registry::Provider;
use crate::scan::{Indicator, Language, ScanError, Scanner, StreamScanner};
use crate::signing::{
    verify_envelope, verify_redelivery, Envelope, Policy, TrustRoot, VerifiedRegistry, VerifyError,
};
use crate::state::{StateError, Store};

use crate::verdict::{CallContext, CallingStatus, Check, CheckOptions, ProviderNames};
pub use stateful::{
    install, rotate, started_root, Installed, RegistrySource, StateProblem, StateReport,
};

pub use crate::signing::RegistryInfo;

/// Why a registry was not put in force. The registry in force (if any) is unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UpdateError {
    /// The signed registry failed verification.
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// The registry verified, but the scanner refuses one of its provider names.
    #[error("the registry verified, but its provider names cannot be scanned for: {0}; fix the names and re-sign it")]
    Scanner(#[from] ScanError),
    /// Two different registries claim the same version (equivocation or a re-signed edit).
    #[error("a different registry with the same version {version} is already in force; every change needs a new version")]
    VersionConflict {
        /// The contested version.
        version: u64,
    },
    /// The state directory could not be read or written (for a guard opened from one).
    #[error(transparent)]
    State(#[from] StateError),
    /// A state directory was started with another trust root than the one given.
    #[error("the state directory was started with another trust root (root.json); use the same keys, or a new directory")]
    OtherRoot,
    /// A state directory holds no registry that verifies, and none was shipped to fall back on.
    #[error("the state directory holds no registry that verifies; install one first")]
    NothingInForce,
}

/// A verified registry and the scanner for its providers: what one check, scan or assessment
/// runs on. Only made from a verified registry whose provider names the scanner accepts; the
/// scanner itself is built on first use.
#[derive(Debug)]
pub struct Snapshot {
    registry: VerifiedRegistry,
    /// Shared with the next snapshot when the providers' names are the same.
    scanner: Arc<OnceLock<Arc<Scanner>>>,
    names: Arc<ProviderNames>,
}

/// `(registry id, names and aliases)` of every provider, as the scanner takes them.
fn provider_names(
    registry: &VerifiedRegistry,
) -> impl Iterator<Item = (&str, impl Iterator<Item = &str>)> {
    registry
        .doc()
        .providers
        .iter()
        .map(|p| (p.id.as_str(), p.all_names()))
}

impl Snapshot {
    /// Pairs `registry` with a scanner that recognises its providers by all their names and
    /// aliases; fails if the scanner refuses one of them. The names are checked now, the
    /// scanner is built by the first [`Snapshot::scanner`] (or scan).
    pub fn new(registry: VerifiedRegistry) -> Result<Snapshot, ScanError> {
        Scanner::check_providers(provider_names(&registry))?;
        Ok(Snapshot {
            names: Arc::new(ProviderNames::new(&registry)),
            registry,
            scanner: Arc::new(OnceLock::new()),
        })
    }

    /// [`Snapshot::new`], reusing `previous`'s scanner when the providers' ids, names and
    /// aliases are the same (most updates change numbers only, and a scanner costs
    /// milliseconds to build).
    fn next(registry: VerifiedRegistry, previous: &Snapshot) -> Result<Snapshot, ScanError> {
        let names = |r: &VerifiedRegistry| {
            r.doc()
                .providers
                .iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.all_names().map(str::to_owned).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        if names(&registry) == names(&previous.registry) {
            return Ok(Snapshot {
                registry,
                scanner: previous.scanner.clone(),
                names: previous.names.clone(),
            });
        }
        Snapshot::new(registry)
    }

    /// The verified registry.
    pub fn registry(&self) -> &VerifiedRegistry {
        &self.registry
    }

    /// The scanner for this registry's providers, built on the first call.
    pub fn scanner(&self) -> &Arc<Scanner> {
        self.scanner.get_or_init(|| {
            // `Snapshot::new` checked these names with `Scanner::check_providers`, whose `Ok`
            // means this build succeeds.
            let scanner = Scanner::new(provider_names(&self.registry))
                .expect("provider names were checked when the snapshot was made");
            Arc::new(scanner)
        })
    }

    /// Judges a raw caller ID against this registry.
    pub fn check(&self, raw: &str, options: &CheckOptions) -> Check {
        crate::verdict::check(&self.registry, raw, options)
    }

    /// Scans a text for scam indicators; `hint` overrides language detection.
    pub fn scan(&self, text: &str, hint: Option<Language>) -> Vec<Indicator> {
        self.scanner().scan_with_language(text, hint)
    }

    /// The provider names a displayed name is compared with.
    pub fn names(&self) -> &ProviderNames {
        &self.names
    }

    /// Judges a caller in context with the notices `notices` (see
    /// [`crate::verdict::check_call`]).
    pub fn check_call(
        &self,
        raw: &str,
        options: &CheckOptions,
        context: &CallContext,
        notices: &NoticeTable,
    ) -> Check {
        crate::verdict::check_call(&self.registry, raw, options, context, notices, &self.names)
    }

    /// [`Snapshot::assess`] for a call in context with the notices `notices`.
    pub fn assess_call(
        &self,
        from: &str,
        options: &CheckOptions,
        context: &CallContext,
        notices: &NoticeTable,
        text: &str,
    ) -> Assessment {
        let found = self.scanner().scan(text);
        crate::assess::assess_call_in_context(
            &self.registry,
            from,
            options,
            context,
            notices,
            &self.names,
            found,
        )
    }

    /// Scans a text and rates the risk of what it asks for (no caller number).
    pub fn assess_text(&self, text: &str, hint: Option<Language>) -> TextAssessment {
        crate::assess::assess_text(self.scan(text, hint))
    }

    /// Assesses a call or message end to end: scans `text` and checks the caller's raw number
    /// (against the provider the text claims, unless `options` names one).
    pub fn assess(&self, from: &str, options: &CheckOptions, text: &str) -> Assessment {
        let found = self.scanner().scan(text);
        crate::assess::assess_call(&self.registry, from, options, found)
    }
}

/// Thread-safe handle on the registry in force (`Send + Sync`: share it in an `Arc`).
#[derive(Debug)]
pub struct CallGuard {
    current: RwLock<Arc<Snapshot>>,
    root: RwLock<Arc<TrustRoot>>,
    /// Policy for updates; its registry id is pinned to the registry in force and `now` may be
    /// fixed for tests.
    policy: Policy,
    /// Serializes updates so check-then-swap cannot race with another update; readers never
    /// take it.
    update_lock: Mutex<()>,
    /// Where updates and rotations are persisted, for a guard opened from a state directory.
    store: Option<Store>,
    /// Verified call notices for this device's user.
    notices: RwLock<NoticeTable>,
}

impl CallGuard {
    /// A guard over an already verified registry, with the scanner for its providers. Its trust
    /// root starts as the one that verified the registry (until [`CallGuard::rotate_root`]);
    /// updates must keep the registry id and use the system clock for expiry.
    pub fn new(registry: VerifiedRegistry) -> Result<CallGuard, UpdateError> {
        let policy = Policy::for_registry(&registry.doc().registry_id);
        CallGuard::with_policy(registry, policy)
    }

    /// A guard with an explicit update policy (its `registry_id` is forced to the registry's
    /// own; `now` and `max_envelope_bytes` are honoured; the version floor follows the registry
    /// in force).
    pub fn with_policy(
        registry: VerifiedRegistry,
        policy: Policy,
    ) -> Result<CallGuard, UpdateError> {
        Ok(CallGuard::from_snapshot(
            Arc::new(Snapshot::new(registry)?),
            policy,
        ))
    }

    /// A guard over a snapshot already built (see [`CallGuard::with_policy`]).
    fn from_snapshot(snapshot: Arc<Snapshot>, mut policy: Policy) -> CallGuard {
        let registry = snapshot.registry();
        policy.registry_id = Some(registry.doc().registry_id.clone());
        let root = registry.trust_root().clone();
        CallGuard {
            current: RwLock::new(snapshot),
            root: RwLock::new(root),
            policy,
            update_lock: Mutex::new(()),
            store: None,
            notices: RwLock::new(NoticeTable::new()),
        }
    }

    /// Verifies `envelope` against `root` and `policy` and guards the result: the production
    /// entry point (the app supplies its own trust root, never the demo one).
    pub fn open(
        envelope: &[u8],
        root: TrustRoot,
        policy: Policy,
    ) -> Result<CallGuard, UpdateError> {
        let verified = crate::signing::verify(envelope, &root, &policy)?;
        CallGuard::with_policy(verified, policy)
    }

    /// A guard over the bundled demonstration registry (DEMO ONLY: updates must be signed by
    /// the demonstration key).
    ///
    /// # Panics
    /// If the bundled registry fails verification or scanning, which the crate's tests rule
    /// out for any clock before its expiry (2036); use [`CallGuard::try_bundled`] to handle
    /// that case.
    pub fn bundled() -> CallGuard {
        match CallGuard::try_bundled() {
            Ok(guard) => guard,
            Err(e) => panic!("the bundled demonstration registry was refused: {e}"),
        }
    }

    /// A guard over the bundled demonstration registry, or why it was refused. The registry
    /// and its scanner are built once per process and shared by every bundled guard.
    pub fn try_bundled() -> Result<CallGuard, UpdateError> {
        static BUNDLED: std::sync::OnceLock<Arc<Snapshot>> = std::sync::OnceLock::new();
        let snapshot = match BUNDLED.get() {
            Some(s) => s.clone(),
            None => {
                let built = Arc::new(Snapshot::new(VerifiedRegistry::try_bundled()?)?);
                BUNDLED.get_or_init(|| built).clone()
            }
        };
        let policy = Policy::for_registry(&snapshot.registry().doc().registry_id);
        Ok(CallGuard::from_snapshot(snapshot, policy))
    }

    /// The registry in force and its scanner right now (a snapshot: later updates do not
    /// change it).
    pub fn snapshot(&self) -> Arc<Snapshot> {
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
        self.snapshot().registry().info()
    }

    /// True when the registry in force has expired (by the policy's clock). Checks keep using
    /// it (refusing to answer would leave the user with no protection), so an app should show
    /// this and fetch a newer registry.
    pub fn expired(&self) -> bool {
        self.snapshot().registry().expires_at_unix() <= self.policy.now_unix()
    }

    /// Judges a raw caller ID against the registry in force, as a call now: the registry's
    /// caller policies (`inbound_only`, `announces_calls`) and the call notices held apply
    /// ([`CallGuard::check_call`] with an empty context). [`Snapshot::check`] is the number's
    /// verdict alone.
    pub fn check(&self, raw: &str, options: &CheckOptions) -> Check {
        self.check_call(raw, options, &CallContext::default())
    }

    /// Scans a text for scam indicators, recognising impersonation claims of the providers in
    /// the registry in force; `hint` overrides language detection.
    pub fn scan(&self, text: &str, hint: Option<Language>) -> Vec<Indicator> {
        self.snapshot().scan(text, hint)
    }

    /// Scans a text and rates the risk of what it asks for, with no caller number (a message
    /// filter, or before the sender is known).
    pub fn assess_text(&self, text: &str, hint: Option<Language>) -> TextAssessment {
        self.snapshot().assess_text(text, hint)
    }

    /// A streaming scanner for a live transcript, knowing the providers in force now.
    pub fn stream(&self, hint: Option<Language>) -> StreamScanner {
        StreamScanner::with_scanner(self.snapshot().scanner().clone(), hint)
    }

    /// Assesses a call or message end to end: scans `text` and checks the caller's raw number
    /// (against the provider the text claims, unless `options` names one), on one snapshot,
    /// as [`CallGuard::check`] does (caller policies and held notices apply).
    pub fn assess(&self, from: &str, options: &CheckOptions, text: &str) -> Assessment {
        self.assess_call(from, options, &CallContext::default(), text)
    }

    fn notices(&self) -> std::sync::RwLockReadGuard<'_, NoticeTable> {
        self.notices.read().unwrap_or_else(|e| e.into_inner())
    }

    fn notices_mut(&self) -> std::sync::RwLockWriteGuard<'_, NoticeTable> {
        self.notices.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Verifies a signed call notice for `callee` (the user's own number) against the registry
    /// in force, by the policy's clock, and holds it (see [`crate::notice`] for what is
    /// refused; nothing is stored then). Returns what the app can show.
    pub fn expect_call(&self, notice: &[u8], callee: &Callee) -> Result<ExpectedCall, NoticeError> {
        let now = self.policy.now_unix();
        let verified = crate::notice::verify(notice, self.snapshot().registry(), callee, now)?;
        let call = verified.expected_call();
        self.notices_mut().insert(verified, now)?;
        Ok(call)
    }

    /// The announced calls still to come or under way, soonest first.
    pub fn pending_calls(&self) -> Vec<ExpectedCall> {
        self.notices().pending(self.policy.now_unix())
    }

    /// Forgets a held notice (the app cancelled it); true if one was held.
    pub fn forget_call(&self, id: &str) -> bool {
        self.notices_mut().forget(id)
    }

    /// Judges a caller in context (time, attestation, displayed name) with the notices held:
    /// may answer [`crate::verdict::Verdict::Expected`] or
    /// [`crate::verdict::Verdict::Spoofed`]. `context.at` defaults to the policy's clock.
    pub fn check_call(&self, raw: &str, options: &CheckOptions, context: &CallContext) -> Check {
        let context = self.with_clock(context);
        self.snapshot()
            .check_call(raw, options, &context, &self.notices())
    }

    /// Assesses a call in context end to end (see [`CallGuard::check_call`] and
    /// [`CallGuard::assess`]).
    pub fn assess_call(
        &self,
        from: &str,
        options: &CheckOptions,
        context: &CallContext,
        text: &str,
    ) -> Assessment {
        let context = self.with_clock(context);
        self.snapshot()
            .assess_call(from, options, &context, &self.notices(), text)
    }

    /// Whether `provider` has announced a call covering `at` (unix seconds; `None`: now);
    /// `None` when the registry in force has no such provider.
    pub fn calling_status(&self, provider: &str, at: Option<i64>) -> Option<CallingStatus> {
        let at = at.unwrap_or_else(|| self.policy.now_unix());
        crate::verdict::calling_status(self.snapshot().registry(), &self.notices(), provider, at)
    }

    /// `context` with its time defaulting to the policy's clock.
    fn with_clock(&self, context: &CallContext) -> CallContext {
        let mut context = context.clone();
        if context.at.is_none() {
            context.at = Some(self.policy.now_unix());
        }
        context
    }

    /// The providers of the registry in force, with their official numbers.
    pub fn providers(&self) -> Vec<Provider> {
        self.snapshot().registry().doc().providers.clone()
    }

    /// The registry in force as an iOS Call Directory list (see
    /// [`crate::registry::audit::call_directory`]).
    pub fn call_directory(&self, short_code_region: Option<&str>, lang: &str) -> CallDirectory {
        crate::registry::audit::call_directory(
            self.snapshot().registry().doc(),
            short_code_region,
            lang,
        )
    }

    /// Verifies a signed registry and, if it is newer than the one in force, swaps it in
    /// atomically with its scanner. On any error the registry in force is unchanged. See the
    /// module docs for the version rule.
    pub fn update(&self, envelope: &[u8]) -> Result<RegistryInfo, UpdateError> {
        let _serial = self.update_lock.lock().unwrap_or_else(|e| e.into_inner());
        let snapshot = self.snapshot();
        let current = snapshot.registry();
        let current_version = current.doc().version;
        let mut policy = self.policy.clone();
        policy.min_version = current_version;
        let env =
            Envelope::from_json(envelope, policy.max_envelope_bytes).map_err(VerifyError::from)?;
        // Verified even when it is the payload in force (an app may store what this accepts,
        // so nothing is accepted that would not verify at its next start), but not parsed again.
        if env.payload_sha256() == current.payload_sha256() {
            verify_redelivery(&env, &self.trust_root(), &policy, current)?;
            return Ok(current.info());
        }
        let verified = verify_envelope(&env, &self.trust_root(), &policy)?;
        let version = verified.doc().version;
        // The policy floor refuses lower versions; the same version must be the same payload.
        if version == current_version {
            return Err(UpdateError::VersionConflict { version });
        }
        let info = verified.info();
        let next = Arc::new(Snapshot::next(verified, &snapshot)?);
        // Durable before it is in force: a failed write leaves the old registry answering.
        self.persist_update(envelope, &info)?;
        let registry = next.registry().clone();
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = next;
        // Notices are checked again against the registry now in force.
        self.notices_mut()
            .recheck(&registry, self.policy.now_unix());
        Ok(info)
    }

    /// Rotates the trust root: accepted only when signed by a threshold of the root in force
    /// and of the new root, with a higher version ([`TrustRoot::rotate`]). The registry in
    /// force stays; later updates are verified against the new root (the guard's own, not the
    /// one a registry was first verified with). Returns the new version.
    pub fn rotate_root(&self, envelope: &[u8]) -> Result<u64, UpdateError> {
        let _serial = self.update_lock.lock().unwrap_or_else(|e| e.into_inner());
        let next = self.trust_root().rotate(envelope)?;
        let version = next.version();
        self.persist_rotation(version, envelope)?;
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
