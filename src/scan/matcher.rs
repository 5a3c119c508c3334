//! The lexicon automaton: every term of every lexicon in one Aho-Corasick automaton (a
//! contiguous NFA, or the library's choice should it be refused), reporting every match,
//! overlapping ones included ("不要告诉任何人" holds "不要"), in order of their end.
//!
//! Why not the DFA: over the lexicon's terms (issue 14, measured side by side in one process on
//! the loaded 2-core machine) the DFA took 15 ms to build and 3.07 MB of heap, the contiguous
//! NFA 0.6 ms and 0.2 MB, and the two found every overlapping match of 1 MB of mixed text in
//! the same time (68 and 69 MiB/s). A phone app builds the automaton on every cold start.
//!
//! (Walking the DFA by hand through `aho_corasick::automaton::Automaton` was measured at about
//! half the speed of the library's own overlapping search, so the library's search is used.)

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// A compiled automaton over the folded lexicon terms.
#[derive(Clone, Debug)]
pub(crate) struct Matcher(AhoCorasick);

impl Matcher {
    /// Builds the automaton for `patterns` (pattern id = index).
    pub(crate) fn new(patterns: &[String]) -> Result<Matcher, String> {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(patterns)
            })
            .map(Matcher)
            .map_err(|e| e.to_string())
    }

    /// Calls `f(start, end, pattern)` for every match in `text`, overlapping ones included, in
    /// order of their end.
    #[inline]
    pub(crate) fn for_each_match(&self, text: &[u8], mut f: impl FnMut(usize, usize, u32)) {
        for m in self.0.find_overlapping_iter(text) {
            f(m.start(), m.end(), m.pattern().as_u32());
        }
    }

    /// The automaton's kind, the number of patterns and the heap bytes used (diagnostics).
    pub(crate) fn describe(&self) -> String {
        format!(
            "{:?} automaton, {} patterns, {} bytes",
            self.0.kind(),
            self.0.patterns_len(),
            self.0.memory_usage()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every term is reported where it ends, nested and overlapping ones too.
    #[test]
    fn reports_overlapping_matches() {
        let pats: Vec<String> = [
            "验证码",
            "证码",
            "不要",
            "不要告诉任何人",
            "code",
            "passcode",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = Matcher::new(&pats).unwrap();
        let text = "不要告诉任何人验证码 passcode".as_bytes();
        let mut got = Vec::new();
        m.for_each_match(text, |s, e, p| got.push((s, e, p)));
        let at = |t: &str| "不要告诉任何人验证码 passcode".find(t).unwrap();
        assert_eq!(
            got,
            vec![
                (0, 6, 2),
                (0, 21, 3),
                (at("验证码"), at("验证码") + 9, 0),
                (at("证码"), at("证码") + 6, 1),
                (at("passcode"), at("passcode") + 8, 5),
                (at("code"), at("code") + 4, 4),
            ]
        );
    }
}
