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
//!
//! `real_corpus_figures` does the same for the texts in `tests/data/real/` (real phishing
//! e-mails and SMS nobody on the project wrote; see its README), split by source unit into
//! `dev_*` and `heldout_*` files: it prints precision and recall per source, language, category
//! and selection, and how many legitimate OTP templates and notifications were flagged, the
//! held-out split first. It asserts nothing about those figures yet (issue 12 sets targets the
//! scanner does not meet); `EVAL_SHOW_ERRORS=1` lists the misclassified **dev** lines only.
//! `EVAL_VERDICTS=<file>` writes every real text's id and the scanner's verdict (`1` flagged) to
//! that file, for `scripts/scorer_experiment.py`; nothing is printed of it.

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
    #[serde(default)]
    credentials: Vec<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    selection: Option<String>,
    #[serde(default)]
    borderline: bool,
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
    fn n(&self) -> usize {
        self.tp + self.fp + self.fn_ + self.tn
    }
    /// `precision=… recall=… (tp=… fp=… fn=… tn=…)`, as every summary line prints them.
    fn figures(&self) -> String {
        format!(
            "precision={:.3} recall={:.3} (tp={} fp={} fn={} tn={})",
            self.precision(),
            self.recall(),
            self.tp,
            self.fp,
            self.fn_,
            self.tn
        )
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
    println!("{file}: n={} {}", total.n(), total.figures());
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

/// A second development set of TeleAntiFraud caller turns (400 more dialogues), read while
/// shaping the rules.
#[test]
fn teleantifraud_turns_2_meet_targets() {
    assert_targets("zh_teleantifraud_turns_2.jsonl", 0.85);
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

/// Chinese phone-call turns from TeleAntiFraud-28k dialogues that no development file holds
/// (eight windows of 100 dialogues, selected and labelled as the development turns were, by
/// readers who never ran the scanner): the Chinese live-call measure nobody tuned on.
#[test]
fn heldout_teleantifraud_meets_floor() {
    assert_targets("heldout_teleantifraud.jsonl", 0.80);
}

/// Counts per group (source, language, category, …), printed in key order.
#[derive(Default)]
struct Groups(BTreeMap<String, Counts>);

impl Groups {
    fn add(&mut self, key: &str, truth: bool, got: bool) {
        self.0.entry(key.to_owned()).or_default().add(truth, got);
    }

    fn print(&self, title: &str) {
        println!("  by {title}:");
        for (key, c) in &self.0 {
            let n = c.n();
            if c.tp + c.fn_ == 0 {
                // No request in this group: only false alarms can be measured.
                println!("    {key:24} n={n:4} flagged {} of {n} (no requests)", c.fp);
            } else {
                println!("    {key:24} n={n:4} {}", c.figures());
            }
        }
    }
}

/// The real-world corpus files of one split (`dev` or `heldout`), in name order.
fn real_files(split: &str) -> Vec<std::path::PathBuf> {
    let dir = format!("{}/tests/data/real", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {dir}: {e}"))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with(&format!("{split}_")) && name.ends_with(".jsonl")
        })
        .collect();
    files.sort();
    files
}

/// Scans every text of one split of `tests/data/real/` and prints its figures. Returns the
/// overall counts, the number of lines read and the number of legitimate templates flagged.
fn evaluate_real(
    split: &str,
    ids: &mut std::collections::HashSet<String>,
    verdicts: &mut String,
) -> (Counts, usize) {
    let guard = CallGuard::bundled();
    let mut total = Counts::default();
    let (mut sources, mut langs, mut cats, mut selections, mut confidence) = (
        Groups::default(),
        Groups::default(),
        Groups::default(),
        Groups::default(),
        Groups::default(),
    );
    let (mut templates, mut templates_flagged) = (0usize, Vec::new());
    let mut errors = Vec::new();
    let mut lines = 0usize;
    for path in real_files(split) {
        let data = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        for (n, line) in data.lines().enumerate() {
            let item: Item = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            assert!(ids.insert(item.id.clone()), "duplicate id {}", item.id);
            assert_eq!(
                item.credential_request,
                !item.credentials.is_empty(),
                "{}: credential_request must be true exactly when credentials are named",
                item.id
            );
            lines += 1;
            let got = guard
                .scan(&item.text, None)
                .iter()
                .any(|i| i.kind == IndicatorKind::CredentialRequest);
            let truth = item.credential_request;
            verdicts.push_str(&format!("{}\t{}\n", item.id, u8::from(got)));
            let category = item.category.clone().unwrap_or_default();
            total.add(truth, got);
            sources.add(item.source.as_deref().unwrap_or("?"), truth, got);
            langs.add(&item.lang, truth, got);
            cats.add(&category, truth, got);
            selections.add(item.selection.as_deref().unwrap_or("?"), truth, got);
            let label = if item.borderline {
                "borderline"
            } else {
                "firm"
            };
            confidence.add(label, truth, got);
            if matches!(category.as_str(), "otp_template" | "notification") {
                templates += 1;
                if got {
                    templates_flagged.push(item.id.clone());
                }
            }
            if got != truth {
                errors.push(format!(
                    "  {} {} {} expected {} | {}",
                    item.id,
                    item.lang,
                    category,
                    truth,
                    item.text.replace('\n', " ⏎ ")
                ));
            }
        }
    }
    println!("real corpus, {split}: n={lines} {}", total.figures());
    sources.print("source");
    langs.print("language");
    cats.print("category");
    selections.print("selection");
    confidence.print("label confidence");
    println!(
        "  legitimate OTP templates and notifications flagged: {} of {templates}",
        templates_flagged.len()
    );
    // Held-out lines are never listed, not even their ids: they must not shape the rules.
    if split == "dev" && std::env::var_os("EVAL_SHOW_ERRORS").is_some() {
        println!("  flagged templates: {templates_flagged:?}");
        for e in &errors {
            println!("{e}");
        }
    }
    (total, lines)
}

/// Real texts nobody on the project wrote (`tests/data/real/`): figures are printed, held-out
/// first; the only assertions are on the corpus itself (both splits present, unique ids,
/// consistent labels), since the scanner does not yet meet issue 12's targets.
#[test]
fn real_corpus_figures() {
    let mut ids = std::collections::HashSet::new();
    let mut verdicts = String::new();
    let (heldout, heldout_lines) = evaluate_real("heldout", &mut ids, &mut verdicts);
    let (dev, dev_lines) = evaluate_real("dev", &mut ids, &mut verdicts);
    if let Some(path) = std::env::var_os("EVAL_VERDICTS") {
        std::fs::write(&path, verdicts).expect("write EVAL_VERDICTS");
    }
    assert!(
        heldout_lines > 0 && dev_lines > 0,
        "both splits must hold texts"
    );
    assert_eq!(
        heldout.tp + heldout.fp + heldout.fn_ + heldout.tn + dev.tp + dev.fp + dev.fn_ + dev.tn,
        ids.len()
    );
}
