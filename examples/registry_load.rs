//! Loads (verifies, parses, indexes) one synthetic signed registry and prints where the time
//! goes, for peak-memory measurement:
//! `cargo build --release --example registry_load && /usr/bin/time -v target/release/examples/registry_load 1000000`

use std::time::Instant;

use callguard::registry::Registry;
use callguard::signing::{self, Envelope, Policy};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let (envelope, root) = synthetic::signed(n);
    let policy = Policy::for_registry("bench");
    let phases = std::env::args().any(|a| a == "--phases");
    if phases {
        let t = Instant::now();
        let env = Envelope::from_json(&envelope, usize::MAX).expect("decodes");
        let decode = t.elapsed();
        let t = Instant::now();
        signing::verify_signatures(&env, &root).expect("signed");
        let sig = t.elapsed();
        let t = Instant::now();
        let registry = Registry::from_json(env.payload()).expect("valid");
        let parse = t.elapsed();
        println!(
            "{n} numbers, envelope {} MB: decode {decode:?}, signature {sig:?}, parse+index {parse:?}, index {:.1} B/number",
            envelope.len() / 1_000_000,
            registry.index_bytes() as f64 / n as f64
        );
        return;
    }
    let t = Instant::now();
    let verified = signing::verify(&envelope, &root, &policy).expect("verifies");
    let took = t.elapsed();
    drop(envelope);
    println!(
        "{n} numbers verified and indexed in {took:?}; index {:.1} bytes/number",
        verified.registry().index_bytes() as f64 / n as f64
    );
}
