//! libphonenumber's own parsing tests, ported: every input its parse tests hand to `parse`
//! (python-phonenumbers `phonenumberutiltest.py`, Apache-2.0), judged again with real metadata
//! by the pinned python-phonenumbers (`scripts/gen-parse-cases` wrote
//! `tests/data/libphonenumber_parse_cases.jsonl`; each row states the reference's answer).
//!
//! Where the reference finds a valid number, callguard must find the same one; where it finds
//! none, callguard must not find one either. The short-number tests' inputs
//! (`shortnumberinfotest.py`): a valid short number of its region must be read as that region's
//! short code. The few deliberate differences are listed in
//! [`DIFFERENCES`] with the reason, and every one of them must still occur (a stale entry fails).

use std::collections::BTreeMap;

use callguard::number::{normalize, CallerId, Region};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    theme: String,
    input: String,
    region: Option<String>,
    e164: Option<String>,
    #[serde(default)]
    valid: bool,
    error: Option<String>,
    /// For the short-number tests: whether the digits are a valid short number of the region.
    short_valid: Option<bool>,
}

/// Inputs where callguard deliberately answers otherwise, and why.
const DIFFERENCES: &[(&str, &str)] = &[
    // A caller ID with letters is refused: vanity numbers and text around a number are not
    // what a telephony stack delivers, and letters read as digits would let a display name
    // such as "PAYPAL" pass for a number.
    ("1800 six-flag", LETTERS),
    ("+1800 six-flag", LETTERS),
    ("001800 six-flag", LETTERS),
    ("0800 DDA 005", LETTERS),
    ("0900 DDA 6005", LETTERS),
    ("0900 332 6005a", LETTERS),
    ("0900 332 600a5", LETTERS),
    ("0900 332 600A5", LETTERS),
    ("0900 a332 600A5", LETTERS),
    ("(0xx) 1187654321", LETTERS),
    ("My number is tel:03-331-6005;phone-context=+64", LETTERS),
];

const LETTERS: &str = "letters are refused, vanity numbers and surrounding text included";

fn cases() -> Vec<Case> {
    let text = include_str!("data/libphonenumber_parse_cases.jsonl");
    text.lines()
        .skip(1) // the provenance line
        .map(|l| serde_json::from_str(l).expect("a case parses"))
        .collect()
}

fn describe(ours: &Result<CallerId, callguard::number::InvalidNumber>) -> String {
    match ours {
        Ok(CallerId::Number(n)) => n.to_string(),
        Ok(CallerId::ShortCode(s)) => format!("short code {}", s.digits),
        Ok(CallerId::Withheld) => "withheld".into(),
        Err(e) => format!("error {}", e.code()),
    }
}

#[test]
fn agrees_with_libphonenumber_on_its_own_parse_tests() {
    let cases = cases();
    assert!(cases.len() >= 200, "{} cases", cases.len());
    let mut by_theme: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut used = vec![false; DIFFERENCES.len()];
    for case in &cases {
        // `ZZ` and `CS` are libphonenumber's "no region" and a retired code: no region.
        let region = case
            .region
            .as_deref()
            .and_then(|r| Region::parse_known(r).ok());
        let ours = normalize(&case.input, region);
        let ours_number = match &ours {
            Ok(CallerId::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let agrees = match case.short_valid {
            // An allocated short number is a short code of its region, digits as dialled; any
            // other short input (`116123` in FR) may be a short code by the 3-6 digit rule,
            // but never a number.
            Some(true) => matches!(&ours, Ok(CallerId::ShortCode(s)) if s.digits == case.input),
            Some(false) => ours_number.is_none(),
            None => ours_number == if case.valid { case.e164.clone() } else { None },
        };
        let entry = by_theme.entry(&case.theme).or_default();
        entry.0 += 1;
        if agrees {
            entry.1 += 1;
            continue;
        }
        if let Some(i) = DIFFERENCES
            .iter()
            .position(|(input, _)| *input == case.input)
        {
            used[i] = true;
            continue;
        }
        failures.push(format!(
            "{} {:?} in {:?}: reference {}, callguard {}",
            case.theme,
            case.input,
            case.region,
            match (
                &case.e164,
                case.valid || case.short_valid == Some(true),
                &case.error
            ) {
                _ if case.short_valid.is_some() =>
                    format!("short number valid: {:?}", case.short_valid),
                (Some(e), true, _) => format!("{e} (valid)"),
                (Some(e), false, _) => format!("{e} (not valid)"),
                (_, _, Some(err)) => format!("error {err}"),
                _ => "nothing".into(),
            },
            describe(&ours)
        ));
    }
    println!("libphonenumber parse tests, cases agreeing per theme:");
    for (theme, (n, ok)) in &by_theme {
        println!("  {theme:<50} {ok:>3}/{n}");
    }
    let stale: Vec<_> = DIFFERENCES
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((input, _), _)| *input)
        .collect();
    assert!(
        stale.is_empty(),
        "listed differences that no longer occur: {stale:?}"
    );
    assert!(
        failures.is_empty(),
        "{}\n{} disagreements",
        failures.join("\n"),
        failures.len()
    );
}
