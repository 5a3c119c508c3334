//! `signing::verify` on arbitrary bytes, against the demo trust root and against the test
//! fixtures' root (keys `a`, `b`, `c`, threshold 1), so seeds from `tests/fixtures/signing`
//! get past the signatures into the registry checks.
//!
//! Properties: nothing panics; an accepted envelope decodes, its payload is a registry
//! document that loads on its own, with the policy's id, at least the version floor, not
//! expired at the policy's time, and `payload_sha256` is the SHA-256 of the payload.
#![no_main]

use std::sync::OnceLock;

use callguard::registry::RegistryDoc;
use callguard::signing::{
    demo_trust_root, sha256_hex, verify, Envelope, Policy, PublicKey, TrustRoot,
};
use libfuzzer_sys::fuzz_target;

/// 2030-01-01T00:00:00Z: a fixed "now", so a run does not depend on the clock.
const NOW: i64 = 1_893_456_000;

struct Fixture {
    roots: Vec<TrustRoot>,
    policies: Vec<Policy>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let keys = [
            &include_bytes!("../../tests/fixtures/signing/keys/a.pub")[..],
            &include_bytes!("../../tests/fixtures/signing/keys/b.pub")[..],
            &include_bytes!("../../tests/fixtures/signing/keys/c.pub")[..],
        ]
        .iter()
        .map(|pem| PublicKey::from_pem(pem).expect("test key"))
        .collect();
        let test_root = TrustRoot::from_keys(keys, 1).expect("test root");
        Fixture {
            roots: vec![demo_trust_root().expect("demo root"), test_root],
            policies: vec![
                Policy::default().at(NOW),
                Policy::for_registry("callguard-demo").min_version(2).at(NOW),
            ],
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    for root in &f.roots {
        for policy in &f.policies {
            let Ok(v) = verify(data, root, policy) else { continue };
            let env = Envelope::from_json(data, usize::MAX).expect("accepted, so it decodes");
            let doc = RegistryDoc::from_json(env.payload()).expect("accepted, so it loads");
            assert_eq!(v.payload_sha256(), sha256_hex(env.payload()));
            assert_eq!(v.doc(), &doc);
            if let Some(id) = &policy.registry_id {
                assert_eq!(&doc.registry_id, id);
            }
            assert!(doc.version >= policy.min_version, "rollback accepted");
            assert!(v.expires_at_unix() > NOW, "expired registry accepted");
            assert!(!v.signers().is_empty());
        }
    }
});
