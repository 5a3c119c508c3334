//! The registry of official wallet callback numbers: its data model (a versioned JSON schema),
//! validation, and the lookup index (a hash probe per number).
//!
//! # Schema 1
//! ```json
//! {
//!   "schema": 1,
//!   "registry_id": "callguard-demo",
//!   "version": 1,
//!   "issued_at": "2026-11-23T00:00:00Z",
//!   "expires_at": "2036-11-23T00:00:00Z",
//!   "demo": true,
//!   "notice": "DEMONSTRATION DATA ONLY …",
//!   "predecessor_sha256": null,
//!   "providers": [{
//!     "id": "alipay",
//!     "names": {"zh-Hans": "支付宝", "en": "Alipay"},
//!     "website": "https://www.alipay.com",
//!     "numbers": [{"number": "95188", "region": "CN", "channels": ["voice", "sms"],
//!                  "purposes": ["customer_service"], "source": "https://cshall.alipay.com/"}]
//!   }]
//! }
//! ```
//! Unknown fields are rejected (a field this build ignores could be one a newer build relies
//! on for safety). Times are UTC in the one form `YYYY-MM-DDTHH:MM:SSZ`. Numbers are written
//! canonically: E.164 as `+` and digits, short codes as 3–6 bare digits with their `region`.
//!
//! # Two levels of checking
//! [`Registry::from_json`] (every load, on every device) stops at the first problem and checks
//! numbers with the cheap possible-number test (known calling code, possible length), so a
//! million numbers load in well under a second. [`lint`] (the security team, before signing)
//! reports every problem at once and adds libphonenumber's full validity test per number.
//!
//! A `Registry` is merely well-formed, not trusted: only [`crate::signing::VerifiedRegistry`]
//! (built from a signed envelope) is accepted by [`crate::guard::CallGuard`] and the FFI.

mod index;
mod lookalike;
mod numbering;
mod time;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::number::{CallerId, Region, ShortCode, E164};

use index::{Index, IndexBuilder, Key, Slot};
pub use lookalike::LookalikeKind;
pub use numbering::NumberProblem;

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// Display-name languages every provider must have.
pub const REQUIRED_NAME_LANGUAGES: [&str; 2] = ["zh-Hans", "en"];

/// A parsed and validated registry (not necessarily a *trusted* one: only
/// [`crate::signing::VerifiedRegistry`] is that).
#[derive(Clone, Debug)]
pub struct Registry {
    doc: RegistryDoc,
    issued_at: i64,
    expires_at: i64,
    index: Index,
    providers: HashMap<String, u32>,
    texts: Vec<ProviderText>,
}

/// The registry document as it appears in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryDoc {
    /// Schema version; must equal [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Stable id of this registry series (`"callguard-demo"`): lower-case letters, digits,
    /// `.`, `_` and `-`.
    pub registry_id: String,
    /// Monotonic version, at least 1; a device never accepts a lower one (rollback protection).
    pub version: u64,
    /// UTC time the registry was issued, `YYYY-MM-DDTHH:MM:SSZ`.
    pub issued_at: String,
    /// UTC time after which the registry must not be used, `YYYY-MM-DDTHH:MM:SSZ`.
    pub expires_at: String,
    /// True for the bundled demonstration data; shown wherever the registry is shown.
    #[serde(default)]
    pub demo: bool,
    /// Free text shown with the registry (for demo data: that it is demo data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// Lower-case hex SHA-256 of the previous version's payload bytes (audit trail).
    #[serde(default)]
    pub predecessor_sha256: Option<String>,
    /// The wallet providers and their official numbers.
    pub providers: Vec<Provider>,
}

/// A wallet or payment provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Stable id (`"alipay"`): lower-case ASCII letters, digits and `_`, starting with a
    /// letter; referenced by claims and scanner hits.
    pub id: String,
    /// Display names by BCP 47 tag; `zh-Hans` and `en` are required.
    pub names: BTreeMap<String, String>,
    /// The provider's official website (`https://`).
    pub website: String,
    /// Its official numbers (at least one).
    pub numbers: Vec<OfficialNumber>,
}

/// One official number as published by its provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialNumber {
    /// E.164 (`"+18882211161"`) or a short code (`"95188"`, then `region` is required).
    pub number: String,
    /// ISO region for short codes (and optional for E.164 numbers, where it must match the
    /// calling code).
    #[serde(default)]
    pub region: Option<String>,
    /// Channels the provider uses this number on (at least one).
    pub channels: Vec<Channel>,
    /// What the number is for (at least one).
    pub purposes: Vec<Purpose>,
    /// Public page where the provider publishes this number (`https://`).
    pub source: String,
}

/// A channel an official number is used on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Phone calls.
    Voice,
    /// Text messages.
    Sms,
}

/// What an official number is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Customer service hotline.
    CustomerService,
    /// Outbound callbacks to customers.
    Callback,
    /// Fraud reporting and security.
    Fraud,
    /// Notifications (typically SMS).
    Notifications,
}

/// Why a registry document was rejected. Each variant names where the problem is (see
/// [`RegistryError::location`]) and has a stable code ([`RegistryError::code`]).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RegistryError {
    /// The bytes are not a registry JSON document (the message has line and column; unknown
    /// and missing fields land here too).
    #[error("registry is not valid JSON for schema {SCHEMA_VERSION}: {0}")]
    Json(String),
    /// The document declares a schema this build does not understand.
    #[error("registry schema {found} is not supported (this build reads schema {SCHEMA_VERSION})")]
    UnknownSchema {
        /// The schema the document declares.
        found: u32,
    },
    /// The registry id is empty or has characters outside `a-z 0-9 . _ -`.
    #[error("registry_id {found:?} must be non-empty lower-case letters, digits, '.', '_' or '-'")]
    BadRegistryId {
        /// The id found.
        found: String,
    },
    /// Version 0 (versions start at 1 so a device's floor of 0 accepts any first registry).
    #[error("version must be at least 1")]
    BadVersion,
    /// A time is not `YYYY-MM-DDTHH:MM:SSZ` or not a real instant.
    #[error("{field} {value:?} is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ")]
    BadTime {
        /// `issued_at` or `expires_at`.
        field: &'static str,
        /// The text found.
        value: String,
    },
    /// The registry expires at or before the time it was issued.
    #[error("expires_at {expires_at} is not after issued_at {issued_at}")]
    ExpiryNotAfterIssue {
        /// The issue time found.
        issued_at: String,
        /// The expiry time found.
        expires_at: String,
    },
    /// `predecessor_sha256` is not 64 lower-case hex digits.
    #[error("predecessor_sha256 {value:?} must be 64 lower-case hex digits")]
    BadPredecessor {
        /// The text found.
        value: String,
    },
    /// The registry lists no providers.
    #[error("registry lists no providers")]
    NoProviders,
    /// A provider id is empty or not lower-case `a-z 0-9 _` starting with a letter.
    #[error("provider id {provider:?} must be lower-case letters, digits and '_', starting with a letter")]
    BadProviderId {
        /// The id found.
        provider: String,
    },
    /// Two providers share an id.
    #[error("provider id {provider:?} is used twice")]
    DuplicateProvider {
        /// The repeated id.
        provider: String,
    },
    /// A provider lacks a required display name (or has a blank one).
    #[error("provider {provider:?} needs a non-empty {language:?} name")]
    MissingName {
        /// The provider.
        provider: String,
        /// The missing language tag (`zh-Hans` or `en`).
        language: &'static str,
    },
    /// A website or source is not an `https://` URL with a host.
    #[error("{location}: {url:?} must be an https:// URL")]
    BadUrl {
        /// Where (`providers[alipay].website`, `providers[alipay].numbers[95188].source`).
        location: String,
        /// The text found.
        url: String,
    },
    /// A provider lists no numbers.
    #[error("provider {provider:?} lists no numbers")]
    NoNumbers {
        /// The provider.
        provider: String,
    },
    /// A number does not normalize (not canonical, unknown calling code, impossible length…).
    #[error("provider {provider:?}, number {number:?}: {problem}")]
    BadNumber {
        /// The provider listing it.
        provider: String,
        /// The number as written.
        number: String,
        /// What is wrong with it.
        problem: NumberProblem,
    },
    /// A number lists no channels or no purposes.
    #[error("provider {provider:?}, number {number:?}: {field} must not be empty")]
    EmptyList {
        /// The provider listing it.
        provider: String,
        /// The number as written.
        number: String,
        /// `channels` or `purposes`.
        field: &'static str,
    },
    /// A number is listed twice, by two providers or by the same one.
    #[error("number {number:?} is listed by {first:?} and again by {second:?}; a number belongs to one provider, once")]
    DuplicateNumber {
        /// The number as written the second time.
        number: String,
        /// The provider listing it first.
        first: String,
        /// The provider listing it again.
        second: String,
    },
}

impl RegistryError {
    /// Stable snake_case code for tools (`"duplicate_number"`, …).
    pub fn code(&self) -> &'static str {
        match self {
            RegistryError::Json(_) => "bad_json",
            RegistryError::UnknownSchema { .. } => "unknown_schema",
            RegistryError::BadRegistryId { .. } => "bad_registry_id",
            RegistryError::BadVersion => "bad_version",
            RegistryError::BadTime { .. } => "bad_time",
            RegistryError::ExpiryNotAfterIssue { .. } => "expiry_not_after_issue",
            RegistryError::BadPredecessor { .. } => "bad_predecessor",
            RegistryError::NoProviders => "no_providers",
            RegistryError::BadProviderId { .. } => "bad_provider_id",
            RegistryError::DuplicateProvider { .. } => "duplicate_provider",
            RegistryError::MissingName { .. } => "missing_name",
            RegistryError::BadUrl { .. } => "bad_url",
            RegistryError::NoNumbers { .. } => "no_numbers",
            RegistryError::BadNumber { .. } => "bad_number",
            RegistryError::EmptyList { .. } => "empty_list",
            RegistryError::DuplicateNumber { .. } => "duplicate_number",
        }
    }

    /// Where in the document the problem is, as a path (`providers[alipay].numbers[95188]`),
    /// or `""` for the document as a whole.
    pub fn location(&self) -> String {
        let number = |p: &str, n: &str| format!("providers[{p}].numbers[{n}]");
        match self {
            RegistryError::Json(_) | RegistryError::NoProviders => String::new(),
            RegistryError::UnknownSchema { .. } => "schema".into(),
            RegistryError::BadRegistryId { .. } => "registry_id".into(),
            RegistryError::BadVersion => "version".into(),
            RegistryError::BadTime { field, .. } => (*field).into(),
            RegistryError::ExpiryNotAfterIssue { .. } => "expires_at".into(),
            RegistryError::BadPredecessor { .. } => "predecessor_sha256".into(),
            RegistryError::BadProviderId { provider }
            | RegistryError::DuplicateProvider { provider }
            | RegistryError::NoNumbers { provider } => format!("providers[{provider}]"),
            RegistryError::MissingName { provider, language } => {
                format!("providers[{provider}].names.{language}")
            }
            RegistryError::BadUrl { location, .. } => location.clone(),
            RegistryError::BadNumber {
                provider,
                number: n,
                ..
            } => number(provider, n),
            RegistryError::EmptyList {
                provider,
                number: n,
                field,
            } => format!("{}.{field}", number(provider, n)),
            RegistryError::DuplicateNumber {
                second, number: n, ..
            } => number(second, n),
        }
    }
}

/// An official number found in a registry, with its provider.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OfficialRef<'a> {
    /// The provider it belongs to.
    pub provider: &'a Provider,
    /// The number as the registry lists it.
    pub number: &'a OfficialNumber,
    /// Its region: the one listed, or else the main region of its calling code.
    pub region: Option<Region>,
    /// The provider's position in the document (for its precomputed texts).
    pub(crate) provider_index: u32,
}

/// A provider's texts for verdict messages, computed once at load so a check only copies them.
#[derive(Clone, Debug)]
pub(crate) struct ProviderText {
    /// `English (中文)` (`"Alipay (支付宝)"`), falling back to whichever exists, then the id.
    pub(crate) display: String,
    /// The English name alone (`"Alipay"`), for possessives; else the display name.
    pub(crate) short: String,
    /// Numbers to call the provider back on (see [`Registry::callback_numbers`]).
    pub(crate) callback: Vec<String>,
    /// The same joined with `" or "`.
    pub(crate) callback_joined: String,
}

impl ProviderText {
    fn of(p: &Provider) -> ProviderText {
        let display = match (p.names.get("en"), p.names.get("zh-Hans")) {
            (Some(en), Some(zh)) if en != zh => format!("{en} ({zh})"),
            (Some(name), _) | (None, Some(name)) => name.clone(),
            (None, None) => p.id.clone(),
        };
        let short = p
            .names
            .get("en")
            .cloned()
            .unwrap_or_else(|| display.clone());
        let callback = callback_numbers_of(p);
        let callback_joined = callback.join(" or ");
        ProviderText {
            display,
            short,
            callback,
            callback_joined,
        }
    }
}

/// Most numbers a verdict offers to call a provider back on: a person needs one or two,
/// and a provider listing thousands of numbers must not flood every answer.
pub const MAX_CALLBACK_NUMBERS: usize = 3;

/// See [`Registry::callback_numbers`].
fn callback_numbers_of(provider: &Provider) -> Vec<String> {
    let voice = |n: &OfficialNumber| n.channels.contains(&Channel::Voice);
    let for_people = |n: &OfficialNumber| {
        n.purposes
            .iter()
            .any(|p| matches!(p, Purpose::CustomerService | Purpose::Callback))
    };
    let numbers = &provider.numbers;
    let mut picked: Vec<usize> = Vec::new();
    let passes: [&dyn Fn(&OfficialNumber) -> bool; 3] =
        [&|n| voice(n) && for_people(n), &voice, &|_| true];
    for (pass, wanted) in passes.iter().enumerate() {
        if pass == 2 && !picked.is_empty() {
            break; // non-voice numbers only when the provider lists none for voice
        }
        for (i, n) in numbers.iter().enumerate() {
            if picked.len() >= MAX_CALLBACK_NUMBERS {
                break;
            }
            if wanted(n) && !picked.contains(&i) {
                picked.push(i);
            }
        }
    }
    picked
        .into_iter()
        .map(|i| numbers[i].number.clone())
        .collect()
}

/// An official number a caller number resembles, and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lookalike<'a> {
    /// The disguise.
    pub kind: LookalikeKind,
    /// The official number it imitates.
    pub official: OfficialRef<'a>,
}

/// Stops validation at the first problem (load) or collects all of them (lint).
struct Problems {
    all: Vec<RegistryError>,
    fail_fast: bool,
}

/// Marker: validation stopped early.
struct Stop;

impl Problems {
    fn add(&mut self, e: RegistryError) -> Result<(), Stop> {
        self.all.push(e);
        if self.fail_fast {
            Err(Stop)
        } else {
            Ok(())
        }
    }
}

/// The parts of a registry that validation builds.
struct Built {
    issued_at: i64,
    expires_at: i64,
    index: Index,
    providers: HashMap<String, u32>,
}

fn is_registry_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

fn is_provider_id(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_https_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Every check of the schema, in document order, then the index build (which finds repeated
/// numbers, so those are reported last).
fn validate(doc: &RegistryDoc, problems: &mut Problems) -> Result<Built, Stop> {
    if doc.schema != SCHEMA_VERSION {
        problems.add(RegistryError::UnknownSchema { found: doc.schema })?;
    }
    if !is_registry_id(&doc.registry_id) {
        problems.add(RegistryError::BadRegistryId {
            found: doc.registry_id.clone(),
        })?;
    }
    if doc.version == 0 {
        problems.add(RegistryError::BadVersion)?;
    }
    let mut time = |field: &'static str, value: &str| match time::parse_utc(value) {
        Some(t) => Ok(Some(t)),
        None => problems
            .add(RegistryError::BadTime {
                field,
                value: value.to_owned(),
            })
            .map(|()| None),
    };
    let issued_at = time("issued_at", &doc.issued_at)?;
    let expires_at = time("expires_at", &doc.expires_at)?;
    if let (Some(i), Some(e)) = (issued_at, expires_at) {
        if e <= i {
            problems.add(RegistryError::ExpiryNotAfterIssue {
                issued_at: doc.issued_at.clone(),
                expires_at: doc.expires_at.clone(),
            })?;
        }
    }
    if let Some(p) = &doc.predecessor_sha256 {
        if !is_sha256_hex(p) {
            problems.add(RegistryError::BadPredecessor { value: p.clone() })?;
        }
    }
    if doc.providers.is_empty() {
        problems.add(RegistryError::NoProviders)?;
    }

    let total: usize = doc.providers.iter().map(|p| p.numbers.len()).sum();
    let mut builder = IndexBuilder::with_capacity(total);
    let mut providers: HashMap<String, u32> = HashMap::with_capacity(doc.providers.len());
    for (pi, provider) in doc.providers.iter().enumerate() {
        let pid = &provider.id;
        if !is_provider_id(pid) {
            problems.add(RegistryError::BadProviderId {
                provider: pid.clone(),
            })?;
        }
        if providers.insert(pid.clone(), pi as u32).is_some() {
            problems.add(RegistryError::DuplicateProvider {
                provider: pid.clone(),
            })?;
        }
        for language in REQUIRED_NAME_LANGUAGES {
            if provider
                .names
                .get(language)
                .is_none_or(|n| n.trim().is_empty())
            {
                problems.add(RegistryError::MissingName {
                    provider: pid.clone(),
                    language,
                })?;
            }
        }
        if !is_https_url(&provider.website) {
            problems.add(RegistryError::BadUrl {
                location: format!("providers[{pid}].website"),
                url: provider.website.clone(),
            })?;
        }
        if provider.numbers.is_empty() {
            problems.add(RegistryError::NoNumbers {
                provider: pid.clone(),
            })?;
        }
        for (ni, official) in provider.numbers.iter().enumerate() {
            let number = &official.number;
            let at = |problem| RegistryError::BadNumber {
                provider: pid.clone(),
                number: number.clone(),
                problem,
            };
            match numbering::canonical(number, official.region.as_deref()) {
                Ok(canonical) => builder.add(
                    &canonical,
                    Slot {
                        provider: pi as u32,
                        number: ni as u32,
                    },
                ),
                Err(problem) => problems.add(at(problem))?,
            }
            for (field, empty) in [
                ("channels", official.channels.is_empty()),
                ("purposes", official.purposes.is_empty()),
            ] {
                if empty {
                    problems.add(RegistryError::EmptyList {
                        provider: pid.clone(),
                        number: number.clone(),
                        field,
                    })?;
                }
            }
            if !is_https_url(&official.source) {
                problems.add(RegistryError::BadUrl {
                    location: format!("providers[{pid}].numbers[{number}].source"),
                    url: official.source.clone(),
                })?;
            }
        }
    }
    // Repeated numbers come out of the batch build (reported after the other problems).
    let (index, duplicates) = builder.finish();
    for d in duplicates {
        let provider = &doc.providers[d.again.provider as usize];
        problems.add(RegistryError::DuplicateNumber {
            number: provider.numbers[d.again.number as usize].number.clone(),
            first: doc.providers[d.first.provider as usize].id.clone(),
            second: provider.id.clone(),
        })?;
    }
    Ok(Built {
        issued_at: issued_at.unwrap_or_default(),
        expires_at: expires_at.unwrap_or_default(),
        index,
        providers,
    })
}

/// Parses JSON into a document; a parse failure of a document declaring another schema is
/// reported as [`RegistryError::UnknownSchema`] (its fields are expected not to fit).
fn parse_doc(bytes: &[u8]) -> Result<RegistryDoc, RegistryError> {
    serde_json::from_slice::<RegistryDoc>(bytes).map_err(|e| {
        #[derive(Deserialize)]
        struct SchemaOnly {
            schema: u32,
        }
        match serde_json::from_slice::<SchemaOnly>(bytes) {
            Ok(SchemaOnly { schema }) if schema != SCHEMA_VERSION => {
                RegistryError::UnknownSchema { found: schema }
            }
            _ => RegistryError::Json(e.to_string()),
        }
    })
}

/// Every problem in a registry document, with locations, for the security team before signing:
/// the checks of [`Registry::from_json`] (without stopping at the first) plus libphonenumber's
/// full validity test of each number through [`crate::number::normalize`]. Empty means clean.
pub fn lint(bytes: &[u8]) -> Vec<RegistryError> {
    match parse_doc(bytes) {
        Ok(doc) => lint_doc(&doc),
        Err(e) => vec![e],
    }
}

/// [`lint`] over an already parsed document.
pub fn lint_doc(doc: &RegistryDoc) -> Vec<RegistryError> {
    let mut problems = Problems {
        all: Vec::new(),
        fail_fast: false,
    };
    // Never stops early when not failing fast.
    let _ = validate(doc, &mut problems);
    for provider in &doc.providers {
        for official in &provider.numbers {
            let Ok(canonical) = numbering::canonical(&official.number, official.region.as_deref())
            else {
                continue; // already reported
            };
            if let Some(why) = full_validity_problem(&official.number, canonical) {
                problems.all.push(RegistryError::BadNumber {
                    provider: provider.id.clone(),
                    number: official.number.clone(),
                    problem: NumberProblem::NotValid(why),
                });
            }
        }
    }
    problems.all
}

/// Why `normalize` does not turn a registry number back into itself, if it does not.
fn full_validity_problem(number: &str, canonical: numbering::Canonical) -> Option<String> {
    let (region, want) = match canonical {
        numbering::Canonical::E164 { digits, region } => (region, Key::e164(digits)),
        numbering::Canonical::ShortCode { region, .. } => {
            (Some(region), Key::of_canonical(&canonical))
        }
    };
    match crate::number::normalize(number, region) {
        Ok(CallerId::Number(e)) if Key::of_e164(e) == want => None,
        Ok(CallerId::ShortCode(s)) if Key::of_short_code(&s) == Some(want) => None,
        Ok(CallerId::Number(e)) => Some(format!("normalizes to {e}")),
        Ok(CallerId::ShortCode(s)) => Some(format!("normalizes to short code {}", s.digits)),
        Ok(CallerId::Withheld) => Some("reads as a withheld caller".into()),
        Err(e) => Some(e.to_string()),
    }
}

impl Registry {
    /// Parses and validates a registry document from its exact JSON bytes, stopping at the
    /// first problem. This is what a verified envelope's payload goes through.
    pub fn from_json(bytes: &[u8]) -> Result<Registry, RegistryError> {
        Registry::from_doc(parse_doc(bytes)?)
    }

    /// Validates a document and builds its index, stopping at the first problem.
    pub fn from_doc(doc: RegistryDoc) -> Result<Registry, RegistryError> {
        let mut problems = Problems {
            all: Vec::new(),
            fail_fast: true,
        };
        match validate(&doc, &mut problems) {
            Ok(built) if problems.all.is_empty() => Ok(Registry {
                texts: doc.providers.iter().map(ProviderText::of).collect(),
                doc,
                issued_at: built.issued_at,
                expires_at: built.expires_at,
                index: built.index,
                providers: built.providers,
            }),
            _ => Err(problems
                .all
                .into_iter()
                .next()
                .expect("validation stops only on a problem")),
        }
    }

    /// The document this registry was built from.
    pub fn doc(&self) -> &RegistryDoc {
        &self.doc
    }

    /// The registry series id (`"callguard-demo"`).
    pub fn id(&self) -> &str {
        &self.doc.registry_id
    }

    /// The registry's version.
    pub fn version(&self) -> u64 {
        self.doc.version
    }

    /// True for demonstration data, which every display must mark as such.
    pub fn is_demo(&self) -> bool {
        self.doc.demo
    }

    /// Issue time in seconds since the Unix epoch.
    pub fn issued_at_unix(&self) -> i64 {
        self.issued_at
    }

    /// Expiry time in seconds since the Unix epoch.
    pub fn expires_at_unix(&self) -> i64 {
        self.expires_at
    }

    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers
            .get(id)
            .map(|&i| &self.doc.providers[i as usize])
    }

    /// How many providers the registry lists.
    pub fn provider_count(&self) -> usize {
        self.doc.providers.len()
    }

    /// How many official numbers the registry lists.
    pub fn number_count(&self) -> usize {
        self.index.len()
    }

    /// Estimated heap bytes of the lookup index (excluding the document itself), for
    /// reporting bytes per number.
    pub fn index_bytes(&self) -> usize {
        self.index.heap_bytes()
            + self.providers.capacity() * (std::mem::size_of::<(String, u32)>() + 1)
            + self.providers.keys().map(String::capacity).sum::<usize>()
    }

    fn official(&self, slot: Slot) -> OfficialRef<'_> {
        let provider = &self.doc.providers[slot.provider as usize];
        let number = &provider.numbers[slot.number as usize];
        let region = match number.region.as_deref() {
            Some(r) => Region::parse(r),
            None => region_of_international(number.number.trim_start_matches('+')),
        };
        OfficialRef {
            provider,
            number,
            region,
            provider_index: slot.provider,
        }
    }

    /// The position of the provider with this id.
    pub(crate) fn provider_index(&self, id: &str) -> Option<u32> {
        self.providers.get(id).copied()
    }

    /// The precomputed texts of the provider at `index` (from [`OfficialRef`] or
    /// [`Registry::provider_index`]).
    pub(crate) fn text(&self, index: u32) -> &ProviderText {
        &self.texts[index as usize]
    }

    /// The official number with these E.164 digits: one hash probe.
    #[inline]
    pub fn lookup_e164(&self, number: E164) -> Option<OfficialRef<'_>> {
        self.index
            .get(Key::of_e164(number))
            .map(|s| self.official(s))
    }

    /// The official short code with this region and digits: one hash probe.
    pub fn lookup_short_code(&self, code: &ShortCode) -> Option<OfficialRef<'_>> {
        Key::of_short_code(code)
            .and_then(|k| self.index.get(k))
            .map(|s| self.official(s))
    }

    /// The official number a normalized caller ID is, if any.
    pub fn lookup(&self, caller: &CallerId) -> Option<OfficialRef<'_>> {
        match caller {
            CallerId::Number(e) => self.lookup_e164(*e),
            CallerId::ShortCode(s) => self.lookup_short_code(s),
            CallerId::Withheld => None,
        }
    }

    /// An official short code written in international form, its own region's calling code
    /// in front and nothing after (`+86 95188`, as roaming phones may show a CN short code):
    /// `international` is the ASCII digits after `+` or the international dialling prefix.
    pub fn lookup_international_short_code(&self, international: &str) -> Option<OfficialRef<'_>> {
        let b = international.as_bytes();
        if b.len() > lookalike::MAX_QUERY_DIGITS || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let digits: Vec<u8> = b.iter().map(|c| c - b'0').collect();
        let (cc, c) = numbering::plans().country_code(&digits)?;
        self.index.short_code_regions().iter().find_map(|&region| {
            let info = numbering::plans().region(region)?;
            if info.country_code != cc {
                return None;
            }
            let key = Key::short_code(region, &digits[c..])?;
            self.index.get(key).map(|s| self.official(s))
        })
    }

    /// Official numbers that international digits (ASCII, after `+` or the international
    /// dialling prefix) resemble but do not equal; most telling disguise first.
    pub fn lookalikes_international(&self, international: &str) -> Vec<Lookalike<'_>> {
        lookalike::search_international(&self.index, international)
            .into_iter()
            .map(|h| Lookalike {
                kind: h.kind,
                official: self.official(h.slot),
            })
            .collect()
    }

    /// Official short codes that `digits` (ASCII) dialled in `region` resemble but do not
    /// equal; with `region` `None`, in every region that has official short codes.
    pub fn lookalikes_short_code(
        &self,
        region: Option<Region>,
        digits: &str,
    ) -> Vec<Lookalike<'_>> {
        lookalike::search_short_code(&self.index, region, digits)
            .into_iter()
            .map(|h| Lookalike {
                kind: h.kind,
                official: self.official(h.slot),
            })
            .collect()
    }

    /// Official short codes with exactly these digits (ASCII), in any region (for a bare
    /// short code given without a region).
    pub fn short_codes_anywhere(&self, digits: &str) -> Vec<OfficialRef<'_>> {
        self.index
            .short_code_regions()
            .iter()
            .filter_map(|&region| {
                self.lookup_short_code(&ShortCode {
                    region,
                    digits: digits.to_owned(),
                })
            })
            .collect()
    }

    /// Numbers to call a provider back on, each as listed (E.164 or short code), at most
    /// [`MAX_CALLBACK_NUMBERS`] in document order: voice numbers for customer service or
    /// callbacks first, then other voice numbers, and any numbers only when none is for voice.
    pub fn callback_numbers(&self, provider: &Provider) -> Vec<String> {
        callback_numbers_of(provider)
    }

    /// Regions whose plans the registry's short codes live in (few).
    pub fn short_code_regions(&self) -> &[Region] {
        self.index.short_code_regions()
    }
}

/// The international dialling prefix and national (trunk) prefix of a region, from the
/// numbering plans (`CN` → `("00", "0")`, `US` → `("011", "1")`), for turning dialled digits
/// into international digits in the lookalike search.
pub fn dialling_prefixes(region: Region) -> (Option<&'static str>, Option<&'static str>) {
    match numbering::plans().region(region) {
        Some(info) => (
            info.international_prefix.as_deref(),
            info.national_prefix.as_deref(),
        ),
        None => (None, None),
    }
}

/// The calling code of a region (`CN` → 86), if a numbering plan uses the region.
pub fn country_code_of_region(region: Region) -> Option<u16> {
    numbering::plans().region(region).map(|i| i.country_code)
}

/// The main region of the calling code E.164 digits (ASCII) start with (`"1888…"` → US).
pub fn region_of_international(international: &str) -> Option<Region> {
    let mut digits = [0u8; 3];
    let mut n = 0;
    for c in international.bytes().take(3) {
        if !c.is_ascii_digit() {
            break;
        }
        digits[n] = c - b'0';
        n += 1;
    }
    let plans = numbering::plans();
    plans
        .country_code(&digits[..n])
        .and_then(|(cc, _)| plans.main_region(cc))
}
