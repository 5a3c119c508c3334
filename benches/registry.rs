//! Verify + parse + index signed registries of 10 thousand, 100 thousand and 1 million numbers
//! in the compact form (target: 1M in under 300 ms, under 100 bytes of index per number), 1M
//! in the full form (an object per number) for comparison, and the three phases separately
//! at 1M: envelope decoding (JSON + base64), the Ed25519 signature check over the payload,
//! and the registry's parse + validate + index.
//! Results are dropped outside the timing (`iter_with_large_drop`): freeing a registry is not
//! part of loading it.
//!
//! `cargo bench --bench registry -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use callguard::registry::RegistryDoc;
use callguard::signing::{self, Envelope, Policy};

#[path = "support/synthetic.rs"]
mod synthetic;
use synthetic::Form;

fn policy() -> Policy {
    Policy::for_registry("bench")
}

fn verify(c: &mut Criterion) {
    let mut group = c.benchmark_group("registry_verify_and_index");
    group.sample_size(10);
    let cases = [
        (10_000usize, Form::Compact),
        (100_000, Form::Compact),
        (1_000_000, Form::Compact),
        (1_000_000, Form::Full),
    ];
    for (n, form) in cases {
        let (envelope, root) = synthetic::signed(n, form);
        let check = signing::verify(&envelope, &root, &policy()).expect("verifies");
        let index = check.registry().index_bytes();
        eprintln!(
            "{n} numbers ({form:?}): envelope {} bytes, index {} bytes = {:.1} bytes/number",
            envelope.len(),
            index,
            index as f64 / n as f64
        );
        drop(check);
        group.throughput(Throughput::Elements(n as u64));
        let id = match form {
            Form::Compact => BenchmarkId::from_parameter(n),
            Form::Full => BenchmarkId::new("full_form", n),
        };
        group.bench_with_input(id, &envelope, |b, env| {
            b.iter_with_large_drop(|| signing::verify(env, &root, &policy()).expect("verifies"))
        });
    }
    group.finish();
}

fn phases(c: &mut Criterion) {
    let n = 1_000_000;
    let (envelope, root) = synthetic::signed(n, Form::Compact);
    let env = Envelope::from_json(&envelope, usize::MAX).expect("decodes");
    let mut group = c.benchmark_group("registry_phases_1m");
    group.sample_size(10);
    group.bench_function("envelope_decode", |b| {
        b.iter_with_large_drop(|| Envelope::from_json(&envelope, usize::MAX).expect("decodes"))
    });
    group.bench_function("signature", |b| {
        b.iter(|| signing::verify_signatures(&env, &root).expect("signed"))
    });
    group.bench_function("parse_validate_index", |b| {
        b.iter_with_large_drop(|| RegistryDoc::from_json(env.payload()).expect("valid"))
    });
    group.finish();
}

criterion_group!(benches, verify, phases);
criterion_main!(benches);
