//! Extensions written after a number: `… ext. 1234`, `… x12`, `…~12`, `… 503#`, `…,,12`,
//! `…;ext=12`, `… доб 12`, `… anexo 12`. The pattern is libphonenumber's parsing pattern
//! (`PhoneNumberUtil.createExtnPattern(true)`, Apache-2.0), anchored at the end of the text.
//!
//! An extension is a line behind the number's own exchange: the calling line is the number,
//! so the extension is dropped. Kept, its digits would run into the number's and could make
//! another valid number in plans of variable length (`030 1234567~89` in DE).

use std::sync::OnceLock;

use regex::Regex;

/// libphonenumber's extension pattern for parsing: the RFC 3966 form, explicit labels (up to 20
/// digits), ambiguous one-character labels (up to 9), the American `- 503#` form (up to 6),
/// auto-dialling commas or `;` (up to 15) and bare commas (up to 9).
const PATTERN: &str = concat!(
    r"(?i)(?:",
    r";ext=(\p{Nd}{1,20})",
    r"|[ \u{A0}\t,]*(?:e?xt(?:ensi(?:o\u{301}?|\u{F3}))?n?|\u{FF45}?\u{FF58}\u{FF54}\u{FF4E}?|\u{434}\u{43E}\u{431}|anexo)",
    r"[:\.\u{FF0E}]?[ \u{A0}\t,-]*(\p{Nd}{1,20})#?",
    r"|[ \u{A0}\t,]*(?:[x\u{FF58}#\u{FF03}~\u{FF5E}]|int|\u{FF49}\u{FF4E}\u{FF54})",
    r"[:\.\u{FF0E}]?[ \u{A0}\t,-]*(\p{Nd}{1,9})#?",
    r"|[- ]+(\p{Nd}{1,6})#",
    r"|[ \u{A0}\t]*(?:,{2}|;)[:\.\u{FF0E}]?[ \u{A0}\t,-]*(\p{Nd}{1,15})#?",
    r"|[ \u{A0}\t]*(?:,)+[:\.\u{FF0E}]?[ \u{A0}\t,-]*(\p{Nd}{1,9})#?",
    r")$"
);

/// Whether `c` can start or label an extension; text without any is returned untouched without
/// running the pattern (the common case: digits and separators only).
fn may_label(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '#' | '\u{FF03}' | '~' | '\u{FF5E}' | ',' | ';')
}

/// The text without a trailing extension, when what precedes it still holds at least two
/// digits (libphonenumber's viability condition); otherwise the text unchanged.
pub(super) fn strip(text: &str) -> &str {
    if !text.chars().any(may_label) {
        return text;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(PATTERN).expect("the extension pattern compiles"));
    match re.find(text) {
        Some(m) => {
            let head = &text[..m.start()];
            let digits = head
                .chars()
                .filter(|&c| super::fold::decimal_value(c).is_some());
            if digits.count() >= 2 {
                head
            } else {
                text
            }
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_every_form_libphonenumber_parses() {
        // Each case: python-phonenumbers 9.0.35 keeps the first part as the number and the rest
        // as the extension.
        for (text, number) in [
            ("650 253 0000 ext. 1234", "650 253 0000"),
            ("650 253 0000 extensión 12", "650 253 0000"),
            ("650 253 0000 Extensio\u{301}n 12", "650 253 0000"),
            ("650 253 0000 x1234", "650 253 0000"),
            ("650 253 0000 X 1234", "650 253 0000"),
            ("650 253 0000~1234", "650 253 0000"),
            ("650 253 0000 #12", "650 253 0000"),
            ("650 253 0000 - 503#", "650 253 0000"),
            ("650 253 0000 1234#", "650 253 0000"),
            ("650 253 0000,,12", "650 253 0000"),
            ("650 253 0000,12", "650 253 0000"),
            ("650 253 0000;ext=1234", "650 253 0000"),
            ("650 253 0000 доб 12", "650 253 0000"),
            ("650 253 0000 anexo 12", "650 253 0000"),
            ("650 253 0000 int 12", "650 253 0000"),
            ("030 1234567~89", "030 1234567"),
        ] {
            assert_eq!(strip(text), number, "{text}");
        }
    }

    #[test]
    fn leaves_numbers_without_an_extension_alone() {
        for text in [
            "650 253 0000",
            "8~10 44 20 7946 0000", // RU: wait for the dial tone after the trunk digit
            "650 253 0000 x1234567890", // ten digits after `x` is no extension (limit 9)
            "1-800-FLOWERS",        // letters that are no extension label stay, and fail
            "x12",                  // nothing left to be a number
        ] {
            assert_eq!(strip(text), text, "{text}");
        }
    }
}
