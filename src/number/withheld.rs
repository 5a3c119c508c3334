//! Withheld callers: the labels phones, carriers and VoIP gateways show instead of a number.
//!
//! A withheld caller is not an error: it is a fact about the call (`CallerId::Withheld`) that
//! the verdict reports as such. Matching ignores case and any spaces, dashes, underscores and
//! dots, so `Private Number`, `PRIVATE_NUMBER` and `private-number` are all the same label.

/// Labels, already folded (lower case, no spaces or punctuation), that mean "no number".
const LABELS: &[&str] = &[
    "anonymous",
    "anonymouscaller",
    "private",
    "privatenumber",
    "privatecaller",
    "unknown",
    "unknownnumber",
    "unknowncaller",
    "restricted",
    "restrictednumber",
    "withheld",
    "numberwithheld",
    "callerwithheld",
    "calleridwithheld",
    "blocked",
    "blockednumber",
    "nocallerid",
    "unavailable",
    "numberunavailable",
    "notavailable",
    "hidden",
    "hiddennumber",
    "presentationrestricted",
    // Chinese handset labels: unknown number, private number, hidden number.
    "未知号码",
    "未知來電",
    "未知来电",
    "私人号码",
    "隐藏号码",
    "号码隐藏",
    "无主叫号码",
];

/// The longest label in bytes; longer text is never a label (checked without allocating).
const MAX_LABEL_BYTES: usize = 48;

/// Whether `text` is one of the withheld-caller labels, in any case and spacing.
pub(super) fn is_label(text: &str) -> bool {
    // No label has a digit: a caller ID with one (every number) is answered without folding.
    if text.len() > MAX_LABEL_BYTES || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let folded: String = text
        .chars()
        .filter(|c| {
            !(c.is_whitespace()
                || matches!(
                    c,
                    '-' | '_' | '.' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
                ))
        })
        .flat_map(char::to_lowercase)
        .collect();
    LABELS.contains(&folded.as_str())
}

#[cfg(test)]
mod tests {
    use super::{is_label, LABELS};

    #[test]
    fn no_label_has_a_digit() {
        // `is_label` answers "no" at once for text with an ASCII digit.
        for label in LABELS {
            assert!(!label.chars().any(char::is_numeric), "{label}");
        }
    }

    #[test]
    fn recognises_labels_in_any_case_and_spacing() {
        for s in [
            "anonymous",
            "Anonymous",
            "ANONYMOUS",
            "private",
            "Private Number",
            "PRIVATE_NUMBER",
            "unknown",
            "Restricted",
            "withheld",
            "Number Withheld",
            "No Caller ID",
            "未知号码",
        ] {
            assert!(is_label(s), "{s}");
        }
    }

    #[test]
    fn does_not_take_other_text_for_a_label() {
        for s in ["anonymous1", "privat", "95188", "call me", "unknownx", ""] {
            assert!(!is_label(s), "{s}");
        }
        assert!(!is_label(&"anonymous".repeat(10)));
    }

    #[test]
    fn labels_are_folded_and_fit_the_bound() {
        for l in super::LABELS {
            assert!(l.len() <= super::MAX_LABEL_BYTES);
            assert_eq!(l.to_lowercase(), *l);
            assert!(!l.contains(' '));
        }
    }
}
