//! `CallGuard` hot updates: atomic swaps under concurrent checks, failed updates that change
//! nothing, the version rule, and root rotation through the guard.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use callguard::guard::CallGuard;
use callguard::guard::UpdateError;
use callguard::number::normalize;
use callguard::signing::{
    self, sha256_hex, EnvelopeError, Policy, PolicyError, SigningKey, TrustRoot, VerifyError,
};
use callguard::verdict::{self, CheckOptions};

const NOW: i64 = 1_800_000_000;
const ID: &str = "callguard-test";
/// The number whose provider flips between the two alternating registries.
const CONTESTED: &str = "+18882211161";

fn key(name: &str) -> SigningKey {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/signing/keys")
        .join(format!("{name}.key"));
    SigningKey::from_pem(&std::fs::read(path).unwrap()).unwrap()
}

/// A registry where CONTESTED belongs to `owner` (`paypal` or `venmo`).
fn payload(version: u64, predecessor: Option<&str>, owner: &str) -> Vec<u8> {
    let predecessor = predecessor.map_or("null".to_string(), |p| format!("\"{p}\""));
    let entry = |n: &str| {
        format!(
            r#"{{"number": "{n}", "region": "US", "channels": ["voice"], "purposes": ["callback"], "source": "https://example.com/{n}"}}"#
        )
    };
    let numbers = |p: &str| {
        if p == owner {
            format!(
                "{}, {}",
                entry(CONTESTED),
                entry(if p == "paypal" {
                    "+18884758627"
                } else {
                    "+18553488683"
                })
            )
        } else {
            entry(if p == "paypal" {
                "+18884758627"
            } else {
                "+18553488683"
            })
        }
    };
    format!(
        r#"{{"schema": 1, "registry_id": "{ID}", "version": {version},
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "predecessor_sha256": {predecessor},
  "providers": [
    {{"id": "paypal", "names": {{"zh-Hans": "贝宝", "en": "PayPal"}}, "website": "https://www.paypal.com", "numbers": [{}]}},
    {{"id": "venmo", "names": {{"zh-Hans": "Venmo", "en": "Venmo"}}, "website": "https://venmo.com", "numbers": [{}]}}
  ]}}
"#,
        numbers("paypal"),
        numbers("venmo")
    )
    .into_bytes()
}

fn owner_of(version: u64) -> &'static str {
    if version % 2 == 1 {
        "paypal"
    } else {
        "venmo"
    }
}

/// Signed registries 1..=n, alternating the owner of CONTESTED, chained by predecessor.
fn chain(n: u64, signer: &SigningKey) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut prev: Option<String> = None;
    for v in 1..=n {
        let p = payload(v, prev.as_deref(), owner_of(v));
        prev = Some(sha256_hex(&p));
        out.push(signing::sign_registry(&p, &[signer]).to_json());
    }
    out
}

fn policy() -> Policy {
    Policy::for_registry(ID).at(NOW)
}

fn guard_over(first: &[u8]) -> CallGuard {
    let root = TrustRoot::from_keys(vec![key("a").public_key()], 1).unwrap();
    CallGuard::open(first, root, policy()).unwrap()
}

#[test]
fn concurrent_checks_see_the_old_or_the_new_registry_never_a_mix() {
    const SWAPS: u64 = 400;
    let envelopes = chain(SWAPS, &key("a"));
    let guard = Arc::new(guard_over(&envelopes[0]));
    let options = CheckOptions::default();
    // The two possible answers, computed on each registry alone.
    let verified = |p: &[u8]| {
        let root = TrustRoot::from_keys(vec![key("a").public_key()], 1).unwrap();
        let signed = signing::sign_registry(p, &[&key("a")]).to_json();
        signing::verify(&signed, &root, &policy()).unwrap()
    };
    let answer_a = verdict::check(&verified(&payload(1, None, "paypal")), CONTESTED, &options);
    let answer_b = verdict::check(&verified(&payload(2, None, "venmo")), CONTESTED, &options);
    assert_ne!(
        answer_a, answer_b,
        "the two registries must answer differently for the test to mean anything"
    );

    let done = Arc::new(AtomicBool::new(false));
    let seen = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (guard, done, seen) = (guard.clone(), done.clone(), seen.clone());
            let (answer_a, answer_b) = (answer_a.clone(), answer_b.clone());
            std::thread::spawn(move || {
                let caller = normalize(CONTESTED, None).unwrap();
                let mut checks = 0usize;
                while !done.load(Ordering::Acquire) || checks == 0 {
                    // Through the guard: one of the two complete answers.
                    let answer = guard.check(CONTESTED, &CheckOptions::default());
                    if answer == answer_a {
                        seen[0].fetch_add(1, Ordering::Relaxed);
                    } else if answer == answer_b {
                        seen[1].fetch_add(1, Ordering::Relaxed);
                    } else {
                        panic!("answer matches neither registry: {answer:?}");
                    }
                    // On a snapshot: the lookup agrees with the snapshot's own version.
                    let snap = guard.snapshot();
                    let version = snap.registry().doc().version;
                    let found = snap.registry().lookup(&caller).expect("listed in both");
                    assert_eq!(found.provider.id, owner_of(version), "version {version}");
                    assert_eq!(snap.registry().info().version, version);
                    checks += 1;
                }
                checks
            })
        })
        .collect();
    for (i, env) in envelopes.iter().enumerate().skip(1) {
        let info = guard.update(env).unwrap();
        assert_eq!(info.version, i as u64 + 1);
    }
    done.store(true, Ordering::Release);
    let total: usize = readers.into_iter().map(|r| r.join().unwrap()).sum();
    assert!(total > 0);
    assert_eq!(guard.info().version, SWAPS);
    assert_eq!(
        seen[0].load(Ordering::Relaxed) + seen[1].load(Ordering::Relaxed),
        total
    );
}

#[test]
fn failed_updates_change_nothing() {
    let a = key("a");
    let envelopes = chain(3, &a);
    let guard = guard_over(&envelopes[1]);
    let before = guard.info();
    assert_eq!(before.version, 2);

    // Rollback to version 1.
    assert!(matches!(
        guard.update(&envelopes[0]),
        Err(UpdateError::Verify(VerifyError::Policy(
            PolicyError::Rollback {
                version: 1,
                floor: 2
            }
        )))
    ));
    // Signed by a key the guard does not trust.
    let foreign =
        signing::sign_registry(&payload(3, None, "paypal"), &[&key("stranger")]).to_json();
    assert!(matches!(
        guard.update(&foreign),
        Err(UpdateError::Verify(VerifyError::Envelope(
            EnvelopeError::BelowThreshold { .. }
        )))
    ));
    // Another registry series.
    let other = String::from_utf8(payload(3, None, "paypal"))
        .unwrap()
        .replace(ID, "other-series");
    let other = signing::sign_registry(other.as_bytes(), &[&a]).to_json();
    assert!(matches!(
        guard.update(&other),
        Err(UpdateError::Verify(VerifyError::Policy(
            PolicyError::RegistryIdMismatch { .. }
        )))
    ));
    // Same version, different content.
    let conflicting = signing::sign_registry(&payload(2, None, "paypal"), &[&a]).to_json();
    assert!(matches!(
        guard.update(&conflicting),
        Err(UpdateError::VersionConflict { version: 2 })
    ));
    // Garbage.
    assert!(matches!(
        guard.update(b"{"),
        Err(UpdateError::Verify(VerifyError::Envelope(
            EnvelopeError::Json(_)
        )))
    ));
    // Expired.
    let expired = String::from_utf8(payload(3, None, "paypal"))
        .unwrap()
        .replace("2036-11-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let expired = signing::sign_registry(expired.as_bytes(), &[&a]).to_json();
    assert!(matches!(
        guard.update(&expired),
        Err(UpdateError::Verify(VerifyError::Policy(
            PolicyError::Expired { .. }
        )))
    ));

    assert_eq!(guard.info(), before);
    assert!(!guard.expired());
    // Re-delivery of the registry in force is a no-op; a newer one goes through.
    assert_eq!(guard.update(&envelopes[1]).unwrap(), before);
    assert_eq!(guard.update(&envelopes[2]).unwrap().version, 3);
}

#[test]
fn rotated_root_governs_later_updates() {
    let (a, b, c) = (key("a"), key("b"), key("c"));
    let envelopes = chain(3, &a);
    let guard = guard_over(&envelopes[0]);
    let next = TrustRoot::new(2, 1, vec![c.public_key()]).unwrap();
    // Signed only by the new key: refused, and the root is unchanged.
    assert!(guard.rotate_root(&next.sign(&[&c]).to_json()).is_err());
    assert_eq!(guard.trust_root().version(), 1);
    assert_eq!(
        guard.rotate_root(&next.sign(&[&a, &c]).to_json()).unwrap(),
        2
    );
    // a's registries no longer verify; c's do.
    assert!(matches!(
        guard.update(&envelopes[1]),
        Err(UpdateError::Verify(VerifyError::Envelope(
            EnvelopeError::BelowThreshold { .. }
        )))
    ));
    let p2 = payload(2, None, "venmo");
    assert_eq!(
        guard
            .update(&signing::sign_registry(&p2, &[&c, &b]).to_json())
            .unwrap()
            .version,
        2
    );
}

#[test]
fn bundled_guard_answers_from_the_demo_registry() {
    let guard = CallGuard::bundled();
    let info = guard.info();
    assert!(info.demo);
    assert_eq!(info.registry_id, signing::DEMO_REGISTRY_ID);
    assert_eq!(info.signers.len(), 1);
}

#[test]
fn a_registry_that_expires_in_force_keeps_answering_and_says_so() {
    let envelopes = chain(1, &key("a"));
    let root = TrustRoot::from_keys(vec![key("a").public_key()], 1).unwrap();
    let verified = signing::verify(&envelopes[0], &root, &policy()).unwrap();
    // The clock moves past expires_at (2036-11-01) while the registry is in force.
    let guard = CallGuard::with_policy(verified, Policy::default().at(2_200_000_000)).unwrap();
    assert!(guard.expired());
    assert_eq!(guard.info().registry_id, ID);
    assert_eq!(
        guard
            .check(CONTESTED, &CheckOptions::default())
            .provider
            .as_deref(),
        Some("paypal")
    );
}

/// A one-provider registry with the given `names` JSON object, signed by key a.
fn named(version: u64, id: &str, names: &str) -> Vec<u8> {
    let payload = format!(
        r#"{{"schema": 1, "registry_id": "{ID}", "version": {version},
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "providers": [{{"id": "{id}", "names": {names}, "website": "https://{id}.example",
    "numbers": [{{"number": "+18882211161", "channels": ["voice"], "purposes": ["callback"],
                  "source": "https://{id}.example/contact"}}]}}]}}"#
    );
    signing::sign_registry(payload.as_bytes(), &[&key("a")]).to_json()
}

/// The provider ids of the impersonation claims the guard finds in `text`.
fn claims(guard: &CallGuard, text: &str) -> Vec<Option<String>> {
    guard
        .scan(text, None)
        .into_iter()
        .filter(|i| i.kind == callguard::scan::IndicatorKind::ImpersonationClaim)
        .map(|i| i.provider)
        .collect()
}

#[test]
fn a_registry_whose_names_cannot_be_scanned_for_is_refused_never_replaced_by_the_demo() {
    let acme = r#"{"zh-Hans": "艾克米支付", "en": "AcmePay"}"#;
    let guard = guard_over(&named(1, "acmepay", acme));
    assert_eq!(
        claims(&guard, "This is AcmePay customer service."),
        [Some("acmepay".to_string())]
    );
    // The demo registry's providers are unknown here: a claim to be Alipay names nobody.
    assert!(claims(&guard, "This is Alipay customer service.")
        .iter()
        .all(Option::is_none));

    // A blank name in any language is a schema error now (it used to pass, break the
    // scanner, and make the guard fall back to the demo providers).
    let blank_fr = named(
        2,
        "acmepay",
        r#"{"zh-Hans": "艾克米支付", "en": "AcmePay", "fr": " "}"#,
    );
    assert!(matches!(
        guard.update(&blank_fr),
        Err(UpdateError::Verify(VerifyError::Registry(
            callguard::registry::RegistryError::BlankName { .. }
        )))
    ));
    // Names with nothing visible pass the schema but not the scanner: refused all the same.
    let invisible = named(
        2,
        "acmepay",
        "{\"zh-Hans\": \"\u{200b}\", \"en\": \"\u{200b}\"}",
    );
    assert!(matches!(
        guard.update(&invisible),
        Err(UpdateError::Scanner(_))
    ));
    let root = TrustRoot::from_keys(vec![key("a").public_key()], 1).unwrap();
    assert!(matches!(
        CallGuard::open(&invisible, root, policy()),
        Err(UpdateError::Scanner(_))
    ));
    // Nothing changed: the registry in force and its scanner are the AcmePay ones.
    assert_eq!(guard.info().version, 1);
    assert_eq!(
        claims(&guard, "This is AcmePay customer service."),
        [Some("acmepay".to_string())]
    );
}

#[test]
fn updates_bring_the_scanner_for_the_new_providers() {
    let guard = guard_over(&named(
        1,
        "acmepay",
        r#"{"zh-Hans": "艾克米", "en": "AcmePay"}"#,
    ));
    let stream_before = guard.stream(None);
    guard
        .update(&named(
            2,
            "betawallet",
            r#"{"zh-Hans": "贝塔钱包", "en": "BetaWallet"}"#,
        ))
        .unwrap();
    assert_eq!(
        claims(&guard, "This is BetaWallet customer service."),
        [Some("betawallet".to_string())]
    );
    assert!(claims(&guard, "This is AcmePay customer service.")
        .iter()
        .all(Option::is_none));
    // A stream started before the update keeps the snapshot it started with.
    let mut stream_before = stream_before;
    let mut old = stream_before.push("This is AcmePay customer service.");
    old.extend(stream_before.finish());
    assert!(old.iter().any(|i| i.provider.as_deref() == Some("acmepay")));
}

#[test]
fn redelivery_is_a_no_op_only_for_bytes_that_verify() {
    let envelopes = chain(2, &key("a"));
    let guard = guard_over(&envelopes[0]);
    let before = guard.info();
    // The payload in force, re-wrapped without signatures and as another payload type: the
    // digest matches, but nothing about these bytes verifies (audit finding).
    let payload = signing::Envelope::from_json(&envelopes[0], 1 << 20)
        .unwrap()
        .payload()
        .to_vec();
    let unsigned = signing::Envelope::sign("text/plain", &payload, &[]).to_json();
    assert!(matches!(
        guard.update(&unsigned),
        Err(UpdateError::Verify(VerifyError::Envelope(_)))
    ));
    let unsigned = signing::sign_registry(&payload, &[]).to_json();
    assert!(matches!(
        guard.update(&unsigned),
        Err(UpdateError::Verify(VerifyError::Envelope(
            EnvelopeError::BelowThreshold { valid: 0, .. }
        )))
    ));
    // Signed by a key the root does not trust: refused too.
    let foreign = signing::sign_registry(&payload, &[&key("c")]).to_json();
    assert!(guard.update(&foreign).is_err());
    // The genuine re-delivery is still the cheap no-op it was.
    assert_eq!(guard.update(&envelopes[0]).unwrap(), before);
    assert_eq!(guard.info(), before);
}
