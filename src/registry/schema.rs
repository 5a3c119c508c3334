//! The registry document as it appears in JSON (schema 1): providers, their official numbers
//! in the full or the compact form, channels and purposes. Validation is in `validate`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// Display-name languages every provider must have.
pub const REQUIRED_NAME_LANGUAGES: [&str; 2] = ["zh-Hans", "en"];

/// How a provider's `notice_keys` entry is written: the base64 (standard alphabet, padded) of an
/// Ed25519 `SubjectPublicKeyInfo` in DER (RFC 8410), i.e. the body line of the PEM `.pub` file
/// that `callguard registry keygen` writes.
pub const NOTICE_KEY_FORM: &str = "base64 SubjectPublicKeyInfo DER of an Ed25519 key (the body line of a `callguard registry keygen` .pub file, MCowBQYDK2VwAyEA…)";

/// The DER prefix of an Ed25519 `SubjectPublicKeyInfo` (RFC 8410) before the 32 key bytes.
pub(crate) const ED25519_SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];

/// The raw 32-byte Ed25519 key of a `notice_keys` entry (see [`NOTICE_KEY_FORM`]), or why it
/// is not one.
pub fn notice_key_bytes(text: &str) -> Result<[u8; 32], &'static str> {
    use base64::Engine as _;
    let der = base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| "not base64")?;
    let raw = der
        .strip_prefix(&ED25519_SPKI_PREFIX[..])
        .ok_or("not an Ed25519 SubjectPublicKeyInfo")?;
    raw.try_into()
        .map_err(|_| "not an Ed25519 SubjectPublicKeyInfo")
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

impl RegistryDoc {
    /// Parses and validates a registry document (every check a device makes on load, stopping
    /// at the first problem), for the producer-side tools: sign, diff, compact, export. Use
    /// [`super::lint`] to see every problem at once.
    pub fn from_json(bytes: &[u8]) -> Result<RegistryDoc, super::RegistryError> {
        super::Registry::from_json(bytes).map(|r| r.into_doc())
    }
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
    /// Other names people and scammers call it by (`"工行"`, `"ICBC"`), in any language:
    /// the scanner recognises an impersonation claim by any name or alias.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The provider's official website (`https://`).
    pub website: String,
    /// The Ed25519 public keys allowed to sign this provider's call notices
    /// ([`crate::registry::NOTICE_KEY_FORM`]): each the base64 `SubjectPublicKeyInfo` DER of the
    /// key, the body line of a `.pub` file from `callguard registry keygen`
    /// (`MCowBQYDK2VwAyEA…`). Empty (the default) when it signs none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notice_keys: Vec<String>,
    /// The provider commits that every outbound call it makes is announced with a call notice:
    /// a call from one of its numbers that no notice announces is spoofed. Default false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub announces_calls: bool,
    /// What its numbers have unless they say otherwise (see [`Provider::channels_of`]).
    #[serde(default, skip_serializing_if = "NumberFields::is_empty")]
    pub defaults: NumberFields,
    /// Its official numbers (at least one).
    #[serde(with = "number_forms")]
    pub numbers: Vec<OfficialNumber>,
}

impl Provider {
    /// Every name the provider is known by: its display names, then its aliases.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        self.names.values().chain(&self.aliases).map(String::as_str)
    }

    /// Its name for display: `English (中文)` (`"Alipay (支付宝)"`), or whichever of the two
    /// it has, or else its id.
    pub fn display_name(&self) -> String {
        match (self.names.get("en"), self.names.get("zh-Hans")) {
            (Some(en), Some(zh)) if en != zh => format!("{en} ({zh})"),
            (Some(name), _) | (None, Some(name)) => name.clone(),
            (None, None) => self.id.clone(),
        }
    }

    /// Its name in the language `lang` (a BCP 47 tag as in `names`), else English, else its id.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .map_or(self.id.as_str(), String::as_str)
    }

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

    /// True when `number` only receives calls (its own `inbound_only`, else the provider's
    /// default, else false): a call *from* it is spoofed.
    pub fn inbound_only_of(&self, number: &OfficialNumber) -> bool {
        number
            .fields()
            .inbound_only
            .or(self.defaults.inbound_only)
            .unwrap_or(false)
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
    /// The number only receives calls (many 400 hotlines): a call *from* it is spoofed.
    /// Absent means false (or the provider's default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound_only: Option<bool>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// No fields set: what a bare-string number has of its own.
static NO_FIELDS: NumberFields = NumberFields {
    region: None,
    channels: None,
    purposes: None,
    source: None,
    inbound_only: None,
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
        #[serde(default, skip_serializing_if = "Option::is_none")]
        inbound_only: Option<bool>,
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
                        inbound_only: o.inbound_only,
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
                        inbound_only: f.inbound_only,
                    }
                    .serialize(s),
                }
            }
        }
        s.collect_seq(numbers.iter().map(Written))
    }
}

/// A channel an official number is used on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Phone calls.
    Voice,
    /// Text messages.
    Sms,
}

/// What an official number is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
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
