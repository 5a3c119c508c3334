//! Sentence segmentation on the original text. The rules decide per sentence (with a little
//! context carried from the previous ones), so a sentence is the unit both the one-shot scan
//! and the streaming scanner process: the split point depends only on the text up to it, which
//! is what makes streaming give the same indicators as a one-shot scan.

/// The longest sentence (in bytes) processed as one unit; longer runs without a terminator are
/// split at the last clause mark or space before this length. Bounds the streaming buffer.
pub const MAX_SENTENCE: usize = 1024;

/// How far back from [`MAX_SENTENCE`] a forced split looks for a space or clause mark.
const SPLIT_LOOKBACK: usize = 192;

fn is_strong_terminator(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '!' | '?' | ';' | '；' | '\n' | '\r' | '｡' | '\u{2029}' | '\u{2028}'
    )
}

fn is_weak_terminator(c: char) -> bool {
    matches!(c, '.' | '…')
}

/// The byte length of the first sentence of `s` (terminators included), or `None` if more input
/// could still change it (only when `eof` is false). Never returns `Some(0)` for non-empty `s`.
pub(crate) fn first_sentence(s: &str, eof: bool) -> Option<usize> {
    first_sentence_from(s, eof, 0).ok()
}

/// As [`first_sentence`], starting the search at byte `from` (a character boundary that does
/// not follow a terminator; 0 or a value returned earlier for a prefix of `s`). `Err(resume)`
/// means "no sentence end yet" and gives where the next search over a longer `s` may start,
/// so a stream fed many small chunks does not rescan its buffer.
pub(crate) fn first_sentence_from(s: &str, eof: bool, from: usize) -> Result<usize, usize> {
    let b = s.as_bytes();
    let n = b.len();
    // The first character start at or after MAX_SENTENCE: reaching it forces a split.
    let k = if n > MAX_SENTENCE {
        (MAX_SENTENCE..n)
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(n)
    } else {
        n
    };
    let mut i = from.min(n);
    while i < k {
        // Skip bytes that cannot start a terminator.
        while i < k && !INTEREST[b[i] as usize] {
            i += 1;
        }
        if i >= k {
            break;
        }
        let (c, len) = char_at(s, i);
        let (strong, weak) = (is_strong_terminator(c), is_weak_terminator(c));
        if !strong && !weak {
            i += len;
            continue;
        }
        // A run of terminators: it ends a sentence when followed by a non-terminator and,
        // for a run of only '.'/'…', when that is whitespace ("e.g." and "O.T.P" stay whole).
        let mut run_strong = strong;
        let mut j = i + len;
        loop {
            if j >= n {
                return if k < n {
                    Ok(forced_split(s))
                } else if eof {
                    Ok(n)
                } else {
                    Err(i)
                };
            }
            if j >= k {
                return Ok(forced_split(s));
            }
            let (d, dl) = char_at(s, j);
            if is_strong_terminator(d) {
                run_strong = true;
            } else if !is_weak_terminator(d) {
                if run_strong || d.is_whitespace() {
                    return Ok(j);
                }
                break;
            }
            j += dl;
        }
        i = j;
    }
    if k < n {
        Ok(forced_split(s))
    } else if eof && n > 0 {
        Ok(n)
    } else {
        Err(n)
    }
}

/// Bytes that may start a terminator: ASCII `.!?;` and line breaks, and the lead bytes of
/// `…`, U+2028/2029 (0xE2), `。` (0xE3) and the full-width `！？；｡` (0xEF).
static INTEREST: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b';' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

fn char_at(s: &str, i: usize) -> (char, usize) {
    let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// Split point for a run longer than [`MAX_SENTENCE`]: after the last space or clause mark in
/// the lookback window, else at the last character boundary not after `MAX_SENTENCE`.
fn forced_split(s: &str) -> usize {
    let mut limit = MAX_SENTENCE;
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let window_start = limit.saturating_sub(SPLIT_LOOKBACK);
    let mut best = None;
    for (i, c) in s[..limit].char_indices().rev() {
        if i < window_start {
            break;
        }
        if c.is_whitespace() || matches!(c, ',' | '，' | '、' | ':' | '：') {
            best = Some(i + c.len_utf8());
            break;
        }
    }
    best.unwrap_or(limit).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = s;
        while let Some(n) = first_sentence(rest, true) {
            out.push(&rest[..n]);
            rest = &rest[n..];
        }
        out
    }

    #[test]
    fn splits_on_terminators() {
        assert_eq!(split("你好。请说！"), vec!["你好。", "请说！"]);
        assert_eq!(split("Hi. Read it out"), vec!["Hi.", " Read it out"]);
        assert_eq!(split("O.T.P now"), vec!["O.T.P now"]);
        assert_eq!(split("what?! ok"), vec!["what?!", " ok"]);
    }

    #[test]
    fn needs_more_input_at_a_terminator() {
        assert_eq!(first_sentence("好。", false), None);
        assert_eq!(first_sentence("好。x", false), Some("好。".len()));
        assert_eq!(first_sentence("a.", false), None);
        assert_eq!(first_sentence("a.b", false), None);
    }

    #[test]
    fn resuming_finds_the_same_end() {
        let full = "请把验证码告诉我。然后 read it out. 好的";
        for cut in 0..=full.len() {
            if !full.is_char_boundary(cut) {
                continue;
            }
            let resume = match first_sentence_from(&full[..cut], false, 0) {
                Ok(_) => continue,
                Err(r) => r,
            };
            assert_eq!(
                first_sentence_from(full, true, resume),
                first_sentence_from(full, true, 0),
                "cut {cut}"
            );
        }
    }

    #[test]
    fn long_runs_are_split() {
        let s = "字".repeat(2000);
        let n = first_sentence(&s, false).unwrap();
        assert!(n <= MAX_SENTENCE && n > 0 && s.is_char_boundary(n));
        let s = "word ".repeat(1000);
        let n = first_sentence(&s, false).unwrap();
        assert!(s[..n].ends_with(' '));
    }
}
