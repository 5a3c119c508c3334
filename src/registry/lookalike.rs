//! Lookalike search: which official numbers a caller number *resembles*.
//!
//! The search never scans the registry. It generates the numbers the query would be if it
//! were an official number with one of the known disguises undone (a digit changed back, two
//! digits swapped back, padding removed, the calling code taken off a short code) and probes
//! the index for each: about 10 candidates per digit, whatever the registry's size.
//!
//! Candidates are cheap: an E.164 candidate's value is computed arithmetically from the
//! query's (no re-folding of digits), and a 20 KB prefilter on (length, first four digits)
//! dismisses most of them before any hashing. A number that shares no length and four-digit
//! head with an official one is searched in about 0.2 µs; a near miss of an official number
//! (every candidate passes the prefilter) in about 1 µs.
//!
//! Disguises, in the order they are reported (most telling first):
//! - [`LookalikeKind::ShortCodeBehindCountryCode`]: an official short code read through a
//!   calling code: `+95 188 1234` starts with Alipay's `95188` (+95 is Myanmar), and
//!   `+86 95188 1` puts China's own code before it.
//! - [`LookalikeKind::DigitsPadded`]: the official number with up to four digits added in front
//!   (before or just after the calling code) or any number of digits added at the end.
//! - [`LookalikeKind::DigitsSwapped`]: two adjacent digits transposed.
//! - [`LookalikeKind::DigitSubstituted`]: exactly one digit changed.
//! - [`LookalikeKind::DigitInserted`]: one digit inserted in the middle.
//!
//! Short codes are searched the same way within their region, with one exception: a code that
//! libphonenumber's short-number metadata says is allocated there is another institution's
//! number, so only padding counts (`951880` resembles `95188`; `95189`, `95518` or `95561`,
//! in CN's 95xxx range allocated to institutions, do not). An exact official match always wins
//! over a resemblance: `95588` (ICBC) is official even though it is one digit from Alipay's
//! `95188`.

use crate::number::{is_allocated_short_code, Region};

use super::index::{Index, Key, Slot};
use super::numbering::{plans, SHORT_CODE_DIGITS};

/// Longest digit string the search considers; longer input resembles nothing usefully.
pub(crate) const MAX_QUERY_DIGITS: usize = 19;

/// How a number resembles an official one. Stable snake_case codes via [`LookalikeKind::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LookalikeKind {
    /// An official short code shown behind a calling code (`+95 188…` for `95188`).
    ShortCodeBehindCountryCode,
    /// The official number with digits added before or after it.
    DigitsPadded,
    /// The official number with two adjacent digits swapped.
    DigitsSwapped,
    /// The official number with one digit changed.
    DigitSubstituted,
    /// The official number with one digit inserted in the middle.
    DigitInserted,
}

impl LookalikeKind {
    /// The stable reason code (`"short_code_behind_country_code"`, …).
    pub fn code(self) -> &'static str {
        match self {
            LookalikeKind::ShortCodeBehindCountryCode => "short_code_behind_country_code",
            LookalikeKind::DigitsPadded => "digits_padded",
            LookalikeKind::DigitsSwapped => "digits_swapped",
            LookalikeKind::DigitSubstituted => "digit_substituted",
            LookalikeKind::DigitInserted => "digit_inserted",
        }
    }
}

/// One resemblance found: the disguise and the official number's slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) kind: LookalikeKind,
    pub(crate) slot: Slot,
}

/// Collects hits for one kind of key (E.164, or short codes of one region); the first hit
/// per official number wins (searches run in priority order).
struct Hits<'a> {
    index: &'a Index,
    /// Cheap prefilter on candidate digits: `false` means certainly not in the index.
    accept: &'a dyn Fn(&[u8]) -> bool,
    /// The key of candidate digits, if they can be a key at all.
    key: &'a dyn Fn(&[u8]) -> Option<Key>,
    found: &'a mut Vec<Hit>,
}

impl Hits<'_> {
    /// Probes candidate digit values.
    #[inline]
    fn probe(&mut self, candidate: &[u8], kind: LookalikeKind) {
        if !(self.accept)(candidate) {
            return;
        }
        if let Some(slot) = (self.key)(candidate).and_then(|k| self.index.get(k)) {
            if !self.found.iter().any(|h| h.slot == slot) {
                self.found.push(Hit { kind, slot });
            }
        }
    }
}

/// Digit values (0–9) of an ASCII digit string, or `None` if it has anything else or is too
/// long to search.
fn values(ascii: &str) -> Option<([u8; MAX_QUERY_DIGITS], usize)> {
    let b = ascii.as_bytes();
    if b.is_empty() || b.len() > MAX_QUERY_DIGITS || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut buf = [0u8; MAX_QUERY_DIGITS];
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c - b'0';
    }
    Some((buf, b.len()))
}

/// The edit-based disguises (padding, swap, substitution, insertion) over digits `q`;
/// `min_len` is the shortest official number worth probing, `front` the last position where
/// removed digits still count as padding in front (3 for E.164: just after a calling code of
/// up to 3 digits; 0 for short codes). `stable_from`: edits at or after this position leave
/// the prefilter's answer unchanged (same length, same leading digits), so a refusal for the
/// query itself dismisses them all at once.
fn edits(
    hits: &mut Hits<'_>,
    q: &[u8],
    min_len: usize,
    front: usize,
    stable_from: usize,
    near_misses: bool,
) {
    let n = q.len();
    let mut buf = [0u8; MAX_QUERY_DIGITS];
    // Padding after: every shorter prefix.
    for m in (min_len..n).rev() {
        hits.probe(&q[..m], LookalikeKind::DigitsPadded);
    }
    // Padding before (or just after a calling code): remove k digits at s.
    for s in 0..=front {
        for k in 1..=4usize {
            if s + k >= n || n - k < min_len {
                continue;
            }
            let len = n - k;
            buf[..s].copy_from_slice(&q[..s]);
            buf[s..len].copy_from_slice(&q[s + k..]);
            hits.probe(&buf[..len], LookalikeKind::DigitsPadded);
        }
    }
    if !near_misses {
        return;
    }
    let same_length_possible = (hits.accept)(q);
    // Two adjacent digits swapped.
    buf[..n].copy_from_slice(q);
    for i in 0..n.saturating_sub(1) {
        if i >= stable_from && !same_length_possible {
            break;
        }
        if q[i] != q[i + 1] {
            buf.swap(i, i + 1);
            hits.probe(&buf[..n], LookalikeKind::DigitsSwapped);
            buf.swap(i, i + 1);
        }
    }
    // One digit substituted.
    for i in 0..n {
        if i >= stable_from && !same_length_possible {
            break;
        }
        for d in 0..10u8 {
            if d != q[i] {
                buf[i] = d;
                hits.probe(&buf[..n], LookalikeKind::DigitSubstituted);
            }
        }
        buf[i] = q[i];
    }
    // One digit inserted in the middle (the ends are padding, above).
    if n > min_len {
        for s in front + 1..n - 1 {
            buf[..s].copy_from_slice(&q[..s]);
            buf[s..n - 1].copy_from_slice(&q[s + 1..]);
            hits.probe(&buf[..n - 1], LookalikeKind::DigitInserted);
        }
    }
}

/// Official numbers that `international` (the digits after `+` or an international dialling
/// prefix, as ASCII) resembles, without an exact match.
pub(crate) fn search_international(index: &Index, international: &str) -> Vec<Hit> {
    let mut found = Vec::new();
    let Some((buf, n)) = values(international) else {
        return found;
    };
    let q = &buf[..n];
    let cc = plans().country_code(q);
    for &region in index.short_code_regions() {
        let accept = |d: &[u8]| index.may_have_short_code_len(d.len());
        let key = |d: &[u8]| Key::short_code(region, d);
        let mut hits = Hits {
            index,
            accept: &accept,
            key: &key,
            found: &mut found,
        };
        // The calling code is part of the disguise: `+95 188…` reads as `95188…`.
        for m in SHORT_CODE_DIGITS {
            if m <= n {
                hits.probe(&q[..m], LookalikeKind::ShortCodeBehindCountryCode);
            }
        }
        // The short code's own calling code in front, with more digits after it (exactly
        // `+86 95188` is the code's international form: see
        // `Registry::lookup_international_short_code`).
        if let (Some((code, c)), Some(info)) = (cc, plans().region(region)) {
            if code == info.country_code {
                for m in SHORT_CODE_DIGITS {
                    if c + m < n {
                        hits.probe(&q[c..c + m], LookalikeKind::ShortCodeBehindCountryCode);
                    }
                }
            }
        }
    }
    e164_edits(index, q, &mut found);
    found
}

/// Powers of ten up to 10^19 (the largest that fits in a `u64`).
const POW10: [u64; 20] = {
    let mut p = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// The edit-based disguises over E.164 digits `q` (at most [`MAX_QUERY_DIGITS`]), with each
/// candidate's value computed arithmetically from the query's (no re-folding of digits) and
/// checked against the index's prefilter on (length, first four digits) before hashing.
/// Edits at position 4 or later leave the first four digits alone, so when the prefilter
/// refuses the query's own length and head, all of them are dismissed at once.
fn e164_edits(index: &Index, q: &[u8], found: &mut Vec<Hit>) {
    const MIN_LEN: usize = 7;
    let n = q.len();
    let mut prefix = [0u64; MAX_QUERY_DIGITS + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] * 10 + u64::from(q[i]);
    }
    let v = prefix[n];
    // The prefilter's "first four digits" of the query; every edit below derives its own
    // candidate's head from it arithmetically.
    let q_head = prefix[n.min(4)];
    let mut probe = |value: u64, len: usize, head: u64, kind: LookalikeKind| {
        if !(1..=15).contains(&len) || value < POW10[len - 1] {
            return; // empty, too long, or a leading zero
        }
        if !index.may_have_e164_head(len, head) {
            return;
        }
        if let Some(slot) = index.get(Key::e164(value)) {
            if !found.iter().any(|h| h.slot == slot) {
                found.push(Hit { kind, slot });
            }
        }
    };
    // Padding after: every shorter prefix.
    for m in (MIN_LEN..n).rev() {
        probe(prefix[m], m, prefix[m.min(4)], LookalikeKind::DigitsPadded);
    }
    // Padding before (or just after a calling code of up to 3 digits): remove k digits at s.
    for s in 0..=3usize {
        for k in 1..=4usize {
            if s + k >= n || n - k < MIN_LEN {
                continue;
            }
            let len = n - k;
            let tail = POW10[n - s - k];
            let value = prefix[s] * tail + (v - prefix[s + k] * tail);
            let head = (0..len.min(4)).fold(0u64, |acc, j| {
                acc * 10 + u64::from(if j < s { q[j] } else { q[j + k] })
            });
            probe(value, len, head, LookalikeKind::DigitsPadded);
        }
    }
    let same_head_possible = index.may_have_e164_head(n, q_head);
    // Two adjacent digits swapped.
    for i in 0..n.saturating_sub(1) {
        if i >= 4 && !same_head_possible {
            break;
        }
        let (a, b) = (u64::from(q[i]), u64::from(q[i + 1]));
        if a == b {
            continue;
        }
        let (hi, lo) = (POW10[n - 1 - i], POW10[n - 2 - i]);
        let value = v - a * hi - b * lo + b * hi + a * lo;
        // The head changes only where the swapped digits fall among the first four.
        let h = if n < 4 {
            value
        } else if i + 1 < 4 {
            q_head - a * POW10[3 - i] - b * POW10[2 - i] + b * POW10[3 - i] + a * POW10[2 - i]
        } else if i < 4 {
            q_head - a + b
        } else {
            q_head
        };
        probe(value, n, h, LookalikeKind::DigitsSwapped);
    }
    // One digit substituted.
    for i in 0..n {
        if i >= 4 && !same_head_possible {
            break;
        }
        if n >= 4 && i < 4 && !index.may_have_e164_head_except(n, i, q_head) {
            continue;
        }
        let place = POW10[n - 1 - i];
        let base = v - u64::from(q[i]) * place;
        for d in 0..10u8 {
            if d == q[i] {
                continue;
            }
            let h = if n < 4 {
                base + u64::from(d) * place
            } else if i < 4 {
                q_head - u64::from(q[i]) * POW10[3 - i] + u64::from(d) * POW10[3 - i]
            } else {
                q_head
            };
            probe(
                base + u64::from(d) * place,
                n,
                h,
                LookalikeKind::DigitSubstituted,
            );
        }
    }
    // One digit inserted in the middle (the ends are padding, above).
    // Insertions after the fourth digit leave the head alone: one prefilter answer for all.
    if n > MIN_LEN && index.may_have_e164_head(n - 1, q_head) {
        for s in 4..n - 1 {
            let tail = POW10[n - 1 - s];
            let value = prefix[s] * tail + (v - prefix[s + 1] * tail);
            probe(value, n - 1, q_head, LookalikeKind::DigitInserted);
        }
    }
}

/// Official short codes that `digits` (ASCII) dialled in `region` resembles, without an exact
/// match; with no region, in every region that has official short codes.
pub(crate) fn search_short_code(index: &Index, region: Option<Region>, digits: &str) -> Vec<Hit> {
    let mut found = Vec::new();
    let Some((buf, n)) = values(digits) else {
        return found;
    };
    let q = &buf[..n];
    let regions: Vec<Region> = match region {
        Some(r) => vec![r],
        None => index.short_code_regions().to_vec(),
    };
    for r in regions {
        let accept = |d: &[u8]| index.may_have_short_code_len(d.len());
        let key = |d: &[u8]| Key::short_code(r, d);
        let mut hits = Hits {
            index,
            accept: &accept,
            key: &key,
            found: &mut found,
        };
        // Padding before: every shorter suffix.
        for k in 1..n {
            hits.probe(&q[k..], LookalikeKind::DigitsPadded);
        }
        // The prefilter looks at the length only. A short number allocated in the region
        // (CN's whole 95xxx range) is another institution's number: one digit from an
        // official code is nearness, not imitation, so only padding is searched for.
        let near_misses = !is_allocated_short_code(r, digits);
        edits(&mut hits, q, *SHORT_CODE_DIGITS.start(), 0, 0, near_misses);
    }
    found
}
