//! Why a registry document was rejected, with a stable code and a location for each problem.

use super::{NumberProblem, SCHEMA_VERSION};

/// Why a registry document was rejected. Each variant names where the problem is (see
/// [`RegistryError::location`]) and has a stable code ([`RegistryError::code`]).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
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
    /// A display name in some language is blank.
    #[error("provider {provider:?} has a blank {language:?} name; remove it or give the name")]
    BlankName {
        /// The provider.
        provider: String,
        /// The language tag of the blank name.
        language: String,
    },
    /// An alias is blank or repeats a name or alias of the same provider.
    #[error("provider {provider:?}: alias {alias:?} is {why}")]
    BadAlias {
        /// The provider.
        provider: String,
        /// The alias as written.
        alias: String,
        /// `blank` or `a repeat`.
        why: &'static str,
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
    /// A `notice_keys` entry is not an Ed25519 key in the form the registry writes keys, or is
    /// listed twice.
    #[error("provider {provider:?}: notice key {key:?} is {why}; write the base64 body line of a `callguard registry keygen` .pub file (MCowBQYDK2VwAyEA…)")]
    BadNoticeKey {
        /// The provider.
        provider: String,
        /// The entry as written.
        key: String,
        /// What is wrong with it.
        why: &'static str,
    },
    /// A provider announces every call but lists no key to sign the announcements with, so
    /// every call from its numbers would be called spoofed.
    #[error("provider {provider:?} sets announces_calls but lists no notice_keys; add the key its notices are signed with")]
    AnnouncesWithoutKeys {
        /// The provider.
        provider: String,
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
            RegistryError::BlankName { .. } => "blank_name",
            RegistryError::BadAlias { .. } => "bad_alias",
            RegistryError::BadUrl { .. } => "bad_url",
            RegistryError::NoNumbers { .. } => "no_numbers",
            RegistryError::BadNumber { .. } => "bad_number",
            RegistryError::EmptyList { .. } => "empty_list",
            RegistryError::MissingField { .. } => "missing_field",
            RegistryError::DuplicateNumber { .. } => "duplicate_number",
            RegistryError::BadNoticeKey { .. } => "bad_notice_key",
            RegistryError::AnnouncesWithoutKeys { .. } => "announces_without_keys",
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
            RegistryError::BlankName { provider, language } => {
                format!("providers[{provider}].names.{language}")
            }
            RegistryError::BadAlias {
                provider, alias, ..
            } => {
                format!("providers[{provider}].aliases[{alias}]")
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
            RegistryError::BadNoticeKey { provider, key, .. } => {
                format!("providers[{provider}].notice_keys[{key}]")
            }
            RegistryError::AnnouncesWithoutKeys { provider } => {
                format!("providers[{provider}].announces_calls")
            }
        }
    }
}
