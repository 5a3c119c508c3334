//! Verdicts against the bundled demonstration registry and a test registry: every verdict,
//! every lookalike disguise, claims, and a property test that `check` never panics.

mod support;

use callguard::number::Region;
use callguard::signing::VerifiedRegistry;
use callguard::verdict::{check, Check, CheckOptions, Verdict};
use proptest::prelude::*;

fn demo() -> &'static VerifiedRegistry {
    static R: std::sync::OnceLock<VerifiedRegistry> = std::sync::OnceLock::new();
    R.get_or_init(VerifiedRegistry::bundled)
}

fn test_registry() -> &'static VerifiedRegistry {
    static R: std::sync::OnceLock<VerifiedRegistry> = std::sync::OnceLock::new();
    R.get_or_init(|| support::verified(include_bytes!("fixtures/registry/valid.json")))
}

fn run(raw: &str, region: Option<&str>, claimed: Option<&str>) -> Check {
    let options = CheckOptions {
        region: region.and_then(Region::parse),
        claimed: claimed.map(str::to_owned),
    };
    check(demo(), raw, &options)
}

fn codes(c: &Check) -> Vec<&str> {
    c.reasons.iter().map(|r| r.code.as_str()).collect()
}

#[track_caller]
fn assert_verdict(c: &Check, verdict: Verdict, provider: Option<&str>) {
    assert_eq!(c.verdict, verdict, "{c:#?}");
    assert_eq!(c.provider.as_deref(), provider, "{c:#?}");
    assert!(!c.reasons.is_empty());
    assert!(c.reasons.iter().all(|r| !r.message.is_empty()));
}

#[test]
fn official_numbers_in_every_input_form() {
    for (raw, region) in [
        ("+18882211161", None),
        ("+1 888 221 1161", None),
        ("+1 (888) 221-1161", None),
        ("(888) 221-1161", Some("US")),
        ("1-888-221-1161", Some("US")),
        ("011 1 888 221 1161", Some("US")),
        ("tel:+1-888-221-1161", None),
        ("sip:+18882211161@gw.example;user=phone", None),
    ] {
        let c = run(raw, region, None);
        assert_verdict(&c, Verdict::Official, Some("paypal"));
        assert_eq!(c.normalized.as_deref(), Some("+18882211161"), "{raw}");
        assert_eq!(c.region.as_deref(), Some("US"));
        assert_eq!(c.official_numbers, ["+18882211161"]);
        assert_eq!(codes(&c), ["official_number"]);
        assert!(c.reasons[0].message.contains("spoofed"));
        assert_eq!(c.input, raw);
    }
    for (raw, provider) in [
        ("95188", "alipay"),
        ("９５１８８", "alipay"),
        ("95017", "wechat_pay"),
        ("95516", "unionpay"),
        ("95588", "icbc"),
    ] {
        let c = run(raw, Some("CN"), None);
        assert_verdict(&c, Verdict::Official, Some(provider));
        assert_eq!(c.region.as_deref(), Some("CN"));
        assert_eq!(c.official_numbers.len(), 1);
    }
}

#[test]
fn official_e164_from_the_test_registry_has_its_region() {
    let c = check(
        test_registry(),
        "+44 20 7946 0000",
        &CheckOptions::default(),
    );
    assert_verdict(&c, Verdict::Official, Some("test_bank"));
    assert_eq!(c.region.as_deref(), Some("GB"));
    // Test Bank's callback numbers are its voice numbers; PayPal's SMS-only number is not one.
    assert_eq!(c.official_numbers, ["+442079460000", "+8613800138000"]);
    let c = check(test_registry(), "+14025371000", &CheckOptions::default());
    assert_verdict(&c, Verdict::Official, Some("paypal"));
    assert_eq!(c.official_numbers, ["+18882211161"]);
}

#[test]
fn the_fast_path_and_the_full_path_agree() {
    for (canonical, formatted) in [
        ("+18882211161", "+1 888-221-1161"),
        ("+8613800138000", "+86 138 0013 8000"),
        ("+442079460000", "+44 (0)20 7946 0000"),
    ] {
        let options = CheckOptions::default();
        let mut a = check(test_registry(), canonical, &options);
        let mut b = check(test_registry(), formatted, &options);
        a.input.clear();
        b.input.clear();
        assert_eq!(a, b);
    }
}

#[test]
fn a_short_code_without_region_is_assumed_where_it_is_official() {
    let c = run("95188", None, None);
    assert_verdict(&c, Verdict::Official, Some("alipay"));
    assert_eq!(c.region.as_deref(), Some("CN"));
    assert_eq!(codes(&c), ["official_number", "short_code_region_assumed"]);
}

#[test]
fn a_short_code_in_international_form_is_official() {
    let c = run("+86 95188", None, None);
    assert_verdict(&c, Verdict::Official, Some("alipay"));
    assert_eq!(c.normalized.as_deref(), Some("95188"));
    assert_eq!(
        codes(&c),
        ["official_number", "short_code_international_form"]
    );
}

#[test]
fn claims() {
    // The claimed provider's own number.
    let c = run("95188", Some("CN"), Some("alipay"));
    assert_verdict(&c, Verdict::Official, Some("alipay"));
    // Another provider's official number: the owner is named, the claimed one is called back.
    let c = run("95017", Some("CN"), Some("alipay"));
    assert_verdict(&c, Verdict::ClaimMismatch, Some("wechat_pay"));
    assert_eq!(c.official_numbers, ["95188"]);
    assert_eq!(codes(&c), ["claim_mismatch"]);
    assert!(c.reasons[0].message.contains("WeChat Pay"));
    assert!(c.reasons[0].message.contains("Alipay"));
    // A claimed id the registry does not know is itself a reason.
    let c = run("95017", Some("CN"), Some("ali_pay"));
    assert_verdict(&c, Verdict::ClaimMismatch, Some("wechat_pay"));
    assert_eq!(codes(&c), ["claim_mismatch", "unknown_claimed_provider"]);
    assert!(c.official_numbers.is_empty());
    // Unknown number with a claim: call the claimed provider back.
    let c = run("+8613800138000", None, Some("paypal"));
    assert_verdict(&c, Verdict::Unknown, None);
    assert_eq!(codes(&c), ["unknown_number", "not_claimed_provider_number"]);
    assert_eq!(c.official_numbers, ["+18882211161"]);
    // Lookalike with a claim: the claimed provider's numbers come first.
    let c = run("95017", Some("CN"), Some("alipay"));
    assert_eq!(c.official_numbers[0], "95188");
    let c = run("951880", Some("CN"), Some("paypal"));
    assert_verdict(&c, Verdict::Lookalike, Some("alipay"));
    assert_eq!(c.official_numbers, ["+18882211161", "95188"]);
    assert!(codes(&c).contains(&"not_claimed_provider_number"));
    // Withheld and invalid with a claim.
    let c = run("anonymous", None, Some("alipay"));
    assert_verdict(&c, Verdict::Withheld, None);
    assert_eq!(c.official_numbers, ["95188"]);
    let c = run("hello", None, Some("nobody"));
    assert_verdict(&c, Verdict::Invalid, None);
    assert!(codes(&c).contains(&"unknown_claimed_provider"));
}

#[test]
fn lookalikes_of_e164_numbers() {
    for (raw, code) in [
        ("+18882211162", "digit_substituted"),
        ("+18882211101", "digit_substituted"),
        ("+28882211161", "digit_substituted"),
        ("+18882121161", "digits_swapped"),
        ("+18828211161", "digits_swapped"),
        ("+1 888 221 11610", "digits_padded"),
        ("+1 888 221 1161 99", "digits_padded"),
        ("+1 9888 221 1161", "digits_padded"),
        ("+1 888 2211 1161", "digit_inserted"),
        ("888-221-1162", "digit_substituted"),
    ] {
        let region = (!raw.starts_with('+')).then_some("US");
        let c = run(raw, region, None);
        assert_verdict(&c, Verdict::Lookalike, Some("paypal"));
        assert_eq!(c.reasons[0].code, code, "{raw}: {c:#?}");
        assert!(c.reasons[0].message.contains("+18882211161"));
        assert_eq!(c.official_numbers, ["+18882211161"], "{raw}");
    }
    // A valid lookalike keeps its normalized form; an invalid one has none.
    let valid = run("+18882211162", None, None);
    assert_eq!(valid.normalized.as_deref(), Some("+18882211162"));
    assert_eq!(valid.region.as_deref(), Some("US"));
    let invalid = run("+1 888 221 11610", None, None);
    assert_eq!(invalid.normalized, None);
    assert_eq!(codes(&invalid), ["digits_padded", "not_a_valid_number"]);
    // Invalid national input is searched in the region's plan.
    let c = run("888 221 11610", Some("US"), None);
    assert_verdict(&c, Verdict::Lookalike, Some("paypal"));
}

#[test]
fn lookalikes_in_the_test_registry() {
    let options = CheckOptions::default();
    let c = check(test_registry(), "+8613800138001", &options);
    assert_verdict(&c, Verdict::Lookalike, Some("test_bank"));
    assert_eq!(c.reasons[0].code, "digit_substituted");
    let c = check(test_registry(), "+8613800183000", &options);
    assert_eq!(c.reasons[0].code, "digits_swapped", "{c:#?}");
    let c = check(test_registry(), "+44 20 7946 0000 1", &options);
    assert_eq!(c.reasons[0].code, "digits_padded", "{c:#?}");
}

#[test]
fn short_codes_behind_a_country_code() {
    for raw in ["+95188", "+95 188 1234", "+951881234567", "+95 1881 2345"] {
        let c = run(raw, None, None);
        assert_verdict(&c, Verdict::Lookalike, Some("alipay"));
        assert_eq!(c.reasons[0].code, "short_code_behind_country_code", "{raw}");
        assert_eq!(c.official_numbers, ["95188"]);
        assert_eq!(c.region.as_deref(), Some("MM"), "{raw}");
    }
    for (raw, region) in [
        ("0095188", Some("CN")),
        ("0095188", None),
        ("00 95 188 1234", Some("CN")),
    ] {
        let c = run(raw, region, None);
        assert_verdict(&c, Verdict::Lookalike, Some("alipay"));
        assert_eq!(c.reasons[0].code, "short_code_behind_country_code", "{raw}");
    }
    // Behind its own country code, with digits after it.
    let c = run("+86 95188 1", None, None);
    assert_verdict(&c, Verdict::Lookalike, Some("alipay"));
    assert_eq!(c.reasons[0].code, "short_code_behind_country_code");
    // The invalid `+95188` alone says both what it imitates and that it is not a number.
    assert_eq!(
        codes(&run("+95188", None, None)),
        ["short_code_behind_country_code", "not_a_valid_number"]
    );
}

#[test]
fn lookalikes_of_short_codes() {
    for (raw, provider, code) in [
        ("951880", "alipay", "digits_padded"),
        ("195188", "alipay", "digits_padded"),
        ("950177", "wechat_pay", "digits_padded"),
    ] {
        let c = run(raw, Some("CN"), None);
        assert_verdict(&c, Verdict::Lookalike, Some(provider));
        assert_eq!(c.reasons[0].code, code, "{raw}: {c:#?}");
        assert_eq!(c.normalized.as_deref(), Some(raw));
        assert_eq!(c.region.as_deref(), Some("CN"));
    }
    // An exact official code wins over a resemblance: 95588 (ICBC) is one digit from 95188.
    assert_verdict(
        &run("95588", Some("CN"), None),
        Verdict::Official,
        Some("icbc"),
    );
}

#[test]
fn one_input_resembling_two_providers_names_both() {
    let entry = |id: &str, number: &str| {
        format!(
            r#"{{"id": "{id}", "names": {{"zh-Hans": "{id}", "en": "{id}"}}, "website": "https://{id}.example",
               "numbers": [{{"number": "{number}", "channels": ["voice"], "purposes": ["callback"],
                             "source": "https://{id}.example/c"}}]}}"#
        )
    };
    let json = format!(
        r#"{{"schema": 1, "registry_id": "two", "version": 1, "issued_at": "2026-11-01T00:00:00Z",
             "expires_at": "2036-11-01T00:00:00Z", "providers": [{}, {}]}}"#,
        entry("first", "+18882211161"),
        entry("second", "+18882211171")
    );
    let registry = support::verified(json.as_bytes());
    // One digit from each.
    let c = check(&registry, "+18882211151", &CheckOptions::default());
    assert_eq!(c.verdict, Verdict::Lookalike);
    assert!(c.reasons.len() >= 2, "{c:#?}");
    assert!(
        c.official_numbers.contains(&"+18882211161".into()),
        "{c:#?}"
    );
    assert!(
        c.official_numbers.contains(&"+18882211171".into()),
        "{c:#?}"
    );
}

#[test]
fn a_near_miss_inside_an_allocated_short_code_range_is_another_institution() {
    // CN's 95xxx range is allocated to national institutions (libphonenumber's short-number
    // metadata): one digit from an official code is another institution's number, not an
    // imitation. These used to be lookalikes; 95561 (Industrial Bank), 95518 (PICC) and 95559
    // (Bank of Communications) are genuine numbers, 95189 and 95818 are simply unlisted.
    for raw in ["95189", "95818", "95561", "95518", "95559", "95556"] {
        let c = run(raw, Some("CN"), None);
        assert_verdict(&c, Verdict::Unknown, None);
    }
    // The claim still decides: a caller on 95189 claiming to be Alipay is told where to call.
    let c = run("95189", Some("CN"), Some("alipay"));
    assert!(codes(&c).contains(&"not_claimed_provider_number"), "{c:#?}");
    assert_eq!(c.official_numbers, ["95188"]);
}

#[test]
fn unknown_numbers() {
    for (raw, region, normalized, shown_region) in [
        ("+8613900139000", None, "+8613900139000", "CN"),
        ("+44 20 7946 0958", None, "+442079460958", "GB"),
        ("10086", Some("CN"), "10086", "CN"),
        ("(212) 555-0123", Some("US"), "+12125550123", "US"),
    ] {
        let c = run(raw, region, None);
        assert_verdict(&c, Verdict::Unknown, None);
        assert_eq!(c.normalized.as_deref(), Some(normalized), "{raw}");
        assert_eq!(c.region.as_deref(), Some(shown_region), "{raw}");
        assert!(c.official_numbers.is_empty());
        assert_eq!(codes(&c), ["unknown_number"]);
    }
}

#[test]
fn withheld_callers() {
    for raw in [
        "",
        "   ",
        "anonymous",
        "Private",
        "WITHHELD",
        "unknown",
        "restricted",
    ] {
        let c = run(raw, Some("CN"), None);
        assert_verdict(&c, Verdict::Withheld, None);
        assert_eq!(c.normalized, None);
        assert_eq!(c.region, None);
        assert_eq!(codes(&c), ["number_withheld"]);
    }
}

#[test]
fn invalid_input_says_why() {
    for (raw, region, code) in [
        ("hello", None, "not_a_number"),
        ("1-800-FLOWERS", Some("US"), "not_a_number"),
        ("12", Some("CN"), "too_short"),
        ("138 0013 8000", None, "needs_region"),
        ("+999 1234 5678", None, "unknown_country_code"),
        ("+86 123", None, "too_short"),
    ] {
        let c = run(raw, region, None);
        assert_verdict(&c, Verdict::Invalid, None);
        assert_eq!(c.normalized, None);
        assert_eq!(c.reasons.len(), 1, "{raw}: {c:#?}");
        // The exact code is the number module's classification; check the ones we rely on.
        if code != "too_short" {
            assert_eq!(c.reasons[0].code, code, "{raw}: {c:#?}");
        }
    }
    let long = "1".repeat(10_000);
    let c = run(&long, None, None);
    assert_verdict(&c, Verdict::Invalid, None);
    assert_eq!(c.reasons[0].code, "too_long");
}

#[test]
fn json_contract_field_names() {
    let c = run("+18882211162", None, None);
    let v = serde_json::to_value(&c).unwrap();
    for field in [
        "input",
        "verdict",
        "provider",
        "normalized",
        "region",
        "official_numbers",
        "reasons",
    ] {
        assert!(v.get(field).is_some(), "{field}");
    }
    assert_eq!(v["verdict"], "lookalike");
    assert_eq!(v["reasons"][0]["code"], "digit_substituted");
    assert_eq!(
        serde_json::to_value(Verdict::ClaimMismatch).unwrap(),
        "claim_mismatch"
    );
    for v in [
        Verdict::Official,
        Verdict::ClaimMismatch,
        Verdict::Lookalike,
        Verdict::Unknown,
        Verdict::Withheld,
        Verdict::Invalid,
    ] {
        assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
    }
}

proptest! {
    #[test]
    fn check_never_panics_on_arbitrary_unicode(raw in "\\PC{0,40}", region in proptest::option::of("[A-Z]{2}"), claimed in proptest::option::of("[a-z_]{1,10}")) {
        let options = CheckOptions { region: region.as_deref().and_then(Region::parse), claimed };
        let c = check(demo(), &raw, &options);
        prop_assert!(!c.reasons.is_empty());
        if matches!(c.verdict, Verdict::Withheld | Verdict::Invalid) {
            prop_assert!(c.normalized.is_none());
        }
    }

    #[test]
    fn check_never_panics_on_digit_soup(raw in "[+0-9０-９ ()\\-.]{0,30}", region in proptest::option::of(prop_oneof![Just("CN"), Just("US"), Just("MM"), Just("GB")])) {
        let options = CheckOptions { region: region.and_then(Region::parse), claimed: None };
        let c = check(demo(), &raw, &options);
        prop_assert!(!c.reasons.is_empty());
        if c.verdict == Verdict::Lookalike || c.verdict == Verdict::Official {
            prop_assert!(c.provider.is_some());
            prop_assert!(!c.official_numbers.is_empty());
        }
    }

    #[test]
    fn one_substituted_digit_of_paypal_is_a_lookalike(pos in 1usize..11, digit in 0u8..10) {
        let mut digits: Vec<u8> = b"18882211161".to_vec();
        prop_assume!(digits[pos] != b'0' + digit);
        digits[pos] = b'0' + digit;
        let raw = format!("+{}", String::from_utf8(digits).unwrap());
        let c = check(demo(), &raw, &CheckOptions::default());
        prop_assert_eq!(c.verdict, Verdict::Lookalike, "{}", raw);
        prop_assert_eq!(c.provider.as_deref(), Some("paypal"));
    }
}

/// A registry of 1,800 E.164 numbers in three countries (same leading digits within each, so
/// the lookalike prefilter passes and the arithmetic candidates are what is tested).
fn big() -> &'static (VerifiedRegistry, Vec<String>) {
    static R: std::sync::OnceLock<(VerifiedRegistry, Vec<String>)> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        let prefixes = ["+1888", "+86138", "+4420794"];
        let widths = [7usize, 8, 4];
        let mut all = Vec::new();
        let mut providers = Vec::new();
        for (p, (prefix, width)) in prefixes.iter().zip(widths).enumerate() {
            let modulus = 10u64.pow(width as u32);
            let numbers: Vec<serde_json::Value> = (0..600u64)
                .map(|i| {
                    let number = format!("{prefix}{:0width$}", (i * 7_919 + 13) % modulus);
                    all.push(number.clone());
                    serde_json::json!({"number": number, "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/"})
                })
                .collect();
            providers.push(serde_json::json!({"id": format!("bank_{p}"), "names": {"zh-Hans": "银行", "en": "Bank"}, "website": "https://bank.example", "numbers": numbers}));
        }
        let doc = serde_json::json!({"schema": 1, "registry_id": "big", "version": 1, "issued_at": "2026-01-01T00:00:00Z", "expires_at": "2027-01-01T00:00:00Z", "providers": providers});
        let registry = support::verified(&serde_json::to_vec(&doc).unwrap());
        (registry, all)
    })
}

proptest! {
    #[test]
    fn every_edit_of_an_official_number_is_caught(which in 0usize..1800, edit in 0u8..5, pos in 0usize..16, digit in 0u8..10) {
        let (registry, numbers) = big();
        let official = &numbers[which];
        let mut d: Vec<u8> = official[1..].bytes().collect();
        let n = d.len();
        let c = b'0' + digit;
        match edit {
            0 => d[pos % n] = c,                 // substitute
            1 => d.swap(pos % (n - 1), pos % (n - 1) + 1), // swap
            2 => d.extend(std::iter::repeat_n(c, 1 + pos % 4).take(15usize.saturating_sub(n).max(1))), // pad after
            3 => d.insert(pos % n, c),           // insert (front positions count as padding)
            _ => { d.insert(0, c); }             // pad before
        }
        let edited = format!("+{}", String::from_utf8(d).unwrap());
        prop_assume!(&edited != official);
        let got = check(registry, &edited, &CheckOptions::default());
        prop_assert!(matches!(got.verdict, Verdict::Lookalike | Verdict::Official), "{} from {}: {:#?}", edited, official, got);
        if got.verdict == Verdict::Lookalike {
            prop_assert!(got.reasons.iter().any(|r| r.message.contains(official.as_str())), "{} from {}: {:#?}", edited, official, got);
        }
    }
}

#[test]
fn an_edit_that_normalizing_shortens_is_judged_on_the_digits_shown() {
    // "+86 11380 2312361": libphonenumber reads "11380" as a carrier-selection code and leaves
    // +86 2312361, a number unlike any official one; the caller ID still shows +8613802312361
    // with one digit inserted (proptest's find, kept in verdict.proptest-regressions).
    let (registry, numbers) = big();
    assert!(numbers.iter().any(|n| n == "+8613802312361"));
    let got = check(registry, "+86113802312361", &CheckOptions::default());
    assert_eq!(got.verdict, Verdict::Lookalike, "{got:#?}");
    assert!(
        got.reasons
            .iter()
            .any(|r| r.message.contains("+8613802312361")),
        "{got:#?}"
    );
    assert_eq!(got.normalized.as_deref(), Some("+862312361"));
}

#[test]
fn a_trunk_digit_after_the_country_code_is_padding_not_the_official_number() {
    // No network delivers a caller ID with the national prefix after the calling code: the
    // extra digit is the padding the lookalike rule exists for (audit finding).
    for (raw, region) in [
        ("+1 1 888 221 1161", None),
        ("+118882211161", None),
        ("011 1 1 888 221 1161", Some("US")),
        ("+44 0 20 7946 0000", None),
        ("+4402079460000", None),
        ("+86 0 138 0013 8000", None),
    ] {
        let options = CheckOptions {
            region: region.and_then(Region::parse),
            claimed: None,
        };
        let c = check(test_registry(), raw, &options);
        assert_eq!(c.verdict, Verdict::Lookalike, "{raw}: {c:?}");
        assert!(
            codes(&c).contains(&"trunk_prefix_after_country_code"),
            "{raw}: {c:?}"
        );
        assert!(
            !c.official_numbers.is_empty(),
            "{raw}: names the number to call back"
        );
    }
    // The written convention "(0)" marks the trunk digit as one to leave out: that is the
    // number itself, as are the national form and the plain international form.
    for (raw, region) in [
        ("+44 (0)20 7946 0000", None),
        ("020 7946 0000", Some("GB")),
        ("+1 888 221 1161", None),
        ("1 888 221 1161", Some("US")),
        ("011 1 888 221 1161", Some("US")),
    ] {
        let options = CheckOptions {
            region: region.and_then(Region::parse),
            claimed: None,
        };
        let c = check(test_registry(), raw, &options);
        assert_eq!(c.verdict, Verdict::Official, "{raw}: {c:?}");
    }
}

#[test]
fn a_zero_after_the_plus_never_makes_an_official_number() {
    // `+086…` used to read as +86…: malformed input that came out official (issue 10).
    for raw in [
        "+086 138 0013 8000",
        "+0 86 138 0013 8000",
        "+01 888 221 1161",
    ] {
        for region in [None, Some("CN"), Some("US")] {
            let options = CheckOptions {
                region: region.and_then(Region::parse),
                claimed: None,
            };
            let c = check(test_registry(), raw, &options);
            assert_ne!(c.verdict, Verdict::Official, "{raw} {region:?}: {c:?}");
        }
    }
}
