//! Verdicts: what a caller number is, judged against a verified registry.
//!
//! # How [`check`] decides
//! 1. **Fast path.** Canonical E.164 text (`+18882211161`) is probed in the index directly
//!    ([`crate::number::canonical_e164`]); a hit is an official number, with no parse at all.
//! 2. Otherwise the input is normalized ([`crate::number::normalize`]):
//!    - withheld → [`Verdict::Withheld`];
//!    - an official number or short code → [`Verdict::Official`], or
//!      [`Verdict::ClaimMismatch`] when it belongs to another provider than the one claimed;
//!    - otherwise the lookalike search ([`Registry::lookalikes_international`],
//!      [`Registry::lookalikes_short_code`]) → [`Verdict::Lookalike`], or else
//!      [`Verdict::Unknown`].
//! 3. **Invalid input is searched too.** `+95188`, `0095188` or `+1 888 221 11610` are not
//!    valid numbers, but they *are* disguises of official ones, and "this imitates Alipay's
//!    95188" helps the person holding the phone far more than "invalid". So when normalization
//!    fails, the raw digits ([`crate::number::digits_of`]) are searched: a resemblance gives
//!    [`Verdict::Lookalike`] (with a `not_a_valid_number` reason beside it), nothing gives
//!    [`Verdict::Invalid`].
//!
//! Three further decisions:
//! - An official number written with its national (trunk) prefix after the calling code
//!   (`+1 1 888 221 1161`, `+44 0 20…`) normalizes to the number, as libphonenumber reads it,
//!   but no network shows a caller that way: it is [`Verdict::Lookalike`] (padding) with the
//!   reason `trunk_prefix_after_country_code`. The written convention `+44 (0)20…` is not.
//! - An official short code in international form with nothing after it (`+86 95188`, as a
//!   phone roaming abroad may show a CN short code) is [`Verdict::Official`] with the reason
//!   `short_code_international_form`; with digits after it, it is a lookalike.
//! - A bare short code without a region (`95188`) cannot be normalized; when the registry has
//!   it as an official short code in one region, the verdict is official there, with the reason
//!   `short_code_region_assumed`.
//!
//! Caller ID can be spoofed: every official verdict says so and gives the number to call back.
//!
//! # Claims
//! With [`CheckOptions::claimed`], an official number of *another* provider is
//! [`Verdict::ClaimMismatch`] (the owner is `provider`, the claimed provider's numbers are the
//! ones to call back). A claimed id the registry does not know is a claim mismatch too, with
//! `unknown_claimed_provider`. For any other verdict a known claimed provider adds
//! `not_claimed_provider_number` and puts its numbers first in `official_numbers`.
//!
//! # A call in context
//! [`check_call`] adds what the phone knows about the call ([`CallContext`]: the time, the
//! network's attestation, the displayed name) and the call notices the device holds, and may
//! turn an official verdict into [`Verdict::Expected`] or [`Verdict::Spoofed`] (see
//! `verdict::call` for the rules; codes `announced_call`, `attestation_failed`,
//! `inbound_only_number`, `unannounced_call`, `display_name_claims_provider`).
//!
//! # Reason codes (stable)
//! `official_number`, `short_code_international_form`, `short_code_region_assumed`,
//! `trunk_prefix_after_country_code`, `claim_mismatch`, `unknown_claimed_provider`, `not_claimed_provider_number`,
//! the lookalike kinds (`short_code_behind_country_code`, `digits_padded`, `digits_swapped`,
//! `digit_substituted`, `digit_inserted`), `not_a_valid_number`, `unknown_number`,
//! `number_withheld`, and for invalid input one of `too_long`, `too_many_digits`,
//! `not_a_number`, `unexpected_character`, `bidi_control`, `no_digits`,
//! `invalid_phone_context`, `needs_region`, `unknown_region`, `unknown_country_code`,
//! `too_short`, `invalid_for_region`, `parser_failure` ([`InvalidNumber::code`]).

mod call;

use compact_str::{format_compact, CompactString};
use serde::Serialize;

pub use call::{
    calling_status, check_call, Attestation, CallContext, CallingStatus, ProviderNames,
};

use crate::notice::ExpectedCall;
use crate::number::{self, CallerId, DialPrefix, InvalidNumber, Region, E164};
use crate::registry::{Lookalike, LookalikeKind, OfficialRef, Provider, Registry};
use crate::signing::VerifiedRegistry;

/// The verdict on a caller number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
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
    /// An official number, and a valid call notice for this callee covers this moment: the
    /// provider announced this call ([`Check::expected_call`] says why and when).
    Expected,
    /// An official number that is not what it seems: the network's caller-ID attestation
    /// failed, the number only receives calls, or its provider announces every call and no
    /// notice announces this one.
    Spoofed,
}

impl Verdict {
    /// The stable snake_case name used in JSON (`"claim_mismatch"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Official => "official",
            Verdict::ClaimMismatch => "claim_mismatch",
            Verdict::Lookalike => "lookalike",
            Verdict::Unknown => "unknown",
            Verdict::Withheld => "withheld",
            Verdict::Invalid => "invalid",
            Verdict::Expected => "expected",
            Verdict::Spoofed => "spoofed",
        }
    }
}

/// A machine-readable reason with a human message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Reason {
    /// Stable snake_case code (`"official_number"`, `"digit_substituted"`, …).
    pub code: CompactString,
    /// One sentence for a person.
    pub message: CompactString,
}

/// The full answer to "who is calling?" (the `callguard check --json` contract; `CallerCheck`
/// in Kotlin and Swift). Its texts are `CompactString`s, read as `&str`: the short ones (numbers,
/// ids, region, reason codes) sit inline instead of costing an allocation each, which is most
/// of what a check on an official number would otherwise spend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
#[cfg_attr(feature = "ffi", uniffi(name = "CallerCheck"))]
pub struct Check {
    /// The raw input as given.
    pub input: CompactString,
    /// The verdict.
    pub verdict: Verdict,
    /// Registry id of the provider the number belongs to or resembles.
    pub provider: Option<CompactString>,
    /// E.164, or the short code's digits, or `None` when withheld or invalid.
    pub normalized: Option<CompactString>,
    /// The region of a short code, or of the number's country.
    pub region: Option<CompactString>,
    /// The official numbers to call back instead (E.164 or short codes): the claimed
    /// provider's when a known provider is claimed, else those of the provider the number
    /// belongs to or resembles.
    pub official_numbers: Vec<CompactString>,
    /// Why, most important first; never empty.
    pub reasons: Vec<Reason>,
    /// The announced call, when the verdict is [`Verdict::Expected`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_call: Option<Box<ExpectedCall>>,
}

/// Options for [`check`].
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Region used to interpret national formats and short codes.
    pub region: Option<Region>,
    /// Provider id the caller claims to be (`"alipay"`).
    pub claimed: Option<String>,
}

/// Concatenates string pieces into one exactly-sized string (cheaper than `format!` on the
/// hot path: at most one allocation, no formatting machinery).
fn cat(pieces: &[&str]) -> CompactString {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        out.push_str(p);
    }
    // Takes over the heap buffer of a long text; a short one moves inline.
    CompactString::from(out)
}

/// `+` and the digits of an E.164 number, without the formatting machinery (inline: at most
/// 16 bytes).
fn e164_text(e: E164) -> CompactString {
    // A u64 has at most 20 digits; one more byte for the `+`.
    let mut text = [0u8; 21];
    let mut i = text.len();
    let mut v = e.as_u64();
    loop {
        i -= 1;
        text[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    i -= 1;
    text[i] = b'+';
    // Only ASCII was written, so this is valid UTF-8.
    CompactString::from_utf8(&text[i..]).unwrap_or_default()
}

fn reason(code: &'static str, message: CompactString) -> Reason {
    Reason {
        code: CompactString::const_new(code),
        message,
    }
}

/// The caller's claim, resolved against the registry.
enum Claim<'a> {
    None,
    /// A provider in the registry, by position.
    Known(u32),
    /// An id the registry does not have.
    Unknown(&'a str),
}

/// Builds the answer; holds what every verdict shares.
struct Answer<'a> {
    registry: &'a Registry,
    /// The raw input, copied once (every answer echoes it).
    input: CompactString,
    claim: Claim<'a>,
}

impl<'a> Answer<'a> {
    fn new(registry: &'a Registry, input: &'a str, claimed: Option<&'a str>) -> Self {
        let claim = match claimed {
            None => Claim::None,
            Some(id) => match registry.provider_index(id) {
                Some(i) => Claim::Known(i),
                None => Claim::Unknown(id),
            },
        };
        Answer {
            registry,
            input: input.into(),
            claim,
        }
    }

    fn build(
        &self,
        verdict: Verdict,
        provider: Option<&Provider>,
        normalized: Option<CompactString>,
        region: Option<Region>,
        official_numbers: Vec<CompactString>,
        reasons: Vec<Reason>,
    ) -> Check {
        Check {
            input: self.input.clone(),
            verdict,
            provider: provider.map(|p| p.id.as_str().into()),
            normalized,
            region: region.map(|r| r.as_str().into()),
            official_numbers,
            reasons,
            expected_call: None,
        }
    }

    /// Reasons about the claim for any verdict other than official/claim_mismatch, and the
    /// claimed provider's numbers to call back (put first).
    fn claim_notes(&self, reasons: &mut Vec<Reason>, numbers: &mut Vec<CompactString>) {
        match self.claim {
            Claim::None => {}
            Claim::Known(i) => {
                let t = self.registry.text(i);
                reasons.push(reason(
                    "not_claimed_provider_number",
                    cat(&[
                        "The caller says they are ",
                        &t.display,
                        ", but this is not one of its official numbers: hang up and call ",
                        &t.short,
                        " on ",
                        &t.callback_joined,
                        ".",
                    ]),
                ));
                for n in t.callback.iter().rev() {
                    if !numbers.contains(n) {
                        numbers.insert(0, n.clone());
                    }
                }
            }
            Claim::Unknown(id) => reasons.push(unknown_claim(id)),
        }
    }

    /// An exact hit on an official number (`extra` adds a note on how it was recognised).
    fn official(
        &self,
        found: OfficialRef<'_>,
        normalized: CompactString,
        extra: Option<Reason>,
    ) -> Check {
        let owner = self.registry.text(found.provider_index);
        let mut reasons = Vec::with_capacity(1 + usize::from(extra.is_some()));
        let (verdict, numbers) = match self.claim {
            Claim::Known(i) if i != found.provider_index => {
                let claimed = self.registry.text(i);
                reasons.push(reason(
                    "claim_mismatch",
                    cat(&[
                        &normalized,
                        " is an official number of ",
                        &owner.display,
                        ", not of ",
                        &claimed.display,
                        " as the caller claims: hang up and call ",
                        &claimed.short,
                        " on ",
                        &claimed.callback_joined,
                        ".",
                    ]),
                ));
                (Verdict::ClaimMismatch, claimed.callback.clone())
            }
            Claim::Unknown(id) => {
                reasons.push(reason(
                    "claim_mismatch",
                    format_compact!(
                        "{normalized} is an official number of {}, not of the provider the caller claims ({id:?}).",
                        owner.display
                    ),
                ));
                reasons.push(unknown_claim(id));
                (Verdict::ClaimMismatch, Vec::new())
            }
            _ => {
                reasons.push(reason(
                    "official_number",
                    cat(&[
                        &normalized,
                        " is an official number of ",
                        &owner.display,
                        ". Caller ID can be spoofed: if you are asked for a code, password or card details, hang up and call ",
                        &owner.callback_joined,
                        " yourself.",
                    ]),
                ));
                (Verdict::Official, owner.callback.clone())
            }
        };
        reasons.extend(extra);
        self.build(
            verdict,
            Some(found.provider),
            Some(normalized),
            found.region,
            numbers,
            reasons,
        )
    }

    /// Resemblances found (non-empty): a lookalike verdict naming the first one.
    /// An official number written with the national prefix after its calling code: a
    /// lookalike by padding, with the reason saying so.
    fn padded(
        &self,
        found: OfficialRef<'_>,
        normalized: CompactString,
        options: &CheckOptions,
        carried: &str,
    ) -> Check {
        let shown = cat(&["+", carried]);
        let hit = Lookalike {
            kind: LookalikeKind::DigitsPadded,
            official: found,
        };
        let region = region_of(carried, options);
        let mut check = self.lookalike(&[hit], Some(normalized), region, &shown, None);
        check.reasons.insert(
            0,
            reason(
                "trunk_prefix_after_country_code",
                cat(&[
                    &shown,
                    " carries a national (trunk) prefix after its country calling code. No network shows a caller that way, so it is not the official number it resembles.",
                ]),
            ),
        );
        check
    }

    fn lookalike(
        &self,
        hits: &[Lookalike<'_>],
        normalized: Option<CompactString>,
        region: Option<Region>,
        shown: &str,
        invalid: Option<&InvalidNumber>,
    ) -> Check {
        let mut reasons = Vec::new();
        let mut numbers: Vec<CompactString> = Vec::new();
        for hit in hits {
            let official = &hit.official.number.number;
            let t = self.registry.text(hit.official.provider_index);
            let name = &t.short;
            let how = match hit.kind {
                LookalikeKind::ShortCodeBehindCountryCode => format!(
                    "{shown} hides {name}'s short code {official} behind a country calling code, and {name} never calls from such numbers"
                ),
                LookalikeKind::DigitsPadded => format!(
                    "{shown} is {name}'s official number {official} with extra digits added"
                ),
                LookalikeKind::DigitsSwapped => format!(
                    "{shown} is {name}'s official number {official} with two digits swapped"
                ),
                LookalikeKind::DigitSubstituted => format!(
                    "{shown} differs from {name}'s official number {official} in one digit"
                ),
                LookalikeKind::DigitInserted => format!(
                    "{shown} is {name}'s official number {official} with one digit inserted"
                ),
            };
            reasons.push(reason(
                hit.kind.code(),
                format_compact!("{how}: it imitates the official number. Do not trust it: call {name} on {official} yourself."),
            ));
            for n in &t.callback {
                if !numbers.contains(n) {
                    numbers.push(n.clone());
                }
            }
        }
        if let Some(e) = invalid {
            reasons.push(reason(
                "not_a_valid_number",
                format_compact!("It is not even a valid phone number: {e}."),
            ));
        }
        self.claim_notes(&mut reasons, &mut numbers);
        self.build(
            Verdict::Lookalike,
            Some(hits[0].official.provider),
            normalized,
            region,
            numbers,
            reasons,
        )
    }

    fn unknown(&self, normalized: CompactString, region: Option<Region>) -> Check {
        let mut reasons = vec![reason(
            "unknown_number",
            cat(&[
                &normalized,
                " is not an official number of any provider in the registry, nor does it resemble one.",
            ]),
        )];
        let mut numbers = Vec::new();
        self.claim_notes(&mut reasons, &mut numbers);
        self.build(
            Verdict::Unknown,
            None,
            Some(normalized),
            region,
            numbers,
            reasons,
        )
    }

    fn withheld(&self) -> Check {
        let mut reasons = vec![reason(
            "number_withheld",
            "The caller withheld their number; official callbacks show theirs, so this cannot be verified.".into(),
        )];
        let mut numbers = Vec::new();
        self.claim_notes(&mut reasons, &mut numbers);
        self.build(Verdict::Withheld, None, None, None, numbers, reasons)
    }

    fn invalid(&self, e: &InvalidNumber) -> Check {
        let mut reasons = vec![reason(
            e.code(),
            format_compact!("Not a phone number: {e}."),
        )];
        let mut numbers = Vec::new();
        self.claim_notes(&mut reasons, &mut numbers);
        self.build(Verdict::Invalid, None, None, None, numbers, reasons)
    }
}

fn unknown_claim(id: &str) -> Reason {
    reason(
        "unknown_claimed_provider",
        format_compact!("The claimed provider {id:?} is not in the registry, so the claim cannot be verified; check the provider id."),
    )
}

/// The region to show for a number: the caller's region if it shares the number's calling
/// code (so a Canadian +1 number checked from CA says CA), else the code's main region.
fn region_of(international: &str, options: &CheckOptions) -> Option<Region> {
    let main = crate::registry::region_of_international(international);
    match (options.region, main) {
        (Some(r), Some(m)) => {
            let same = r.country_code() == m.country_code();
            Some(if same { r } else { m })
        }
        (_, m) => m,
    }
}

/// Judges a raw caller ID against a verified registry (see the module docs for the order of
/// steps). Never panics; every outcome, invalid input included, is a [`Check`].
pub fn check(registry: &VerifiedRegistry, raw: &str, options: &CheckOptions) -> Check {
    let registry: &Registry = registry;
    let answer = Answer::new(registry, raw, options.claimed.as_deref());

    // 1. Fast path: canonical E.164 text that is in the index is official, no parse needed.
    if let Some(e) = number::canonical_e164(raw) {
        if let Some(found) = registry.lookup_e164(e) {
            // Canonical text is its own E.164 form.
            let normalized = answer.input.clone();
            return answer.official(found, normalized, None);
        }
    }

    // 2. Normalize.
    match number::normalize(raw, options.region) {
        Ok(CallerId::Withheld) => answer.withheld(),
        Ok(CallerId::Number(e)) => {
            let normalized = e164_text(e);
            let digits = &normalized[1..];
            if let Some(found) = registry.lookup_e164(e) {
                return match trunk_after_country_code(raw, options.region, digits) {
                    Some(raw_digits) => answer.padded(found, normalized, options, &raw_digits),
                    None => answer.official(found, normalized, None),
                };
            }
            let region = region_of(digits, options);
            let hits = registry.lookalikes_international(digits);
            if !hits.is_empty() {
                return answer.lookalike(
                    &hits,
                    Some(normalized.clone()),
                    region,
                    &normalized,
                    None,
                );
            }
            // The digits as the caller ID shows them, where normalizing dropped some ("+86 11380
            // 2312361": a carrier-selection code read after the calling code leaves +86 2312361):
            // an edit of an official number is judged on what the reader sees. Read again only
            // when the raw text has more digits than the number (not for the usual unknown one).
            let raw_digits = raw.chars().filter(|c| c.is_numeric()).count();
            if let Some(carried) = (raw_digits > digits.len())
                .then(|| number::digits_of(raw, options.region))
                .flatten()
                .filter(|d| d.is_international() && d.digits != digits)
            {
                let hits = registry.lookalikes_international(&carried.digits);
                if !hits.is_empty() {
                    let shown = format_compact!("+{}", carried.digits);
                    return answer.lookalike(&hits, Some(normalized), region, &shown, None);
                }
            }
            answer.unknown(normalized, region)
        }
        Ok(CallerId::ShortCode(code)) => {
            if let Some(found) = registry.lookup_short_code(&code) {
                return answer.official(found, code.digits.as_str().into(), None);
            }
            let hits = registry.lookalikes_short_code(Some(code.region), &code.digits);
            if hits.is_empty() {
                answer.unknown(code.digits.into(), Some(code.region))
            } else {
                answer.lookalike(
                    &hits,
                    Some(code.digits.as_str().into()),
                    Some(code.region),
                    &code.digits,
                    None,
                )
            }
        }
        // 3. Invalid: search the raw digits for disguises before giving up.
        Err(e) => invalid_or_lookalike(&answer, raw, options, &e),
    }
}

/// The international digits a caller ID carried, when they are the number's E.164 `digits`
/// with something inserted after the calling code (`+1 1 888…`, `+44 0 20…`): the national
/// prefix written where no network puts it. The written convention `+44 (0)20…`, which marks
/// the digit as one to leave out, is the number itself.
fn trunk_after_country_code(raw: &str, region: Option<Region>, digits: &str) -> Option<String> {
    let carried = number::digits_of(raw, region).filter(|d| d.is_international())?;
    let carried = carried.digits;
    if carried == digits {
        return None;
    }
    // Calling codes are 1 to 3 digits: find the split where the carried digits are the E.164
    // digits with an insertion right after the code.
    let inserted = (1..=3.min(digits.len())).find_map(|k| {
        let (code, nsn) = digits.split_at(k);
        let middle = carried.strip_prefix(code)?.strip_suffix(nsn)?;
        (!middle.is_empty()).then_some(middle)
    })?;
    let marked = [('(', ')'), ('（', '）')]
        .iter()
        .any(|(open, close)| raw.contains(&format!("{open}{inserted}{close}")));
    (!marked).then_some(carried)
}

fn invalid_or_lookalike(
    answer: &Answer<'_>,
    raw: &str,
    options: &CheckOptions,
    e: &InvalidNumber,
) -> Check {
    let registry = answer.registry;
    let Some(raw_digits) = number::digits_of(raw, options.region) else {
        return answer.invalid(e);
    };
    let digits = raw_digits.digits.as_str();
    match raw_digits.prefix {
        DialPrefix::Plus | DialPrefix::Idd => {
            if let Some(found) = registry.lookup_international_short_code(digits) {
                let code = found.number.number.clone();
                let note = reason(
                    "short_code_international_form",
                    format_compact!("+{digits} is the short code {code} written with its country calling code, as a phone abroad may show it."),
                );
                return answer.official(found, code.into(), Some(note));
            }
            let hits = registry.lookalikes_international(digits);
            if !hits.is_empty() {
                let shown = format!("+{digits}");
                return answer.lookalike(&hits, None, region_of(digits, options), &shown, Some(e));
            }
        }
        DialPrefix::National => {
            if *e == InvalidNumber::NeedsRegion {
                // A bare short code without a region: official if exactly one region has it.
                let found = registry.short_codes_anywhere(digits);
                if let [only] = found.as_slice() {
                    let region = only.region.map_or_else(String::new, |r| r.to_string());
                    let note = reason(
                        "short_code_region_assumed",
                        format_compact!("No region was given; {digits} is taken as a short code of {region}, the only region where it is official."),
                    );
                    return answer.official(*only, digits.into(), Some(note));
                }
            }
            let mut hits = registry.lookalikes_short_code(options.region, digits);
            if hits.is_empty() {
                if let Some(international) = national_to_international(digits, options.region) {
                    hits = registry.lookalikes_international(&international);
                }
            }
            if !hits.is_empty() {
                return answer.lookalike(&hits, None, options.region, digits, Some(e));
            }
        }
    }
    answer.invalid(e)
}

/// National digits as international digits in `region` (trunk prefix dropped, calling code
/// added), for searching invalid national input: `"888 221 11610"` in US → `"188822111610"`.
fn national_to_international(digits: &str, region: Option<Region>) -> Option<String> {
    let region = region?;
    let cc = region.country_code()?;
    let (_, trunk) = crate::registry::dialling_prefixes(region);
    let national = trunk.and_then(|t| digits.strip_prefix(t)).unwrap_or(digits);
    Some(format!("{cc}{national}"))
}
