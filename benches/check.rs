//! `verdict::check` with the bundled registry beside `phonenumber::parse` alone, on the same
//! inputs, in the same run. Targets (issue 2): canonical E.164 input that is in the registry
//! checks in under a fifth of the parse time (the fast path: a syntactic recogniser and an
//! index probe, no parse); national input costs no more than 1.5x the parse. An E.164 number
//! that is *not* in the registry is measured too: it misses the fast path and pays the full
//! normalization plus the lookalike search.
//!
//! `cargo bench --bench check -- --warm-up-time 1 --measurement-time 3`
//! Each group prints `check`, `normalize`, `fast_path_probe` (canonical_e164 + index probe
//! only) and `phonenumber_parse` for one input; the ratio is check / phonenumber_parse.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

use callguard::number::{self, Region};
use callguard::signing::VerifiedRegistry;
use callguard::verdict::{self, CheckOptions, Verdict};

/// (group name, raw caller ID, default region, expected verdict)
const CASES: &[(&str, &str, &str, Verdict)] = &[
    ("e164_official", "+18882211161", "US", Verdict::Official),
    ("e164_unknown", "+8613912345678", "CN", Verdict::Unknown),
    (
        "national_official_us",
        "(888) 221-1161",
        "US",
        Verdict::Official,
    ),
    (
        "national_unknown_cn",
        "139 1234 5678",
        "CN",
        Verdict::Unknown,
    ),
    ("short_code_official_cn", "95188", "CN", Verdict::Official),
];

fn check_vs_parse(c: &mut Criterion) {
    let verified = VerifiedRegistry::bundled();
    let registry = &verified;
    for &(name, raw, region, expected) in CASES {
        let region = Region::parse(region).expect("bench region");
        let options = CheckOptions {
            region: Some(region),
            ..CheckOptions::default()
        };
        let country: phonenumber::country::Id = region.as_str().parse().expect("known region");
        // The bench measures what it claims only if the verdict is the expected one.
        let got = verdict::check(registry, raw, &options).verdict;
        assert_eq!(got, expected, "{name}: {raw}");

        let mut group = c.benchmark_group(format!("check_vs_parse/{name}"));
        group.bench_function("check", |b| {
            b.iter(|| verdict::check(registry, black_box(raw), black_box(&options)))
        });
        group.bench_function("normalize", |b| {
            b.iter(|| number::normalize(black_box(raw), Some(region)))
        });
        // The fast path's own cost: the syntactic recogniser and the index probe, without
        // building the `Check` answer (its strings and reasons).
        group.bench_function("fast_path_probe", |b| {
            b.iter(|| number::canonical_e164(black_box(raw)).and_then(|e| registry.lookup_e164(e)))
        });
        group.bench_function("phonenumber_parse", |b| {
            b.iter(|| phonenumber::parse(Some(country), black_box(raw)))
        });
        group.finish();
    }
}

criterion_group!(benches, check_vs_parse);
criterion_main!(benches);
