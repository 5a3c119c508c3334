//! Sentence segmentation on the original text. The rules decide per sentence (with a little
//! context carried from the previous ones), so a sentence is the unit both the one-shot scan
//! and the streaming scanner process: the split point depends only on the text up to it, which
//! is what makes streaming give the same indicators as a one-shot scan.

/// The longest sentence (in bytes) processed as one unit; longer runs without a terminator are
/// split at the last clause mark or space before this length. Bounds the streaming buffer.
pub const MAX_SENTENCE: usize = 1024;

/// How far back from [`MAX_SENTENCE`] a forced split looks for a space or clause mark.
const SPLIT_LOOKBACK: usize = 192;

/// The terminator starting at byte `i` of `b`, if any: whether it is strong and its length.
/// Strong: `。！？!?;；｡`, line and paragraph breaks; weak: `.` and `…`. Decided on the bytes
/// (the full-width and CJK ones are three-byte sequences), so no character is decoded.
#[inline]
fn terminator_at(b: &[u8], i: usize) -> Option<(bool, usize)> {
    match b[i] {
        b'!' | b'?' | b';' | b'\n' | b'\r' => Some((true, 1)),
        b'.' => Some((false, 1)),
        lead @ (0xE2 | 0xE3 | 0xEF) => match (lead, *b.get(i + 1)?, *b.get(i + 2)?) {
            // 。 ！ ？ ； ｡ U+2028 U+2029
            (0xE3, 0x80, 0x82)
            | (0xEF, 0xBC, 0x81 | 0x9F | 0x9B)
            | (0xEF, 0xBD, 0xA1)
            | (0xE2, 0x80, 0xA8 | 0xA9) => Some((true, 3)),
            // …
            (0xE2, 0x80, 0xA6) => Some((false, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// The byte length of the first sentence of `s` (terminators included), or `None` if more input
/// could still change it (only when `eof` is false). Never returns `Some(0)` for non-empty `s`.
pub(crate) fn first_sentence(s: &str, eof: bool) -> Option<usize> {
    first_sentence_from(s, eof, Resume::default()).ok()
}

/// Where a search for the end of a sentence may resume over a longer text: the first byte not
/// yet looked at, and whether it continues a run of terminators (and if so, whether that run
/// already holds a strong one). Carrying the run's state, rather than restarting at the run's
/// start, keeps a stream fed one terminator at a time linear.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Resume {
    at: usize,
    run: Option<bool>,
}

/// As [`first_sentence`], continuing a search that ended with `Err(from)` on a prefix of `s`
/// (or from [`Resume::default`]). `Err(resume)` means "no sentence end yet".
pub(crate) fn first_sentence_from(s: &str, eof: bool, from: Resume) -> Result<usize, Resume> {
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
    let mut i = from.at.min(n);
    let mut pending_run = from.run;
    loop {
        let (mut j, mut run_strong) = match pending_run.take() {
            // Inside a run of terminators that the previous search left open.
            Some(strong) => (i, strong),
            None => {
                // Skip bytes that cannot start a terminator, by bytes, not characters:
                // stepping a whole character at a time takes fewer instructions, but each step
                // waits for the byte it reads; it took this loop from 5 % to 18 % of a scan's
                // time.
                i = skip_uninteresting(b, i, k);
                if i >= k {
                    break;
                }
                match terminator_at(b, i) {
                    Some((strong, len)) => match wrapped_line(b, i, eof) {
                        Wrap::Joined(next) => {
                            i = next;
                            continue;
                        }
                        Wrap::NeedMore => return Err(Resume { at: i, run: None }),
                        Wrap::Break => (i + len, strong),
                    },
                    None => {
                        // Every ASCII byte of interest is a terminator, so this is another
                        // character with a lead byte of interest: all are three bytes long.
                        i += 3;
                        continue;
                    }
                }
            }
        };
        // A run of terminators: it ends a sentence when followed by a non-terminator and,
        // for a run of only '.'/'…' or one ending in an ASCII '!?;' glued to the next
        // character, when that is whitespace ("e.g.", "O.T.P" and "…/v?id=42" stay whole).
        loop {
            if j >= n {
                return if k < n {
                    Ok(forced_split(s))
                } else if eof {
                    Ok(n)
                } else {
                    Err(Resume {
                        at: j,
                        run: Some(run_strong),
                    })
                };
            }
            if j >= k {
                return Ok(forced_split(s));
            }
            match terminator_at(b, j) {
                Some((strong, len)) => {
                    run_strong |= strong;
                    j += len;
                }
                None => {
                    // An ASCII `!?;` glued to the next printable ASCII character is inside a
                    // token, not after a sentence ("https://a.example/v?type=a&code=…").
                    let glued = matches!(b[j - 1], b'!' | b'?' | b';') && b[j].is_ascii_graphic();
                    if (run_strong && !glued) || char_at(s, j).0.is_whitespace() {
                        return Ok(j);
                    }
                    break;
                }
            }
        }
        i = j;
    }
    if k < n {
        Ok(forced_split(s))
    } else if eof && n > 0 {
        Ok(n)
    } else {
        Err(Resume { at: n, run: None })
    }
}

/// How many spaces, tabs or invisible characters on each side of a line break [`wrapped_line`]
/// looks past (bounded, so a search resumed at the break re-reads a bounded number of bytes).
const WRAP_BLANKS: usize = 8;

/// What a line break at `i` is: a hard wrap inside a sentence, a sentence end, or not yet known.
enum Wrap {
    /// A hard-wrapped line (e-mail text wrapped at a fixed width): the sentence goes on at the
    /// byte given.
    Joined(usize),
    Break,
    /// The text stops before the next line's first letter (only when more may come).
    NeedMore,
}

/// Whether the line break (`\n` or `\r\n`) at `i` wraps a sentence rather than ending it: the
/// line before ends in a letter, digit or comma (no terminator, no colon), and the next line
/// starts with a lower-case Latin letter ("verify your Ledger⏎recovery phrase"), blanks and
/// [`invisible`] characters aside; or the line before ends in a colon and, past blank lines, the
/// next one starts with a value (a token of up to [`VALUE_TOKEN`] bytes with a digit: "验证码：⏎⏎
/// 482913", "password is:⏎  Tq7m-Wz4k"), which the line names. Decided on at most
/// [`WRAP_BLANKS`] blanks either side and one token, so streaming sees the same split.
fn wrapped_line(b: &[u8], i: usize, eof: bool) -> Wrap {
    let mut p = i;
    if b[p] == b'\r' {
        match b.get(p + 1) {
            Some(b'\n') => p += 1,
            None if !eof => return Wrap::NeedMore,
            _ => return Wrap::Break,
        }
    }
    if b[p] != b'\n' {
        return Wrap::Break;
    }
    // The blank or invisible character ending at `j` (going back) or starting at `j`, by length.
    let blank_before = |j: usize| match b[..j] {
        [.., b' ' | b'\t'] => 1,
        [.., a, x, y] if invisible(a, x, y) => 3,
        _ => 0,
    };
    let blank_at = |j: usize| match b[j..] {
        [b' ' | b'\t', ..] => 1,
        [a, x, y, ..] if invisible(a, x, y) => 3,
        _ => 0,
    };
    let mut j = i;
    for _ in 0..WRAP_BLANKS {
        match blank_before(j) {
            0 => break,
            len => j -= len,
        }
    }
    let colon = b[..j].ends_with(b":") || b[..j].ends_with("：".as_bytes());
    if !colon
        && !matches!(j.checked_sub(1).map(|k| b[k]), Some(c) if c.is_ascii_alphanumeric() || c == b',')
    {
        return Wrap::Break;
    }
    let mut q = p + 1;
    for _ in 0..WRAP_BLANKS {
        match blank_at(q) {
            // After a colon, blank lines do not end the line either.
            0 if colon && matches!(b.get(q), Some(b'\n' | b'\r')) => q += 1,
            0 => break,
            len => q += len,
        }
    }
    if colon {
        let token = b[q..]
            .iter()
            .take(VALUE_TOKEN)
            .take_while(|c| !c.is_ascii_whitespace())
            .count();
        if q + token == b.len() && token < VALUE_TOKEN && !eof {
            return Wrap::NeedMore;
        }
        return if token > 0 && b[q..q + token].iter().any(u8::is_ascii_digit) {
            Wrap::Joined(q)
        } else {
            Wrap::Break
        };
    }
    match b.get(q) {
        Some(c) if c.is_ascii_lowercase() => Wrap::Joined(q),
        // A line that ends on a word no sentence ends on goes on, whatever the case of the
        // next ("Your Account has been⏎Blocked!": SMS in title case).
        Some(c) if c.is_ascii_uppercase() && ends_open(&b[..j]) => Wrap::Joined(q),
        None if !eof => Wrap::NeedMore,
        _ => Wrap::Break,
    }
}

/// Words no English or Spanish sentence ends on (articles, possessives, prepositions,
/// conjunctions, auxiliaries), lower case; not "in", "on", "up" ("log in", "sign up").
const OPEN_WORDS: &[&[u8]] = &[
    b"a", b"an", b"the", b"your", b"our", b"my", b"their", b"to", b"of", b"for", b"with", b"from",
    b"by", b"at", b"and", b"or", b"has", b"have", b"had", b"been", b"be", b"will", b"is", b"are",
    b"was", b"were", b"please", b"de", b"del", b"la", b"el", b"los", b"las", b"su", b"sus", b"tu",
    b"tus", b"por", b"para", b"con", b"ha", b"han", b"sido", b"y", b"que", b"al", b"un", b"una",
];

/// Whether the line `before` ends on one of [`OPEN_WORDS`] (any case), preceded by a blank or
/// the start. Reads at most its last seven bytes, so a resumed search re-reads a bounded number.
fn ends_open(before: &[u8]) -> bool {
    let tail = &before[before.len().saturating_sub(7)..];
    let start = tail
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &tail[start..];
    let opens = if start == 0 {
        tail.len() == before.len()
    } else {
        tail[start - 1] == b' '
    };
    opens
        && (1..=6).contains(&word.len())
        && OPEN_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The longest value [`wrapped_line`] looks for on the line after a colon.
const VALUE_TOKEN: usize = 32;

/// Whether the three bytes are an invisible format character that lures put between letters:
/// U+200B–U+200F (zero-width space and joiners, direction marks), U+2060–U+2064, U+FEFF.
fn invisible(a: u8, x: u8, y: u8) -> bool {
    matches!(
        (a, x, y),
        (0xE2, 0x80, 0x8B..=0x8F) | (0xE2, 0x81, 0xA0..=0xA4) | (0xEF, 0xBB, 0xBF)
    )
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

/// The first position at or after `i` (before `k`) whose byte is of [`INTEREST`], else `k`.
/// Eight bytes a step while none is: independent loads, a third of the byte loop's instructions.
#[inline]
fn skip_uninteresting(b: &[u8], i: usize, k: usize) -> usize {
    if i >= k {
        return i;
    }
    // Walked as the rest of the slice: no index arithmetic or bounds check per step.
    let mut rest = &b[i..k];
    while let Some((w, tail)) = rest.split_first_chunk::<8>() {
        if w.iter().fold(false, |any, &x| any | INTEREST[x as usize]) {
            break;
        }
        rest = tail;
    }
    while let [x, tail @ ..] = rest {
        if INTEREST[*x as usize] {
            break;
        }
        rest = tail;
    }
    k - rest.len()
}

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

    /// The terminators by character, as the byte-level `terminator_at` must read them.
    fn reference(c: char) -> Option<bool> {
        match c {
            '。' | '！' | '？' | '!' | '?' | ';' | '；' | '\n' | '\r' | '｡' | '\u{2029}'
            | '\u{2028}' => Some(true),
            '.' | '…' => Some(false),
            _ => None,
        }
    }

    #[test]
    fn terminators_read_on_bytes_match_the_characters() {
        // Every character of the BMP's first planes that shares a lead byte with a terminator,
        // and the ASCII range.
        let chars = (0u32..0x80)
            .chain(0x2000..0x3100)
            .chain(0xF000..0x10000)
            .filter_map(char::from_u32);
        for c in chars {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                terminator_at(b, 0),
                reference(c).map(|strong| (strong, c.len_utf8())),
                "{c:?}"
            );
        }
    }

    #[test]
    fn splits_on_terminators() {
        assert_eq!(split("你好。请说！"), vec!["你好。", "请说！"]);
        assert_eq!(split("Hi. Read it out"), vec!["Hi.", " Read it out"]);
        assert_eq!(split("O.T.P now"), vec!["O.T.P now"]);
        assert_eq!(split("what?! ok"), vec!["what?!", " ok"]);
        // Characters of every length before a terminator.
        assert_eq!(split("é😀字。ü…! x"), vec!["é😀字。", "ü…!", " x"]);
        assert_eq!(split("“好”—｜完"), vec!["“好”—｜完"]);
        // An ASCII `?!;` glued to the next printable ASCII character is inside a token (a
        // URL's query); before a space, other characters or the end it still ends a sentence.
        assert_eq!(
            split("Open https://a.example/v?type=a&code=1 now. Ok"),
            vec!["Open https://a.example/v?type=a&code=1 now.", " Ok"]
        );
        assert_eq!(split("真的吗?我不信"), vec!["真的吗?", "我不信"]);
        assert_eq!(split("Really?\nYes"), vec!["Really?\n", "Yes"]);
    }

    #[test]
    fn a_hard_wrapped_line_goes_on_the_same_sentence() {
        assert_eq!(
            split("verify your Ledger \nrecovery phrase now.\nThanks"),
            vec!["verify your Ledger \nrecovery phrase now.\n", "Thanks"]
        );
        assert_eq!(
            split("Dear user,\r\nplease sign in"),
            vec!["Dear user,\r\nplease sign in"]
        );
        // A line that ends a sentence, a heading, a list or a paragraph still ends there.
        assert_eq!(split("Hello\nWorld"), vec!["Hello\n", "World"]);
        assert_eq!(split("Notice:\nplease"), vec!["Notice:\n", "please"]);
        assert_eq!(split("a\n\nb"), vec!["a\n\n", "b"]);
        assert_eq!(split("a\n- b"), vec!["a\n", "- b"]);
        assert_eq!(split("验证码\nabc"), vec!["验证码\n", "abc"]);
        // A value on the line after a colon (blank lines between) is what the line names; a
        // word is not.
        assert_eq!(
            split("验证码：\n\n\t482913\n请勿泄露"),
            vec!["验证码：\n\n\t482913\n", "请勿泄露"]
        );
        assert_eq!(
            split("password is:\r\n  Tq7m-Wz4k\nBye"),
            vec!["password is:\r\n  Tq7m-Wz4k\n", "Bye"]
        );
        assert_eq!(split("Notice:\n\nplease"), vec!["Notice:\n\n", "please"]);
        // Invisible characters between the letters do not hide the wrap.
        let hidden = "P\u{200F}le\u{200E}ase \n \u{200F}u\u{200E}pdate";
        assert_eq!(split(hidden), vec![hidden]);
    }

    #[test]
    fn a_line_break_waits_for_the_next_line() {
        assert_eq!(first_sentence("a\n", false), None);
        assert_eq!(first_sentence("a\n   ", false), None);
        assert_eq!(first_sentence("a\r", false), None);
        assert_eq!(first_sentence("x\nB", false), Some(2));
        assert_eq!(first_sentence("a\n", true), Some(2));
    }

    #[test]
    fn a_line_ending_on_a_word_no_sentence_ends_on_goes_on() {
        // "Your Account has been⏎Blocked!": one sentence, whatever the next line's case.
        assert_eq!(
            first_sentence("Your Account has been\nBlocked! Ok", true),
            Some(30)
        );
        assert_eq!(
            first_sentence("Su cuenta de\nSantander. Ok", true),
            Some(23)
        );
        // A line ending on another word still ends before a capital.
        assert_eq!(
            first_sentence("Please log in\nYour code. Ok", true),
            Some(14)
        );
        assert_eq!(
            first_sentence("Your account was blocked\nVisit us", true),
            Some(25)
        );
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
        for full in [
            "请把验证码告诉我。然后 read it out. 好的",
            "Please verify your \r\nrecovery phrase,\n  then log in.\nOk",
            "P\u{200F}le\u{200E}ase \n \u{200F}u\u{200E}pdate it.\n\u{200B}Ok",
            "验证码：\n\n\t482913\n请勿泄露。Ok",
            "password is:\r\n  Tq7m-Wz4k-Rb9x-Lp2v-Qs8n-Tx5y-Vz\nBye",
            "Open https://a.example/v?type=a&code=1 now? Ok",
            "Your Account has been \nBlocked! Ok",
        ] {
            resumes_to_the_same_end(full);
        }
    }

    fn resumes_to_the_same_end(full: &str) {
        for cut in 0..=full.len() {
            if !full.is_char_boundary(cut) {
                continue;
            }
            let resume = match first_sentence_from(&full[..cut], false, Resume::default()) {
                Ok(_) => continue,
                Err(r) => r,
            };
            assert_eq!(
                first_sentence_from(full, true, resume),
                first_sentence_from(full, true, Resume::default()),
                "cut {cut}"
            );
        }
    }

    #[test]
    fn resuming_inside_a_run_of_terminators_keeps_its_strength() {
        // "!" makes the run strong, so "x" right after it ends the sentence even though the
        // run goes on with dots: a search resumed mid-run must still know that.
        for full in ["hi!...x", "hi...!x", "hi...x y. z", "你好。。。。好"] {
            let whole = first_sentence_from(full, true, Resume::default());
            let mut resume = Resume::default();
            for cut in 1..full.len() {
                if !full.is_char_boundary(cut) {
                    continue;
                }
                match first_sentence_from(&full[..cut], false, resume) {
                    Ok(_) => break,
                    Err(r) => resume = r,
                }
            }
            assert_eq!(first_sentence_from(full, true, resume), whole, "{full}");
        }
    }

    #[test]
    fn a_run_fed_one_terminator_at_a_time_is_not_rescanned() {
        // Audit finding: each resumed search restarted at the run's start (quadratic).
        let full = format!("a{}", "!".repeat(900));
        let mut resume = Resume::default();
        for cut in 2..=full.len() {
            let r = first_sentence_from(&full[..cut], false, resume).unwrap_err();
            assert_eq!(
                r.at, cut,
                "resumes where it stopped, not at the run's start"
            );
            resume = r;
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
