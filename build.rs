//! Compiles the scanner's lexicon in without its comments: `src/scan/lexicon.tsv` is copied to
//! `OUT_DIR` with every `#` line emptied (so line numbers, which parse errors name, stay those of
//! the source file), and the comments that document its rows cost the library nothing.

use std::{env, fs, path::Path};

fn main() {
    let src = "src/scan/lexicon.tsv";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).expect("the lexicon is readable");
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !line.starts_with('#') {
            out.push_str(line);
        }
        out.push('\n');
    }
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&dir).join("lexicon.tsv"), out).expect("OUT_DIR is writable");
}
