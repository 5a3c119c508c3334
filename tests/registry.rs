//! The registry model: schema 1 parsing, every rejection reason (with its location), lint,
//! the index, and the bundled demonstration registry.

mod support;

use callguard::number::{normalize, CallerId, Region, E164};
use callguard::registry::{
    compact, lint, Channel, NumberProblem, Purpose, RegistryDoc, RegistryError, SCHEMA_VERSION,
};
use serde_json::{json, Value};

const VALID: &[u8] = include_bytes!("fixtures/registry/valid.json");
const BUNDLED: &[u8] = include_bytes!("../data/registry.json");

fn valid() -> Value {
    serde_json::from_slice(VALID).unwrap()
}

/// The valid fixture changed by `f`, as bytes.
fn with(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = valid();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

/// The error `from_json` gives for the fixture changed by `f`.
fn rejected(f: impl FnOnce(&mut Value)) -> RegistryError {
    match support::load(&with(f)) {
        Ok(_) => panic!("registry was accepted"),
        Err(e) => e,
    }
}

fn number(v: &mut Value, provider: usize, n: usize) -> &mut Value {
    &mut v["providers"][provider]["numbers"][n]
}

#[test]
fn valid_fixture_loads_with_times_and_lookups() {
    let r = support::load(VALID).unwrap();
    assert_eq!(r.id(), "callguard-test");
    assert_eq!(r.version(), 7);
    assert!(!r.is_demo());
    assert_eq!(r.issued_at_unix(), 1_767_225_600);
    assert_eq!(r.expires_at_unix(), 1_798_761_600);
    assert_eq!(r.number_count(), 5);
    assert!(r.index_bytes() > 0);
    assert_eq!(r.provider("paypal").unwrap().names["en"], "PayPal");
    assert!(r.provider("nobody").is_none());

    let e = E164::from_u64(18882211161).unwrap();
    let hit = r.lookup_e164(e).unwrap();
    assert_eq!(hit.provider.id, "paypal");
    assert_eq!(hit.region, Region::parse("US"));
    // The region of an E.164 number listed without one is its calling code's main region.
    let hit = r
        .lookup_e164(E164::from_u64(8613800138000).unwrap())
        .unwrap();
    assert_eq!(
        (hit.provider.id.as_str(), hit.region),
        ("test_bank", Region::parse("CN"))
    );

    let cn = Region::parse("CN");
    let code = normalize("９５１８８", cn).unwrap();
    assert_eq!(r.lookup(&code).unwrap().provider.id, "alipay");
    // Short codes are scoped to their region.
    let us_code = normalize("95188", Region::parse("US"));
    if let Ok(id @ CallerId::ShortCode(_)) = us_code {
        assert!(r.lookup(&id).is_none());
    }
    assert!(r.lookup(&CallerId::Withheld).is_none());
    assert!(r
        .lookup_e164(E164::from_u64(18882211162).unwrap())
        .is_none());
}

#[test]
fn document_round_trips_through_serde() {
    let r = support::load(VALID).unwrap();
    let again = serde_json::to_vec(r.doc()).unwrap();
    let doc: RegistryDoc = serde_json::from_slice(&again).unwrap();
    assert_eq!(&doc, r.doc());
    assert_eq!(
        doc.providers[1].numbers[0].fields().channels,
        Some(vec![Channel::Voice])
    );
}

#[test]
fn bad_json_is_reported_with_position() {
    let e = support::load(&VALID[..VALID.len() / 2]).unwrap_err();
    assert!(matches!(e, RegistryError::Json(_)), "{e:?}");
    assert_eq!(e.code(), "bad_json");
    assert!(e.to_string().contains("line"), "{e}");
    assert!(matches!(
        support::load(b"[1, 2]").unwrap_err(),
        RegistryError::Json(_)
    ));
    assert!(matches!(
        support::load(b"").unwrap_err(),
        RegistryError::Json(_)
    ));
}

#[test]
fn unknown_fields_are_rejected_everywhere() {
    for path in ["top", "provider", "number"] {
        let e = rejected(|v| {
            let target = match path {
                "top" => &mut *v,
                "provider" => &mut v["providers"][0],
                _ => number(v, 0, 0),
            };
            target["surprise"] = json!(true);
        });
        assert!(
            matches!(&e, RegistryError::Json(m) if m.contains("unknown field `surprise`")),
            "{path}: {e:?}"
        );
    }
}

#[test]
fn missing_required_fields_are_rejected() {
    let e = rejected(|v| {
        v.as_object_mut().unwrap().remove("expires_at");
    });
    assert!(
        matches!(&e, RegistryError::Json(m) if m.contains("expires_at")),
        "{e:?}"
    );
}

#[test]
fn unknown_schema_is_named_even_when_fields_do_not_fit() {
    let e = rejected(|v| v["schema"] = json!(2));
    assert!(
        matches!(e, RegistryError::UnknownSchema { found: 2 }),
        "{e:?}"
    );
    assert_eq!(e.code(), "unknown_schema");
    let e = rejected(|v| {
        v["schema"] = json!(3);
        v["new_field_of_schema_3"] = json!({});
    });
    assert!(
        matches!(e, RegistryError::UnknownSchema { found: 3 }),
        "{e:?}"
    );
    assert!(e.to_string().contains(&SCHEMA_VERSION.to_string()));
}

#[test]
fn registry_level_errors() {
    let e = rejected(|v| v["registry_id"] = json!("Demo Registry"));
    assert!(matches!(&e, RegistryError::BadRegistryId { found } if found == "Demo Registry"));
    assert_eq!(e.location(), "registry_id");
    assert!(matches!(
        rejected(|v| v["registry_id"] = json!("")),
        RegistryError::BadRegistryId { .. }
    ));

    assert!(matches!(
        rejected(|v| v["version"] = json!(0)),
        RegistryError::BadVersion
    ));

    let e = rejected(|v| v["issued_at"] = json!("2026-01-01"));
    assert!(
        matches!(&e, RegistryError::BadTime { field: "issued_at", value } if value == "2026-01-01")
    );
    assert_eq!(e.location(), "issued_at");
    let e = rejected(|v| v["expires_at"] = json!("2027-02-30T00:00:00Z"));
    assert!(
        matches!(
            e,
            RegistryError::BadTime {
                field: "expires_at",
                ..
            }
        ),
        "{e:?}"
    );
    let e = rejected(|v| v["expires_at"] = json!("2026-01-01T00:00:00+08:00"));
    assert!(
        matches!(
            e,
            RegistryError::BadTime {
                field: "expires_at",
                ..
            }
        ),
        "{e:?}"
    );

    let e = rejected(|v| v["expires_at"] = json!("2025-12-31T23:59:59Z"));
    assert!(
        matches!(e, RegistryError::ExpiryNotAfterIssue { .. }),
        "{e:?}"
    );
    assert_eq!(e.code(), "expiry_not_after_issue");
    let e = rejected(|v| v["expires_at"] = v["issued_at"].clone());
    assert!(
        matches!(e, RegistryError::ExpiryNotAfterIssue { .. }),
        "{e:?}"
    );

    for bad in [
        "abc",
        "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
        "",
    ] {
        let e = rejected(|v| v["predecessor_sha256"] = json!(bad));
        assert!(
            matches!(e, RegistryError::BadPredecessor { .. }),
            "{bad}: {e:?}"
        );
    }
    // Null and absent are both fine (the first version has no predecessor).
    assert!(support::load(&with(|v| v["predecessor_sha256"] = Value::Null)).is_ok());
    assert!(support::load(&with(|v| {
        v.as_object_mut().unwrap().remove("predecessor_sha256");
    }))
    .is_ok());

    let e = rejected(|v| v["providers"] = json!([]));
    assert!(matches!(e, RegistryError::NoProviders));
    assert_eq!(e.code(), "no_providers");
}

#[test]
fn provider_errors_name_the_provider() {
    let e = rejected(|v| v["providers"][1]["id"] = json!("PayPal"));
    assert!(matches!(&e, RegistryError::BadProviderId { provider } if provider == "PayPal"));
    assert_eq!(e.location(), "providers[PayPal]");
    for bad in ["", "1pay", "pay-pal", "pay pal"] {
        let e = rejected(|v| v["providers"][1]["id"] = json!(bad));
        assert!(
            matches!(e, RegistryError::BadProviderId { .. }),
            "{bad:?}: {e:?}"
        );
    }

    let e = rejected(|v| v["providers"][2]["id"] = json!("alipay"));
    assert!(matches!(&e, RegistryError::DuplicateProvider { provider } if provider == "alipay"));
    assert_eq!(e.code(), "duplicate_provider");

    let e = rejected(|v| {
        v["providers"][0]["names"]
            .as_object_mut()
            .unwrap()
            .remove("zh-Hans");
    });
    assert!(
        matches!(&e, RegistryError::MissingName { provider, language: "zh-Hans" } if provider == "alipay")
    );
    assert_eq!(e.location(), "providers[alipay].names.zh-Hans");
    let e = rejected(|v| v["providers"][0]["names"]["en"] = json!("  "));
    assert!(
        matches!(e, RegistryError::MissingName { language: "en", .. }),
        "{e:?}"
    );

    for bad in [
        "http://www.paypal.com",
        "www.paypal.com",
        "https://",
        "https://pay pal.com",
    ] {
        let e = rejected(|v| v["providers"][1]["website"] = json!(bad));
        assert!(
            matches!(&e, RegistryError::BadUrl { location, .. } if location == "providers[paypal].website"),
            "{bad}: {e:?}"
        );
    }

    let e = rejected(|v| v["providers"][0]["numbers"] = json!([]));
    assert!(matches!(&e, RegistryError::NoNumbers { provider } if provider == "alipay"));
}

#[test]
fn numbers_that_do_not_normalize_are_rejected_with_the_problem() {
    let cases: Vec<(Value, Value, NumberProblem)> = vec![
        (
            json!("+1 888 221 1161"),
            json!("US"),
            NumberProblem::NotCanonical,
        ),
        (
            json!("1-888-221-1161"),
            json!("US"),
            NumberProblem::NotCanonical,
        ),
        (
            json!("＋18882211161"),
            json!("US"),
            NumberProblem::NotCanonical,
        ),
        (json!("+08882211161"), Value::Null, NumberProblem::BadE164),
        (
            json!("+1888221116100000"),
            Value::Null,
            NumberProblem::BadE164,
        ),
        (
            json!("+9991234567"),
            Value::Null,
            NumberProblem::UnknownCountryCode,
        ),
        (
            json!("+188822111"),
            Value::Null,
            NumberProblem::ImpossibleLength { country_code: 1 },
        ),
        (
            json!("95188"),
            Value::Null,
            NumberProblem::ShortCodeWithoutRegion,
        ),
        (json!("95"), json!("CN"), NumberProblem::ShortCodeLength),
        (
            json!("9518812"),
            json!("CN"),
            NumberProblem::ShortCodeLength,
        ),
        (
            json!("95188"),
            json!("ZZ"),
            NumberProblem::UnknownRegion("ZZ".into()),
        ),
        (
            json!("95188"),
            json!("China"),
            NumberProblem::UnknownRegion("China".into()),
        ),
        (
            json!("+18882211161"),
            json!("CN"),
            NumberProblem::RegionMismatch {
                region: "CN".into(),
                region_code: 86,
                number_code: 1,
            },
        ),
    ];
    for (raw, region, want) in cases {
        let e = rejected(|v| {
            number(v, 1, 0)["number"] = raw.clone();
            number(v, 1, 0)["region"] = region.clone();
        });
        match &e {
            RegistryError::BadNumber {
                provider,
                number,
                problem,
            } => {
                assert_eq!(provider, "paypal");
                assert_eq!(Value::from(number.as_str()), raw);
                assert_eq!(problem, &want, "{raw}");
            }
            other => panic!("{raw}: {other:?}"),
        }
        assert_eq!(e.code(), "bad_number");
        assert_eq!(
            e.location(),
            format!("providers[paypal].numbers[{}]", raw.as_str().unwrap())
        );
    }
}

#[test]
fn empty_channels_purposes_and_bad_sources_are_rejected() {
    let e = rejected(|v| number(v, 0, 0)["channels"] = json!([]));
    assert!(
        matches!(
            e,
            RegistryError::EmptyList {
                field: "channels",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.location(), "providers[alipay].numbers[95188].channels");
    let e = rejected(|v| number(v, 0, 0)["purposes"] = json!([]));
    assert!(
        matches!(
            e,
            RegistryError::EmptyList {
                field: "purposes",
                ..
            }
        ),
        "{e:?}"
    );
    let e = rejected(|v| number(v, 0, 0)["channels"] = json!(["fax"]));
    assert!(matches!(e, RegistryError::Json(_)), "{e:?}");
    let e = rejected(|v| number(v, 0, 0)["source"] = json!("ftp://alipay.com"));
    assert!(
        matches!(&e, RegistryError::BadUrl { location, .. } if location == "providers[alipay].numbers[95188].source"),
        "{e:?}"
    );
}

#[test]
fn a_number_belongs_to_one_provider_once() {
    // Claimed by two providers.
    let e = rejected(|v| number(v, 2, 1)["number"] = json!("+18882211161"));
    match &e {
        RegistryError::DuplicateNumber {
            number,
            first,
            second,
        } => {
            assert_eq!(
                (number.as_str(), first.as_str(), second.as_str()),
                ("+18882211161", "paypal", "test_bank")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.code(), "duplicate_number");
    assert_eq!(e.location(), "providers[test_bank].numbers[+18882211161]");
    // Listed twice by the same provider (with and without an explicit region).
    let e = rejected(|v| {
        let again = json!({"number": "+18882211161", "channels": ["sms"], "purposes": ["callback"], "source": "https://www.paypal.com/"});
        v["providers"][1]["numbers"]
            .as_array_mut()
            .unwrap()
            .push(again);
    });
    assert!(
        matches!(&e, RegistryError::DuplicateNumber { first, second, .. } if first == "paypal" && second == "paypal"),
        "{e:?}"
    );
    // The same short code in two regions is two numbers.
    let ok = with(|v| {
        let other = json!({"number": "95188", "region": "HK", "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/hk"});
        v["providers"][2]["numbers"]
            .as_array_mut()
            .unwrap()
            .push(other);
    });
    assert_eq!(support::load(&ok).unwrap().number_count(), 6);
}

#[test]
fn from_json_stops_at_the_first_problem_lint_reports_all() {
    let bytes = with(|v| {
        v["version"] = json!(0);
        v["providers"][0]["website"] = json!("http://alipay.com");
        number(v, 1, 0)["number"] = json!("+1 888");
        number(v, 2, 1)["number"] = json!("+14025371000");
        v["providers"][2]["names"]
            .as_object_mut()
            .unwrap()
            .remove("en");
    });
    assert!(matches!(
        support::load(&bytes).unwrap_err(),
        RegistryError::BadVersion
    ));
    let problems = lint(&bytes);
    let codes: Vec<&str> = problems.iter().map(RegistryError::code).collect();
    assert_eq!(
        codes,
        [
            "bad_version",
            "bad_url",
            "bad_number",
            "missing_name",
            "duplicate_number"
        ],
        "{problems:#?}"
    );
    let locations: Vec<String> = problems.iter().map(RegistryError::location).collect();
    assert_eq!(locations[1], "providers[alipay].website");
    assert_eq!(locations[2], "providers[paypal].numbers[+1 888]");
    assert_eq!(locations[3], "providers[test_bank].names.en");
    assert_eq!(locations[4], "providers[test_bank].numbers[+14025371000]");
    assert_eq!(lint(b"{").len(), 1);
}

#[test]
fn lint_adds_the_full_validity_test() {
    assert_eq!(lint(VALID), vec![]);
    // +1 055 555 1234: a possible length for +1, but no NANP area code starts with 0.
    let bytes = with(|v| {
        number(v, 1, 1)["number"] = json!("+10555551234");
    });
    assert!(
        support::load(&bytes).is_ok(),
        "load only runs the possible-number test"
    );
    let problems = lint(&bytes);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        matches!(&problems[0], RegistryError::BadNumber { problem: NumberProblem::NotValid(_), number, .. } if number == "+10555551234"),
        "{problems:?}"
    );
}

#[test]
fn bundled_registry_is_a_clean_demo() {
    let r = support::load(BUNDLED).unwrap();
    assert!(r.is_demo());
    assert!(r.id().contains("demo"));
    let notice = r.doc().notice.as_deref().unwrap_or("");
    assert!(notice.contains("DEMONSTRATION"), "{notice}");
    assert!(r.provider_count() >= 6);
    assert_eq!(lint(BUNDLED), vec![]);
    let cn = Region::parse("CN");
    for (raw, region, provider) in [
        ("95188", cn, "alipay"),
        ("95017", cn, "wechat_pay"),
        ("95516", cn, "unionpay"),
        ("+1 888-221-1161", None, "paypal"),
    ] {
        let id = normalize(raw, region).unwrap();
        assert_eq!(
            r.lookup(&id).map(|o| o.provider.id.as_str()),
            Some(provider),
            "{raw}"
        );
    }
    for p in &r.doc().providers {
        for n in &p.numbers {
            assert!(p.source_of(n).starts_with("https://"), "{}", p.id);
        }
    }
}

#[test]
fn index_stays_compact() {
    // 20,000 numbers: the index reports under 100 bytes per number.
    let numbers: Vec<Value> = (0..20_000u64)
        .map(|i| json!({"number": format!("+86138{:08}", i * 3), "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/"}))
        .collect();
    let bytes = with(|v| v["providers"][2]["numbers"] = Value::Array(numbers));
    let r = support::load(&bytes).unwrap();
    assert_eq!(r.number_count(), 20_000 + 3);
    let per = r.index_bytes() / r.number_count();
    assert!(per < 100, "{per} bytes per number");
    assert_eq!(
        r.lookup_e164(E164::from_u64(8613800000003).unwrap())
            .map(|o| o.provider.id.as_str()),
        Some("test_bank")
    );
    assert!(r
        .lookup_e164(E164::from_u64(8613800000004).unwrap())
        .is_none());
}

#[test]
fn callback_numbers_prefer_voice_numbers_for_people_and_stay_few() {
    let r = support::load(VALID).unwrap();
    let paypal = r.provider("paypal").unwrap();
    // The SMS-only notifications number is not one to call back.
    assert_eq!(r.callback_numbers(paypal), ["+18882211161"]);
    let bytes = with(|v| {
        let numbers: Vec<Value> = (0..6)
            .map(|i| {
                let (channels, purposes) = if i < 2 {
                    (json!(["voice"]), json!(["fraud"]))
                } else {
                    (json!(["voice"]), json!(["customer_service"]))
                };
                json!({"number": format!("+8613800138{i:03}"), "channels": channels, "purposes": purposes, "source": "https://bank.example/"})
            })
            .collect();
        v["providers"][2]["numbers"] = Value::Array(numbers);
        v["providers"][1]["numbers"] = json!([
            {"number": "+14025371000", "channels": ["sms"], "purposes": ["notifications"], "source": "https://www.paypal.com/"}
        ]);
    });
    let r = support::load(&bytes).unwrap();
    // Customer-service voice numbers first, in document order, at most three.
    assert_eq!(
        r.callback_numbers(r.provider("test_bank").unwrap()),
        ["+8613800138002", "+8613800138003", "+8613800138004"]
    );
    assert_eq!(callguard::registry::MAX_CALLBACK_NUMBERS, 3);
    // A provider with no voice number at all still gets its numbers offered.
    assert_eq!(
        r.callback_numbers(r.provider("paypal").unwrap()),
        ["+14025371000"]
    );
}

/// The valid fixture plus a provider written in the compact form: defaults, bare numbers, a
/// bare short code under a default region and one object that overrides a default.
fn with_compact(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    with(|v| {
        v["providers"].as_array_mut().unwrap().push(json!({
            "id": "bulk",
            "names": {"zh-Hans": "批量", "en": "Bulk Pay"},
            "website": "https://bulk.example",
            "defaults": {"region": "CN", "channels": ["voice"], "purposes": ["callback"],
                         "source": "https://bulk.example/numbers"},
            "numbers": [
                "+8613900139000",
                "95017",
                {"number": "+8613900139001", "channels": ["sms"], "source": "https://bulk.example/sms"}
            ]
        }));
        f(v);
    })
}

#[test]
fn compact_numbers_take_their_providers_defaults() {
    let r = support::load(&with_compact(|_| {})).unwrap();
    assert_eq!(r.number_count(), 8);
    let bulk = r.provider("bulk").unwrap();
    let [bare, short, own] = &bulk.numbers[..] else {
        panic!("{:?}", bulk.numbers)
    };
    assert!(bare.own.is_none() && short.own.is_none());
    assert_eq!(bulk.channels_of(bare), [Channel::Voice]);
    assert_eq!(bulk.purposes_of(bare), [Purpose::Callback]);
    assert_eq!(bulk.source_of(bare), "https://bulk.example/numbers");
    assert_eq!(bulk.region_of(short), Some("CN"));
    // An object's own fields win; the ones it leaves out still come from the defaults.
    assert_eq!(bulk.channels_of(own), [Channel::Sms]);
    assert_eq!(bulk.purposes_of(own), [Purpose::Callback]);
    assert_eq!(bulk.source_of(own), "https://bulk.example/sms");

    for (raw, region) in [("+8613900139000", None), ("95017", Some("CN"))] {
        let id = normalize(raw, region.and_then(Region::parse)).unwrap();
        let hit = r.lookup(&id).unwrap();
        assert_eq!(hit.provider.id, "bulk", "{raw}");
        assert_eq!(hit.region, Region::parse("CN"), "{raw}");
    }
    // Numbers to call back are voice numbers for people, as with the full form.
    assert_eq!(
        r.callback_numbers(bulk),
        ["+8613900139000", "95017"].map(String::from)
    );
}

#[test]
fn compact_form_round_trips_bare_numbers_as_strings() {
    let r = support::load(&with_compact(|_| {})).unwrap();
    let written: Value = serde_json::to_value(r.doc()).unwrap();
    let numbers = &written["providers"][3]["numbers"];
    assert_eq!(numbers[0], json!("+8613900139000"));
    assert_eq!(numbers[1], json!("95017"));
    assert_eq!(numbers[2]["channels"], json!(["sms"]));
    assert!(numbers[2].get("purposes").is_none(), "{numbers}");
    // The full-form fixture keeps its objects.
    assert!(written["providers"][0]["numbers"][0].is_object());
    let again: RegistryDoc = serde_json::from_value(written).unwrap();
    assert_eq!(&again, r.doc());
}

#[test]
fn a_number_without_its_fields_or_defaults_is_rejected_by_field() {
    // The fixture's providers have no defaults: a bare number there lacks all three.
    let bytes = with(|v| {
        v["providers"][0]["numbers"]
            .as_array_mut()
            .unwrap()
            .push(json!("+8613800138001"));
    });
    let e = support::load(&bytes).unwrap_err();
    assert!(
        matches!(&e, RegistryError::MissingField { field: "channels", provider, .. } if provider == "alipay"),
        "{e:?}"
    );
    assert_eq!(e.code(), "missing_field");
    assert_eq!(
        e.location(),
        "providers[alipay].numbers[+8613800138001].channels"
    );
    let fields: Vec<String> = lint(&bytes).iter().map(RegistryError::location).collect();
    assert_eq!(
        fields,
        ["channels", "purposes", "source"]
            .map(|f| format!("providers[alipay].numbers[+8613800138001].{f}"))
    );
    // A default for one field is not a default for the others.
    let e = rejected(|v| {
        v["providers"][0]["defaults"] = json!({"channels": ["voice"]});
        v["providers"][0]["numbers"]
            .as_array_mut()
            .unwrap()
            .push(json!("+8613800138001"));
    });
    assert!(
        matches!(
            e,
            RegistryError::MissingField {
                field: "purposes",
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn bad_defaults_are_rejected_where_they_are() {
    let e = support::load(&with_compact(|v| {
        v["providers"][3]["defaults"]["channels"] = json!([])
    }))
    .unwrap_err();
    assert!(
        matches!(
            e,
            RegistryError::EmptyList {
                field: "channels",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.location(), "providers[bulk].defaults.channels");
    let e = support::load(&with_compact(|v| {
        v["providers"][3]["defaults"]["source"] = json!("http://bulk.example")
    }))
    .unwrap_err();
    assert_eq!(e.location(), "providers[bulk].defaults.source");
    assert_eq!(e.code(), "bad_url");
    // A default region must fit every number that takes it.
    let e = support::load(&with_compact(|v| {
        v["providers"][3]["defaults"]["region"] = json!("US")
    }))
    .unwrap_err();
    assert!(
        matches!(
            &e,
            RegistryError::BadNumber { number, problem: NumberProblem::RegionMismatch { .. }, .. }
                if number == "+8613900139000"
        ),
        "{e:?}"
    );
    // Unknown fields are refused in defaults as everywhere else.
    let e = support::load(&with_compact(|v| {
        v["providers"][3]["defaults"]["label"] = json!("x")
    }))
    .unwrap_err();
    assert!(
        matches!(&e, RegistryError::Json(m) if m.contains("unknown field `label`")),
        "{e:?}"
    );
}

#[test]
fn number_entries_must_be_strings_or_number_objects() {
    // A bare short code needs a region from somewhere.
    let e = rejected(|v| {
        v["providers"][0]["defaults"] =
            json!({"channels": ["voice"], "purposes": ["callback"], "source": "https://a.example"});
        v["providers"][0]["numbers"]
            .as_array_mut()
            .unwrap()
            .push(json!("95199"));
    });
    assert!(
        matches!(
            e,
            RegistryError::BadNumber {
                problem: NumberProblem::ShortCodeWithoutRegion,
                ..
            }
        ),
        "{e:?}"
    );
    // Digits as a JSON number, and unknown fields inside a number object, are not numbers.
    let e = rejected(|v| *number(v, 1, 0) = json!(18882211161u64));
    assert!(
        matches!(&e, RegistryError::Json(m) if m.contains("a string, or an object with \"number\"")),
        "{e:?}"
    );
    let e = rejected(|v| number(v, 1, 0)["note"] = json!("x"));
    assert!(
        matches!(&e, RegistryError::Json(m) if m.contains("unknown field `note`")),
        "{e:?}"
    );
}

#[test]
fn the_readme_registry_example_is_clean() {
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("## Registry format").unwrap()..];
    let start = section.find("```json").unwrap() + "```json".len();
    let end = start + section[start..].find("```").unwrap();
    let example = section[start..end].replace(
        "\"<hex SHA-256 of version 41's payload bytes>\"",
        &format!("\"{}\"", "a".repeat(64)),
    );
    assert_eq!(lint(example.as_bytes()), vec![]);
    let r = support::load(example.as_bytes()).unwrap();
    let icbc = r.provider("icbc").unwrap();
    assert_eq!(icbc.numbers.len(), 3);
    assert!(icbc
        .numbers
        .iter()
        .all(|n| icbc.region_of(n) == Some("CN") && icbc.source_of(n).starts_with("https://")));
}

/// Every number of `a` means the same in `b`: same provider, order, digits and effective fields.
fn assert_same_meaning(a: &RegistryDoc, b: &RegistryDoc) {
    assert_eq!(a.providers.len(), b.providers.len());
    for (pa, pb) in a.providers.iter().zip(&b.providers) {
        assert_eq!(
            (&pa.id, &pa.names, &pa.website),
            (&pb.id, &pb.names, &pb.website)
        );
        assert_eq!(pa.numbers.len(), pb.numbers.len(), "{}", pa.id);
        for (na, nb) in pa.numbers.iter().zip(&pb.numbers) {
            assert_eq!(na.number, nb.number);
            assert_eq!(pa.region_of(na), pb.region_of(nb), "{}", na.number);
            assert_eq!(pa.channels_of(na), pb.channels_of(nb), "{}", na.number);
            assert_eq!(pa.purposes_of(na), pb.purposes_of(nb), "{}", na.number);
            assert_eq!(pa.source_of(na), pb.source_of(nb), "{}", na.number);
        }
    }
}

#[test]
fn compacting_keeps_every_numbers_meaning() {
    for bytes in [VALID.to_vec(), BUNDLED.to_vec(), with_compact(|_| {})] {
        let original = support::load(&bytes).unwrap();
        let compacted = compact(original.doc());
        let written = serde_json::to_vec(&compacted).unwrap();
        // What it writes is a valid registry, lint-clean, meaning the same, and stable.
        let reloaded = support::load(&written).unwrap();
        assert_eq!(lint(&written), vec![]);
        assert_same_meaning(original.doc(), reloaded.doc());
        assert_eq!(compact(reloaded.doc()), compacted);
        assert!(written.len() <= serde_json::to_vec(original.doc()).unwrap().len());
    }
}

#[test]
fn compacting_chooses_the_majority_and_never_invents_a_region() {
    let r = support::load(VALID).unwrap();
    let c = compact(r.doc());
    // One number: a default would only add bytes, so it stays an object.
    let alipay = &c.providers[0];
    assert!(alipay.defaults.is_empty());
    assert_eq!(alipay.numbers[0].fields().region.as_deref(), Some("CN"));
    // PayPal lists one number with a region and one without: no default region, and the
    // first keeps its own.
    let paypal = &c.providers[1];
    assert_eq!(paypal.defaults.region, None);
    assert_eq!(paypal.numbers[0].fields().region.as_deref(), Some("US"));
    assert_eq!(paypal.numbers[1].fields().region, None);
    assert_eq!(
        paypal.defaults.source.as_deref(),
        Some("https://www.paypal.com/us/smarthelp/contact-us")
    );
    // Many numbers sharing their fields become bare strings under one set of defaults.
    let many = with(|v| {
        let numbers: Vec<Value> = (0..50)
            .map(|i| json!({"number": format!("+86139001{i:05}"), "region": "CN", "channels": ["voice"], "purposes": ["callback"], "source": "https://bank.example/cn"}))
            .collect();
        v["providers"][2]["numbers"] = Value::Array(numbers);
    });
    let c = compact(support::load(&many).unwrap().doc());
    let bank = &c.providers[2];
    assert!(bank.numbers.iter().all(|n| n.own.is_none()));
    assert_eq!(bank.defaults.region.as_deref(), Some("CN"));
    let written = serde_json::to_vec(&c).unwrap();
    assert!(
        written.len() * 3 < many.len(),
        "{} vs {}",
        written.len(),
        many.len()
    );
}

proptest::proptest! {
    /// Whatever mix of fields numbers carry, compacting keeps each number's meaning, writes a
    /// valid registry and is stable.
    #[test]
    fn compacting_any_provider_keeps_its_numbers(
        numbers in proptest::collection::vec(
            (proptest::bool::ANY, 0..3usize, 0..3usize, 0..3usize),
            1..40,
        )
    ) {
        let channels = [json!(["voice"]), json!(["sms"]), json!(["voice", "sms"])];
        let purposes = [json!(["callback"]), json!(["fraud"]), json!(["customer_service", "callback"])];
        let entries: Vec<Value> = numbers
            .iter()
            .enumerate()
            .map(|(i, &(region, c, p, src))| {
                let mut n = json!({
                    "number": format!("+86139002{i:05}"),
                    "channels": channels[c],
                    "purposes": purposes[p],
                    "source": format!("https://bank.example/{src}"),
                });
                if region {
                    n["region"] = json!("CN");
                }
                n
            })
            .collect();
        let bytes = with(|v| v["providers"][2]["numbers"] = Value::Array(entries));
        let original = support::load(&bytes).unwrap();
        let compacted = compact(original.doc());
        let reloaded = support::load(&serde_json::to_vec(&compacted).unwrap()).unwrap();
        assert_same_meaning(original.doc(), reloaded.doc());
        proptest::prop_assert_eq!(compact(reloaded.doc()), compacted);
    }
}

#[test]
fn aliases_are_names_too_and_must_be_distinct_and_visible() {
    let r = support::verified(&with(|v| {
        v["providers"][0]["aliases"] = json!(["支付宝钱包", "AP"]);
    }));
    let p = r.provider("alipay").unwrap();
    assert_eq!(
        p.all_names().collect::<Vec<_>>(),
        ["Alipay", "支付宝", "支付宝钱包", "AP"],
        "names (by language tag), then aliases"
    );

    let e = rejected(|v| v["providers"][0]["aliases"] = json!(["  "]));
    assert!(
        matches!(&e, RegistryError::BadAlias { why: "blank", .. }),
        "{e}"
    );
    assert_eq!(e.code(), "bad_alias");
    assert_eq!(e.location(), "providers[alipay].aliases[  ]");
    // A repeat of a name (ignoring case and spaces) or of another alias.
    for aliases in [json!(["alipay "]), json!(["AP", "ap"])] {
        let e = rejected(|v| v["providers"][0]["aliases"] = aliases);
        assert!(
            matches!(&e, RegistryError::BadAlias { why, .. } if why.contains("repeat")),
            "{e}"
        );
    }
    // A blank name in a language beyond the required two is refused too.
    let e = rejected(|v| v["providers"][0]["names"]["fr"] = json!(" "));
    assert!(
        matches!(&e, RegistryError::BlankName { provider, language } if provider == "alipay" && language == "fr"),
        "{e}"
    );
    assert_eq!(e.location(), "providers[alipay].names.fr");
    // Lint reports them all, and an unknown field beside aliases is still refused.
    let bytes = with(|v| {
        v["providers"][0]["aliases"] = json!(["", "Alipay"]);
        v["providers"][0]["names"]["fr"] = json!("");
    });
    let codes: Vec<&str> = lint(&bytes).iter().map(RegistryError::code).collect();
    assert_eq!(codes, ["blank_name", "bad_alias", "bad_alias"]);
}

#[test]
fn diff_reports_changed_aliases() {
    let old = RegistryDoc::from_json(VALID).unwrap();
    let new =
        RegistryDoc::from_json(&with(|v| v["providers"][0]["aliases"] = json!(["AP"]))).unwrap();
    let d = callguard::registry::audit::diff(&old, &new);
    assert_eq!(d.providers_changed.len(), 1);
    assert_eq!(d.providers_changed[0].id, "alipay");
    assert_eq!(d.providers_changed[0].fields, ["aliases"]);
}
