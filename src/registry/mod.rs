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
//!   }, {
//!     "id": "paypal",
//!     "names": {"zh-Hans": "贝宝", "en": "PayPal"},
//!     "website": "https://www.paypal.com",
//!     "defaults": {"channels": ["voice"], "purposes": ["callback"],
//!                  "source": "https://www.paypal.com/us/smarthelp/contact-us"},
//!     "numbers": ["+18882211161", "+14029352050"]
//!   }]
//! }
//! ```
//! Unknown fields are rejected (a field this build ignores could be one a newer build relies
//! on for safety). Times are UTC in the one form `YYYY-MM-DDTHH:MM:SSZ`. Numbers are written
//! canonically: E.164 as `+` and digits, short codes as 3–6 bare digits with their `region`.
//!
//! A number's `region`, `channels`, `purposes` and `source` may be left out when its
//! provider's `defaults` give them, and a number with nothing of its own but its digits may
//! be written as a bare string (the compact form; a bare short code needs a default region). The compact form is what keeps a registry of a million
//! numbers near 20 bytes per number, so it verifies and loads in a fraction of a second.
//!
//! # Two levels of checking
//! [`Registry::from_json`] (every load, on every device) stops at the first problem and checks
//! numbers with the cheap possible-number test (known calling code, possible length), so a
//! million numbers load in well under a second. [`lint`] (the security team, before signing)
//! reports every problem at once and adds libphonenumber's full validity test per number.
//!
//! A `Registry` is merely well-formed, not trusted: only [`crate::signing::VerifiedRegistry`]
//! (built from a signed envelope) is accepted by [`crate::guard::CallGuard`] and the FFI.

mod compact;
mod index;
mod lookalike;
mod numbering;
mod time;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::number::{CallerId, Region, ShortCode, E164};

pub use compact::compact;
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
    /// What its numbers have unless they say otherwise (see [`Provider::channels_of`]).
    #[serde(default, skip_serializing_if = "NumberFields::is_empty")]
    pub defaults: NumberFields,
    /// Its official numbers (at least one).
    #[serde(with = "number_forms")]
    pub numbers: Vec<OfficialNumber>,
}

impl Provider {
    /// The region `number` (one of this provider's) is given with: its own, else the
    /// provider's default.
    pub fn region_of<'a>(&'a self, number: &'a OfficialNumber) -> Option<&'a str> {
        number
            .fields()
            .region
            .as_deref()
            .or(self.defaults.region.as_deref())
    }

    /// The channels `number` is used on: its own list, else the provider's default (empty only
    /// in a document that failed validation).
    pub fn channels_of<'a>(&'a self, number: &'a OfficialNumber) -> &'a [Channel] {
        number
            .fields()
            .channels
            .as_deref()
            .or(self.defaults.channels.as_deref())
            .unwrap_or_default()
    }

    /// What `number` is for: its own list, else the provider's default.
    pub fn purposes_of<'a>(&'a self, number: &'a OfficialNumber) -> &'a [Purpose] {
        number
            .fields()
            .purposes
            .as_deref()
            .or(self.defaults.purposes.as_deref())
            .unwrap_or_default()
    }

    /// Where `number` is published: its own source, else the provider's default.
    pub fn source_of<'a>(&'a self, number: &'a OfficialNumber) -> &'a str {
        number
            .fields()
            .source
            .as_deref()
            .or(self.defaults.source.as_deref())
            .unwrap_or_default()
    }
}

/// What a number says about itself beside its digits, each optional: a number's own fields
/// win, and the provider's `defaults` (the same shape) fill in the rest.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberFields {
    /// ISO region: required for short codes, optional for E.164 numbers (where it must
    /// match the calling code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Channels the number is used on (not empty when given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Channel>>,
    /// What the number is for (not empty when given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purposes: Option<Vec<Purpose>>,
    /// Public page where the provider publishes the number (`https://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// No fields set: what a bare-string number has of its own.
static NO_FIELDS: NumberFields = NumberFields {
    region: None,
    channels: None,
    purposes: None,
    source: None,
};

impl NumberFields {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == NO_FIELDS
    }
}

/// One official number as published by its provider: in JSON a bare string (nothing of its
/// own but the digits, the compact form) or an object with `number` and any [`NumberFields`].
/// Read its effective fields through [`Provider::channels_of`] and its siblings.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficialNumber {
    /// E.164 (`"+18882211161"`) or a short code (`"95188"`, then a region is required).
    pub number: String,
    /// The fields the number gives itself; `None` when it gives none. Boxed so that a
    /// million bare numbers cost a string and a pointer each.
    pub own: Option<Box<NumberFields>>,
}

impl OfficialNumber {
    /// The fields the number gives itself (all unset for a bare number).
    pub fn fields(&self) -> &NumberFields {
        self.own.as_deref().unwrap_or(&NO_FIELDS)
    }
}

/// A provider's `numbers` in either form: bare strings and objects, mixed freely.
mod number_forms {
    use std::fmt;

    use serde::de::{self, value::MapAccessDeserializer, MapAccess, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{NumberFields, OfficialNumber};

    /// A number written as an object (the wire shape of [`NumberFields`] plus `number`).
    #[derive(Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    struct Object {
        number: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channels: Option<Vec<super::Channel>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        purposes: Option<Vec<super::Purpose>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<String>,
    }

    /// One entry of `numbers` as read.
    struct Entry(OfficialNumber);

    impl<'de> Deserialize<'de> for Entry {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
            struct Form;
            impl<'de> Visitor<'de> for Form {
                type Value = Entry;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a number: a string, or an object with \"number\"")
                }
                fn visit_str<E: de::Error>(self, number: &str) -> Result<Entry, E> {
                    Ok(Entry(OfficialNumber {
                        number: number.to_owned(),
                        own: None,
                    }))
                }
                fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
                    let o = Object::deserialize(MapAccessDeserializer::new(map))?;
                    let fields = NumberFields {
                        region: o.region,
                        channels: o.channels,
                        purposes: o.purposes,
                        source: o.source,
                    };
                    Ok(Entry(OfficialNumber {
                        number: o.number,
                        own: (!fields.is_empty()).then(|| Box::new(fields)),
                    }))
                }
            }
            d.deserialize_any(Form)
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<OfficialNumber>, D::Error> {
        let entries = Vec::<Entry>::deserialize(d)?;
        Ok(entries.into_iter().map(|Entry(n)| n).collect())
    }

    /// Writes a number with no fields of its own as a bare string, any other as an object.
    pub(super) fn serialize<S: Serializer>(
        numbers: &[OfficialNumber],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        struct Written<'a>(&'a OfficialNumber);
        impl Serialize for Written<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let n = self.0;
                match n.own.as_deref() {
                    None => s.serialize_str(&n.number),
                    Some(f) => Object {
                        number: n.number.clone(),
                        region: f.region.clone(),
                        channels: f.channels.clone(),
                        purposes: f.purposes.clone(),
                        source: f.source.clone(),
                    }
                    .serialize(s),
                }
            }
        }
        s.collect_seq(numbers.iter().map(Written))
    }
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
    /// A number or a provider's defaults give an empty list of channels or purposes.
    #[error("{location}.{field} must not be empty")]
    EmptyList {
        /// The number (`providers[alipay].numbers[95188]`) or `providers[alipay].defaults`.
        location: String,
        /// `channels` or `purposes`.
        field: &'static str,
    },
    /// A number leaves out channels, purposes or source and its provider has no default.
    #[error("provider {provider:?}, number {number:?}: no {field}, and the provider has no defaults.{field}")]
    MissingField {
        /// The provider listing it.
        provider: String,
        /// The number as written.
        number: String,
        /// `channels`, `purposes` or `source`.
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
            RegistryError::MissingField { .. } => "missing_field",
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
            RegistryError::EmptyList { location, field } => format!("{location}.{field}"),
            RegistryError::MissingField {
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
    let voice = |n: &OfficialNumber| provider.channels_of(n).contains(&Channel::Voice);
    let for_people = |n: &OfficialNumber| {
        provider
            .purposes_of(n)
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

/// Reports a channels or purposes list that is given but empty, at `location()`.
fn check_lists(
    channels: &Option<Vec<Channel>>,
    purposes: &Option<Vec<Purpose>>,
    location: impl Fn() -> String,
    problems: &mut Problems,
) -> Result<(), Stop> {
    for (field, empty) in [
        ("channels", channels.as_ref().is_some_and(Vec::is_empty)),
        ("purposes", purposes.as_ref().is_some_and(Vec::is_empty)),
    ] {
        if empty {
            problems.add(RegistryError::EmptyList {
                location: location(),
                field,
            })?;
        }
    }
    Ok(())
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
        check_lists(
            &provider.defaults.channels,
            &provider.defaults.purposes,
            || format!("providers[{pid}].defaults"),
            problems,
        )?;
        if let Some(source) = &provider.defaults.source {
            if !is_https_url(source) {
                problems.add(RegistryError::BadUrl {
                    location: format!("providers[{pid}].defaults.source"),
                    url: source.clone(),
                })?;
            }
        }
        if provider.numbers.is_empty() {
            problems.add(RegistryError::NoNumbers {
                provider: pid.clone(),
            })?;
        }
        // Fields no number may leave out when the provider has no default for them.
        let defaults = &provider.defaults;
        let required = [
            ("channels", defaults.channels.is_none()),
            ("purposes", defaults.purposes.is_none()),
            ("source", defaults.source.is_none()),
        ];
        for (ni, official) in provider.numbers.iter().enumerate() {
            let number = &official.number;
            match numbering::canonical(number, provider.region_of(official)) {
                Ok(canonical) => builder.add(
                    &canonical,
                    Slot {
                        provider: pi as u32,
                        number: ni as u32,
                    },
                ),
                Err(problem) => problems.add(RegistryError::BadNumber {
                    provider: pid.clone(),
                    number: number.clone(),
                    problem,
                })?,
            }
            let own = official.fields();
            let given = [
                own.channels.is_some(),
                own.purposes.is_some(),
                own.source.is_some(),
            ];
            for ((field, no_default), given) in required.into_iter().zip(given) {
                if no_default && !given {
                    problems.add(RegistryError::MissingField {
                        provider: pid.clone(),
                        number: number.clone(),
                        field,
                    })?;
                }
            }
            check_lists(
                &own.channels,
                &own.purposes,
                || format!("providers[{pid}].numbers[{number}]"),
                problems,
            )?;
            if let Some(source) = &own.source {
                if !is_https_url(source) {
                    problems.add(RegistryError::BadUrl {
                        location: format!("providers[{pid}].numbers[{number}].source"),
                        url: source.clone(),
                    })?;
                }
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

/// Loads the numbering plans that validating a registry needs (once per process, from
/// phonenumber's metadata), so a caller can do it while other work runs.
pub(crate) fn load_numbering_plans() {
    numbering::plans();
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
            let Ok(canonical) =
                numbering::canonical(&official.number, provider.region_of(official))
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
        let region = match provider.region_of(number) {
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
