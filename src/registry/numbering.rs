//! The numbering-plan facts callguard needs at registry load and in the lookalike search, read
//! once from the `phonenumber` crate's metadata into flat tables: which country calling codes
//! exist, which national-number lengths are possible behind each, and each region's calling
//! code and dialling prefixes.
//!
//! Why not `phonenumber::parse` per registry number: a full parse runs regular expressions
//! and costs microseconds; a million-number registry must load in a fraction of a second.
//! Registry numbers are required to be written canonically (`+` and digits, or bare short-code
//! digits), so loading only needs the cheap "possible number" test below (libphonenumber's
//! `isPossibleNumber`: known calling code, possible length). The full validity test
//! (national-number patterns) runs in [`super::lint`], at signing time.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::number::Region;

/// Shortest and longest short code a registry may list (digits, dialled as is).
pub(crate) const SHORT_CODE_DIGITS: std::ops::RangeInclusive<usize> = 3..=6;

/// What the metadata says about one region.
#[derive(Debug)]
pub(crate) struct RegionInfo {
    /// Its country calling code (`86` for CN).
    pub(crate) country_code: u16,
    /// The national (trunk) prefix, if any (`0` in CN, `1` in the US).
    pub(crate) national_prefix: Option<String>,
    /// The preferred international dialling prefix, if any (`00` in CN, `011` in the US).
    pub(crate) international_prefix: Option<String>,
}

/// Flat tables over the numbering plans, built once per process.
#[derive(Debug)]
pub(crate) struct Plans {
    /// Bit `n` set when a national number of `n` digits is possible behind calling code `cc`
    /// (index `cc`); zero for unassigned codes.
    lengths: Vec<u32>,
    /// The main region of each calling code (`1` → US), where the code has a region.
    main_region: Vec<Option<Region>>,
    /// Per region.
    regions: HashMap<Region, RegionInfo>,
}

/// The numbering plans (built from `phonenumber`'s metadata on first use).
pub(crate) fn plans() -> &'static Plans {
    static PLANS: OnceLock<Plans> = OnceLock::new();
    PLANS.get_or_init(Plans::build)
}

impl Plans {
    fn build() -> Plans {
        use phonenumber::Type;
        // The general descriptor's possible lengths are empty in this crate's metadata, so take
        // the union over the number types libphonenumber's possible-number test covers.
        const TYPES: [Type; 10] = [
            Type::FixedLine,
            Type::Mobile,
            Type::TollFree,
            Type::PremiumRate,
            Type::SharedCost,
            Type::PersonalNumber,
            Type::Voip,
            Type::Pager,
            Type::Uan,
            Type::Voicemail,
        ];
        let mut lengths = vec![0u32; 1000];
        let mut main_region: Vec<Option<Region>> = vec![None; 1000];
        let mut regions = HashMap::new();
        // By calling code, not `iter()`: that walks regions by id and sees only one of the
        // non-geographic ("001") entries such as +800 and +808.
        for cc in 1..1000u16 {
            let Some(metas) = phonenumber::metadata::DATABASE.by_code(&cc) else {
                continue;
            };
            let i = usize::from(cc);
            for meta in metas {
                let descriptors = meta.descriptors();
                for kind in TYPES {
                    for &len in descriptors
                        .get(kind)
                        .map_or(&[][..], |d| d.possible_length())
                    {
                        if len < 32 {
                            lengths[i] |= 1 << len;
                        }
                    }
                }
                let Some(region) = Region::parse(meta.id()) else {
                    continue; // "001": non-geographic entities such as +800
                };
                if meta.is_main_country_for_code() || main_region[i].is_none() {
                    main_region[i] = Some(region);
                }
                regions.insert(
                    region,
                    RegionInfo {
                        country_code: cc,
                        national_prefix: meta.national_prefix().map(str::to_owned),
                        international_prefix: meta
                            .preferred_international_prefix()
                            .map(str::to_owned),
                    },
                );
            }
        }
        Plans {
            lengths,
            main_region,
            regions,
        }
    }

    /// Splits E.164 digits into (calling code, its length in digits) when they start with an
    /// assigned code. Calling codes are prefix-free, so at most one of 1–3 digits matches.
    pub(crate) fn country_code(&self, digits: &[u8]) -> Option<(u16, usize)> {
        let mut cc = 0usize;
        for (i, &d) in digits.iter().take(3).enumerate() {
            cc = cc * 10 + usize::from(d);
            if cc != 0 && self.lengths[cc] != 0 {
                return Some((cc as u16, i + 1));
            }
        }
        None
    }

    /// True when E.164 digits (no `+`) pass the possible-number test: an assigned calling
    /// code followed by a national number of a length possible for it.
    pub(crate) fn is_possible(&self, digits: &[u8]) -> bool {
        match self.country_code(digits) {
            Some((cc, cc_len)) => {
                let nsn = digits.len() - cc_len;
                nsn < 32 && self.lengths[usize::from(cc)] & (1 << nsn) != 0
            }
            None => false,
        }
    }

    /// The main region of a calling code (`1` → US, `44` → GB).
    pub(crate) fn main_region(&self, country_code: u16) -> Option<Region> {
        self.main_region
            .get(usize::from(country_code))
            .copied()
            .flatten()
    }

    /// What the metadata knows about a region, `None` for a code no plan uses.
    pub(crate) fn region(&self, region: Region) -> Option<&RegionInfo> {
        self.regions.get(&region)
    }
}

/// Why a registry number string cannot be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumberProblem {
    /// Not `+` followed by digits, nor bare short-code digits.
    #[error("write numbers canonically: E.164 as `+` and digits (\"+18882211161\"), short codes as bare digits (\"95188\")")]
    NotCanonical,
    /// An E.164 number with a leading zero, or more than 15 digits.
    #[error("E.164 numbers have 15 digits at most and never start with 0")]
    BadE164,
    /// The calling code after `+` is not assigned to any country.
    #[error("no country uses the calling code at the start of this number")]
    UnknownCountryCode,
    /// The national number's length is impossible for its country.
    #[error("no number of this length exists behind calling code +{country_code}")]
    ImpossibleLength {
        /// The number's calling code.
        country_code: u16,
    },
    /// A short code without the `region` it is dialled in.
    #[error("a short code needs a `region` (for example \"CN\")")]
    ShortCodeWithoutRegion,
    /// A short code of too few or too many digits.
    #[error("short codes have 3 to 6 digits (what `number::normalize` reads as a short code)")]
    ShortCodeLength,
    /// The `region` is not a two-letter code any numbering plan uses.
    #[error("region {0:?} is not a known ISO 3166-1 alpha-2 region")]
    UnknownRegion(String),
    /// The `region` of an E.164 number uses another calling code.
    #[error("region {region} uses calling code +{region_code}, not +{number_code}")]
    RegionMismatch {
        /// The region given.
        region: String,
        /// That region's calling code.
        region_code: u16,
        /// The number's calling code.
        number_code: u16,
    },
    /// Possible, but not a valid number by the full national-number patterns (only reported
    /// by [`super::lint`]).
    #[error("not a valid number by libphonenumber's patterns ({0})")]
    NotValid(String),
}

/// A registry number after the load-time checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Canonical {
    /// E.164 digits as an integer, with the region given or the calling code's main region.
    E164 { digits: u64, region: Option<Region> },
    /// A short code's digits (as ASCII) in its region.
    ShortCode {
        region: Region,
        digits: [u8; 8],
        len: u8,
    },
}

/// Applies the load-time checks to one registry number (see the module docs for why these).
pub(crate) fn canonical(number: &str, region: Option<&str>) -> Result<Canonical, NumberProblem> {
    let plans = plans();
    let region = match region {
        Some(code) => {
            let parsed = Region::parse(code)
                .filter(|r| plans.region(*r).is_some() && r.as_str() == code)
                .ok_or_else(|| NumberProblem::UnknownRegion(code.to_owned()))?;
            Some(parsed)
        }
        None => None,
    };
    let bytes = number.as_bytes();
    if let Some(rest) = bytes.strip_prefix(b"+") {
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return Err(NumberProblem::NotCanonical);
        }
        if rest.len() > 15 || rest[0] == b'0' {
            return Err(NumberProblem::BadE164);
        }
        let mut buf = [0u8; 15];
        for (o, c) in buf.iter_mut().zip(rest) {
            *o = c - b'0';
        }
        let digits = &buf[..rest.len()];
        let (cc, _) = plans
            .country_code(digits)
            .ok_or(NumberProblem::UnknownCountryCode)?;
        if !plans.is_possible(digits) {
            return Err(NumberProblem::ImpossibleLength { country_code: cc });
        }
        if let Some(r) = region {
            let region_code = plans.region(r).map_or(0, |i| i.country_code);
            if region_code != cc {
                return Err(NumberProblem::RegionMismatch {
                    region: r.to_string(),
                    region_code,
                    number_code: cc,
                });
            }
        }
        let value = digits.iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d));
        Ok(Canonical::E164 {
            digits: value,
            region: region.or_else(|| plans.main_region(cc)),
        })
    } else {
        if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(NumberProblem::NotCanonical);
        }
        if !SHORT_CODE_DIGITS.contains(&bytes.len()) {
            return Err(NumberProblem::ShortCodeLength);
        }
        let region = region.ok_or(NumberProblem::ShortCodeWithoutRegion)?;
        let mut digits = [0u8; 8];
        digits[..bytes.len()].copy_from_slice(bytes);
        Ok(Canonical::ShortCode {
            region,
            digits,
            len: bytes.len() as u8,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calling_codes_and_lengths() {
        let p = plans();
        let d = |s: &str| s.bytes().map(|c| c - b'0').collect::<Vec<_>>();
        assert_eq!(p.country_code(&d("18882211161")), Some((1, 1)));
        assert_eq!(p.country_code(&d("8613800138000")), Some((86, 2)));
        assert_eq!(p.country_code(&d("95188")), Some((95, 2)));
        assert_eq!(p.country_code(&d("3809")), Some((380, 3)));
        assert_eq!(p.country_code(&d("0")), None);
        assert_eq!(p.country_code(&d("80012345678")), Some((800, 3)));
        assert!(p.is_possible(&d("80012345678")));
        assert!(p.is_possible(&d("18882211161")));
        assert!(p.is_possible(&d("8613800138000")));
        assert!(!p.is_possible(&d("1888221116")));
        assert!(!p.is_possible(&d("95188")));
        assert_eq!(p.main_region(1).map(|r| r.to_string()), Some("US".into()));
        assert_eq!(p.main_region(44).map(|r| r.to_string()), Some("GB".into()));
        let cn = p.region(Region::parse("CN").unwrap()).unwrap();
        assert_eq!(cn.country_code, 86);
        assert_eq!(cn.international_prefix.as_deref(), Some("00"));
        assert_eq!(cn.national_prefix.as_deref(), Some("0"));
    }

    #[test]
    fn canonical_forms() {
        assert!(matches!(
            canonical("+18882211161", Some("US")),
            Ok(Canonical::E164 {
                digits: 18882211161,
                ..
            })
        ));
        assert!(matches!(
            canonical("95188", Some("CN")),
            Ok(Canonical::ShortCode { len: 5, .. })
        ));
        let cases: [(&str, Option<&str>, NumberProblem); 10] = [
            ("+1 888 221 1161", None, NumberProblem::NotCanonical),
            ("18882211161x", None, NumberProblem::NotCanonical),
            ("+", None, NumberProblem::NotCanonical),
            ("+0123456789", None, NumberProblem::BadE164),
            ("+1234567890123456", None, NumberProblem::BadE164),
            ("+999123456", None, NumberProblem::UnknownCountryCode),
            (
                "+1888221116",
                None,
                NumberProblem::ImpossibleLength { country_code: 1 },
            ),
            ("95188", None, NumberProblem::ShortCodeWithoutRegion),
            ("12", Some("CN"), NumberProblem::ShortCodeLength),
            (
                "95188",
                Some("XX"),
                NumberProblem::UnknownRegion("XX".into()),
            ),
        ];
        for (number, region, want) in cases {
            assert_eq!(canonical(number, region), Err(want), "{number} {region:?}");
        }
        assert_eq!(
            canonical("+18882211161", Some("CN")),
            Err(NumberProblem::RegionMismatch {
                region: "CN".into(),
                region_code: 86,
                number_code: 1
            })
        );
        assert_eq!(
            canonical("95188", Some("cn")),
            Err(NumberProblem::UnknownRegion("cn".into()))
        );
    }
}
