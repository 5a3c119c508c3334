//! Signed registries: every rejection (from the committed fixtures in
//! `tests/fixtures/signing/`), threshold counting, root rotation and the audit chain.
//!
//! The fixtures are produced by [`fixtures`] below with the committed TEST ONLY keys in
//! `tests/fixtures/signing/keys/` (Ed25519 is deterministic, so the output is reproducible).
//! After changing the generator, rewrite them with:
//! `cargo test --test signing -- --ignored regenerate_fixtures`
//! and `fixtures_match_their_generator` keeps the committed files honest.

use std::path::PathBuf;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use callguard::registry::audit::{check_chain, ChainItem, ChainProblem};
use callguard::registry::RegistryError;
use callguard::signing::{
    self, sha256_hex, verify, verify_signatures, Envelope, EnvelopeError, Policy, PolicyError,
    PublicKey, RootError, SigningKey, TrustRoot, VerifyError, REGISTRY_PAYLOAD_TYPE,
};

/// "Now" for every test: 2027-01-15, after the fixtures' issue and before their expiry.
const NOW: i64 = 1_800_000_000;
const ID: &str = "callguard-test";

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/signing")
}

fn key(name: &str) -> SigningKey {
    let path = dir().join("keys").join(format!("{name}.key"));
    SigningKey::from_pem(&std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn policy() -> Policy {
    Policy::for_registry(ID).at(NOW)
}

/// Trust root of keys `a`, `b`, `c` with the given threshold.
fn root(threshold: usize) -> TrustRoot {
    let keys = ["a", "b", "c"].map(|k| key(k).public_key()).to_vec();
    TrustRoot::from_keys(keys, threshold).unwrap()
}

/// A registry payload; `paypal_owner` decides which provider lists +1 888-221-1161.
fn payload(
    version: u64,
    predecessor: Option<&str>,
    paypal_owner: &str,
    id: &str,
    expires: &str,
) -> Vec<u8> {
    let predecessor = match predecessor {
        Some(p) => format!("\"{p}\""),
        None => "null".into(),
    };
    let entry = |n: &str, source: &str| {
        format!(
            r#"{{"number": "{n}", "region": "US", "channels": ["voice"], "purposes": ["customer_service"], "source": "{source}"}}"#
        )
    };
    let (paypal_numbers, venmo_numbers) = if paypal_owner == "paypal" {
        (
            entry("+18882211161", "https://www.paypal.com"),
            entry("+18553488683", "https://venmo.com"),
        )
    } else {
        (
            entry("+18884758627", "https://www.paypal.com"),
            format!(
                "{}, {}",
                entry("+18882211161", "https://venmo.com"),
                entry("+18553488683", "https://venmo.com")
            ),
        )
    };
    format!(
        r#"{{
  "schema": 1,
  "registry_id": "{id}",
  "version": {version},
  "issued_at": "2026-11-01T00:00:00Z",
  "expires_at": "{expires}",
  "demo": true,
  "predecessor_sha256": {predecessor},
  "providers": [
    {{"id": "alipay", "names": {{"zh-Hans": "支付宝", "en": "Alipay"}}, "website": "https://www.alipay.com",
      "numbers": [{{"number": "95188", "region": "CN", "channels": ["voice", "sms"], "purposes": ["customer_service"], "source": "https://www.alipay.com"}}]}},
    {{"id": "paypal", "names": {{"zh-Hans": "贝宝", "en": "PayPal"}}, "website": "https://www.paypal.com",
      "numbers": [{paypal_numbers}]}},
    {{"id": "venmo", "names": {{"zh-Hans": "Venmo", "en": "Venmo"}}, "website": "https://venmo.com",
      "numbers": [{venmo_numbers}]}}
  ]
}}
"#
    )
    .into_bytes()
}

const FAR: &str = "2036-11-01T00:00:00Z";

fn sign(payload: &[u8], keys: &[&SigningKey]) -> Vec<u8> {
    signing::sign_registry(payload, keys).to_json()
}

fn with_json(env: &[u8], edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(env).unwrap();
    edit(&mut v);
    let mut out = serde_json::to_vec_pretty(&v).unwrap();
    out.push(b'\n');
    out
}

/// Every fixture file, generated from the committed keys.
fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let (a, b, c, stranger) = (key("a"), key("b"), key("c"), key("stranger"));
    let v1 = payload(1, None, "paypal", ID, FAR);
    let v2 = payload(2, Some(&sha256_hex(&v1)), "venmo", ID, FAR);
    let v3_broken = payload(3, Some(&"0".repeat(64)), "paypal", ID, FAR);
    let valid = sign(&v1, &[&a]);
    let mut out = vec![
        ("registry-v1.json", v1.clone()),
        ("registry-v2.json", v2.clone()),
        ("v1.signed.json", valid.clone()),
        ("v2.signed.json", sign(&v2, &[&a, &b])),
        ("v3-broken-chain.signed.json", sign(&v3_broken, &[&a])),
        ("v1-ab.signed.json", sign(&v1, &[&a, &b])),
        ("v1-abc.signed.json", sign(&v1, &[&a, &b, &c])),
        ("bad-json.signed.json", valid[..valid.len() / 2].to_vec()),
        ("not-an-envelope.signed.json", v1.clone()),
        (
            "bad-base64.signed.json",
            with_json(&valid, |v| v["payload"] = "eyJzY2hlbWEiOi!!!*".into()),
        ),
        (
            "wrong-payload-type.signed.json",
            signing::Envelope::sign("application/json", &v1, &[&a]).to_json(),
        ),
        (
            // A digit of the PayPal number changed after signing.
            "tampered-payload.signed.json",
            with_json(&valid, |v| {
                let text = String::from_utf8(v1.clone()).unwrap();
                let evil = text.replace("+18882211161", "+18882211162");
                v["payload"] = STANDARD.encode(evil).into();
            }),
        ),
        (
            "bad-signature.signed.json",
            with_json(&valid, |v| {
                let mut sig = STANDARD
                    .decode(v["signatures"][0]["sig"].as_str().unwrap())
                    .unwrap();
                sig[10] ^= 1;
                v["signatures"][0]["sig"] = STANDARD.encode(sig).into();
            }),
        ),
        ("unknown-key.signed.json", sign(&v1, &[&stranger])),
        (
            // A's signature twice (and B's key id over a copy of A's signature).
            "duplicate-key.signed.json",
            with_json(&valid, |v| {
                let s = v["signatures"][0].clone();
                let mut forged = s.clone();
                forged["keyid"] = b.public_key().key_id().to_string().into();
                v["signatures"] = serde_json::json!([s, s, forged]);
            }),
        ),
        (
            "expired.signed.json",
            sign(
                &payload(1, None, "paypal", ID, "2027-01-01T00:00:00Z"),
                &[&a],
            ),
        ),
        (
            "wrong-id.signed.json",
            sign(&payload(1, None, "paypal", "someone-else", FAR), &[&a]),
        ),
        (
            "schema-error.signed.json",
            sign(
                &String::from_utf8(v1.clone())
                    .unwrap()
                    .replace("\"schema\": 1", "\"schema\": 99")
                    .into_bytes(),
                &[&a],
            ),
        ),
        (
            "duplicate-number.signed.json",
            sign(
                &String::from_utf8(v1.clone())
                    .unwrap()
                    .replace("+18553488683", "+18882211161")
                    .into_bytes(),
                &[&a],
            ),
        ),
        (
            "payload-not-json.signed.json",
            sign(b"hello, not json", &[&a]),
        ),
        (
            "unknown-field.signed.json",
            with_json(&valid, |v| v["extra"] = true.into()),
        ),
    ];
    // Trust roots: v1 = {a, b} threshold 2; v2 = {b, c} threshold 2.
    let root_v1 = TrustRoot::new(1, 2, vec![a.public_key(), b.public_key()]).unwrap();
    let root_v2 = TrustRoot::new(2, 2, vec![b.public_key(), c.public_key()]).unwrap();
    let root_v1_again = TrustRoot::new(1, 2, vec![b.public_key(), c.public_key()]).unwrap();
    out.push(("root-v1.json", root_v1.to_json()));
    out.push(("root-v2.signed.json", root_v2.sign(&[&a, &b, &c]).to_json()));
    out.push((
        "root-v2-new-keys-only.signed.json",
        root_v2.sign(&[&b, &c]).to_json(),
    ));
    out.push((
        "root-v2-old-keys-only.signed.json",
        root_v2.sign(&[&a, &b]).to_json(),
    ));
    out.push((
        "root-v1-again.signed.json",
        root_v1_again.sign(&[&a, &b, &c]).to_json(),
    ));
    out
}

#[test]
#[ignore = "rewrites tests/fixtures/signing; run after changing the generator"]
fn regenerate_fixtures() {
    let keys = dir().join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    for name in ["a", "b", "c", "stranger"] {
        let path = keys.join(format!("{name}.key"));
        if !path.exists() {
            let (k, pkcs8) = SigningKey::generate().unwrap();
            std::fs::write(&path, pkcs8.to_pem()).unwrap();
            std::fs::write(keys.join(format!("{name}.pub")), k.public_key().to_pem()).unwrap();
        }
    }
    for (name, bytes) in fixtures() {
        std::fs::write(dir().join(name), bytes).unwrap();
    }
}

#[test]
fn fixtures_match_their_generator() {
    for (name, bytes) in fixtures() {
        assert!(
            fixture(name) == bytes,
            "{name} is stale: regenerate the fixtures"
        );
    }
}

#[test]
fn valid_envelope_verifies_and_keeps_the_exact_payload() {
    let v = verify(&fixture("v1.signed.json"), &root(1), &policy()).unwrap();
    assert_eq!(v.registry().doc().version, 1);
    assert_eq!(v.payload_sha256(), sha256_hex(&fixture("registry-v1.json")));
    assert_eq!(v.signers(), &[key("a").public_key().key_id()]);
    let env = Envelope::from_json(&fixture("v1.signed.json"), 1 << 20).unwrap();
    assert_eq!(env.payload(), fixture("registry-v1.json"));
}

#[test]
fn rejects_truncated_json() {
    let err = verify(&fixture("bad-json.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(err, VerifyError::Envelope(EnvelopeError::Json(_))),
        "{err}"
    );
}

#[test]
fn rejects_a_raw_registry_in_place_of_an_envelope() {
    let err = verify(&fixture("not-an-envelope.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(err, VerifyError::Envelope(EnvelopeError::Json(_))),
        "{err}"
    );
}

#[test]
fn rejects_unknown_envelope_fields() {
    let err = verify(&fixture("unknown-field.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(err, VerifyError::Envelope(EnvelopeError::Json(_))),
        "{err}"
    );
}

#[test]
fn rejects_bad_base64() {
    let err = verify(&fixture("bad-base64.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(err, VerifyError::Envelope(EnvelopeError::PayloadBase64(_))),
        "{err}"
    );
}

#[test]
fn rejects_wrong_payload_type() {
    let err = verify(
        &fixture("wrong-payload-type.signed.json"),
        &root(1),
        &policy(),
    )
    .unwrap_err();
    match err {
        VerifyError::Envelope(EnvelopeError::PayloadType { found, expected }) => {
            assert_eq!(found, "application/json");
            assert_eq!(expected, REGISTRY_PAYLOAD_TYPE);
        }
        other => panic!("{other}"),
    }
}

#[test]
fn rejects_tampered_payload() {
    let err = verify(
        &fixture("tampered-payload.signed.json"),
        &root(1),
        &policy(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Envelope(EnvelopeError::BelowThreshold {
                valid: 0,
                invalid: 1,
                ..
            })
        ),
        "{err}"
    );
}

#[test]
fn rejects_bad_signature() {
    let err = verify(&fixture("bad-signature.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Envelope(EnvelopeError::BelowThreshold {
                valid: 0,
                invalid: 1,
                ..
            })
        ),
        "{err}"
    );
}

#[test]
fn unknown_keys_never_count() {
    let err = verify(&fixture("unknown-key.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Envelope(EnvelopeError::BelowThreshold {
                valid: 0,
                unknown: 1,
                ..
            })
        ),
        "{err}"
    );
    // The same envelope verifies once its key is trusted.
    let trusting = TrustRoot::from_keys(vec![key("stranger").public_key()], 1).unwrap();
    verify(&fixture("unknown-key.signed.json"), &trusting, &policy()).unwrap();
}

#[test]
fn repeated_keys_never_count_twice() {
    let env = fixture("duplicate-key.signed.json");
    // Threshold 1: A's signature alone is enough.
    verify(&env, &root(1), &policy()).unwrap();
    // Threshold 2: A twice plus A's signature under B's key id is still one valid signer.
    let err = verify(&env, &root(2), &policy()).unwrap_err();
    match err {
        VerifyError::Envelope(EnvelopeError::BelowThreshold {
            valid,
            threshold,
            duplicate,
            invalid,
            ..
        }) => assert_eq!((valid, threshold, duplicate, invalid), (1, 2, 1, 1)),
        other => panic!("{other}"),
    }
}

#[test]
fn threshold_counts_distinct_valid_trusted_signers() {
    let r2 = root(2);
    let r3 = root(3);
    assert!(matches!(
        verify(&fixture("v1.signed.json"), &r2, &policy()),
        Err(VerifyError::Envelope(EnvelopeError::BelowThreshold {
            valid: 1,
            threshold: 2,
            ..
        }))
    ));
    let v = verify(&fixture("v1-ab.signed.json"), &r2, &policy()).unwrap();
    assert_eq!(v.signers().len(), 2);
    assert!(matches!(
        verify(&fixture("v1-ab.signed.json"), &r3, &policy()),
        Err(VerifyError::Envelope(EnvelopeError::BelowThreshold {
            valid: 2,
            threshold: 3,
            ..
        }))
    ));
    verify(&fixture("v1-abc.signed.json"), &r3, &policy()).unwrap();
}

#[test]
fn trust_root_refuses_impossible_thresholds_and_repeated_keys() {
    let a = key("a").public_key();
    assert!(matches!(
        TrustRoot::from_keys(vec![a.clone()], 0),
        Err(RootError::BadThreshold {
            threshold: 0,
            keys: 1
        })
    ));
    assert!(matches!(
        TrustRoot::from_keys(vec![a.clone()], 2),
        Err(RootError::BadThreshold {
            threshold: 2,
            keys: 1
        })
    ));
    assert!(matches!(
        TrustRoot::from_keys(vec![a.clone(), a], 1),
        Err(RootError::DuplicateKey { .. })
    ));
}

#[test]
fn rejects_expired_registry() {
    let err = verify(&fixture("expired.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Policy(PolicyError::Expired { now: NOW, .. })
        ),
        "{err}"
    );
    // expires_at == now is expired too.
    let at_expiry = Policy::for_registry(ID).at(1_798_761_600); // 2027-01-01T00:00:00Z
    assert!(matches!(
        verify(&fixture("expired.signed.json"), &root(1), &at_expiry),
        Err(VerifyError::Policy(PolicyError::Expired { .. }))
    ));
    verify(
        &fixture("expired.signed.json"),
        &root(1),
        &Policy::for_registry(ID).at(1_798_761_599),
    )
    .unwrap();
}

#[test]
fn rejects_rollback_below_the_floor() {
    let err = verify(
        &fixture("v1.signed.json"),
        &root(1),
        &policy().min_version(2),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Policy(PolicyError::Rollback {
                version: 1,
                floor: 2
            })
        ),
        "{err}"
    );
    verify(
        &fixture("v2.signed.json"),
        &root(1),
        &policy().min_version(2),
    )
    .unwrap();
}

#[test]
fn rejects_other_registry_ids() {
    let err = verify(&fixture("wrong-id.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Policy(PolicyError::RegistryIdMismatch { .. })
        ),
        "{err}"
    );
    // Without a pinned id (tools only) it verifies.
    verify(
        &fixture("wrong-id.signed.json"),
        &root(1),
        &Policy::default().at(NOW),
    )
    .unwrap();
}

#[test]
fn rejects_schema_errors_after_the_signature_check() {
    let err = verify(&fixture("schema-error.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Registry(RegistryError::UnknownSchema { found: 99 })
        ),
        "{err}"
    );
    let err = verify(
        &fixture("duplicate-number.signed.json"),
        &root(1),
        &policy(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Registry(RegistryError::DuplicateNumber { .. })
        ),
        "{err}"
    );
    let err = verify(
        &fixture("payload-not-json.signed.json"),
        &root(1),
        &policy(),
    )
    .unwrap_err();
    assert!(
        matches!(err, VerifyError::Registry(RegistryError::Json(_))),
        "{err}"
    );
    // An unsigned schema error is a signature failure first: nothing unsigned is parsed.
    let stranger = TrustRoot::from_keys(vec![key("stranger").public_key()], 1).unwrap();
    assert!(matches!(
        verify(&fixture("schema-error.signed.json"), &stranger, &policy()),
        Err(VerifyError::Envelope(EnvelopeError::BelowThreshold { .. }))
    ));
}

#[test]
fn rejects_oversized_input_before_decoding() {
    let env = fixture("v1.signed.json");
    let mut small = policy();
    small.max_envelope_bytes = env.len() - 1;
    let err = verify(&env, &root(1), &small).unwrap_err();
    assert!(
        matches!(err, VerifyError::Envelope(EnvelopeError::TooLarge { .. })),
        "{err}"
    );
    // Garbage over the limit is refused as too large, not as bad JSON.
    let garbage = vec![b'!'; 4096];
    small.max_envelope_bytes = 4095;
    assert!(matches!(
        verify(&garbage, &root(1), &small),
        Err(VerifyError::Envelope(EnvelopeError::TooLarge {
            size: 4096,
            limit: 4095
        }))
    ));
}

#[test]
fn error_messages_say_what_to_do() {
    let err = verify(&fixture("expired.signed.json"), &root(1), &policy()).unwrap_err();
    assert!(err.to_string().contains("fetch a fresh registry"), "{err}");
    let err = verify(
        &fixture("v1.signed.json"),
        &root(1),
        &policy().min_version(5),
    )
    .unwrap_err();
    assert!(err.to_string().contains("rollback"), "{err}");
}

#[test]
fn garbage_never_panics() {
    let r = root(1);
    for input in [
        &b""[..],
        b"null",
        b"[]",
        b"{\"payloadType\":1}",
        b"{\"payloadType\":\"x\",\"payload\":\"\",\"signatures\":[]}",
        b"{\"payloadType\":\"application/vnd.callguard.registry+json\",\"payload\":\"\",\"signatures\":[{\"keyid\":\"zz\",\"sig\":\"%%\"}]}",
        &[0xff, 0xfe, 0x00],
    ] {
        assert!(verify(input, &r, &policy()).is_err());
    }
}

#[test]
fn rotation_needs_both_the_old_and_the_new_threshold() {
    let v1 = TrustRoot::from_json(&fixture("root-v1.json")).unwrap();
    let v2 = v1.rotate(&fixture("root-v2.signed.json")).unwrap();
    assert_eq!((v2.version(), v2.threshold()), (2, 2));
    assert!(v2.key(&key("c").public_key().key_id()).is_some());
    assert!(v2.key(&key("a").public_key().key_id()).is_none());

    // Only the new keys: the current root ({a, b}, 2) sees just b.
    let err = v1
        .rotate(&fixture("root-v2-new-keys-only.signed.json"))
        .unwrap_err();
    match &err {
        VerifyError::Envelope(EnvelopeError::BelowThreshold { valid: 1, role, .. }) => {
            assert!(role.contains("current"))
        }
        other => panic!("{other}"),
    }
    // Only the old keys: the new root ({b, c}, 2) sees just b.
    let err = v1
        .rotate(&fixture("root-v2-old-keys-only.signed.json"))
        .unwrap_err();
    match &err {
        VerifyError::Envelope(EnvelopeError::BelowThreshold { valid: 1, role, .. }) => {
            assert!(role.contains("new"))
        }
        other => panic!("{other}"),
    }
    // Properly signed but not a higher version.
    let err = v1
        .rotate(&fixture("root-v1-again.signed.json"))
        .unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::Root(RootError::Rollback {
                current: 1,
                found: 1
            })
        ),
        "{err}"
    );
    // A registry envelope is not a root.
    assert!(matches!(
        v1.rotate(&fixture("v1-ab.signed.json")),
        Err(VerifyError::Envelope(EnvelopeError::PayloadType { .. }))
    ));
}

#[test]
fn rotated_root_verifies_registries_signed_by_its_keys_only() {
    let v1 = TrustRoot::from_json(&fixture("root-v1.json")).unwrap();
    let v2 = v1.rotate(&fixture("root-v2.signed.json")).unwrap();
    // v1-ab: a and b. Old root accepts it; new root (b, c; 2) does not.
    verify(&fixture("v1-ab.signed.json"), &v1, &policy()).unwrap();
    assert!(matches!(
        verify(&fixture("v1-ab.signed.json"), &v2, &policy()),
        Err(VerifyError::Envelope(EnvelopeError::BelowThreshold {
            valid: 1,
            ..
        }))
    ));
    verify(&fixture("v1-abc.signed.json"), &v2, &policy()).unwrap();
}

#[test]
fn trust_root_json_round_trips_and_is_checked() {
    let v1 = TrustRoot::from_json(&fixture("root-v1.json")).unwrap();
    assert_eq!(TrustRoot::from_json(&v1.to_json()).unwrap(), v1);
    let text = String::from_utf8(fixture("root-v1.json")).unwrap();
    let a_id = key("a").public_key().key_id().to_string();
    let bad_id = text.replace(&a_id, &"0".repeat(64));
    assert!(matches!(
        TrustRoot::from_json(bad_id.as_bytes()),
        Err(RootError::KeyIdMismatch { index: 0, .. })
    ));
    assert!(matches!(
        TrustRoot::from_json(b"{}"),
        Err(RootError::Json(_))
    ));
    // Self-signed acceptance needs the new root's own threshold.
    TrustRoot::from_signed_self(&fixture("root-v2-new-keys-only.signed.json")).unwrap();
    assert!(TrustRoot::from_signed_self(&fixture("root-v2-old-keys-only.signed.json")).is_err());
}

#[test]
fn signature_work_is_bounded_by_trusted_keys() {
    // An envelope stuffed with signatures from unknown keys is refused before any crypto when
    // over the limit, and otherwise each trusted key is tried once.
    let env = Envelope::from_json(&fixture("v1.signed.json"), 1 << 20).unwrap();
    let mut json: serde_json::Value = serde_json::from_slice(&env.to_json()).unwrap();
    let sig = json["signatures"][0].clone();
    json["signatures"] = serde_json::Value::Array(vec![sig; 65]);
    let bytes = serde_json::to_vec(&json).unwrap();
    assert!(matches!(
        verify(&bytes, &root(1), &policy()),
        Err(VerifyError::Envelope(EnvelopeError::TooManySignatures {
            count: 65,
            ..
        }))
    ));
    let env = Envelope::from_json(&fixture("duplicate-key.signed.json"), 1 << 20).unwrap();
    assert_eq!(verify_signatures(&env, &root(1)).unwrap().len(), 1);
}

#[test]
fn chain_of_versions_is_checked() {
    let item = |name: &str| {
        ChainItem::from_payload(
            Envelope::from_json(&fixture(name), 1 << 20)
                .unwrap()
                .payload(),
        )
        .unwrap()
    };
    let good = check_chain(&[item("v2.signed.json"), item("v1.signed.json")]);
    assert!(good.is_continuous(), "{:?}", good.problems);
    assert_eq!(
        good.links.iter().map(|l| l.version).collect::<Vec<_>>(),
        vec![1, 2]
    );

    let broken = check_chain(&[
        item("v1.signed.json"),
        item("v2.signed.json"),
        item("v3-broken-chain.signed.json"),
    ]);
    assert!(matches!(
        broken.problems.as_slice(),
        [ChainProblem::PredecessorMismatch { version: 3, .. }]
    ));
    let gap = check_chain(&[item("v1.signed.json"), item("v3-broken-chain.signed.json")]);
    assert_eq!(gap.problems.len(), 1);
    let dup = check_chain(&[item("v1.signed.json"), item("v1-ab.signed.json")]);
    assert!(matches!(
        dup.problems.as_slice(),
        [ChainProblem::DuplicateVersion { version: 1 }]
    ));
}

#[test]
fn bundled_registry_is_the_raw_registry_signed_by_the_demo_key() {
    let bundled = callguard::signing::VerifiedRegistry::try_bundled().unwrap();
    let raw = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/registry.json"))
        .unwrap();
    assert_eq!(
        bundled.payload_sha256(),
        sha256_hex(&raw),
        "data/registry.json changed: re-sign it (see data/demo/README.md)"
    );
    let env = Envelope::from_json(
        callguard::signing::VerifiedRegistry::bundled_envelope(),
        1 << 24,
    )
    .unwrap();
    assert!(env.payload() == raw.as_slice());
    // The demo key is trusted only when asked: a production root refuses the bundled envelope.
    assert!(matches!(
        verify(
            callguard::signing::VerifiedRegistry::bundled_envelope(),
            &root(1),
            &Policy::default()
        ),
        Err(VerifyError::Envelope(EnvelopeError::BelowThreshold {
            unknown: 1,
            ..
        }))
    ));
    let demo = PublicKey::from_pem(callguard::signing::DEMO_PUBLIC_KEY_PEM).unwrap();
    assert_eq!(bundled.signers(), &[demo.key_id()]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any corruption of a signed registry either is refused (never a panic) or, when it
        /// only touched the JSON around the payload, yields exactly the signed payload.
        #[test]
        fn corrupted_envelopes_never_verify_other_bytes(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)
        ) {
            let original = fixture("v1.signed.json");
            let signed_sha = sha256_hex(&fixture("registry-v1.json"));
            let mut bytes = original.clone();
            for (at, value) in edits {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            if let Ok(v) = verify(&bytes, &root(1), &policy()) {
                prop_assert_eq!(v.payload_sha256(), signed_sha.as_str());
            }
        }

        /// Arbitrary bytes are refused with a typed error, never a panic.
        #[test]
        fn arbitrary_bytes_are_refused(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            prop_assert!(verify(&bytes, &root(1), &policy()).is_err());
            prop_assert!(TrustRoot::from_json(&bytes).is_err());
            prop_assert!(root(1).rotate(&bytes).is_err());
        }
    }
}

/// A compact-form registry of `n` CN mobile numbers, signed by `a`.
fn large(n: usize) -> (Vec<u8>, Vec<u8>) {
    let numbers: Vec<String> = (0..n).map(|i| format!("\"+86139{i:08}\"")).collect();
    let payload = format!(
        r#"{{"schema": 1, "registry_id": "{ID}", "version": 3, "issued_at": "2026-06-01T00:00:00Z",
        "expires_at": "2099-01-01T00:00:00Z", "providers": [{{"id": "bulk",
        "names": {{"zh-Hans": "批量", "en": "Bulk"}}, "website": "https://bulk.example",
        "defaults": {{"channels": ["voice"], "purposes": ["callback"], "source": "https://bulk.example"}},
        "numbers": [{}]}}]}}"#,
        numbers.join(",")
    )
    .into_bytes();
    let envelope = sign(&payload, &[&key("a")]);
    (payload, envelope)
}

#[test]
fn large_envelopes_verify_with_the_right_digest_and_signer_and_catch_one_byte_tamper() {
    // Over 1 MiB, where verify computes the digest and loads the numbering plans on other
    // threads (which this test cannot observe; it checks the answers are the right ones).
    let (payload, envelope) = large(80_000);
    assert!(envelope.len() > 1 << 20, "{}", envelope.len());
    let v = verify(&envelope, &root(1), &policy()).unwrap();
    assert_eq!(v.registry().number_count(), 80_000);
    assert_eq!(v.payload_sha256(), sha256_hex(&payload));
    assert_eq!(v.signers(), [key("a").public_key().key_id()]);
    // Tampering with one byte of a large payload is caught as surely as with a small one.
    let mut forged = payload.clone();
    let at = forged.len() / 2;
    forged[at] = if forged[at] == b'1' { b'2' } else { b'1' };
    let tampered = with_json(&envelope, |v| {
        v["payload"] = serde_json::Value::String(STANDARD.encode(&forged))
    });
    assert!(
        matches!(
            verify(&tampered, &root(1), &policy()),
            Err(VerifyError::Envelope(EnvelopeError::BelowThreshold { .. }))
        ),
        "tampered large payload was not refused"
    );
}

#[test]
fn a_bogus_entry_cannot_hide_a_real_signature_of_the_same_key() {
    let payload = fixture("registry-v1.json");
    let real = signing::sign_registry(&payload, &[&key("a")]);
    let a_id = key("a").public_key().key_id().to_string();
    // A bogus entry under A's key id placed before A's real signature (audit finding).
    let forged = with_json(&real.to_json(), |v| {
        let real_sig = v["signatures"][0].clone();
        v["signatures"] = serde_json::json!([{"keyid": a_id, "sig": "AAAA"}, real_sig]);
    });
    let v = verify(&forged, &root(1), &policy()).unwrap();
    assert_eq!(v.signers(), [key("a").public_key().key_id()]);

    // Countersigning over a bogus entry replaces it with a real signature.
    let mut env = Envelope::from_json(
        &with_json(&real.to_json(), |v| {
            v["signatures"] = serde_json::json!([{"keyid": a_id, "sig": "AAAA"}]);
        }),
        1 << 20,
    )
    .unwrap();
    assert!(verify(&env.to_json(), &root(1), &policy()).is_err());
    env.add_signatures(&[&key("a")]);
    assert_eq!(env.signatures().len(), 1);
    verify(&env.to_json(), &root(1), &policy()).unwrap();
    // A key that already signed validly is not signed twice.
    env.add_signatures(&[&key("a")]);
    assert_eq!(env.signatures().len(), 1);
}
