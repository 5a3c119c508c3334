//! Call notices (issue 11): what holding notices costs a check, and what verifying one costs.
//! Targets: a check with 256 pending notices costs at most 1.2x the same check with none, in
//! the same run; one notice verifies in under 100 µs.
//!
//! `cargo bench --bench notice -- --warm-up-time 1 --measurement-time 3`
//!
//! Groups:
//! - `check_call/<case>`: `verdict::check_call` on the bundled registry with an empty table
//!   (`no_notices`) and with 256 notices held (`256_notices`). The 256 notices are all for
//!   Alipay's 95188 (the worst case for the number's bucket), spread over the next days so none
//!   covers the moment: the verdict is the same in both, and the ratio is the cost of holding
//!   them. `short_code_announced` checks 95188 while one of the 256 covers the moment (verdict
//!   `expected`, a richer answer) against the same check with only that one notice held.
//! - `verify/one_notice`: `notice::verify` of one signed notice against the bundled registry.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

use callguard::notice::{self, Callee, NoticeDraft, NoticeTable, MAX_PENDING_NOTICES};
use callguard::number::Region;
use callguard::signing::{SigningKey, VerifiedRegistry};
use callguard::verdict::{self, CallContext, CheckOptions, ProviderNames, Verdict};

/// 2026-11-27T10:00:00Z.
const NOW: i64 = 1_795_773_600;
const CALLEE: &str = "+8613800138000";

fn demo_notice_key() -> SigningKey {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/demo/DEMO-ONLY-notice-alipay.key");
    SigningKey::from_pem(&std::fs::read(path).expect("the DEMO ONLY notice key")).unwrap()
}

/// A signed notice from Alipay's 95188 to CALLEE for [start, start + 1 h).
fn notice_bytes(key: &SigningKey, id: &str, start: i64) -> Vec<u8> {
    let draft = NoticeDraft {
        registry_id: "callguard-demo".into(),
        provider: "alipay".into(),
        from: "95188".into(),
        region: Region::parse("CN"),
        to: CALLEE.into(),
        not_before: notice::format_utc(start),
        not_after: notice::format_utc(start + 3600),
        reason_en: "About your refund R-2291".into(),
        reason_zh_hans: "关于您的退款 R-2291".into(),
        agent: Some("Agent Li".into()),
        id: Some(id.into()),
        issued_at: notice::format_utc(NOW - 60),
    };
    notice::sign(&draft, key).unwrap()
}

fn notices(c: &mut Criterion) {
    let registry = VerifiedRegistry::bundled();
    let names = ProviderNames::new(&registry);
    let key = demo_notice_key();
    let callee = Callee::parse(CALLEE, None).unwrap();
    let context = CallContext {
        at: Some(NOW),
        ..CallContext::default()
    };
    let held = |starts: &[i64]| {
        let mut table = NoticeTable::new();
        for (i, &start) in starts.iter().enumerate() {
            let bytes = notice_bytes(&key, &format!("n{i}"), start);
            let n = notice::verify(&bytes, &registry, &callee, NOW).unwrap();
            table.insert(n, NOW).unwrap();
        }
        table
    };
    // 256 windows starting 2 h to 23 h from now: pending, none covering NOW.
    let later: Vec<i64> = (0..MAX_PENDING_NOTICES as i64)
        .map(|i| NOW + 7200 + i * 290)
        .collect();
    let full = held(&later);
    assert_eq!(full.len(), MAX_PENDING_NOTICES);
    let empty = NoticeTable::new();

    let cases: &[(&str, &str, &str, Verdict)] = &[
        ("short_code_official", "95188", "CN", Verdict::Official),
        ("e164_official", "+18882211161", "US", Verdict::Official),
        ("e164_unknown", "+8613912345678", "CN", Verdict::Unknown),
    ];
    for &(name, raw, region, expected) in cases {
        let options = CheckOptions {
            region: Region::parse(region),
            claimed: None,
        };
        for table in [&empty, &full] {
            let got = verdict::check_call(&registry, raw, &options, &context, table, &names);
            assert_eq!(got.verdict, expected, "{name}");
        }
        let mut group = c.benchmark_group(format!("check_call/{name}"));
        for (label, table) in [("no_notices", &empty), ("256_notices", &full)] {
            group.bench_function(label, |b| {
                b.iter(|| {
                    verdict::check_call(
                        &registry,
                        black_box(raw),
                        &options,
                        &context,
                        table,
                        &names,
                    )
                })
            });
        }
        group.finish();
    }

    // One notice covering NOW, alone or among 255 others.
    let mut starts = later.clone();
    starts[100] = NOW - 600;
    let full_covering = held(&starts);
    let one_covering = held(&[NOW - 600]);
    let options = CheckOptions {
        region: Region::parse("CN"),
        claimed: None,
    };
    for table in [&one_covering, &full_covering] {
        let got = verdict::check_call(&registry, "95188", &options, &context, table, &names);
        assert_eq!(got.verdict, Verdict::Expected);
    }
    let mut group = c.benchmark_group("check_call/short_code_announced");
    for (label, table) in [("1_notice", &one_covering), ("256_notices", &full_covering)] {
        group.bench_function(label, |b| {
            b.iter(|| {
                verdict::check_call(
                    &registry,
                    black_box("95188"),
                    &options,
                    &context,
                    table,
                    &names,
                )
            })
        });
    }
    group.finish();

    let bytes = notice_bytes(&key, "bench", NOW - 600);
    let mut group = c.benchmark_group("verify");
    group.bench_function("one_notice", |b| {
        b.iter(|| notice::verify(black_box(&bytes), &registry, &callee, NOW).unwrap())
    });
    group.finish();
}

criterion_group!(benches, notices);
criterion_main!(benches);
