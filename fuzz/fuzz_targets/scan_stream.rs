//! The scanner, one-shot against streaming, and the spans it reports.
//!
//! Input: `[h·8+k][c1]…[ck][text bytes…]`: `k` cut points and a language hint `h % 5` (none,
//! zh-Hans, zh-Hant, en, es) given to both sides; each `ci` is a cut at
//! `ci/255` of the text's length (so a seed's cuts do not depend on its text). `push` gets the
//! lossy-decoded text cut at the nearest char boundary below; `push_bytes` gets the raw bytes
//! cut anywhere, even inside a character or an invalid sequence.
//!
//! Properties: `scan_with_language(text, hint)` equals the concatenated `push` results plus `finish()`, and equals
//! `push_bytes` over the raw bytes plus `finish()`; a finished stream starts over at offset 0;
//! every span is on char boundaries, `excerpt == text[start..end]`, and the UTF-16 offsets are
//! the UTF-16 lengths of the prefixes.
#![no_main]

use std::sync::{Arc, OnceLock};

use callguard::guard::CallGuard;
use callguard::scan::{Indicator, Language, Scanner, StreamScanner};
use libfuzzer_sys::fuzz_target;

fn scanner() -> Arc<Scanner> {
    static S: OnceLock<Arc<Scanner>> = OnceLock::new();
    S.get_or_init(|| CallGuard::bundled().snapshot().scanner().clone())
        .clone()
}

const HINTS: [Option<Language>; 5] = [
    None,
    Some(Language::ZhHans),
    Some(Language::ZhHant),
    Some(Language::En),
    Some(Language::Es),
];

fn cuts(fractions: &[u8], len: usize) -> Vec<usize> {
    let mut at: Vec<usize> = fractions.iter().map(|&f| f as usize * len / 255).collect();
    at.sort_unstable();
    at
}

fn check_spans(text: &str, found: &[Indicator]) {
    for i in found {
        assert!(i.start <= i.end && i.end <= text.len(), "span out of range: {i:?}");
        assert!(
            text.is_char_boundary(i.start) && text.is_char_boundary(i.end),
            "span not on char boundaries: {i:?} in {text:?}"
        );
        assert_eq!(i.excerpt, &text[i.start..i.end], "excerpt differs from the span");
        assert_eq!(i.start_utf16, text[..i.start].encode_utf16().count(), "{i:?}");
        assert_eq!(i.end_utf16, text[..i.end].encode_utf16().count(), "{i:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let (k, hint, rest) = match data.split_first() {
        Some((b, rest)) => ((*b % 8) as usize, HINTS[(*b / 8) as usize % HINTS.len()], rest),
        None => (0, None, data),
    };
    let k = k.min(rest.len());
    let (fractions, bytes) = rest.split_at(k);
    let text = String::from_utf8_lossy(bytes);
    let scanner = scanner();

    let one_shot = scanner.scan_with_language(&text, hint);
    if hint.is_none() {
        assert_eq!(scanner.scan(&text), one_shot);
    }
    check_spans(&text, &one_shot);

    // push: &str chunks cut at char boundaries.
    let mut stream = StreamScanner::with_scanner(scanner.clone(), hint);
    let mut streamed = Vec::new();
    let mut from = 0;
    for mut at in cuts(fractions, text.len()) {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if at < from {
            continue;
        }
        streamed.extend(stream.push(&text[from..at]));
        from = at;
    }
    streamed.extend(stream.push(&text[from..]));
    streamed.extend(stream.finish());
    assert_eq!(streamed, one_shot, "push chunks differ from a one-shot scan of {text:?}");

    // After finish the same stream starts over at offset 0.
    let mut again = stream.push(&text);
    again.extend(stream.finish());
    assert_eq!(again, one_shot, "a restarted stream differs");

    // push_bytes: raw byte chunks cut anywhere.
    let mut stream = StreamScanner::with_scanner(scanner, hint);
    let mut streamed = Vec::new();
    let mut from = 0;
    for at in cuts(fractions, bytes.len()) {
        streamed.extend(stream.push_bytes(&bytes[from..at]));
        from = at;
    }
    streamed.extend(stream.push_bytes(&bytes[from..]));
    streamed.extend(stream.finish());
    assert_eq!(streamed, one_shot, "push_bytes chunks differ from a one-shot scan of {text:?}");
});
