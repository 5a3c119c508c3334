//! The call notice as it appears in JSON (schema 1) and the checks on its fields that need no
//! registry and no clock: the id, the reasons, the agent, the times and the window.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::NoticeError;
use crate::registry::parse_utc;

/// The only notice schema this build understands.
pub const NOTICE_SCHEMA: u32 = 1;

/// Longest window a notice may announce: 24 hours.
pub const MAX_WINDOW_SECS: i64 = 24 * 3600;

/// Longest reason (and agent name), in characters (Unicode scalar values), per language.
pub const MAX_REASON_CHARS: usize = 100;

/// Reason languages every notice must carry.
pub const REQUIRED_REASON_LANGUAGES: [&str; 2] = ["zh-Hans", "en"];

/// Longest notice id, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// A call notice: a provider's signed announcement that it will call one person from one of
/// its official numbers within a window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeDoc {
    /// Schema version; must equal [`NOTICE_SCHEMA`].
    pub schema: u32,
    /// The registry series whose keys sign it (`"callguard-demo"`).
    pub registry_id: String,
    /// The provider announcing the call (registry id, `"alipay"`).
    pub provider: String,
    /// Unique id: 1–64 characters of `A-Z a-z 0-9 . _ : -`; 32 hex digits (128 random bits)
    /// when the signer gives none.
    pub id: String,
    /// The number the call comes from, as the registry lists it: E.164 (`+18882211161`) or a
    /// short code (`95188`, with `region`).
    pub from: String,
    /// The region of a short code in `from` (`"CN"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The callee, bound without being revealed: [`super::callee_sha256`] of the id and the
    /// callee's E.164 number.
    pub callee_sha256: String,
    /// Start of the window, `YYYY-MM-DDTHH:MM:SSZ`.
    pub not_before: String,
    /// End of the window (after `not_before`, at most [`MAX_WINDOW_SECS`] later).
    pub not_after: String,
    /// What the call is about, by BCP 47 tag: `zh-Hans` and `en` required, each at most
    /// [`MAX_REASON_CHARS`] characters.
    pub reason: BTreeMap<String, String>,
    /// The name the caller will give (`"Agent Li"`), at most [`MAX_REASON_CHARS`] characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// When the notice was signed, `YYYY-MM-DDTHH:MM:SSZ` (for audit; not compared with the
    /// clock).
    pub issued_at: String,
}

/// The window of a notice in unix seconds, once its fields passed [`NoticeDoc::check_fields`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub(super) not_before: i64,
    pub(super) not_after: i64,
}

fn invalid(field: &'static str, why: impl Into<String>) -> NoticeError {
    NoticeError::InvalidField {
        field,
        why: why.into(),
    }
}

/// True for an id of 1–64 characters of `A-Z a-z 0-9 . _ : -`.
pub(super) fn is_notice_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl NoticeDoc {
    /// Checks every field that needs neither a registry nor a clock, and returns the window.
    pub(super) fn check_fields(&self) -> Result<Window, NoticeError> {
        if self.schema != NOTICE_SCHEMA {
            return Err(invalid(
                "schema",
                format!(
                    "schema {} is not supported (this build reads {NOTICE_SCHEMA})",
                    self.schema
                ),
            ));
        }
        if !is_notice_id(&self.id) {
            return Err(invalid(
                "id",
                "must be 1-64 characters of A-Z a-z 0-9 . _ : -",
            ));
        }
        if !is_sha256_hex(&self.callee_sha256) {
            return Err(invalid("callee_sha256", "must be 64 lower-case hex digits"));
        }
        for language in REQUIRED_REASON_LANGUAGES {
            if !self.reason.contains_key(language) {
                return Err(invalid("reason", format!("needs a {language:?} reason")));
            }
        }
        for (language, text) in &self.reason {
            check_text("reason", language, text)?;
        }
        if let Some(agent) = &self.agent {
            check_text("agent", "", agent)?;
        }
        let time = |field: &'static str, text: &str| {
            parse_utc(text).ok_or_else(|| invalid(field, "must be a UTC time YYYY-MM-DDTHH:MM:SSZ"))
        };
        time("issued_at", &self.issued_at)?;
        let not_before = time("not_before", &self.not_before)?;
        let not_after = time("not_after", &self.not_after)?;
        if not_after <= not_before {
            return Err(NoticeError::WindowInverted {
                not_before: self.not_before.clone(),
                not_after: self.not_after.clone(),
            });
        }
        if not_after - not_before > MAX_WINDOW_SECS {
            return Err(NoticeError::WindowTooLong {
                seconds: not_after - not_before,
            });
        }
        Ok(Window {
            not_before,
            not_after,
        })
    }
}

/// A reason or agent name: not blank, at most [`MAX_REASON_CHARS`] characters, no control
/// characters (a notice is shown on a ringing phone's screen).
fn check_text(field: &'static str, language: &str, text: &str) -> Result<(), NoticeError> {
    let which = if language.is_empty() {
        String::new()
    } else {
        format!("{language:?} ")
    };
    if text.trim().is_empty() {
        return Err(invalid(field, format!("{which}text is blank")));
    }
    let chars = text.chars().count();
    if chars > MAX_REASON_CHARS {
        return Err(invalid(
            field,
            format!("{which}text has {chars} characters, more than {MAX_REASON_CHARS}"),
        ));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(
            field,
            format!("{which}text has control characters"),
        ));
    }
    Ok(())
}
