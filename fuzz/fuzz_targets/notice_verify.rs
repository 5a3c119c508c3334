//! Call notices from untrusted bytes, verified against the bundled registry (whose Alipay
//! provider lists the DEMO ONLY notice key) for one callee at one moment. The first input byte
//! picks the mode: even → the rest is the notice as delivered; odd → the rest is a list of
//! 4-byte edits `[op][offset hi][offset lo][value]` (as in `verify_mutation`) applied to a
//! valid notice signed at start-up with the demo notice key.
//!
//! Properties: `notice::verify` never panics; an accepted notice is signed by a key the
//! registry lists for its provider, comes from an official number of that provider, has a
//! window of at most 24 h that has not ended at the moment, and is bound to the callee; an
//! edited notice is accepted ONLY IF its payload bytes are the signed ones (anything else is a
//! forged signature, and panics).
#![no_main]

use std::sync::OnceLock;

use callguard::notice::{self, Callee, NoticeDraft, CLOCK_SKEW_SECS, MAX_WINDOW_SECS};
use callguard::number::Region;
use callguard::signing::{Envelope, SigningKey, VerifiedRegistry};
use libfuzzer_sys::fuzz_target;

#[path = "common/edits.rs"]
mod edits;

/// 2026-11-27T10:00:00Z.
const NOW: i64 = 1_795_773_600;
const CALLEE: &str = "+8613800138000";

fn callee() -> &'static Callee {
    static C: OnceLock<Callee> = OnceLock::new();
    C.get_or_init(|| Callee::parse(CALLEE, None).expect("callee"))
}

/// A valid notice (Ed25519 is deterministic: the same bytes on every run).
fn valid() -> &'static [u8] {
    static V: OnceLock<Vec<u8>> = OnceLock::new();
    V.get_or_init(|| {
        let key = SigningKey::from_pem(include_bytes!("../../data/demo/DEMO-ONLY-notice-alipay.key"))
            .expect("demo notice key");
        let draft = NoticeDraft {
            registry_id: "callguard-demo".into(),
            provider: "alipay".into(),
            from: "95188".into(),
            region: Region::parse("CN"),
            to: CALLEE.into(),
            not_before: "2026-11-27T09:00:00Z".into(),
            not_after: "2026-11-27T12:00:00Z".into(),
            reason_en: "About your refund R-2291".into(),
            reason_zh_hans: "关于您的退款 R-2291".into(),
            agent: Some("Agent Li".into()),
            id: Some("fuzz-1".into()),
            issued_at: "2026-11-27T08:00:00Z".into(),
        };
        notice::sign(&draft, &key).expect("valid draft")
    })
}

fn payload(bytes: &[u8]) -> Vec<u8> {
    Envelope::from_json(bytes, usize::MAX)
        .expect("accepted, so it decodes")
        .payload()
        .to_vec()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let registry = VerifiedRegistry::bundled();
    let edited = mode % 2 == 1;
    let bytes = if edited {
        let mut bytes = valid().to_vec();
        edits::apply(&mut bytes, rest);
        bytes
    } else {
        rest.to_vec()
    };
    match notice::verify(&bytes, &registry, callee(), NOW) {
        Ok(n) => {
            let keys = registry.notice_keys(n.provider()).expect("its provider is listed");
            assert!(
                keys.iter().any(|k| callguard::signing::PublicKey::from_bytes(k)
                    .map(|k| &k.key_id() == n.signer())
                    .unwrap_or(false)),
                "accepted a notice whose signer the registry does not list"
            );
            let doc = n.doc();
            assert_eq!(doc.callee_sha256, notice::callee_sha256(&doc.id, callee()));
            assert!(n.not_after_unix() > n.not_before_unix());
            assert!(n.not_after_unix() - n.not_before_unix() <= MAX_WINDOW_SECS);
            assert!(NOW <= n.not_after_unix() + CLOCK_SKEW_SECS);
            let official = registry.provider(n.provider()).expect("listed").numbers.iter().any(|o| o.number == doc.from);
            assert!(official, "accepted a notice from a number its provider does not list");
            if edited {
                assert!(
                    payload(&bytes) == payload(valid()),
                    "FORGED SIGNATURE ACCEPTED: an edited notice payload verified"
                );
            }
        }
        Err(e) => assert!(!(edited && bytes == valid()), "the valid notice was refused: {e}"),
    }
});
