//! Synthetic signed registries for the registry bench and the `registry_load` example:
//! `n` CN mobile numbers (+86 138…) spread over 100 providers, in the schema's compact JSON,
//! signed by a fresh key. Shared with `#[path]` so both measure the same bytes.

use callguard::signing::{self, SigningKey, TrustRoot};

/// Registry JSON with `n` numbers.
pub fn payload(n: usize) -> Vec<u8> {
    const PROVIDERS: usize = 100;
    let mut out = String::with_capacity(n * 100 + 4096);
    out.push_str(
        "{\"schema\":1,\"registry_id\":\"bench\",\"version\":7,\"issued_at\":\"2026-01-01T00:00:00Z\",\
         \"expires_at\":\"2099-01-01T00:00:00Z\",\"predecessor_sha256\":null,\"providers\":[",
    );
    let per = n.div_ceil(PROVIDERS);
    let mut next = 0usize;
    for p in 0..PROVIDERS {
        if p > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"id\":\"p{p:03}\",\"names\":{{\"zh-Hans\":\"钱包{p}\",\"en\":\"Wallet {p}\"}},\
             \"website\":\"https://w{p}.example\",\"numbers\":["
        ));
        let end = (next + per).min(n);
        for i in next..end {
            if i > next {
                out.push(',');
            }
            out.push_str(&format!(
                "{{\"number\":\"+86138{:08}\",\"channels\":[\"voice\"],\"purposes\":[\"callback\"],\"source\":\"https://w{p}.example\"}}",
                i
            ));
        }
        next = end;
        out.push_str("]}");
    }
    out.push_str("]}\n");
    out.into_bytes()
}

/// A signed registry of `n` numbers and the trust root that verifies it.
pub fn signed(n: usize) -> (Vec<u8>, TrustRoot) {
    let (key, _) = SigningKey::generate().expect("key");
    let envelope = signing::sign_registry(&payload(n), &[&key]).to_json();
    let root = TrustRoot::from_keys(vec![key.public_key()], 1).expect("root");
    (envelope, root)
}
