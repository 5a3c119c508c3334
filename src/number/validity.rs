//! Number validity, decided the way libphonenumber decides it, from the `phonenumber` crate's
//! metadata but with callguard's own anchored patterns.
//!
//! Why not `phonenumber::is_valid`: the crate matches a type's pattern only at the *start* of
//! the national number (libphonenumber requires the whole number to match), and every pattern
//! use takes a global mutex and a hash lookup. Here each region's patterns are compiled once,
//! anchored (`^(?:…)$`), on first use, and then read without locks.
//!
//! The rules mirror libphonenumber's `getRegionCodeForNumber` and `getNumberType`: among the
//! regions sharing a country code, the first whose leading-digits pattern matches (or, without
//! one, whose patterns accept the number) owns it; the number is valid when it matches that
//! region's general pattern and at least one number type (fixed line, mobile, toll free, …).

use std::collections::HashMap;
use std::sync::OnceLock;

use phonenumber::metadata::{Descriptor, Descriptors, Metadata, DATABASE};
use regex::{bytes, Regex, RegexBuilder};

/// The pattern `source` anchored at the start (and at the end when `end` is `"$"`).
fn anchor(source: &str, end: &str) -> String {
    format!("^(?:{source}){end}")
}

/// Compiles a metadata pattern anchored (see [`anchor`]), ignoring whitespace as the
/// metadata's own loader does, for ASCII-digit input: every caller passes digits already
/// folded to ASCII, on which Unicode-aware classes (`\d`) match exactly what ASCII ones do,
/// and the ASCII forms compile several times faster (this is most of a region's first check).
fn anchored(source: &str, end: &str) -> Option<bytes::Regex> {
    bytes::RegexBuilder::new(&anchor(source, end))
        .ignore_whitespace(true)
        .unicode(false)
        .build()
        .ok()
}

/// [`anchored`] as a `str` pattern, for the prefix patterns `parse` strips and expands.
fn anchored_str(source: &str, end: &str) -> Option<Regex> {
    RegexBuilder::new(&anchor(source, end))
        .ignore_whitespace(true)
        .unicode(false)
        .build()
        .ok()
}

/// One anchored national-number pattern with the lengths it allows.
struct Pattern {
    re: bytes::Regex,
    lengths: Vec<u16>,
}

impl Pattern {
    fn new(desc: &Descriptor) -> Option<Pattern> {
        let re = anchored(desc.national_number().as_str(), "$")?;
        Some(Pattern {
            re,
            lengths: desc.possible_length().to_vec(),
        })
    }

    fn matches(&self, nsn: &str) -> bool {
        (self.lengths.is_empty() || self.lengths.contains(&(nsn.len() as u16)))
            && self.re.is_match(nsn.as_bytes())
    }
}

/// A region's number-type descriptors, in the order libphonenumber tries them.
fn number_types(d: &Descriptors) -> [Option<&Descriptor>; 10] {
    [
        d.premium_rate(),
        d.toll_free(),
        d.shared_cost(),
        d.voip(),
        d.personal_number(),
        d.pager(),
        d.uan(),
        d.voicemail(),
        d.fixed_line(),
        d.mobile(),
    ]
}

/// The compiled rules of one region (or non-geographic entity).
struct Rules {
    leading: Option<bytes::Regex>,
    general: Pattern,
    types: Vec<Pattern>,
    /// The longest national number of any type (libphonenumber's `TOO_LONG` bound).
    longest: usize,
}

impl Rules {
    fn new(meta: &Metadata) -> Option<Rules> {
        let d = meta.descriptors();
        let leading = match meta.leading_digits() {
            Some(p) => Some(anchored(p.as_str(), "")?),
            None => None,
        };
        let types = number_types(d)
            .into_iter()
            .flatten()
            .filter_map(Pattern::new)
            .collect::<Vec<_>>();
        let general = Pattern::new(d.general())?;
        let longest = types
            .iter()
            .chain(std::iter::once(&general))
            .filter_map(|t| t.lengths.iter().max())
            .max()
            .map_or(usize::MAX, |&l| usize::from(l));
        Some(Rules {
            leading,
            general,
            types,
            longest,
        })
    }

    /// libphonenumber's `getNumberType(...) != UNKNOWN`.
    fn accepts(&self, nsn: &str) -> bool {
        self.general.matches(nsn) && self.types.iter().any(|t| t.matches(nsn))
    }
}

/// One region of a country code, its rules compiled on first use.
struct Entry {
    meta: &'static Metadata,
    rules: OnceLock<Option<Rules>>,
}

impl Entry {
    fn rules(&self) -> Option<&Rules> {
        self.rules.get_or_init(|| Rules::new(self.meta)).as_ref()
    }
}

/// Regions by country calling code, in libphonenumber's order (the main country first).
fn table() -> &'static CodeTable {
    static TABLE: OnceLock<CodeTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let db: &'static phonenumber::metadata::Database = &DATABASE;
        // Every code, by code: the non-geographic ones share the region id "001" (see
        // `is_assigned_country_code`).
        let by_code = (0..1000u16)
            .map(|code| {
                db.by_code(&code)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|meta| Entry {
                        meta,
                        rules: OnceLock::new(),
                    })
                    .collect()
            })
            .collect();
        CodeTable(by_code)
    })
}

/// The regions of each country calling code, indexed by the code (0–999; empty where none):
/// every check looks here, so a direct index rather than a hashed map.
struct CodeTable(Vec<Box<[Entry]>>);

impl CodeTable {
    fn get(&self, code: u16) -> Option<&[Entry]> {
        self.0
            .get(usize::from(code))
            .map(|e| &**e)
            .filter(|e| !e.is_empty())
    }
}

/// Per-region prefix patterns, compiled on first use.
struct Prefixes {
    meta: &'static Metadata,
    idd: OnceLock<Option<Regex>>,
    national: OnceLock<Option<Regex>>,
}

fn prefixes(region: &str) -> Option<&'static Prefixes> {
    static TABLE: OnceLock<HashMap<&'static str, Prefixes>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let db: &'static phonenumber::metadata::Database = &DATABASE;
        db.iter()
            .filter(|m| m.id() != "001")
            .map(|meta| {
                let p = Prefixes {
                    meta,
                    idd: OnceLock::new(),
                    national: OnceLock::new(),
                };
                (meta.id(), p)
            })
            .collect()
    });
    table.get(region)
}

/// A region's international dialling prefix pattern (`00`, `011`, CN's `00|1(?:[12]\d|79)\d\d00`),
/// anchored at the start, compiled once per region on first use.
pub(super) fn international_prefix(region: &str) -> Option<&'static Regex> {
    let p = prefixes(region)?;
    p.idd
        .get_or_init(|| anchored_str(p.meta.international_prefix()?.as_str(), ""))
        .as_ref()
}

/// What libphonenumber strips from the start of national input as a national (trunk) prefix
/// or carrier code (`nationalPrefixForParsing`, else the national prefix itself), anchored.
pub(super) fn national_prefix_for_parsing(region: &str) -> Option<&'static Regex> {
    let p = prefixes(region)?;
    p.national
        .get_or_init(|| match p.meta.national_prefix_for_parsing() {
            Some(re) => anchored_str(re.as_str(), ""),
            None => anchored_str(&regex::escape(p.meta.national_prefix()?), ""),
        })
        .as_ref()
}

/// The compiled rules of a geographic region (`"CN"`).
fn rules_of_region(region: &str) -> Option<&'static Rules> {
    let code = DATABASE.by_id(region)?.country_code();
    table()
        .get(code)?
        .iter()
        .find(|e| e.meta.id() == region)?
        .rules()
}

/// Whether `nsn` matches the region's general national-number pattern (libphonenumber's
/// `matchNationalNumber(number, generalDesc)`), whatever its type.
pub(super) fn general_matches(region: &str, nsn: &str) -> bool {
    rules_of_region(region).is_some_and(|r| r.general.re.is_match(nsn.as_bytes()))
}

/// Whether `nsn` is longer than any national number of the region.
pub(super) fn too_long(region: &str, nsn: &str) -> bool {
    rules_of_region(region).is_some_and(|r| nsn.len() > r.longest)
}

/// The metadata of the region a national significant number belongs to, or `None` when no
/// region of `code` claims it (libphonenumber's `getRegionCodeForNumber`).
pub(super) fn region_for(code: u16, nsn: &str) -> Option<&'static Metadata> {
    let entries = table().get(code)?;
    if let [only] = entries {
        return Some(only.meta);
    }
    entries.iter().find_map(|e| {
        let rules = e.rules()?;
        let owns = match &rules.leading {
            Some(leading) => leading.is_match(nsn.as_bytes()),
            None => rules.accepts(nsn),
        };
        owns.then_some(e.meta)
    })
}

/// Whether `nsn` (the national significant number, leading zeros included) is a valid number
/// of country code `code`.
pub(super) fn is_valid(code: u16, nsn: &str) -> bool {
    let Some(meta) = region_for(code, nsn) else {
        return false;
    };
    table()
        .get(code)
        .and_then(|entries| entries.iter().find(|e| std::ptr::eq(e.meta, meta)))
        .and_then(Entry::rules)
        .is_some_and(|rules| rules.accepts(nsn))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_numbers_of_several_plans() {
        assert!(is_valid(1, "8882211161"));
        assert!(is_valid(86, "13800138000"));
        assert!(is_valid(39, "0669823456"));
        assert!(is_valid(7, "8001234567"));
        assert!(is_valid(44, "2079460018"));
    }

    #[test]
    fn invalid_numbers() {
        assert!(!is_valid(1, "5550000000"));
        assert!(!is_valid(1, "88822111611"));
        assert!(!is_valid(86, "95188"));
        assert!(!is_valid(999, "12345678"));
        assert!(!is_valid(44, ""));
    }

    #[test]
    fn general_pattern_and_length_bound() {
        assert!(general_matches("VN", "841992000"));
        assert!(!general_matches("RU", "78001234567"));
        assert!(too_long("US", "88822111611"));
        assert!(!too_long("US", "8882211161"));
        assert!(!general_matches("ZZ", "1"));
    }

    /// Every pattern this module compiles, for every region, compiles in its ASCII form: a
    /// pattern that did not would silently drop a number type (or a region's prefixes).
    #[test]
    fn every_region_pattern_compiles_for_ascii_digits() {
        let mut bad = Vec::new();
        for meta in DATABASE.iter() {
            let d = meta.descriptors();
            let types = number_types(d).into_iter().flatten();
            for desc in std::iter::once(d.general()).chain(types) {
                let source = desc.national_number().as_str();
                if anchored(source, "$").is_none() {
                    bad.push(format!("{} {source}", meta.id()));
                }
            }
            let prefixes = [meta.leading_digits(), meta.international_prefix()];
            for re in prefixes.into_iter().flatten() {
                if anchored(re.as_str(), "").is_none() || anchored_str(re.as_str(), "").is_none() {
                    bad.push(format!("{} {}", meta.id(), re.as_str()));
                }
            }
            if let Some(re) = meta.national_prefix_for_parsing() {
                if anchored_str(re.as_str(), "").is_none() {
                    bad.push(format!("{} {}", meta.id(), re.as_str()));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn regions_sharing_a_code() {
        assert_eq!(region_for(1, "4165550123").map(|m| m.id()), Some("CA"));
        assert_eq!(region_for(1, "8882211161").map(|m| m.id()), Some("US"));
        assert_eq!(region_for(86, "13800138000").map(|m| m.id()), Some("CN"));
    }
}
