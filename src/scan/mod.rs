//! The scam-indicator scanner: folds text against obfuscation, matches lexicons per language
//! with automata, tells requests from mentions, and streams over live transcripts.
//!
//! How a text is scanned:
//! 1. it is cut into sentences (`segment`) on the original text;
//! 2. each sentence is folded (`fold`: NFKD, case, zero-width, separators and emoji inside
//!    words, Traditional → Simplified, homoglyphs, digit swaps, with an offset-preserving fast
//!    path for plain text) with a map back to original offsets;
//! 3. one Aho-Corasick automaton (`matcher`, built once per [`Scanner`]) finds every term of
//!    the lexicons (`lexicon`: zh-Hans, zh-Hant through folding, en, es, pinyin initials);
//! 4. the rules (`rules`) decide: a secret term counts as *requested* only with a request cue
//!    in the same sentence (tell / read out / send / provide / type into a caller's link …),
//!    and not when a negation, a warning, a narrative, a supplied code value (`验证码 482913`),
//!    a reset or an official destination vetoes it. A cue without an object ("read it out")
//!    may refer to the secret named in the previous sentence.
//!
//! Everything is linear in the input: folding is one pass per sentence, the automaton (a
//! contiguous Aho-Corasick NFA) is linear with its failure links, the rules look at the hits of one sentence (at most [`MAX_SENTENCE`] bytes) and carry
//! a few flags about the two previous ones. The same per-sentence pipeline serves the one-shot
//! [`scan`] and the [`StreamScanner`], which is why both give the same indicators.

mod fold;
mod lexicon;
mod matcher;
mod rules;
mod segment;
mod stream;
mod tables;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

pub use segment::MAX_SENTENCE;
pub use stream::StreamScanner;

use lexicon::Tag;

/// What kind of scam signal a span of text carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
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

impl IndicatorKind {
    /// The snake_case name used in JSON (`credential_request`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorKind::CredentialRequest => "credential_request",
            IndicatorKind::RemoteAccess => "remote_access",
            IndicatorKind::ScreenShare => "screen_share",
            IndicatorKind::SafeAccountTransfer => "safe_account_transfer",
            IndicatorKind::LinkOrAppInstall => "link_or_app_install",
            IndicatorKind::RefundOrCompensationLure => "refund_or_compensation_lure",
            IndicatorKind::UrgencyOrThreat => "urgency_or_threat",
            IndicatorKind::Secrecy => "secrecy",
            IndicatorKind::ImpersonationClaim => "impersonation_claim",
        }
    }
}

/// The secret a credential request asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    /// Login, online-banking, payment or e-mail password (also 银行卡密码, passcode).
    Password,
    /// One-time / SMS verification code (验证码, 动态码, OTP, authorization code).
    VerificationCode,
    /// Card or ATM PIN (取款密码, clave de la tarjeta).
    Pin,
    /// Card number, expiry date, card details or a photo of the card.
    CardNumber,
    /// The card security code (CVV, CVC, 安全码, "the three numbers on the back").
    Cvv,
    /// ID, SSN or DNI numbers and identity documents (passport, driver's licence, ID card).
    IdNumber,
    /// Bank account or routing numbers.
    BankAccount,
    /// Account credentials and security answers.
    OtherSecret,
    /// A wallet's seed or recovery phrase (助记词, mnemonic), including "verify your wallet"
    /// lures whose page asks for it.
    SeedPhrase,
    /// A wallet's private key (私钥).
    PrivateKey,
}

impl SecretKind {
    /// The snake_case name used in JSON (`verification_code`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::Password => "password",
            SecretKind::VerificationCode => "verification_code",
            SecretKind::Pin => "pin",
            SecretKind::CardNumber => "card_number",
            SecretKind::Cvv => "cvv",
            SecretKind::IdNumber => "id_number",
            SecretKind::BankAccount => "bank_account",
            SecretKind::OtherSecret => "other_secret",
            SecretKind::SeedPhrase => "seed_phrase",
            SecretKind::PrivateKey => "private_key",
        }
    }
}

/// One indicator found in a text, with its span in the original (unfolded) text.
///
/// Serializes (JSON) with a `detail` field beside the others, as the CLI contract wants: the
/// secret's name for a credential request, the provider id for an impersonation claim, else
/// `null` (see [`Indicator::detail`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// What was found.
    pub kind: IndicatorKind,
    /// For a credential request, the secret asked for.
    pub secret: Option<SecretKind>,
    /// For an impersonation claim, the registry id of the provider claimed (`None` for a generic
    /// claim such as "银行客服" or "the fraud department").
    pub provider: Option<String>,
    /// Byte offset of the span's start in the original text (Rust strings).
    pub start: usize,
    /// Byte offset of the span's end (exclusive).
    pub end: usize,
    /// UTF-16 code-unit offset of the span's start (Kotlin, Swift, JavaScript UIs).
    pub start_utf16: usize,
    /// UTF-16 code-unit offset of the span's end (exclusive).
    pub end_utf16: usize,
    /// The original text of the span.
    pub excerpt: String,
}

impl Serialize for Indicator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Indicator", 9)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("detail", &self.detail())?;
        st.serialize_field("secret", &self.secret)?;
        st.serialize_field("provider", &self.provider)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("start_utf16", &self.start_utf16)?;
        st.serialize_field("end_utf16", &self.end_utf16)?;
        st.serialize_field("excerpt", &self.excerpt)?;
        st.end()
    }
}

impl Indicator {
    /// The `detail` of the CLI's JSON: the secret's name for a credential request, the provider
    /// id for an impersonation claim, otherwise `None`.
    pub fn detail(&self) -> Option<&str> {
        match (self.secret, &self.provider) {
            (Some(s), _) => Some(s.as_str()),
            (None, Some(p)) => Some(p.as_str()),
            _ => None,
        }
    }
}

/// A language the scanner knows, as detected from the text or given as a hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Language {
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// Traditional Chinese.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// English.
    #[serde(rename = "en")]
    En,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
}

impl Language {
    /// The BCP 47 tag (`zh-Hans`, `zh-Hant`, `en`, `es`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhHans => "zh-Hans",
            Language::ZhHant => "zh-Hant",
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// Parses a BCP 47 tag (`zh`, `zh-CN` and `zh-Hans` → Simplified; `zh-TW`, `zh-HK` and
    /// `zh-Hant` → Traditional; `en*`; `es*`), or `None` for a language the scanner lacks.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let t = tag.to_ascii_lowercase();
        if t == "zh" || t.starts_with("zh-") || t.starts_with("zh_") {
            let parts: Vec<&str> = t.split(['-', '_']).collect();
            let has = |p: &str| parts.contains(&p);
            if has("hans") {
                Some(Language::ZhHans)
            } else if has("hant") || has("tw") || has("hk") || has("mo") {
                Some(Language::ZhHant)
            } else {
                Some(Language::ZhHans)
            }
        } else if t == "en" || t.starts_with("en-") || t.starts_with("en_") {
            Some(Language::En)
        } else if t == "es" || t.starts_with("es-") || t.starts_with("es_") {
            Some(Language::Es)
        } else {
            None
        }
    }

    fn is_chinese(self) -> bool {
        matches!(self, Language::ZhHans | Language::ZhHant)
    }
}

/// Detects the language of a text from its script: Chinese if CJK ideographs dominate
/// (Traditional when Traditional-only characters outnumber Simplified-only ones), otherwise
/// Spanish if Spanish letters or function words appear, otherwise English.
pub fn detect_language(text: &str) -> Language {
    let (mut cjk, mut latin, mut trad, mut simp, mut es) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if fold::is_cjk(c) {
            cjk += 1;
            if fold::t2s(c) != c {
                trad += usize::from(!tables::SIMPLIFIED_VARIANTS.contains(&c));
            } else if is_simplified_only(c) {
                simp += 1;
            }
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        } else if matches!(c, 'ñ' | 'Ñ' | '¿' | '¡' | 'á' | 'é' | 'í' | 'ó' | 'ú') {
            es += 3;
        }
    }
    if cjk > 0 && cjk * 3 >= latin {
        return if trad > simp {
            Language::ZhHant
        } else {
            Language::ZhHans
        };
    }
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if matches!(
            w.to_lowercase().as_str(),
            "el" | "la"
                | "los"
                | "las"
                | "que"
                | "su"
                | "por"
                | "para"
                | "usted"
                | "es"
                | "del"
                | "con"
                | "una"
                | "nunca"
                | "código"
                | "codigo"
        ) {
            es += 1;
        }
    }
    if es >= 2 {
        Language::Es
    } else {
        Language::En
    }
}

/// Simplified characters whose Traditional form differs (the outputs of the folding table).
fn is_simplified_only(c: char) -> bool {
    tables::SIMPLIFIED_ONLY.binary_search(&c).is_ok()
}

/// What the hit filter reads of a pattern on every match: its classes and whether its ends
/// need ASCII word boundaries. Kept apart from the pattern's tags (16 bytes a pattern, not 40),
/// so the matches of a text touch a table a third the size.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    /// Union of the tags' class bits (see `lexicon::Class`).
    bits: u64,
    ascii_start: bool,
    ascii_end: bool,
}

/// A compiled scanner: lexicons (built-in plus the provider names of a registry) in one
/// Aho-Corasick automaton. Build it once and share it (it is `Send + Sync`); scanning never
/// allocates per character and runs in time linear in the input.
#[derive(Clone, Debug)]
pub struct Scanner {
    matcher: matcher::Matcher,
    patterns: Vec<Pattern>,
    /// The roles each pattern plays (same index as `patterns`).
    tags: Vec<Vec<Tag>>,
    providers: Vec<String>,
    /// A pattern whose only role is a log-in ("verify your account"): the one a log-in with a
    /// name before its account ("verify your Revolut account") is read as.
    login_pat: Option<u32>,
}

/// Why a scanner could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScanError {
    /// A provider id or name is empty, or a provider has no name that leaves any text after
    /// folding (e.g. only zero-width characters).
    #[error("provider {id:?} has an empty id or name; give every provider a non-empty id and at least one name with visible letters")]
    EmptyProvider {
        /// The offending provider id (may be empty).
        id: String,
    },
    /// Too many providers for the scanner's index (over 65,535).
    #[error("{0} providers is more than the scanner supports (65,535)")]
    TooManyProviders(usize),
    /// The automaton could not be built (pattern set too large for memory limits).
    #[error("the lexicon automaton could not be built: {0}")]
    Automaton(String),
    /// The provider names fold to more than [`MAX_PROVIDER_NAME_BYTES`] in total.
    #[error("the provider names are more than the scanner supports ({limit} bytes after folding)")]
    NamesTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
}

/// The most bytes a registry's provider names may fold to, in total. Far above any real
/// registry (the bundled one folds to under a kilobyte); it bounds the automaton, so a set of
/// names that passes [`Scanner::check_providers`] always builds.
pub const MAX_PROVIDER_NAME_BYTES: usize = 64 << 20;

/// Provider ids and their names folded as the automaton holds them, checked.
struct ProviderTerms {
    ids: Vec<String>,
    /// (folded name, index into `ids`)
    terms: Vec<(String, u16)>,
}

/// A lexicon term or provider name as the automaton holds it (empty when nothing is left).
fn fold_term(term: &str) -> String {
    fold::fold(term).text.trim().to_string()
}

impl ProviderTerms {
    /// Folds and checks `(registry id, names)` pairs: every id and name non-empty, every
    /// provider with a name that leaves text after folding, at most 65,535 providers and
    /// [`MAX_PROVIDER_NAME_BYTES`] of folded names.
    fn new<I, N, S>(providers: I) -> Result<ProviderTerms, ScanError>
    where
        I: IntoIterator<Item = (S, N)>,
        N: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut ids = Vec::new();
        let mut terms = Vec::new();
        let mut bytes = 0usize;
        for (id, names) in providers {
            let id = id.as_ref().trim().to_string();
            if id.is_empty() {
                return Err(ScanError::EmptyProvider { id });
            }
            if ids.len() >= u16::MAX as usize {
                return Err(ScanError::TooManyProviders(ids.len() + 1));
            }
            let idx = ids.len() as u16;
            let mut any = false;
            for name in names {
                let name = name.as_ref();
                if name.trim().is_empty() {
                    return Err(ScanError::EmptyProvider { id });
                }
                let folded = fold_term(name);
                if !folded.is_empty() {
                    any = true;
                    bytes = bytes.saturating_add(folded.len());
                    if bytes > MAX_PROVIDER_NAME_BYTES {
                        return Err(ScanError::NamesTooLarge {
                            limit: MAX_PROVIDER_NAME_BYTES,
                        });
                    }
                    terms.push((folded, idx));
                }
            }
            if !any {
                return Err(ScanError::EmptyProvider { id });
            }
            ids.push(id);
        }
        Ok(ProviderTerms { ids, terms })
    }
}

impl Scanner {
    /// Builds a scanner whose impersonation claims recognise the given providers:
    /// `(registry id, names)` pairs, names in any language and script.
    pub fn new<I, N, S>(providers: I) -> Result<Scanner, ScanError>
    where
        I: IntoIterator<Item = (S, N)>,
        N: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let ProviderTerms { ids, terms } = ProviderTerms::new(providers)?;
        let mut table: BTreeMap<String, Vec<Tag>> = BTreeMap::new();
        let mut add = |folded: String, tag: Tag| {
            if folded.is_empty() {
                return;
            }
            let tags = table.entry(folded).or_default();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        };
        for (term, tag) in lexicon::builtin().map_err(ScanError::Automaton)? {
            add(fold_term(term), tag);
        }
        for (folded, idx) in terms {
            add(folded, Tag::Provider(idx));
        }
        let mut pats = Vec::with_capacity(table.len());
        let mut patterns = Vec::with_capacity(table.len());
        let mut pattern_tags = Vec::with_capacity(table.len());
        for (term, tags) in table {
            let b = term.as_bytes();
            patterns.push(Pattern {
                bits: tags.iter().fold(0, |acc, t| acc | t.class().bit()),
                ascii_start: b[0].is_ascii_alphanumeric(),
                ascii_end: b[b.len() - 1].is_ascii_alphanumeric(),
            });
            pattern_tags.push(tags);
            pats.push(term);
        }
        let matcher = matcher::Matcher::new(&pats).map_err(ScanError::Automaton)?;
        let login_pat = pattern_tags
            .iter()
            .position(|t| t.as_slice() == [Tag::Login])
            .and_then(|i| u32::try_from(i).ok());
        Ok(Scanner {
            matcher,
            patterns,
            tags: pattern_tags,
            providers: ids,
            login_pat,
        })
    }

    /// Checks `(registry id, names)` pairs exactly as [`Scanner::new`] does, without building
    /// the automaton: `Ok` here means `Scanner::new` with the same providers succeeds. For
    /// refusing a registry whose names cannot be scanned for when it is put in force, while
    /// building its scanner only when something is first scanned.
    pub fn check_providers<I, N, S>(providers: I) -> Result<(), ScanError>
    where
        I: IntoIterator<Item = (S, N)>,
        N: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        ProviderTerms::new(providers).map(|_| ())
    }

    /// The scanner that knows no provider names: impersonation claims are generic ("银行客服",
    /// "the fraud department") and never name a provider. Built once per process and shared.
    /// A scanner that recognises a registry's providers comes with the registry in force
    /// ([`crate::guard::CallGuard::scan`]).
    pub fn without_providers() -> Arc<Scanner> {
        static GENERIC: OnceLock<Arc<Scanner>> = OnceLock::new();
        GENERIC
            .get_or_init(|| {
                let none: [(&str, [&str; 0]); 0] = [];
                Arc::new(Scanner::new(none).expect("the built-in lexicon compiles"))
            })
            .clone()
    }

    /// A one-line description of the compiled automaton (kind, patterns, heap bytes), for
    /// diagnostics and benchmark reports.
    pub fn debug_automaton(&self) -> String {
        self.matcher.describe()
    }

    /// Counts raw automaton matches over `folded_text` (text already folded), for benchmarks
    /// of the matcher alone.
    #[doc(hidden)]
    pub fn count_raw_matches(&self, folded_text: &str) -> usize {
        let mut n = 0;
        self.matcher.for_each_match(folded_text, |_, _, _| n += 1);
        n
    }

    /// The registry ids this scanner recognises in impersonation claims.
    pub fn providers(&self) -> &[String] {
        &self.providers
    }

    /// Scans a whole text; indicators in order of position.
    pub fn scan(&self, text: &str) -> Vec<Indicator> {
        self.scan_with_language(text, None)
    }

    /// Scans a whole text with an optional language hint (pinyin initials such as `mm` are
    /// then read in every sentence for Chinese, never for English or Spanish; without a hint
    /// only in sentences that contain CJK text).
    pub fn scan_with_language(&self, text: &str, hint: Option<Language>) -> Vec<Indicator> {
        let mut state = rules::State::with_spare_buffers(hint);
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(n) = segment::first_sentence(&text[pos..], true) {
            self.scan_sentence(&text[pos..pos + n], pos, &mut state, &mut out);
            pos += n;
        }
        state.recycle();
        out
    }

    /// Starts a streaming scan over live transcript chunks (see [`StreamScanner`]).
    pub fn stream(self: &Arc<Self>) -> StreamScanner {
        StreamScanner::with_scanner(Arc::clone(self), None)
    }
}

/// Scans a whole text with the scanner that knows no provider names
/// ([`Scanner::without_providers`]); indicators in order of position.
pub fn scan(text: &str) -> Vec<Indicator> {
    Scanner::without_providers().scan(text)
}

/// Scans with [`Scanner::without_providers`] and a language hint (see
/// [`Scanner::scan_with_language`]).
pub fn scan_with_language(text: &str, hint: Option<Language>) -> Vec<Indicator> {
    Scanner::without_providers().scan_with_language(text, hint)
}

/// `text` folded as the scanner folds what it reads (NFKD, lower case, zero-width characters
/// dropped, Traditional → Simplified, homoglyphs → Latin, separators normalized), for
/// comparing a name as the scanner would see it (a caller's display name against provider
/// names).
pub fn fold_text(text: &str) -> String {
    fold::fold(text).text
}

/// True if `text` contains a request for a secret (any `credential_request` indicator).
pub fn requests_credentials(text: &str) -> bool {
    scan(text)
        .iter()
        .any(|i| i.kind == IndicatorKind::CredentialRequest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in lexicon's automaton holds about half a megabyte of heap. A term with a
    /// character far above the others (a full-width "，", U+FF0C) widens the double array's
    /// character table by some 98 KB at once; this keeps such a term from slipping in.
    #[test]
    fn the_automatons_heap_stays_near_half_a_megabyte() {
        let heap = Scanner::without_providers().matcher.heap_bytes();
        assert!(heap < 560_000, "{heap} bytes");
    }

    /// `check_providers` (what a guard runs when it puts a registry in force) refuses exactly
    /// what `Scanner::new` (run on the first scan) refuses, so a registry it accepts can always
    /// be scanned for.
    #[test]
    fn check_providers_refuses_what_new_refuses() {
        type Providers = Vec<(&'static str, Vec<&'static str>)>;
        let cases: Vec<(Providers, bool)> = vec![
            (vec![("alipay", vec!["支付宝", "Alipay"])], true),
            (vec![], true),
            (vec![("x", vec!["\u{200b}", "ok"])], true),
            (vec![(" ", vec!["Name"])], false),
            (vec![("x", vec![])], false),
            (vec![("x", vec!["Name", "  "])], false),
            (vec![("x", vec!["\u{200b}"])], false),
            (
                vec![("a", vec!["A"]), ("b", vec!["\u{200b}\u{200b}"])],
                false,
            ),
        ];
        for (providers, ok) in cases {
            let checked = Scanner::check_providers(providers.clone());
            let built = Scanner::new(providers.clone());
            assert_eq!(checked.is_ok(), ok, "{providers:?}");
            assert_eq!(built.is_ok(), ok, "{providers:?}");
            if let (Err(a), Err(b)) = (checked, built) {
                assert_eq!(a.to_string(), b.to_string());
            }
        }
    }

    /// Names beyond the bound are refused when checked, before any automaton is built.
    #[test]
    fn provider_names_beyond_the_bound_are_refused() {
        let name = "a".repeat(1 << 20);
        let names: Vec<&str> = vec![name.as_str(); (MAX_PROVIDER_NAME_BYTES >> 20) + 1];
        let providers = [("big", names.clone())];
        assert!(matches!(
            Scanner::check_providers(providers.clone()),
            Err(ScanError::NamesTooLarge { .. })
        ));
        assert!(matches!(
            Scanner::new(providers),
            Err(ScanError::NamesTooLarge { .. })
        ));
        let fits = [("big", names[..4].to_vec())];
        assert!(Scanner::check_providers(fits).is_ok());
    }
}
