//! Guarded calls into the `phonenumber` crate, and the mapping of its answers to callguard's.
//!
//! Every call runs inside `catch_unwind`: a panic in the parser (it has had some on malformed
//! input) becomes [`InvalidNumber::ParserFailure`] instead of taking the app down. Inputs are
//! already bounded and folded to `+digits` or `digits` by the caller.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
use phonenumber::{country, ParseError, PhoneNumber};

use super::validity;
use super::{is_assigned_country_code, CallerId, InvalidNumber, Region, ShortCode, E164};

/// The most digits of a national-format caller ID still considered a possible short code.
pub(super) const SHORT_CODE_MAX_DIGITS: usize = 6;
/// The fewest digits of a short code (`110`, `112`).
pub(super) const SHORT_CODE_MIN_DIGITS: usize = 3;

/// Runs `f`, turning a panic into [`InvalidNumber::ParserFailure`].
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, InvalidNumber> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| InvalidNumber::ParserFailure)
}

/// libphonenumber's metadata for a region, or `None` if it does not know the region.
pub(super) fn metadata(region: Region) -> Option<&'static Metadata> {
    // Looked up once per region: the database's map hashes and compares the id's text, and
    // every check with a region asks.
    static BY_REGION: [OnceLock<Option<&'static Metadata>>; 26 * 26] =
        [const { OnceLock::new() }; 26 * 26];
    *BY_REGION[region.slot()]
        .get_or_init(|| guarded(|| DATABASE.by_id(region.as_str())).ok().flatten())
}

fn country_id(region: Region) -> Result<country::Id, InvalidNumber> {
    region
        .as_str()
        .parse()
        .map_err(|_| InvalidNumber::UnknownRegion(region.to_string()))
}

/// The region a bare country calling code (`"86"`) stands for, when the prefix is exactly an
/// assigned code of a geographic region; `None` otherwise (`"1914555"`, `"800"`).
pub(super) fn main_region_of_code(prefix: &str) -> Option<Region> {
    if prefix.is_empty() || prefix.len() > 3 {
        return None;
    }
    let code: u16 = prefix.parse().ok()?;
    if !is_assigned_country_code(code) {
        return None;
    }
    guarded(|| {
        let all = DATABASE.by_code(&code)?;
        let main = all
            .iter()
            .find(|m| m.is_main_country_for_code())
            .or_else(|| all.first())?;
        Region::parse(main.id())
    })
    .ok()
    .flatten()
}

/// Strips `region`'s international dialling prefix from national digits, as libphonenumber
/// does: only when it matches at the start and a non-zero digit follows.
pub(super) fn strip_idd(digits: &str, region: Region) -> Option<&str> {
    let end = validity::international_prefix(region.as_str())?
        .find(digits)?
        .end();
    let rest = &digits[end..];
    (!rest.is_empty() && !rest.starts_with('0')).then_some(rest)
}

/// Parses `+digits` (the digits after a `+` or an international prefix).
pub(super) fn international(digits: &str) -> Result<E164, InvalidNumber> {
    // No calling code starts with 0 (the parser below would read `086…` as 86).
    if digits.starts_with('0') {
        return Err(super::zero_country_code());
    }
    // Country codes are prefix-free, so `+` digits that form a valid number split exactly one
    // way; libphonenumber parses such a number back to itself (E.164 round-trips), and the
    // crate would not always: it strips a "national prefix" from some valid numbers (Russia's
    // toll-free `+7 800…` loses its 8). Only what does not split validly goes to the parser,
    // which knows the national prefixes and carrier codes people type after a country code.
    if let Some(e164) = direct_international(digits) {
        return Ok(e164);
    }
    let text = format!("+{digits}");
    guarded(|| phonenumber::parse(None, &text))?
        .map_err(|e| parse_error(e, digits))
        .and_then(|parsed| finish(&parsed))
        .or_else(|error| international_without_trunk(digits).ok_or(error))
}

/// `digits` split at the (prefix-free) country code, if that makes a valid number.
fn direct_international(digits: &str) -> Option<E164> {
    let (code, nsn) = split_country_code(digits)?;
    validity::is_valid(code, nsn)
        .then(|| e164_of(code, nsn))
        .flatten()
}

/// `digits` split at the (prefix-free) country code, if one of 1 to 3 digits is assigned.
fn split_country_code(digits: &str) -> Option<(u16, &str)> {
    (1..=3.min(digits.len())).find_map(|k| {
        let code: u16 = digits[..k].parse().ok()?;
        is_assigned_country_code(code).then(|| (code, &digits[k..]))
    })
}

/// A national prefix written after the country code (`+44 (0)20…`, `+7 8 800…`, `+1 1 201…`):
/// the number without it, if that is valid. Tried only after the parser found nothing valid.
fn international_without_trunk(digits: &str) -> Option<E164> {
    let (code, nsn) = split_country_code(digits)?;
    guarded(|| DATABASE.by_code(&code))
        .ok()
        .flatten()?
        .into_iter()
        .filter_map(|meta| meta.national_prefix())
        .filter_map(|prefix| nsn.strip_prefix(prefix))
        .find(|rest| validity::is_valid(code, rest))
        .and_then(|rest| e164_of(code, rest))
}

/// National `digits` of `region`, as written or without the region's national prefix, and
/// (when `with_country_code`) without a leading country code typed without `+`, if one of
/// them is a valid number. This repairs the parser's misses (it strips the national prefix
/// twice from `7 800…` in RU) and is the whole rule for short input.
fn direct_national(digits: &str, region: Region, with_country_code: bool) -> Option<E164> {
    let meta = metadata(region)?;
    let code = meta.country_code();
    let cc = code.to_string();
    let trunk = |s: &str| -> Option<String> {
        meta.national_prefix()
            .and_then(|p| s.strip_prefix(p))
            .filter(|rest| !rest.is_empty())
            .map(str::to_string)
    };
    let mut candidates = vec![Some(digits.to_string()), trunk(digits)];
    if with_country_code {
        if let Some(rest) = digits.strip_prefix(cc.as_str()).filter(|r| !r.is_empty()) {
            candidates.push(trunk(rest));
            candidates.push(Some(rest.to_string()));
        }
    }
    candidates
        .into_iter()
        .flatten()
        .find(|nsn| validity::is_valid(code, nsn))
        .and_then(|nsn| e164_of(code, &nsn))
}

/// National digits that libphonenumber would take as written, if they are a valid number: no
/// leading country code and nothing its national-prefix-for-parsing pattern strips, so its
/// parser has nothing to take off. The common case (`888 221 1161` in US, `139…` in CN), read
/// without the crate's parser.
fn plain_national(digits: &str, region: Region) -> Option<E164> {
    let code = metadata(region)?.country_code();
    if digits.starts_with(code.to_string().as_str()) {
        return None;
    }
    let id = region.as_str();
    if validity::national_prefix_for_parsing(id).is_some_and(|re| re.is_match(digits)) {
        return None;
    }
    validity::is_valid(code, digits)
        .then(|| e164_of(code, digits))
        .flatten()
}

/// libphonenumber's rule for national input that starts with the region's own country code
/// (`84 1992000` in VN): the code is taken off only if the whole does not fit the region's
/// general pattern but the rest does, or the whole is too long.
fn takes_country_code_off(digits: &str, region: Region) -> bool {
    let Some(code) = metadata(region).map(|m| m.country_code().to_string()) else {
        return false;
    };
    let Some(rest) = digits.strip_prefix(code.as_str()) else {
        return false;
    };
    let id = region.as_str();
    let rest_fits = validity::general_matches(id, rest)
        || metadata(region)
            .and_then(|m| m.national_prefix())
            .and_then(|p| rest.strip_prefix(p))
            .is_some_and(|r| validity::general_matches(id, r));
    (!validity::general_matches(id, digits) && rest_fits) || validity::too_long(id, digits)
}

/// The E.164 number made of a country code and a national significant number (as digits).
fn e164_of(code: u16, nsn: &str) -> Option<E164> {
    if nsn.is_empty() || nsn.len() + code.ilog10() as usize + 1 > 15 {
        return None;
    }
    let national: u64 = nsn.parse().ok()?;
    E164::from_u64(u64::from(code) * 10u64.pow(nsn.len() as u32) + national)
}

/// Interprets national digits (no `+`) in `region`: an international prefix, a short code
/// (see the module docs), or a national number.
pub(super) fn national(digits: &str, region: Region) -> Result<CallerId, InvalidNumber> {
    let number = national_number(digits, region);
    let outside_rule = !(SHORT_CODE_MIN_DIGITS..=SHORT_CODE_MAX_DIGITS).contains(&digits.len());
    match number {
        // Short numbers outside the 3-6 digit rule (FR `15`, RU `01`, HK's 7-digit ones) are
        // short codes where libphonenumber's short-number metadata allocates them.
        Err(_) if outside_rule => allocated_short_code(digits, region).map_or(number, Ok),
        number => number,
    }
}

/// A short code, if `digits` are an allocated short number in `region`.
fn allocated_short_code(digits: &str, region: Region) -> Option<CallerId> {
    super::short::is_allocated_short_code(region, digits).then(|| short_code(digits, region))
}

/// `digits` as a short code of `region`, kept as dialled.
fn short_code(digits: &str, region: Region) -> CallerId {
    CallerId::ShortCode(ShortCode {
        region,
        digits: digits.to_string(),
    })
}

/// [`national`] without the metadata's short numbers outside the 3-6 digit rule.
fn national_number(digits: &str, region: Region) -> Result<CallerId, InvalidNumber> {
    if let Some(rest) = strip_idd(digits, region) {
        return international(rest).map(CallerId::Number);
    }
    if digits.len() < SHORT_CODE_MIN_DIGITS {
        return Err(InvalidNumber::TooShort);
    }
    if digits.len() <= SHORT_CODE_MAX_DIGITS {
        // Valid numbers this short exist (Niue, Saint Helena, …); anything else is a short code.
        return Ok(match direct_national(digits, region, false) {
            Some(e164) => CallerId::Number(e164),
            None => short_code(digits, region),
        });
    }
    if let Some(e164) = plain_national(digits, region) {
        return Ok(CallerId::Number(e164));
    }
    match reference_national(digits, region) {
        Some(e164) => return Ok(CallerId::Number(e164)),
        // What libphonenumber keeps is not a valid number, and no country code is to be taken
        // off first: invalid, rather than a number found by stripping a prefix twice
        // (`88 800…` in RU, `001 800…` in CO, `0010…` in KR).
        None if !takes_country_code_off(digits, region) => {
            return Err(InvalidNumber::InvalidForRegion(region.to_string()))
        }
        None => {}
    }
    let id = country_id(region)?;
    let parsed = guarded(|| phonenumber::parse(Some(id), digits))?;
    let number = match parsed {
        // The crate took a leading country code off where libphonenumber would not: the
        // digits are a national number as written (or not a valid one at all).
        Ok(p)
            if p.code().source() == country::Source::Number
                && !takes_country_code_off(digits, region) =>
        {
            direct_national(digits, region, false)
                .ok_or_else(|| InvalidNumber::InvalidForRegion(region.to_string()))
        }
        parsed => parsed
            .map_err(|e| parse_error(e, digits))
            .and_then(|parsed| finish(&parsed))
            .or_else(|error| direct_national(digits, region, true).ok_or(error)),
    };
    number.map(CallerId::Number)
}

/// Maps a `phonenumber` parse error; `digits` are the digits that were parsed.
fn parse_error(e: ParseError, digits: &str) -> InvalidNumber {
    match e {
        ParseError::InvalidCountryCode => {
            InvalidNumber::UnknownCountryCode(digits.chars().take(3).collect())
        }
        ParseError::NoNumber | ParseError::TooShortAfterIdd | ParseError::TooShortNsn => {
            InvalidNumber::TooShort
        }
        ParseError::TooLong => InvalidNumber::TooManyDigits { max: 15 },
        ParseError::MalformedInteger(_) => InvalidNumber::ParserFailure,
    }
}

/// Number of digits of the national significant number, leading zeros included.
fn national_len(number: &PhoneNumber) -> u32 {
    let n = number.national();
    let value_digits = if n.value() == 0 {
        0
    } else {
        n.value().ilog10() + 1
    };
    u32::from(n.zeros()) + value_digits
}

/// A region's number-type descriptors, the general one first. (The crate leaves the general
/// descriptor's lengths empty, so lengths are the union over every type, as libphonenumber's
/// metadata build computes them.)
fn descriptors(meta: &Metadata) -> impl Iterator<Item = &Descriptor> {
    let d = meta.descriptors();
    [
        Some(d.general()),
        d.fixed_line(),
        d.mobile(),
        d.toll_free(),
        d.premium_rate(),
        d.shared_cost(),
        d.personal_number(),
        d.voip(),
        d.pager(),
        d.uan(),
        d.voicemail(),
    ]
    .into_iter()
    .flatten()
}

/// The shortest possible national number length of any type in a region's metadata.
fn shortest_possible_length(meta: &Metadata) -> Option<u16> {
    descriptors(meta)
        .filter_map(|desc| desc.possible_length().first().copied())
        .min()
}

/// libphonenumber's `testNumberLength` for an unknown type, reduced to what `parseHelper` asks
/// of it: whether a national number of `len` digits may be kept (possible, or too long), as
/// opposed to too short, possible only locally, or an impossible length.
fn length_keeps(meta: &Metadata, len: usize) -> bool {
    let len = u16::try_from(len).unwrap_or(u16::MAX);
    let mut lengths: Vec<u16> = descriptors(meta)
        .flat_map(|d| d.possible_length().iter().copied())
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    // Local-only lengths that are a full length of another type are not local-only (the
    // metadata build removes them from the general descriptor's local lengths).
    let local_only = !lengths.contains(&len)
        && descriptors(meta).any(|d| d.possible_local_length().contains(&len));
    match (lengths.first(), lengths.last()) {
        _ if local_only => false,
        (Some(&min), Some(&max)) => len >= min && (lengths.contains(&len) || len > max),
        _ => false,
    }
}

/// The national significant number libphonenumber takes from national `digits`
/// (`maybeStripNationalPrefixAndCarrierCode`, then the length check `parseHelper` applies
/// before using it): the national prefix or carrier code is taken off, or transformed by the
/// region's rule, unless that turns a number that fits the region's pattern into one that
/// does not, or leaves an impossible length. The crate's own version checks the wrong string
/// and strips unconditionally (JP `0037…` toll-free numbers became Tokyo numbers).
fn reference_national_number(digits: &str, region: Region) -> Option<String> {
    let meta = metadata(region)?;
    let id = region.as_str();
    let unchanged = || Some(digits.to_string());
    let Some(caps) = validity::national_prefix_for_parsing(id).and_then(|re| re.captures(digits))
    else {
        return unchanged();
    };
    let whole = caps.get(0)?;
    let groups = caps.len() - 1;
    let last_group = (groups > 0).then(|| caps.get(groups)).flatten();
    let candidate = match meta.national_prefix_transform_rule() {
        Some(rule) if !rule.is_empty() && last_group.is_some() => {
            // The metadata writes `$1`; `${1}` keeps a following digit out of the group name.
            let rule = (1..=9).fold(rule.to_string(), |r, g| {
                r.replace(&format!("${g}"), &format!("${{{g}}}"))
            });
            let mut transformed = String::new();
            caps.expand(&rule, &mut transformed);
            transformed.push_str(&digits[whole.end()..]);
            transformed
        }
        _ => digits[whole.end()..].to_string(),
    };
    let viable = validity::general_matches(id, digits);
    if viable && !validity::general_matches(id, &candidate) {
        return unchanged();
    }
    if !length_keeps(meta, candidate.len()) {
        return unchanged();
    }
    Some(candidate)
}

/// National `digits` read as libphonenumber reads them, when that gives a valid number.
fn reference_national(digits: &str, region: Region) -> Option<E164> {
    let code = metadata(region)?.country_code();
    let nsn = reference_national_number(digits, region)?;
    validity::is_valid(code, &nsn)
        .then(|| e164_of(code, &nsn))
        .flatten()
}

/// Checks a parsed number's validity and builds its E.164 form, or says why it is invalid.
fn finish(number: &PhoneNumber) -> Result<E164, InvalidNumber> {
    let code = number.code().value();
    if !is_assigned_country_code(code) {
        return Err(InvalidNumber::UnknownCountryCode(code.to_string()));
    }
    let nsn_len = national_len(number);
    if code.ilog10() + 1 + nsn_len > 15 {
        return Err(InvalidNumber::TooManyDigits { max: 15 });
    }
    let national = number.national();
    let mut nsn = "0".repeat(usize::from(national.zeros()));
    if national.value() != 0 {
        nsn.push_str(&national.value().to_string());
    }
    if validity::is_valid(code, &nsn) {
        return e164_of(code, &nsn).ok_or(InvalidNumber::TooManyDigits { max: 15 });
    }
    // Invalid: too short for every region of the code, or just not a number there.
    let shortest = guarded(|| {
        DATABASE
            .by_code(&code)
            .unwrap_or_default()
            .iter()
            .filter_map(|m| shortest_possible_length(m))
            .min()
    })?;
    if shortest.is_some_and(|min| nsn_len < u32::from(min)) {
        return Err(InvalidNumber::TooShort);
    }
    let name = guarded(|| number.country().id())?
        .map(|id| id.as_ref().to_string())
        .or_else(|| main_region_of_code(&code.to_string()).map(|r| r.to_string()))
        .unwrap_or_else(|| format!("+{code}"));
    Err(InvalidNumber::InvalidForRegion(name))
}

/// The region of a (valid) E.164 number, by libphonenumber's leading-digit rules.
pub(super) fn region_of(number: E164) -> Option<Region> {
    let code = number.country_code()?;
    let nsn = number.national_digits()?;
    Region::parse(validity::region_for(code, &nsn)?.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_the_parser_becomes_an_error() {
        let r: Result<(), _> = guarded(|| panic!("simulated parser panic"));
        assert_eq!(r, Err(InvalidNumber::ParserFailure));
    }

    #[test]
    fn idd_is_stripped_only_before_a_non_zero_digit() {
        let cn = Region::parse("CN").unwrap();
        let us = Region::parse("US").unwrap();
        assert_eq!(strip_idd("0086138", cn), Some("86138"));
        assert_eq!(strip_idd("000086", cn), None);
        assert_eq!(strip_idd("01186", us), Some("86"));
        assert_eq!(strip_idd("0086", us), None);
        assert_eq!(strip_idd("00", cn), None);
    }

    #[test]
    fn bare_country_codes_name_their_main_region() {
        assert_eq!(main_region_of_code("86"), Region::parse("CN"));
        assert_eq!(main_region_of_code("1"), Region::parse("US"));
        assert_eq!(main_region_of_code("44"), Region::parse("GB"));
        assert_eq!(main_region_of_code("800"), None);
        assert_eq!(main_region_of_code("1914555"), None);
        assert_eq!(main_region_of_code(""), None);
    }
}
