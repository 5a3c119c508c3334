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
//! be written as a bare string (the compact form; a bare short code needs a default region).
//! The compact form is what keeps a registry of a million numbers near 20 bytes per number, so
//! it verifies and loads in a fraction of a second. A provider may list `aliases`, other names
//! it goes by, which the scanner recognises in impersonation claims.
//!
//! # Two levels of checking
//! Loading a payload (every load, on every device, and [`RegistryDoc::from_json`] for tools)
//! stops at the first problem and checks numbers with the cheap possible-number test (known
//! calling code, possible length), so a million numbers load in well under a second. [`lint`]
//! (the security team, before signing) reports every problem at once and adds
//! libphonenumber's full validity test per number.
//!
//! # Who builds what
//! The module is split as the document is handled: `schema` (the JSON document), `error` (its
//! problems and their locations), `validate` (load-time checks and lint), the index and
//! lookalike search behind [`Registry`], and [`audit`] (the producer-side tools: chain, diff,
//! CSV and Call Directory export, which read documents and need no keys). A [`Registry`] is
//! only built by [`crate::signing::verify`], so every lookup runs on verified data.

pub mod audit;
mod compact;
mod error;
mod index;
mod lookalike;
mod numbering;
mod schema;
mod time;
mod validate;

use std::collections::HashMap;

use compact_str::CompactString;

use crate::number::{CallerId, Region, ShortCode, E164};

pub use compact::compact;
pub use error::RegistryError;
use index::{Index, Key, Slot};
pub use lookalike::LookalikeKind;
pub use numbering::NumberProblem;
pub use schema::{
    notice_key_bytes, Channel, NumberFields, OfficialNumber, Provider, Purpose, RegistryDoc,
    NOTICE_KEY_FORM, REQUIRED_NAME_LANGUAGES, SCHEMA_VERSION,
};
pub(crate) use time::{format_utc, parse_utc};

/// Parses the one time form registries and notices use, `YYYY-MM-DDTHH:MM:SSZ`, into unix
/// seconds (`None` for any other spelling or an impossible date).
pub fn parse_utc_time(text: &str) -> Option<i64> {
    parse_utc(text)
}
pub(crate) use validate::load_numbering_plans;
pub use validate::{lint, lint_doc};
use validate::{parse_doc, validate, Problems};

/// A validated registry with its lookup index. Only [`crate::signing::verify`] builds one (and
/// hands it out inside a [`crate::signing::VerifiedRegistry`]), so lookups, checks and
/// assessments only ever run on verified data; producer tools read a [`RegistryDoc`].
#[derive(Clone, Debug)]
pub struct Registry {
    doc: RegistryDoc,
    issued_at: i64,
    expires_at: i64,
    index: Index,
    providers: HashMap<String, u32>,
    texts: Vec<ProviderText>,
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
    pub(crate) callback: Vec<CompactString>,
    /// The same joined with `" or "`.
    pub(crate) callback_joined: String,
    /// The raw Ed25519 keys of its `notice_keys` (validated, in document order).
    pub(crate) notice_keys: Vec<[u8; 32]>,
}

impl ProviderText {
    fn of(p: &Provider) -> ProviderText {
        let display = p.display_name();
        let short = p
            .names
            .get("en")
            .cloned()
            .unwrap_or_else(|| display.clone());
        let callback: Vec<CompactString> =
            callback_numbers_of(p).into_iter().map(Into::into).collect();
        let callback_joined = callback.join(" or ");
        let notice_keys = p
            .notice_keys
            .iter()
            .filter_map(|k| schema::notice_key_bytes(k).ok())
            .collect();
        ProviderText {
            display,
            short,
            callback,
            callback_joined,
            notice_keys,
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

impl Registry {
    /// Parses and validates a registry document from its exact JSON bytes, stopping at the
    /// first problem, and builds its index. Only verification calls it (for a signed payload),
    /// so every `Registry` outside this crate is a verified one.
    pub(crate) fn from_json(bytes: &[u8]) -> Result<Registry, RegistryError> {
        Registry::from_doc(parse_doc(bytes)?)
    }

    /// Validates a document and builds its index, stopping at the first problem.
    pub(crate) fn from_doc(doc: RegistryDoc) -> Result<Registry, RegistryError> {
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

    /// The document, dropping the index.
    pub(crate) fn into_doc(self) -> RegistryDoc {
        self.doc
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

    /// The raw Ed25519 keys allowed to sign call notices for the provider with this id
    /// (`None` when the registry has no such provider; empty when it lists no key).
    pub fn notice_keys(&self, provider_id: &str) -> Option<&[[u8; 32]]> {
        let i = self.provider_index(provider_id)?;
        Some(&self.text(i).notice_keys)
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
