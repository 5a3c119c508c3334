//! Compiles the scanner's lexicon in without what the rules never read: `src/scan/lexicon.tsv` is
//! copied to `OUT_DIR` with every `#` line emptied (so line numbers, which parse errors name, stay
//! those of the source file) and without each row's `language` column, which is checked here
//! (four columns, a known language) and then dropped. Each distinct role and kind is written once,
//! to `lexicon_tags.tsv` (one `role\tkind` per line), and a row names it by its line number
//! there: `N\tterm`; a row with the role and kind of the row before is its term alone, and one
//! with the term of the row before (most terms play two roles) leaves the term out (`N\t`). The
//! comments that document the rows, the column that sorts them and the repeated role names and
//! terms cost the library nothing.
//!
//! It also sets `--cfg uniffi_no_metadata` unless the `bindgen` feature is on: the library then
//! exports none of uniffi's metadata buffers, which only `uniffi-bindgen` reads.

use std::{collections::HashSet, env, fs, path::Path};

/// The languages the `language` column may name (informational: the rules do not read it).
const LANGUAGES: &[&str] = &["zh", "en", "es", "pinyin", "any"];

fn main() {
    // uniffi's metadata buffers are read only by `uniffi-bindgen` (library mode), which the
    // bindings scripts run on an `--all-features` build: without the `bindgen` feature the library
    // exports none of them (vendor/uniffi_macros-callguard/PATCH.md).
    println!("cargo::rustc-check-cfg=cfg(uniffi_no_metadata)");
    if env::var_os("CARGO_FEATURE_BINDGEN").is_none() {
        println!("cargo::rustc-cfg=uniffi_no_metadata");
    }
    let src = "src/scan/lexicon.tsv";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).expect("the lexicon is readable");
    let mut out = String::with_capacity(text.len());
    let mut tags: Vec<(&str, &str)> = Vec::new();
    let (mut prev_tag, mut prev_term) = (None, "");
    let mut seen = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with('#') && !line.trim().is_empty() {
            let cols: Vec<&str> = line.split('\t').collect();
            let [role, kind, language, term] = cols[..] else {
                panic!(
                    "{src} line {}: expected 4 tab-separated columns: {line:?}",
                    i + 1
                );
            };
            assert!(
                LANGUAGES.contains(&language),
                "{src} line {}: unknown language: {line:?}",
                i + 1
            );
            assert!(
                seen.insert((role, kind, term)),
                "{src} line {}: the same row is given earlier: {line:?}",
                i + 1
            );
            let n = tags
                .iter()
                .position(|&t| t == (role, kind))
                .unwrap_or_else(|| {
                    tags.push((role, kind));
                    tags.len() - 1
                });
            if prev_tag == Some(n) {
                out.push_str(term);
            } else {
                out.push_str(&n.to_string());
                out.push('\t');
                if term != prev_term {
                    out.push_str(term);
                }
                prev_tag = Some(n);
            }
            prev_term = term;
        }
        out.push('\n');
    }
    let tags: String = tags.iter().map(|(r, k)| format!("{r}\t{k}\n")).collect();
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&dir).join("lexicon.tsv"), out).expect("OUT_DIR is writable");
    fs::write(Path::new(&dir).join("lexicon_tags.tsv"), tags).expect("OUT_DIR is writable");
}
