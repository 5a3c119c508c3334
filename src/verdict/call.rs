//! A call in context: what the phone knows beside the number (the time, the network's
//! caller-ID attestation, the name the call is displayed with) and the call notices the device
//! holds, applied to the verdict on the number.
//!
//! # Rules, in order (only an official number is affected)
//! 1. The displayed name (CNAM, Android's asserted display name, or the contact label the
//!    user saved), folded as the scanner folds text ([`crate::scan::fold_text`]), that equals
//!    a name or alias of a registry provider (optionally followed by 客服, 官方, "customer
//!    service", "support" or "official") is a claim to be that provider, unless a claim was
//!    given: a contact saved as "支付宝" with a scammer's number gives `claim_mismatch` or a
//!    `not_claimed_provider_number` reason, as a spoken claim does. Reason
//!    `display_name_claims_provider`.
//! 2. Network attestation failed → [`Verdict::Spoofed`] (`attestation_failed`).
//! 3. The number is `inbound_only` → [`Verdict::Spoofed`] (`inbound_only_number`).
//! 4. A verified notice of the number's provider, from this number, whose window covers the
//!    moment → [`Verdict::Expected`] (`announced_call`), with [`Check::expected_call`].
//! 5. The provider `announces_calls` and no notice matched → [`Verdict::Spoofed`]
//!    (`unannounced_call`).
//!
//! A notice never makes a number official: it is only consulted for a number the registry
//! already lists for the notice's provider.

use std::collections::HashMap;

use compact_str::format_compact;
use serde::Serialize;

use super::{check, reason, Check, CheckOptions, Verdict};
use crate::notice::{ExpectedCall, NoticeTable};
use crate::number::{self, Region, ShortCode};
use crate::registry::{OfficialRef, Registry};
use crate::signing::VerifiedRegistry;

/// The network's verdict on the caller ID (STIR/SHAKEN and its kin).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Attestation {
    /// The network verified the caller ID (`TN-Validation-Passed`, Android status 1).
    Passed,
    /// The network found the caller ID false (`TN-Validation-Failed`, Android status 2).
    Failed,
    /// The network did not verify it (`No-TN-Validation`, Android status 0).
    NotVerified,
}

impl Attestation {
    /// From Android's `Call.Details.getCallerNumberVerificationStatus()`: 0 not verified,
    /// 1 passed, 2 failed; any other value is `None`.
    pub fn from_android_status(status: i32) -> Option<Attestation> {
        match status {
            0 => Some(Attestation::NotVerified),
            1 => Some(Attestation::Passed),
            2 => Some(Attestation::Failed),
            _ => None,
        }
    }

    /// From a SIP `verstat` value (`TN-Validation-Passed`, `TN-Validation-Failed`,
    /// `No-TN-Validation`, with the `-A`/`-B`/`-C` some carriers add), case-insensitive, with
    /// or without a leading `verstat=`; anything else is `None`.
    pub fn from_verstat(text: &str) -> Option<Attestation> {
        let t = text.trim().to_ascii_lowercase();
        let t = t.strip_prefix("verstat=").unwrap_or(&t);
        let base = ["-a", "-b", "-c"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(t);
        match base {
            "tn-validation-passed" => Some(Attestation::Passed),
            "tn-validation-failed" => Some(Attestation::Failed),
            "no-tn-validation" => Some(Attestation::NotVerified),
            _ => None,
        }
    }

    /// From the CLI's words `passed`, `failed`, `not-verified` (or `not_verified`).
    pub fn parse(text: &str) -> Option<Attestation> {
        match text {
            "passed" => Some(Attestation::Passed),
            "failed" => Some(Attestation::Failed),
            "not-verified" | "not_verified" => Some(Attestation::NotVerified),
            _ => None,
        }
    }
}

/// What the phone knows about a call beside the number (`CallContext` in Kotlin and Swift,
/// every field optional).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallContext {
    /// The moment of the call, unix seconds (`None`: now).
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub at: Option<i64>,
    /// The network's attestation of the caller ID, when the phone has one.
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub attestation: Option<Attestation>,
    /// The name the call is displayed with: CNAM, an asserted display name, or the contact
    /// label the user saved.
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub display_name: Option<String>,
}

/// Provider names and aliases, folded as the scanner folds text, for recognising a displayed
/// name as a claim. Built once per registry.
#[derive(Clone, Debug, Default)]
pub struct ProviderNames {
    by_name: HashMap<String, String>,
}

/// Words a display name may add after a provider's name and still be that name.
const NAME_SUFFIXES: [&str; 6] = [
    "官方客服",
    "客服",
    "官方",
    "customer service",
    "support",
    "official",
];

fn fold_name(text: &str) -> String {
    let folded = crate::scan::fold_text(text);
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl ProviderNames {
    /// The folded names and aliases of every provider of `registry` (a name two providers
    /// share names neither).
    pub fn new(registry: &Registry) -> ProviderNames {
        let mut by_name: HashMap<String, String> = HashMap::new();
        let mut shared = Vec::new();
        for p in &registry.doc().providers {
            for name in p.all_names() {
                let key = fold_name(name);
                if key.is_empty() {
                    continue;
                }
                match by_name.get(&key) {
                    Some(other) if other != &p.id => shared.push(key),
                    _ => {
                        by_name.insert(key, p.id.clone());
                    }
                }
            }
        }
        for key in shared {
            by_name.remove(&key);
        }
        ProviderNames { by_name }
    }

    /// The provider a displayed name names, if it is one of its names or aliases (see the
    /// module docs for the suffixes allowed).
    pub fn claim(&self, display_name: &str) -> Option<&str> {
        if display_name.len() > 256 {
            return None;
        }
        let folded = fold_name(display_name);
        if let Some(id) = self.by_name.get(&folded) {
            return Some(id);
        }
        NAME_SUFFIXES.iter().find_map(|suffix| {
            let stem = folded.strip_suffix(suffix)?.trim_end();
            self.by_name.get(stem).map(String::as_str)
        })
    }
}

/// The official number a check found (its verdict is official), looked up again to read what
/// the registry says about it.
fn official_of<'r>(registry: &'r Registry, c: &Check) -> Option<OfficialRef<'r>> {
    let normalized = c.normalized.as_deref()?;
    if normalized.starts_with('+') {
        registry.lookup_e164(number::canonical_e164(normalized)?)
    } else {
        let region = Region::parse(c.region.as_deref()?)?;
        registry.lookup_short_code(&ShortCode {
            region,
            digits: normalized.to_owned(),
        })
    }
}

/// Judges a caller in context: [`check`], then the rules of the module docs with `context` and
/// the verified `notices` the device holds (for its own number). `at` defaults to the system
/// clock.
pub fn check_call(
    registry: &VerifiedRegistry,
    raw: &str,
    options: &CheckOptions,
    context: &CallContext,
    notices: &NoticeTable,
    names: &ProviderNames,
) -> Check {
    let name_claim = match (&options.claimed, &context.display_name) {
        (None, Some(shown)) => names.claim(shown),
        _ => None,
    };
    let mut answer = match name_claim {
        Some(id) => {
            let options = CheckOptions {
                region: options.region,
                claimed: Some(id.to_owned()),
            };
            check(registry, raw, &options)
        }
        None => check(registry, raw, options),
    };
    if let (Some(id), Some(shown)) = (name_claim, &context.display_name) {
        let name = registry
            .provider(id)
            .map_or(id.to_owned(), |p| p.display_name());
        answer.reasons.push(reason(
            "display_name_claims_provider",
            format_compact!(
                "The call is shown as {shown:?}, a name of {name}: that is a claim to be {name}."
            ),
        ));
    }
    if answer.verdict != Verdict::Official {
        return answer;
    }
    let Some(found) = official_of(registry, &answer) else {
        return answer;
    };
    let provider = found.provider;
    let name = provider.display_name();
    let shown = answer.normalized.clone().unwrap_or_default();
    let callback = answer.official_numbers.join(" or ");
    let spoofed = |code: &'static str, why: String| -> (Verdict, super::Reason) {
        (
            Verdict::Spoofed,
            reason(
                code,
                format_compact!(
                    "{why} It is not {name} calling: hang up and call {callback} yourself."
                ),
            ),
        )
    };
    let at = context.at.unwrap_or_else(crate::signing::now_unix);
    let (verdict, headline) = if context.attestation == Some(Attestation::Failed) {
        spoofed(
            "attestation_failed",
            format!("{shown} is an official number of {name}, but the network reports the caller ID as false (attestation failed)."),
        )
    } else if provider.inbound_only_of(found.number) {
        spoofed(
            "inbound_only_number",
            format!("{shown} is an official number of {name} that only receives calls; no call comes from it."),
        )
    } else if let Some(notice) = notices.covering(&provider.id, &found.number.number, at) {
        let call = notice.expected_call();
        let r = reason(
            "announced_call",
            format_compact!(
                "{name} announced this call from {shown} between {} and {}: {}.{} Even so, never give a code, password or card details.",
                call.not_before,
                call.not_after,
                call.reason.en,
                call.agent
                    .as_deref()
                    .map(|a| format!(" The caller will give the name {a}."))
                    .unwrap_or_default()
            ),
        );
        answer.expected_call = Some(Box::new(call));
        (Verdict::Expected, r)
    } else if provider.announces_calls {
        spoofed(
            "unannounced_call",
            format!("{shown} is an official number of {name}, and {name} announces every call it makes in its app, but no notice announces this one."),
        )
    } else {
        return answer;
    };
    answer.verdict = verdict;
    answer.reasons.retain(|r| r.code != "official_number");
    answer.reasons.insert(0, headline);
    answer
}

/// Whether a provider has announced a call for a moment: what a wallet app shows while the
/// user is on a call ("Alipay is not calling you").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallingStatus {
    /// The provider's registry id.
    pub provider: String,
    /// True when a notice the device holds announces a call by it covering the moment.
    pub calling: bool,
    /// True when the provider commits to announcing every call (so `calling == false` means
    /// any call claiming to be it is not).
    pub announces_calls: bool,
    /// The announced calls covering the moment.
    pub calls: Vec<ExpectedCall>,
}

/// Whether `provider` has announced a call covering `at` (unix seconds), from the notices the
/// device holds; `None` when the registry has no such provider.
pub fn calling_status(
    registry: &VerifiedRegistry,
    notices: &NoticeTable,
    provider: &str,
    at: i64,
) -> Option<CallingStatus> {
    let p = registry.provider(provider)?;
    let calls = notices.announced_by(provider, at);
    Some(CallingStatus {
        provider: p.id.clone(),
        calling: !calls.is_empty(),
        announces_calls: p.announces_calls,
        calls,
    })
}
