//! Caller-ID parsing and normalization, on top of the `phonenumber` crate.
//!
//! SKELETON: types are the contract other modules build on; the owner of this module refines
//! the implementation (URIs, Unicode digits, short codes, guarded parsing, fast path).

use std::fmt;

/// An ISO 3166-1 alpha-2 region code such as `CN` or `US`, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region([u8; 2]);

impl Region {
    /// Parses a two-letter region code, any case (`"cn"` → `CN`).
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

    /// The code as a string slice (`"CN"`).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("region codes are ASCII")
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A valid number in E.164 form, kept as its digits (at most 15, never a leading zero) so it
/// can key a hash index compactly.
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
        (digits >= 1 && digits < 1_000_000_000_000_000).then_some(E164 { digits })
    }
}

impl fmt::Display for E164 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}", self.digits)
    }
}

/// A short code (such as Alipay's `95188`) dialled within one region. The `phonenumber` crate
/// does not model these, so callguard keys them by region and digits.
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

/// Why a raw caller ID is not a number, each with a message a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvalidNumber {
    /// The input is longer than callguard will parse.
    #[error("caller ID is {len} characters long; at most {max} are accepted")]
    TooLong { len: usize, max: usize },
    /// The input contains letters or symbols that are not part of a phone number.
    #[error("caller ID contains characters that are not part of a phone number")]
    NotANumber,
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
}

/// Normalizes a raw caller ID, interpreting national formats in `region` when given.
///
/// SKELETON implementation: full rules come with the `number` module's owner.
pub fn normalize(raw: &str, region: Option<Region>) -> Result<CallerId, InvalidNumber> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("anonymous") {
        return Ok(CallerId::Withheld);
    }
    if trimmed.len() <= 6 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let region = region.ok_or(InvalidNumber::NeedsRegion)?;
        return Ok(CallerId::ShortCode(ShortCode {
            region,
            digits: trimmed.to_string(),
        }));
    }
    let country = region.and_then(|r| r.as_str().parse::<phonenumber::country::Id>().ok());
    let parsed = phonenumber::parse(country, trimmed).map_err(|_| InvalidNumber::NotANumber)?;
    if !phonenumber::is_valid(&parsed) {
        return Err(InvalidNumber::InvalidForRegion(
            region.map(|r| r.to_string()).unwrap_or_default(),
        ));
    }
    let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
    e164[1..]
        .parse::<u64>()
        .ok()
        .and_then(E164::from_u64)
        .map(CallerId::Number)
        .ok_or(InvalidNumber::NotANumber)
}
