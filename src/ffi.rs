//! The uniffi facade for Kotlin and Swift: translation only, no rules of its own.
//!
//! Enums and plain records (`Verdict`, `Reason`, `IndicatorKind`, `SecretKind`, `Risk`,
//! `Advice`, `Channel`, `Purpose`) are the core's own types, exported by their uniffi derives;
//! the records below mirror core types whose shapes need translating, errors carry the core's
//! own messages, and each method forwards to the core.
//! The facade adds only what a foreign boundary needs: input size bounds (a foreign caller can
//! hand over arbitrarily large strings), offsets as `i64` (Kotlin has no unsigned sizes), and a
//! mutex around the streaming scanner so every object is safe to share across threads.
//!
//! Names are chosen for the foreign side (`CallerCheck` rather than `Check`); the core types are
//! imported as `Core…` to keep the two apart.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use compact_str::CompactString;

use crate::assess::{Advice, Assessment as CoreAssessment, Risk};
use crate::guard::{
    CallGuard as CoreCallGuard, RegistrySource, StateReport as CoreStateReport, UpdateError,
};
use crate::notice::{Callee, ExpectedCall, NoticeError};
use crate::number::{self, CallerId as CoreCallerId, Region};
use crate::registry::audit::CallDirectory;
use crate::registry::{
    Channel, OfficialNumber as CoreOfficialNumber, Provider as CoreProvider, Purpose,
};
use crate::scan::{
    Indicator as CoreIndicator, IndicatorKind, Language, Scanner as CoreScanner, SecretKind,
    StreamScanner as CoreStreamScanner,
};
use crate::signing::{
    Policy, PublicKey as CorePublicKey, RegistryInfo as CoreRegistryInfo, RootError,
    TrustRoot as CoreTrustRoot, VerifyError as CoreVerifyError,
};
use crate::verdict::{
    Attestation, CallContext, CallingStatus, Check as CoreCheck, CheckOptions, Reason,
};

// The core's answers hold their short texts (E.164 numbers, ids, codes) inline in a
// `CompactString` rather than one heap allocation each; across the boundary they are plain strings.
uniffi::custom_type!(CompactString, String, {
    remote,
    lower: |s| s.into_string(),
    try_lift: |s| Ok(CompactString::from(s)),
});

/// Longest text, in UTF-8 bytes, that [`scan_text`] and [`CallGuard::assess_call`] accept: far
/// above any SMS or message, and small enough that a mistaken call cannot stall a phone.
pub const MAX_TEXT_BYTES: u64 = 1 << 20;

/// Longest caller ID, in UTF-8 bytes, that the facade passes on; the core bounds it further and
/// reports an `invalid` verdict with the reason.
pub const MAX_NUMBER_BYTES: u64 = 4096;

/// Longest identifier (region code, provider id, registry id, language tag) the facade accepts.
const MAX_ID_BYTES: usize = 64;

/// Most public keys a trust root built from PEM keys may hold.
const MAX_TRUSTED_KEYS: usize = 256;

/// Why a call into callguard failed. The `message` the foreign side sees is the Rust error's own
/// text, which says what went wrong and what to do.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum CallGuardError {
    /// An argument is malformed (for example a region code that is not two letters).
    #[error("{0}")]
    InvalidArgument(String),
    /// An input is larger than the facade accepts; split it or check what is being passed.
    #[error("{what} is {len} bytes long; at most {max} are accepted")]
    InputTooLarge {
        /// What was too large (`"text"`, `"caller ID"`).
        what: String,
        /// Its length in bytes.
        len: u64,
        /// The limit in bytes.
        max: u64,
    },
    /// A caller ID is not a phone number (from [`normalize_caller_id`]).
    #[error(transparent)]
    InvalidNumber(#[from] number::InvalidNumber),
    /// A signed registry or trust root was refused (failed verification, or its provider names
    /// cannot be scanned for); the registry in force is unchanged. The message says why.
    #[error("{0}")]
    Verification(String),
    /// The state directory could not be read or written (read-only or full disk, permissions);
    /// the registry in force is unchanged and keeps answering.
    #[error("{0}")]
    Storage(String),
    /// A call notice was refused (the message starts with its stable code, such as
    /// `unlisted_key:` or `other_callee:`); nothing was stored.
    #[error("{0}")]
    NoticeRefused(String),
}

impl From<NoticeError> for CallGuardError {
    fn from(e: NoticeError) -> Self {
        CallGuardError::NoticeRefused(format!("{}: {e}", e.code()))
    }
}

impl From<CoreVerifyError> for CallGuardError {
    fn from(e: CoreVerifyError) -> Self {
        CallGuardError::Verification(e.to_string())
    }
}

impl From<UpdateError> for CallGuardError {
    fn from(e: UpdateError) -> Self {
        match e {
            UpdateError::State(_) => CallGuardError::Storage(e.to_string()),
            _ => CallGuardError::Verification(e.to_string()),
        }
    }
}

impl From<RootError> for CallGuardError {
    fn from(e: RootError) -> Self {
        CallGuardError::Verification(e.to_string())
    }
}

fn bound(what: &str, value: &str, max: u64) -> Result<(), CallGuardError> {
    let len = value.len() as u64;
    if len > max {
        return Err(CallGuardError::InputTooLarge {
            what: what.to_string(),
            len,
            max,
        });
    }
    Ok(())
}

fn parse_region(region: Option<String>) -> Result<Option<Region>, CallGuardError> {
    region
        .map(|code| Region::parse_known(&code))
        .transpose()
        .map_err(|e| CallGuardError::InvalidArgument(e.to_string()))
}

fn parse_language(language: Option<String>) -> Result<Option<Language>, CallGuardError> {
    match language {
        None => Ok(None),
        Some(tag) => {
            let shown: String = tag.chars().take(MAX_ID_BYTES).collect();
            Language::from_tag(&tag).map(Some).ok_or_else(|| {
                CallGuardError::InvalidArgument(format!(
                    "language {shown:?} is not one the scanner knows (zh-Hans, zh-Hant, en, es)"
                ))
            })
        }
    }
}

fn check_options(
    region: Option<String>,
    claimed: Option<String>,
) -> Result<CheckOptions, CallGuardError> {
    if let Some(id) = &claimed {
        bound("claimed provider id", id, MAX_ID_BYTES as u64)?;
    }
    Ok(CheckOptions {
        region: parse_region(region)?,
        claimed,
    })
}

fn offset(n: usize) -> i64 {
    // Texts are bounded far below i64::MAX, so this never saturates in practice.
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What a raw caller ID normalizes to (mirrors the core `CallerId`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum CallerId {
    /// A full international number in E.164 form.
    International {
        /// With the leading `+` (`"+18882211161"`).
        e164: String,
        /// The digits as an integer, the form an iOS Call Directory uses (`18882211161`).
        digits: i64,
    },
    /// A short code dialled within one region (CN `95188`).
    ShortCode {
        /// The region the code is dialled in.
        region: String,
        /// The ASCII digits.
        digits: String,
    },
    /// The caller withheld the number.
    Withheld,
}

impl From<CoreCallerId> for CallerId {
    fn from(c: CoreCallerId) -> Self {
        match c {
            CoreCallerId::Number(n) => CallerId::International {
                e164: n.to_string(),
                digits: i64::try_from(n.as_u64()).unwrap_or(i64::MAX),
            },
            CoreCallerId::ShortCode(s) => CallerId::ShortCode {
                region: s.region.to_string(),
                digits: s.digits,
            },
            CoreCallerId::Withheld => CallerId::Withheld,
        }
    }
}

/// One indicator found in a text, with its span (mirrors the core `Indicator`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Indicator {
    /// What was found.
    pub kind: IndicatorKind,
    /// For a credential request, the secret asked for.
    pub secret: Option<SecretKind>,
    /// For an impersonation claim, the registry id of the provider claimed.
    pub provider: Option<String>,
    /// Start of the span in UTF-8 bytes.
    pub start: i64,
    /// End of the span (exclusive) in UTF-8 bytes.
    pub end: i64,
    /// Start of the span in UTF-16 code units: use these with Kotlin and Swift (`utf16`) strings.
    pub start_utf16: i64,
    /// End of the span (exclusive) in UTF-16 code units.
    pub end_utf16: i64,
    /// The original text of the span.
    pub excerpt: String,
}

impl From<CoreIndicator> for Indicator {
    fn from(i: CoreIndicator) -> Self {
        Indicator {
            kind: i.kind,
            secret: i.secret,
            provider: i.provider,
            start: offset(i.start),
            end: offset(i.end),
            start_utf16: offset(i.start_utf16),
            end_utf16: offset(i.end_utf16),
            excerpt: i.excerpt,
        }
    }
}

fn indicators(v: Vec<CoreIndicator>) -> Vec<Indicator> {
    v.into_iter().map(Indicator::from).collect()
}

/// The combined judgement on a call or message (mirrors the core `Assessment`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Assessment {
    /// The overall risk.
    pub risk: Risk,
    /// The verdict on the caller's number.
    pub verdict: CoreCheck,
    /// What the text asks for or pushes, in order of position.
    pub indicators: Vec<Indicator>,
    /// Why the risk is what it is; never empty.
    pub reasons: Vec<Reason>,
    /// What to do, naming the official number to call back where one is known.
    pub advice: Advice,
}

impl From<CoreAssessment> for Assessment {
    fn from(a: CoreAssessment) -> Self {
        Assessment {
            risk: a.risk,
            verdict: a.verdict,
            indicators: indicators(a.indicators),
            reasons: a.reasons,
            advice: a.advice,
        }
    }
}

/// The judgement on a text alone, with no caller number (mirrors `callguard scan --json`): for
/// a message filter, or before the sender is known.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct TextAssessment {
    /// The risk of the text on its own.
    pub risk: Risk,
    /// What the text asks for or pushes, in order of position.
    pub indicators: Vec<Indicator>,
}

impl From<crate::assess::TextAssessment> for TextAssessment {
    fn from(t: crate::assess::TextAssessment) -> Self {
        TextAssessment {
            risk: t.risk,
            indicators: indicators(t.indicators),
        }
    }
}

/// One official number as its provider publishes it, its provider's defaults filled in.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct OfficialNumber {
    /// E.164 (`"+18882211161"`) or a short code (`"95188"`, with `region`).
    pub number: String,
    /// ISO region of a short code (optional for E.164 numbers).
    pub region: Option<String>,
    /// Channels the provider uses this number on.
    pub channels: Vec<Channel>,
    /// What the number is for.
    pub purposes: Vec<Purpose>,
    /// Public page where the provider publishes this number.
    pub source: String,
}

impl OfficialNumber {
    /// One of `p`'s numbers, with the provider's defaults filled in.
    fn of(p: &CoreProvider, n: &CoreOfficialNumber) -> Self {
        OfficialNumber {
            number: n.number.clone(),
            region: p.region_of(n).map(str::to_owned),
            channels: p.channels_of(n).to_vec(),
            purposes: p.purposes_of(n).to_vec(),
            source: p.source_of(n).to_owned(),
        }
    }
}

/// A wallet or payment provider and its official numbers (mirrors the core `Provider`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Provider {
    /// Stable id (`"alipay"`), as in claims and scanner hits.
    pub id: String,
    /// Display names by BCP 47 tag; `zh-Hans` and `en` are always present.
    pub names: HashMap<String, String>,
    /// The provider's official website.
    pub website: String,
    /// Its official numbers.
    pub numbers: Vec<OfficialNumber>,
}

impl From<&CoreProvider> for Provider {
    fn from(p: &CoreProvider) -> Self {
        Provider {
            id: p.id.clone(),
            names: p
                .names
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            website: p.website.clone(),
            numbers: p.numbers.iter().map(|n| OfficialNumber::of(p, n)).collect(),
        }
    }
}

/// What registry is in force: enough for a settings screen or a support log (mirrors the core
/// `RegistryInfo`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RegistryInfo {
    /// Stable id of the registry series (`"callguard-demo"`).
    pub registry_id: String,
    /// Monotonic version; updates never go below it.
    pub version: u64,
    /// RFC 3339 UTC time the registry was issued.
    pub issued_at: String,
    /// RFC 3339 UTC time after which it must not be used.
    pub expires_at: String,
    /// The expiry in unix seconds.
    pub expires_at_unix: i64,
    /// True for the bundled demonstration data: show "DEMO" wherever it is shown.
    pub demo: bool,
    /// Hex SHA-256 of the verified payload (what the next version names as its predecessor).
    pub payload_sha256: String,
    /// Hex SHA-256 of the previous version's payload, if recorded.
    pub predecessor_sha256: Option<String>,
    /// Key ids whose signatures counted towards the threshold.
    pub signers: Vec<String>,
    /// How many providers it lists.
    pub provider_count: u32,
    /// How many official numbers it lists, short codes included.
    pub number_count: u32,
}

impl From<CoreRegistryInfo> for RegistryInfo {
    fn from(i: CoreRegistryInfo) -> Self {
        RegistryInfo {
            registry_id: i.registry_id,
            version: i.version,
            issued_at: i.issued_at,
            expires_at: i.expires_at,
            expires_at_unix: i.expires_at_unix,
            demo: i.demo,
            payload_sha256: i.payload_sha256,
            predecessor_sha256: i.predecessor_sha256,
            signers: i.signers,
            provider_count: count(i.provider_count),
            number_count: count(i.number_count),
        }
    }
}

/// A set of trusted registry-signing keys and how many of them must sign (k of n). Registries
/// and updates are only accepted when a threshold of these keys signed them.
#[derive(Debug, uniffi::Object)]
pub struct TrustRoot {
    core: CoreTrustRoot,
}

#[uniffi::export]
impl TrustRoot {
    /// A trust root from its JSON document (as compiled into the app by its security team).
    #[uniffi::constructor]
    pub fn from_json(json: Vec<u8>) -> Result<Arc<Self>, CallGuardError> {
        Ok(Arc::new(TrustRoot {
            core: CoreTrustRoot::from_json(&json)?,
        }))
    }

    /// A trust root (version 1) of Ed25519 public keys in PEM (`-----BEGIN PUBLIC KEY-----`,
    /// as `callguard registry keygen` writes them), of which `threshold` must sign.
    #[uniffi::constructor]
    pub fn from_public_keys(
        public_keys_pem: Vec<String>,
        threshold: u32,
    ) -> Result<Arc<Self>, CallGuardError> {
        if public_keys_pem.len() > MAX_TRUSTED_KEYS {
            return Err(CallGuardError::InvalidArgument(format!(
                "{} public keys given; at most {MAX_TRUSTED_KEYS} are accepted",
                public_keys_pem.len()
            )));
        }
        let mut keys = Vec::with_capacity(public_keys_pem.len());
        for pem in &public_keys_pem {
            keys.push(CorePublicKey::from_pem(pem.as_bytes()).map_err(CoreVerifyError::from)?);
        }
        let threshold = usize::try_from(threshold).unwrap_or(usize::MAX);
        Ok(Arc::new(TrustRoot {
            core: CoreTrustRoot::from_keys(keys, threshold)?,
        }))
    }

    /// The DEMO ONLY root (the demonstration key, threshold 1) that verifies the bundled
    /// registry. Its private key is public: never use it for real data.
    #[uniffi::constructor]
    pub fn demo() -> Result<Arc<Self>, CallGuardError> {
        Ok(Arc::new(TrustRoot {
            core: crate::signing::demo_trust_root()?,
        }))
    }

    /// The root's version (raised by each rotation).
    pub fn version(&self) -> u64 {
        self.core.version()
    }

    /// How many distinct trusted keys must sign.
    pub fn threshold(&self) -> u32 {
        count(self.core.threshold())
    }

    /// The trusted keys' ids (hex SHA-256 of each raw public key), in order.
    pub fn key_ids(&self) -> Vec<String> {
        self.core
            .key_ids()
            .map(|k| k.as_str().to_string())
            .collect()
    }

    /// The root as its JSON document (what `from_json` reads).
    pub fn to_json(&self) -> Vec<u8> {
        self.core.to_json()
    }
}

/// The handle an app keeps: the registry in force, checks, scans, assessments and hot updates.
/// Safe to share across threads; an update swaps the registry atomically, so a concurrent check
/// sees the old or the new one, never a mix.
#[derive(Debug, uniffi::Object)]
pub struct CallGuard {
    core: CoreCallGuard,
    /// What opening the state directory found (guards opened with `open_state` only).
    report: Option<StateReport>,
}

impl CallGuard {
    fn wrap(core: CoreCallGuard) -> Arc<Self> {
        Arc::new(CallGuard { core, report: None })
    }
}

/// Something in the state directory that was passed over at start-up.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct StateProblem {
    /// Stable kind: `registry_refused`, `below_floor`, `floor_conflict`, `floor_unreadable`,
    /// `rotation_refused`, `storage`.
    pub kind: String,
    /// The file concerned, if one is.
    pub file: Option<String>,
    /// One sentence saying what happened.
    pub message: String,
}

/// What opening a state directory found (mirrors the core `StateReport`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct StateReport {
    /// Where the registry in force came from.
    pub source: RegistrySource,
    /// What was passed over; empty in the normal case.
    pub problems: Vec<StateProblem>,
    /// The version floor (updates must reach it).
    pub floor: Option<u64>,
    /// The trust root's version after the stored rotations.
    pub root_version: u64,
    /// True when the registry in force is older than the floor: fetch a newer one.
    pub below_floor: bool,
}

impl From<CoreStateReport> for StateReport {
    fn from(r: CoreStateReport) -> Self {
        StateReport {
            source: r.source,
            below_floor: r.below_floor(),
            problems: r
                .problems
                .iter()
                .map(|p| StateProblem {
                    kind: p.kind().to_string(),
                    file: p.file().map(str::to_string),
                    message: p.to_string(),
                })
                .collect(),
            floor: r.floor,
            root_version: r.root_version,
        }
    }
}

#[uniffi::export]
impl CallGuard {
    /// A guard over the bundled demonstration registry (DEMO ONLY data), verified against the
    /// demonstration key like any signed registry; updates must be signed by that key. Throws
    /// `Verification` only if the bundled registry fails verification (it expires in 2036).
    #[uniffi::constructor]
    pub fn bundled() -> Result<Arc<Self>, CallGuardError> {
        Ok(CallGuard::wrap(CoreCallGuard::try_bundled()?))
    }

    /// Verifies a signed registry against `trust_root` and guards it: the production entry
    /// point. `registry_id` is the series the app expects; `min_version` the highest version the
    /// app has seen before (0 at first), so an older registry is refused as a rollback. Updates
    /// are later verified against the same root. Throws `Verification` with the reason.
    #[uniffi::constructor]
    pub fn open(
        signed_registry: Vec<u8>,
        trust_root: Arc<TrustRoot>,
        registry_id: String,
        min_version: u64,
    ) -> Result<Arc<Self>, CallGuardError> {
        bound("registry id", &registry_id, MAX_ID_BYTES as u64)?;
        let policy = Policy::for_registry(&registry_id).min_version(min_version);
        let core = CoreCallGuard::open(&signed_registry, trust_root.core.clone(), policy)?;
        Ok(CallGuard::wrap(core))
    }

    /// Opens the guard from a state directory (Android `filesDir`, an iOS app-group
    /// container), created if missing: the registry in force there if it verifies and respects
    /// the floor, else the previous copy, else `shipped_registry`; updates and root rotations
    /// are persisted there, so rollback protection survives restarts. `stateReport()` says
    /// what was found. Throws `Verification` only when not even the shipped registry verifies.
    #[uniffi::constructor]
    pub fn open_state(
        dir: String,
        trust_root: Arc<TrustRoot>,
        registry_id: String,
        shipped_registry: Vec<u8>,
    ) -> Result<Arc<Self>, CallGuardError> {
        bound("registry id", &registry_id, MAX_ID_BYTES as u64)?;
        let (core, report) = CoreCallGuard::open_state(
            std::path::Path::new(&dir),
            trust_root.core.clone(),
            Policy::for_registry(&registry_id),
            &shipped_registry,
        )?;
        Ok(Arc::new(CallGuard {
            core,
            report: Some(report.into()),
        }))
    }

    /// What opening the state directory found; `null`/`nil` for a guard not opened from one.
    pub fn state_report(&self) -> Option<StateReport> {
        self.report.clone()
    }

    /// Judges a raw caller ID. `region` (`"CN"`) interprets national formats and short codes;
    /// `claimed` is the provider id the caller claims to be (`"alipay"`). A number that is not a
    /// number is an `Invalid` verdict with the reason, not an error; errors are for a malformed
    /// region or an oversized argument. The call is judged now, with the notices held and the
    /// registry's caller policies (`checkCallerInContext` with an empty context).
    pub fn check_caller(
        &self,
        number: String,
        region: Option<String>,
        claimed: Option<String>,
    ) -> Result<CoreCheck, CallGuardError> {
        bound("caller ID", &number, MAX_NUMBER_BYTES)?;
        let options = check_options(region, claimed)?;
        Ok(self.core.check(&number, &options))
    }

    /// Scans a text (SMS, message, transcript) for scam indicators, in order of position,
    /// recognising impersonation claims of the providers in the registry in force. `language`
    /// (`"zh-Hans"`, `"en"`, …) is an optional hint; the scanner detects it otherwise.
    pub fn scan_text(
        &self,
        text: String,
        language: Option<String>,
    ) -> Result<Vec<Indicator>, CallGuardError> {
        bound("text", &text, MAX_TEXT_BYTES)?;
        let hint = parse_language(language)?;
        Ok(indicators(self.core.scan(&text, hint)))
    }

    /// A streaming scanner for a live transcript, recognising the providers of the registry in
    /// force now.
    pub fn transcript_scanner(
        &self,
        language: Option<String>,
    ) -> Result<Arc<TranscriptScanner>, CallGuardError> {
        let hint = parse_language(language)?;
        Ok(TranscriptScanner::wrap(self.core.stream(hint)))
    }

    /// Assesses a call or message end to end: the caller's raw number (checked against the
    /// provider the text claims, unless `claimed` names one) and what the text says.
    pub fn assess_call(
        &self,
        from: String,
        text: String,
        region: Option<String>,
        claimed: Option<String>,
    ) -> Result<Assessment, CallGuardError> {
        bound("caller ID", &from, MAX_NUMBER_BYTES)?;
        bound("text", &text, MAX_TEXT_BYTES)?;
        let options = check_options(region, claimed)?;
        Ok(self.core.assess(&from, &options, &text).into())
    }

    /// Judges a text on its own (no caller number): its indicators and the risk they carry.
    /// `language` is an optional hint, as for `scan_text`.
    pub fn assess_text(
        &self,
        text: String,
        language: Option<String>,
    ) -> Result<TextAssessment, CallGuardError> {
        bound("text", &text, MAX_TEXT_BYTES)?;
        let hint = parse_language(language)?;
        Ok(self.core.assess_text(&text, hint).into())
    }

    /// True when the registry in force has expired. Checks keep using it (no answer would
    /// leave the user unprotected), so the app should say so and fetch a newer registry.
    pub fn registry_expired(&self) -> bool {
        self.core.expired()
    }

    /// What registry is in force.
    pub fn registry_info(&self) -> RegistryInfo {
        self.core.info().into()
    }

    /// Verifies a signed registry (fetched by the app) and, if it is newer than the one in
    /// force, swaps it in atomically; re-delivering the registry in force is a no-op. Returns
    /// the info of the registry in force afterwards. On any error (tampered, wrong key, older,
    /// expired, other series) it throws `Verification` and the registry in force is unchanged.
    pub fn update_registry(
        &self,
        signed_registry: Vec<u8>,
    ) -> Result<RegistryInfo, CallGuardError> {
        Ok(self.core.update(&signed_registry)?.into())
    }

    /// Rotates the trust root to a signed new root, accepted only when a threshold of both the
    /// root in force and the new root signed it and its version is higher. Returns the new
    /// root's version; on error the root in force is unchanged.
    pub fn rotate_trust_root(&self, signed_root: Vec<u8>) -> Result<u64, CallGuardError> {
        Ok(self.core.rotate_root(&signed_root)?)
    }

    /// The trust root in force (updates are verified against it).
    pub fn trust_root(&self) -> Arc<TrustRoot> {
        Arc::new(TrustRoot {
            core: (*self.core.trust_root()).clone(),
        })
    }

    /// The registry in force as an iOS Call Directory list. Short codes have no country code,
    /// so they are included only when `short_code_region` names their region (an app build for
    /// that market). Labels use the provider's name in `lang` (`"en"`, `"zh-Hans"`), falling
    /// back to English.
    pub fn call_directory(
        &self,
        short_code_region: Option<String>,
        lang: String,
    ) -> Result<CallDirectory, CallGuardError> {
        let region = parse_region(short_code_region)?.map(|r| r.to_string());
        bound("language tag", &lang, MAX_ID_BYTES as u64)?;
        Ok(self.core.call_directory(region.as_deref(), &lang))
    }

    /// The providers of the registry in force, with their official numbers.
    pub fn providers(&self) -> Vec<Provider> {
        self.core.providers().iter().map(Provider::from).collect()
    }

    /// Verifies a signed call notice (delivered by the wallet app's own push) for `callee`, the
    /// user's own number (`region` for a national form), against the registry in force, and
    /// holds it. Throws `NoticeRefused` with the reason; nothing is stored then.
    pub fn expect_call(
        &self,
        notice: Vec<u8>,
        callee: String,
        region: Option<String>,
    ) -> Result<ExpectedCall, CallGuardError> {
        bound("callee", &callee, MAX_NUMBER_BYTES)?;
        let callee = Callee::parse(&callee, parse_region(region)?)?;
        Ok(self.core.expect_call(&notice, &callee)?)
    }

    /// The announced calls held, still to come or under way, soonest first.
    pub fn pending_calls(&self) -> Vec<ExpectedCall> {
        self.core.pending_calls()
    }

    /// Forgets a held notice; true if one was held.
    pub fn forget_call(&self, id: String) -> bool {
        self.core.forget_call(&id)
    }

    /// Whether `provider` has announced a call covering `at` (unix seconds; `null`/`nil`:
    /// now), for "Alipay is not calling you" while the user is on a call. Throws
    /// `InvalidArgument` for a provider the registry does not have.
    pub fn calling_status(
        &self,
        provider: String,
        at: Option<i64>,
    ) -> Result<CallingStatus, CallGuardError> {
        bound("provider id", &provider, MAX_ID_BYTES as u64)?;
        self.core.calling_status(&provider, at).ok_or_else(|| {
            CallGuardError::InvalidArgument(format!(
                "provider {provider:?} is not in the registry in force"
            ))
        })
    }

    /// [`CallGuard::check_caller`] for a call in context (its time, the network's
    /// attestation, the displayed name) with the notices held: the verdict may be `Expected`
    /// or `Spoofed`.
    pub fn check_caller_in_context(
        &self,
        number: String,
        region: Option<String>,
        claimed: Option<String>,
        context: CallContext,
    ) -> Result<CoreCheck, CallGuardError> {
        bound("caller ID", &number, MAX_NUMBER_BYTES)?;
        bound_context(&context)?;
        let options = check_options(region, claimed)?;
        Ok(self.core.check_call(&number, &options, &context))
    }

    /// [`CallGuard::assess_call`] for a call in context (see `check_caller_in_context`).
    pub fn assess_call_in_context(
        &self,
        from: String,
        text: String,
        region: Option<String>,
        claimed: Option<String>,
        context: CallContext,
    ) -> Result<Assessment, CallGuardError> {
        bound("caller ID", &from, MAX_NUMBER_BYTES)?;
        bound("text", &text, MAX_TEXT_BYTES)?;
        bound_context(&context)?;
        let options = check_options(region, claimed)?;
        Ok(self
            .core
            .assess_call(&from, &options, &context, &text)
            .into())
    }
}

fn bound_context(context: &CallContext) -> Result<(), CallGuardError> {
    if let Some(name) = &context.display_name {
        bound("display name", name, MAX_NUMBER_BYTES)?;
    }
    Ok(())
}

/// The attestation Android reports in `Call.Details.getCallerNumberVerificationStatus()`
/// (0 not verified, 1 passed, 2 failed); `null`/`nil` for any other value.
#[uniffi::export]
pub fn attestation_from_android_status(status: i32) -> Option<Attestation> {
    Attestation::from_android_status(status)
}

/// The attestation a SIP `verstat` value carries (`TN-Validation-Passed`, `-Failed`,
/// `No-TN-Validation`, with an optional `-A`/`-B`/`-C`); `null`/`nil` otherwise.
#[uniffi::export]
pub fn attestation_from_verstat(verstat: String) -> Option<Attestation> {
    if verstat.len() > MAX_ID_BYTES {
        return None;
    }
    Attestation::from_verstat(&verstat)
}

/// Normalizes a raw caller ID without judging it: E.164, a region's short code, or withheld.
/// Throws `InvalidNumber` with the reason when it is not a phone number.
#[uniffi::export]
pub fn normalize_caller_id(
    raw: String,
    region: Option<String>,
) -> Result<CallerId, CallGuardError> {
    bound("caller ID", &raw, MAX_NUMBER_BYTES)?;
    let region = parse_region(region)?;
    Ok(number::normalize(&raw, region)?.into())
}

/// Scans a text for scam indicators, in order of position, with the scanner that knows no
/// provider names (impersonation claims stay generic; `CallGuard.scanText` knows the
/// registry's). `language` is an optional hint (`"zh-Hans"`, `"en"`, …).
/// Throws `InputTooLarge` over [`MAX_TEXT_BYTES`]; use a [`TranscriptScanner`] for live text.
#[uniffi::export]
pub fn scan_text(text: String, language: Option<String>) -> Result<Vec<Indicator>, CallGuardError> {
    bound("text", &text, MAX_TEXT_BYTES)?;
    let hint = parse_language(language)?;
    Ok(indicators(crate::scan::scan_with_language(&text, hint)))
}

/// A scanner fed a live transcript chunk by chunk (captions as they arrive). Each indicator is
/// reported as soon as the words that make it have arrived; together they are exactly those of
/// a one-shot scan of the whole text, with offsets into the whole stream. Memory stays bounded.
/// Safe to share across threads (calls are serialized), though one per conversation is usual.
#[derive(Debug, uniffi::Object)]
pub struct TranscriptScanner {
    inner: Mutex<CoreStreamScanner>,
}

impl TranscriptScanner {
    fn wrap(core: CoreStreamScanner) -> Arc<Self> {
        Arc::new(TranscriptScanner {
            inner: Mutex::new(core),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CoreStreamScanner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[uniffi::export]
impl TranscriptScanner {
    /// A transcript scanner that knows no provider names (impersonation claims stay generic)
    /// and an optional language hint; `CallGuard.transcriptScanner` knows the registry's.
    #[uniffi::constructor]
    pub fn new(language: Option<String>) -> Result<Arc<Self>, CallGuardError> {
        let hint = parse_language(language)?;
        Ok(TranscriptScanner::wrap(CoreStreamScanner::with_scanner(
            CoreScanner::without_providers(),
            hint,
        )))
    }

    /// Feeds the next chunk; returns the indicators it completed, in order. A chunk over
    /// [`MAX_TEXT_BYTES`] throws `InputTooLarge` and is not fed. After `finish` the stream starts
    /// over at offset 0.
    pub fn push(&self, chunk: String) -> Result<Vec<Indicator>, CallGuardError> {
        bound("chunk", &chunk, MAX_TEXT_BYTES)?;
        Ok(indicators(self.lock().push(&chunk)))
    }

    /// Feeds raw UTF-8 bytes, which may end inside a character (the rest comes with the next
    /// chunk); invalid UTF-8 reads as U+FFFD, and offsets count the text so decoded.
    pub fn push_bytes(&self, chunk: Vec<u8>) -> Result<Vec<Indicator>, CallGuardError> {
        if chunk.len() as u64 > MAX_TEXT_BYTES {
            return Err(CallGuardError::InputTooLarge {
                what: "chunk".into(),
                len: chunk.len() as u64,
                max: MAX_TEXT_BYTES,
            });
        }
        Ok(indicators(self.lock().push_bytes(&chunk)))
    }

    /// Ends the stream: scans what is left and returns its indicators.
    pub fn finish(&self) -> Vec<Indicator> {
        indicators(self.lock().finish())
    }

    /// Bytes held back as the unfinished sentence (bounded, whatever the stream's length).
    pub fn buffered(&self) -> u64 {
        self.lock().buffered() as u64
    }

    /// Offset in the stream, in UTF-8 bytes, of the first byte not yet scanned.
    pub fn position(&self) -> u64 {
        self.lock().position() as u64
    }
}

/// The bundled demonstration registry's signed envelope, byte for byte (DEMO ONLY data): what
/// [`CallGuard::bundled`] verified at start-up.
#[uniffi::export]
pub fn bundled_signed_registry() -> Vec<u8> {
    crate::signing::VerifiedRegistry::bundled_envelope().to_vec()
}

/// The longest text [`scan_text`] accepts, in UTF-8 bytes.
#[uniffi::export]
pub fn max_text_bytes() -> u64 {
    MAX_TEXT_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn exported_objects_are_send_and_sync() {
        assert_send_sync::<CallGuard>();
        assert_send_sync::<TrustRoot>();
        assert_send_sync::<TranscriptScanner>();
    }

    #[test]
    fn errors_carry_sentences_not_field_dumps() {
        let e = bound("text", &"a".repeat(11), 10).unwrap_err();
        assert_eq!(
            e.to_string(),
            "text is 11 bytes long; at most 10 are accepted"
        );
        let e = parse_region(Some("China".into())).unwrap_err();
        assert!(matches!(e, CallGuardError::InvalidArgument(_)));
        assert!(e.to_string().contains("\"China\""), "{e}");
        let e = parse_language(Some("x".repeat(10_000))).unwrap_err();
        assert!(e.to_string().len() < 200, "echoed input is bounded: {e}");
    }

    #[test]
    fn bounds_are_enforced_before_any_work() {
        let guard = CallGuard::bundled().unwrap();
        let big = "1".repeat(MAX_NUMBER_BYTES as usize + 1);
        assert!(matches!(
            guard.check_caller(big, None, None),
            Err(CallGuardError::InputTooLarge { .. })
        ));
        let text = "a".repeat(MAX_TEXT_BYTES as usize + 1);
        assert!(matches!(
            scan_text(text, None),
            Err(CallGuardError::InputTooLarge { .. })
        ));
    }

    /// A one-provider registry signed by `key`: provider `id` named `name`, one US number.
    fn signed(key: &crate::signing::SigningKey, version: u64, id: &str, name: &str) -> Vec<u8> {
        let payload = format!(
            r#"{{"schema": 1, "registry_id": "test", "version": {version},
              "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
              "providers": [{{"id": "{id}", "names": {{"zh-Hans": "{name}", "en": "{name}"}},
                "website": "https://{id}.example",
                "numbers": [{{"number": "+18882211161", "channels": ["voice"],
                  "purposes": ["callback"], "source": "https://{id}.example/contact"}}]}}]}}"#
        );
        crate::signing::sign_registry(payload.as_bytes(), &[key]).to_json()
    }

    fn claimed(guard: &CallGuard, text: &str) -> Vec<Option<String>> {
        guard
            .scan_text(text.into(), Some("en".into()))
            .unwrap()
            .into_iter()
            .filter(|i| i.kind == IndicatorKind::ImpersonationClaim)
            .map(|i| i.provider)
            .collect()
    }

    #[test]
    fn the_guard_scanner_follows_registry_updates() {
        let (key, _) = crate::signing::SigningKey::generate().unwrap();
        let root = TrustRoot::from_public_keys(vec![key.public_key().to_pem()], 1).unwrap();
        let guard = CallGuard::open(
            signed(&key, 1, "acmepay", "AcmePay"),
            root,
            "test".into(),
            0,
        )
        .unwrap();
        assert_eq!(
            claimed(&guard, "This is AcmePay customer service."),
            [Some("acmepay".into())]
        );
        assert_eq!(
            claimed(&guard, "This is BetaWallet customer service."),
            [None]
        );

        guard
            .update_registry(signed(&key, 2, "betawallet", "BetaWallet"))
            .unwrap();
        assert_eq!(
            claimed(&guard, "This is BetaWallet customer service."),
            [Some("betawallet".into())]
        );
        assert_eq!(claimed(&guard, "This is AcmePay customer service."), [None]);
        // A transcript scanner started now knows the registry in force now.
        let stream = guard.transcript_scanner(Some("en".into())).unwrap();
        let mut found = stream
            .push("This is BetaWallet customer service.".into())
            .unwrap();
        found.extend(stream.finish());
        assert!(found
            .iter()
            .any(|i| i.provider.as_deref() == Some("betawallet")));
    }

    #[test]
    fn scanners_without_a_registry_name_no_provider() {
        let text = "我是支付宝客服，请把验证码告诉我。";
        let free = scan_text(text.into(), None).unwrap();
        assert!(free.iter().all(|i| i.provider.is_none()), "{free:?}");
        let stream = TranscriptScanner::new(None).unwrap();
        let mut streamed = stream.push(text.into()).unwrap();
        streamed.extend(stream.finish());
        assert_eq!(streamed, free);
        // The bundled guard knows its providers, aliases included (工行 is ICBC's).
        let guard = CallGuard::bundled().unwrap();
        let named = guard.scan_text("我是工行客服".into(), None).unwrap();
        assert!(
            named.iter().any(|i| i.provider.as_deref() == Some("icbc")),
            "{named:?}"
        );
    }
}
