//! `callguard check` as a program: the JSON contract of README.md, the readable output, and
//! exit statuses (0 for any completed check, 2 for a usage error).

mod support;

use serde_json::Value;

use support::run as callguard;

/// Runs `callguard check --json ARGS`, expecting success, and parses stdout.
fn check_json(args: &[&str]) -> Value {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    support::json(&callguard(&all))
}

#[test]
fn json_contract_for_an_official_short_code() {
    let v = check_json(&["--region", "CN", "95188"]);
    assert_eq!(v["input"], "95188");
    assert_eq!(v["verdict"], "official");
    assert_eq!(v["provider"], "alipay");
    assert_eq!(v["normalized"], "95188");
    assert_eq!(v["region"], "CN");
    assert_eq!(v["official_numbers"], serde_json::json!(["95188"]));
    let reasons = v["reasons"].as_array().unwrap();
    assert!(!reasons.is_empty());
    assert_eq!(reasons[0]["code"], "official_number");
    assert!(reasons[0]["message"].as_str().unwrap().contains("Alipay"));
    assert_eq!(v["demo"], true);
    assert_eq!(v["registry_id"], "callguard-demo");
}

#[test]
fn json_for_every_verdict_exits_zero() {
    for (args, verdict, provider) in [
        (vec!["+1 888 221 1161"], "official", Value::from("paypal")),
        (
            vec!["--region", "cn", "--claimed", "alipay", "95017"],
            "claim_mismatch",
            Value::from("wechat_pay"),
        ),
        (vec!["+95 188 1234"], "lookalike", Value::from("alipay")),
        (
            vec!["0095188", "--region", "CN"],
            "lookalike",
            Value::from("alipay"),
        ),
        (vec!["+8613900139000"], "unknown", Value::Null),
        (vec!["anonymous"], "withheld", Value::Null),
        (vec![""], "withheld", Value::Null),
        (vec!["not a number"], "invalid", Value::Null),
    ] {
        let v = check_json(&args);
        assert_eq!(v["verdict"], verdict, "{args:?}: {v:#}");
        assert_eq!(v["provider"], provider, "{args:?}");
        assert!(v["official_numbers"].is_array());
        assert!(!v["reasons"].as_array().unwrap().is_empty());
        for field in ["input", "normalized", "region"] {
            assert!(v.get(field).is_some(), "{field} missing for {args:?}");
        }
    }
}

#[test]
fn lookalike_json_names_the_number_to_call_back() {
    let v = check_json(&["+18882211162"]);
    assert_eq!(v["verdict"], "lookalike");
    assert_eq!(v["normalized"], "+18882211162");
    assert_eq!(v["official_numbers"], serde_json::json!(["+18882211161"]));
    assert_eq!(v["reasons"][0]["code"], "digit_substituted");
}

#[test]
fn readable_output_marks_demo_data_and_says_whom_to_call() {
    let out = callguard(&["check", "--region", "CN", "951880"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("DEMO ONLY"), "{text}");
    assert!(text.contains("LOOKALIKE"), "{text}");
    assert!(text.contains("Alipay"), "{text}");
    assert!(text.contains("call back on: 95188"), "{text}");
    assert!(text.contains("[digits_padded]"), "{text}");
}

#[test]
fn bad_region_is_a_usage_error() {
    for region in ["XX", "China", "1"] {
        let out = callguard(&["check", "--region", region, "95188"]);
        assert_eq!(out.status.code(), Some(2), "{region}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("region"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn missing_number_is_a_usage_error() {
    let out = callguard(&["check", "--json"]);
    assert_eq!(out.status.code(), Some(2));
}
