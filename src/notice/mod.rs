//! Call notices: a provider's signed announcement, delivered ahead (in its own app's push, say),
//! that it will call one person from one of its official numbers within a window, and why.
//!
//! # The notice
//! A DSSE envelope ([`crate::signing::envelope`], the same code and pre-authentication
//! encoding as registries) of payload type [`NOTICE_PAYLOAD_TYPE`], at most
//! [`MAX_NOTICE_BYTES`], whose payload is a [`NoticeDoc`]. The trust chain is the registry's:
//! trust root → signed registry → the provider's `notice_keys` → the notice. The callee is
//! bound by [`callee_sha256`], a SHA-256 of the notice id and the callee's E.164 number, so a
//! notice names nobody to whoever reads it (the id salts it, so two notices to one person do
//! not share a hash), though a guess of the number can be checked against it.
//!
//! # What [`verify`] refuses (typed, [`NoticeError`]; nothing is stored)
//! Oversize (checked first), not an envelope, another payload type, a payload that is not a
//! notice, another registry id, an unknown provider, no signature by a key the registry lists
//! for that provider ([`NoticeError::UnlistedKey`]), a listed key whose signature does not
//! verify over the exact payload bytes ([`NoticeError::BadSignature`]), a bad field (id,
//! reasons, agent, times), `from` not an official number of the provider or an inbound-only
//! one, a window inverted or over 24 h, another callee, and a window that has ended or starts
//! too far ahead ([`NoticeError::Expired`], [`NoticeError::NotYetValid`]). The same id with
//! different content is refused by the device's table ([`NoticeTable::insert`]).
//!
//! # Time
//! A notice is accepted from [`MAX_LEAD_SECS`] (24 h) before its window opens until the window
//! closes: it is announced ahead, so the person recognises the call when it comes. Clocks
//! disagree, so every comparison with the clock allows [`CLOCK_SKEW_SECS`] (5 minutes): a
//! notice is accepted, and covers a call, from `not_before - 5 min` to `not_after + 5 min`.
//! `issued_at` is for audit and is not compared with the clock.

mod schema;
mod table;

use serde::Serialize;

use crate::number::{self, CallerId, Region};
use crate::registry::Registry;
use crate::signing::envelope::{Envelope, Signature};
use crate::signing::{sha256_hex, KeyError, KeyId, PublicKey, SigningKey, VerifiedRegistry};

pub use schema::{
    NoticeDoc, MAX_ID_LEN, MAX_REASON_CHARS, MAX_WINDOW_SECS, NOTICE_SCHEMA,
    REQUIRED_REASON_LANGUAGES,
};
pub use table::{NoticeTable, MAX_PENDING_NOTICES};

/// `payloadType` of a signed call notice.
pub const NOTICE_PAYLOAD_TYPE: &str = "application/vnd.callguard.call-notice+json";

/// Largest signed notice accepted, in bytes (checked before anything is decoded).
pub const MAX_NOTICE_BYTES: usize = 4096;

/// Tolerance for a clock that is off, in seconds, on each side of a notice's window: 5 minutes.
pub const CLOCK_SKEW_SECS: i64 = 300;

/// How long before its window opens a notice is accepted, in seconds: 24 hours.
pub const MAX_LEAD_SECS: i64 = 24 * 3600;

/// Why a notice was refused. Nothing is stored when a notice is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoticeError {
    /// The notice is over [`MAX_NOTICE_BYTES`]; nothing was decoded.
    #[error("notice is {size} bytes, over the limit of {MAX_NOTICE_BYTES}")]
    TooLarge {
        /// Its size.
        size: usize,
    },
    /// Not a signed envelope, or its payload is not a notice document.
    #[error("not a call notice: {0}")]
    Malformed(String),
    /// A signed envelope of another kind (a registry, a trust root…).
    #[error("payloadType is {found:?}, not a call notice ({NOTICE_PAYLOAD_TYPE})")]
    WrongType {
        /// The payload type found.
        found: String,
    },
    /// The notice is for another registry series than the one in force.
    #[error("the notice is for registry {found:?}, but the registry in force is {expected:?}")]
    OtherRegistry {
        /// The registry in force.
        expected: String,
        /// The notice's registry id.
        found: String,
    },
    /// The registry in force has no such provider.
    #[error("provider {0:?} is not in the registry in force")]
    UnknownProvider(String),
    /// No signature is by a key the registry lists for the provider.
    #[error("the notice is not signed by any key the registry lists for {0:?} (its notice_keys)")]
    UnlistedKey(String),
    /// A key the registry lists for the provider signed, but the signature does not verify
    /// over the notice's exact bytes.
    #[error(
        "the signature by {0:?}'s notice key does not verify: the notice was altered or forged"
    )]
    BadSignature(String),
    /// A field is missing its required form (id, reasons, agent, times, schema).
    #[error("notice field {field}: {why}")]
    InvalidField {
        /// The field.
        field: &'static str,
        /// What is wrong.
        why: String,
    },
    /// `from` is not an official number of the provider.
    #[error("{from} is not an official number of {provider:?} in the registry in force")]
    NotOfficialNumber {
        /// The provider.
        provider: String,
        /// The number as the notice gives it.
        from: String,
    },
    /// `from` is an official number that only receives calls.
    #[error("{from} only receives calls (inbound_only): no call comes from it")]
    InboundOnlyNumber {
        /// The number.
        from: String,
    },
    /// The window ends at or before it starts.
    #[error("the window is inverted: not_after {not_after} is not after not_before {not_before}")]
    WindowInverted {
        /// Start as written.
        not_before: String,
        /// End as written.
        not_after: String,
    },
    /// The window is longer than [`MAX_WINDOW_SECS`].
    #[error("the window is {seconds} s long, more than 24 h")]
    WindowTooLong {
        /// Its length.
        seconds: i64,
    },
    /// The notice is for someone else (its callee hash does not match this callee).
    #[error("the notice is for another callee")]
    OtherCallee,
    /// The callee's number is not a full (E.164) number.
    #[error("the callee {0:?} is not a full phone number; give it in E.164 or with its region")]
    BadCallee(String),
    /// The window closed (more than [`CLOCK_SKEW_SECS`] ago).
    #[error("the notice expired at {not_after}")]
    Expired {
        /// End of the window as written.
        not_after: String,
    },
    /// The window opens more than [`MAX_LEAD_SECS`] (plus the skew) from now.
    #[error("the notice's window opens at {not_before}, more than 24 h from now")]
    NotYetValid {
        /// Start of the window as written.
        not_before: String,
    },
    /// Another notice with the same id and different content is already held.
    #[error("a different notice with the id {0:?} is already held; a notice id is used once")]
    IdConflict(String),
    /// The signing key could not be used (when signing).
    #[error("{0}")]
    Key(String),
}

impl NoticeError {
    /// Stable snake_case code (`"unlisted_key"`, `"other_callee"`, …).
    pub fn code(&self) -> &'static str {
        match self {
            NoticeError::TooLarge { .. } => "too_large",
            NoticeError::Malformed(_) => "malformed",
            NoticeError::WrongType { .. } => "wrong_type",
            NoticeError::OtherRegistry { .. } => "other_registry",
            NoticeError::UnknownProvider(_) => "unknown_provider",
            NoticeError::UnlistedKey(_) => "unlisted_key",
            NoticeError::BadSignature(_) => "bad_signature",
            NoticeError::InvalidField { .. } => "invalid_field",
            NoticeError::NotOfficialNumber { .. } => "not_official_number",
            NoticeError::InboundOnlyNumber { .. } => "inbound_only_number",
            NoticeError::WindowInverted { .. } => "window_inverted",
            NoticeError::WindowTooLong { .. } => "window_too_long",
            NoticeError::OtherCallee => "other_callee",
            NoticeError::BadCallee(_) => "bad_callee",
            NoticeError::Expired { .. } => "expired",
            NoticeError::NotYetValid { .. } => "not_yet_valid",
            NoticeError::IdConflict(_) => "id_conflict",
            NoticeError::Key(_) => "key",
        }
    }
}

impl From<KeyError> for NoticeError {
    fn from(e: KeyError) -> NoticeError {
        NoticeError::Key(e.to_string())
    }
}

/// The person a notice is for: their own full number (E.164 digits with `+`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Callee(String);

impl Callee {
    /// The callee from a raw number (`+8613800138000`, or national with `region`); only a full
    /// number, never a short code or a withheld caller.
    pub fn parse(raw: &str, region: Option<Region>) -> Result<Callee, NoticeError> {
        match number::normalize(raw, region) {
            Ok(CallerId::Number(e)) => Ok(Callee(e.to_string())),
            _ => Err(NoticeError::BadCallee(raw.to_owned())),
        }
    }

    /// The E.164 text (`+8613800138000`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The callee binding a notice carries: lower-case hex SHA-256 of
/// `"callguard-call-notice-callee-v1\n" + id + "\n" + E.164`.
pub fn callee_sha256(id: &str, callee: &Callee) -> String {
    sha256_hex(format!("callguard-call-notice-callee-v1\n{id}\n{}", callee.0).as_bytes())
}

/// What a wallet app shows for an announced call (the `expected_call` of `callguard check
/// --json`; `ExpectedCall` in Kotlin and Swift).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ExpectedCall {
    /// The notice id.
    pub id: String,
    /// The provider's registry id.
    pub provider: String,
    /// The official number the call comes from (E.164 or short code, as the registry lists it).
    pub from: String,
    /// What the call is about.
    pub reason: NoticeReason,
    /// The name the caller will give, if the notice says.
    pub agent: Option<String>,
    /// Start of the window (RFC 3339 UTC).
    pub not_before: String,
    /// End of the window (RFC 3339 UTC).
    pub not_after: String,
}

/// The reason of a notice in the two languages every notice carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoticeReason {
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// English.
    pub en: String,
}

/// A notice that verified against a registry, for one callee. Only [`verify`] makes one.
#[derive(Clone, Debug)]
pub struct VerifiedNotice {
    doc: NoticeDoc,
    not_before: i64,
    not_after: i64,
    /// Hex SHA-256 of the exact payload bytes (what "the same notice" means).
    payload_sha256: String,
    signer: KeyId,
    /// The signed bytes as delivered, kept to check the notice again after a registry update.
    envelope: Vec<u8>,
    callee: Callee,
}

impl VerifiedNotice {
    /// The notice document.
    pub fn doc(&self) -> &NoticeDoc {
        &self.doc
    }

    /// The notice id.
    pub fn id(&self) -> &str {
        &self.doc.id
    }

    /// The provider's registry id.
    pub fn provider(&self) -> &str {
        &self.doc.provider
    }

    /// The official number the call comes from, as the registry lists it.
    pub fn from(&self) -> &str {
        &self.doc.from
    }

    /// Start of the window, unix seconds.
    pub fn not_before_unix(&self) -> i64 {
        self.not_before
    }

    /// End of the window, unix seconds.
    pub fn not_after_unix(&self) -> i64 {
        self.not_after
    }

    /// Hex SHA-256 of the payload bytes that were verified.
    pub fn payload_sha256(&self) -> &str {
        &self.payload_sha256
    }

    /// The key id of the notice key whose signature verified.
    pub fn signer(&self) -> &KeyId {
        &self.signer
    }

    /// The callee it was verified for.
    pub fn callee(&self) -> &Callee {
        &self.callee
    }

    /// The signed bytes as delivered.
    pub fn envelope(&self) -> &[u8] {
        &self.envelope
    }

    /// True when the window covers `at` (unix seconds), with [`CLOCK_SKEW_SECS`] on each side.
    pub fn covers(&self, at: i64) -> bool {
        self.not_before - CLOCK_SKEW_SECS <= at && at <= self.not_after + CLOCK_SKEW_SECS
    }

    /// True when the window has closed at `at` (past the skew).
    pub fn ended(&self, at: i64) -> bool {
        at > self.not_after + CLOCK_SKEW_SECS
    }

    /// What an app shows for it.
    pub fn expected_call(&self) -> ExpectedCall {
        let reason = |lang: &str| self.doc.reason.get(lang).cloned().unwrap_or_default();
        ExpectedCall {
            id: self.doc.id.clone(),
            provider: self.doc.provider.clone(),
            from: self.doc.from.clone(),
            reason: NoticeReason {
                zh_hans: reason("zh-Hans"),
                en: reason("en"),
            },
            agent: self.doc.agent.clone(),
            not_before: self.doc.not_before.clone(),
            not_after: self.doc.not_after.clone(),
        }
    }
}

/// Reads a notice without verifying anything but its shape (for `callguard notice inspect`):
/// the envelope, its signatures' key ids, and the document. Nothing in it is trusted.
pub fn inspect(bytes: &[u8]) -> Result<(NoticeDoc, Vec<Signature>), NoticeError> {
    let env = decode(bytes)?;
    let doc = parse_doc(&env)?;
    Ok((doc, env.signatures().to_vec()))
}

fn decode(bytes: &[u8]) -> Result<Envelope, NoticeError> {
    if bytes.len() > MAX_NOTICE_BYTES {
        return Err(NoticeError::TooLarge { size: bytes.len() });
    }
    let env = Envelope::from_json(bytes, MAX_NOTICE_BYTES)
        .map_err(|e| NoticeError::Malformed(e.to_string()))?;
    if env.payload_type() != NOTICE_PAYLOAD_TYPE {
        return Err(NoticeError::WrongType {
            found: env.payload_type().to_owned(),
        });
    }
    Ok(env)
}

fn parse_doc(env: &Envelope) -> Result<NoticeDoc, NoticeError> {
    serde_json::from_slice(env.payload()).map_err(|e| NoticeError::Malformed(e.to_string()))
}

/// Verifies a signed notice for `callee` against the registry in force at `now` (unix
/// seconds), in this order: size, envelope, payload type, registry id, provider, a signature
/// by one of the provider's notice keys over the exact payload bytes, then (only for signed
/// bytes) the fields, `from`, the window, the callee and the time. See the module docs.
pub fn verify(
    bytes: &[u8],
    registry: &VerifiedRegistry,
    callee: &Callee,
    now: i64,
) -> Result<VerifiedNotice, NoticeError> {
    verify_inner(bytes, registry, Some(callee), now).map(|(doc, window, env, signer)| {
        VerifiedNotice {
            not_before: window.not_before,
            not_after: window.not_after,
            payload_sha256: env.payload_sha256(),
            signer,
            envelope: bytes.to_vec(),
            callee: callee.clone(),
            doc,
        }
    })
}

/// [`verify`] without the callee check, for a security team or a tool that does not know the
/// callee (`callguard notice verify` without `--to`): every other check, and the document.
/// Such a notice cannot be held by a device; [`verify`] it for the callee for that.
pub fn verify_without_callee(
    bytes: &[u8],
    registry: &VerifiedRegistry,
    now: i64,
) -> Result<NoticeDoc, NoticeError> {
    verify_inner(bytes, registry, None, now).map(|(doc, ..)| doc)
}

fn verify_inner(
    bytes: &[u8],
    registry: &VerifiedRegistry,
    callee: Option<&Callee>,
    now: i64,
) -> Result<(NoticeDoc, schema::Window, Envelope, KeyId), NoticeError> {
    let env = decode(bytes)?;
    // The payload (at most 4 KiB) is read before the signature is checked, to learn which
    // provider's keys to try; nothing in it is trusted until a listed key's signature verifies.
    let doc = parse_doc(&env)?;
    let registry: &Registry = registry;
    if doc.registry_id != registry.id() {
        return Err(NoticeError::OtherRegistry {
            expected: registry.id().to_owned(),
            found: doc.registry_id,
        });
    }
    let keys = registry
        .notice_keys(&doc.provider)
        .ok_or_else(|| NoticeError::UnknownProvider(doc.provider.clone()))?;
    let signer = signed_by_listed_key(&env, keys, &doc.provider)?;

    let window = doc.check_fields()?;
    check_from(registry, &doc)?;
    if let Some(callee) = callee {
        if doc.callee_sha256 != callee_sha256(&doc.id, callee) {
            return Err(NoticeError::OtherCallee);
        }
    }
    if now > window.not_after + CLOCK_SKEW_SECS {
        return Err(NoticeError::Expired {
            not_after: doc.not_after,
        });
    }
    if window.not_before - CLOCK_SKEW_SECS > now + MAX_LEAD_SECS {
        return Err(NoticeError::NotYetValid {
            not_before: doc.not_before,
        });
    }
    Ok((doc, window, env, signer))
}

/// The key id of the first signature by one of `keys` that verifies over the envelope's PAE.
fn signed_by_listed_key(
    env: &Envelope,
    keys: &[[u8; 32]],
    provider: &str,
) -> Result<KeyId, NoticeError> {
    use base64::Engine as _;
    let listed: Vec<PublicKey> = keys
        .iter()
        .filter_map(|k| PublicKey::from_bytes(k).ok())
        .collect();
    let mut tried = false;
    for s in env.signatures() {
        let Some(key) = listed.iter().find(|k| k.key_id().as_str() == s.keyid) else {
            continue;
        };
        tried = true;
        let ok = base64::engine::general_purpose::STANDARD
            .decode(&s.sig)
            .map(|sig| key.verify(env.pae(), &sig))
            .unwrap_or(false);
        if ok {
            return Ok(key.key_id());
        }
    }
    Err(if tried {
        NoticeError::BadSignature(provider.to_owned())
    } else {
        NoticeError::UnlistedKey(provider.to_owned())
    })
}

/// `from` must be an official number of the notice's provider that makes calls.
fn check_from(registry: &Registry, doc: &NoticeDoc) -> Result<(), NoticeError> {
    let found = if doc.from.starts_with('+') {
        number::canonical_e164(&doc.from).and_then(|e| registry.lookup_e164(e))
    } else {
        doc.region
            .as_deref()
            .and_then(Region::parse)
            .and_then(|region| {
                registry.lookup_short_code(&number::ShortCode {
                    region,
                    digits: doc.from.clone(),
                })
            })
    };
    let found = found
        .filter(|f| f.provider.id == doc.provider)
        .ok_or_else(|| NoticeError::NotOfficialNumber {
            provider: doc.provider.clone(),
            from: doc.from.clone(),
        })?;
    if found.provider.inbound_only_of(found.number) {
        return Err(NoticeError::InboundOnlyNumber {
            from: doc.from.clone(),
        });
    }
    Ok(())
}

/// What a provider's signer gives to make a notice (see [`sign`]).
#[derive(Clone, Debug, Default)]
pub struct NoticeDraft {
    /// The registry series (`"acme-wallets"`).
    pub registry_id: String,
    /// The provider's registry id.
    pub provider: String,
    /// The calling number (E.164, national with `region`, or a short code with `region`).
    pub from: String,
    /// Region for `from` and `to` in national form, and for a short code.
    pub region: Option<Region>,
    /// The callee's number.
    pub to: String,
    /// Start of the window, `YYYY-MM-DDTHH:MM:SSZ`.
    pub not_before: String,
    /// End of the window.
    pub not_after: String,
    /// The reason in English.
    pub reason_en: String,
    /// The reason in Simplified Chinese.
    pub reason_zh_hans: String,
    /// The name the caller will give.
    pub agent: Option<String>,
    /// The id; 128 random bits as 32 hex digits when `None`.
    pub id: Option<String>,
    /// The signing time, `YYYY-MM-DDTHH:MM:SSZ`.
    pub issued_at: String,
}

/// Makes and signs a notice (the producer's side, `callguard notice sign`): checks every field
/// a device checks without a registry (a registry-dependent refusal, such as a `from` that is
/// not official, shows at `callguard notice verify`), binds the callee and signs the exact
/// payload bytes. Returns the envelope JSON.
pub fn sign(draft: &NoticeDraft, key: &SigningKey) -> Result<Vec<u8>, NoticeError> {
    let id = match &draft.id {
        Some(id) => id.clone(),
        None => random_id()?,
    };
    let callee = Callee::parse(&draft.to, draft.region)?;
    let (from, region) = match number::normalize(&draft.from, draft.region) {
        Ok(CallerId::Number(e)) => (e.to_string(), None),
        Ok(CallerId::ShortCode(code)) => (code.digits, Some(code.region.as_str().to_owned())),
        _ => {
            return Err(NoticeError::InvalidField {
                field: "from",
                why: format!(
                    "{:?} is not a phone number or short code (give --region for a short code)",
                    draft.from
                ),
            })
        }
    };
    let mut reason = std::collections::BTreeMap::new();
    reason.insert("en".to_owned(), draft.reason_en.clone());
    reason.insert("zh-Hans".to_owned(), draft.reason_zh_hans.clone());
    let doc = NoticeDoc {
        schema: NOTICE_SCHEMA,
        registry_id: draft.registry_id.clone(),
        provider: draft.provider.clone(),
        callee_sha256: callee_sha256(&id, &callee),
        id,
        from,
        region,
        not_before: draft.not_before.clone(),
        not_after: draft.not_after.clone(),
        reason,
        agent: draft.agent.clone(),
        issued_at: draft.issued_at.clone(),
    };
    doc.check_fields()?;
    let payload = serde_json::to_vec(&doc).map_err(|e| NoticeError::Malformed(e.to_string()))?;
    let bytes = Envelope::sign(NOTICE_PAYLOAD_TYPE, &payload, &[key]).to_json();
    if bytes.len() > MAX_NOTICE_BYTES {
        return Err(NoticeError::TooLarge { size: bytes.len() });
    }
    Ok(bytes)
}

/// 128 bits from the system's secure random generator, as 32 hex digits.
fn random_id() -> Result<String, NoticeError> {
    use ring::rand::{SecureRandom as _, SystemRandom};
    let mut bytes = [0u8; 16];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| NoticeError::Key("the system random number generator failed".into()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Formats unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (for `issued_at` and displays).
pub fn format_utc(unix: i64) -> String {
    crate::registry::format_utc(unix)
}
