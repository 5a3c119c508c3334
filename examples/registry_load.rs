//! Loads (verifies, parses, indexes) one synthetic signed registry (compact form unless
//! `--full`) and prints where the time
//! goes; with `--save`/`--load` the envelope goes through a file so `/usr/bin/time -v` sees the
//! peak memory of loading alone, not of generating the test data:
//!
//! ```sh
//! cargo build --release --example registry_load
//! target/release/examples/registry_load 1000000 --save /tmp/reg1m      # generate once
//! /usr/bin/time -v target/release/examples/registry_load --load /tmp/reg1m
//! target/release/examples/registry_load 1000000 --phases              # decode / signature / parse split
//! target/release/examples/registry_load 1000000 --phases --full       # one object per number
//! ```

use std::path::PathBuf;
use std::time::Instant;

use callguard::registry::RegistryDoc;
use callguard::signing::{self, Envelope, Policy, PublicKey, TrustRoot};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn flag(name: &str) -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let policy = Policy::for_registry("bench");
    if let Some(dir) = flag("--load") {
        let envelope = std::fs::read(dir.join("envelope.json")).expect("envelope");
        let key =
            PublicKey::from_pem(&std::fs::read(dir.join("key.pub")).expect("key")).expect("pem");
        let root = TrustRoot::from_keys(vec![key], 1).expect("root");
        let t = Instant::now();
        let verified = signing::verify(&envelope, &root, &policy).expect("verifies");
        let took = t.elapsed();
        let numbers = verified.registry().number_count();
        println!(
            "{numbers} numbers loaded from {} ({} bytes) in {took:?}; index {:.1} bytes/number",
            dir.display(),
            envelope.len(),
            verified.registry().index_bytes() as f64 / numbers as f64
        );
        return;
    }
    let form = if std::env::args().any(|a| a == "--full") {
        synthetic::Form::Full
    } else {
        synthetic::Form::Compact
    };
    let (envelope, root) = synthetic::signed(n, form);
    if let Some(dir) = flag("--save") {
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("envelope.json"), &envelope).expect("write");
        let key = root
            .key_ids()
            .next()
            .and_then(|id| root.key(id))
            .expect("key");
        std::fs::write(dir.join("key.pub"), key.to_pem()).expect("write");
        println!(
            "{n} numbers: {} bytes written to {}",
            envelope.len(),
            dir.display()
        );
        return;
    }
    if std::env::args().any(|a| a == "--phases") {
        let t = Instant::now();
        let env = Envelope::from_json(&envelope, usize::MAX).expect("decodes");
        let decode = t.elapsed();
        let t = Instant::now();
        signing::verify_signatures(&env, &root).expect("signed");
        let sig = t.elapsed();
        let t = Instant::now();
        let digest = env.payload_sha256();
        let sha = t.elapsed();
        let t = Instant::now();
        RegistryDoc::from_json(env.payload()).expect("valid");
        let parse = t.elapsed();
        println!(
            "{n} numbers, envelope {} MB: decode {decode:?}, signature {sig:?}, sha256 {sha:?} \
             (overlapped with the signature in verify), parse+index {parse:?} [{}]",
            envelope.len() / 1_000_000,
            &digest[..8]
        );
        return;
    }
    let t = Instant::now();
    let verified = signing::verify(&envelope, &root, &policy).expect("verifies");
    let took = t.elapsed();
    println!(
        "{n} numbers verified and indexed in {took:?}; index {:.1} bytes/number",
        verified.registry().index_bytes() as f64 / n as f64
    );
}
