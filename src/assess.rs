//! The assessment: a verdict on the caller's number plus the indicators found in what the
//! caller says or writes → a risk level, the reasons for it, and short advice in zh-Hans and en
//! that names the official number to call back.
//!
//! The rules, in order of strength (the highest that applies wins):
//! - any credential request → `high`, even from an official number: caller ID can be spoofed,
//!   and no real agent asks for a password, code, PIN or card data;
//! - remote access, screen sharing or a "safe account" transfer → `high`;
//! - a text claiming provider X while the number is not X's official number → `high` if the
//!   text also asks for anything (a secret, a link or app, remote access, a transfer), else `medium`;
//! - a lookalike number or a claim mismatch → at least `medium`, `high` with any indicator;
//! - a pushed link or app install, or two kinds of pressure (urgency, secrecy, lures) → `medium`;
//! - a spoofed number (an official number whose attestation failed, an inbound-only number, or
//!   an unannounced call from a provider that announces every call) → `high`, with advice
//!   naming the official number to call back;
//! - one kind of pressure, a withheld or invalid number → `low`; otherwise `none`.
//!
//! An expected call (an official number with a notice covering the moment) adds no risk from
//! the number; what the text asks for still counts (even an announced call never asks for
//! your code).

use compact_str::{format_compact, CompactString};
use serde::Serialize;

use crate::notice::NoticeTable;
use crate::registry::Registry;
use crate::scan::{Indicator, IndicatorKind};
use crate::signing::VerifiedRegistry;
use crate::verdict::{self, CallContext, Check, CheckOptions, ProviderNames, Reason, Verdict};

/// How risky a call or message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Nothing suspicious was found.
    None,
    /// A weak signal: worth a second look.
    Low,
    /// A clear scam pattern, short of a request for secrets.
    Medium,
    /// A request for secrets, control of the phone or money, or a spoofing pattern with a request.
    High,
}

/// Short advice for the person on the phone, in each supported language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Advice {
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// English.
    pub en: String,
}

/// The combined judgement on a call or message (the `callguard assess --json` contract).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The overall risk.
    pub risk: Risk,
    /// The verdict on the caller's number.
    pub verdict: Check,
    /// What the text asks for or pushes, in order of position.
    pub indicators: Vec<Indicator>,
    /// Why the risk is what it is; never empty.
    pub reasons: Vec<Reason>,
    /// What to do, naming the official number to call back where one is known.
    pub advice: Advice,
}

/// Kinds of indicator that ask the person to do something a scammer needs.
const ASKS: [IndicatorKind; 5] = [
    IndicatorKind::CredentialRequest,
    IndicatorKind::RemoteAccess,
    IndicatorKind::ScreenShare,
    IndicatorKind::SafeAccountTransfer,
    IndicatorKind::LinkOrAppInstall,
];

/// Kinds of indicator that only put pressure on the person.
const PRESSURE: [IndicatorKind; 3] = [
    IndicatorKind::UrgencyOrThreat,
    IndicatorKind::Secrecy,
    IndicatorKind::RefundOrCompensationLure,
];

/// The provider a text claims to speak for (its first impersonation claim naming a registry id).
/// Passed as the claimed provider when checking the number, so that an official number of
/// another provider becomes `claim_mismatch`.
pub fn claimed_provider(indicators: &[Indicator]) -> Option<&str> {
    indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::ImpersonationClaim)
        .find_map(|i| i.provider.as_deref())
}

/// Assesses a call or message end to end from the caller's raw number and the indicators
/// scanned from its text: the number is checked against the provider the text claims to be
/// (unless `options` names one), then both are combined by [`assess`].
pub fn assess_call(
    registry: &VerifiedRegistry,
    from: &str,
    options: &CheckOptions,
    indicators: Vec<Indicator>,
) -> Assessment {
    let mut options = options.clone();
    if options.claimed.is_none() {
        options.claimed = claimed_provider(&indicators).map(str::to_string);
    }
    let check = verdict::check(registry, from, &options);
    assess(registry, check, options.claimed.as_deref(), indicators)
}

/// [`assess_call`] for a call in context: the number is judged by
/// [`verdict::check_call`] with the call's context and the notices the device holds.
pub fn assess_call_in_context(
    registry: &VerifiedRegistry,
    from: &str,
    options: &CheckOptions,
    context: &CallContext,
    notices: &NoticeTable,
    names: &ProviderNames,
    indicators: Vec<Indicator>,
) -> Assessment {
    let mut options = options.clone();
    if options.claimed.is_none() {
        options.claimed = claimed_provider(&indicators).map(str::to_string);
    }
    let check = verdict::check_call(registry, from, &options, context, notices, names);
    // A claim made by the displayed name counts like one made in the text.
    let claimed = options.claimed.clone().or_else(|| {
        check
            .reasons
            .iter()
            .any(|r| r.code == "display_name_claims_provider")
            .then(|| {
                context
                    .display_name
                    .as_deref()
                    .and_then(|n| names.claim(n))
                    .map(str::to_owned)
            })
            .flatten()
    });
    assess(registry, check, claimed.as_deref(), indicators)
}

/// Combines the verdict on the number with the indicators in the text. `claimed` is the
/// provider the caller claims to be (said in the text or reported by the app); `registry`
/// supplies its names and official numbers.
pub fn assess(
    registry: &VerifiedRegistry,
    verdict: Check,
    claimed: Option<&str>,
    indicators: Vec<Indicator>,
) -> Assessment {
    let has = |kind: IndicatorKind| indicators.iter().any(|i| i.kind == kind);
    let asks = ASKS.iter().any(|&k| has(k));

    let mut risk = Risk::None;
    let mut reasons = Vec::new();
    let mut raise = |to: Risk, code: &'static str, message: CompactString| {
        risk = risk.max(to);
        reasons.push(Reason {
            code: CompactString::const_new(code),
            message,
        });
    };

    indicator_rules(&indicators, &mut raise);
    if let Some(id) = claimed {
        let number_is_theirs = matches!(verdict.verdict, Verdict::Official | Verdict::Expected)
            && verdict.provider.as_deref() == Some(id);
        if !number_is_theirs {
            let name = provider_name(registry, id, "en");
            let (to, message) = if asks {
                (Risk::High, format_compact!("The text claims to be {name} and asks for something, but the number is not an official {name} number."))
            } else {
                (Risk::Medium, format_compact!("The text claims to be {name}, but the number is not an official {name} number."))
            };
            raise(to, "claim_not_backed_by_number", message);
        }
    }
    if matches!(verdict.verdict, Verdict::Lookalike | Verdict::ClaimMismatch) {
        let to = if indicators.is_empty() {
            Risk::Medium
        } else {
            Risk::High
        };
        let code = if verdict.verdict == Verdict::Lookalike {
            "lookalike_number"
        } else {
            "claim_mismatch"
        };
        let message = verdict
            .reasons
            .first()
            .map(|r| r.message.clone())
            .unwrap_or_else(|| "The number imitates an official number.".into());
        raise(to, code, message);
    }
    match verdict.verdict {
        Verdict::Spoofed => {
            let message = verdict
                .reasons
                .first()
                .map(|r| r.message.clone())
                .unwrap_or_else(|| "The number is official, but this call is not.".into());
            raise(Risk::High, "spoofed_number", message)
        }
        Verdict::Expected => {
            let message = verdict
                .reasons
                .first()
                .map(|r| r.message.clone())
                .unwrap_or_else(|| "The provider announced this call.".into());
            raise(Risk::None, "announced_call", message)
        }
        Verdict::Withheld => raise(
            Risk::Low,
            "number_withheld",
            "The caller withheld their number; official callbacks show their number.".into(),
        ),
        Verdict::Invalid => raise(
            Risk::Low,
            "number_invalid",
            "The caller ID is not a valid phone number, a sign of spoofing.".into(),
        ),
        _ => {}
    }
    if reasons.is_empty() {
        reasons.push(Reason {
            code: "nothing_suspicious".into(),
            message: "Nothing suspicious was found in the number or the text.".into(),
        });
    }

    let advice = advise(registry, risk, &verdict, claimed);
    Assessment {
        risk,
        verdict,
        indicators,
        reasons,
        advice,
    }
}

/// The rules that need only the text: requests for secrets, control or money, pushed links,
/// and pressure. Each rule that applies calls `raise(risk, code, message)`.
fn indicator_rules(
    indicators: &[Indicator],
    raise: &mut impl FnMut(Risk, &'static str, CompactString),
) {
    let has = |kind: IndicatorKind| indicators.iter().any(|i| i.kind == kind);
    let pressure_kinds = PRESSURE.iter().filter(|&&k| has(k)).count();
    if has(IndicatorKind::CredentialRequest) {
        raise(
            Risk::High,
            "asks_for_secret",
            "The text asks for a secret (password, code, PIN, card or ID data); no real agent ever does, even from an official number, since caller ID can be spoofed.".into(),
        );
    }
    if has(IndicatorKind::RemoteAccess) || has(IndicatorKind::ScreenShare) {
        raise(
            Risk::High,
            "asks_for_control",
            "The text asks for remote access or screen sharing, which exposes every code and password on the phone.".into(),
        );
    }
    if has(IndicatorKind::SafeAccountTransfer) {
        raise(
            Risk::High,
            "asks_for_transfer",
            "The text asks to move money to a designated \"safe\" account; providers never do."
                .into(),
        );
    }
    if has(IndicatorKind::LinkOrAppInstall) {
        raise(
            Risk::Medium,
            "pushes_link_or_app",
            "The text pushes a link, QR code or app install; official apps come from the app store, not from a caller.".into(),
        );
    }
    match pressure_kinds {
        0 => {}
        1 => raise(
            Risk::Low,
            "pressure",
            "The text uses pressure (urgency, secrecy or a refund lure).".into(),
        ),
        _ => raise(
            Risk::Medium,
            "pressure",
            "The text combines several pressure tactics (urgency, secrecy, refund lures).".into(),
        ),
    }
}

/// The judgement on a text alone, with no caller number (the `callguard scan --json`
/// contract): for a message filter, or before the sender is known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextAssessment {
    /// The risk of the text on its own.
    pub risk: Risk,
    /// What the text asks for or pushes, in order of position.
    pub indicators: Vec<Indicator>,
}

/// Rates a text's indicators on their own, with no caller number.
pub fn assess_text(indicators: Vec<Indicator>) -> TextAssessment {
    let mut risk = Risk::None;
    indicator_rules(&indicators, &mut |to, _, _| risk = risk.max(to));
    TextAssessment { risk, indicators }
}

/// The provider a call back should go to and the numbers to call it on (at most
/// [`crate::registry::MAX_CALLBACK_NUMBERS`], voice numbers for people first): the claimed
/// provider's when the text claims one, else the provider the number belongs to or imitates.
fn callback_target<'a>(
    registry: &'a Registry,
    verdict: &'a Check,
    claimed: Option<&'a str>,
) -> Option<(&'a str, Vec<String>)> {
    if let Some((id, index)) = claimed.and_then(|id| Some((id, registry.provider_index(id)?))) {
        // The same capped, voice-first list a verdict offers: scammer-controlled text naming a
        // provider of a million numbers must not cost more than the cap.
        return Some((id, strings(&registry.text(index).callback)));
    }
    let id = verdict.provider.as_deref()?;
    Some((id, strings(&verdict.official_numbers)))
}

fn strings(numbers: &[CompactString]) -> Vec<String> {
    numbers.iter().map(|n| n.to_string()).collect()
}

fn provider_name(registry: &Registry, id: &str, lang: &str) -> String {
    registry
        .provider(id)
        .map_or(id, |p| p.name_in(lang))
        .to_string()
}

fn advise(registry: &Registry, risk: Risk, verdict: &Check, claimed: Option<&str>) -> Advice {
    let target = callback_target(registry, verdict, claimed);
    let (zh_call, en_call) = match &target {
        Some((id, numbers)) if !numbers.is_empty() => {
            let list = numbers.join(" / ");
            (
                format!(
                    "请自行拨打{}官方号码 {list} 核实。",
                    provider_name(registry, id, "zh-Hans")
                ),
                format!(
                    "Call {}'s official number {list} yourself to check.",
                    provider_name(registry, id, "en")
                ),
            )
        }
        _ => (
            "请自行拨打官方App或银行卡背面印的号码核实。".to_string(),
            "Call the number in the official app or on the back of your card yourself to check."
                .to_string(),
        ),
    };
    let (zh_spoof, en_spoof) = match (&verdict.verdict, verdict.provider.as_deref()) {
        (Verdict::Spoofed, Some(id)) => (
            format!(
                "来电显示为{0}的号码，但这不是{0}打来的。",
                provider_name(registry, id, "zh-Hans")
            ),
            format!(
                "This call shows {0}'s number, but it is not {0}. ",
                provider_name(registry, id, "en")
            ),
        ),
        _ => (String::new(), String::new()),
    };
    match risk {
        Risk::High => Advice {
            zh_hans: format!("{zh_spoof}立即挂断，不要透露任何密码、验证码或卡号，不要转账或共享屏幕。{zh_call}"),
            en: format!("{en_spoof}Hang up now. Do not share any password, code or card number, and do not transfer money or share your screen. {en_call}"),
        },
        Risk::Medium => Advice {
            zh_hans: format!("小心，这很像诈骗。不要点链接或按对方指示操作。{zh_call}"),
            en: format!("Be careful: this looks like a scam. Do not follow links or instructions from the caller. {en_call}"),
        },
        Risk::Low => Advice {
            zh_hans: format!("保持警惕，任何人索要密码或验证码都是诈骗。{zh_call}"),
            en: format!("Stay alert: anyone asking for a password or code is a scammer. {en_call}"),
        },
        Risk::None => Advice {
            zh_hans: "未发现可疑迹象。真正的客服绝不会索要密码或验证码。".to_string(),
            en: "Nothing suspicious found. Real agents never ask for passwords or codes.".to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::SecretKind;
    use crate::signing::VerifiedRegistry;

    fn registry() -> &'static VerifiedRegistry {
        use std::sync::OnceLock;
        static R: OnceLock<VerifiedRegistry> = OnceLock::new();
        R.get_or_init(VerifiedRegistry::bundled)
    }

    fn indicator(kind: IndicatorKind, provider: Option<&str>) -> Indicator {
        Indicator {
            kind,
            secret: (kind == IndicatorKind::CredentialRequest)
                .then_some(SecretKind::VerificationCode),
            provider: provider.map(str::to_string),
            start: 0,
            end: 1,
            start_utf16: 0,
            end_utf16: 1,
            excerpt: "x".into(),
        }
    }

    fn check(raw: &str, region: &str, claimed: Option<&str>) -> Check {
        let options = CheckOptions {
            region: crate::number::Region::parse(region),
            claimed: claimed.map(str::to_string),
        };
        verdict::check(registry(), raw, &options)
    }

    fn codes(a: &Assessment) -> Vec<&str> {
        a.reasons.iter().map(|r| r.code.as_str()).collect()
    }

    #[test]
    fn credential_request_is_high_even_from_an_official_number() {
        let official = check("95188", "CN", None);
        assert_eq!(official.verdict, Verdict::Official);
        let a = assess(
            registry(),
            official,
            None,
            vec![indicator(IndicatorKind::CredentialRequest, None)],
        );
        assert_eq!(a.risk, Risk::High);
        assert!(codes(&a).contains(&"asks_for_secret"));
        assert!(
            a.advice.en.contains("95188"),
            "advice names the number: {}",
            a.advice.en
        );
        assert!(a.advice.zh_hans.contains("95188"));
    }

    #[test]
    fn official_number_and_a_harmless_text_is_no_risk() {
        let a = assess(registry(), check("95188", "CN", None), None, vec![]);
        assert_eq!(a.risk, Risk::None);
        assert_eq!(codes(&a), ["nothing_suspicious"]);
    }

    #[test]
    fn lookalike_is_at_least_medium_and_high_with_any_indicator() {
        let lookalike = check("+95 188 1234 567", "CN", None);
        assert_eq!(lookalike.verdict, Verdict::Lookalike);
        let bare = assess(registry(), lookalike.clone(), None, vec![]);
        assert_eq!(bare.risk, Risk::Medium);
        assert!(codes(&bare).contains(&"lookalike_number"));
        let pushed = assess(
            registry(),
            lookalike,
            None,
            vec![indicator(IndicatorKind::UrgencyOrThreat, None)],
        );
        assert_eq!(pushed.risk, Risk::High);
    }

    #[test]
    fn claim_mismatch_is_at_least_medium() {
        let mismatch = check("95017", "CN", Some("alipay"));
        assert_eq!(mismatch.verdict, Verdict::ClaimMismatch);
        let a = assess(registry(), mismatch, None, vec![]);
        assert!(a.risk >= Risk::Medium);
    }

    #[test]
    fn claim_not_backed_by_the_number_is_high_when_it_asks_for_anything() {
        let claim = indicator(IndicatorKind::ImpersonationClaim, Some("alipay"));
        let link = indicator(IndicatorKind::LinkOrAppInstall, None);
        let a = assess_call(
            registry(),
            "+8613800138000",
            &CheckOptions::default(),
            vec![claim.clone(), link],
        );
        assert_eq!(a.risk, Risk::High);
        assert!(codes(&a).contains(&"claim_not_backed_by_number"));
        assert!(
            a.advice.en.contains("95188"),
            "advises Alipay's number: {}",
            a.advice.en
        );

        let only_claim = assess_call(
            registry(),
            "+8613800138000",
            &CheckOptions::default(),
            vec![claim],
        );
        assert_eq!(only_claim.risk, Risk::Medium);
    }

    #[test]
    fn claim_backed_by_the_providers_own_number_adds_no_risk() {
        let claim = indicator(IndicatorKind::ImpersonationClaim, Some("alipay"));
        let options = CheckOptions {
            region: crate::number::Region::parse("CN"),
            claimed: None,
        };
        let a = assess_call(registry(), "95188", &options, vec![claim]);
        assert_eq!(a.verdict.verdict, Verdict::Official);
        assert_eq!(a.risk, Risk::None);
    }

    #[test]
    fn a_text_claim_turns_another_providers_number_into_a_claim_mismatch() {
        let claim = indicator(IndicatorKind::ImpersonationClaim, Some("alipay"));
        let options = CheckOptions {
            region: crate::number::Region::parse("CN"),
            claimed: None,
        };
        let a = assess_call(registry(), "95017", &options, vec![claim]);
        assert_eq!(a.verdict.verdict, Verdict::ClaimMismatch);
        assert!(a.risk >= Risk::Medium);
    }

    #[test]
    fn control_and_transfer_requests_are_high() {
        for kind in [
            IndicatorKind::RemoteAccess,
            IndicatorKind::ScreenShare,
            IndicatorKind::SafeAccountTransfer,
        ] {
            let a = assess(
                registry(),
                check("+8613800138000", "CN", None),
                None,
                vec![indicator(kind, None)],
            );
            assert_eq!(a.risk, Risk::High, "{kind:?}");
        }
    }

    #[test]
    fn pressure_alone_is_low_and_combined_pressure_medium() {
        let unknown = check("+8613800138000", "CN", None);
        let one = assess(
            registry(),
            unknown.clone(),
            None,
            vec![indicator(IndicatorKind::UrgencyOrThreat, None)],
        );
        assert_eq!(one.risk, Risk::Low);
        let two = assess(
            registry(),
            unknown,
            None,
            vec![
                indicator(IndicatorKind::UrgencyOrThreat, None),
                indicator(IndicatorKind::Secrecy, None),
            ],
        );
        assert_eq!(two.risk, Risk::Medium);
    }

    #[test]
    fn withheld_caller_is_low() {
        let a = assess(registry(), check("anonymous", "CN", None), None, vec![]);
        assert_eq!(a.verdict.verdict, Verdict::Withheld);
        assert_eq!(a.risk, Risk::Low);
        assert!(
            a.advice.en.contains("official app"),
            "generic call-back advice: {}",
            a.advice.en
        );
    }
}
