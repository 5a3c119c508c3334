//! Call notices end to end through the library: signing, every refusal, the device table, and
//! the verdicts `expected` and `spoofed` a call context produces.

use std::sync::OnceLock;

use base64::Engine as _;
use callguard::assess::Risk;
use callguard::guard::CallGuard;
use callguard::notice::{
    self, callee_sha256, Callee, NoticeDoc, NoticeDraft, NoticeError, NoticeTable,
    MAX_PENDING_NOTICES, NOTICE_PAYLOAD_TYPE,
};
use callguard::number::Region;
use callguard::registry::{audit, lint, RegistryDoc};
use callguard::signing::envelope::Envelope;
use callguard::signing::{self, Policy, SigningKey, TrustRoot, VerifiedRegistry};
use callguard::verdict::{Attestation, CallContext, CheckOptions, Verdict};
use proptest::prelude::*;

/// 2026-11-27T10:00:00Z, the "now" of these tests.
const NOW: i64 = 1_795_773_600;
const CALLEE: &str = "+8613800138000";

struct Keys {
    root: SigningKey,
    alipay: SigningKey,
    paypal: SigningKey,
    rogue: SigningKey,
}

fn keys() -> &'static Keys {
    static K: OnceLock<Keys> = OnceLock::new();
    K.get_or_init(|| {
        let k = || SigningKey::generate().unwrap().0;
        Keys {
            root: k(),
            alipay: k(),
            paypal: k(),
            rogue: k(),
        }
    })
}

/// The base64 SPKI DER of a key: the body line of its `.pub` file.
fn spki(key: &SigningKey) -> String {
    let pem = key.public_key().to_pem();
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

/// A registry with alipay (95188, a notice key), paypal (announces every call; one number
/// inbound-only), icbc (no keys; a 400 hotline inbound-only by default).
fn registry_json(version: u64, alipay_keys: &[String]) -> String {
    let alipay_keys = serde_json::to_string(alipay_keys).unwrap();
    let paypal_key = serde_json::to_string(&spki(&keys().paypal)).unwrap();
    format!(
        r#"{{"schema": 1, "registry_id": "notice-test", "version": {version},
  "issued_at": "2026-11-01T00:00:00Z", "expires_at": "2036-11-01T00:00:00Z",
  "providers": [
   {{"id": "alipay", "names": {{"zh-Hans": "支付宝", "en": "Alipay"}}, "website": "https://www.alipay.com",
     "notice_keys": {alipay_keys},
     "numbers": [{{"number": "95188", "region": "CN", "channels": ["voice"], "purposes": ["customer_service"], "source": "https://cshall.alipay.com/"}}]}},
   {{"id": "paypal", "names": {{"zh-Hans": "贝宝", "en": "PayPal"}}, "website": "https://www.paypal.com",
     "notice_keys": [{paypal_key}], "announces_calls": true,
     "defaults": {{"channels": ["voice"], "purposes": ["callback"], "source": "https://www.paypal.com/contact"}},
     "numbers": ["+18882211161", {{"number": "+14029352050", "inbound_only": true}}]}},
   {{"id": "icbc", "names": {{"zh-Hans": "中国工商银行", "en": "ICBC"}}, "website": "https://www.icbc.com.cn",
     "defaults": {{"region": "CN", "channels": ["voice"], "purposes": ["customer_service"], "source": "https://www.icbc.com.cn/", "inbound_only": true}},
     "numbers": ["+864006695588", {{"number": "95588", "inbound_only": false}}]}}
  ]}}"#
    )
}

fn root() -> TrustRoot {
    TrustRoot::from_keys(vec![keys().root.public_key()], 1).unwrap()
}

fn signed_registry(json: &str) -> Vec<u8> {
    signing::sign_registry(json.as_bytes(), &[&keys().root]).to_json()
}

fn registry() -> &'static VerifiedRegistry {
    static R: OnceLock<VerifiedRegistry> = OnceLock::new();
    R.get_or_init(|| {
        let json = registry_json(1, &[spki(&keys().alipay)]);
        signing::verify(&signed_registry(&json), &root(), &Policy::default().at(NOW)).unwrap()
    })
}

fn callee() -> Callee {
    Callee::parse(CALLEE, None).unwrap()
}

fn utc(t: i64) -> String {
    notice::format_utc(t)
}

/// A draft for alipay's 95188 calling CALLEE from NOW-1h to NOW+2h.
fn draft() -> NoticeDraft {
    NoticeDraft {
        registry_id: "notice-test".into(),
        provider: "alipay".into(),
        from: "95188".into(),
        region: Region::parse("CN"),
        to: CALLEE.into(),
        not_before: utc(NOW - 3600),
        not_after: utc(NOW + 7200),
        reason_en: "About your refund R-2291".into(),
        reason_zh_hans: "关于您的退款 R-2291".into(),
        agent: Some("Agent Li".into()),
        id: None,
        issued_at: utc(NOW - 4000),
    }
}

fn sign(draft: &NoticeDraft, key: &SigningKey) -> Vec<u8> {
    notice::sign(draft, key).unwrap()
}

/// Signs a notice document as given, bypassing the producer's checks (to test the device's).
fn sign_doc(doc: &NoticeDoc, key: &SigningKey) -> Vec<u8> {
    Envelope::sign(
        NOTICE_PAYLOAD_TYPE,
        &serde_json::to_vec(doc).unwrap(),
        &[key],
    )
    .to_json()
}

fn doc() -> NoticeDoc {
    let (doc, _) = notice::inspect(&sign(&draft(), &keys().alipay)).unwrap();
    doc
}

fn verify(bytes: &[u8]) -> Result<notice::VerifiedNotice, NoticeError> {
    notice::verify(bytes, registry(), &callee(), NOW)
}

fn cn() -> CheckOptions {
    CheckOptions {
        region: Region::parse("CN"),
        claimed: None,
    }
}

fn at(t: i64) -> CallContext {
    CallContext {
        at: Some(t),
        ..CallContext::default()
    }
}

fn table_with(bytes: &[u8]) -> NoticeTable {
    let mut t = NoticeTable::new();
    t.insert(verify(bytes).unwrap(), NOW).unwrap();
    t
}

fn check(raw: &str, context: &CallContext, table: &NoticeTable) -> callguard::verdict::Check {
    let names = callguard::verdict::ProviderNames::new(registry());
    callguard::verdict::check_call(registry(), raw, &cn(), context, table, &names)
}

fn codes(c: &callguard::verdict::Check) -> Vec<&str> {
    c.reasons.iter().map(|r| r.code.as_str()).collect()
}

#[test]
fn a_valid_notice_makes_the_official_number_expected_with_its_reason() {
    let bytes = sign(&draft(), &keys().alipay);
    assert!(bytes.len() <= notice::MAX_NOTICE_BYTES);
    let table = table_with(&bytes);
    let c = check("95188", &at(NOW), &table);
    assert_eq!(c.verdict, Verdict::Expected);
    assert_eq!(codes(&c)[0], "announced_call");
    let call = c.expected_call.expect("expected_call is set");
    assert_eq!(call.provider, "alipay");
    assert_eq!(call.from, "95188");
    assert_eq!(call.reason.en, "About your refund R-2291");
    assert_eq!(call.reason.zh_hans, "关于您的退款 R-2291");
    assert_eq!(call.agent.as_deref(), Some("Agent Li"));
    assert_eq!(call.not_before, utc(NOW - 3600));
    assert_eq!(call.id.len(), 32, "128 random bits in hex: {}", call.id);
    // The JSON contract.
    let json = serde_json::to_value(check("95188", &at(NOW), &table)).unwrap();
    assert_eq!(json["verdict"], "expected");
    assert_eq!(
        json["expected_call"]["reason"]["zh-Hans"],
        "关于您的退款 R-2291"
    );
}

#[test]
fn outside_the_window_the_number_is_only_official() {
    let table = table_with(&sign(&draft(), &keys().alipay));
    let skew = notice::CLOCK_SKEW_SECS;
    // Inside the window, and within the documented skew of each end.
    for t in [NOW - 3600 - skew, NOW + 7200 + skew] {
        assert_eq!(
            check("95188", &at(t), &table).verdict,
            Verdict::Expected,
            "{t}"
        );
    }
    for t in [NOW - 3600 - skew - 1, NOW + 7200 + skew + 1, NOW + 86_400] {
        let c = check("95188", &at(t), &table);
        assert_eq!(c.verdict, Verdict::Official, "{t}");
        assert!(c.expected_call.is_none());
    }
}

#[test]
fn a_notice_for_another_callee_is_refused() {
    let mut d = draft();
    d.to = "+8613800138001".into();
    let bytes = sign(&d, &keys().alipay);
    assert_eq!(verify(&bytes).unwrap_err(), NoticeError::OtherCallee);
    // The callee hash binds the id too: the same callee under another id does not match.
    let doc = doc();
    assert_ne!(callee_sha256("other-id", &callee()), doc.callee_sha256);
    assert_eq!(doc.callee_sha256, callee_sha256(&doc.id, &callee()));
    assert!(!String::from_utf8_lossy(&sign(&draft(), &keys().alipay)).contains("13800138000"));
}

#[test]
fn a_key_the_registry_does_not_list_for_the_provider_is_refused() {
    // A rogue key.
    let bytes = sign(&draft(), &keys().rogue);
    assert_eq!(
        verify(&bytes).unwrap_err(),
        NoticeError::UnlistedKey("alipay".into())
    );
    // PayPal's own notice key, listed, but for another provider.
    let bytes = sign(&draft(), &keys().paypal);
    assert_eq!(verify(&bytes).unwrap_err().code(), "unlisted_key");
}

#[test]
fn a_signature_that_does_not_verify_is_refused_even_under_a_listed_key_id() {
    let bytes = sign(&draft(), &keys().alipay);
    let mut env: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    // Re-sign other bytes with the rogue key but name alipay's key id.
    let rogue = Envelope::sign(NOTICE_PAYLOAD_TYPE, b"{}", &[&keys().rogue]);
    env["signatures"][0]["sig"] = rogue.signatures()[0].sig.clone().into();
    let forged = serde_json::to_vec(&env).unwrap();
    assert_eq!(verify(&forged).unwrap_err().code(), "bad_signature");
    // Change the payload under the genuine signature.
    let mut doc = doc();
    doc.reason
        .insert("en".into(), "Please read us your code".into());
    let payload =
        base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&doc).unwrap());
    let mut env: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    env["payload"] = payload.into();
    let altered = serde_json::to_vec(&env).unwrap();
    assert_eq!(verify(&altered).unwrap_err().code(), "bad_signature");
}

#[test]
fn every_refusal_is_typed_and_stores_nothing() {
    let k = &keys().alipay;
    let with = |f: &dyn Fn(&mut NoticeDoc)| {
        let mut d = doc();
        f(&mut d);
        sign_doc(&d, k)
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("too_large", vec![b' '; notice::MAX_NOTICE_BYTES + 1]),
        ("malformed", b"not json".to_vec()),
        ("wrong_type", signing::sign_registry(b"{}", &[k]).to_json()),
        (
            "other_registry",
            with(&|d| d.registry_id = "callguard-demo".into()),
        ),
        ("unknown_provider", with(&|d| d.provider = "stripe".into())),
        (
            "not_official_number",
            with(&|d| {
                d.from = "95588".into(); // ICBC's, not Alipay's
            }),
        ),
        (
            "not_official_number",
            with(&|d| {
                d.from = "+8613800138000".into();
                d.region = None;
            }),
        ),
        (
            "window_inverted",
            with(&|d| d.not_after = d.not_before.clone()),
        ),
        (
            "window_too_long",
            with(&|d| d.not_after = utc(NOW - 3600 + 86_401)),
        ),
        (
            "expired",
            with(&|d| {
                d.not_before = utc(NOW - 7200);
                d.not_after = utc(NOW - notice::CLOCK_SKEW_SECS - 1);
            }),
        ),
        (
            "not_yet_valid",
            with(&|d| {
                d.not_before = utc(NOW + 2 * 86_400);
                d.not_after = utc(NOW + 2 * 86_400 + 3600);
            }),
        ),
        (
            "invalid_field",
            with(&|d| {
                d.reason.remove("zh-Hans");
            }),
        ),
        (
            "invalid_field",
            with(&|d| {
                d.reason.insert("en".into(), "x".repeat(101));
            }),
        ),
        ("invalid_field", with(&|d| d.id = "has space".into())),
        ("invalid_field", with(&|d| d.schema = 2)),
    ];
    for (code, bytes) in cases {
        let mut table = NoticeTable::new();
        let got = verify(&bytes).and_then(|n| table.insert(n, NOW));
        assert_eq!(got.err().map(|e| e.code()), Some(code), "{code}");
        assert!(table.is_empty());
    }
    // Inbound-only: PayPal's +14029352050 never calls out.
    let mut d = draft();
    d.provider = "paypal".into();
    d.from = "+14029352050".into();
    let bytes = sign(&d, &keys().paypal);
    assert_eq!(verify(&bytes).unwrap_err().code(), "inbound_only_number");
    // A window of exactly 100 characters of reason is accepted.
    let mut d = draft();
    d.reason_en = "x".repeat(100);
    assert!(verify(&sign(&d, k)).is_ok());
    // The producer refuses what the device would.
    let mut d = draft();
    d.not_after = utc(NOW + 86_400);
    assert_eq!(notice::sign(&d, k).unwrap_err().code(), "window_too_long");
}

#[test]
fn the_same_id_with_other_content_is_refused_and_the_same_notice_is_a_no_op() {
    let mut d = draft();
    d.id = Some("R-2291-call".into());
    let first = sign(&d, &keys().alipay);
    let mut table = table_with(&first);
    table.insert(verify(&first).unwrap(), NOW).unwrap();
    assert_eq!(table.len(), 1);
    d.reason_en = "Something else".into();
    let second = sign(&d, &keys().alipay);
    assert_eq!(
        table.insert(verify(&second).unwrap(), NOW),
        Err(NoticeError::IdConflict("R-2291-call".into()))
    );
    assert_eq!(table.pending(NOW)[0].reason.en, "About your refund R-2291");
}

#[test]
fn the_table_is_bounded_purges_expired_and_evicts_the_soonest_ending() {
    let mut table = NoticeTable::new();
    for i in 0..MAX_PENDING_NOTICES as i64 + 1 {
        let mut d = draft();
        d.id = Some(format!("n{i}"));
        // Ending later with every notice, except n7 which ends first of all.
        let end = if i == 7 { NOW + 60 } else { NOW + 3600 + i };
        d.not_after = utc(end);
        table
            .insert(verify(&sign(&d, &keys().alipay)).unwrap(), NOW)
            .unwrap();
    }
    assert_eq!(table.len(), MAX_PENDING_NOTICES);
    let ids: Vec<String> = table.pending(NOW).into_iter().map(|c| c.id).collect();
    assert!(!ids.contains(&"n7".to_string()));
    assert!(ids.contains(&"n256".to_string()));
    // Expired ones are purged.
    table.purge(NOW + 3600 + 100 + notice::CLOCK_SKEW_SECS);
    assert!(table.len() < MAX_PENDING_NOTICES);
    assert!(table.pending(NOW + 86_400).is_empty());
}

#[test]
fn attestation_failed_inbound_only_and_unannounced_calls_are_spoofed() {
    let empty = NoticeTable::new();
    let failed = CallContext {
        at: Some(NOW),
        attestation: Some(Attestation::Failed),
        display_name: None,
    };
    let c = check("95188", &failed, &empty);
    assert_eq!(c.verdict, Verdict::Spoofed);
    assert_eq!(codes(&c)[0], "attestation_failed");
    assert_eq!(c.provider.as_deref(), Some("alipay"));
    assert_eq!(c.official_numbers, ["95188"]);
    // Even with a notice: the network says the caller ID is false.
    let table = table_with(&sign(&draft(), &keys().alipay));
    assert_eq!(check("95188", &failed, &table).verdict, Verdict::Spoofed);
    // Passed or not verified changes nothing by itself.
    for a in [Attestation::Passed, Attestation::NotVerified] {
        let ctx = CallContext {
            attestation: Some(a),
            ..at(NOW)
        };
        assert_eq!(check("95188", &ctx, &empty).verdict, Verdict::Official);
    }
    // Inbound-only: a number's own flag, and a provider's default (ICBC's 400 hotline), which
    // a number may turn off (ICBC's 95588).
    let c = check("+14029352050", &at(NOW), &empty);
    assert_eq!(
        (c.verdict, codes(&c)[0]),
        (Verdict::Spoofed, "inbound_only_number")
    );
    let c = check("+864006695588", &at(NOW), &empty);
    assert_eq!(
        (c.verdict, codes(&c)[0]),
        (Verdict::Spoofed, "inbound_only_number")
    );
    assert_eq!(check("95588", &at(NOW), &empty).verdict, Verdict::Official);
    // PayPal announces every call: without a notice its number is spoofed, with one expected.
    let c = check("+18882211161", &at(NOW), &empty);
    assert_eq!(
        (c.verdict, codes(&c)[0]),
        (Verdict::Spoofed, "unannounced_call")
    );
    let mut d = draft();
    d.provider = "paypal".into();
    d.from = "+18882211161".into();
    let table = table_with(&sign(&d, &keys().paypal));
    assert_eq!(
        check("+18882211161", &at(NOW), &table).verdict,
        Verdict::Expected
    );
    // A notice for one number does not cover another of the provider's numbers.
    assert_eq!(check("95188", &at(NOW), &table).verdict, Verdict::Official);
}

#[test]
fn a_displayed_provider_name_is_a_claim() {
    let empty = NoticeTable::new();
    let shown = |name: &str| CallContext {
        display_name: Some(name.into()),
        ..at(NOW)
    };
    // A contact saved as "支付宝" with a scammer's number.
    let c = check("+8613912345678", &shown("支付宝"), &empty);
    assert_eq!(c.verdict, Verdict::Unknown);
    assert!(codes(&c).contains(&"not_claimed_provider_number"), "{c:?}");
    assert!(codes(&c).contains(&"display_name_claims_provider"));
    assert_eq!(c.official_numbers, ["95188"]);
    // Folded as the scanner folds: full-width letters, case, a Traditional name, a suffix.
    for name in ["ＡＬＩＰＡＹ", "alipay customer service", "支付寶客服"] {
        let c = check("+8613912345678", &shown(name), &empty);
        assert!(
            codes(&c).contains(&"display_name_claims_provider"),
            "{name}"
        );
    }
    // Another provider's official number shown as Alipay: a claim mismatch.
    assert_eq!(
        check("95588", &shown("支付宝"), &empty).verdict,
        Verdict::ClaimMismatch
    );
    // Its own number shown with its name: official; an unrelated name claims nothing.
    assert_eq!(
        check("95188", &shown("支付宝"), &empty).verdict,
        Verdict::Official
    );
    let c = check("+8613912345678", &shown("Mum"), &empty);
    assert_eq!(codes(&c), ["unknown_number"]);
}

#[test]
fn attestation_parsers_read_android_and_sip() {
    assert_eq!(
        Attestation::from_android_status(0),
        Some(Attestation::NotVerified)
    );
    assert_eq!(
        Attestation::from_android_status(1),
        Some(Attestation::Passed)
    );
    assert_eq!(
        Attestation::from_android_status(2),
        Some(Attestation::Failed)
    );
    assert_eq!(Attestation::from_android_status(3), None);
    assert_eq!(
        Attestation::from_verstat("TN-Validation-Passed"),
        Some(Attestation::Passed)
    );
    assert_eq!(
        Attestation::from_verstat("TN-Validation-Passed-A"),
        Some(Attestation::Passed)
    );
    assert_eq!(
        Attestation::from_verstat("verstat=TN-Validation-Failed-C"),
        Some(Attestation::Failed)
    );
    assert_eq!(
        Attestation::from_verstat("No-TN-Validation"),
        Some(Attestation::NotVerified)
    );
    assert_eq!(Attestation::from_verstat("TN-Validation-Maybe"), None);
    assert_eq!(
        Attestation::parse("not-verified"),
        Some(Attestation::NotVerified)
    );
    assert_eq!(Attestation::parse("ok"), None);
}

fn guard() -> CallGuard {
    let json = registry_json(1, &[spki(&keys().alipay)]);
    CallGuard::open(
        &signed_registry(&json),
        root(),
        Policy::for_registry("notice-test").at(NOW),
    )
    .unwrap()
}

#[test]
fn the_guard_holds_notices_and_a_registry_update_revokes_a_removed_key() {
    let guard = guard();
    let bytes = sign(&draft(), &keys().alipay);
    let call = guard.expect_call(&bytes, &callee()).unwrap();
    assert_eq!(guard.pending_calls(), std::slice::from_ref(&call));
    let c = guard.check_call("95188", &cn(), &CallContext::default());
    assert_eq!(
        c.verdict,
        Verdict::Expected,
        "the guard's clock is the policy's"
    );
    let status = guard.calling_status("alipay", None).unwrap();
    assert!(status.calling && !status.announces_calls);
    assert_eq!(status.calls, std::slice::from_ref(&call));
    let paypal = guard.calling_status("paypal", None).unwrap();
    assert!(!paypal.calling && paypal.announces_calls);
    assert!(guard.calling_status("stripe", None).is_none());
    assert!(
        !guard
            .calling_status("alipay", Some(NOW + 86_400))
            .unwrap()
            .calling
    );

    // A refused notice stores nothing.
    assert!(guard
        .expect_call(&sign(&draft(), &keys().rogue), &callee())
        .is_err());
    assert_eq!(guard.pending_calls().len(), 1);

    // A registry that keeps the key keeps the notice; one that drops it revokes it.
    let same = registry_json(2, &[spki(&keys().alipay), spki(&keys().rogue)]);
    guard.update(&signed_registry(&same)).unwrap();
    assert_eq!(guard.pending_calls().len(), 1);
    let rotated = registry_json(3, &[spki(&keys().rogue)]);
    guard.update(&signed_registry(&rotated)).unwrap();
    assert!(guard.pending_calls().is_empty());
    assert_eq!(
        guard
            .check_call("95188", &cn(), &CallContext::default())
            .verdict,
        Verdict::Official
    );

    // forget_call.
    let guard = self::guard();
    guard.expect_call(&bytes, &callee()).unwrap();
    assert!(guard.forget_call(&call.id));
    assert!(!guard.forget_call(&call.id));
    assert!(guard.pending_calls().is_empty());
}

#[test]
fn assess_expected_is_no_risk_but_a_code_request_is_still_high_and_spoofed_is_high() {
    let guard = guard();
    guard
        .expect_call(&sign(&draft(), &keys().alipay), &callee())
        .unwrap();
    let ctx = CallContext::default();
    let a = guard.assess_call("95188", &cn(), &ctx, "您好，我是支付宝客服，关于您的退款");
    assert_eq!(a.verdict.verdict, Verdict::Expected);
    assert!(a.risk <= Risk::Low, "{:?}", a.reasons);
    let a = guard.assess_call("95188", &cn(), &ctx, "请把刚收到的验证码告诉我");
    assert_eq!(a.risk, Risk::High);
    let a = guard.assess_call("+18882211161", &cn(), &ctx, "Hello, this is PayPal.");
    assert_eq!(a.verdict.verdict, Verdict::Spoofed);
    assert_eq!(a.risk, Risk::High);
    assert!(a.reasons.iter().any(|r| r.code == "spoofed_number"));
    assert!(
        a.advice.en.contains("+18882211161") && a.advice.en.contains("not PayPal"),
        "{}",
        a.advice.en
    );
    assert!(a.advice.zh_hans.contains("+18882211161"));
}

#[test]
fn registry_fields_are_validated_diffed_and_default_for_old_registries() {
    let bad = registry_json(1, &["not-a-key".to_string()]);
    let problems = lint(bad.as_bytes());
    assert_eq!(problems[0].code(), "bad_notice_key", "{problems:?}");
    assert_eq!(
        problems[0].location(),
        "providers[alipay].notice_keys[not-a-key]"
    );
    let twice = registry_json(1, &[spki(&keys().alipay), spki(&keys().alipay)]);
    assert_eq!(lint(twice.as_bytes())[0].code(), "bad_notice_key");
    let announces = registry_json(1, &[]).replace(
        r#""id": "alipay","#,
        r#""id": "alipay", "announces_calls": true,"#,
    );
    assert_eq!(
        lint(announces.as_bytes())[0].code(),
        "announces_without_keys"
    );

    let old = RegistryDoc::from_json(registry_json(1, &[spki(&keys().alipay)]).as_bytes()).unwrap();
    let new = RegistryDoc::from_json(registry_json(2, &[spki(&keys().rogue)]).as_bytes()).unwrap();
    let d = audit::diff(&old, &new);
    assert_eq!(d.notice_keys_added.len(), 1);
    assert_eq!(
        d.notice_keys_added[0].key_id,
        keys().rogue.public_key().key_id().to_string()
    );
    assert_eq!(d.notice_keys_removed[0].provider, "alipay");
    assert!(d.providers_changed[0]
        .fields
        .contains(&"notice_keys".to_string()));

    // A registry without the new fields reads them as their defaults and writes them back out
    // unchanged (no new field appears).
    let plain = RegistryDoc::from_json(
        r#"{"schema": 1, "registry_id": "r", "version": 1, "issued_at": "2026-11-01T00:00:00Z",
        "expires_at": "2036-11-01T00:00:00Z", "providers": [{"id": "paypal",
        "names": {"zh-Hans": "贝宝", "en": "PayPal"}, "website": "https://www.paypal.com",
        "numbers": [{"number": "+18882211161", "channels": ["voice"], "purposes": ["callback"],
        "source": "https://www.paypal.com/contact"}]}]}"#
            .as_bytes(),
    )
    .unwrap();
    let p = &plain.providers[0];
    assert!(p.notice_keys.is_empty() && !p.announces_calls && !p.inbound_only_of(&p.numbers[0]));
    let out = serde_json::to_string(&plain).unwrap();
    assert!(
        !out.contains("notice_keys")
            && !out.contains("announces_calls")
            && !out.contains("inbound_only")
    );
}

#[test]
fn the_bundled_registry_lists_a_demo_notice_key_for_alipay() {
    let bundled = VerifiedRegistry::bundled();
    let keys = bundled.notice_keys("alipay").unwrap();
    assert_eq!(keys.len(), 1);
    let public = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/demo/DEMO-ONLY-notice-alipay.pub"),
    )
    .unwrap();
    let public = callguard::signing::PublicKey::from_pem(&public).unwrap();
    assert_eq!(&keys[0], public.as_bytes());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No notice is accepted unless signed over its exact bytes: changing any one payload byte
    /// is refused.
    #[test]
    fn any_changed_payload_byte_is_refused(pos in 0usize..4096, xor in 1u8..=255) {
        let bytes = sign(&draft(), &keys().alipay);
        let env = Envelope::from_json(&bytes, 4096).unwrap();
        let mut payload = env.payload().to_vec();
        let pos = pos % payload.len();
        payload[pos] ^= xor;
        let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        json["payload"] = base64::engine::general_purpose::STANDARD.encode(&payload).into();
        let altered = serde_json::to_vec(&json).unwrap();
        prop_assert!(verify(&altered).is_err());
    }

    /// A notice never turns a number that is not official into `expected`, whatever it is
    /// and whatever the moment.
    #[test]
    fn a_notice_never_makes_another_number_expected(digits in "[0-9]{5,11}", dt in -7200i64..9000) {
        let table = table_with(&sign(&draft(), &keys().alipay));
        let c = check(&digits, &at(NOW + dt), &table);
        if c.verdict == Verdict::Expected {
            prop_assert_eq!(c.normalized.as_deref(), Some("95188"));
        }
        let c = check(&format!("+86{digits}"), &at(NOW + dt), &table);
        prop_assert_ne!(c.verdict, Verdict::Expected);
    }
}

#[test]
fn among_many_notices_for_one_number_the_one_covering_the_moment_is_found() {
    // 24 consecutive one-hour windows from NOW, ids by hour; inserted out of order.
    let mut table = NoticeTable::new();
    let mut hours: Vec<i64> = (0..24).collect();
    hours.reverse();
    hours.swap(3, 20);
    for h in hours {
        let mut d = draft();
        d.id = Some(format!("h{h}"));
        d.not_before = utc(NOW + h * 3600);
        d.not_after = utc(NOW + h * 3600 + 3599);
        let n = notice::verify(&sign(&d, &keys().alipay), registry(), &callee(), NOW).unwrap();
        table.insert(n, NOW).unwrap();
    }
    for h in 0..24 {
        let mid = NOW + h * 3600 + 1800;
        let c = check("95188", &at(mid), &table);
        assert_eq!(c.verdict, Verdict::Expected, "hour {h}");
        assert_eq!(c.expected_call.unwrap().id, format!("h{h}"));
    }
    assert_eq!(
        check("95188", &at(NOW + 25 * 3600), &table).verdict,
        Verdict::Official
    );
}

#[test]
fn the_call_directory_does_not_label_inbound_only_numbers() {
    let dir = audit::call_directory(registry().doc(), Some("CN"), "en");
    let numbers: Vec<i64> = dir.entries.iter().map(|e| e.number).collect();
    assert!(numbers.contains(&18882211161) && numbers.contains(&95188));
    assert!(!numbers.contains(&14029352050), "{numbers:?}");
    assert!(!numbers.contains(&864006695588));
    assert_eq!(dir.excluded_inbound_only, ["+14029352050", "+864006695588"]);
}
