//! Lookalike search: which official numbers a caller number *resembles*.
//!
//! The search never scans the registry. It generates the numbers the query would be if it
//! were an official number with one of the known disguises undone (a digit changed back, two
//! digits swapped back, padding removed, the calling code taken off a short code) and probes
//! the index for each: about 10 probes per digit, a few microseconds at most, whatever the
//! registry's size.
//!
//! Disguises, in the order they are reported (most telling first):
//! - [`LookalikeKind::ShortCodeBehindCountryCode`]: an official short code read through a
//!   calling code: `+95 188 1234` starts with Alipay's `95188` (+95 is Myanmar), and
//!   `+86 95188 1`puts China's own code before it.
//! - [`LookalikeKind::DigitsPadded`]: the official number with up to four digits added in front
//!   (before or just after the calling code) or any number of digits added at the end.
//! - [`LookalikeKind::DigitsSwapped`]: two adjacent digits transposed.
//! - [`LookalikeKind::DigitSubstituted`]: exactly one digit changed.
//! - [`LookalikeKind::DigitInserted`]: one digit inserted in the middle.

use crate::number::Region;

use super::index::{Index, Key, Slot};
use super::numbering::{plans, SHORT_CODE_DIGITS};

/// Longest digit string the search considers; longer input resembles nothing usefully.
pub(crate) const MAX_QUERY_DIGITS: usize = 20;

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

/// Collects hits, first one per official number wins (searches run in priority order).
struct Hits<'a> {
    index: &'a Index,
    found: Vec<Hit>,
}

impl Hits<'_> {
    fn probe(&mut self, key: Option<Key>, kind: LookalikeKind) {
        if let Some(slot) = key.and_then(|k| self.index.get(k)) {
            if !self.found.iter().any(|h| h.slot == slot) {
                self.found.push(Hit { kind, slot });
            }
        }
    }
}

/// The E.164 key of digit values, if they can be an E.164 number (1–15 digits, no leading 0).
fn e164_key(digits: &[u8]) -> Option<Key> {
    if digits.is_empty() || digits.len() > 15 || digits[0] == 0 {
        return None;
    }
    Some(Key::e164(
        digits.iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d)),
    ))
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

/// The edit-based disguises (padding, swap, substitution, insertion) over digits `q`, probing
/// keys built by `key`; `min_len` is the shortest official number worth probing, `front` the
/// last position where removed digits still count as padding in front (3 for E.164: just
/// after a calling code of up to 3 digits; 0 for short codes).
fn edits(
    hits: &mut Hits<'_>,
    q: &[u8],
    min_len: usize,
    front: usize,
    key: &dyn Fn(&[u8]) -> Option<Key>,
) {
    let n = q.len();
    let mut buf = [0u8; MAX_QUERY_DIGITS];
    // Padding after: every shorter prefix.
    for m in (min_len..n).rev() {
        hits.probe(key(&q[..m]), LookalikeKind::DigitsPadded);
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
            hits.probe(key(&buf[..len]), LookalikeKind::DigitsPadded);
        }
    }
    // Two adjacent digits swapped.
    buf[..n].copy_from_slice(q);
    for i in 0..n.saturating_sub(1) {
        if q[i] != q[i + 1] {
            buf.swap(i, i + 1);
            hits.probe(key(&buf[..n]), LookalikeKind::DigitsSwapped);
            buf.swap(i, i + 1);
        }
    }
    // One digit substituted.
    for i in 0..n {
        for d in 0..10u8 {
            if d != q[i] {
                buf[i] = d;
                hits.probe(key(&buf[..n]), LookalikeKind::DigitSubstituted);
            }
        }
        buf[i] = q[i];
    }
    // One digit inserted in the middle (the ends are padding, above).
    if n > min_len {
        for s in front + 1..n - 1 {
            buf[..s].copy_from_slice(&q[..s]);
            buf[s..n - 1].copy_from_slice(&q[s + 1..]);
            hits.probe(key(&buf[..n - 1]), LookalikeKind::DigitInserted);
        }
    }
}

/// Official numbers that `international` (the digits after `+` or an international dialling
/// prefix, as ASCII) resembles, without an exact match.
pub(crate) fn search_international(index: &Index, international: &str) -> Vec<Hit> {
    let mut hits = Hits {
        index,
        found: Vec::new(),
    };
    let Some((buf, n)) = values(international) else {
        return hits.found;
    };
    let q = &buf[..n];
    let cc = plans().country_code(q);
    for &region in index.short_code_regions() {
        // The calling code is part of the disguise: `+95 188…` reads as `95188…`.
        for m in SHORT_CODE_DIGITS {
            if m <= n {
                hits.probe(
                    Key::short_code(region, &q[..m]),
                    LookalikeKind::ShortCodeBehindCountryCode,
                );
            }
        }
        // The short code's own calling code in front, with more digits after it (exactly
        // `+86 95188` is the code's international form: see `Registry::lookup_international`).
        if let (Some((code, c)), Some(info)) = (cc, plans().region(region)) {
            if code == info.country_code {
                for m in SHORT_CODE_DIGITS {
                    if c + m < n {
                        hits.probe(
                            Key::short_code(region, &q[c..c + m]),
                            LookalikeKind::ShortCodeBehindCountryCode,
                        );
                    }
                }
            }
        }
    }
    edits(&mut hits, q, 7, 3, &e164_key);
    hits.found
}

/// Official short codes that `digits` (ASCII) dialled in `region` resembles, without an exact
/// match; with no region, in every region that has official short codes.
pub(crate) fn search_short_code(index: &Index, region: Option<Region>, digits: &str) -> Vec<Hit> {
    let mut hits = Hits {
        index,
        found: Vec::new(),
    };
    let Some((buf, n)) = values(digits) else {
        return hits.found;
    };
    let q = &buf[..n];
    let regions: Vec<Region> = match region {
        Some(r) => vec![r],
        None => index.short_code_regions().to_vec(),
    };
    for r in regions {
        // Padding before: every shorter suffix that can be a short code.
        for k in 1..n {
            if SHORT_CODE_DIGITS.contains(&(n - k)) {
                hits.probe(Key::short_code(r, &q[k..]), LookalikeKind::DigitsPadded);
            }
        }
        edits(
            &mut hits,
            q,
            *SHORT_CODE_DIGITS.start(),
            0,
            &|d: &[u8]| Key::short_code(r, d),
        );
    }
    hits.found
}
