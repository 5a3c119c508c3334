//! Synthetic signed registries for the registry bench and the `registry_load` example:
//! `n` CN mobile numbers (+86 138…) spread over up to 100 providers, signed by a fresh key. Shared
//! with `#[path]` so both measure the same bytes.

use callguard::signing::{self, SigningKey, TrustRoot};

/// How the numbers are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(dead_code)] // each includer uses its own subset
pub(crate) enum Form {
    /// Bare strings under provider defaults (about 17 bytes of JSON per number).
    Compact,
    /// An object per number with its own channels, purposes and source (about 100 bytes).
    Full,
}

/// Registry JSON with `n` numbers.
pub(crate) fn payload(n: usize, form: Form) -> Vec<u8> {
    const PROVIDERS: usize = 100;
    let mut out = String::with_capacity(n * 100 + 4096);
    out.push_str(
        "{\"schema\":1,\"registry_id\":\"bench\",\"version\":7,\"issued_at\":\"2026-01-01T00:00:00Z\",\
         \"expires_at\":\"2099-01-01T00:00:00Z\",\"predecessor_sha256\":null,\"providers\":[",
    );
    let providers = PROVIDERS.min(n.max(1));
    let per = n.div_ceil(providers);
    let mut next = 0usize;
    for p in 0..providers {
        if p > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"id\":\"p{p:03}\",\"names\":{{\"zh-Hans\":\"钱包{p}\",\"en\":\"Wallet {p}\"}},\
             \"website\":\"https://w{p}.example\","
        ));
        if form == Form::Compact {
            out.push_str(&format!(
                "\"defaults\":{{\"channels\":[\"voice\"],\"purposes\":[\"callback\"],\
                 \"source\":\"https://w{p}.example\"}},"
            ));
        }
        out.push_str("\"numbers\":[");
        let end = (next + per).min(n);
        for i in next..end {
            if i > next {
                out.push(',');
            }
            match form {
                Form::Compact => out.push_str(&format!("\"+86138{i:08}\"")),
                Form::Full => out.push_str(&format!(
                    "{{\"number\":\"+86138{i:08}\",\"channels\":[\"voice\"],\"purposes\":[\"callback\"],\"source\":\"https://w{p}.example\"}}"
                )),
            }
        }
        next = end;
        out.push_str("]}");
    }
    out.push_str("]}\n");
    out.into_bytes()
}

/// A signed registry of `n` numbers and the trust root that verifies it.
pub(crate) fn signed(n: usize, form: Form) -> (Vec<u8>, TrustRoot) {
    let (key, _) = SigningKey::generate().expect("key");
    let envelope = signing::sign_registry(&payload(n, form), &[&key]).to_json();
    let root = TrustRoot::from_keys(vec![key.public_key()], 1).expect("root");
    (envelope, root)
}
