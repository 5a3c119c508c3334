//! The lexicon automaton: every term of every lexicon in one Aho-Corasick automaton (a
//! contiguous NFA, or a noncontiguous one should the contiguous form be refused), reporting
//! every match, overlapping ones included ("不要告诉任何人" holds "不要"), in order of their end.
//!
//! Why not the DFA: over the lexicon's terms (issue 14, measured side by side in one process on
//! the loaded 2-core machine) the DFA took 15 ms to build and 3.07 MB of heap, the contiguous
//! NFA 0.6 ms and 0.2 MB, and the two found every overlapping match of 1 MB of mixed text in
//! the same time (68 and 69 MiB/s). A phone app builds the automaton on every cold start.
//!
//! The search is a plain loop over the bytes through the automaton's own transition function
//! (`aho_corasick::automaton::Automaton`, monomorphic, so it inlines), reporting each match
//! state's patterns where they end. It finds exactly what the library's overlapping iterator
//! finds, in the same order, without the iterator's per-match work (a dynamic call, input
//! checks, state bookkeeping): the lexicons match about once every 20 bytes of mixed text, and
//! that work was about half the automaton's time (issue 14, counted with callgrind: 50 → 24
//! instructions per byte over 1 MB of mixed text).

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{Anchored, MatchKind};

/// A compiled automaton over the folded lexicon terms.
#[derive(Clone, Debug)]
pub(crate) enum Matcher {
    /// The usual form: compact and fast.
    Contiguous(contiguous::NFA),
    /// For pattern sets too large for the contiguous form's state ids.
    Noncontiguous(noncontiguous::NFA),
}

impl Matcher {
    /// Builds the automaton for `patterns` (pattern id = index).
    pub(crate) fn new(patterns: &[String]) -> Result<Matcher, String> {
        contiguous::NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map(Matcher::Contiguous)
            .or_else(|_| {
                noncontiguous::NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(patterns)
                    .map(Matcher::Noncontiguous)
            })
            .map_err(|e| e.to_string())
    }

    /// Calls `f(start, end, pattern)` for every match in `text`, overlapping ones included, in
    /// order of their end.
    #[inline]
    pub(crate) fn for_each_match(&self, text: &[u8], f: impl FnMut(usize, usize, u32)) {
        match self {
            Matcher::Contiguous(nfa) => walk(nfa, text, f),
            Matcher::Noncontiguous(nfa) => walk(nfa, text, f),
        }
    }

    /// The automaton's kind, the number of patterns and the heap bytes used (diagnostics).
    pub(crate) fn describe(&self) -> String {
        let (kind, aut): (&str, &dyn Automaton) = match self {
            Matcher::Contiguous(nfa) => ("ContiguousNFA", nfa),
            Matcher::Noncontiguous(nfa) => ("NoncontiguousNFA", nfa),
        };
        format!(
            "{kind} automaton, {} patterns, {} bytes",
            aut.patterns_len(),
            aut.memory_usage()
        )
    }
}

/// The overlapping search: one transition per byte from the unanchored start state; at a
/// match state, every pattern it holds (longest first, as the automaton lists them).
#[inline]
fn walk<A: Automaton>(aut: &A, text: &[u8], mut f: impl FnMut(usize, usize, u32)) {
    let Ok(mut sid) = aut.start_state(Anchored::No) else {
        return; // not reached: both automata are built for unanchored searches
    };
    for (i, &byte) in text.iter().enumerate() {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_match(sid) {
            let end = i + 1;
            for k in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, k);
                f(end - aut.pattern_len(pid), end, pid.as_u32());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// Both forms of the walk report exactly the library's overlapping matches, in its
        /// order, for patterns that nest, overlap and share prefixes and suffixes.
        #[test]
        fn walk_equals_the_librarys_overlapping_search(
            pats in proptest::collection::vec("[ab验证码]{1,4}", 1..12),
            text in "[ab验证码 ]{0,40}",
        ) {
            let pats: Vec<String> = pats;
            let lib = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&pats)
                .unwrap();
            let want: Vec<(usize, usize, u32)> = lib
                .find_overlapping_iter(text.as_bytes())
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .collect();
            let contiguous = Matcher::new(&pats).unwrap();
            let noncontiguous = Matcher::Noncontiguous(
                noncontiguous::NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&pats)
                    .unwrap(),
            );
            for m in [contiguous, noncontiguous] {
                let mut got = Vec::new();
                m.for_each_match(text.as_bytes(), |s, e, p| got.push((s, e, p)));
                proptest::prop_assert_eq!(&got, &want, "{:?}", m);
            }
        }
    }
}
