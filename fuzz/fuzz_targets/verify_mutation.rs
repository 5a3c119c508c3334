//! Forgery check: the bundled signed envelope, edited by the input, verified against the demo
//! trust root. Input: a list of 4-byte edits `[op][offset hi][offset lo][value]`; `op % 4`
//! flips bits (`xor value|1`), inserts `value`, deletes, or overwrites with `value` at
//! `offset % (len + 1)` of the bytes edited so far (at most 32 edits).
//!
//! Property: a mutated envelope verifies ONLY IF its payload bytes are the original payload
//! bytes; any other accepted envelope is a forged signature, and panics.
#![no_main]

use std::sync::OnceLock;

use callguard::signing::{demo_trust_root, verify, Envelope, Policy, TrustRoot, VerifiedRegistry};
use libfuzzer_sys::fuzz_target;

#[path = "common/edits.rs"]
mod edits;

/// 2030-01-01T00:00:00Z, before the demo registry expires.
const NOW: i64 = 1_893_456_000;

fn root() -> &'static TrustRoot {
    static R: OnceLock<TrustRoot> = OnceLock::new();
    R.get_or_init(|| demo_trust_root().expect("demo root"))
}

fn original_payload() -> &'static [u8] {
    static P: OnceLock<Vec<u8>> = OnceLock::new();
    P.get_or_init(|| {
        Envelope::from_json(VerifiedRegistry::bundled_envelope(), usize::MAX)
            .expect("bundled envelope")
            .payload()
            .to_vec()
    })
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = VerifiedRegistry::bundled_envelope().to_vec();
    edits::apply(&mut bytes, data);
    let policy = Policy::default().at(NOW);
    let unedited = bytes == VerifiedRegistry::bundled_envelope();
    match verify(&bytes, root(), &policy) {
        Ok(_) => {
            let env = Envelope::from_json(&bytes, usize::MAX).expect("accepted, so it decodes");
            assert!(
                env.payload() == original_payload(),
                "FORGED SIGNATURE ACCEPTED: a payload that differs from the signed one verified"
            );
        }
        Err(e) => assert!(!unedited, "the unedited bundled envelope failed: {e}"),
    }
});
