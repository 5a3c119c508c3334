//! Why a signed document was refused, one enum per concern: the envelope and its signatures
//! ([`EnvelopeError`]), what the caller requires of a registry ([`PolicyError`]), trust roots
//! ([`RootError`]); [`VerifyError`] is any of them, or a registry document that failed its
//! schema. Each message says what to do.

use super::keys::KeyError;
use crate::registry::RegistryError;

/// Why a signed document was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The envelope is malformed, of the wrong type, or not signed by enough trusted keys.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    /// The registry inside is signed but fails schema validation.
    #[error(transparent)]
    Registry(#[from] RegistryError),
    /// The registry is validly signed but not one the caller accepts (series, floor, expiry).
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A trust root document is malformed, or a rotation goes backwards.
    #[error(transparent)]
    Root(#[from] RootError),
    /// A key could not be read.
    #[error(transparent)]
    Key(#[from] KeyError),
}

/// Why an envelope (a registry's or a trust root's) was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// The input exceeds the size limit; nothing was decoded.
    #[error("input is {size} bytes, over the limit of {limit}; refuse it, or raise Policy::max_envelope_bytes if the registry really is that large")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The envelope is not valid envelope JSON.
    #[error("not a signed envelope (expected JSON with payloadType, payload, signatures): {0}")]
    Json(String),
    /// The payload is not valid standard base64.
    #[error(
        "envelope payload is not valid base64: {0}; the file is corrupt or was edited by hand"
    )]
    PayloadBase64(String),
    /// The envelope holds more signatures than accepted.
    #[error("envelope carries {count} signatures, more than the {limit} accepted")]
    TooManySignatures {
        /// Signatures found.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The envelope's payload type is not the expected one.
    #[error("payloadType is {found:?}, expected {expected:?}: this is not the kind of document expected here")]
    PayloadType {
        /// What the envelope declares.
        found: String,
        /// What was expected.
        expected: &'static str,
    },
    /// Not enough distinct trusted keys produced valid signatures.
    #[error("{valid} valid signature(s) from trusted keys{role}, {threshold} required ({unknown} by unknown keys, {invalid} invalid, {duplicate} repeated); sign with more trusted keys or check you are using the right trust root")]
    BelowThreshold {
        /// Distinct trusted keys with valid signatures.
        valid: usize,
        /// Signatures required.
        threshold: usize,
        /// Signatures by keys not in the trust root.
        unknown: usize,
        /// Signatures that are malformed or do not verify.
        invalid: usize,
        /// Signatures by a key that already had one.
        duplicate: usize,
        /// Which key set was counted (for rotation), e.g. " (the current root's keys)".
        role: String,
    },
}

impl EnvelopeError {
    /// Tags a threshold failure with the key set that was counted.
    pub(crate) fn in_role(self, role: &str) -> EnvelopeError {
        match self {
            EnvelopeError::BelowThreshold {
                valid,
                threshold,
                unknown,
                invalid,
                duplicate,
                ..
            } => EnvelopeError::BelowThreshold {
                valid,
                threshold,
                unknown,
                invalid,
                duplicate,
                role: format!(" ({role})"),
            },
            other => other,
        }
    }
}

/// Why a validly signed registry is not one the caller accepts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The registry is of another series than the app expects.
    #[error("registry id is {found:?}, expected {expected:?}: this signed registry is for another app or channel")]
    RegistryIdMismatch {
        /// The expected id.
        expected: String,
        /// The id found.
        found: String,
    },
    /// The registry's version is below the floor (a rollback to an older signed registry).
    #[error("registry version {version} is below the minimum {floor}: refusing a rollback to an older registry; fetch the latest one")]
    Rollback {
        /// The registry's version.
        version: u64,
        /// The lowest acceptable version.
        floor: u64,
    },
    /// The registry has expired.
    #[error("registry expired at {expires_at} (unix {expires_unix}, now {now}); fetch a fresh registry, or check the device clock")]
    Expired {
        /// Expiry as written.
        expires_at: String,
        /// Expiry in unix seconds.
        expires_unix: i64,
        /// The time checked against.
        now: i64,
    },
}

/// Why a trust root document or a root rotation was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RootError {
    /// The root document is larger than any real root.
    #[error("trust root is {size} bytes, over the limit of {limit}; this is not a trust root")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not a trust root JSON document.
    #[error("invalid trust root: not a trust root document: {0}")]
    Json(String),
    /// The document's `type` is not a trust root's.
    #[error("invalid trust root: type is {found:?}, expected {expected:?}")]
    WrongType {
        /// The type found.
        found: String,
        /// The type expected.
        expected: &'static str,
    },
    /// A key uses an algorithm other than Ed25519.
    #[error("invalid trust root: keys[{index}]: algorithm {algorithm:?} is not supported (only \"ed25519\")")]
    UnsupportedAlgorithm {
        /// Position of the key.
        index: usize,
        /// The algorithm named.
        algorithm: String,
    },
    /// A key's public key cannot be read.
    #[error("invalid trust root: keys[{index}].public_key: {problem}")]
    BadPublicKey {
        /// Position of the key.
        index: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// A key's id is not the SHA-256 of its public key.
    #[error("invalid trust root: keys[{index}].keyid {found:?} is not the SHA-256 of its public key ({actual})")]
    KeyIdMismatch {
        /// Position of the key.
        index: usize,
        /// The id written.
        found: String,
        /// The id of the key.
        actual: String,
    },
    /// A key is listed twice.
    #[error("invalid trust root: key {keyid} is listed twice; list each key once")]
    DuplicateKey {
        /// The repeated key id.
        keyid: String,
    },
    /// The threshold is 0 or above the number of keys.
    #[error("invalid trust root: threshold {threshold} is impossible with {keys} key(s); it must be between 1 and {keys}")]
    BadThreshold {
        /// The threshold given.
        threshold: usize,
        /// The number of keys.
        keys: usize,
    },
    /// A rotated root does not have a higher version.
    #[error("new trust root version {found} is not above the current version {current}; a rotation must increase the version")]
    Rollback {
        /// Current root version.
        current: u64,
        /// Version of the offered root.
        found: u64,
    },
}
