//! Signed registries: the DSSE envelope ([`envelope`]), Ed25519 keys ([`keys`]), the trust root
//! with its threshold and rotation ([`root`]), and why a document is refused (one error enum per
//! concern: [`EnvelopeError`], [`PolicyError`], [`RootError`], gathered in [`VerifyError`]),
//! all on `ring`. The audit tools read documents only and live in [`crate::registry::audit`].
//!
//! The only way to a [`VerifiedRegistry`] is [`verify`]: the envelope's size is checked before
//! anything is decoded, a threshold of distinct trusted keys must have signed the exact payload
//! bytes (the DSSE pre-authentication encoding of them), and only then is the payload parsed and
//! checked against the caller's [`Policy`]: registry id, version floor (no rollback), expiry.
//!
//! ```no_run
//! use callguard::signing::{verify, Policy, TrustRoot, keys::PublicKey};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let key = PublicKey::from_pem(&std::fs::read("security-team.pub")?)?;
//! let root = TrustRoot::from_keys(vec![key], 1)?;
//! let policy = Policy::for_registry("callguard-demo").min_version(3);
//! let verified = verify(&std::fs::read("registry.signed.json")?, &root, &policy)?;
//! println!("registry version {}", verified.registry().doc().version);
//! # Ok(()) }
//! ```

pub mod envelope;
mod error;
pub mod keys;
pub mod root;

use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::registry::{Registry, RegistryDoc, RegistryError};
pub use envelope::{Envelope, REGISTRY_PAYLOAD_TYPE, ROOT_PAYLOAD_TYPE};
pub use error::{EnvelopeError, PolicyError, RootError, VerifyError};
pub use keys::{KeyError, KeyId, PublicKey, SigningKey};
pub use root::TrustRoot;

pub use crate::registry::audit::sha256_hex;

/// Default limit on a signed registry envelope: 256 MiB. A registry of one million numbers in
/// the schema's JSON is about 100 MiB of payload, 4/3 of that once base64-encoded; the limit
/// leaves room for that and refuses anything that would exhaust a phone's memory. Checked on
/// the raw bytes before any decoding; set [`Policy::max_envelope_bytes`] to change it.
pub const DEFAULT_MAX_ENVELOPE_BYTES: usize = 256 * 1024 * 1024;

/// The registry id of the bundled demonstration registry.
pub const DEMO_REGISTRY_ID: &str = "callguard-demo";

/// The bundled demonstration registry, signed (DEMO ONLY). Re-sign it after editing
/// `data/registry.json` with:
/// `cargo run -- registry sign --key data/demo/DEMO-ONLY-ed25519.key --out data/demo/registry.DEMO-ONLY.signed.json data/registry.json`
const BUNDLED_ENVELOPE: &[u8] = include_bytes!("../../data/demo/registry.DEMO-ONLY.signed.json");

/// The public half of the demonstration signing key (DEMO ONLY: its private half is in the
/// repository, so it proves nothing about who wrote a registry).
pub const DEMO_PUBLIC_KEY_PEM: &[u8] = include_bytes!("../../data/demo/DEMO-ONLY-ed25519.pub");

/// What a caller requires of a registry beyond valid signatures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// The registry id the app expects (`None` accepts any id: only for tools like the CLI).
    pub registry_id: Option<String>,
    /// The lowest version accepted: the app passes the highest version it has seen, so an
    /// older signed registry (a rollback) is refused.
    pub min_version: u64,
    /// "Now" in unix seconds for the expiry check; `None` reads the system clock.
    pub now: Option<i64>,
    /// Largest envelope accepted, in bytes (see [`DEFAULT_MAX_ENVELOPE_BYTES`]).
    pub max_envelope_bytes: usize,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            registry_id: None,
            min_version: 0,
            now: None,
            max_envelope_bytes: DEFAULT_MAX_ENVELOPE_BYTES,
        }
    }
}

impl Policy {
    /// A policy pinning the registry id, with no version floor and the system clock.
    pub fn for_registry(registry_id: &str) -> Policy {
        Policy {
            registry_id: Some(registry_id.to_string()),
            ..Policy::default()
        }
    }

    /// The same policy with a version floor.
    pub fn min_version(mut self, floor: u64) -> Policy {
        self.min_version = floor;
        self
    }

    /// The same policy with a fixed "now" (unix seconds), for tests and replays.
    pub fn at(mut self, now: i64) -> Policy {
        self.now = Some(now);
        self
    }

    /// "Now" in unix seconds, from the policy or the system clock.
    pub fn now_unix(&self) -> i64 {
        self.now.unwrap_or_else(now_unix)
    }
}

/// A registry whose envelope verified against a trust root, that has not expired and is not a
/// rollback. Only this module constructs it; cloning is cheap (the registry is shared).
#[derive(Clone, Debug)]
pub struct VerifiedRegistry {
    registry: Arc<Registry>,
    payload_sha256: String,
    signers: Vec<KeyId>,
    issued_at: i64,
    expires_at: i64,
    root: Arc<TrustRoot>,
}

/// A verified registry reads as its [`Registry`]: lookups are only reachable through
/// verification, since a `Registry` cannot be built outside this crate.
impl std::ops::Deref for VerifiedRegistry {
    type Target = Registry;
    fn deref(&self) -> &Registry {
        &self.registry
    }
}

/// A summary of a registry: what `CallGuard::info`, `callguard registry verify --json` and
/// `callguard registry inspect --json` show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegistryInfo {
    /// The registry series id.
    pub registry_id: String,
    /// Its version.
    pub version: u64,
    /// Issue time as written (RFC 3339).
    pub issued_at: String,
    /// Expiry time as written (RFC 3339).
    pub expires_at: String,
    /// Expiry in unix seconds.
    pub expires_at_unix: i64,
    /// True for demonstration data.
    pub demo: bool,
    /// Hex SHA-256 of the payload (what the next version's `predecessor_sha256` must name).
    pub payload_sha256: String,
    /// Hex SHA-256 of the previous version's payload, if recorded.
    pub predecessor_sha256: Option<String>,
    /// Key ids whose signatures counted towards the threshold (empty when not verified).
    pub signers: Vec<String>,
    /// Number of providers.
    pub provider_count: usize,
    /// Number of official numbers, short codes included.
    pub number_count: usize,
}

impl RegistryInfo {
    /// The summary of `doc`, whose exact payload bytes hash to `payload_sha256`, with the key
    /// ids of `signers` (the one shape `CallGuard::info`, `registry verify` and
    /// `registry inspect` show).
    pub fn of(doc: &RegistryDoc, payload_sha256: String, signers: Vec<String>) -> RegistryInfo {
        RegistryInfo {
            registry_id: doc.registry_id.clone(),
            version: doc.version,
            issued_at: doc.issued_at.clone(),
            expires_at: doc.expires_at.clone(),
            expires_at_unix: crate::registry::parse_utc(&doc.expires_at).unwrap_or_default(),
            demo: doc.demo,
            payload_sha256,
            predecessor_sha256: doc.predecessor_sha256.clone(),
            signers,
            provider_count: doc.providers.len(),
            number_count: doc.providers.iter().map(|p| p.numbers.len()).sum(),
        }
    }
}

impl VerifiedRegistry {
    /// The registry inside.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The registry inside, shared.
    pub fn registry_arc(&self) -> Arc<Registry> {
        self.registry.clone()
    }

    /// Hex SHA-256 of the exact payload bytes that were verified.
    pub fn payload_sha256(&self) -> &str {
        &self.payload_sha256
    }

    /// Key ids whose valid signatures met the threshold.
    pub fn signers(&self) -> &[KeyId] {
        &self.signers
    }

    /// Expiry in unix seconds.
    pub fn expires_at_unix(&self) -> i64 {
        self.expires_at
    }

    /// Issue time in unix seconds.
    pub fn issued_at_unix(&self) -> i64 {
        self.issued_at
    }

    /// The trust root this registry was verified against (a guard starts with it and verifies
    /// updates against its own root in force, which a rotation may have replaced).
    pub fn trust_root(&self) -> &Arc<TrustRoot> {
        &self.root
    }

    /// A summary for display.
    pub fn info(&self) -> RegistryInfo {
        RegistryInfo::of(
            self.registry.doc(),
            self.payload_sha256.clone(),
            self.signers.iter().map(|k| k.to_string()).collect(),
        )
    }

    /// The bundled demonstration registry (DEMO ONLY data), verified on first use against the
    /// compiled-in demonstration key, then cached.
    ///
    /// # Panics
    /// If the bundled envelope fails verification, which the crate's tests rule out for any
    /// clock before the demo registry's expiry (2036); use [`VerifiedRegistry::try_bundled`]
    /// to handle that case.
    pub fn bundled() -> VerifiedRegistry {
        match VerifiedRegistry::try_bundled() {
            Ok(v) => v,
            Err(e) => panic!("the bundled demonstration registry failed verification: {e}"),
        }
    }

    /// The bundled demonstration registry, or why it failed verification.
    pub fn try_bundled() -> Result<VerifiedRegistry, VerifyError> {
        static BUNDLED: OnceLock<VerifiedRegistry> = OnceLock::new();
        if let Some(v) = BUNDLED.get() {
            return Ok(v.clone());
        }
        let verified = verify(
            BUNDLED_ENVELOPE,
            &demo_trust_root()?,
            &Policy::for_registry(DEMO_REGISTRY_ID),
        )?;
        Ok(BUNDLED.get_or_init(|| verified).clone())
    }

    /// The signed envelope of the bundled demonstration registry, byte for byte.
    pub fn bundled_envelope() -> &'static [u8] {
        BUNDLED_ENVELOPE
    }
}

/// A trust root of just the DEMO ONLY key (threshold 1). Nothing uses it unless asked to:
/// production callers build their own [`TrustRoot`].
pub fn demo_trust_root() -> Result<TrustRoot, VerifyError> {
    let key = PublicKey::from_pem(DEMO_PUBLIC_KEY_PEM)?;
    Ok(TrustRoot::from_keys(vec![key], 1)?)
}

/// Counts the envelope's signatures against `root` and returns the key ids that met the
/// threshold. A signature counts only if its key id names a key of the root, that key has not
/// been counted already, and the signature verifies over the envelope's PAE. A failed entry
/// does not stop a later entry of the same key from counting (a bogus entry placed first must
/// not hide a real signature); the work stays bounded by the envelope's signature limit, and
/// counting stops as soon as the threshold is met.
pub fn verify_signatures(env: &Envelope, root: &TrustRoot) -> Result<Vec<KeyId>, EnvelopeError> {
    use base64::Engine as _;
    let message = env.pae();
    let mut valid: Vec<KeyId> = Vec::new();
    let (mut unknown, mut invalid, mut duplicate) = (0, 0, 0);
    for s in env.signatures() {
        let Some(id) = KeyId::parse(&s.keyid) else {
            unknown += 1;
            continue;
        };
        let Some(key) = root.key(&id) else {
            unknown += 1;
            continue;
        };
        if valid.contains(&id) {
            duplicate += 1;
            continue;
        }
        let ok = base64::engine::general_purpose::STANDARD
            .decode(&s.sig)
            .map(|sig| key.verify(message, &sig))
            .unwrap_or(false);
        if ok {
            valid.push(id);
            if valid.len() >= root.threshold() {
                return Ok(valid);
            }
        } else {
            invalid += 1;
        }
    }
    Err(EnvelopeError::BelowThreshold {
        valid: valid.len(),
        threshold: root.threshold(),
        unknown,
        invalid,
        duplicate,
        role: String::new(),
    })
}

/// Verifies a signed registry envelope against a trust root and policy, in this order: size,
/// envelope JSON and base64, payload type, signature threshold over the exact payload bytes,
/// then (only for signed bytes) schema, registry id, version floor and expiry.
pub fn verify(
    envelope: &[u8],
    root: &TrustRoot,
    policy: &Policy,
) -> Result<VerifiedRegistry, VerifyError> {
    let check = || {
        let env = Envelope::from_json(envelope, policy.max_envelope_bytes)?;
        verify_envelope(&env, &Arc::new(root.clone()), policy)
    };
    if envelope.len() < PARALLEL_FROM_BYTES {
        return check();
    }
    // Validating the registry needs the numbering plans, read from phonenumber's metadata once
    // per process (about 60 ms): a large registry's first load reads them on a second thread
    // while the envelope is decoded and its signatures checked. They are static data, so
    // nothing from the unverified envelope reaches that thread.
    std::thread::scope(|scope| {
        let plans = std::thread::Builder::new()
            .name("callguard-plans".into())
            .spawn_scoped(scope, crate::registry::load_numbering_plans);
        let verified = check();
        if let Ok(handle) = plans {
            let _ = handle.join();
        }
        verified
    })
}

/// [`verify`] on an already decoded envelope, keeping a shared handle on the root.
pub fn verify_envelope(
    env: &Envelope,
    root: &Arc<TrustRoot>,
    policy: &Policy,
) -> Result<VerifiedRegistry, VerifyError> {
    let signers = signed_registry(env, root)?;
    let registry = Registry::from_json(env.payload())?;
    let (issued_at, expires_at) = (registry.issued_at_unix(), registry.expires_at_unix());
    check_policy(registry.doc(), expires_at, policy)?;
    Ok(VerifiedRegistry {
        registry: Arc::new(registry),
        payload_sha256: env.payload_sha256(),
        signers,
        issued_at,
        expires_at,
        root: root.clone(),
    })
}

/// Checks that `env` is a registry envelope signed by a threshold of `root`'s keys; returns
/// the signers (the payload's digest is cached in the envelope as a side effect).
fn signed_registry(env: &Envelope, root: &TrustRoot) -> Result<Vec<KeyId>, VerifyError> {
    if env.payload_type() != REGISTRY_PAYLOAD_TYPE {
        return Err(EnvelopeError::PayloadType {
            found: env.payload_type().to_string(),
            expected: REGISTRY_PAYLOAD_TYPE,
        }
        .into());
    }
    Ok(signatures_and_digest(env, root)?)
}

/// What `policy` requires of a validly signed registry: its series, the version floor, and
/// not being expired (at `expires_at`, unix seconds).
fn check_policy(doc: &RegistryDoc, expires_at: i64, policy: &Policy) -> Result<(), PolicyError> {
    if let Some(expected) = &policy.registry_id {
        if &doc.registry_id != expected {
            return Err(PolicyError::RegistryIdMismatch {
                expected: expected.clone(),
                found: doc.registry_id.clone(),
            });
        }
    }
    if doc.version < policy.min_version {
        return Err(PolicyError::Rollback {
            version: doc.version,
            floor: policy.min_version,
        });
    }
    let now = policy.now_unix();
    if expires_at <= now {
        return Err(PolicyError::Expired {
            expires_at: doc.expires_at.clone(),
            expires_unix: expires_at,
            now,
        });
    }
    Ok(())
}

/// [`verify_envelope`] for an envelope carrying exactly the payload of `current` (a
/// re-delivery): the same checks, without parsing and indexing the payload again.
pub fn verify_redelivery(
    env: &Envelope,
    root: &TrustRoot,
    policy: &Policy,
    current: &VerifiedRegistry,
) -> Result<(), VerifyError> {
    signed_registry(env, root)?;
    debug_assert_eq!(env.payload_sha256(), current.payload_sha256());
    Ok(check_policy(
        current.doc(),
        current.expires_at_unix(),
        policy,
    )?)
}

/// Payloads from this size on get their SHA-256 (for the audit trail) computed on a second
/// thread while the signatures are checked: both only read the bytes, and on a 1M-number
/// registry each is a full pass of 20 to 140 MB. Envelopes from this size on also have the
/// numbering plans loaded in parallel (see [`verify`]).
const PARALLEL_FROM_BYTES: usize = 1 << 20;

/// [`verify_signatures`], with the payload's SHA-256 cached in the envelope as a side effect
/// (in parallel for large payloads; sequentially if a thread cannot be started).
fn signatures_and_digest(env: &Envelope, root: &TrustRoot) -> Result<Vec<KeyId>, EnvelopeError> {
    if env.payload().len() < PARALLEL_FROM_BYTES {
        return verify_signatures(env, root);
    }
    std::thread::scope(|scope| {
        let digest = std::thread::Builder::new()
            .name("callguard-digest".into())
            .spawn_scoped(scope, || env.payload_sha256());
        let signers = verify_signatures(env, root);
        if let Ok(handle) = digest {
            // The closure cannot panic short of an allocation failure; the value is cached
            // in the envelope either way.
            let _ = handle.join();
        }
        signers
    })
}

/// The system clock in unix seconds (0 if it reads before 1970).
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// A registry as a security team's file holds it: a signed envelope, or raw registry JSON not
/// yet signed. Reading one validates the document (signatures are not checked here).
#[derive(Clone, Debug)]
pub struct RegistryFile {
    /// The validated registry document.
    pub doc: RegistryDoc,
    /// The envelope, when the file is a signed registry.
    pub envelope: Option<Envelope>,
    /// Hex SHA-256 of the registry's exact payload bytes (for raw JSON, of the file itself:
    /// signing keeps the bytes, so it is what the signed payload will hash to).
    pub payload_sha256: String,
}

impl RegistryFile {
    /// Reads a file's bytes: a registry envelope if they are one, else registry JSON.
    pub fn read(bytes: &[u8]) -> Result<RegistryFile, RegistryError> {
        let envelope = RegistryFile::envelope_of(bytes);
        let payload = envelope.as_ref().map_or(bytes, Envelope::payload);
        Ok(RegistryFile {
            doc: RegistryDoc::from_json(payload)?,
            payload_sha256: sha256_hex(payload),
            envelope,
        })
    }

    /// The registry envelope the bytes are, or `None` for anything else (raw JSON): how a
    /// tool tells a signed registry from an unsigned one without validating either.
    pub fn envelope_of(bytes: &[u8]) -> Option<Envelope> {
        Envelope::from_json(bytes, DEFAULT_MAX_ENVELOPE_BYTES)
            .ok()
            .filter(|env| env.payload_type() == REGISTRY_PAYLOAD_TYPE)
    }

    /// Signs the file with `keys`: raw JSON becomes a new envelope over its exact bytes; a
    /// signed registry gets the new signatures beside its existing ones. Nothing is signed
    /// that [`crate::registry::lint`] refuses (the full check, with libphonenumber's validity
    /// test per number): the problems come back instead, so a number whose verdict would
    /// depend on how it is written is never published.
    pub fn sign(self, raw: &[u8], keys: &[&SigningKey]) -> Result<Envelope, Vec<RegistryError>> {
        let problems = crate::registry::lint_doc(&self.doc);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(match self.envelope {
            Some(mut env) => {
                env.add_signatures(keys);
                env
            }
            None => sign_registry(raw, keys),
        })
    }

    /// True when the registry has expired at `now` (unix seconds): devices will refuse it.
    pub fn expired_at(&self, now: i64) -> bool {
        crate::registry::parse_utc(&self.doc.expires_at).is_some_and(|t| t <= now)
    }
}

/// Signs registry JSON bytes, unchanged, into an envelope (what `callguard registry sign`
/// does). The bytes are not parsed here; call [`crate::registry::RegistryDoc::from_json`] first to refuse a
/// malformed registry before signing it.
pub fn sign_registry(payload: &[u8], keys: &[&SigningKey]) -> Envelope {
    Envelope::sign(REGISTRY_PAYLOAD_TYPE, payload, keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_registry_verifies_against_the_demo_key() {
        let v = VerifiedRegistry::try_bundled().unwrap();
        assert_eq!(v.registry().doc().registry_id, DEMO_REGISTRY_ID);
        assert!(v.registry().doc().demo);
        assert_eq!(v.signers().len(), 1);
    }

    #[test]
    fn bundled_payload_is_the_raw_registry_byte_for_byte() {
        let env = Envelope::from_json(BUNDLED_ENVELOPE, DEFAULT_MAX_ENVELOPE_BYTES).unwrap();
        assert_eq!(env.payload(), include_bytes!("../../data/registry.json"));
    }
}
