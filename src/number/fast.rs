//! The fast path: recognising canonical E.164 text without the full parser.

use super::E164;

/// Recognises canonical E.164 text, `+` then 1 to 15 ASCII digits with no leading zero
/// (`"+18882211161"`), and nothing else: no spaces, no separators, no Unicode digits.
///
/// Purely syntactic and allocation-free; it does not call `phonenumber` and does not check
/// that the number is valid. The verdict code probes the registry index with it first (a hit
/// is an official, hence valid, number) and falls back to [`super::normalize`] on a miss.
pub fn canonical_e164(raw: &str) -> Option<E164> {
    let digits = raw.as_bytes().strip_prefix(b"+")?;
    if digits.is_empty() || digits.len() > 15 || digits[0] == b'0' {
        return None;
    }
    let mut value = 0u64;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(b - b'0');
    }
    E164::from_u64(value)
}

#[cfg(test)]
mod tests {
    use super::canonical_e164;

    #[test]
    fn accepts_canonical_text_only() {
        assert_eq!(
            canonical_e164("+18882211161").map(|e| e.as_u64()),
            Some(18882211161)
        );
        assert_eq!(
            canonical_e164("+999999999999999").map(|e| e.as_u64()),
            Some(999_999_999_999_999)
        );
        for s in [
            "",
            "+",
            "18882211161",
            "+0888",
            "+1 888",
            "+1-888",
            "++1",
            "+1888x",
            "+1000000000000000",
            "+１８８８",
            " +1888",
            "+1888 ",
            "tel:+1888",
        ] {
            assert_eq!(canonical_e164(s), None, "{s:?}");
        }
    }
}
