//! Precision and recall of `credential_request` on the labelled corpora in `tests/data/eval/`
//! (see its README for provenance, licence and labelling rules). Run with `--nocapture` to see
//! the figures per file and per language:
//!
//! ```text
//! cargo test --release --test eval -- --nocapture
//! ```
//!
//! The development files were used to shape the rules (by pattern, not by line); the held-out
//! file was written before the scanner was run on it and never used for tuning, so its figure
//! is the honest one.

use std::collections::BTreeMap;

use callguard::guard::CallGuard;
use callguard::scan::IndicatorKind;
use serde::Deserialize;

#[derive(Deserialize)]
struct Item {
    id: String,
    lang: String,
    text: String,
    credential_request: bool,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    other_indicators: Vec<String>,
}

/// The corpus label that corresponds to an indicator kind (other than credential requests).
fn corpus_label(kind: IndicatorKind) -> Option<&'static str> {
    match kind {
        IndicatorKind::CredentialRequest => None,
        IndicatorKind::ImpersonationClaim => Some("authority_impersonation"),
        other => Some(other.as_str()),
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, got: bool) {
        match (truth, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

struct Report {
    total: Counts,
    errors: Vec<String>,
    template_flagged: Vec<String>,
}

fn evaluate(file: &str) -> Report {
    let path = format!("{}/tests/data/eval/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let mut total = Counts::default();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut template_flagged = Vec::new();
    let mut others: BTreeMap<&'static str, Counts> = BTreeMap::new();
    // The bundled registry's scanner: impersonation claims name its providers.
    let guard = CallGuard::bundled();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Item =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
        let found = guard.scan(&item.text, None);
        let got = found
            .iter()
            .any(|i| i.kind == IndicatorKind::CredentialRequest);
        for kind in [
            IndicatorKind::RemoteAccess,
            IndicatorKind::ScreenShare,
            IndicatorKind::SafeAccountTransfer,
            IndicatorKind::LinkOrAppInstall,
            IndicatorKind::RefundOrCompensationLure,
            IndicatorKind::UrgencyOrThreat,
            IndicatorKind::Secrecy,
            IndicatorKind::ImpersonationClaim,
        ] {
            let label = corpus_label(kind).unwrap_or_default();
            let truth = item.other_indicators.iter().any(|l| l == label);
            let has = found.iter().any(|i| i.kind == kind);
            others.entry(label).or_default().add(truth, has);
        }
        total.add(item.credential_request, got);
        by_lang
            .entry(item.lang.clone())
            .or_default()
            .add(item.credential_request, got);
        if got != item.credential_request {
            errors.push(format!(
                "  {} {} expected {} | {}",
                item.id, item.lang, item.credential_request, item.text
            ));
        }
        let template = matches!(item.category.as_deref(), Some("otp_sms" | "notification"));
        if template && got {
            template_flagged.push(item.id.clone());
        }
    }
    println!(
        "{file}: n={} precision={:.3} recall={:.3} (tp={} fp={} fn={} tn={})",
        total.tp + total.fp + total.fn_ + total.tn,
        total.precision(),
        total.recall(),
        total.tp,
        total.fp,
        total.fn_,
        total.tn
    );
    for (lang, c) in &by_lang {
        println!(
            "  {lang:8} n={:4} precision={:.3} recall={:.3} (tp={} fp={} fn={})",
            c.tp + c.fp + c.fn_ + c.tn,
            c.precision(),
            c.recall(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    // Other indicator kinds: reported for information only (the targets are on credential
    // requests; the labels mark only what the speaker does, and impersonation is compared with
    // the corpus's broader `authority_impersonation`).
    if !file.starts_with("heldout") {
        for (label, c) in &others {
            if c.tp + c.fn_ + c.fp > 0 {
                println!(
                    "  other: {label:28} precision={:.3} recall={:.3} (tp={} fp={} fn={})",
                    c.precision(),
                    c.recall(),
                    c.tp,
                    c.fp,
                    c.fn_
                );
            }
        }
    }
    // Misclassified lines are listed for the development files only: the held-out file must
    // not be looked at line by line while the rules are being shaped.
    if std::env::var_os("EVAL_SHOW_ERRORS").is_some() && !file.starts_with("heldout") {
        for e in &errors {
            println!("{e}");
        }
    }
    Report {
        total,
        errors,
        template_flagged,
    }
}

fn assert_targets(file: &str, floor: f64) {
    let r = evaluate(file);
    assert!(
        r.template_flagged.is_empty(),
        "{file}: legitimate OTP/notification templates flagged: {:?}",
        r.template_flagged
    );
    assert!(
        r.total.precision() >= floor && r.total.recall() >= floor,
        "{file}: precision {:.3} / recall {:.3} below {floor}; {} misclassified (EVAL_SHOW_ERRORS=1 lists those of the development files)",
        r.total.precision(),
        r.total.recall(),
        r.errors.len()
    );
}

#[test]
fn teleantifraud_turns_meet_targets() {
    assert_targets("zh_teleantifraud_turns.jsonl", 0.95);
}

#[test]
fn handwritten_dev_meets_targets() {
    assert_targets("handwritten_dev.jsonl", 0.95);
}

/// Written before the scanner was run on it and never used for tuning: a lower floor, and the
/// real figure is printed.
#[test]
fn heldout_meets_floor() {
    assert_targets("heldout.jsonl", 0.80);
}

/// A second held-out batch, written (like the first, before any run on it) once the rules were
/// complete, to measure them as they stand.
#[test]
fn heldout_2_meets_floor() {
    assert_targets("heldout_2.jsonl", 0.80);
}
