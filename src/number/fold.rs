//! Character folding: turns what a telephony stack or a person typed into `+` and ASCII digits.
//!
//! Every Unicode decimal digit (general category `Nd`: full-width `９`, Arabic-Indic `٩`,
//! Devanagari `९`, mathematical `𝟗`, …) folds to its ASCII digit; visual separators and
//! invisible formatting characters are dropped; anything else is an error that says which kind
//! of character it was. Right-to-left bidi controls are refused rather than dropped: they make
//! the digits a person *sees* differ from the digits that are *dialled*, a spoofing trick.

use super::InvalidNumber;

/// The first code point (value 0) of every run of ten Unicode decimal digits (`Nd`), sorted.
///
/// Unicode guarantees (stability policy) that `Nd` characters come in contiguous runs `0..=9`,
/// so a digit's value is its distance from the run's zero. The table covers Unicode 16.0 and
/// is checked against the `regex` crate's `\p{Nd}` tables in the unit tests.
const ND_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`Nd`), or `None` for any other character.
pub fn decimal_value(c: char) -> Option<u8> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some((cp - 0x30) as u8);
    }
    if cp < 0x660 {
        return None;
    }
    let i = ND_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = ND_ZEROS[i.checked_sub(1)?];
    (cp - zero < 10).then(|| (cp - zero) as u8)
}

/// What one character of a caller ID contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Folded {
    /// A decimal digit, as its ASCII byte.
    Digit(u8),
    /// A plus sign (`+` or full-width `＋`).
    Plus,
    /// A separator or an invisible character: contributes nothing.
    Skip,
}

/// Folds one character, or says why it cannot be part of a phone number.
pub(super) fn fold_char(c: char) -> Result<Folded, InvalidNumber> {
    if let Some(d) = decimal_value(c) {
        return Ok(Folded::Digit(b'0' + d));
    }
    match c {
        '+' | '\u{FF0B}' => Ok(Folded::Plus),
        // Visual separators: dashes and minus signs, dots, parentheses, brackets, slashes.
        // U+30FC (the Japanese long-vowel mark) is written as a dash in Japanese numbers.
        '-'
        | '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}'
        | '\u{30FC}' => Ok(Folded::Skip),
        '.' | '\u{FF0E}' | '(' | ')' | '\u{FF08}' | '\u{FF09}' | '[' | ']' | '\u{FF3B}'
        | '\u{FF3D}' | '/' | '\u{FF0F}' => Ok(Folded::Skip),
        // A tilde means "wait for the dial tone" after an international prefix (`8~10` in RU).
        '~' | '\u{2053}' | '\u{223C}' | '\u{FF5E}' => Ok(Folded::Skip),
        // Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen, and
        // the left-to-right bidi controls Android and iOS wrap phone numbers in (iOS copies a
        // number as U+202D … U+202C: a left-to-right override and its pop).
        '\u{200B}'..='\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{200E}'
        | '\u{202A}'
        | '\u{202C}'
        | '\u{202D}'
        | '\u{2066}'
        | '\u{2068}'
        | '\u{2069}' => Ok(Folded::Skip),
        // Right-to-left controls reorder what is displayed: refuse them.
        '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}' | '\u{061C}' => {
            Err(InvalidNumber::BidiControl)
        }
        // Every Unicode space, NBSP (U+00A0), narrow NBSP, ideographic space included.
        c if c.is_whitespace() => Ok(Folded::Skip),
        c if c.is_alphabetic() => Err(InvalidNumber::NotANumber),
        c => Err(InvalidNumber::UnexpectedCharacter(c)),
    }
}

/// A caller ID reduced to an optional leading plus and ASCII digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct FoldedNumber {
    /// Whether the number started with `+` (before any digit).
    pub plus: bool,
    /// The ASCII digits, in order.
    pub digits: String,
}

/// The most digits a folded caller ID may carry: 15 (E.164) plus room for a long
/// international prefix such as CN's `17900` + `00`. Longer is refused before parsing.
pub const MAX_DIGITS: usize = 22;

/// Folds a whole (already URI-unwrapped) caller ID.
///
/// A `+` (or a run of them) is accepted before the first digit, and trailing ones after the last
/// digit are ignored; a `+` between digits is an error. Digits beyond
/// [`MAX_DIGITS`] are refused.
pub(super) fn fold(text: &str) -> Result<FoldedNumber, InvalidNumber> {
    let mut plus = false;
    let mut trailing = false;
    let mut digits = String::with_capacity(text.len().min(MAX_DIGITS + 1));
    let mut after_plus = false;
    for c in text.chars() {
        let folded = fold_char(c)?;
        let joins_plus_run = after_plus || !plus;
        after_plus = folded == Folded::Plus;
        match folded {
            Folded::Digit(d) => {
                if trailing {
                    return Err(InvalidNumber::UnexpectedCharacter('+'));
                }
                if digits.len() == MAX_DIGITS {
                    return Err(InvalidNumber::TooManyDigits { max: MAX_DIGITS });
                }
                digits.push(d as char);
            }
            // A run of pluses before the first digit is one (`++1 …`), as libphonenumber reads it.
            Folded::Plus if digits.is_empty() && joins_plus_run => plus = true,
            Folded::Plus if digits.is_empty() => {
                return Err(InvalidNumber::UnexpectedCharacter('+'))
            }
            // A plus after the digits ends the number (`… 0000+`); a digit after it is an error.
            Folded::Plus => trailing = true,
            Folded::Skip => {}
        }
    }
    Ok(FoldedNumber { plus, digits })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nd_table_matches_unicode_nd() {
        let nd = regex::Regex::new(r"^\p{Nd}$").unwrap();
        let mut buf = [0u8; 4];
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let ours = decimal_value(c).is_some();
            let theirs = nd.is_match(c.encode_utf8(&mut buf));
            assert_eq!(ours, theirs, "U+{cp:04X}");
        }
    }

    #[test]
    fn nd_table_is_sorted_runs_of_ten() {
        assert!(ND_ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
    }

    #[test]
    fn folds_digits_of_many_scripts() {
        for (s, want) in [
            ("９５１８８", "95188"),
            ("٩٥١٨٨", "95188"),
            ("۹۵۱۸۸", "95188"),
            ("९५१८८", "95188"),
            ("𝟗𝟓𝟏𝟖𝟖", "95188"),
            ("๙๕๑๘๘", "95188"),
        ] {
            assert_eq!(fold(s).unwrap().digits, want, "{s}");
        }
    }

    #[test]
    fn drops_separators_and_invisibles() {
        let f = fold("＋1\u{00A0}(888)\u{200B}221-1161\u{FEFF}.\u{2060}").unwrap();
        assert!(f.plus);
        assert_eq!(f.digits, "18882211161");
    }

    #[test]
    fn refuses_letters_symbols_and_rtl_controls() {
        assert_eq!(fold("1-800-FLOWERS"), Err(InvalidNumber::NotANumber));
        assert_eq!(fold("*21#"), Err(InvalidNumber::UnexpectedCharacter('*')));
        assert_eq!(fold("1+2"), Err(InvalidNumber::UnexpectedCharacter('+')));
        assert_eq!(fold("1 +2"), Err(InvalidNumber::UnexpectedCharacter('+')));
        assert_eq!(fold("\u{202E}1161"), Err(InvalidNumber::BidiControl));
        assert_eq!(fold("①"), Err(InvalidNumber::UnexpectedCharacter('①')));
    }

    #[test]
    fn reads_plus_runs_and_trailing_pluses_as_libphonenumber_does() {
        // python-phonenumbers 9.0.35: `++1 650…` and `+1 650 253 0000 +` are +16502530000.
        for s in [
            "++1 650 253 0000",
            "＋+1 650 253 0000",
            "+1 650 253 0000 +",
            "+1 650 253 0000++",
        ] {
            let f = fold(s).unwrap();
            assert!(f.plus, "{s}");
            assert_eq!(f.digits, "16502530000", "{s}");
        }
        assert!(!fold("650 253 0000+").unwrap().plus);
        // Pluses apart (`+ +1`) are no number to libphonenumber either.
        assert_eq!(
            fold("+ +1 650"),
            Err(InvalidNumber::UnexpectedCharacter('+'))
        );
    }

    #[test]
    fn bounds_digit_count() {
        assert!(fold(&"1".repeat(MAX_DIGITS)).is_ok());
        assert_eq!(
            fold(&"1".repeat(MAX_DIGITS + 1)),
            Err(InvalidNumber::TooManyDigits { max: MAX_DIGITS })
        );
    }
}
