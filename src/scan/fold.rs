//! Folding: turns a piece of text into a canonical form the lexicons are written in, so that
//! keyword-dodging (full-width letters, zero-width joiners, `验 证 码`, `c0de`, Cyrillic `е`,
//! Traditional characters) does not help, while keeping a byte map back to the original text
//! so every span still points at what the user sees.
//!
//! Rules, applied per character and then over runs of separators:
//! - compatibility decomposition (NFKD: full-width → ASCII), combining marks dropped (accents),
//!   lower case;
//! - zero-width and joiner characters, variation selectors and soft hyphens dropped;
//! - Traditional → Simplified for the characters the lexicons use ([`t2s`]);
//! - look-alikes of Latin letters from other scripts (Cyrillic, Greek, Armenian, Cherokee …;
//!   UTS #39 skeletons) → Latin ([`homoglyph`]);
//! - separators (spaces, `-`, `.`, `_`, `*`, emoji and other symbols) dropped between two CJK
//!   ideographs, between single letters (`p a s s`, `O.T.P`, `c🔒o🔒d🔒e`), and symbol-only runs
//!   dropped between letters (`pass🔒word`); other whitespace runs collapse to one space;
//! - digits inside a Latin word become the letters they imitate (`c0de`, `passw0rd`).
//!
//! The character tables behind these rules live in `tables`.

use super::tables::{DIGIT_LETTERS, HOMOGLYPHS, T2S};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A folded text with, for every folded byte, the byte offset in the original of the character
/// that produced it (unless `identity`, when folding kept every offset); `map[text.len()]` is
/// the original length.
#[derive(Clone, Debug, Default)]
pub(crate) struct Folded {
    /// The folded text (lower case, simplified, separators normalized).
    pub text: String,
    /// `map[i]` = original byte offset of the character behind folded byte `i` (empty when
    /// `identity`).
    map: Vec<u32>,
    /// True when every folded byte sits at the same offset as its original byte.
    identity: bool,
    /// Scratch buffers reused from sentence to sentence.
    units: Vec<Unit>,
    tok_len: Vec<u32>,
}

impl Folded {
    /// The original byte range `[start, end)` behind folded bytes `[fs, fe)` of `original`.
    pub(super) fn original_span(&self, original: &str, fs: usize, fe: usize) -> (usize, usize) {
        if self.identity {
            return (fs, fe);
        }
        let start = self.map[fs] as usize;
        let last = self.map[fe.max(fs + 1) - 1] as usize;
        let end = last + original[last..].chars().next().map_or(0, char::len_utf8);
        (start, end.max(start))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// A letter or digit (any script but CJK ideographs).
    Word,
    /// A CJK ideograph.
    Cjk,
    /// Whitespace.
    Space,
    /// A joinable separator: ASCII `-._*/|~+#\^=` or a non-ASCII symbol (emoji …).
    Sep,
    /// A non-ASCII symbol (emoji and the like): dropped between letters.
    Symbol,
    /// Anything else (clause punctuation, brackets, quotes).
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Unit {
    c: char,
    off: u32,
    class: Class,
}

/// Zero-width, joiner, bidi and other invisible format characters that are simply removed.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{E0000}'..='\u{E0FFF}')
}

/// ASCII spaces and the separators of [`Class::Sep`].
#[inline]
fn is_sep_byte(b: u8) -> bool {
    SEP_BYTES[b as usize]
}

/// [`is_sep_byte`] as a table: one load where the `matches!` took a chain of compares.
static SEP_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let seps = b" -._*/|~+#\\^=";
    let mut k = 0;
    while k < seps.len() {
        t[seps[k] as usize] = true;
        k += 1;
    }
    t
};

/// CJK ideographs (unified, extension A, compatibility).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Clause and sentence punctuation and brackets that are never treated as in-word separators.
fn is_punct_other(c: char) -> bool {
    matches!(
        c,
        '。' | '、'
            | '，'
            | '！'
            | '？'
            | '；'
            | '：'
            | '（'
            | '）'
            | '「'
            | '」'
            | '『'
            | '』'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '《'
            | '》'
            | '【'
            | '】'
            | '〔'
            | '〕'
            | '…'
            | '—'
            | '–'
            | '¿'
            | '¡'
            | '«'
            | '»'
            | '｡'
            | '､'
    )
}

/// Whether `bytes` (three) are one of the full-width and CJK marks of [`is_punct_other`] that
/// Chinese text is full of (，。！？、：；（）【】「」《》), read on the bytes: the fast path
/// then need not decode them and test the ideograph ranges and the whole list.
fn is_common_punct(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xEF, 0xBC, 0x81 | 0x88 | 0x89 | 0x8C | 0x9A | 0x9B | 0x9F]
            | [0xE3, 0x80, 0x81 | 0x82 | 0x8A..=0x91 | 0x94 | 0x95]
    )
}

fn ascii_class(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Class::Word,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => Class::Space,
        b'-' | b'.' | b'_' | b'*' | b'/' | b'|' | b'~' | b'+' | b'#' | b'\\' | b'^' | b'=' => {
            Class::Sep
        }
        _ => Class::Other,
    }
}

/// Most characters one input character may fold into (`ｱ`→1, `é`→2, `㍿`→4); a longer
/// compatibility decomposition is not applied.
const MAX_EXPANSION: usize = 4;

/// Folds `input` (a sentence or any text) into `out`, reusing its buffers.
pub(crate) fn fold_into(input: &str, out: &mut Folded) {
    out.text.clear();
    out.map.clear();
    if fold_simple(input, out) {
        out.identity = true;
        return;
    }
    out.text.clear();
    out.identity = false;
    let mut units = std::mem::take(&mut out.units);
    let mut tok_len = std::mem::take(&mut out.tok_len);
    units.clear();
    tok_len.clear();
    fold_general(input, out, &mut units, &mut tok_len);
    out.units = units;
    out.tok_len = tok_len;
}

/// The fast path for plain text (ASCII words with single spaces, CJK ideographs and CJK
/// punctuation, nothing to join, swap or decompose): folding is then lower-casing and the
/// Traditional → Simplified table, both offset-preserving. Returns false, leaving `out.text`
/// partly written, as soon as the text needs the general path.
fn fold_simple(input: &str, out: &mut Folded) -> bool {
    let b = input.as_bytes();
    let n = b.len();
    // Length of the ASCII letter/digit token ending just before the current position, whether
    // a letter was followed by a digit in it, and whether the previous character was CJK.
    let mut tok = 0usize;
    let mut alpha_digit = false;
    let mut prev_cjk = false;
    // Where the first Traditional character is (the copy below maps from there on).
    let mut first_traditional: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let c = b[i];
        // Runs of letters are the common case in Latin text.
        if c.is_ascii_alphabetic() && !alpha_digit {
            let start = i;
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            tok += i - start;
            prev_cjk = false;
            continue;
        }
        // CJK ideographs (U+4E00..U+9FFF, lead bytes 0xE4..0xE9) are the common case in
        // Chinese text: decode, fold and skip them in a tight loop.
        if (0xE4..=0xE9).contains(&c) && !alpha_digit {
            let mut ok = false;
            // Three bytes taken at once off the rest: no bounds check per byte.
            let mut rest = &b[i..];
            while let &[lead, mid, last, ref tail @ ..] = rest {
                if !(0xE4..=0xE9).contains(&lead) {
                    break;
                }
                // The code point's row of 64 in `T2S_BITS` (from U+4E00), and its bit there:
                // the lead and middle bytes give the row, the last the bit, with no decoding.
                let row = ((usize::from(lead & 0x0F) << 6) | usize::from(mid & 0x3F))
                    .checked_sub(0x4E00 >> 6);
                let Some(row) = row else {
                    break; // U+4000..U+4DFF: let the general code below decide
                };
                if first_traditional.is_none() && T2S_BITS[row] & (1 << (last & 0x3F)) != 0 {
                    first_traditional = Some(n - rest.len());
                }
                rest = tail;
                ok = true;
            }
            i = n - rest.len();
            if ok {
                tok = 0;
                prev_cjk = true;
                continue;
            }
        }
        if c < 0x80 {
            match c {
                // Letters come here only after a digit inside a word ("c0de"): runs of letters
                // are taken above.
                b'a'..=b'z' | b'A'..=b'Z' => return false,
                b'0'..=b'9' => {
                    if tok > 0 && b[i - 1].is_ascii_alphabetic() {
                        alpha_digit = true;
                    }
                    tok += 1;
                }
                b' ' | b'-' | b'.' | b'_' | b'*' | b'/' | b'|' | b'~' | b'+' | b'#' | b'\\'
                | b'^' | b'=' => {
                    // A run of spaces and separators stays as it is (so the fast path may
                    // take it) unless it would be dropped: between two CJK ideographs or two
                    // single letters ("验 证", "p a s s", "O.T.P"); a double space collapses.
                    let mut j = i;
                    let mut prev_space = false;
                    while j < n && is_sep_byte(b[j]) {
                        if b[j] == b' ' {
                            if prev_space {
                                return false;
                            }
                            prev_space = true;
                        } else {
                            prev_space = false;
                        }
                        j += 1;
                    }
                    if i > 0 && j < n {
                        let nx = b[j];
                        if nx >= 0x80 && prev_cjk {
                            return false;
                        }
                        let single_before = tok == 1 && b[i - 1].is_ascii_alphabetic();
                        if single_before && nx.is_ascii_alphanumeric() {
                            match b.get(j + 1) {
                                Some(&nn) if nn.is_ascii_alphanumeric() => {}
                                _ => return false,
                            }
                        }
                        if nx < 0x21 {
                            return false;
                        }
                    }
                    tok = 0;
                    alpha_digit = false;
                    prev_cjk = false;
                    i = j;
                    continue;
                }
                b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => return false,
                _ => {
                    tok = 0;
                    alpha_digit = false;
                }
            }
            prev_cjk = false;
            i += 1;
            continue;
        }
        if alpha_digit {
            return false;
        }
        tok = 0;
        if b.get(i..i + 3).is_some_and(is_common_punct) {
            prev_cjk = false;
            i += 3;
            continue;
        }
        let (ch, len) = if (0xE0..0xF0).contains(&c) && i + 2 < n {
            let u = (u32::from(c & 0x0F) << 12)
                | (u32::from(b[i + 1] & 0x3F) << 6)
                | u32::from(b[i + 2] & 0x3F);
            (char::from_u32(u).unwrap_or('\u{FFFD}'), 3)
        } else {
            let ch = input[i..].chars().next().unwrap_or('\u{FFFD}');
            (ch, ch.len_utf8())
        };
        if len == 3 && is_cjk(ch) {
            let t = t2s(ch);
            if t != ch {
                if t.len_utf8() != 3 {
                    return false;
                }
                first_traditional.get_or_insert(i);
            }
            prev_cjk = true;
        } else if is_punct_other(ch) {
            prev_cjk = false;
        } else {
            return false;
        }
        i += len;
    }
    // Copied as it is, but for each Traditional character its Simplified one (every mapping
    // keeps the length: 3 bytes), then lower-cased. The Traditional characters are found on
    // bytes from the first one on: a lead byte 0xE4..=0xE9 starts a character of
    // U+4000..U+9FFF, and no other byte of a character is one.
    let mut copied = 0;
    let mut i = first_traditional.unwrap_or(n);
    while i < n {
        if (0xE4..=0xE9).contains(&b[i]) {
            let u = (u32::from(b[i] & 0x0F) << 12)
                | (u32::from(b[i + 1] & 0x3F) << 6)
                | u32::from(b[i + 2] & 0x3F);
            if u >= 0x4E00 && has_t2s(u) {
                out.text.push_str(&input[copied..i]);
                out.text.push(t2s(char::from_u32(u).unwrap_or('\u{FFFD}')));
                copied = i + 3;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    out.text.push_str(&input[copied..]);
    out.text.make_ascii_lowercase();
    true
}

fn fold_general(input: &str, out: &mut Folded, units: &mut Vec<Unit>, tok_len: &mut Vec<u32>) {
    // Phase 1: per character.
    for (off, ch) in input.char_indices() {
        let off = off as u32;
        if ch.is_ascii() {
            let b = ch as u8;
            units.push(Unit {
                c: b.to_ascii_lowercase() as char,
                off,
                class: ascii_class(b),
            });
            continue;
        }
        if is_invisible(ch) {
            continue;
        }
        if is_cjk(ch) {
            units.push(Unit {
                c: t2s(ch),
                off,
                class: Class::Cjk,
            });
            continue;
        }
        if let Some(l) = homoglyph(ch) {
            units.push(Unit {
                c: l,
                off,
                class: Class::Word,
            });
            continue;
        }
        if is_punct_other(ch) {
            units.push(Unit {
                c: ch,
                off,
                class: Class::Other,
            });
            continue;
        }
        // Compatibility decompositions of more than a few characters (U+FDFA is 18) are
        // ligatures of words in scripts the lexicons do not cover: kept whole, so no input
        // character costs more than MAX_EXPANSION units of work downstream.
        let mut parts = ['\0'; MAX_EXPANSION];
        let mut count = 0;
        decompose_compatible(ch, |d| {
            if count < MAX_EXPANSION {
                parts[count] = d;
            }
            count += 1;
        });
        if count > MAX_EXPANSION {
            units.push(Unit {
                c: ch,
                off,
                class: Class::Symbol,
            });
            continue;
        }
        for &d in &parts[..count] {
            if is_combining_mark(d) || is_invisible(d) {
                continue;
            }
            let d = d.to_lowercase().next().unwrap_or(d);
            let class = if d.is_ascii() {
                ascii_class(d as u8)
            } else if is_cjk(d) {
                Class::Cjk
            } else if d.is_whitespace() {
                Class::Space
            } else if is_punct_other(d) {
                Class::Other
            } else if d.is_alphanumeric() {
                Class::Word
            } else {
                Class::Symbol
            };
            let d = match class {
                Class::Cjk => t2s(d),
                Class::Space => ' ',
                Class::Word => homoglyph(d).unwrap_or(d),
                _ => d,
            };
            units.push(Unit { c: d, off, class });
        }
    }
    // Token lengths (runs of adjacent Word units), for the single-letter join rule.
    let n = units.len();
    tok_len.resize(n, 0);
    let mut i = 0;
    while i < n {
        if units[i].class == Class::Word {
            let mut j = i;
            while j < n && units[j].class == Class::Word {
                j += 1;
            }
            for t in &mut tok_len[i..j] {
                *t = (j - i) as u32;
            }
            // Digits inside a Latin word imitate letters: c0de, passw0rd, pa55word.
            let mut k = i;
            while k < j {
                if units[k].c.is_ascii_digit() {
                    let mut e = k;
                    while e < j && units[e].c.is_ascii_digit() {
                        e += 1;
                    }
                    if k > i
                        && e < j
                        && units[k - 1].c.is_ascii_alphabetic()
                        && units[e].c.is_ascii_alphabetic()
                    {
                        for u in &mut units[k..e] {
                            u.c = digit_letter(u.c);
                        }
                    }
                    k = e;
                } else {
                    k += 1;
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    // Phase 2: separator runs.
    let mut last: Option<usize> = None; // index of the last non-separator unit emitted
    let mut i = 0;
    while i < n {
        let u = units[i];
        if !matches!(u.class, Class::Space | Class::Sep | Class::Symbol) {
            push(out, u.c, u.off);
            last = Some(i);
            i += 1;
            continue;
        }
        let mut j = i;
        let mut has_space = false;
        let mut only_symbol = true;
        while j < n && matches!(units[j].class, Class::Space | Class::Sep | Class::Symbol) {
            has_space |= units[j].class == Class::Space;
            only_symbol &= units[j].class == Class::Symbol;
            j += 1;
        }
        let drop = match (last, (j < n).then_some(j)) {
            (Some(a), Some(b)) => {
                let (ua, ub) = (units[a], units[b]);
                let cjk = ua.class == Class::Cjk && ub.class == Class::Cjk;
                let singles = ua.class == Class::Word
                    && ub.class == Class::Word
                    && tok_len[a] == 1
                    && tok_len[b] == 1
                    && ua.c.is_alphabetic()
                    && (ub.c.is_alphabetic() || (j + 1 < n && units[j + 1].class != Class::Word));
                let symbols = only_symbol
                    && matches!(ua.class, Class::Word | Class::Cjk)
                    && matches!(ub.class, Class::Word | Class::Cjk);
                cjk || singles || symbols
            }
            _ => false,
        };
        if !drop {
            let mut prev_space = false;
            for u in &units[i..j] {
                match u.class {
                    Class::Space => {
                        if !prev_space {
                            push(out, ' ', u.off);
                        }
                        prev_space = true;
                    }
                    _ => {
                        push(out, u.c, u.off);
                        prev_space = false;
                    }
                }
            }
            let _ = has_space;
        }
        i = j;
    }
    out.map.push(input.len() as u32);
}

#[inline]
fn push(out: &mut Folded, c: char, off: u32) {
    let before = out.text.len();
    out.text.push(c);
    for _ in before..out.text.len() {
        out.map.push(off);
    }
}

/// Folds a whole text (convenience for lexicon patterns and tests).
pub(crate) fn fold(input: &str) -> Folded {
    let mut f = Folded::default();
    fold_into(input, &mut f);
    f
}

/// The letter a digit imitates inside a word ([`DIGIT_LETTERS`]); other characters unchanged.
fn digit_letter(c: char) -> char {
    c.to_digit(10).map_or(c, |d| DIGIT_LETTERS[d as usize])
}

/// The Latin letter a look-alike from another script imitates ([`HOMOGLYPHS`], both cases).
fn homoglyph(c: char) -> Option<char> {
    HOMOGLYPHS
        .binary_search_by_key(&c, |p| p.0)
        .ok()
        .map(|i| HOMOGLYPHS[i].1)
}

/// One bit per ideograph U+4E00..=U+9FFF: set when [`T2S`] maps it.
static T2S_BITS: [u64; 328] = {
    let mut bits = [0u64; 328];
    let mut i = 0;
    while i < T2S.len() {
        // Strictly ascending, so a mapped character's index in T2S is its rank among the set
        // bits (see `T2S_RANK`).
        assert!(i == 0 || T2S[i - 1].0 < T2S[i].0);
        let k = (T2S[i].0 as u32 - 0x4E00) as usize;
        bits[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    bits
};

/// For each word of [`T2S_BITS`], how many bits the words before it set.
static T2S_RANK: [u16; 328] = {
    let mut rank = [0u16; 328];
    let mut i = 1;
    while i < 328 {
        rank[i] = rank[i - 1] + T2S_BITS[i - 1].count_ones() as u16;
        i += 1;
    }
    rank
};

/// Whether [`T2S`] maps the ideograph with code point `u` (U+4E00..=U+9FFF).
#[inline]
fn has_t2s(u: u32) -> bool {
    let k = (u - 0x4E00) as usize;
    T2S_BITS[k / 64] & (1 << (k % 64)) != 0
}

/// The Simplified form of `c` if the table has one, else `c` (a bit test for most characters).
#[inline]
pub(crate) fn t2s(c: char) -> char {
    let u = c as u32;
    if !(0x4E00..=0x9FFF).contains(&u) || !has_t2s(u) {
        return c;
    }
    // Its index in the table: the set bits below its own.
    let k = (u - 0x4E00) as usize;
    let below = T2S_BITS[k / 64] & ((1u64 << (k % 64)) - 1);
    T2S[T2S_RANK[k / 64] as usize + below.count_ones() as usize].1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        fold(s).text
    }

    #[test]
    fn no_character_folds_into_more_than_a_few() {
        // U+FDFA decomposes into 18 characters: kept whole, so folding stays proportional to
        // the input (audit finding: a text of them scanned at about 1 MB/s).
        let text = "\u{FDFA}".repeat(1000);
        let folded = fold(&text);
        assert!(folded.text.chars().count() <= 1000 * MAX_EXPANSION);
        assert_eq!(folded.text.chars().count(), 1000);
        // Short decompositions still apply.
        assert_eq!(f("Café ﬁle"), "cafe file");
        assert_eq!(f("\u{337F}"), "株式会社");
    }

    #[test]
    fn nfkc_fullwidth_and_case() {
        assert_eq!(f("ＯＴＰ"), "otp");
        assert_eq!(f("６位数字"), "6位数字");
        assert_eq!(f("PassWord"), "password");
        assert_eq!(f("código"), "codigo");
    }

    /// The marks read on their bytes are exactly those punctuation marks, and none is CJK.
    #[test]
    fn common_punct_is_punct_other() {
        let mut found = String::new();
        for c in '\u{2000}'..='\u{FFFF}' {
            let mut buf = [0u8; 4];
            if is_common_punct(c.encode_utf8(&mut buf).as_bytes()) {
                assert!(is_punct_other(c) && !is_cjk(c), "{c}");
                found.push(c);
            }
        }
        assert_eq!(found, "、。《》「」『』【】〔〕！（），：；？");
    }

    #[test]
    fn zero_width_removed() {
        assert_eq!(f("验\u{200B}证\u{200C}码"), "验证码");
        assert_eq!(f("pass\u{200C}word"), "password");
        assert_eq!(f("co\u{200D}de"), "code");
        assert_eq!(f("驗\u{200D}證\u{200D}碼"), "验证码");
    }

    #[test]
    fn separators_between_word_characters() {
        assert_eq!(f("验 证 码"), "验证码");
        assert_eq!(f("驗-證-碼"), "验证码");
        assert_eq!(f("验.证.码.报.一.下"), "验证码报一下");
        assert_eq!(f("p a s s w o r d"), "password");
        assert_eq!(f("O.T.P please"), "otp please");
        assert_eq!(f("c-ó-d-i-g-o"), "codigo");
        assert_eq!(f("the P I N, ok"), "the pin, ok");
    }

    #[test]
    fn emoji_between_characters() {
        assert_eq!(f("验🔐证🔐码"), "验证码");
        assert_eq!(f("c🔒o🔒d🔒e"), "code");
        assert_eq!(f("pass🔒word"), "password");
    }

    #[test]
    fn words_keep_their_spaces() {
        assert_eq!(f("read  me the\tcode"), "read me the code");
        assert_eq!(f("a 5000.00 b"), "a 5000.00 b");
        assert_eq!(f("http://example.com/ab"), "http://example.com/ab");
    }

    /// The indexed lookup finds every pair of the table and maps nothing else.
    #[test]
    fn t2s_maps_exactly_the_table() {
        let table: std::collections::HashMap<char, char> = T2S.iter().copied().collect();
        for c in ('\u{3000}'..='\u{A000}').chain(['a', '驗', '\u{20000}']) {
            assert_eq!(t2s(c), table.get(&c).copied().unwrap_or(c), "{c:?}");
        }
    }

    #[test]
    fn traditional_to_simplified() {
        assert_eq!(f("驗證碼"), "验证码");
        assert_eq!(f("驗証碼"), "验证码");
        assert_eq!(f("簡訊"), "简讯");
        assert_eq!(f("帳號"), "账号");
    }

    #[test]
    fn homoglyphs_and_digit_swaps() {
        assert_eq!(f("vеrification cоde"), "verification code");
        assert_eq!(f("c0de"), "code");
        assert_eq!(f("passw0rd"), "password");
        assert_eq!(f("c0digo"), "codigo");
        assert_eq!(f("pa55word"), "password");
        // Digits at a word's edge are kept (codes, amounts).
        assert_eq!(f("abcd1234"), "abcd1234");
        assert_eq!(f("482913"), "482913");
    }

    fn general(s: &str) -> Folded {
        let mut out = Folded::default();
        let (mut u, mut t) = (Vec::new(), Vec::new());
        fold_general(s, &mut out, &mut u, &mut t);
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The fast path is an optimisation only: whenever it applies it gives the general
        /// path's text, and the general path's map is then the identity.
        #[test]
        fn fast_path_agrees_with_general_path(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "b", "I", "pass", "Word", "c0de", "0", "12", " ", "  ", "-", ".", "_", "/",
                "验", "证", "码", "驗", "證", "，", "。", "、", "“", "”", ",", "!", "?", "'",
                "\t", "é", "Ｏ", "🔐", "\u{200B}", "е",
            ]), 0..24)
        ) {
            let s = parts.concat();
            let mut fast = Folded::default();
            if fold_simple(&s, &mut fast) {
                let g = general(&s);
                proptest::prop_assert_eq!(&fast.text, &g.text, "input {:?}", s);
                for (i, &m) in g.map[..g.text.len()].iter().enumerate() {
                    let start = (0..=i).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0);
                    proptest::prop_assert_eq!(m as usize, start, "input {:?}", s);
                }
            }
        }
    }

    #[test]
    fn map_points_at_original() {
        let s = "请把验 证 码告诉我";
        let fo = fold(s);
        let i = fo.text.find("验证码").unwrap();
        let (a, b) = fo.original_span(s, i, i + "验证码".len());
        assert_eq!(&s[a..b], "验 证 码");
        let s = "Send ＯＴＰ";
        let fo = fold(s);
        let i = fo.text.find("otp").unwrap();
        let (a, b) = fo.original_span(s, i, i + 3);
        assert_eq!(&s[a..b], "ＯＴＰ");
    }
}
