//! The first check and the first scan in a fresh process, as a phone app (or a call-screening
//! service the system starts cold for one call) pays them, by stage. A process cannot be made
//! fresh twice, so this bench runs itself as a child process per sample and reports the median
//! of each stage over the samples:
//!
//! - `metadata`: libphonenumber's metadata loaded (`phonenumber::metadata::DATABASE`);
//! - `verify`: the bundled signed registry verified and indexed (`VerifiedRegistry::try_bundled`);
//! - `snapshot`: the registry put in force with its scanner (`Snapshot::new`);
//! - `check`: the first check (`95188` in CN: the region's patterns are compiled here);
//! - `scanner`: the first scan of a 140-character SMS (the automaton, unless built already).
//!
//! `check` samples stop after the first check; `scan` samples run `metadata`, `verify`,
//! `snapshot` and the first scan, as a process that scans without checking does.
//!
//! `cargo bench --bench cold_start` (`-- --samples N`, default 31)

use std::process::Command;
use std::time::{Duration, Instant};

use callguard::guard::Snapshot;
use callguard::number::Region;
use callguard::signing::VerifiedRegistry;
use callguard::verdict::{CheckOptions, Verdict};

const CHILD: &str = "CALLGUARD_COLD_START_CHILD";
const SMS: &str = "【星河银行】您的账户存在异常风险，请立即将短信验证码告诉客服专员，我们会帮您冻结。This is the bank fraud department, read me the code now.";

/// Runs one fresh-process sample and prints `stage nanoseconds` lines.
fn child(mode: &str) {
    let mut stages: Vec<(&str, Duration)> = Vec::new();
    let mut time = |name, f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        stages.push((name, t.elapsed()));
    };
    // Verifying the registry normalizes its numbers, which loads the metadata: load it first
    // so the two stages are told apart.
    time("metadata", &mut || {
        assert!(phonenumber::metadata::DATABASE.by_id("CN").is_some())
    });
    let mut registry = None;
    time("verify", &mut || {
        registry = Some(VerifiedRegistry::try_bundled().expect("bundled registry"))
    });
    let mut snapshot = None;
    time("snapshot", &mut || {
        snapshot = Some(Snapshot::new(registry.take().unwrap()).expect("bundled snapshot"))
    });
    let snapshot = snapshot.unwrap();
    if mode == "check" {
        let options = CheckOptions {
            region: Region::parse("CN"),
            ..CheckOptions::default()
        };
        time("check", &mut || {
            assert_eq!(snapshot.check("95188", &options).verdict, Verdict::Official)
        });
    } else {
        time("scanner", &mut || {
            assert!(!snapshot.scan(SMS, None).is_empty())
        });
    }
    for (name, d) in stages {
        println!("{name} {}", d.as_nanos());
    }
}

fn median(mut v: Vec<u128>) -> f64 {
    v.sort_unstable();
    v[v.len() / 2] as f64 / 1e6
}

fn main() {
    if let Ok(mode) = std::env::var(CHILD) {
        child(&mode);
        return;
    }
    let args: Vec<String> = std::env::args().collect();
    let samples = args
        .iter()
        .position(|a| a == "--samples")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(31usize);
    let exe = std::env::current_exe().expect("own path");
    for mode in ["check", "scan"] {
        let mut stages: Vec<(String, Vec<u128>)> = Vec::new();
        let mut totals = Vec::new();
        for _ in 0..samples {
            let out = Command::new(&exe)
                .env(CHILD, mode)
                .output()
                .expect("run a sample");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let mut total = 0;
            for (i, line) in String::from_utf8_lossy(&out.stdout).lines().enumerate() {
                let (name, ns) = line.split_once(' ').expect("stage line");
                let ns: u128 = ns.parse().expect("nanoseconds");
                total += ns;
                if stages.len() <= i {
                    stages.push((name.to_string(), Vec::new()));
                }
                stages[i].1.push(ns);
            }
            totals.push(total);
        }
        let shown: Vec<String> = stages
            .into_iter()
            .map(|(name, v)| format!("{name} {:.2} ms", median(v)))
            .collect();
        println!(
            "cold_start/first_{mode}: {:.2} ms (median of {samples} fresh processes; {})",
            median(totals),
            shown.join(", ")
        );
    }
}
