//! The scam-indicator scanner: folds text against obfuscation, matches lexicons per language
//! with automata, tells requests from mentions, and streams over live transcripts.
//!
//! SKELETON: the indicator types are the contract (`assess`, the CLI and the FFI use them);
//! the owner of this module fills in scanning.

use serde::Serialize;

/// What kind of scam signal a span of text carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// Asks the listener to reveal a secret (see [`SecretKind`]).
    CredentialRequest,
    /// Asks to install remote-control software or hand over control.
    RemoteAccess,
    /// Asks to share the screen.
    ScreenShare,
    /// Asks to move money to a "safe" or designated account.
    SafeAccountTransfer,
    /// Pushes a link, QR code or app install.
    LinkOrAppInstall,
    /// Lures with a refund, compensation or reward.
    RefundOrCompensationLure,
    /// Time pressure, account-risk alarms, threats.
    UrgencyOrThreat,
    /// Asks to keep the conversation secret.
    Secrecy,
    /// Claims to be a provider (named by registry id in `provider`).
    ImpersonationClaim,
}

/// The secret a credential request asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    Password,
    VerificationCode,
    Pin,
    CardNumber,
    Cvv,
    IdNumber,
    BankAccount,
    OtherSecret,
}

/// One indicator found in a text, with its span in the original (unfolded) text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// What was found.
    pub kind: IndicatorKind,
    /// For a credential request, the secret asked for.
    pub secret: Option<SecretKind>,
    /// For an impersonation claim, the registry id of the provider claimed.
    pub provider: Option<String>,
    /// Byte offsets into the original text (Rust strings).
    pub start: usize,
    pub end: usize,
    /// UTF-16 code-unit offsets into the original text (Kotlin, Swift, JavaScript UIs).
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// The original text of the span.
    pub excerpt: String,
}

/// Scans a whole text for indicators, in order of position.
pub fn scan(_text: &str) -> Vec<Indicator> {
    Vec::new() // SKELETON
}
