//! `callguard check --batch` as a security team runs it: the whole process over a file of
//! caller IDs, output discarded. E.164 input (half official numbers of the bundled registry,
//! half unknown mobile numbers), and the same numbers in national format for CN. Criterion
//! reports numbers per second for the whole machine; the bench also prints the core count
//! (the batch uses every core: divide by it for the per-core rate).
//!
//! `cargo bench --bench batch`

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const LINES: usize = 200_000;

fn write_input(name: &str, line: impl Fn(usize) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("callguard-bench-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    let mut text = String::with_capacity(LINES * 16);
    for i in 0..LINES {
        text.push_str(&line(i));
        text.push('\n');
    }
    std::fs::write(&path, text).expect("write bench input");
    path
}

fn run_batch(path: &PathBuf) -> Duration {
    let start = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_callguard"))
        .args(["check", "--region", "CN", "--batch"])
        .arg(path)
        .stdout(Stdio::null())
        .status()
        .expect("run callguard");
    assert!(status.success());
    start.elapsed()
}

fn batch(c: &mut Criterion) {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!("batch: {LINES} numbers per run, {cores} cores");
    let e164 = write_input("e164.txt", |i| {
        if i % 2 == 0 {
            "+18882211161".to_string()
        } else {
            format!("+86139{:08}", i)
        }
    });
    let national = write_input("national.txt", |i| {
        if i % 2 == 0 {
            "95188".to_string()
        } else {
            format!("139 {:04} {:04}", i / 10_000 % 10_000, i % 10_000)
        }
    });
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(LINES as u64));
    for (name, path) in [("e164", &e164), ("national_cn", &national)] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| (0..iters).map(|_| run_batch(path)).sum())
        });
    }
    group.finish();
    if let Some(dir) = e164.parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

criterion_group!(benches, batch);
criterion_main!(benches);
