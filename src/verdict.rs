//! Verdicts: what a caller number is, judged against a registry.
//!
//! SKELETON: the result types are the contract (`callguard check --json` and the FFI mirror
//! them); the owner of this module fills in `check`.

use serde::Serialize;

use crate::number::Region;
use crate::registry::Registry;

/// The verdict on a caller number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// An official number of the provider (or of the claimed provider).
    Official,
    /// An official number, but of another provider than the caller claims to be.
    ClaimMismatch,
    /// Resembles an official number (a digit off, transposed, padded, short code behind a `+`).
    Lookalike,
    /// A valid number that resembles nothing official.
    Unknown,
    /// The caller withheld the number.
    Withheld,
    /// Not a phone number.
    Invalid,
}

/// A machine-readable reason with a human message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Stable snake_case code (`"official_number"`, `"one_digit_substituted"`, …).
    pub code: String,
    /// One sentence for a person.
    pub message: String,
}

/// The full answer to "who is calling?" (the `callguard check --json` contract).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The raw input as given.
    pub input: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Registry id of the provider the number belongs to or resembles.
    pub provider: Option<String>,
    /// E.164, or the short code's digits, or `None` when withheld or invalid.
    pub normalized: Option<String>,
    /// The region of a short code, or of the number's country.
    pub region: Option<String>,
    /// The official numbers to call back instead (E.164 or short codes).
    pub official_numbers: Vec<String>,
    /// Why; never empty.
    pub reasons: Vec<Reason>,
}

/// Options for [`check`].
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Region used to interpret national formats and short codes.
    pub region: Option<Region>,
    /// Provider id the caller claims to be (`"alipay"`).
    pub claimed: Option<String>,
}

/// Judges a raw caller ID against a registry.
pub fn check(_registry: &Registry, raw: &str, _options: &CheckOptions) -> Check {
    // SKELETON
    Check {
        input: raw.to_string(),
        verdict: Verdict::Unknown,
        provider: None,
        normalized: None,
        region: None,
        official_numbers: vec![],
        reasons: vec![Reason {
            code: "not_implemented".into(),
            message: "skeleton".into(),
        }],
    }
}
