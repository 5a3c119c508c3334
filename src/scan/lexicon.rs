//! The lexicons: folded terms (Simplified Chinese, lower-case Latin without accents) for
//! zh-Hans, zh-Hant (through folding), en and es, each with the roles it plays in the rules.
//!
//! The terms live in `lexicon.tsv` (compiled in), one `role kind language term` row each, grouped
//! by role, not by language: a secret (and its kind), a request cue, a negation, a warning, a
//! destination supplied by the caller, an indicator of another kind…. [`builtin`] parses them
//! into tags and [`super::Scanner`] compiles all of them into one Aho-Corasick automaton.
//! [`Class`] groups the tags into the bits of a sentence's presence mask for the rules.

use super::{IndicatorKind, SecretKind};

/// The role a lexicon term plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Names a secret.
    Secret(SecretKind),
    /// Paraphrases a secret ("那串数字", "the six digits"): counts only with a direct cue.
    Para(SecretKind),
    /// Pinyin initials of a secret (`yzm`, `mm`): only in sentences with CJK text.
    Pinyin(SecretKind),
    /// Tell / read out / send / reply to the speaker.
    Tell,
    /// Asks what the secret is ("是多少", "what's your").
    Ask,
    /// Provide / we need / confirm.
    Provide,
    /// The speaker's purpose ("so I can", "我帮你"): a weak cue, void if the sentence negates.
    Purpose,
    /// Enter / fill in / upload / type (needs a caller-supplied destination or a live call).
    Input,
    /// Upload (a document or photo): hands it over wherever it goes, except official places.
    Upload,
    /// Log in (with a password) on something.
    Login,
    /// Let the speaker see it (screen share, photo).
    Show,
    /// Negation: vetoes cues and secrets to the end of its clause.
    Neg,
    /// A scam warning: vetoes the sentence.
    Warn,
    /// Third-party narrative, victim question or conditional: vetoes the sentence.
    Narr,
    /// Reset / change / forgot right before a secret: the secret is not being asked for.
    Manage,
    /// Official app, this screen, ATM, branch: a destination of one's own.
    Official,
    /// A bare "app" (official unless something was downloaded).
    AppRef,
    /// A condition of the reader's ("if you", "如果你"): a cue in it may only say what would
    /// happen (see `gives_it_away` in the rules).
    Cond,
    /// Anyone at all as a recipient ("to someone", "给别人"): with a condition, a warning.
    Anyone,
    /// Money a "send" sends ("send out this payment", "send transactions"), not a secret.
    SendValue,
    /// Doing it oneself ("自己", "yourself").
    SelfDo,
    /// Preparing or bringing documents (not handing them over).
    Prepare,
    /// A destination the caller supplied: link, "the page I sent".
    Dest,
    /// Download / install: the app in question was pushed by the caller.
    Download,
    /// A pronoun standing for a secret named in the previous sentence.
    Pronoun,
    /// Another indicator kind.
    Ind(IndicatorKind),
    /// Weak secrecy ("don't tell anyone"): void when the sentence names a secret (a warning).
    WeakSecrecy,
    /// Claims an identity ("我是", "this is"): turns a provider name into a claim.
    Claim,
    /// A generic impersonation ("银行客服", "fraud department").
    GenericClaim,
    /// A provider's name, by index into the scanner's provider ids.
    Provider(u16),
    /// A word that contains a negation character without negating ("特别", "别的").
    NegBlock,
    /// A code that is no secret ("promo code", "二维码"): cancels secret terms inside it.
    NotSecret,
    /// "Need / all it takes is": a cue only when a secret follows right after it.
    NeedObj,
    /// A phrase that contains a cue without requesting ("告诉我一声" = let me know).
    CueBlock,
    /// The speaker supplies the code ("用这个验证码", "验证码我会告诉你").
    Supply,
    /// Registering a new account (the password is the user's own, set in the app).
    Register,
    /// A count of attempts already made ("次数过多", "too many times"): right after an entry
    /// cue it makes the cue a report, not a request.
    AttemptCount,
    /// A code sent or about to be sent to the reader ("验证码已经发送", "你会收到"): the story a
    /// caller tells around an entry request, which a form's own prompt ("请输入验证码") lacks.
    CodeSent,
    /// An institution a caller may claim to speak for ("银行", "客服", "police"): after a claim
    /// cue ("我是…", "this is…") it makes a generic impersonation claim.
    Institution,
    /// The reader's account or card in Latin text ("account", "profile", "debit card"), with
    /// the secret its restoring page asks for: with an [`Tag::AccountState`] next to it, the
    /// account is said to be under threat.
    AccountNoun(SecretKind),
    /// A state that takes an account away ("locked", "suspended", "on hold"): next to an
    /// [`Tag::AccountNoun`], the lure's alarm; if `true`, only in a sentence that gives an
    /// [`Tag::AlarmCause`] (the Spanish states, which services' own notices use too).
    AccountState(bool),
    /// A vague security cause ("por motivos de seguridad", "sospechoso"): what makes a Spanish
    /// account state a lure's alarm.
    AlarmCause,
    /// A threat to take the reader's account away, said as something to avoid ("evite la
    /// suspensión", "to avoid account suspension"), or trouble with its billing: a lure's alarm
    /// by itself, with the secret its page asks for where the threat says (billing: the card).
    AccountThreat(SecretKind),
    /// Averting ("avoid", "prevent", "evitar"): before a [`Tag::Loss`], a threat.
    Avert,
    /// A loss ("suspension", "restrictions", "interruption", "bloqueo"): right after an
    /// [`Tag::Avert`] it is a threat ("to avoid possible restriction"), where the loss alone is a
    /// word of many notices.
    Loss,
    /// Restoring an account ("activarla", "restore"): after an account alarm, the page that
    /// restores the account asks for its secret.
    Restore,
    /// Restoring that names the loss ("unlock", "desbloquear", "reactivar"): a [`Tag::Restore`]
    /// too, and with an [`Tag::AlarmCause`] in its sentence or the one before, the lure's alarm
    /// by itself.
    Unlock,
    /// The reader's payment details ("your billing details", "your direct debit details"),
    /// with the secret behind them: what an [`Tag::UpdateBack`] after them asks for again.
    PaymentDetails(SecretKind),
    /// Updating what was just named ("update them", "update these details").
    UpdateBack,
    /// A charge, payment or transfer reported ("Se ha realizado un cargo de 10500 EUR"): a
    /// log-in after it with no account alarm checks a payment, which the labelling rules count
    /// as asking nothing (unlike one after an access or a new device).
    Charge,
    /// A word that may open a clause of time ("当", "when", "cuando"): a cue in such a clause
    /// ("当系统要求您输入验证码时", "when asked for a code") says when the reader will be asked;
    /// it asks nothing now.
    When,
    /// The sender's side will call the reader ("our agent will call you", "客服稍后会给您打电话"):
    /// a code or password the reader is told to have ready is for that caller to hear.
    CallIn,
    /// An authenticator app named ("authenticator app", "TOTP", "验证器"): a QR code in its
    /// sentence or the next two is scanned into it to enrol, not a link the sender pushes.
    Authenticator,
    /// A QR code: with an [`Tag::Authenticator`] in its sentence or the two before, neither a
    /// destination nor a link (its other roles).
    QrCode,
}

use IndicatorKind as K;
use SecretKind as S;
use Tag::*;

/// A class of tags, one bit each in a sentence's "which classes are present" mask (a `u64`):
/// the rules ask "does the sentence have a negation / a cue / …" with one AND. Tags that differ
/// only in their kind or provider share a class; [`Tag::Upload`] shares [`Class::Input`]. Each
/// variant is named after the tag(s) it stands for (see [`Tag`]); its discriminant is its bit.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Secret,
    Para,
    Pinyin,
    Tell,
    Ask,
    Provide,
    Purpose,
    Input,
    Login,
    Show,
    Neg,
    Warn,
    Narr,
    Manage,
    Official,
    AppRef,
    Cond,
    Anyone,
    SendValue,
    SelfDo,
    Prepare,
    Dest,
    Download,
    Pronoun,
    Ind,
    WeakSecrecy,
    Claim,
    GenericClaim,
    Provider,
    NegBlock,
    NotSecret,
    NeedObj,
    CueBlock,
    Supply,
    Register,
    AttemptCount,
    CodeSent,
    Institution,
    AccountNoun,
    AccountState,
    AlarmCause,
    AccountThreat,
    Avert,
    Loss,
    Restore,
    Unlock,
    PaymentDetails,
    UpdateBack,
    Charge,
    When,
    CallIn,
    Authenticator,
    QrCode,
}

impl Class {
    /// This class's bit in a presence mask.
    pub(crate) const fn bit(self) -> u64 {
        1 << self as u8
    }

    /// The union of the classes' bits (for cue sets and other masks, computed at compile time).
    pub(crate) const fn union(classes: &[Class]) -> u64 {
        let mut bits = 0;
        let mut i = 0;
        while i < classes.len() {
            bits |= classes[i].bit();
            i += 1;
        }
        bits
    }
}

// Every class needs its own bit in a `u64` mask (the last variant has the largest discriminant).
const _: () = assert!((Class::QrCode as u8) < 64);

impl Tag {
    /// The class this tag counts as in presence masks.
    pub(crate) fn class(&self) -> Class {
        match self {
            Secret(_) => Class::Secret,
            Para(_) => Class::Para,
            Pinyin(_) => Class::Pinyin,
            Tell => Class::Tell,
            Ask => Class::Ask,
            Provide => Class::Provide,
            Purpose => Class::Purpose,
            Input | Upload => Class::Input,
            Login => Class::Login,
            Show => Class::Show,
            Neg => Class::Neg,
            Warn => Class::Warn,
            Narr => Class::Narr,
            Manage => Class::Manage,
            Official => Class::Official,
            AppRef => Class::AppRef,
            Cond => Class::Cond,
            Anyone => Class::Anyone,
            SendValue => Class::SendValue,
            SelfDo => Class::SelfDo,
            Prepare => Class::Prepare,
            Dest => Class::Dest,
            Download => Class::Download,
            Pronoun => Class::Pronoun,
            Ind(_) => Class::Ind,
            WeakSecrecy => Class::WeakSecrecy,
            Claim => Class::Claim,
            GenericClaim => Class::GenericClaim,
            Provider(_) => Class::Provider,
            NegBlock => Class::NegBlock,
            NotSecret => Class::NotSecret,
            NeedObj => Class::NeedObj,
            CueBlock => Class::CueBlock,
            Supply => Class::Supply,
            Register => Class::Register,
            AttemptCount => Class::AttemptCount,
            CodeSent => Class::CodeSent,
            Institution => Class::Institution,
            AccountNoun(_) => Class::AccountNoun,
            AccountState(_) => Class::AccountState,
            AlarmCause => Class::AlarmCause,
            AccountThreat(_) => Class::AccountThreat,
            Avert => Class::Avert,
            Loss => Class::Loss,
            Restore => Class::Restore,
            Unlock => Class::Unlock,
            PaymentDetails(_) => Class::PaymentDetails,
            UpdateBack => Class::UpdateBack,
            Charge => Class::Charge,
            When => Class::When,
            CallIn => Class::CallIn,
            Authenticator => Class::Authenticator,
            QrCode => Class::QrCode,
        }
    }
}

/// The built-in lexicon, compiled in so a scanner needs no files at run time: a row of
/// `lexicon.tsv` (see its header) per line, without its comment lines and its informational
/// `language` column (`build.rs` checks that column, then drops it; line numbers stay those of
/// the file). A row is `N\tterm`, with its role and kind on line N of [`BUILTIN_TAGS`], or its
/// term alone where the row before has the same role and kind, or `N\t` where it has the same
/// term (under half the bytes of the file's rows: 58 KB of 125 KB).
const BUILTIN_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.tsv"));

/// Each distinct `role\tkind` of the built-in lexicon, one per line, in order of first use.
const BUILTIN_TAGS: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon_tags.tsv"));

/// Every built-in term with its tags, in file order (a term's tags keep that order). Terms are
/// written folded (see [`super::fold`]); they are folded again at build time, so Traditional or
/// accented spellings are fine too. An error names the first bad line of `lexicon.tsv`.
pub(crate) fn builtin() -> Result<Vec<(&'static str, Tag)>, String> {
    parse(BUILTIN_TSV, BUILTIN_TAGS)
}

/// Parses compiled lexicon rows (`N\tterm`, `N\t` for the term of the row before, or `term`
/// alone for the tag of the row before; blank lines skipped) against their tag lines
/// (`role\tkind`, the Nth naming tag N).
fn parse<'a>(src: &'a str, tag_lines: &str) -> Result<Vec<(&'a str, Tag)>, String> {
    let mut tags = Vec::with_capacity(80);
    for (i, line) in tag_lines.lines().enumerate() {
        let known = line
            .split_once('\t')
            .and_then(|(role, kind)| tag(role, kind));
        tags.push(known.ok_or_else(|| format!("lexicon tag {i}: unknown role or kind: {line:?}"))?);
    }
    let mut v: Vec<(&str, Tag)> = Vec::with_capacity(4096);
    for (i, line) in src.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let bad = |why: &str| format!("lexicon.tsv line {}: {why}: {line:?}", i + 1);
        let last = v.last().copied();
        let (term, tag) = match line.split_once('\t') {
            Some((n, term)) => {
                let tag = n.parse().ok().and_then(|n: usize| tags.get(n).copied());
                let term = match (term, last) {
                    ("", Some((t, _))) => t,
                    _ => term,
                };
                (term, tag.ok_or_else(|| bad("unknown tag"))?)
            }
            None => (
                line,
                last.ok_or_else(|| bad("a term alone before any row"))?.1,
            ),
        };
        if term.is_empty() || term.trim() != term || term.contains('\t') {
            return Err(bad("empty term, surrounding spaces or a tab"));
        }
        v.push((term, tag));
    }
    Ok(v)
}

/// The secret kind named in the `kind` column (its JSON name, e.g. `verification_code`).
fn secret_kind(kind: &str) -> Option<SecretKind> {
    [
        S::Password,
        S::VerificationCode,
        S::Pin,
        S::CardNumber,
        S::Cvv,
        S::IdNumber,
        S::BankAccount,
        S::OtherSecret,
        S::SeedPhrase,
        S::PrivateKey,
    ]
    .into_iter()
    .find(|k| k.as_str() == kind)
}

/// The indicator kind named in the `kind` column (its JSON name, e.g. `remote_access`).
fn indicator_kind(kind: &str) -> Option<IndicatorKind> {
    [
        K::CredentialRequest,
        K::RemoteAccess,
        K::ScreenShare,
        K::SafeAccountTransfer,
        K::LinkOrAppInstall,
        K::RefundOrCompensationLure,
        K::UrgencyOrThreat,
        K::Secrecy,
        K::ImpersonationClaim,
    ]
    .into_iter()
    .find(|k| k.as_str() == kind)
}

/// The tag of a `(role, kind)` pair, or `None` if the role is unknown, a kind is missing where
/// the role needs one, or given where it takes none. Provider tags come from registries only.
fn tag(role: &str, kind: &str) -> Option<Tag> {
    let with_kind = match role {
        "secret" => Some(Secret(secret_kind(kind)?)),
        "para" => Some(Para(secret_kind(kind)?)),
        "pinyin" => Some(Pinyin(secret_kind(kind)?)),
        "ind" => Some(Ind(indicator_kind(kind)?)),
        "account_noun" => Some(AccountNoun(secret_kind(kind)?)),
        "account_threat" => Some(AccountThreat(secret_kind(kind)?)),
        "payment_details" => Some(PaymentDetails(secret_kind(kind)?)),
        "account_state" => Some(AccountState(match kind {
            "-" => false,
            "with_cause" => true,
            _ => return None,
        })),
        _ => None,
    };
    if with_kind.is_some() {
        return with_kind;
    }
    if kind != "-" {
        return None;
    }
    Some(match role {
        "tell" => Tell,
        "ask" => Ask,
        "provide" => Provide,
        "purpose" => Purpose,
        "input" => Input,
        "upload" => Upload,
        "login" => Login,
        "show" => Show,
        "neg" => Neg,
        "warn" => Warn,
        "narr" => Narr,
        "manage" => Manage,
        "official" => Official,
        "app_ref" => AppRef,
        "cond" => Cond,
        "anyone" => Anyone,
        "send_value" => SendValue,
        "self_do" => SelfDo,
        "prepare" => Prepare,
        "dest" => Dest,
        "download" => Download,
        "pronoun" => Pronoun,
        "weak_secrecy" => WeakSecrecy,
        "claim" => Claim,
        "generic_claim" => GenericClaim,
        "neg_block" => NegBlock,
        "not_secret" => NotSecret,
        "need_obj" => NeedObj,
        "cue_block" => CueBlock,
        "supply" => Supply,
        "register" => Register,
        "attempt_count" => AttemptCount,
        "code_sent" => CodeSent,
        "institution" => Institution,
        "alarm_cause" => AlarmCause,
        "avert" => Avert,
        "loss" => Loss,
        "restore" => Restore,
        "unlock" => Unlock,
        "update_back" => UpdateBack,
        "charge" => Charge,
        "when" => When,
        "call_in" => CallIn,
        "authenticator" => Authenticator,
        "qr_code" => QrCode,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled-in file parses: every row has 3 columns, a known role and kind (`build.rs`
    /// has checked the language; this is what makes `Scanner::new`'s lexicon error unreachable in
    /// practice).
    #[test]
    fn builtin_parses() {
        let v = builtin().unwrap_or_else(|e| panic!("{e}"));
        assert!(v.len() > 900, "only {} rows", v.len());
    }

    /// No row is repeated: a (role, kind, term) triple appears once.
    #[test]
    fn no_duplicate_rows() {
        let mut seen = std::collections::HashSet::new();
        let dups: Vec<String> = builtin()
            .unwrap()
            .into_iter()
            .map(|row| format!("{row:?}"))
            .filter(|row| !seen.insert(row.clone()))
            .collect();
        assert!(dups.is_empty(), "duplicate rows: {dups:?}");
    }

    /// No two rows of one tag fold to the same term (the second would add nothing).
    #[test]
    fn no_rows_equal_after_folding() {
        let mut seen = std::collections::HashMap::new();
        let mut dups = Vec::new();
        for (t, tag) in builtin().unwrap_or_else(|e| panic!("{e}")) {
            let folded = super::super::fold::fold(t).text.trim().to_string();
            if let Some(prev) = seen.insert((folded, format!("{tag:?}")), t) {
                dups.push(format!("{tag:?}: {prev:?} and {t:?}"));
            }
        }
        assert!(dups.is_empty(), "rows equal after folding: {dups:?}");
    }

    /// Bad rows and tag lines are errors naming the line, not panics.
    #[test]
    fn bad_rows_are_errors() {
        let tags = "tell\t-\nsecret\tpassword\n";
        for bad in [
            "2\ttell me",
            "x\ttell me",
            // The source file's columns: `build.rs` writes a tag's number instead.
            "tell\t-\ttell me",
            // No row before to take the term from.
            "0\t",
            "0\t tell me",
            "0\ttell\tme",
            // A term alone takes the row before's tag: there must be one.
            "tell me",
        ] {
            let e = parse(bad, tags).unwrap_err();
            assert!(e.starts_with("lexicon.tsv line 1:"), "{e}");
        }
        for bad in ["secret\t-", "secret\tnope", "tell\tpin", "shout\t-", "tell"] {
            let e = parse("0\ttell me", bad).unwrap_err();
            assert!(e.starts_with("lexicon tag 0:"), "{e}");
        }
        assert_eq!(
            parse("\n0\ttell me\nsend me\n\n1\t\n1\tpin", tags).unwrap(),
            [
                ("tell me", Tell),
                ("send me", Tell),
                ("send me", Secret(SecretKind::Password)),
                ("pin", Secret(SecretKind::Password)),
            ]
        );
    }

    /// The compiled-in copy is the file with its comment lines emptied and its language column
    /// dropped: every row on its line, parsing to the file's term, role and kind.
    #[test]
    fn compiled_copy_keeps_every_row_on_its_line() {
        let file = include_str!("lexicon.tsv");
        assert_eq!(BUILTIN_TSV.lines().count(), file.lines().count());
        for (built, line) in BUILTIN_TSV.lines().zip(file.lines()) {
            let comment = line.starts_with('#') || line.trim().is_empty();
            assert_eq!(built.is_empty(), comment, "{line}");
        }
        let rows = file
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let parsed = builtin().unwrap();
        assert_eq!(parsed.len(), rows.clone().count());
        for ((term, tag), line) in parsed.into_iter().zip(rows) {
            let c: Vec<&str> = line.split('\t').collect();
            assert_eq!((term, Some(tag)), (c[3], super::tag(c[0], c[1])), "{line}");
        }
    }

    /// Every role name round-trips to a tag.
    #[test]
    fn every_role_is_known() {
        let roles: std::collections::BTreeSet<&str> = BUILTIN_TAGS
            .lines()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert_eq!(roles.len(), 53, "{roles:?}");
    }
}
