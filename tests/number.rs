//! Caller-ID normalization: every accepted input form, every error reason, and properties
//! (never panics; the fast path agrees with the full parse).

use callguard::number::{
    canonical_e164, digits_of, normalize, CallerId, DialPrefix, InvalidNumber, Region, ShortCode,
    E164, MAX_DIGITS, MAX_INPUT_BYTES,
};
use proptest::prelude::*;

fn region(code: &str) -> Option<Region> {
    Some(Region::parse(code).expect("test region"))
}

/// Normalizes and expects an E.164 number, returned as `+digits` text.
fn e164(raw: &str, r: Option<Region>) -> String {
    match normalize(raw, r) {
        Ok(CallerId::Number(e)) => e.to_string(),
        other => panic!("{raw:?} in {r:?}: expected a number, got {other:?}"),
    }
}

fn short(raw: &str, r: Option<Region>) -> ShortCode {
    match normalize(raw, r) {
        Ok(CallerId::ShortCode(s)) => s,
        other => panic!("{raw:?} in {r:?}: expected a short code, got {other:?}"),
    }
}

const PAYPAL: &str = "+18882211161";
const CN_MOBILE: &str = "+8613800138000";

#[test]
fn international_formats() {
    for raw in [
        "+1 888 221 1161",
        "+1 (888) 221-1161",
        "+1.888.221.1161",
        "+18882211161",
        " +1 888 221 1161 ",
    ] {
        assert_eq!(e164(raw, None), PAYPAL, "{raw}");
        assert_eq!(e164(raw, region("CN")), PAYPAL, "{raw} from CN");
    }
    assert_eq!(e164("+8613800138000", None), CN_MOBILE);
    assert_eq!(e164("+86 138 0013 8000", region("US")), CN_MOBILE);
    assert_eq!(e164("+44 20 7946 0018", None), "+442079460018");
    // Italian fixed lines keep their leading zero in E.164.
    assert_eq!(e164("+39 06 6982 3456", None), "+390669823456");
}

#[test]
fn national_formats_with_a_default_region() {
    let us = region("US");
    for raw in [
        "(888) 221-1161",
        "888.221.1161",
        "888-221-1161",
        "1-888-221-1161",
        "8882211161",
        "888/221 1161",
    ] {
        assert_eq!(e164(raw, us), PAYPAL, "{raw}");
    }
    assert_eq!(e164("138 0013 8000", region("CN")), CN_MOBILE);
    assert_eq!(e164("010 6552 9988", region("CN")), "+861065529988");
    assert_eq!(e164("020 7946 0018", region("GB")), "+442079460018");
    assert_eq!(e164("030 123456", region("DE")), "+4930123456");
    // Region codes are accepted in any case.
    assert_eq!(e164("138 0013 8000", Region::parse("cn")), CN_MOBILE);
}

#[test]
fn international_dialling_prefix_of_the_region() {
    assert_eq!(e164("00 1 888 221 1161", region("CN")), PAYPAL);
    assert_eq!(e164("011 1 888 221 1161", region("US")), PAYPAL);
    assert_eq!(e164("011 86 138 0013 8000", region("US")), CN_MOBILE);
    assert_eq!(e164("0086 138 0013 8000", region("DE")), CN_MOBILE);
    // Russia's `8~10`: the tilde waits for the dial tone.
    assert_eq!(e164("8~10 1 888 221 1161", region("RU")), PAYPAL);
    // `00` is not the international prefix in the US: it is not read as one.
    assert!(normalize("0086 138 0013 8000", region("US")).is_err());
}

#[test]
fn tel_uris() {
    assert_eq!(e164("tel:+1-888-221-1161", None), PAYPAL);
    assert_eq!(e164("TEL:+1-888-221-1161;ext=42", None), PAYPAL);
    assert_eq!(e164("tel:138-0013-8000;phone-context=+86", None), CN_MOBILE);
    // The RFC 3966 example: the context completes the local number (as libphonenumber does);
    // +1 914 555 863 1234 is too long for a NANP number.
    assert!(normalize("tel:863-1234;phone-context=+1-914-555", None).is_err());
    assert_eq!(e164("tel:221-1161;phone-context=+1-888", None), PAYPAL);
    assert_eq!(
        short("tel:95188;phone-context=+86", None),
        ShortCode {
            region: Region::parse("CN").unwrap(),
            digits: "95188".into()
        }
    );
    // A domain context: the local number is read in the default region.
    assert_eq!(
        e164("tel:888-221-1161;phone-context=example.com", region("US")),
        PAYPAL
    );
    assert_eq!(
        normalize("tel:888-221-1161;phone-context=example.com", None),
        Err(InvalidNumber::NeedsRegion)
    );
    assert_eq!(
        normalize("tel:1234;phone-context=", region("US")),
        Err(InvalidNumber::InvalidPhoneContext)
    );
    assert_eq!(
        normalize("tel:", region("US")),
        Err(InvalidNumber::NoDigits)
    );
}

#[test]
fn sip_uris() {
    assert_eq!(e164("sip:+18882211161@gw.example;user=phone", None), PAYPAL);
    assert_eq!(e164("sips:+1-888-221-1161@gw.example", None), PAYPAL);
    assert_eq!(e164("SIP:+18882211161:pw@gw.example:5060", None), PAYPAL);
    assert_eq!(e164("<sip:%2B18882211161@gw.example>", None), PAYPAL);
    assert_eq!(
        e164("\"Alipay 95188\" <sip:+8613800138000@gw.example>", None),
        CN_MOBILE
    );
    assert_eq!(
        e164("sip:8882211161@gw.example;user=phone", region("US")),
        PAYPAL
    );
    assert_eq!(
        short("sip:95188@gw.example", region("CN")).digits,
        "95188".to_string()
    );
    assert_eq!(
        normalize("sip:alice@example.com", None),
        Err(InvalidNumber::NotANumber)
    );
}

#[test]
fn unicode_digits_separators_and_invisible_characters() {
    let cn = region("CN");
    assert_eq!(short("９５１８８", cn).digits, "95188");
    assert_eq!(e164("＋１ ８８８ ２２１ １１６１", None), PAYPAL);
    assert_eq!(e164("+١ ٨٨٨ ٢٢١ ١١٦١", None), PAYPAL); // Arabic-Indic
    assert_eq!(e164("+۱۸۸۸۲۲۱۱۱۶۱", None), PAYPAL); // Extended Arabic-Indic
    assert_eq!(e164("+१८८८२२१११६१", None), PAYPAL); // Devanagari
    assert_eq!(e164("+𝟏𝟖𝟖𝟖𝟐𝟐𝟏𝟏𝟏𝟔𝟏", None), PAYPAL); // mathematical bold
    assert_eq!(e164("+1\u{00A0}888\u{00A0}221\u{00A0}1161", None), PAYPAL);
    assert_eq!(
        e164("\u{FEFF}+1\u{200B}888\u{200C}221\u{200D}11\u{2060}61", None),
        PAYPAL
    );
    assert_eq!(e164("+1 888–221—1161", None), PAYPAL); // en and em dashes
    assert_eq!(e164("\u{2066}+1 888 221 1161\u{2069}", None), PAYPAL); // LTR isolate
    assert_eq!(e164("（888）２２１－１１６１", region("US")), PAYPAL);
}

#[test]
fn short_codes_are_scoped_to_a_region() {
    let cn = region("CN");
    for code in ["95188", "95017", "95516", "10086", "110", "12306"] {
        let s = short(code, cn);
        assert_eq!(s.region.as_str(), "CN");
        assert_eq!(s.digits, code);
    }
    assert_eq!(short("9 5 1 8 8", cn).digits, "95188");
    assert_eq!(short("95-188", cn).digits, "95188");
    // The same digits are a different key in another region.
    assert_eq!(short("95188", region("US")).region.as_str(), "US");
    // Without a region they cannot be interpreted.
    assert_eq!(normalize("95188", None), Err(InvalidNumber::NeedsRegion));
    // Behind a `+` or an international prefix they are numbers of country +95, and invalid.
    assert!(normalize("+95188", cn).is_err());
    assert!(normalize("0095188", cn).is_err());
    assert_eq!(
        CallerId::ShortCode(short("95188", cn))
            .normalized()
            .as_deref(),
        Some("95188")
    );
}

#[test]
fn withheld_callers() {
    for raw in [
        "",
        "   ",
        "\u{200B}",
        "anonymous",
        "Anonymous",
        "ANONYMOUS",
        "private",
        "Private Number",
        "unknown",
        "UNKNOWN",
        "restricted",
        "Restricted",
        "withheld",
        "Withheld",
        "sip:anonymous@anonymous.invalid",
        "<sip:Anonymous@anonymous.invalid>",
        "tel:private",
    ] {
        assert_eq!(normalize(raw, None), Ok(CallerId::Withheld), "{raw:?}");
        assert_eq!(
            normalize(raw, region("CN")),
            Ok(CallerId::Withheld),
            "{raw:?}"
        );
    }
    assert_eq!(CallerId::Withheld.normalized(), None);
}

#[test]
fn every_error_reason() {
    let us = region("US");
    let cn = region("CN");
    let long = "1".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        normalize(&long, us),
        Err(InvalidNumber::TooLong {
            len: MAX_INPUT_BYTES + 1,
            max: MAX_INPUT_BYTES
        })
    );
    assert_eq!(
        normalize(&"1".repeat(MAX_DIGITS + 1), us),
        Err(InvalidNumber::TooManyDigits { max: MAX_DIGITS })
    );
    assert_eq!(
        normalize("+1 888 221 1161 2345 6789", None),
        Err(InvalidNumber::TooManyDigits { max: 15 })
    );
    assert_eq!(
        normalize("1-800-FLOWERS", us),
        Err(InvalidNumber::NotANumber)
    );
    assert_eq!(normalize("call me", us), Err(InvalidNumber::NotANumber));
    assert_eq!(
        normalize("+1 888 221 1161 PayPal", us),
        Err(InvalidNumber::NotANumber)
    );
    assert_eq!(
        normalize("*21#", us),
        Err(InvalidNumber::UnexpectedCharacter('*'))
    );
    assert_eq!(
        normalize("888+2211161", us),
        Err(InvalidNumber::UnexpectedCharacter('+'))
    );
    assert_eq!(
        normalize("+1 888 221 1161\u{202E}", us),
        Err(InvalidNumber::BidiControl)
    );
    assert_eq!(normalize("--- ()", us), Err(InvalidNumber::NoDigits));
    assert_eq!(
        normalize("(888) 221-1161", None),
        Err(InvalidNumber::NeedsRegion)
    );
    assert_eq!(
        normalize("(888) 221-1161", Region::parse("ZZ")),
        Err(InvalidNumber::UnknownRegion("ZZ".into()))
    );
    assert_eq!(
        normalize("+999 1234 5678", None),
        Err(InvalidNumber::UnknownCountryCode("999".into()))
    );
    assert_eq!(normalize("12", us), Err(InvalidNumber::TooShort));
    assert_eq!(normalize("+1 2530", None), Err(InvalidNumber::TooShort));
    assert_eq!(normalize("+95188", None), Err(InvalidNumber::TooShort));
    assert_eq!(
        normalize("+1 555 000 0000", None),
        Err(InvalidNumber::InvalidForRegion("US".into()))
    );
    assert_eq!(
        normalize("999 123 4567", us),
        Err(InvalidNumber::InvalidForRegion("US".into()))
    );
    assert_eq!(
        normalize("+44 1111 111111", cn),
        Err(InvalidNumber::InvalidForRegion("GB".into()))
    );
    // Every error has a message a person can read.
    for e in [
        InvalidNumber::NeedsRegion,
        InvalidNumber::ParserFailure,
        InvalidNumber::TooShort,
    ] {
        assert!(e.to_string().len() > 10);
    }
}

#[test]
fn digits_of_keeps_what_the_caller_id_carried() {
    let cn = region("CN");
    let d = digits_of("+95 188 1234", cn).unwrap();
    assert_eq!(
        (d.prefix, d.digits.as_str()),
        (DialPrefix::Plus, "951881234")
    );
    assert!(d.is_international());
    let d = digits_of("0095188", cn).unwrap();
    assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Idd, "95188"));
    let d = digits_of("0095188", None).unwrap();
    assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Idd, "95188"));
    let d = digits_of("011 95 188", region("US")).unwrap();
    assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Idd, "95188"));
    let d = digits_of("９５１８８", cn).unwrap();
    assert_eq!(
        (d.prefix, d.digits.as_str()),
        (DialPrefix::National, "95188")
    );
    assert!(!d.is_international());
    let d = digits_of("tel:188;phone-context=+95", None).unwrap();
    assert_eq!((d.prefix, d.digits.as_str()), (DialPrefix::Plus, "95188"));
    assert_eq!(digits_of("anonymous", cn), None);
    assert_eq!(digits_of("", cn), None);
    assert_eq!(digits_of("call me", cn), None);
}

#[test]
fn e164_accessors() {
    let e = canonical_e164(CN_MOBILE).unwrap();
    assert_eq!(e.country_code(), Some(86));
    assert_eq!(e.national_digits().as_deref(), Some("13800138000"));
    assert_eq!(e.region(), Region::parse("CN"));
    assert_eq!(e.len(), 13);
    assert_eq!(e.digits(), "8613800138000");
    let paypal = canonical_e164(PAYPAL).unwrap();
    assert_eq!(paypal.country_code(), Some(1));
    assert_eq!(paypal.region(), Region::parse("US"));
    assert_eq!(
        canonical_e164("+14165550123").unwrap().region(),
        Region::parse("CA")
    );
    assert_eq!(
        canonical_e164("+35312345678").unwrap().country_code(),
        Some(353)
    );
    assert_eq!(E164::from_u64(0), None);
    assert_eq!(E164::from_u64(1_000_000_000_000_000), None);
    assert_eq!(Region::parse("cn").unwrap().country_code(), Some(86));
    assert_eq!(Region::parse("ZZ").unwrap().country_code(), None);
}

#[test]
fn fast_path_agrees_with_normalize() {
    for raw in [
        PAYPAL,
        CN_MOBILE,
        "+442079460018",
        "+390669823456",
        "+61236618300",
    ] {
        let fast = canonical_e164(raw).expect(raw);
        assert_eq!(normalize(raw, None), Ok(CallerId::Number(fast)), "{raw}");
        assert_eq!(fast.to_string(), raw);
    }
    // Anything not canonical is left to the full parse.
    for raw in [
        "+1 888 221 1161",
        "18882211161",
        "+１８８８２２１１１６１",
        "tel:+18882211161",
    ] {
        assert_eq!(canonical_e164(raw), None, "{raw}");
    }
}

/// The fast path's safety argument: for every example number of every type in every region's
/// metadata that is valid, the canonical E.164 text normalizes to exactly itself, so probing
/// the index with `canonical_e164` gives the answer `normalize` would.
#[test]
fn normalize_is_the_identity_on_valid_canonical_e164() {
    let mut checked = 0;
    for meta in phonenumber::metadata::DATABASE.iter() {
        let d = meta.descriptors();
        let descriptors = [
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
        ];
        for example in descriptors
            .into_iter()
            .flatten()
            .filter_map(|x| x.example())
        {
            let text = format!("+{}{}", meta.country_code(), example);
            let Some(fast) = canonical_e164(&text) else {
                continue; // longer than 15 digits: not E.164
            };
            match normalize(&text, None) {
                Ok(CallerId::Number(e)) => {
                    assert_eq!(e, fast, "{text} ({})", meta.id());
                    checked += 1;
                }
                // A few metadata examples are not valid by the metadata's own patterns; they
                // can never be in a registry, so the fast path never meets them.
                Ok(other) => panic!("{text}: {other:?}"),
                Err(_) => {}
            }
        }
    }
    assert!(checked > 1000, "only {checked} example numbers checked");
}

/// Strategy for strings built from the pieces caller IDs are made of, to reach deep paths.
fn caller_id_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("+".to_string()),
        Just("00".to_string()),
        Just("011".to_string()),
        Just("tel:".to_string()),
        Just("sip:".to_string()),
        Just("@gw.example".to_string()),
        Just(";phone-context=".to_string()),
        Just(";phone-context=+86".to_string()),
        Just(";ext=".to_string()),
        Just("%2B".to_string()),
        Just("%".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just(":".to_string()),
        Just("anonymous".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{202E}".to_string()),
        Just("９".to_string()),
        Just("٣".to_string()),
        "[0-9]{1,18}",
        "[ ().\\-/]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn any_region() -> impl Strategy<Value = Option<Region>> {
    prop_oneof![
        Just(None),
        prop::sample::select(vec![
            "CN", "US", "GB", "DE", "IT", "BR", "IN", "JP", "ZZ", "AR", "RU"
        ])
        .prop_map(Region::parse),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn normalize_never_panics_on_any_unicode(raw in any::<String>(), r in any_region()) {
        let _ = normalize(&raw, r);
        let _ = digits_of(&raw, r);
        let _ = canonical_e164(&raw);
    }

    #[test]
    fn normalize_never_panics_on_long_or_printable_text(raw in "\\PC{0,400}", r in any_region()) {
        let _ = normalize(&raw, r);
        let _ = digits_of(&raw, r);
        let _ = canonical_e164(&raw);
    }

    #[test]
    fn normalize_never_panics_on_caller_id_like_strings(raw in caller_id_like(), r in any_region()) {
        let result = normalize(&raw, r);
        let _ = digits_of(&raw, r);
        // A number that comes out is canonical: printing and re-reading it is the identity.
        if let Ok(CallerId::Number(e)) = result {
            prop_assert_eq!(canonical_e164(&e.to_string()), Some(e));
        }
    }

    #[test]
    fn normalized_numbers_are_fixed_points(raw in "\\+?[0-9 ]{3,20}", r in any_region()) {
        if let Ok(CallerId::Number(e)) = normalize(&raw, r) {
            prop_assert_eq!(normalize(&e.to_string(), None), Ok(CallerId::Number(e)));
        }
    }

    #[test]
    fn fast_path_is_exactly_canonical_text(n in 1u64..1_000_000_000_000_000) {
        let text = format!("+{n}");
        prop_assert_eq!(canonical_e164(&text).map(|e| e.as_u64()), Some(n));
        let spaced = format!("+ {n}");
        prop_assert_eq!(canonical_e164(&spaced), None);
    }
}

/// Digits after `+` that start with 0, judged by libphonenumber (python-phonenumbers 9.x,
/// `phonenumbers.parse(raw, region)`): no calling code starts with 0, so without a region the
/// reference refuses them ("Could not interpret numbers after plus-sign"), and with a region it
/// strips that region's international prefix typed after the `+`.
#[test]
fn no_calling_code_starts_with_zero() {
    // (input, region, the reference's E.164 or None for an error)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("+0 44 20 7946 0000", None, None),
        ("+0 44 20 7946 0000", Some("GB"), None),
        ("tel:+01-888-221-1161", None, None),
        ("+086 138 0013 8000", None, None),
        ("+086 138 0013 8000", Some("CN"), None),
        ("+01 888 221 1161", Some("US"), None),
        ("+011 44 20 7946 0000", Some("US"), Some("+442079460000")),
        ("+011 1 888 221 1161", Some("US"), Some("+18882211161")),
        ("+00 86 138 0013 8000", Some("CN"), Some("+8613800138000")),
        ("+00 86 138 0013 8000", Some("DE"), Some("+8613800138000")),
    ];
    for &(raw, r, expected) in cases {
        let got = normalize(raw, r.and_then(Region::parse));
        match expected {
            Some(e164) => assert_eq!(
                got,
                Ok(CallerId::Number(canonical_e164(e164).unwrap())),
                "{raw:?} in {r:?}"
            ),
            None => assert!(got.is_err(), "{raw:?} in {r:?}: {got:?}"),
        }
    }
    assert_eq!(
        normalize("+086 138 0013 8000", None),
        Err(InvalidNumber::UnknownCountryCode("0".into()))
    );
}

/// Characters phones and libphonenumber's own tests put around and inside numbers (reference:
/// python-phonenumbers 9.x gives +18882211161 and +81312345678).
#[test]
fn left_to_right_overrides_and_the_japanese_long_vowel_dash() {
    // iOS wraps a copied number in U+202D (left-to-right override) … U+202C (pop).
    assert_eq!(e164("\u{202D}+1 888 221 1161\u{202C}", None), PAYPAL);
    // libphonenumber's testParseNonAscii: U+30FC used as a dash.
    assert_eq!(e164("+81 3ー1234ー5678", None), "+81312345678");
    // Right-to-left controls still reorder what is shown: still refused.
    assert_eq!(
        normalize("\u{202E}+1 888 221 1161", None),
        Err(InvalidNumber::BidiControl)
    );
}

/// SIP From headers and RFC 3966 phone contexts as they arrive (reference for the contexts:
/// python-phonenumbers 9.x refuses `phone-context=1`, "The phone-context value is invalid",
/// and reads a domain context in the default region).
#[test]
fn sip_from_headers_and_digit_only_phone_contexts() {
    // Every real From header carries a tag after the name-addr.
    assert_eq!(
        e164(
            "\"PayPal\" <sip:+18882211161@gw.example;user=phone>;tag=1928301774",
            None
        ),
        PAYPAL
    );
    assert_eq!(
        e164("PayPal Support <sip:+18882211161@gw.example>", None),
        PAYPAL
    );
    // A display name may itself contain angle brackets when quoted.
    assert_eq!(
        e164(
            "\"<sip:+15550000000@evil>\" <sip:+18882211161@gw>;tag=x",
            None
        ),
        PAYPAL
    );
    assert_eq!(
        normalize(
            "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=hyh8",
            None
        ),
        Ok(CallerId::Withheld)
    );
    // A context of digits without `+` is not a domain name: refused, never the default region.
    assert_eq!(
        normalize("tel:8882211161;phone-context=1", region("US")),
        Err(InvalidNumber::InvalidPhoneContext)
    );
    assert_eq!(
        e164("tel:8882211161;phone-context=example.com", region("US")),
        PAYPAL
    );
    assert_eq!(
        e164("tel:8882211161;phone-context=a1.example.com.", region("US")),
        PAYPAL
    );
}

/// The non-geographic calling codes share the region id "001" in libphonenumber's metadata;
/// each must still be known (reference: python-phonenumbers 9.x, `is_valid_number` true).
#[test]
fn non_geographic_calling_codes_are_numbers() {
    for (raw, expected) in [
        ("+800 1234 5678", "+80012345678"),
        ("+808 1234 5678", "+80812345678"),
        ("+870 773 111 632", "+870773111632"),
        ("+881 6 1234 5678", "+881612345678"),
        ("+883 5100 0000 0000", "+883510000000000"),
    ] {
        assert_eq!(e164(raw, None), expected, "{raw}");
    }
}

/// National input whose national significant number begins with the trunk prefix itself, or
/// that carries the prefix twice, read as libphonenumber reads it (reference: python-phonenumbers
/// 9.x; `None` where the reference's number is not valid).
#[test]
fn the_trunk_prefix_is_taken_off_once_and_only_when_libphonenumber_would() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // JP toll-free 0037…: stripping the 0 would leave no JP number; the reference keeps it.
        ("0037 12 3456 7", "JP", Some("+8100371234567")),
        ("00371234567", "JP", Some("+8100371234567")),
        ("03-1234-5678", "JP", Some("+81312345678")),
        ("8 800 555 35 35", "RU", Some("+78005553535")),
        ("0800 123 45", "PK", Some("+9280012345")),
        // The prefix twice: the reference strips it once and finds no valid number.
        ("88 (800) 555 35 35", "RU", None),
        ("001 800 1234567", "CO", None),
        ("0010-1234-5678", "KR", None),
    ];
    for &(raw, r, expected) in cases {
        let got = normalize(raw, region(r));
        match expected {
            Some(e) => assert_eq!(
                got,
                Ok(CallerId::Number(canonical_e164(e).unwrap())),
                "{raw:?} in {r}"
            ),
            None => assert!(
                !matches!(got, Ok(CallerId::Number(_))),
                "{raw:?} in {r}: {got:?}"
            ),
        }
    }
}

#[test]
fn extensions_pluses_and_short_numbers_outside_three_to_six_digits() {
    // Each answer is python-phonenumbers 9.0.35's (parse, then is_valid_number or
    // is_valid_short_number_for_region).
    let (us, de) = (region("US"), region("DE"));
    for (raw, r, want) in [
        ("+1 888 221 1161 ext. 5", None, "+18882211161"),
        ("(888) 221-1161 x 5", us, "+18882211161"),
        ("888 221 1161~1234", us, "+18882211161"),
        ("888 221 1161 - 503#", us, "+18882211161"),
        ("+18882211161,,12#", None, "+18882211161"),
        ("tel:+1-888-221-1161;ext=12", None, "+18882211161"),
        // Kept, the extension's digits would make another valid German number.
        ("030 1234567~89", de, "+49301234567"),
        ("++1 888 221 1161", None, "+18882211161"),
        ("+1 888 221 1161+", None, "+18882211161"),
        ("03-331-6005;phone-context=+64", None, "+6433316005"),
    ] {
        assert_eq!(e164(raw, r), want, "{raw}");
    }
    for (raw, r) in [
        ("+ +1 888 221 1161", None),
        ("+1 888+221 1161", None),
        ("tel:+1-888-221-1161;ext=123456789012345678901", None),
        ("tel:033316005;phone-context=++64", None),
        ("+1 888 221 1161 x1234567890", None), // ten digits after `x` are no extension
    ] {
        assert!(normalize(raw, r).is_err(), "{raw}");
    }
    // Emergency and service numbers of two or seven digits, where the short-number metadata
    // allocates them; other two-digit input stays too short.
    for (raw, r, digits) in [
        ("15", "FR", "15"),
        ("17", "FR", "17"),
        ("18", "FR", "18"),
        ("01", "RU", "01"),
        ("03", "RU", "03"),
        ("1878200", "HK", "1878200"),
    ] {
        assert_eq!(short(raw, region(r)).digits, digits, "{r} {raw}");
    }
    assert_eq!(normalize("09", region("RU")), Err(InvalidNumber::TooShort));
    assert_eq!(normalize("15", us), Err(InvalidNumber::TooShort));
}

#[test]
fn numbers_of_the_shipped_metadata_release_are_valid() {
    // CN mobile 1610: allocated in libphonenumber 9.0.35 (9.0.33, which the crate release
    // embeds, says invalid). callguard ships 9.0.35 (docs/ARCHITECTURE.md, "Numbering metadata").
    assert_eq!(e164("+86 1610 123 4567", None), "+8616101234567");
    assert_eq!(e164("161 0123 4567", region("CN")), "+8616101234567");
}
