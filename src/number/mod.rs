//! Caller-ID parsing and normalization, on top of the `phonenumber` crate.
//!
//! [`normalize`] turns whatever a telephony stack, a VoIP gateway or a person hands over into a
//! [`CallerId`]: an [`E164`] number, a region-scoped [`ShortCode`], or [`CallerId::Withheld`];
//! anything else is an [`InvalidNumber`] that says why. It never panics.
//!
//! # Accepted input
//! - International (`+1 888 221 1161`) and national formats (`(888) 221-1161`, `138 0013 8000`)
//!   given a default region; the region's international dialling prefix (`00…` from CN,
//!   `011…` from US), taken from libphonenumber's metadata.
//! - `tel:` URIs (RFC 3966, with `phone-context`) and `sip:`/`sips:` URIs whose user part is a
//!   number (see the `uri` submodule for the exact rules).
//! - Every Unicode decimal digit (`Nd`: full-width `９５１８８`, Arabic-Indic, Devanagari, …),
//!   any mix of spaces (NBSP included), dashes, dots, parentheses, brackets, slashes and tildes, and
//!   zero-width characters (U+200B..U+200D, U+2060, U+FEFF), which are all dropped.
//!   Right-to-left bidi controls are refused ([`InvalidNumber::BidiControl`]): they make the
//!   digits shown differ from the digits dialled. Letters are refused, vanity numbers included.
//! - A run of pluses before the number (`++1 …`) is one plus; pluses after it (`… 0000+`) are
//!   ignored, as libphonenumber reads them.
//! - An extension after the number (`ext. 12`, `x12`, `~12`, `- 503#`, `,,12`, `;ext=12`, with
//!   libphonenumber's labels and length limits) is dropped: the calling line is the number.
//!
//! # Short codes
//! libphonenumber's parser does not model short codes, so callguard decides:
//! **with a region, a national-format caller ID of 3 to 6 digits that is not a valid number of
//! that region is a short code**, keyed by the region and the digits exactly as dialled
//! (`ShortCode { region: CN, digits: "95188" }`). Shorter and longer ones (FR `15`, RU `01`, HK's
//! 7-digit codes) are short codes where libphonenumber's short-number metadata allocates them
//! in the region and they are no valid number. A `tel:` URI whose `phone-context` is exactly a
//! country calling code (`tel:95188;phone-context=+86`) counts as a national number of that
//! country's main region. Short codes never carry a `+` or an international prefix: `+95188`
//! and `0095188` are numbers of country +95 (and invalid ones). **Without a region** a bare
//! national number or short code cannot be interpreted: [`InvalidNumber::NeedsRegion`].
//!
//! # How a number is read (libphonenumber's rules, the `phonenumber` crate's metadata)
//! - `+` digits (or digits after an international prefix) are split at the country code
//!   (codes are prefix-free) and kept when that is a valid number; otherwise the crate's
//!   parser gets them (it knows national prefixes and carrier codes written after the code,
//!   `+44 (0)20…`), and a national prefix after the code is dropped as a last resort.
//! - National digits go to the crate's parser with the region; where it misreads (it strips
//!   Russia's trunk `8` twice, or takes a leading country code off where libphonenumber would
//!   not), the digits as written, without the national prefix, or without a country code
//!   typed without `+` are tried directly.
//! - Validity is decided by the `validity` submodule: libphonenumber's rules with anchored
//!   patterns (the crate's own check accepts a pattern matching only a prefix of the number).
//!   Only valid numbers are accepted: a number that merely has a possible length
//!   ([`InvalidNumber::InvalidForRegion`]) can be no one's official line.
//!
//! `tests/differential/run.py` checks all of this against Python `phonenumbers`.
//!
//! # Withheld callers
//! Empty or blank input, and labels such as `anonymous`, `private`, `Private Number`,
//! `unknown`, `restricted`, `withheld` (any case, any spacing) or `sip:anonymous@anonymous.invalid`
//! are [`CallerId::Withheld`], not an error.
//!
//! # Safety bounds
//! Input longer than [`MAX_INPUT_BYTES`] bytes is refused before any parsing, and a caller ID
//! with more than [`MAX_DIGITS`] digits is refused while folding, so `phonenumber` only ever
//! sees a short, clean `+digits` or `digits` string. Every call into `phonenumber`'s parser runs
//! inside `std::panic::catch_unwind` (it has panicked on malformed input in the past); a panic becomes
//! [`InvalidNumber::ParserFailure`]. This relies on the default `panic = "unwind"`.
//!
//! # The fast path
//! [`canonical_e164`] recognises canonical E.164 text (`+` then digits, no leading zero, at most
//! 15 digits) without calling `phonenumber`. The verdict code probes the registry index with it
//! first and only falls back to [`normalize`] on a miss. That is safe because canonical E.164
//! text denotes exactly one number, and [`normalize`] is the identity on valid canonical E.164
//! (tested on every region's example numbers); a registry index only holds valid numbers.
//!
//! # For lookalike detection
//! [`digits_of`] gives the raw digits a caller ID carried and whether they came after a `+` or
//! an international prefix, even when they are not a valid number (`+95 188…`, `0095188`).

mod extension;
mod fast;
mod fold;
mod parse;
mod short;
mod uri;
mod validity;
mod withheld;

use std::fmt;
use std::sync::OnceLock;

pub use fast::canonical_e164;
pub use fold::{decimal_value, MAX_DIGITS};
pub use short::is_allocated_short_code;

/// The longest caller ID, in bytes, that callguard parses. Longer input is refused with
/// [`InvalidNumber::TooLong`] before any work: a SIP URI with a long host fits easily, and
/// nothing real comes close.
pub const MAX_INPUT_BYTES: usize = 256;

/// An ISO 3166-1 alpha-2 region code such as `CN` or `US`, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region([u8; 2]);

impl Region {
    /// Parses a two-letter region code, any case (`"cn"` → `CN`). Whether libphonenumber knows
    /// the region is checked when it is used ([`InvalidNumber::UnknownRegion`]).
    pub fn parse(code: &str) -> Option<Region> {
        let b = code.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Region([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
            ]))
        } else {
            None
        }
    }

    /// Parses a region code that a numbering plan uses (`"cn"` → `CN`): what every interface
    /// that takes a region from a person or an app accepts, so a typo is an error rather than
    /// a verdict.
    pub fn parse_known(code: &str) -> Result<Region, UnknownRegion> {
        Region::parse(code)
            .filter(|r| r.country_code().is_some())
            .ok_or_else(|| UnknownRegion {
                code: code.chars().take(64).collect(),
            })
    }

    /// A dense index of the region (0..676), for per-region tables.
    fn slot(self) -> usize {
        usize::from(self.0[0] - b'A') * 26 + usize::from(self.0[1] - b'A')
    }

    /// The code as a string slice (`"CN"`).
    pub fn as_str(&self) -> &str {
        // Only ever built from two ASCII letters, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The country calling code of the region (`CN` → 86), or `None` for a region
    /// libphonenumber does not know.
    pub fn country_code(&self) -> Option<u16> {
        parse::metadata(*self).map(|m| m.country_code())
    }
}

/// A region code that is not two letters, or that no numbering plan uses.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{code:?} is not a known region; use a two-letter ISO 3166-1 code such as CN or US")]
pub struct UnknownRegion {
    /// The code as given (at most 64 characters of it).
    pub code: String,
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number in E.164 form, kept as its digits (at most 15, never a leading zero) so it can key
/// a hash index compactly. Numbers from [`normalize`] are valid; one from [`canonical_e164`] is
/// only syntactically canonical until a registry lookup finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct E164 {
    digits: u64,
}

impl E164 {
    /// The E.164 digits as an integer (`+8613800138000` → `8613800138000`).
    pub fn as_u64(&self) -> u64 {
        self.digits
    }

    /// Builds from the digits after `+`; `None` unless 1..=15 digits without a leading zero.
    pub fn from_u64(digits: u64) -> Option<E164> {
        (1..1_000_000_000_000_000)
            .contains(&digits)
            .then_some(E164 { digits })
    }

    /// How many digits the number has (`+18882211161` → 11).
    pub fn len(&self) -> usize {
        self.digits.ilog10() as usize + 1
    }

    /// Always false: an `E164` has at least one digit (here for API symmetry with `len`).
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The digits as ASCII text, without the `+` (`"18882211161"`).
    pub fn digits(&self) -> String {
        self.digits.to_string()
    }

    /// The country calling code the number starts with (`+8613800138000` → 86), found in
    /// libphonenumber's table of assigned codes without parsing; `None` if no prefix of 1 to 3
    /// digits is an assigned code (possible only for unchecked [`canonical_e164`] values).
    pub fn country_code(&self) -> Option<u16> {
        let len = self.len() as u32;
        (1..=3u32).filter(|k| *k < len).find_map(|k| {
            let code = (self.digits / 10u64.pow(len - k)) as u16;
            is_assigned_country_code(code).then_some(code)
        })
    }

    /// The digits after the country calling code (the national significant number).
    pub fn national_digits(&self) -> Option<String> {
        let code = self.country_code()?;
        Some(self.digits()[code.ilog10() as usize + 1..].to_string())
    }

    /// The region the number belongs to (`+18882211161` → `US`, `+14165550123` → `CA`), by
    /// libphonenumber's leading-digit rules; `None` for non-geographic numbers (`+800…`) and
    /// numbers no region claims. A few pattern matches, no parse.
    pub fn region(&self) -> Option<Region> {
        parse::region_of(*self)
    }
}

impl fmt::Display for E164 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}", self.digits)
    }
}

/// Whether `code` is a country calling code libphonenumber knows (a table built once).
fn is_assigned_country_code(code: u16) -> bool {
    static TABLE: OnceLock<[bool; 1000]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        // By code, not by region: the non-geographic codes (800, 808, 870, 878, 881, 882,
        // 883, 888) all share the region id "001", so iterating regions sees only one of them.
        let mut t = [false; 1000];
        for (code, slot) in t.iter_mut().enumerate() {
            let code = code as u16;
            *slot = phonenumber::metadata::DATABASE
                .by_code(&code)
                .is_some_and(|m| !m.is_empty());
        }
        t
    });
    table.get(code as usize).copied().unwrap_or(false)
}

/// A short code (such as Alipay's `95188`) dialled within one region. The `phonenumber` crate
/// does not model these, so callguard keys them by region and digits (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShortCode {
    /// The region the code is dialled in.
    pub region: Region,
    /// The ASCII digits as dialled (`"95188"`).
    pub digits: String,
}

/// What a raw caller ID turned out to be.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CallerId {
    /// A full number, normalized to E.164.
    Number(E164),
    /// A region-scoped short code.
    ShortCode(ShortCode),
    /// The caller withheld their number (empty input, `anonymous`, `private`, …).
    Withheld,
}

impl CallerId {
    /// The normalized text: E.164 with `+`, or a short code's digits; `None` when withheld.
    /// This is the `normalized` field of `callguard check --json`.
    pub fn normalized(&self) -> Option<String> {
        match self {
            CallerId::Number(e) => Some(e.to_string()),
            CallerId::ShortCode(s) => Some(s.digits.clone()),
            CallerId::Withheld => None,
        }
    }
}

/// Why a raw caller ID is not a number, each with a message a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidNumber {
    /// The input is longer than callguard will parse ([`MAX_INPUT_BYTES`]).
    #[error("caller ID is {len} bytes long; at most {max} are accepted")]
    TooLong {
        /// Length of the input in bytes.
        len: usize,
        /// The limit, [`MAX_INPUT_BYTES`].
        max: usize,
    },
    /// More digits than any phone number has.
    #[error("caller ID has more digits than any phone number (at most {max})")]
    TooManyDigits {
        /// The limit that was exceeded.
        max: usize,
    },
    /// The input contains letters, which are not part of a phone number (vanity numbers such as
    /// `1-800-FLOWERS` included: caller ID carries digits).
    #[error("caller ID contains letters; a phone number has only digits and separators")]
    NotANumber,
    /// The input contains a symbol that is not a digit, `+` at the start, or a separator.
    #[error("caller ID contains {0:?}, which is not part of a phone number")]
    UnexpectedCharacter(char),
    /// The input contains a right-to-left bidi control, which would make the digits shown
    /// differ from the digits dialled.
    #[error("caller ID contains a right-to-left control character that can disguise its digits")]
    BidiControl,
    /// Only separators, no digit at all.
    #[error("caller ID contains no digits")]
    NoDigits,
    /// A `tel:`/`sip:` URI's `phone-context` is neither a `+` prefix nor a domain name.
    #[error("the URI's phone-context must be a global prefix such as +86 or a domain name")]
    InvalidPhoneContext,
    /// A national-format number was given without a region to interpret it in.
    #[error("national-format number needs a region (for example CN or US) to be interpreted")]
    NeedsRegion,
    /// The region passed in is not a known ISO 3166-1 alpha-2 code.
    #[error("unknown region code {0:?}")]
    UnknownRegion(String),
    /// The country calling code is not assigned.
    #[error("no country uses calling code +{0}")]
    UnknownCountryCode(String),
    /// Too few digits to be a number.
    #[error("too few digits to be a phone number")]
    TooShort,
    /// The digits do not form a valid number for their country.
    #[error("not a valid number for {0}")]
    InvalidForRegion(String),
    /// The underlying parser failed unexpectedly (it panicked); the input is treated as invalid.
    #[error("the phone-number parser could not process this caller ID")]
    ParserFailure,
}

impl InvalidNumber {
    /// Stable snake_case code for the reason (`"too_long"`, `"needs_region"`, …), as a
    /// verdict's reason code; exhaustive, so a new variant needs a code of its own.
    pub fn code(&self) -> &'static str {
        match self {
            InvalidNumber::TooLong { .. } => "too_long",
            InvalidNumber::TooManyDigits { .. } => "too_many_digits",
            InvalidNumber::NotANumber => "not_a_number",
            InvalidNumber::UnexpectedCharacter(_) => "unexpected_character",
            InvalidNumber::BidiControl => "bidi_control",
            InvalidNumber::NoDigits => "no_digits",
            InvalidNumber::InvalidPhoneContext => "invalid_phone_context",
            InvalidNumber::NeedsRegion => "needs_region",
            InvalidNumber::UnknownRegion(_) => "unknown_region",
            InvalidNumber::UnknownCountryCode(_) => "unknown_country_code",
            InvalidNumber::TooShort => "too_short",
            InvalidNumber::InvalidForRegion(_) => "invalid_for_region",
            InvalidNumber::ParserFailure => "parser_failure",
        }
    }
}

/// How the digits of a caller ID were introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DialPrefix {
    /// No prefix: a national number or a short code.
    National,
    /// A leading `+` (or a `tel:` phone-context that starts with `+`).
    Plus,
    /// An international dialling prefix (`00`, `011`, …), now stripped.
    Idd,
}

/// The digits a caller ID carried, for lookalike detection: what follows a `+` or an
/// international prefix, whether or not it is a valid number (`+95 188…` → `Plus`, `"95188…"`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RawDigits {
    /// What introduced the digits.
    pub prefix: DialPrefix,
    /// The ASCII digits after that prefix.
    pub digits: String,
}

impl RawDigits {
    /// Whether the digits came after a `+` or an international prefix (a country code follows).
    pub fn is_international(&self) -> bool {
        self.prefix != DialPrefix::National
    }
}

/// Characters trimmed from both ends besides whitespace: zero-width characters and BOM.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Steps shared by [`normalize`] and [`digits_of`]: bound, trim, withheld labels, URI, fold.
enum Prepared {
    Withheld,
    Folded {
        folded: fold::FoldedNumber,
        context: Option<uri::Context>,
    },
}

fn prepare(raw: &str) -> Result<Prepared, InvalidNumber> {
    if raw.len() > MAX_INPUT_BYTES {
        return Err(InvalidNumber::TooLong {
            len: raw.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let s = raw.trim_matches(is_invisible);
    if s.is_empty() || withheld::is_label(s) {
        return Ok(Prepared::Withheld);
    }
    match uri::unwrap(s)? {
        uri::Unwrapped::Withheld => Ok(Prepared::Withheld),
        uri::Unwrapped::Number { text, context } => {
            let folded = fold::fold(extension::strip(&text))?;
            if folded.digits.is_empty() {
                return Err(InvalidNumber::NoDigits);
            }
            Ok(Prepared::Folded { folded, context })
        }
    }
}

/// The error for digits after `+` that start with 0 (no calling code does).
fn zero_country_code() -> InvalidNumber {
    InvalidNumber::UnknownCountryCode("0".into())
}

/// Normalizes a raw caller ID, interpreting national formats and short codes in `region`.
///
/// See the module documentation for every accepted form and the short-code rule.
///
/// ```
/// use callguard::number::{normalize, CallerId, Region};
/// let cn = Region::parse("CN");
/// let id = normalize("+1 (888) 221-1161", None).unwrap();
/// assert_eq!(id.normalized().as_deref(), Some("+18882211161"));
/// assert!(matches!(normalize("９５１８８", cn), Ok(CallerId::ShortCode(_))));
/// assert_eq!(normalize("Private Number", None), Ok(CallerId::Withheld));
/// ```
pub fn normalize(raw: &str, region: Option<Region>) -> Result<CallerId, InvalidNumber> {
    if let Some(r) = region {
        parse::metadata(r).ok_or_else(|| InvalidNumber::UnknownRegion(r.to_string()))?;
    }
    // Canonical E.164 text (`+8613912345678`) has nothing to unwrap, strip or fold: what
    // `prepare` would hand on is its digits after the `+`.
    if canonical_e164(raw).is_some() {
        return parse::international(&raw[1..]).map(CallerId::Number);
    }
    let (folded, context) = match prepare(raw)? {
        Prepared::Withheld => return Ok(CallerId::Withheld),
        Prepared::Folded { folded, context } => (folded, context),
    };
    let digits = folded.digits;
    if folded.plus {
        // A global number; a phone-context on it is meaningless and ignored (RFC 3966 §5.1.5).
        // No calling code starts with 0: digits like `+00 86…` or `+011 44…` are the region's
        // international prefix typed after the `+`, read as libphonenumber reads them (only
        // with a region whose prefix they start with); anything else is no number at all.
        // (`parse::international` refuses a leading 0 itself.)
        let international = match region.filter(|_| digits.starts_with('0')) {
            Some(r) => parse::strip_idd(&digits, r).ok_or_else(zero_country_code)?,
            None => digits.as_str(),
        };
        return parse::international(international).map(CallerId::Number);
    }
    let region = match context {
        Some(uri::Context::Global(prefix)) => match parse::main_region_of_code(&prefix) {
            // The context is a bare country code: a national number (or short code) there.
            Some(r) => Some(r),
            // A longer prefix (`+1-914-555`): the local number completes it, as libphonenumber does.
            None => {
                let mut full = prefix;
                full.push_str(&digits);
                return parse::international(&full).map(CallerId::Number);
            }
        },
        Some(uri::Context::Domain) | None => region,
    };
    let region = region.ok_or(InvalidNumber::NeedsRegion)?;
    parse::national(&digits, region)
}

/// The raw digits a caller ID carried, after folding Unicode digits, dropping separators and
/// URI syntax, and noting (and removing) a leading `+` or international dialling prefix.
///
/// With a region the prefix is that region's (`00` for CN, `011` for US); without one, `00`
/// followed by a non-zero digit is taken as an international prefix, since it is the most
/// common one. `None` for withheld, empty, over-long or non-numeric input.
///
/// ```
/// use callguard::number::{digits_of, DialPrefix, Region};
/// let d = digits_of("+95 188 1234", None).unwrap();
/// assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Plus, "951881234"));
/// let d = digits_of("0095188", Region::parse("CN")).unwrap();
/// assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Idd, "95188"));
/// ```
pub fn digits_of(raw: &str, region: Option<Region>) -> Option<RawDigits> {
    let (folded, context) = match prepare(raw).ok()? {
        Prepared::Withheld => return None,
        Prepared::Folded { folded, context } => (folded, context),
    };
    if folded.plus {
        return Some(RawDigits {
            prefix: DialPrefix::Plus,
            digits: folded.digits,
        });
    }
    if let Some(uri::Context::Global(mut prefix)) = context {
        prefix.push_str(&folded.digits);
        return Some(RawDigits {
            prefix: DialPrefix::Plus,
            digits: prefix,
        });
    }
    let after_idd = match region {
        Some(r) => parse::strip_idd(&folded.digits, r),
        None => folded
            .digits
            .strip_prefix("00")
            .filter(|rest| rest.as_bytes().first().is_some_and(|&b| b != b'0')),
    };
    Some(match after_idd {
        Some(rest) => RawDigits {
            prefix: DialPrefix::Idd,
            digits: rest.to_string(),
        },
        None => RawDigits {
            prefix: DialPrefix::National,
            digits: folded.digits,
        },
    })
}
