//! Assessments against registries verified as an app would: the advice a person reads.

mod support;

use callguard::assess::assess_call;
use callguard::registry::MAX_CALLBACK_NUMBERS;
use callguard::verdict::CheckOptions;

fn claiming(id: &str) -> CheckOptions {
    CheckOptions {
        region: None,
        claimed: Some(id.to_string()),
    }
}

#[test]
fn advice_names_the_claimed_providers_callback_numbers_not_every_number() {
    let registry = support::verified(include_bytes!("fixtures/registry/valid.json"));
    let a = assess_call(&registry, "+1 202 555 0100", &claiming("paypal"), vec![]);
    assert!(a.advice.en.contains("+18882211161"), "{}", a.advice.en);
    // PayPal's SMS-only notifications number is not one to call back.
    assert!(!a.advice.en.contains("+14025371000"), "{}", a.advice.en);
    assert!(
        !a.advice.zh_hans.contains("+14025371000"),
        "{}",
        a.advice.zh_hans
    );
}

#[test]
fn advice_for_a_provider_with_many_numbers_stays_within_the_callback_cap() {
    let numbers: Vec<String> = (0..1000).map(|i| format!("\"+1202555{:04}\"", i)).collect();
    let json = format!(
        r#"{{"schema": 1, "registry_id": "big", "version": 1,
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "providers": [{{"id": "bigbank", "names": {{"zh-Hans": "大银行", "en": "Big Bank"}},
    "website": "https://big.example",
    "defaults": {{"channels": ["voice"], "purposes": ["customer_service"], "source": "https://big.example/c"}},
    "numbers": [{}]}}]}}"#,
        numbers.join(",")
    );
    let registry = support::verified(json.as_bytes());
    let a = assess_call(&registry, "+44 20 7946 0001", &claiming("bigbank"), vec![]);
    let listed = a.advice.en.matches("+1202555").count();
    assert!(
        (1..=MAX_CALLBACK_NUMBERS).contains(&listed),
        "{listed} numbers in {} bytes of advice",
        a.advice.en.len()
    );
    assert!(
        a.advice.en.len() < 1000,
        "{} bytes of advice",
        a.advice.en.len()
    );
}
