//! The registry of official wallet callback numbers: its data model (a versioned JSON schema),
//! validation, and the lookup index (a hash probe per number).
//!
//! SKELETON: the types below are the contract `verdict`, `signing` and `ffi` build on; the
//! owner of this module fills in validation, the index and lookalike search.

use serde::{Deserialize, Serialize};

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// A parsed and validated registry (not necessarily a *trusted* one: only
/// [`crate::signing::VerifiedRegistry`] is that).
#[derive(Clone, Debug)]
pub struct Registry {
    doc: RegistryDoc,
}

/// The registry document as it appears in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistryDoc {
    /// Schema version; must equal [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Stable id of this registry series (`"callguard-demo"`).
    pub registry_id: String,
    /// Monotonic version; a device never accepts a lower one (rollback protection).
    pub version: u64,
    /// RFC 3339 UTC time the registry was issued.
    pub issued_at: String,
    /// RFC 3339 UTC time after which the registry must not be used.
    pub expires_at: String,
    /// True for the bundled demonstration data; shown wherever the registry is shown.
    #[serde(default)]
    pub demo: bool,
    /// Lower-case hex SHA-256 of the previous version's payload bytes (audit trail).
    #[serde(default)]
    pub predecessor_sha256: Option<String>,
    /// The wallet providers and their official numbers.
    pub providers: Vec<Provider>,
}

/// A wallet or payment provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provider {
    /// Stable id (`"alipay"`), referenced by claims and scanner hits.
    pub id: String,
    /// Display names by BCP 47 tag; `zh-Hans` and `en` are required.
    pub names: std::collections::BTreeMap<String, String>,
    /// The provider's official website.
    pub website: String,
    /// Its official numbers.
    pub numbers: Vec<OfficialNumber>,
}

/// One official number as published by its provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficialNumber {
    /// E.164 (`"+18882211161"`) or a short code (`"95188"`, then `region` is required).
    pub number: String,
    /// ISO region for short codes (and optional for E.164 numbers).
    #[serde(default)]
    pub region: Option<String>,
    /// Channels the provider uses this number on.
    pub channels: Vec<Channel>,
    /// What the number is for.
    pub purposes: Vec<Purpose>,
    /// Public page where the provider publishes this number.
    pub source: String,
}

/// A channel an official number is used on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Voice,
    Sms,
}

/// What an official number is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    CustomerService,
    Callback,
    Fraud,
    Notifications,
}

/// Why a registry document was rejected.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The bytes are not a registry JSON document.
    #[error("registry is not valid JSON for schema {SCHEMA_VERSION}: {0}")]
    Json(String),
    /// The document declares a schema this build does not understand.
    #[error("registry schema {found} is not supported (this build reads schema {SCHEMA_VERSION})")]
    UnknownSchema { found: u32 },
}

impl Registry {
    /// Parses and validates a registry document from its exact JSON bytes.
    pub fn from_json(bytes: &[u8]) -> Result<Registry, RegistryError> {
        let doc: RegistryDoc =
            serde_json::from_slice(bytes).map_err(|e| RegistryError::Json(e.to_string()))?;
        if doc.schema != SCHEMA_VERSION {
            return Err(RegistryError::UnknownSchema { found: doc.schema });
        }
        Ok(Registry { doc })
    }

    /// The document this registry was built from.
    pub fn doc(&self) -> &RegistryDoc {
        &self.doc
    }

    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.doc.providers.iter().find(|p| p.id == id)
    }
}
