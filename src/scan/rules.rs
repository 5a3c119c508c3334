//! The rules that turn lexicon hits in one sentence into indicators: a request is a secret
//! term plus a request cue, with negations, warnings, narratives, supplied code values, resets
//! and official destinations as vetoes. A little context (what the previous two sentences
//! named) is carried in [`State`], bounded in size, so streaming sees exactly what a one-shot
//! scan sees.
//!
//! One sentence goes through named steps over a [`Sentence`] context, in order: collect the
//! hits, clause breaks, negation scopes, secret candidates, request cues (then secrets that are
//! only prepared), credential requests, other indicators with provider claims, generic claims.

use std::cell::Cell;

use super::fold::{self, Folded};
use super::lexicon::{Class, Tag};
use super::{Indicator, IndicatorKind, Language, Scanner, SecretKind};

/// How many previous sentences' features are kept.
const CONTEXT_SENTENCES: usize = 2;

/// Secrets the reader does not set but hands over again when asked to update them: a
/// document's number, a card's, a bank account's ("update your Emirates ID").
fn resupplied(k: SecretKind) -> bool {
    matches!(
        k,
        SecretKind::IdNumber | SecretKind::CardNumber | SecretKind::BankAccount
    )
}

/// The secret behind a [`Tag::PaymentDetails`].
fn payment_kind(t: &Tag) -> Option<SecretKind> {
    match *t {
        Tag::PaymentDetails(k) => Some(k),
        _ => None,
    }
}

/// A reset/change verb this close (folded bytes) before a secret term cancels it.
const MANAGE_REACH: usize = 12;

/// Whether the words between a reset or change verb and a secret are "your" and a name of at
/// most three words ("Update your Demo Support helpdesk password"): the verb reaches the secret
/// across the name, as it does across "your" alone.
fn named_gap(gap: &str) -> bool {
    let Some(name) = gap.strip_prefix(" your ") else {
        return false;
    };
    name.len() <= 40
        && name.split_whitespace().count() <= 3
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
}

/// The manage verbs that hand a card, account or document number over again rather than
/// change a secret ("update your card", "actualice su tarjeta"); see `resupplied`.
const UPDATE_VERBS: [&str; 6] = [
    "update",
    "actualizar",
    "actualice",
    "actualiza",
    "actualicen",
    "更新",
];

/// A set of secret kinds (one bit each).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct KindSet(u16);

impl KindSet {
    const ALL: [SecretKind; 10] = [
        SecretKind::Password,
        SecretKind::VerificationCode,
        SecretKind::Pin,
        SecretKind::CardNumber,
        SecretKind::Cvv,
        SecretKind::IdNumber,
        SecretKind::BankAccount,
        SecretKind::OtherSecret,
        SecretKind::SeedPhrase,
        SecretKind::PrivateKey,
    ];
    fn bit(k: SecretKind) -> u16 {
        1 << (k as u8)
    }
    fn insert(&mut self, k: SecretKind) {
        self.0 |= Self::bit(k);
    }
    fn contains(self, k: SecretKind) -> bool {
        self.0 & Self::bit(k) != 0
    }
    fn is_empty(self) -> bool {
        self.0 == 0
    }
    fn iter(self) -> impl Iterator<Item = SecretKind> {
        Self::ALL.into_iter().filter(move |k| self.contains(*k))
    }
}

/// What a finished sentence leaves for the next ones.
#[derive(Clone, Copy, Debug, Default)]
struct SentFeat {
    download: bool,
    dest: bool,
    /// A URL written out (its scheme): where a Latin log-in under pressure would happen.
    link: bool,
    /// A code sent or about to be sent to the reader ([`Tag::CodeSent`]).
    code_sent: bool,
    /// Pressure: the sentence reported a threat of loss or a refund lure.
    pressure: bool,
    /// The pressure was a threat of loss (not only a refund lure).
    threat: bool,
    /// Another scam indicator was reported ("This is Alipay customer service."): a keying-in cue
    /// after it is a caller's, not a form's.
    claim: bool,
    /// The account under threat ([`Sentence::account_alarm`]), with the secret its page asks for.
    alarm: Option<SecretKind>,
    /// An account state that needs a cause and had none ("Your card has been deactivated."):
    /// an alarm if the next sentence restores the account on a link.
    held: Option<SecretKind>,
    /// A vague security cause ([`Tag::AlarmCause`]): an unlocking after it is an alarm.
    cause: bool,
    /// The reader's payment details named ([`Tag::PaymentDetails`]), with the secret behind them.
    payment: Option<SecretKind>,
    /// Secrets named (valid, not supplied, not negated) but not requested in that sentence.
    pending: KindSet,
    /// A list of fields asked for is open ([`Sentence::list_opens`]): the secrets its next lines name
    /// are asked for ("Please reply with the following information:\nID NUMBER:").
    list_open: bool,
    /// A charge, payment or transfer reported ([`Tag::Charge`]).
    charge: bool,
    /// A Latin log-in on a link that nothing pressed yet ("kindly follow the link below"): a
    /// threat in the next sentences presses it ("Failure to comply might lead to suspension").
    unpressed_login: bool,
    /// A demand held for lack of anything around it, with the secret it would ask for: a
    /// wallet's demand ("you need to unlock your wallet") or a recovery phrase's check, as a
    /// wallet app's own screen says them, or a log-in named by failed attempts ("locked due to
    /// failed login attempts"), as a lock-out notice says it. A link, a loss to avert, an
    /// account alarm or another indicator in the next sentences makes it the lure's ("Please
    /// visit : https://…"; [`Sentence::presses_held`]).
    unpressed: Option<SecretKind>,
    /// The sender's side said it will call the reader ([`Tag::CallIn`]), in a sentence with no
    /// negation or warning.
    call_in: bool,
    /// Secrets the reader was told to have ready for a call ([`CALLED_FOR`] kinds, prepared
    /// and not requested): a call announced in the next sentence asks for them.
    prepared: KindSet,
    /// An authenticator app named ([`Tag::Authenticator`]): a QR code in the next sentences
    /// enrols it too ("If your app does not support QR codes, enter the key manually").
    authenticator: bool,
}

/// The secrets that a caller, and only a caller, wants the reader to have ready: a code, a
/// password or PIN, a wallet's phrase or key. Cards, IDs and account numbers are also what a
/// reader is told to have at hand when they call their bank.
const CALLED_FOR: [SecretKind; 6] = [
    SecretKind::Password,
    SecretKind::VerificationCode,
    SecretKind::Pin,
    SecretKind::Cvv,
    SecretKind::SeedPhrase,
    SecretKind::PrivateKey,
];

/// The longest line (characters) read as one field of a list, and its most words.
const FIELD_CHARS: usize = 24;
const FIELD_WORDS: usize = 4;

/// A line short enough to be one field of a list ("ID NUMBER:", "Acct No", "银行卡号：").
fn field_line(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.len() <= 4 * FIELD_CHARS
        && t.chars().count() <= FIELD_CHARS
        && t.split_whitespace().count() <= FIELD_WORDS
}

/// Words that give a reason ("has been deactivated, most likely due to changes made to your
/// profile"): a state explained by something other than a security cause is a service's own
/// notice, not held for a restoring link.
const REASONS: [&str; 6] = [
    "due to",
    "because",
    "as a result",
    "owing to",
    "debido a",
    "porque",
];

/// Whether the sentence gives a reason ([`REASONS`]).
fn explained(text: &str) -> bool {
    REASONS.iter().any(|r| text.contains(r))
}

/// Buffers reused from sentence to sentence (and by the next one-shot scan on the thread, see
/// [`State::with_spare_buffers`]): once warm, the hits, clause breaks, negation scopes, secret
/// candidates, cues and other indicators of a sentence need no new allocation. A sentence still
/// allocates the span lists of the rarer tags it contains (negation blocks, non-secret codes,
/// reset verbs, supply phrases, cue blocks, attempt counts, prepare verbs; nothing when absent),
/// each indicator's excerpt and provider id, and (for unusually long candidate lists) the merge
/// buffer of a stable sort.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scratch {
    /// Lexicon hits that respect ASCII word boundaries, in the automaton's order.
    hits: Vec<Hit>,
    /// Clause breaks: (byte position, is a comma).
    breaks: Vec<(usize, bool)>,
    /// Negation scopes as found (unsorted, overlapping).
    scopes: Vec<(usize, usize)>,
    /// Negation scopes sorted and merged (what [`in_scopes`] searches).
    merged: Vec<(usize, usize)>,
    /// Secret candidates: (start, end, kind, is a paraphrase).
    secrets: Vec<(usize, usize, SecretKind, bool)>,
    /// Valid request cues: (start, end, cue tag).
    cues: Vec<(usize, usize, Tag)>,
    /// Indicators other than credential requests: (start, end, kind, provider id).
    others: Vec<(usize, usize, IndicatorKind, Option<String>)>,
    /// Byte spans of the URLs in the sentence (`scheme://…`, up to the first character that
    /// cannot be in one).
    urls: Vec<(usize, usize)>,
}

impl Scratch {
    /// Empties every buffer, keeping its capacity.
    fn clear(&mut self) {
        self.hits.clear();
        self.breaks.clear();
        self.scopes.clear();
        self.merged.clear();
        self.secrets.clear();
        self.cues.clear();
        self.others.clear();
        self.urls.clear();
    }
}

/// Pushes the byte spans of the URLs in `bytes` onto `out`, in order: from the scheme before
/// each `://` to the last printable ASCII character after it. Linear: the search resumes after
/// each URL. Returns whether `bytes` has a `?` (a query string may follow), found in the same
/// search: on a sentence, a second search costs as much as the first.
fn url_spans(bytes: &[u8], out: &mut Vec<(usize, usize)>) -> bool {
    let mut from = 0;
    let mut query = false;
    for sep in memchr::memchr2_iter(b':', b'?', bytes) {
        if bytes[sep] == b'?' {
            query = true;
            continue;
        }
        if sep < from || !bytes[sep + 1..].starts_with(b"//") {
            continue;
        }
        let mut start = sep;
        while start > from
            && (bytes[start - 1].is_ascii_alphanumeric()
                || matches!(bytes[start - 1], b'+' | b'.' | b'-'))
        {
            start -= 1;
        }
        let mut end = sep + 3;
        while end < bytes.len() && bytes[end].is_ascii_graphic() {
            end += 1;
        }
        if start < sep {
            out.push((start, end));
        }
        from = end;
    }
    query
}

/// Whether the URL `url` (scheme included) points into the reader's own network: a private or
/// loopback IPv4 address or `localhost` ("http://192.168.0.1/", a router's setup page). No lure
/// sends anyone there, so it gives a request no link's context.
fn local_url(url: &[u8]) -> bool {
    // The scheme runs to the first ':' (`url_spans` starts a URL at its scheme).
    let Some(sep) = memchr::memchr(b':', url).filter(|&i| url[i..].starts_with(b"://")) else {
        return false;
    };
    let host = &url[sep + 3..];
    // Only a digit or "localhost" can start one: most hosts go no further.
    if !host
        .first()
        .is_some_and(|b| b.is_ascii_digit() || b.eq_ignore_ascii_case(&b'l'))
    {
        return false;
    }
    let host = &host[..host
        .iter()
        .position(|b| matches!(b, b'/' | b':' | b'?' | b'#'))
        .unwrap_or(host.len())];
    host.eq_ignore_ascii_case(b"localhost")
        || std::str::from_utf8(host)
            .ok()
            .and_then(|h| h.parse::<std::net::Ipv4Addr>().ok())
            .is_some_and(|ip| ip.is_private() || ip.is_loopback())
}

/// How far back (bytes) [`in_query`] looks for the `?` of a query string.
const QUERY_REACH: usize = 64;

/// Whether a hit starting at `st` lies in a query string: a `?` at most [`QUERY_REACH`] bytes
/// back, only parameter characters (letters, digits, `_-.%+=&`) from there on, and an `=` in
/// that run ("?verification_code=5f2c9a0e", "?type=a&code=…").
fn in_query(bytes: &[u8], st: usize) -> bool {
    let param = |b: &u8| b.is_ascii_alphanumeric() || b"_-.%+=&".contains(b);
    let from = st.saturating_sub(QUERY_REACH);
    let Some(q) = bytes[from..st].iter().rposition(|&b| b == b'?') else {
        return false;
    };
    let before = &bytes[from + q + 1..st];
    before.iter().all(param)
        && (before.contains(&b'=')
            || bytes[st..]
                .iter()
                .take_while(|b| param(b))
                .any(|&b| b == b'='))
}

/// Scan state carried from sentence to sentence: the language hint and bounded context, and
/// the buffers one sentence is analysed in.
#[derive(Clone, Debug)]
pub(crate) struct State {
    context: Context,
    /// Boxed, so handing the buffers to the next scan moves a pointer.
    buffers: Box<Buffers>,
}

/// The folded sentence and the scratch buffers of its analysis.
#[derive(Clone, Debug, Default)]
struct Buffers {
    folded: Folded,
    scratch: Scratch,
}

/// What a sentence's analysis reads of the sentences before it.
#[derive(Clone, Copy, Debug)]
struct Context {
    hint: Option<Language>,
    /// What the previous sentences left, the last one first (a default one before the text's
    /// start, which leaves nothing).
    prev: [SentFeat; CONTEXT_SENTENCES],
    /// Some sentence before the window threatened a loss or alarmed for the account: a wallet's
    /// demand after it, however far, is the lure's ([`Window::threatened_earlier`]).
    threatened_earlier: bool,
    /// UTF-16 offset of the next sentence's start.
    utf16_pos: usize,
}

impl Context {
    /// The context of a text's first sentence.
    fn start(hint: Option<Language>) -> Context {
        Context {
            hint,
            prev: Default::default(),
            threatened_earlier: false,
            utf16_pos: 0,
        }
    }
}

thread_local! {
    /// The buffers of the last one-shot scan on this thread ([`State::with_spare_buffers`]).
    static SPARE: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

impl State {
    pub(crate) fn new(hint: Option<Language>) -> State {
        State {
            context: Context::start(hint),
            buffers: Box::default(),
        }
    }

    /// A new state that starts with the folding and scratch buffers the last one-shot scan on
    /// this thread gave back ([`State::recycle`]), warm: a short text (one SMS) would otherwise
    /// spend more time growing a dozen buffers than matching (issue 14). What the buffers hold
    /// is cleared before each sentence, so this changes no result.
    pub(crate) fn with_spare_buffers(hint: Option<Language>) -> State {
        State {
            context: Context::start(hint),
            // `try_with`: during the thread's teardown there is no spare, not a panic.
            buffers: SPARE
                .try_with(Cell::take)
                .ok()
                .flatten()
                .unwrap_or_default(),
        }
    }

    /// Gives this state's buffers to the next one-shot scan on this thread. They hold what one
    /// sentence (at most [`super::MAX_SENTENCE`] bytes) needed, so what stays is bounded.
    pub(crate) fn recycle(self) {
        let _ = SPARE.try_with(|spare| spare.set(Some(self.buffers)));
    }

    /// The language hint this state was created with.
    pub(crate) fn hint(&self) -> Option<Language> {
        self.context.hint
    }
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    s: usize,
    e: usize,
    pat: u32,
    /// The pattern's class bits (copied here so the steps can skip hits without a lookup).
    bits: u64,
}

/// Presence masks over [`Class`] bits, for "does the sentence have X" questions.
const B_NEG: u64 = Class::Neg.bit();
const B_WARN: u64 = Class::Warn.bit();
const B_NARR: u64 = Class::Narr.bit();

const B_OFFICIAL: u64 = Class::Official.bit();
const B_APPREF: u64 = Class::AppRef.bit();
const B_COND: u64 = Class::Cond.bit();
const B_ANYONE: u64 = Class::Anyone.bit();
const B_SEND_VALUE: u64 = Class::SendValue.bit();
const B_SELF: u64 = Class::SelfDo.bit();
const B_DEST: u64 = Class::Dest.bit();
const B_DOWNLOAD: u64 = Class::Download.bit();
const B_PRONOUN: u64 = Class::Pronoun.bit();
/// An identity claim, specific ("我是", "this is") or generic ("银行客服").
const B_CLAIM: u64 = Class::union(&[Class::Claim, Class::GenericClaim]);
const B_CLAIM_CUE: u64 = Class::Claim.bit();
const B_GENERIC_CLAIM: u64 = Class::GenericClaim.bit();
const B_INSTITUTION: u64 = Class::Institution.bit();
const B_ACCT_NOUN: u64 = Class::AccountNoun.bit();
const B_ACCT_STATE: u64 = Class::AccountState.bit();
const B_ATTEMPTS: u64 = Class::AttemptCount.bit();
const B_CODE_SENT: u64 = Class::CodeSent.bit();
const B_ALARM_CAUSE: u64 = Class::AlarmCause.bit();
const B_ACCT_THREAT: u64 = Class::AccountThreat.bit();
const B_AVERT: u64 = Class::Avert.bit();
const B_LOSS: u64 = Class::Loss.bit();
const B_RESTORE: u64 = Class::Restore.bit();
const B_UNLOCK: u64 = Class::Unlock.bit();
/// Restoring an account: the verbs that name the loss ([`Tag::Unlock`]) restore it too.
const B_RESTORING: u64 = B_RESTORE | B_UNLOCK;
const B_UPDATE_BACK: u64 = Class::UpdateBack.bit();
const B_CHARGE: u64 = Class::Charge.bit();
const B_WHEN: u64 = Class::When.bit();
const B_CALL_IN: u64 = Class::CallIn.bit();
const B_AUTHENTICATOR: u64 = Class::Authenticator.bit();
const B_QR_CODE: u64 = Class::QrCode.bit();
const B_PAYMENT: u64 = Class::PaymentDetails.bit();
const B_SUPPLY: u64 = Class::Supply.bit();
/// Anything naming a secret: a term, a paraphrase or pinyin initials.
const B_SECRETS: u64 = Class::union(&[Class::Secret, Class::Para, Class::Pinyin]);
const B_PREPARE: u64 = Class::Prepare.bit();
/// Request cues: Tell, Ask, Provide, Input (and Upload), Login, Show.
const B_CUE: u64 = Class::union(&[
    Class::Tell,
    Class::Ask,
    Class::Provide,
    Class::Input,
    Class::Login,
    Class::Show,
]);
const B_LOGIN: u64 = Class::Login.bit();
/// The direct cues that carry a paraphrase or an objectless reference: Tell, Ask, Show.
const B_STRONG: u64 = Class::union(&[Class::Tell, Class::Ask, Class::Show]);
const B_REGISTER: u64 = Class::Register.bit();
/// Every cue `request_cues` weighs: the request cues and the weak ones (Purpose, NeedObj).
const B_CUES: u64 = B_CUE | Class::Purpose.bit() | Class::NeedObj.bit();
const B_IND: u64 = Class::Ind.bit();
const B_WEAK_SECRECY: u64 = Class::WeakSecrecy.bit();
const B_PROVIDER: u64 = Class::Provider.bit();
/// The classes that make indicators other than credential requests: indicator terms, weak
/// secrecy, provider names, generic claims, claim cues and words of averting a loss.
const B_EMITS: u64 = B_IND | B_WEAK_SECRECY | B_PROVIDER | B_GENERIC_CLAIM | B_CLAIM_CUE | B_AVERT;

/// Whether a clause break starts at byte `i` of `text`: `Some(true)` for a comma (`,`, `，`),
/// `Some(false)` for another break (`;:()`, a spaced ` - `, `；：（）—–「」“”`).
#[inline]
fn clause_break_at(text: &str, i: usize) -> Option<bool> {
    let b = text.as_bytes();
    match b[i] {
        b',' => Some(true),
        b';' | b':' | b'(' | b')' => Some(false),
        b'-' => {
            ((i > 0 && b[i - 1] == b' ') && (i + 1 >= b.len() || b[i + 1] == b' ')).then_some(false)
        }
        0xE2 | 0xE3 | 0xEF => match text[i..].chars().next() {
            Some('，') => Some(true),
            Some('；' | '：' | '（' | '）' | '—' | '–' | '「' | '」' | '“' | '”') => {
                Some(false)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Drops from `v` every item whose span lies strictly inside a longer span of another item of
/// the same group (longest match wins). Sorts `v` by (group, start, longest first). Linear
/// after the sort: an item is contained iff the earlier item reaching furthest contains it.
fn drop_contained<T, G: Ord + Copy>(
    v: &mut Vec<T>,
    span: impl Fn(&T) -> (usize, usize),
    group: impl Fn(&T) -> G,
) {
    if v.len() < 2 {
        return;
    }
    v.sort_unstable_by_key(|x| {
        let (s, e) = span(x);
        (group(x), s, std::cmp::Reverse(e))
    });
    let mut current: Option<(G, usize, usize)> = None; // (group, start, end) reaching furthest
    v.retain(|x| {
        let (s, e) = span(x);
        let g = group(x);
        match current {
            Some((cg, cs, ce)) if cg == g => {
                if ce >= e && (cs < s || ce > e) {
                    return false;
                }
                if e > ce {
                    current = Some((g, s, e));
                }
                true
            }
            _ => {
                current = Some((g, s, e));
                true
            }
        }
    });
}

/// How far (folded bytes) after a claim cue an institution may start: about 12 CJK characters.
const CLAIM_REACH: usize = 36;

/// Substrings that make the speaker the subject of what follows (`is_promise`). Searched as
/// plain substrings of a short window, without word boundaries (so not lexicon terms: the
/// automaton's ASCII word boundaries and single-character hits would change what matches).
const PROMISE_MARKERS: &[&str] = &[
    "我", "会", "能", "可以", "i'll", "we'll", "i will", "we will", "we can", "i can",
];

/// True if the words just before `s` (same clause, up to 24 bytes: 8 CJK characters or a few
/// Latin words) make the speaker the subject of a promise: "我马上发给你", "我们会尽快审核",
/// "可以立即放款", "we'll … right away".
fn is_promise(text: &str, s: usize) -> bool {
    let before = &text[..s];
    let mut start = s;
    for (i, c) in before.char_indices().rev() {
        if s - i > 24 || matches!(c, ',' | '，' | '。' | ';' | '；' | '!' | '?' | '！' | '？')
        {
            break;
        }
        start = i;
    }
    let w = &text[start..s];
    // A plain byte comparison at each offset, of the markers that start with its byte: for a
    // window this short, `str::contains` spends more setting up its searcher than searching
    // (issue 14: 13 % of an SMS's scan).
    let w = w.as_bytes();
    (0..w.len()).any(|i| {
        let mut markers = PROMISE_MARKERS_BY_FIRST_BYTE[w[i] as usize];
        while markers != 0 {
            let p = PROMISE_MARKERS[markers.trailing_zeros() as usize];
            if w[i..].starts_with(p.as_bytes()) {
                return true;
            }
            markers &= markers - 1;
        }
        false
    })
}

/// The message's own items whose lapsing is no threat to the reader: its link, its code, its
/// invitation.
const OWN_ITEMS: [&str; 6] = ["链接", "连结", "连接", "验证码", "此码", "邀请"];

/// True if the threat term at `s..e` is "过期" said of the message's own link or code within
/// the 16 characters of its clause before it ("此链接将在 24 小时后过期", "验证码10分钟后过期"):
/// the sender's item lapses, the reader loses nothing ("您的积分即将过期" stays a threat).
fn own_item_expires(text: &str, s: usize, e: usize) -> bool {
    if &text[s..e] != "过期" {
        return false;
    }
    let near = &text[start_of_last_chars(&text.as_bytes()[..s], 16)..s];
    let clause = near
        .rsplit(['，', ',', '。', '；', ';', '！', '!'])
        .next()
        .unwrap_or(near);
    OWN_ITEMS.iter().any(|w| clause.contains(w))
}

/// The reader's own stores and screens, which lock by themselves: their being locked is a state
/// the app reports ("Your vault is locked."), no threat.
const SELF_LOCKING: [&str; 6] = [
    "vault", "database", "screen", "device", "session", "keychain",
];

/// True if the threat term at `s..e` is "is locked" or "has been locked" said of one of
/// [`SELF_LOCKING`] right before it ("Your vault is locked. Verify your PIN code to continue.");
/// an account or a wallet locked stays a threat.
fn self_locked(text: &str, s: usize, e: usize) -> bool {
    matches!(&text[s..e], "is locked" | "has been locked")
        && text[..s]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| SELF_LOCKING.contains(&w))
}

/// For each byte, the [`PROMISE_MARKERS`] that start with it (bit `k` for marker `k`).
static PROMISE_MARKERS_BY_FIRST_BYTE: [u16; 256] = {
    assert!(PROMISE_MARKERS.len() <= 16);
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < PROMISE_MARKERS.len() {
        t[PROMISE_MARKERS[k].as_bytes()[0] as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// How far (folded bytes) after an entry cue a count of attempts may start and still make the
/// cue a report: 12 CJK characters or a few Latin words ("输入安全码的次数过多").
const ATTEMPT_REACH: usize = 36;

/// How far (folded bytes) after a cue a non-secret may start and still be the cue's object:
/// an article or a possessive ("enter a new password", "enter your new password", "输入新密码").
const OBJECT_REACH: usize = 6;

/// How far (folded bytes) after an entry cue the secret of its object may start when a code said
/// to be sent describes it ("输入我们发送至以下电话号码的 6 位数验证码"): 24 CJK characters.
const CODE_OBJECT_REACH: usize = 72;

/// Top-level domains that make "word.tld" a host name (`in_host_name`).
const HOST_TLDS: [&[u8]; 16] = [
    b"com", b"net", b"org", b"gov", b"edu", b"io", b"app", b"cn", b"tw", b"hk", b"es", b"mx",
    b"co", b"me", b"info", b"us",
];

/// True if the word ending at `e` is a label of a host name written without a scheme: it is followed by
/// `.` and a known top-level domain ending the token ("login.gov", "secure.login.gov"), or by
/// `.` and further labels that end in one ("login.example.com").
fn in_host_name(bytes: &[u8], e: usize) -> bool {
    let mut i = e;
    // Walk over at most four further labels.
    for _ in 0..4 {
        if bytes.get(i) != Some(&b'.') {
            return false;
        }
        let start = i + 1;
        let mut end = start;
        while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'-') {
            end += 1;
        }
        if end == start {
            return false;
        }
        let label = &bytes[start..end];
        let last = bytes.get(end) != Some(&b'.')
            || !bytes
                .get(end + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric());
        if last {
            return HOST_TLDS.contains(&label);
        }
        i = end;
    }
    false
}

/// UTF-16 length of `s`, counted on bytes: one unit per character, two for 4-byte ones.
pub(crate) fn utf16_len(s: &str) -> usize {
    // Per 127-byte block with u8 counters (at most 2 per byte: no overflow), so the loop
    // vectorizes.
    s.as_bytes()
        .chunks(127)
        .map(|block| {
            block.iter().fold(0u8, |acc, &b| {
                acc + u8::from((b as i8) >= -0x40) + u8::from(b >= 0xF0)
            }) as usize
        })
        .sum()
}

/// Chinese numerals used to spell out codes ("一六八六八六").
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '幺'
    )
}

/// Linking words stripped between a code's name and its value ("验证码为…", "code is …", "OTP
/// Number 3181", "code as 6493"), the first that prefixes the rest winning (so "号码" before
/// "号"). Prefix parsing at one position, not a lexicon lookup.
const VALUE_LINKS: &[&str] = &[
    "为", "是", "is", "es", "was", "of", "de", "：", "号码", "号", "number", "no.", "no ", "as ",
];

/// True if the sentence threatens a loss (an urgency or threat indicator, or an averted loss,
/// outside negation): "log in now to avoid suspension" makes logging in the sender's demand even
/// where the message hides its link behind a button.
fn threatens(scanner: &Scanner, text: &str, hits: &[Hit], merged: &[(usize, usize)]) -> bool {
    hits.iter().any(|h| {
        let threat = (h.bits & B_IND != 0
            && scanner
                .tags(h)
                .contains(&Tag::Ind(IndicatorKind::UrgencyOrThreat)))
            || (h.bits & B_LOSS != 0 && averted(text, hits, h.s).is_some());
        threat && !in_scopes(merged, h.s)
    })
}

/// How far (bytes) after the end of a word of averting a loss may start ("to avoid any
/// possible restriction").
const AVERT_REACH: usize = 16;

/// Where the word of averting a loss at `s` starts ([`Tag::Avert`]: "avoid", "prevent",
/// "evitar"), if one ends within [`AVERT_REACH`] bytes before it in its clause: "to avoid
/// restrictions" threatens them, where "restrictions apply" does not.
fn averted(text: &str, hits: &[Hit], s: usize) -> Option<usize> {
    hits.iter()
        .filter(|a| a.bits & B_AVERT != 0 && a.e < s && s - a.e <= AVERT_REACH)
        .find(|a| !text[a.e..s].contains(['.', ',', ';', ':', '!', '?', '\n']))
        .map(|a| a.s)
}

/// The original sentence behind a folded one, to read what folding rewrote.
#[derive(Clone, Copy)]
struct Source<'a> {
    sentence: &'a str,
    folded: &'a Folded,
}

impl Source<'_> {
    /// The original byte range behind folded bytes `s..e`.
    fn original_span(&self, s: usize, e: usize) -> (usize, usize) {
        self.folded.original_span(self.sentence, s, e)
    }

    /// Whether the original text behind folded bytes `s..e` has an ASCII digit.
    fn digits_behind(&self, s: usize, e: usize) -> bool {
        let (os, oe) = self.original_span(s, e);
        self.sentence.as_bytes()[os..oe]
            .iter()
            .any(u8::is_ascii_digit)
    }
}

/// Opening quotes and brackets around a supplied value (`Password: "DmVAOW"`, `『123456』`).
const VALUE_OPENERS: [char; 8] = ['"', '\'', '“', '「', '『', '[', '(', '（'];

/// The closing quotes and brackets of a supplied value.
const VALUE_CLOSERS: [char; 8] = ['"', '\'', '”', '」', '』', ']', ')', '）'];

/// True if a code value (≥ 4 digits, ASCII or Chinese numerals) follows the term closely
/// ("验证码为385921", "code is 482913", "验证码一六八六八六", "code in TikTok: 2548623521") or
/// precedes it ("203948 is your login code"), or a letters-and-digits value ("pass: tHvb862M")
/// or a quoted one (`Password: "DmVAOW"`) follows it: the text supplies a secret rather than
/// asking for one.
fn supplied_value(text: &str, s: usize, e: usize, src: Source) -> bool {
    let mut rest = &text[e..];
    // "code in TikTok: 2548…", "code for Twitch: 3339907": the value comes after the app's name.
    if let Some(r) = rest
        .strip_prefix(" in ")
        .or_else(|| rest.strip_prefix(" for "))
    {
        if let Some(colon) = r.find(':').filter(|&c| c <= 24) {
            rest = &r[colon..];
        }
    }
    for _ in 0..4 {
        let t = rest.trim_start_matches([
            ' ', ':', '"', '\'', '“', '”', '「', '」', '『', '』', '[', '（', '(',
        ]);
        let t = VALUE_LINKS
            .iter()
            .find_map(|f| t.strip_prefix(f))
            .unwrap_or(t);
        if t.len() == rest.len() {
            break;
        }
        rest = t;
    }
    // Digits, possibly grouped by spaces or a hyphen ("105-876", "337 337").
    let mut digits = 0;
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || is_cn_digit(c) {
            digits += 1;
        } else if c == ' '
            || (c == '-' && digits > 0 && chars.peek().is_some_and(char::is_ascii_digit))
        {
            continue;
        } else {
            break;
        }
    }
    if digits >= 4 {
        return true;
    }
    // A letters-and-digits token, or any token (user names too) in quotes or brackets.
    let quoted = text[..text.len() - rest.len()].ends_with(VALUE_OPENERS);
    let token_len = rest
        .bytes()
        .take_while(|b| {
            b.is_ascii_alphanumeric() || (quoted && matches!(b, b'_' | b'.' | b'-' | b'@'))
        })
        .count();
    let token = &rest.as_bytes()[..token_len];
    // A quoted value is the whole quotation: "DNI (adelante y atrás)" glosses the term.
    let closed = || rest[token_len..].starts_with(VALUE_CLOSERS) || token_len == rest.len();
    if (4..=32).contains(&token.len()) {
        // Folding reads digits inside a word as letters ("Tq7m" → "tqtm"): look behind it.
        let at = text.len() - rest.len();
        let mixed = token.iter().any(u8::is_ascii_alphabetic)
            && (token.iter().any(u8::is_ascii_digit) || src.digits_behind(at, at + token_len));
        if (quoted && closed()) || mixed {
            return true;
        }
    }
    // Before: a digit run then at most three short words, in the 25 characters before the
    // term. Read on bytes: digits, letters and spaces are ASCII, and no byte of a multi-byte
    // character is ASCII.
    let before = &text.as_bytes()[..s];
    // 25 characters take at most 100 bytes: the last digit is looked for there, and where the
    // 25 characters start is worked out only when there is one.
    let near = s.saturating_sub(100);
    // (An OR over the bytes, without early exit, so it vectorizes: most terms have no digit
    // before them.)
    if !before[near..]
        .iter()
        .fold(false, |acc, b| acc | b.is_ascii_digit())
    {
        return false;
    }
    let window_start = start_of_last_chars(before, 25);
    let window = &before[window_start..];
    if let Some((run, after)) = last_digit_run(window) {
        let between = &window[after..];
        if run >= 4
            && between
                .iter()
                .all(|&b| b.is_ascii_alphabetic() || b == b' ')
            && between
                .split(|&b| b == b' ')
                .filter(|w| !w.is_empty())
                .count()
                <= 3
        {
            return true;
        }
        // Chinese: the value, then 为 / 是 and at most six more characters, none a clause
        // break ("482913为您的登录验证码").
        let between = text[window_start + after..s].trim_start();
        if run >= 4
            && between.starts_with(['为', '是'])
            && between.chars().count() <= 7
            && !between.contains(['，', '。', ',', '；', '：'])
        {
            return true;
        }
    }
    // The value named as the secret by "is", a few words (a gloss in brackets too) and no
    // clause break between: "9158 is your One Time Verification (OTP) code".
    let wide = &before[start_of_last_chars(before, COPULA_REACH)..];
    if let Some((run, after)) = last_digit_run(wide) {
        let between = &wide[after..];
        return run >= 4
            && between.starts_with(b" is ")
            && between.is_ascii()
            && !between
                .iter()
                .any(|b| matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?'));
    }
    false
}

/// The last run of ASCII digits in `bytes`: its length, and where the bytes after it start.
fn last_digit_run(bytes: &[u8]) -> Option<(usize, usize)> {
    let end = bytes.iter().rposition(u8::is_ascii_digit)?;
    let run = bytes[..=end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    Some((run, end + 1))
}

/// How many characters before a secret's term a value said to be it ("9158 is your … code")
/// may start.
const COPULA_REACH: usize = 48;

/// True if a Latin log-in cue with its object ([`cue_and_object`]) demands something of the
/// account itself ("restore your account", "confirm ownership", "confirm your email", "confirm
/// your identity", "log in to your Venmo account", "update your details", "regain access") rather
/// than naming the act of logging in: such a demand under a threat made in the sentences before
/// is the sender's, like a log-in under a threat in its own sentence. Restoring needs no named
/// object ("To reactivate, please visit …"), unless the object is something else ("reactivate
/// it": the parcel).
fn account_demand(cue: &str) -> bool {
    const ACCOUNT: [&str; 17] = [
        "account",
        "identity",
        "identification",
        "ownership",
        "email",
        "access",
        "card",
        "debit",
        "details",
        "information",
        "profile",
        "cuenta",
        "acceso",
        "contrasena",
        "sistema de seguridad",
        "datos",
        "tarjeta",
    ];
    const RESTORING: [&str; 4] = ["restore", "recover", "reactivate", "regain"];
    ACCOUNT.iter().any(|w| cue.contains(w))
        || (RESTORING.iter().any(|w| cue.contains(w))
            && !names_any(cue, &["it", "them"])
            && !names_delivery(cue))
}

/// True if a Latin cue's object ([`cue_and_object`]) is a delivery, not the account ("follow
/// the link to track your order").
fn names_delivery(cue: &str) -> bool {
    names_any(
        cue,
        &[
            "order", "parcel", "package", "delivery", "shipment", "track",
        ],
    )
}

/// True if one of the words of a Latin cue and its object is in `words`.
fn names_any(cue: &str, words: &[&str]) -> bool {
    cue.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| words.contains(&w))
}

/// True if a Latin log-in cue under pressure hands over the password: it demands something of
/// the account ([`account_demand`]), or a URL is at hand and the cue names no other object
/// ("Your account is on hold. Kindly verify here https://…").
fn link_or_account_demand(link: bool, cue: &str) -> bool {
    (link && !names_delivery(cue)) || account_demand(cue)
}

/// A form's own words for keying a value in ("enter", "paste", "introduzca"), as against handing
/// it over ("submit", "update your payment details") or keying it on a call's keypad ("marque"):
/// like a Chinese entry cue, such a cue asks for the secret only with something around it (see
/// `request_cues`).
const KEY_IN: &[&str] = &[
    "type",
    "paste",
    "enter",
    "fill in",
    "input",
    "complete your",
    "ingrese",
    "introduzca",
    "escriba",
    "ingresa",
    "ingresen",
    "introduzcan",
    "escriban",
];

/// True if the words before "key in" make it the verb ("Please key in your PIN", "… and key in
/// the code"), not a key named in something ("contains key in deprecated SSH-1 format", "backed
/// recovery phrase to my Master Key in a private place").
fn keyed_in(before: &str) -> bool {
    let before = before.trim_end();
    let last = before.rsplit(' ').next().unwrap_or("");
    before.is_empty()
        || before.ends_with([',', '.', ':', ';', '!'])
        || [
            "please", "pls", "kindly", "to", "and", "then", "you", "must", "can", "now",
        ]
        .contains(&last)
}

/// Whether a Chinese cue is said to the reader in speech, as no form words it: "你需要提供",
/// "麻烦提供", "提供一下" (a caller's softener), or by a speaker who needs it ("我需要您的").
fn spoken_to_you(before: &str, after: &str) -> bool {
    ["你需要", "您需要", "麻烦"]
        .iter()
        .any(|w| before.ends_with(w))
        || after.starts_with("一下")
        || before[start_of_last_chars(before.as_bytes(), 3)..].contains('我')
}

/// Verbs before "you to" that make a cue the goal something else enables or someone helps with
/// ("This seed will allow you to recover your wallet", "we will work with you to restore
/// access"), `|`-separated (one string, not a table: the mobile library's size); "able", "unable"
/// and "helping" do without "you" ("to be able to upload", "you won't be able to restore the
/// wallets otherwise").
const ENABLES_YOU: &str = "allow|allows|allowing|enable|enables|let|lets|help|helps|with";

/// True if `before` (ending right before " to") ends in the words of [`ENABLES_YOU`].
#[inline(never)]
fn enables_to(before: &str) -> bool {
    match before.strip_suffix(" you") {
        Some(b) => ENABLES_YOU.split('|').any(|w| {
            b.strip_suffix(w)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        }),
        None => [" able", " unable", " helping"]
            .iter()
            .any(|w| before.ends_with(w)),
    }
}

/// True if the words right before a cue make it the goal something else enables
/// ([`enables_to`], "lets you", "le permite", "para poder", "才能", "以便"): the goal, not the
/// step asked for. A cue with its own "to" ("to restore") reads as if the "to" came before it.
/// Most cues follow neither "to " nor those words, so they are looked at first.
#[inline(never)]
fn enabled_by(before: &str, cue: &str) -> bool {
    let Some(b) = before.strip_suffix(' ') else {
        return before.ends_with("才能") || before.ends_with("以便");
    };
    let to = if cue.starts_with("to ") {
        Some(b)
    } else {
        b.strip_suffix(" to")
    };
    match to {
        Some(b) => enables_to(b),
        None => [" lets you", " le permite", " te permite", " para poder"]
            .iter()
            .any(|w| b.ends_with(w)),
    }
}

/// A bare "provide" (or "need your") cue: with nothing around it, a form's prompt for a
/// log-in's own secret ("Please provide your password.", "请提供您的密码。", "需要您的主密码。").
const BARE_PROVIDE: [&str; 6] = [
    "provide",
    "提供",
    "需要你的",
    "需要您的",
    "要你的",
    "要您的",
];

/// The reader asked to act, in speech ("can you enter it", "I need you to provide"): a
/// keying-in cue after these is a caller's, not a form's own prompt.
const ASKED_OF_YOU: &[&str] = &[
    "can you ",
    "could you ",
    "would you ",
    "will you ",
    "you to ",
];

/// Words before "with your recovery phrase" in its clause that make it the reader's own way
/// back in ("Reset and recover your wallet with your recovery phrase", "you can only access
/// your keys with your seed phrase") or name it as removed too ("along with your recovery
/// phrase"): a wallet's own screen, asking only with something around it.
const RECOVERS_WITH: [&str; 7] = [
    "restore", "recover", "reset", "access", "import", "along", "required",
];

/// True if a recovery phrase's check is doubted or threatened rather than set as a screen's step:
/// whether it was exposed ("verify if your recovery phrase has been affected") or what not
/// doing it costs ("If you don't verify your secret phrase … then"): a lure's words.
fn own_check_doubted(before: &str, from_cue: &str) -> bool {
    let head = first_bytes(from_cue, 16);
    [" if ", " whether "].iter().any(|w| head.contains(w))
        || ["if you don't ", "if you do not ", "fail to ", "failure to "]
            .iter()
            .any(|w| before.ends_with(w))
}

/// True if the words before a cue urge the reader to it ("It is crucial that you upgrade your
/// wallet"): a lure's, where a screen would just say "Upgrade your wallet".
fn urged(before: &str) -> bool {
    [
        "crucial that you ",
        "essential that you ",
        "imperative that you ",
        "vital that you ",
        "urge you to ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// True if a cue demands something of the reader's own wallet or device ("unlock your wallet",
/// "upgrade wallet", "validate your Ledger device"), as a wallet app's screens say it; not a
/// state ("wallet remains unverified") nor everyone's ("verify their wallets"), which no screen
/// says.
fn wallet_demand(cue: &str) -> bool {
    const VERBS: [&str; 6] = [
        "unlock ",
        "upgrade ",
        "sync ",
        "validate ",
        "verify ",
        "confirm ",
    ];
    VERBS.iter().any(|v| cue.starts_with(v))
        && ["wallet", "ledger"].iter().any(|w| cue.contains(w))
        && !names_any(cue, &["their"])
}

/// True if a "with your … phrase" cue follows one of [`RECOVERS_WITH`] in its clause.
fn recovers_with(before: &str, cue: &str) -> bool {
    if !cue.starts_with("with your") {
        return false;
    }
    let near = &before[start_of_last_chars(before.as_bytes(), 48)..];
    let clause = &near[near.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1)..];
    RECOVERS_WITH.iter().any(|w| clause.contains(w))
}

/// An infinitive of purpose just before a cue ("store these words to restore your wallet"),
/// not an obligation ("you need to", "all users to").
fn purpose_to(before: &str) -> bool {
    before.strip_suffix(" to ").is_some_and(|b| {
        let word = &b[b.rfind(' ').map_or(0, |i| i + 1)..];
        !OBLIGED.contains(&word)
    })
}

/// Words before "to" that make what follows owed rather than a purpose.
const OBLIGED: &[&str] = &[
    "need",
    "needs",
    "have",
    "has",
    "had",
    "required",
    "requires",
    "require",
    "asked",
    "want",
    "wants",
    "users",
    "you",
    "customers",
    "clients",
];

/// A Latin cue with the few words after it ("log in to your Venmo account"): at most 32 more
/// bytes, cut at a character boundary.
fn cue_and_object(text: &str, s: usize, e: usize) -> &str {
    first_bytes(&text[s..], e - s + 32)
}

/// The longest start of `text` of at most `n` bytes that ends on a character boundary.
fn first_bytes(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How far (folded bytes) after an account noun its state may start ("account has been
/// temporarily restricted", "Bank of America profile has been temporarily blocked").
const ALARM_AFTER: usize = 40;

/// How far (folded bytes) before an account noun its state may end ("suspend your Amazon
/// account").
const ALARM_BEFORE: usize = 24;

/// How many characters before an entry or log-in cue a description marker (正在, "may") is looked
/// for.
const DESCRIPTION_REACH: usize = 24;

/// Latin cues whose subject may be the speaker handing the secret over ("we'll send your
/// code") rather than the listener being asked to.
const HANDING_VERBS: [&str; 5] = ["send", "forward", "furnish", "provide", "share"];

/// True if the last three words before a Latin cue have a first-person or future subject
/// ("we", "I'll", "will"), the service as the one let or used to act ("allows us to", "is used
/// to") and no "you": "we will send your code" is the speaker's act, "we need you to send your
/// code" is a request.
///
/// Folded text has ASCII spaces only, so words are split on bytes: this runs on every Latin
/// "send …" cue, and a split on Unicode whitespace made the mixed-text bench about 3 % slower.
fn speaker_subject(before: &str) -> bool {
    let bytes = before.as_bytes();
    let mut start = start_of_last_chars(bytes, DESCRIPTION_REACH);
    // Whole words only: the window may start inside one ("tus" read as "us").
    if start > 0 && !bytes[start - 1].is_ascii_whitespace() {
        start += bytes[start..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(bytes.len() - start);
    }
    let near = &bytes[start..];
    let mut speaker = false;
    for w in near
        .rsplit(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .take(3)
    {
        if w.starts_with(b"you") {
            return false;
        }
        speaker |= matches!(w, b"we" | b"i" | b"will" | b"shall" | b"us" | b"used")
            || ["we'", "we’", "i'", "i’"]
                .iter()
                .any(|p| w.starts_with(p.as_bytes()));
    }
    speaker
}

/// Words right before a warning word that deny it (see `Sentence::warned`).
const DENIALS: [&str; 6] = ["不要", "别", "不", "不是", "勿", "not a "];

/// Who, named right before a Chinese cue, does it instead of the reader ("他们可以输入他们的
/// 密码", "用户需要提供密码才能访问"): the product describes others' steps.
const THIRD_PARTIES: [&str; 6] = ["他们", "他", "她", "用户", "使用者", "对方"];

/// What may stand between such a subject and its cue.
const MODALS: [&str; 9] = ["可以", "需要", "需", "必须", "都", "将", "会", "能", "也"];

/// True if a Chinese cue's subject, right before it (past [`MODALS`]), is a third party.
fn third_party(before: &str) -> bool {
    // Most cues follow none of these words: the character before the cue is matched first
    // against the last characters of `THIRD_PARTIES` and `MODALS`.
    if !before.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '们' | '他'
                | '她'
                | '户'
                | '者'
                | '方'
                | '以'
                | '要'
                | '需'
                | '须'
                | '都'
                | '将'
                | '会'
                | '能'
                | '也'
        )
    }) {
        return false;
    }
    let mut b = before;
    while let Some(m) = MODALS.iter().find(|m| b.ends_with(*m)) {
        b = &b[..b.len() - m.len()];
    }
    THIRD_PARTIES.iter().any(|w| b.ends_with(w))
}

/// True if a Chinese log-in cue heads a noun ("请重新开始登录流程", "登录页面", "登录名"): the flow,
/// page, name or form named, not a demand to log in.
fn zh_login_noun(after: &str) -> bool {
    [
        "流程", "过程", "页面", "界面", "记录", "状态", "方式", "名", "表单", "按钮",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// True if the clause before a Chinese log-in cue says the reader may do it ("帐号激活后，你可以
/// 使用下面的用户名和…密码登录"): a welcome describing access, as `may_do` for Latin cues.
fn zh_may_do(before: &str) -> bool {
    let near = &before[start_of_last_chars(before.as_bytes(), ZH_CLAUSE_REACH)..];
    let clause = &near[near.rfind(['，', ',', '。', '；', '：']).unwrap_or(0)..];
    clause.contains("可以")
}

/// How far (characters) back a Chinese log-in cue's clause is read for "可以".
const ZH_CLAUSE_REACH: usize = 32;

/// True if a Latin cue's clause (`before` the cue, and the cue on) is the speaker's own, with
/// the reader nowhere in it ("We are working hard to restore service"): what the sender does,
/// not a demand.
fn speakers_clause(before: &str, after: &str) -> bool {
    let breaks = |b: &u8| matches!(b, b',' | b';' | b':');
    let bytes = before.as_bytes();
    let clause = before[bytes.iter().rposition(breaks).map_or(0, |i| i + 1)..].trim_start();
    if !["we ", "we'", "we’"].iter().any(|w| clause.starts_with(w)) {
        return false;
    }
    let object = &after[..after
        .bytes()
        .position(|b| breaks(&b))
        .unwrap_or(after.len())];
    !clause.contains("you") && !object.contains("you")
}

/// True if the words before a Latin cue report that it failed ("Unable to send verification
/// code. Please try again.", "we could not verify your password"): the sender's error, not a
/// demand (a demand after it has a cue of its own).
fn failure_report(before: &str) -> bool {
    [
        "unable to ",
        "failed to ",
        "could not ",
        "couldn't ",
        "couldn’t ",
        "cannot ",
        "can't ",
        "can’t ",
        "not able to ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// True if a Chinese entry cue (`s..e`) follows its secret moved before it by "把" ("把支付密码
/// 输进去", "你把密码输一下"): a speaker's directions to the reader; a form says "请输入密码",
/// or how to enter it ("请把密码输入正确").
fn put_in(text: &str, s: usize, e: usize, secrets: &[(usize, usize, SecretKind, bool)]) -> bool {
    !["正确", "错误"].iter().any(|w| text[e..].starts_with(w))
        && secrets.iter().any(|x| {
            x.1 == s
                && ["把", "把你的", "把您的"]
                    .iter()
                    .any(|w| text[..x.0].ends_with(w))
        })
}

/// The marks that end a clause inside a sentence (the segmenter has already cut at `。！？；;`).
const CLAUSE_COMMAS: [char; 2] = ['，', ','];

/// True if a cue sits in a clause of time that says when the reader will be asked ("当系统要求您
/// 输入验证码时，…", "在输入密码的时候…", "Cuando se te solicite un código de verificación, …",
/// "when asked for a code") or what follows the entry ("当您输入密码并打开文件后，…"): it
/// describes a later prompt, not a demand.
fn when_asked(text: &str, s: usize, e: usize) -> bool {
    let before = &text[..s];
    if [
        "when ",
        "when you are ",
        "when you're ",
        "cuando se te ",
        "cuando se le ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
    {
        return true;
    }
    // A Chinese cue: its clause, read back to the last break (a sentence is at most
    // [`super::MAX_SENTENCE`] bytes).
    if text.as_bytes()[s].is_ascii() {
        return false;
    }
    let clause = before.rsplit(CLAUSE_COMMAS).next().unwrap_or(before);
    let rest = text[e..].split(CLAUSE_COMMAS).next().unwrap_or("");
    (clause.trim_start().starts_with('当') && (rest.contains('时') || after_it(rest)))
        || (clause
            .rfind('在')
            .is_some_and(|i| !clause[..i].contains('请'))
            && (rest.contains("的时候") || after_it(rest)))
}

/// True if the rest of a Chinese cue's clause says "after" ("在您输入密码并打开文件后",
/// "当您输入正确密码之后", "只有在输入密码后才能访问"): what follows the entry, not a request
/// for it.
fn after_it(rest: &str) -> bool {
    ["之后", "以后", "后才", "后可", "后即"]
        .iter()
        .any(|w| rest.contains(w))
        || rest
            .trim_end_matches(|c: char| c.is_whitespace() || "。.！!".contains(c))
            .ends_with('后')
}

/// True if the rest of a Chinese cue's clause (up to the next comma) holds "时": the clause
/// says when, as "提示输入…时" does (`when_asked` reads the same on the clause it has cut).
fn time_clause_ends(after: &str) -> bool {
    after
        .split(CLAUSE_COMMAS)
        .next()
        .is_some_and(|rest| rest.contains('时'))
}

/// True if a Chinese cue comes right after "提示" and its clause ends in "时" ("提示输入密码…时":
/// when the reader is prompted to enter it): the moment described, not a request.
fn when_prompted(text: &str, s: usize, e: usize) -> bool {
    text[..s].ends_with("提示") && time_clause_ends(&text[e..])
}

/// True if a Latin entry cue's object is what the message itself gives: "this" secret ("Please
/// enter this OTP and get started"; the code may have been left out of a copy) or a value
/// written out ("Please enter 482913 into LINE"), not one the reader is to find. Asking for a
/// code the reader received says "the code", "your code"; handing it over ("send this code")
/// is a different cue.
fn enters_given(text: &str, e: usize, secrets: &[(usize, usize, SecretKind, bool)]) -> bool {
    const THIS: &str = " this ";
    if text[e..].starts_with(THIS) && secrets.iter().any(|x| x.0 == e + THIS.len()) {
        return true;
    }
    let value = text[e..].strip_prefix(' ').unwrap_or("");
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 4 && !value[digits..].starts_with(|c: char| c.is_alphanumeric())
}

/// How far after a Latin log-in cue (bytes) and before it (characters) a stated purpose is
/// looked for, within the cue's clause (no break other than a comma between them).
const PURPOSE_AFTER: usize = 24;
const PURPOSE_BEFORE: usize = 48;

/// Purposes that restore the account, after "to" (English) or "para" (Spanish): a log-in for
/// one of them is asked because the account is in trouble ("Please log in to restore access",
/// "Para activar su cuenta, puede acceder…").
const RESTORING: Purposes = (
    &[
        "restore",
        "unlock",
        "reactivate",
        "recover",
        "regain",
        "lift",
        "appeal",
        "resolve",
    ],
    &[
        "activar",
        "reactivar",
        "desbloquear",
        "validar",
        "restablecer",
        "proteger",
        "recuperar",
        "reanudar",
    ],
);

/// Purposes that check something: asked of the log-in only after it and for the account or the
/// reader's identity ("log in to confirm your identity", "inicie sesión para actualizar su
/// información", "login to verify below"), not for anything else ("log in to confirm your
/// appointment").
const CHECKING: Purposes = (
    &[
        "verify",
        "re-verify",
        "reverify",
        "confirm",
        "validate",
        "update",
    ],
    &["actualizar", "verificar", "confirmar", "comprobar"],
);

/// What a restoring purpose restores when it is the reader's data, not the account ("You need
/// to login to restore attachments from a backup file"): a product's own restore step.
const RESTORED_DATA: [&str; 10] = [
    "attachments",
    "files",
    "backup",
    "backups",
    "notes",
    "messages",
    "chats",
    "history",
    "settings",
    "archivos",
];

/// Verbs of purpose: English ones after "to", Spanish ones after "para".
type Purposes = (&'static [&'static str], &'static [&'static str]);

/// What a checking purpose may be about.
const CHECKED: [&str; 12] = [
    "identity",
    "account",
    "information",
    "details",
    "credentials",
    "profile",
    "identidad",
    "cuenta",
    "informacion",
    "datos",
    "credenciales",
    "perfil",
];

/// Words of a Latin cue that name logging in itself (the log-in rows also hold "verify your
/// account" and the like, which a purpose does not turn into a log-in).
const LOGGING_IN: [&str; 6] = ["log", "sign in", "sesion", "session", "acced", "ingres"];

/// Where in `hay` a purpose starts: the word "to" then one of the English verbs, or "para"
/// then one of the Spanish ones. Returns the end of the verb.
fn purpose_in(hay: &str, (en, es): Purposes) -> Option<usize> {
    let b = hay.as_bytes();
    [("to ", en), ("para ", es)].iter().find_map(|&(m, verbs)| {
        hay.match_indices(m)
            .filter(|&(i, _)| i == 0 || !b[i - 1].is_ascii_alphanumeric())
            .find_map(|(i, _)| {
                let at = i + m.len();
                verbs
                    .iter()
                    .find(|v| hay[at..].starts_with(*v))
                    .map(|v| at + v.len())
            })
    })
}

/// True if a Latin log-in cue is a noun: named by its kind ("password login"), pointed at ("to
/// review this login") or the subject of a statement ("login is disabled on this server"): the
/// service describes itself, asks nothing.
fn login_as_noun(text: &str, s: usize, e: usize) -> bool {
    let after = &text[e..];
    let before = text[..s].trim_end();
    ["password", " this", " that"]
        .iter()
        .any(|w| before.ends_with(w))
        || [" is ", " was ", " has been ", " will be "]
            .iter()
            .any(|w| after.starts_with(w))
        || (text[s..e].ends_with("login")
            && LOGIN_NOUNS.iter().any(|w| {
                after
                    .strip_prefix(w)
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
            }))
}

/// True if a Latin "login" names attempts ("due to too many failed login attempts"): the
/// alarm's own cause, a way back to restore the account only with a place to go.
fn log_in_attempts(after: &str) -> bool {
    [" attempt", " tries"].iter().any(|w| after.starts_with(w))
}

/// Nouns a "login" before them makes a part of the service ("Local login system has been
/// disabled", "login method"): a description, no demand. Not "login attempts": an alarm names
/// them, and a log-in after it restores the account; with no place to go they are held instead
/// ([`log_in_attempts`]).
const LOGIN_NOUNS: [&str; 8] = [
    " system",
    " method",
    " methods",
    " history",
    " provider",
    " providers",
    " flow",
    " sessions",
];

/// True if the words right before a Latin cue say the reader may do it ("you can log in", "you
/// will be able to sign in", "puede iniciar sesión"): a welcome describing access, not a demand,
/// where no alarm or restoring purpose makes it the way back ("Para activar su cuenta puede
/// acceder desde: …"; `request_cues` checks those).
fn may_do(before: &str) -> bool {
    let before = before.trim_end();
    // "you can always", "you can now": the same welcome.
    let before = without_adverb(before);
    [
        "you can", "you may", "able to", "puede", "puedes", "pueden", "pueda", "puedan", "podra",
        "podras", "podran", "poder",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// `before` (trimmed at its end) without a last adverb that leaves the verb's sense as it is
/// ("you can always", "you will still need").
fn without_adverb(before: &str) -> &str {
    ["always", "now", "still", "also", "only"]
        .iter()
        .find_map(|w| before.strip_suffix(w).map(str::trim_end))
        .unwrap_or(before)
}

/// A later obligation just before a cue ("you will have to restore your wallet", "you'll
/// need to back up"): the product describing a step, unless something around it makes it a
/// caller's demand (`request_cues` checks that).
fn will_need_to(before: &str) -> bool {
    let before = before.trim_end();
    if let Some(b) = before
        .strip_suffix(" need to")
        .or_else(|| before.strip_suffix(" have to"))
    {
        return ["you will", "you'll", "you’ll"]
            .iter()
            .any(|w| b.ends_with(w));
    }
    // The product's own later prompt ("monerujo will still require you to enter password").
    let Some(b) = [" require you to", " ask you to", " prompt you to"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
    else {
        return false;
    };
    others_will(without_adverb(b.trim_end()), &[" will"])
}

/// True if `before` ends in one of `wills` (" will", "'ll") after a subject other than "I" or
/// "we": what something or someone else will do, not the speaker's own demand ("we will need
/// the code you received").
fn others_will(before: &str, wills: &[&str]) -> bool {
    wills.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|subject| !matches!(subject.rsplit(' ').next(), Some("i" | "we")))
    })
}

/// True if a Chinese cue's object is "一个 …" or "一组 …", not the reader's ("请为每个外部收信人提供
/// 一个协定密码", "该钱包会提供一个 24 个英文单词的助记词"): a new secret agreed or issued, as a
/// Latin "send a code" is (`sends_a_new_one`).
fn gives_a_new_one(after: &str) -> bool {
    let a = after.trim_start();
    let object = first_bytes(a, 36);
    (a.starts_with("一个") || a.starts_with("一组"))
        && !object.contains('你')
        && !object.contains('您')
}

/// What a question can ask about a secret instead of asking for it ("the purpose of", "el
/// papel de"): folded, Spanish without accents.
const ABOUT_WORDS: [&str; 20] = [
    "purpose",
    "role",
    "point",
    "meaning",
    "difference",
    "benefit",
    "function",
    "use",
    "importance",
    "advantage",
    "proposito",
    "papel",
    "funcion",
    "sentido",
    "significado",
    "diferencia",
    "objetivo",
    "finalidad",
    "importancia",
    "ventaja",
];

/// True if a "what is the" / "cuál es" asks about an attribute of the secret ("What is the
/// purpose of the private key in a Bitcoin transaction", "¿Cuál es el papel de la frase de
/// contraseña?"): an FAQ's question, answered by the text, not a demand for the secret. "What
/// is the last word of your phrase" still asks.
fn about_it(after: &str) -> bool {
    let a = after.trim_start();
    let a = ["el ", "la ", "los ", "las "]
        .iter()
        .find_map(|p| a.strip_prefix(p))
        .unwrap_or(a);
    ABOUT_WORDS.iter().any(|w| {
        a.strip_prefix(w)
            .is_some_and(|r| [" of ", " de ", " del "].iter().any(|o| r.starts_with(o)))
    })
}

/// The marks that end a clause ahead of a cue, in either script.
const CLAUSE_ENDS: [char; 13] = [
    '.', '!', '?', ';', ':', '\n', '，', ',', '。', '！', '？', '；', '：',
];

/// `after` up to the first of [`CLAUSE_ENDS`]: the rest of a cue's clause.
fn clause_ahead(after: &str) -> &str {
    &after[..after.find(CLAUSE_ENDS).unwrap_or(after.len())]
}

/// How far (bytes) after a Chinese "provide" cue the requirement's "才能" is looked for.
const REQUIREMENT_REACH: usize = 48;

/// True if a Chinese "provide" says what the secret unlocks, in its own clause and with the
/// reader nowhere in it ("需要提供原密码才能更改密码", "用户需要提供密码才能访问此 Send"): the
/// product's requirement, as "将需要" is ([`will_need`]). A caller's demand names the reader
/// ("需要您提供验证码才能退款").
fn zh_requirement(before: &str, cue: &str, after: &str) -> bool {
    let after = first_bytes(after, REQUIREMENT_REACH);
    // Most "provide" cues have no 才 / 方 after them: a character search rules them out first.
    if !(after.contains('才') || after.contains('方')) {
        return false;
    }
    let clause = clause_ahead(after);
    let near = &before[start_of_last_chars(before.as_bytes(), 4)..];
    ["才能", "才可以", "方可"]
        .iter()
        .any(|w| clause.contains(w))
        && ![near, cue, clause]
            .iter()
            .any(|x| x.contains('你') || x.contains('您'))
}

/// The product prompting the reader later, in Chinese, right before an entry or "provide" cue
/// ("系统会提示您提供", "我们将要求你输入"); not a bare "提示" ("按提示输入": follow the prompts).
const WILL_PROMPT: [&str; 10] = [
    "会要求您",
    "会要求你",
    "将要求您",
    "将要求你",
    "系统要求您",
    "系统要求你",
    "提示您",
    "提示你",
    "表单要求您",
    "表单要求你",
];

/// What the reader may be asked, in Chinese (each has "求", checked first).
const MAY_BE_ASKED: [&str; 3] = ["可能会被要求", "可能被要求", "可能会要求"];

/// True if a "send" cue's clause `s..e` sends money, not a secret ("enter your PIN code to
/// confirm and send out this payment", "you will need this password to send transactions",
/// "before you can send or receive funds"): a money word before any secret; the secret named
/// with it unlocks the sending.
fn sends_value(
    hits: &[Hit],
    secrets: &[(usize, usize, SecretKind, bool)],
    s: usize,
    e: usize,
) -> bool {
    hits.iter().any(|m| {
        m.bits & B_SEND_VALUE != 0
            && m.s >= s
            && m.e <= e
            && !secrets.iter().any(|x| x.0 >= s && x.0 < m.s)
    })
}

/// True if a cue at `s..e` sits in a condition of the reader's ("if you", "如果你") and hands the
/// secret to anyone at all ("… to someone", "…给别人"), each within the cue's clause (the
/// recipient within 60 bytes): the consequence of giving it away, a warning ("If you send your
/// private key to someone, they now have full control of your account").
fn gives_it_away(text: &str, hits: &[Hit], s: usize, e: usize) -> bool {
    // (The stop sets are the ones other checks search with, so no new searcher is built.)
    hits.iter().any(|r| {
        r.bits & B_ANYONE != 0
            && r.s >= e
            && r.e <= e + 60
            && !text[e..r.s].contains(['，', '。', ',', '.', '；', ';'])
    }) && hits.iter().any(|c| {
        c.bits & B_COND != 0 && c.e <= s && text[c.e..s].rfind(['，', ',', '；', ';']).is_none()
    })
}

/// True if a "需要你的" cue (or its "要你的" inside) follows "将" or "会", or a Latin "need your" or
/// "need the" follows "will" but not "I will", "we will" ("You will still need your recovery
/// phrase."): what something will need ("访问钱包将需要你的PIN"), not a demand of the speaker's.
fn will_need(before: &str, cue: &str) -> bool {
    if cue == "need your" || cue == "need the" {
        return others_will(without_adverb(before.trim_end()), &[" will", "'ll", "’ll"]);
    }
    let before = if cue.starts_with("要") {
        before.strip_suffix('需').unwrap_or("")
    } else if cue.starts_with("需要") {
        before
    } else {
        return false;
    };
    before.ends_with('将') || before.ends_with('会')
}

/// A QR code as the lexicon writes it (folded): named, it is no caller's context by itself.
const QR_CODE: [&str; 2] = ["qr code", "二维码"];

/// True if an indicator is a QR code named as such ("the pin associated with this QR code",
/// "include a QR code in invoices"): a thing the product shows, not a caller's context for
/// keying a secret in.
fn names_a_qr_code(i: &Indicator) -> bool {
    i.kind == IndicatorKind::LinkOrAppInstall
        && (QR_CODE.iter().any(|q| i.excerpt.eq_ignore_ascii_case(q)) || i.excerpt == "二維碼")
}

/// The rest of a Latin cue's clause: `after` up to the next terminator or line break.
fn rest_of_clause(after: &str) -> &str {
    &after[..after
        .find(['.', '!', '?', ';', '\n'])
        .unwrap_or(after.len())]
}

/// True if the rest of a Latin cue's clause says the secret is typed a second time ("… the
/// wallet password again", "… by providing the same password").
fn re_entry(after: &str) -> bool {
    let clause = rest_of_clause(after);
    clause.ends_with(" again") || clause.contains(" the same ")
}

/// A reader's contact details, or a setup step of the reader's own, as the object of a
/// confirming cue.
const OWN_OBJECTS: [&str; 13] = [
    "phone",
    "mobile",
    "cell",
    "email",
    "e-mail",
    "numero de telefono",
    "numero de celular",
    "correo",
    "setup",
    "set-up",
    "configuration",
    "pairing",
    "configuracion",
];

/// Whether a confirming cue (`verifies`) confirms the reader's phone number or e-mail
/// ("To confirm your phone number, enter the code."), or a setup ("enter the 6-digit code it
/// shows to confirm the setup"): with nothing around it, a check of a
/// contact, not a demand for the code the sentence names; another cue in the sentence ("enter"
/// at a link, "tell me") still asks for it.
fn confirms_own(cue: &str, after: &str) -> bool {
    verifies(cue) && {
        let object = after.trim_start_matches(' ');
        let object = object
            .strip_prefix("mobile ")
            .filter(|o| o.starts_with("phone"))
            .unwrap_or(object);
        OWN_OBJECTS.iter().any(|c| object.starts_with(c))
    }
}

/// A Latin cue that has the reader confirm a secret ("confirm your password", "verify your
/// PIN"): with nothing around it, a form checking what was typed or set, as a screen asks.
/// Not a plural imperative ("Confirmen su contraseña": a message to many customers).
fn verifies(cue: &str) -> bool {
    ["confirm", "verify", "validate", "re-verify", "reverify"]
        .iter()
        .any(|w| cue.starts_with(w))
        && !["confirmen", "verifiquen", "validen"]
            .iter()
            .any(|w| cue.starts_with(w))
}

/// True if the rest of a Latin cue's clause says what confirming saves ("… to keep receiving
/// mail", "… to avoid suspension", "… or your account will be closed"): a lure's pressure, which
/// no form's re-check states.
fn to_keep(after: &str) -> bool {
    let clause = rest_of_clause(after);
    [
        " to keep",
        " to avoid",
        " to prevent",
        " to retain",
        " or your",
        " otherwise",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// True if a sentence sets a word-order quiz on the screen ("Tap each word in the correct order
/// to verify your recovery phrase", "Fill in the blank fields with the words …"): a wallet
/// checking its own backup. A lure asks for the phrase typed out, at a link.
fn word_quiz(text: &str) -> bool {
    [
        "correct order",
        "each word",
        "the words below",
        "blank fields",
        "empty boxes",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Whether every secret a sentence names is a log-in's own password or PIN, not "credentials"
/// (what a lure's page collects), a code, a phrase or a number: what a form has the reader
/// confirm ("Confirm your Signal PIN", "Please confirm your password.").
fn confirms_own_login(text: &str, secrets: &[(usize, usize, SecretKind, bool)]) -> bool {
    !secrets.is_empty()
        && secrets.iter().all(|&(s, e, k, _)| {
            matches!(k, SecretKind::Password | SecretKind::Pin)
                && !text[s..e].contains("credential")
        })
}

/// How far after an entry cue its purpose "to continue" is looked for (folded bytes).
const CONTINUE_REACH: usize = 60;

/// True if the cue's clause ends in "to continue" or "to proceed" ("输入验证码以继续",
/// "我们需要您的密码才能继续", "enter the code to continue"): the step that holds up the reader's
/// own flow on the screen in front of them. A caller names what the secret is for ("才能办理退款").
fn to_continue(after: &str) -> bool {
    let clause = clause_ahead(first_bytes(after, CONTINUE_REACH)).trim_end();
    [
        "以继续",
        "才能继续",
        "来继续",
        "以便继续",
        " to continue",
        " to proceed",
        " para continuar",
        " para proceder",
    ]
    .iter()
    .any(|w| clause.ends_with(w))
}

/// How far after a Latin "send" cue its destination is looked for.
const SENT_TO_REACH: usize = 48;

/// What follows a "send" cue within its clause, at most [`SENT_TO_REACH`] bytes.
fn what_is_sent(after: &str) -> &str {
    rest_of_clause(first_bytes(after, SENT_TO_REACH))
}

/// True if what a "send" cue sends goes to the reader's own inbox or phone, within its clause
/// ("Click the button to send a verification code to your email"): the service delivering a
/// code, not a request for one. Not a code already sent there ("send the code sent to your
/// phone": that one is asked for).
fn sent_to_the_reader(sent: &str) -> bool {
    // A field naming where to send ("Email address to send the confirmation code to.", "the
    // email you will send from"), or a masked number: the reader's own ("Send code via SMS to
    // (***) ***-**42").
    let sent = sent.trim_end();
    if sent.ends_with(" to") || sent.is_empty() || sent == " from" {
        return true;
    }
    if sent.contains('*')
        && sent
            .split_once(" to ")
            .is_some_and(|(_, r)| r.trim_start().starts_with(['*', '(']) && r.contains("**"))
    {
        return true;
    }
    let Some((object, rest)) = sent.split_once(" to your ") else {
        return false;
    };
    let word = rest.split_whitespace().next().unwrap_or("");
    !names_any(object, &["sent", "received", "receive", "got"])
        && [
            "email",
            "e-mail",
            "phone",
            "mobile",
            "inbox",
            "device",
            "registered",
        ]
        .contains(&word)
}

/// True if what a "send" cue sends goes to a user of the service ("Send account information to
/// the user", "Send by email a new temporary password to the user"): an administrator's action on
/// someone else's account, not a request to the reader.
fn sent_to_a_user(after: &str) -> bool {
    let Some((_, to)) = what_is_sent(after).split_once(" to ") else {
        return false;
    };
    // A name, not an address ("to user@example.com").
    let noun = to
        .split(' ')
        .find(|w| !matches!(*w, "" | "the" | "this" | "each" | "new"));
    noun.is_some_and(|w| matches!(w.trim_end_matches(['.', ',', ';']), "user" | "users"))
}

/// True if what a "send" cue sends is a new one, named with an indefinite article and not the
/// reader's ("click the button to send a one-time use code", "Send a One Time Password to the
/// user's email address"): for a code, the service issuing it, not a request for one the reader
/// holds.
fn sends_a_new_one(clause: &str) -> bool {
    (clause.starts_with(" a ") || clause.starts_with(" an "))
        && !names_any(clause, &["your", "sent", "received", "receive", "got"])
}

/// True if a Latin log-in cue comes with a stated purpose of restoring the account, before or
/// after it, or of checking the account or the reader's identity, after it, within its clause:
/// the purpose says the account is in trouble, as a threat would, where the message names none.
fn login_purpose(text: &str, s: usize, e: usize) -> bool {
    if !LOGGING_IN.iter().any(|w| text[s..e].contains(w)) {
        return false;
    }
    let clause_end = |c: char| matches!(c, '.' | '!' | '?' | ';' | ':' | '\n');
    let clause = |t: &str| -> usize { t.find(clause_end).unwrap_or(t.len()) };
    let after = first_bytes(&text[e..], PURPOSE_AFTER);
    let after = &after[..clause(after)];
    // The few words after the purpose's verb.
    let object = |end: usize| {
        let rest = first_bytes(&text[e + end..], PURPOSE_AFTER);
        &rest[..clause(rest)]
    };
    if purpose_in(after, RESTORING).is_some_and(|end| !names_any(object(end), &RESTORED_DATA)) {
        return true;
    }
    // The checked object: none at all ("login to verify below") or the account's.
    let checked = |end: usize| {
        let rest = object(end);
        rest.split_whitespace().count() <= 1 || names_any(rest, &CHECKED)
    };
    if purpose_in(after, CHECKING).is_some_and(checked) {
        return true;
    }
    let before = &text[start_of_last_chars(&text.as_bytes()[..s], PURPOSE_BEFORE)..s];
    let before = &before[before.rfind(clause_end).map_or(0, |i| i + 1)..];
    purpose_in(before, RESTORING).is_some()
}

/// Log-in cues (their ends) that are themselves a check only the service's own pages make:
/// confirming the reader's identity ("Please confirm your identity here"), activating a new
/// security system ("Tienes que activar el nuevo sistema de seguridad web").
const OWN_PAGE_CHECKS: [&str; 3] = [
    "confirm your identity",
    "nuevo sistema de seguridad",
    "nueva sistema de seguridad",
];

/// True if a Latin log-in cue is one of [`OWN_PAGE_CHECKS`]: asked of the reader, it asks for
/// what those pages do. Not when someone else is to do it ("We need someone to confirm your
/// identity"), nor by using or entering what the message gives ("Use it to confirm your
/// identity"), nor after a code it names ("We sent you a code to confirm your identity": the
/// caller checks for that). A screen's step "to continue" is checked by the caller
/// (`screen_step`).
fn own_page_check(text: &str, s: usize, e: usize) -> bool {
    if !OWN_PAGE_CHECKS.iter().any(|c| text[s..e].ends_with(c)) {
        return false;
    }
    let before = &text[start_of_last_chars(&text.as_bytes()[..s], PURPOSE_BEFORE)..s];
    let before = &before[before
        .rfind(['.', '!', '?', ';', ':', '\n'])
        .map_or(0, |i| i + 1)..];
    !before.trim_end_matches("re-").ends_with("someone to ")
        && !names_any(before, &["use", "enter", "entering"])
}

/// How many characters before a Latin log-in cue a call-back ("contact us within 24 hours to
/// confirm your details") is looked for.
const CALL_BACK_REACH: usize = 40;

/// True if the reader is told, within [`CALL_BACK_REACH`] characters before a Latin log-in
/// cue, to contact or call the sender: what follows is done on the phone, not on a page.
fn call_back(before: &str) -> bool {
    let near = &before[start_of_last_chars(before.as_bytes(), CALL_BACK_REACH)..];
    ["contact us", "call us", "call our"]
        .iter()
        .any(|w| near.contains(w))
}

/// True if, within [`CALL_BACK_REACH`] bytes after a Latin log-in cue, the reader is sent to a
/// phone ("to Re-activate kindly call customer care", "update your details to active it
/// Helpline: …"): with no link at hand, the restoring happens on a call, not on a page.
fn call_after(after: &str) -> bool {
    let near = first_bytes(after, CALL_BACK_REACH);
    ["call ", "call:", "helpline", "customer care", "toll free"]
        .iter()
        .any(|w| near.contains(w))
}

/// Where the last `n` characters of the UTF-8 text `bytes` start (0 when it has no more).
fn start_of_last_chars(bytes: &[u8], n: usize) -> usize {
    let mut count = 0;
    for i in (0..bytes.len()).rev() {
        // A character starts at every byte that is not a continuation byte (0b10xx_xxxx).
        if (bytes[i] as i8) >= -0x40 {
            count += 1;
            if count == n {
                return i;
            }
        }
    }
    0
}

/// Fillers that may follow an objectless cue ("告诉我一下吧"), each stripped at most once and in
/// this order: prefix parsing right after the cue, not a lexicon lookup.
const CUE_FILLERS: [&str; 10] = [
    "一下",
    "下",
    "吧",
    "啊",
    "哦",
    "呀",
    "就行",
    "就可以",
    "好吗",
    "了",
];

/// After a cue, only fillers and then a clause end: the cue has no object of its own
/// ("收到后告诉我。"), so it refers to a secret named before.
fn objectless_cjk(text: &str, e: usize) -> bool {
    let mut rest = &text[e..];
    for f in CUE_FILLERS {
        if let Some(r) = rest.strip_prefix(f) {
            rest = r;
        }
    }
    rest.is_empty()
        || rest.starts_with([',', '。', '.', '!', '?', ';', '！', '？', '；', ' ', '，'])
}

/// Whether a span lies within one of `list`'s spans.
fn inside(list: &[(usize, usize)], s: usize, e: usize) -> bool {
    list.iter().any(|&(bs, be)| bs <= s && e <= be)
}

/// Whether `pos` falls in one of the sorted, merged negation scopes.
fn in_scopes(scopes: &[(usize, usize)], pos: usize) -> bool {
    let i = scopes.partition_point(|&(s, _)| s <= pos);
    i > 0 && pos < scopes[i - 1].1
}

/// The first clause break at or after `pos` (commas only if `commas`), else `len`.
fn next_break(breaks: &[(usize, bool)], len: usize, pos: usize, commas: bool) -> usize {
    let i = breaks.partition_point(|&(b, _)| b < pos);
    breaks[i..]
        .iter()
        .find(|&&(_, comma)| commas || !comma)
        .map_or(len, |&(b, _)| b)
}

/// The clause (between breaks, commas included) that contains `pos`.
fn clause_of(breaks: &[(usize, bool)], len: usize, pos: usize) -> (usize, usize) {
    let i = breaks.partition_point(|&(b, _)| b < pos);
    let start = if i > 0 { breaks[i - 1].0 + 1 } else { 0 };
    let end = breaks.get(i).map_or(len, |&(b, _)| b);
    (start, end)
}

/// What the last few sentences (this one included) brought: a download, a caller-supplied
/// destination, a URL, pressure. Entering or logging in counts as handing over only with a
/// download or a destination; a bare log-in on a destination only under pressure as well. A
/// URL is a destination only for a Latin log-in under pressure ("Your account is on hold.
/// Verify here https://…"): elsewhere a service's own mails give links all the time.
#[derive(Clone, Copy, Debug)]
struct Window {
    download: bool,
    dest: bool,
    link: bool,
    code_sent: bool,
    /// A code said to be sent in an earlier sentence of the window.
    code_sent_before: bool,
    pressure: bool,
    /// The pressure includes a threat of loss ([`SentFeat::threat`]).
    threat: bool,
    /// An earlier sentence reported another indicator ([`SentFeat::claim`]).
    claim: bool,
    /// The account under threat in an earlier sentence of the window (the latest one's secret).
    alarm_before: Option<SecretKind>,
    /// A vague security cause here or in the sentence before ([`SentFeat::cause`]).
    cause: bool,
    /// A charge reported here or in the sentence before ([`SentFeat::charge`]).
    charge: bool,
    /// An earlier sentence of the window left a log-in on a link unpressed
    /// ([`SentFeat::unpressed_login`]).
    unpressed_login: bool,
    /// An earlier sentence of the window left a demand unpressed ([`SentFeat::unpressed`]).
    unpressed: Option<SecretKind>,
    /// A sentence before the window threatened ([`Context::threatened_earlier`]).
    threatened_earlier: bool,
    /// The sender's side will call the reader, said here or in an earlier sentence of the
    /// window ([`SentFeat::call_in`]).
    call_in: bool,
}

/// The valid cues of a sentence, summarised for the request step.
#[derive(Clone, Copy, Debug, Default)]
struct Cues {
    /// Any cue at all (carries a named secret).
    any: bool,
    /// The head of a list open before this field line ([`Sentence::list_opens`]): carries a
    /// named secret as a cue does.
    listed: bool,
    /// The first direct cue (Tell, Ask, Show): carries a paraphrase too.
    strong: Option<(usize, usize)>,
    /// The first direct cue without an object of its own ("read it out", "告诉我。"); looked
    /// for only after a sentence that left secrets pending.
    objectless: Option<(usize, usize)>,
    /// The first log-in cue.
    login: Option<(usize, usize)>,
}

/// The room an empty output gets at its first indicator (a scam SMS has about eight).
const FIRST_INDICATORS: usize = 8;

/// Turns folded spans of one sentence into [`Indicator`]s on the original text. UTF-16
/// offsets are counted on from the previous indicator when it lies before, so a sentence with
/// many indicators is not re-counted from its start each time.
struct Emitter<'a> {
    src: Source<'a>,
    base: usize,
    utf16_pos: usize,
    /// (byte offset, UTF-16 offset) in the sentence of the last span start asked for.
    memo: std::cell::Cell<(usize, usize)>,
}

impl Emitter<'_> {
    /// Appends a credential request for `secret` at folded bytes `fs..fe`.
    fn request(&self, out: &mut Vec<Indicator>, secret: SecretKind, fs: usize, fe: usize) {
        self.emit(
            out,
            IndicatorKind::CredentialRequest,
            Some(secret),
            None,
            fs,
            fe,
        );
    }

    /// Appends the indicator for folded span `fs..fe`.
    fn emit(
        &self,
        out: &mut Vec<Indicator>,
        kind: IndicatorKind,
        secret: Option<SecretKind>,
        provider: Option<String>,
        fs: usize,
        fe: usize,
    ) {
        let sentence = self.src.sentence;
        let (a, b) = self.src.original_span(fs, fe);
        // UTF-16 offset of `a`, counted on from the last one asked for when possible.
        let (memo_byte, memo_u16) = self.memo.get();
        let u16_before = if a >= memo_byte {
            memo_u16 + utf16_len(&sentence[memo_byte..a])
        } else {
            utf16_len(&sentence[..a])
        };
        self.memo.set((a, u16_before));
        let u16_len = utf16_len(&sentence[a..b]);
        // Room for a few at the first one: growing from 4 costs an SMS a `realloc`.
        if out.capacity() == 0 {
            out.reserve(FIRST_INDICATORS);
        }
        out.push(Indicator {
            kind,
            secret,
            provider,
            start: self.base + a,
            end: self.base + b,
            start_utf16: self.utf16_pos + u16_before,
            end_utf16: self.utf16_pos + u16_before + u16_len,
            excerpt: sentence[a..b].to_string(),
        });
    }
}

/// The verbs of a log-in on "your … account" ("verify your account"), folded.
const NAMED_LOGIN_VERBS: [&str; 9] = [
    "verify",
    "update",
    "secure",
    "confirm",
    "validate",
    "reconfirm",
    "restore",
    "reactivate",
    "unlock",
];

/// The accounts such a log-in names, folded.
const NAMED_LOGIN_NOUNS: [&str; 4] = ["account", "acct", "profile", "wallet"];

/// The most words of a name between "your" and the account.
const NAMED_LOGIN_WORDS: usize = 2;

/// Adds a log-in hit for each "verb your `name` account" ("Verify your DSX account", "secure
/// your online AIB account"), where the lexicon's log-ins ("verify your account") hold no name:
/// read as those, from the verb to the account. The name is one or two words no lexicon term
/// but a provider's or institution's name starts in ("update your bank account" is the bank
/// account's, not a log-in). Returns the class bits added.
fn named_account_logins(scanner: &Scanner, text: &str, hits: &mut Vec<Hit>) -> u64 {
    let Some(pat) = scanner.login_pat else {
        return 0;
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for n in hits.iter().filter(|h| h.bits & B_ACCT_NOUN != 0) {
        if !NAMED_LOGIN_NOUNS.contains(&&text[n.s..n.e]) {
            continue;
        }
        let before = &text[..n.s];
        let Some(gap) = before.strip_suffix(' ') else {
            continue;
        };
        let mut words = gap.rsplit(' ');
        let mut name_start = None;
        for _ in 0..NAMED_LOGIN_WORDS {
            let Some(w) = words.next() else { break };
            if w == "your" {
                break;
            }
            if w.is_empty()
                || !w
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"&.-".contains(&b))
            {
                name_start = None;
                break;
            }
            name_start = Some(w.as_ptr() as usize - text.as_ptr() as usize);
        }
        let Some(ns) = name_start else { continue };
        let Some(head) = text[..ns].strip_suffix("your ") else {
            continue;
        };
        // The word before "your" (its last run of letters and digits) is the verb.
        let Some(verb) = head
            .strip_suffix(' ')
            .and_then(|h| h.rsplit(|c: char| !c.is_ascii_alphanumeric()).next())
            .filter(|w| NAMED_LOGIN_VERBS.contains(w))
        else {
            continue;
        };
        // A provider's or institution's name ("your PayPal account") is a name too.
        if hits
            .iter()
            .any(|h| h.s >= ns && h.s < n.s && h.bits & !(B_PROVIDER | B_INSTITUTION) != 0)
        {
            continue;
        }
        found.push((head.len() - 1 - verb.len(), n.e));
    }
    let bits = scanner.patterns[pat as usize].bits;
    for &(s, e) in &found {
        // Keep the order of ends, longest first among equal ends.
        let at = hits.partition_point(|h| h.e < e || (h.e == e && h.s < s));
        hits.insert(at, Hit { s, e, pat, bits });
    }
    if found.is_empty() {
        0
    } else {
        bits
    }
}

/// One sentence under analysis: the folded text, which tag classes it contains, and the
/// scratch buffers that the steps below fill in order (each step reads what earlier ones left).
struct Sentence<'a> {
    scanner: &'a Scanner,
    /// The folded sentence (all spans are folded byte offsets).
    text: &'a str,
    /// The original sentence behind it.
    src: Source<'a>,
    /// The account under threat here ([`Sentence::account_alarm`]; looked for only where a
    /// link lure is possible).
    alarm: Option<(usize, usize, SecretKind)>,
    /// A demand left for lack of anything around it ([`SentFeat::unpressed`]).
    unpressed: Option<SecretKind>,
    /// Union of the class bits of every hit.
    present: u64,
    s: &'a mut Scratch,
}

impl<'a> Sentence<'a> {
    /// Step 1, hits: every lexicon match whose ASCII ends fall on word boundaries ("pin" not
    /// in "spinning") and that does not start inside a URL after its scheme, and the union of
    /// their classes. Clears the scratch buffers first.
    fn collect_hits(
        scanner: &'a Scanner,
        text: &'a str,
        src: Source<'a>,
        s: &'a mut Scratch,
    ) -> Sentence<'a> {
        s.clear();
        let bytes = text.as_bytes();
        let mut present = 0u64;
        let patterns = &scanner.patterns;
        let query = url_spans(bytes, &mut s.urls);
        let (hits, urls) = (&mut s.hits, &s.urls);
        scanner.matcher.for_each_match(text, |st, e, pid| {
            let p = &patterns[pid as usize];
            if p.ascii_start && st > 0 && bytes[st - 1].is_ascii_alphanumeric() {
                return;
            }
            if p.ascii_end && e < bytes.len() && bytes[e].is_ascii_alphanumeric() {
                return;
            }
            // Words inside a URL (`…/login-actions/…`, `reset-password.html`) are its path,
            // not the sender's words: only the scheme counts, as a link, and not even that
            // for an address in the reader's own network (`local_url`).
            let url = urls.partition_point(|&(_, end)| end <= st);
            if urls.get(url).is_some_and(|&(start, end)| {
                start < st || (start == st && local_url(&bytes[start..end]))
            }) {
                return;
            }
            // Likewise a word in a query string written without a scheme
            // ("/accounts/complete/email/?verification_code=5f2c9a0e").
            if query && in_query(bytes, st) {
                return;
            }
            // Likewise a word that is a label of a host name written without a scheme
            // ("Login.gov", "secure.login.gov"): the service's name, not a request to log in.
            if p.ascii_end && in_host_name(bytes, e) {
                return;
            }
            present |= p.bits;
            hits.push(Hit {
                s: st,
                e,
                pat: pid,
                bits: p.bits,
            });
        });
        if present & B_ACCT_NOUN != 0 {
            present |= named_account_logins(scanner, text, hits);
        }
        Sentence {
            scanner,
            text,
            src,
            alarm: None,
            unpressed: None,
            present,
            s,
        }
    }

    /// Whether any hit has a class in `mask`.
    fn has(&self, mask: u64) -> bool {
        self.present & mask != 0
    }

    /// Whether a warning word stands here undenied: "不要挂断电话" (don't hang up) and "我们不是
    /// 骗子" (we are no scammers) are the caller's own pressure, not a warning to the reader.
    /// Called only where a warning word is present (`has(B_WARN)`).
    fn warned(&self) -> bool {
        self.s
            .hits
            .iter()
            .any(|h| h.bits & B_WARN != 0 && !DENIALS.iter().any(|d| self.text[..h.s].ends_with(d)))
    }

    /// The account or card under threat ("Your account has been locked", "we've suspended
    /// your account", "Your debit card has been restricted"): an account noun with a state at
    /// most [`ALARM_AFTER`] bytes after it or [`ALARM_BEFORE`] before it, neither negated, the
    /// account not someone's ("a user account"), in a sentence that does not blame failed
    /// sign-ins (a lock-out notice) and, for a state that needs one, gives a vague security
    /// cause ("por motivos de seguridad"). Or a threat to avoid ("Evite la suspensión") or
    /// trouble with the billing, or an unlocking for such a cause here or in the sentence before
    /// (`cause`: "Por seguridad sus productos han sido retenidos. Desbloquee aquí"). Returns the
    /// span from the one to the other (or the threat's, the unlocking's) and the secret the page
    /// asks for: the noun's, or the threat's where it names one. `restored`: the account is to
    /// be restored on a link (see `analyze`), which stands in for the cause when the noun is a
    /// bank's (a card, a wallet, online banking), never a site's account.
    // Rare paths (a lure's words) kept out of line: inlined, they slowed every sentence's scan
    // by 5 % (the bench's SMS).
    #[inline(never)]
    fn account_alarm(&self, cause: bool, restored: bool) -> Option<(usize, usize, SecretKind)> {
        let state = self.has(B_ACCT_NOUN) && self.has(B_ACCT_STATE);
        let unlocked = self.has(B_UNLOCK) && cause;
        if !(state || unlocked || self.has(B_ACCT_THREAT)) || self.has(B_ATTEMPTS) {
            return None;
        }
        let merged = &self.s.merged;
        let of = |bit: u64| {
            self.s
                .hits
                .iter()
                .filter(move |h| h.bits & bit != 0 && !in_scopes(merged, h.s))
        };
        // "suspended a user account": someone's account, not the reader's.
        let someones = |s: usize| {
            let mut words = self.text[..s].split_whitespace().rev();
            match (words.next(), words.next()) {
                (Some("a" | "an"), _) => true,
                (Some("user"), before) => before != Some("your"),
                _ => false,
            }
        };
        // The secret a noun's or a threat's page asks for (no term is both).
        let kind_of = |h: &Hit| {
            self.scanner.tags(h).iter().find_map(|t| match t {
                Tag::AccountNoun(k) | Tag::AccountThreat(k) => Some(*k),
                _ => None,
            })
        };
        let cause = self.has(B_ALARM_CAUSE);
        let bank_noun = |n: &Hit, kind: SecretKind| {
            let noun = &self.text[n.s..n.e];
            kind != SecretKind::Password || noun.contains("bank") || noun.contains("banca")
        };
        let stated = of(B_ACCT_STATE).find_map(|st| {
            let alarming = cause || !self.scanner.tags(st).contains(&Tag::AccountState(true));
            of(B_ACCT_NOUN).filter(|n| !someones(n.s)).find_map(|n| {
                let kind = kind_of(n)?;
                if !(alarming || restored && bank_noun(n, kind)) {
                    return None;
                }
                if n.e <= st.s && st.s - n.e <= ALARM_AFTER {
                    Some((n.s, st.e, kind))
                } else if st.e <= n.s && n.s - st.e <= ALARM_BEFORE {
                    Some((st.s, n.e, kind))
                } else {
                    None
                }
            })
        });
        let noun = || of(B_ACCT_NOUN).filter(|n| !someones(n.s)).find_map(kind_of);
        let unlocking = || {
            let u = of(B_UNLOCK).next().filter(|_| unlocked)?;
            Some((u.s, u.e, noun().unwrap_or(SecretKind::Password)))
        };
        stated.or_else(unlocking).or_else(|| {
            let t = of(B_ACCT_THREAT).next()?;
            let said = kind_of(t)?;
            // Only a threat to the account as such leaves the secret to the noun ("evite la
            // suspensión de su tarjeta": the card's number).
            let kind = match said {
                SecretKind::Password => noun().unwrap_or(said),
                _ => said,
            };
            Some((t.s, t.e, kind))
        })
    }

    /// Whether this sentence opens or continues a list of fields asked for: a send or reply
    /// without negation that names no secret itself, said as a list's head ("Please reply with
    /// the following information for UIF to issue your payment,", "Send Your Name"), or a field
    /// line after an open list.
    #[inline]
    fn list_opens(&self, prev_open: bool) -> bool {
        let send =
            self.has(Class::Tell.bit() | Class::Provide.bit()) && !self.has(B_NEG | B_SECRETS);
        if !send && !prev_open {
            return false;
        }
        let t = self.text.trim_end();
        let field = field_line(t);
        let head =
            send && (field || t.ends_with([':', ',', '：', '，']) || t.contains("following"));
        head || (prev_open && field)
    }

    /// The spans of the hits of `class`, one that a single tag makes up (no allocation when
    /// it is absent).
    fn spans_of(&self, class: Class) -> Vec<(usize, usize)> {
        let bit = class.bit();
        if !self.has(bit) {
            return Vec::new();
        }
        self.s
            .hits
            .iter()
            .filter(|h| h.bits & bit != 0)
            .map(|h| (h.s, h.e))
            .collect()
    }

    /// Step 2, clause breaks: found once, `,`-breaks marked apart (Latin negations span
    /// commas). Only needed, so only searched, when a negation or a prepare verb occurs.
    fn clause_breaks(&mut self) {
        if !self.has(B_NEG | B_PREPARE) {
            return;
        }
        let text = self.text;
        for i in 0..text.len() {
            if let Some(comma) = clause_break_at(text, i) {
                self.s.breaks.push((i, comma));
            }
        }
    }

    /// Step 3, negation scopes: a Chinese negation covers the rest of its clause, a Latin one
    /// the rest of the sentence up to a `;`, `:` or ` - ` (commas list what is negated: "never
    /// your card number, your PIN or any passcode") but not past a comma after which a request
    /// follows ("don't hang up, just read me the code"). A negation inside a negation block
    /// ("特别") is none. Scopes end up sorted and merged for [`in_scopes`].
    fn negation_scopes(&mut self) {
        let neg_blocks = self.spans_of(Class::NegBlock);
        let bytes = self.text.as_bytes();
        let has_neg = self.has(B_NEG);
        let has_alarm = self.has(B_ACCT_THREAT | B_ACCT_STATE);
        let Scratch {
            hits,
            breaks,
            scopes,
            merged,
            ..
        } = &mut *self.s;
        if has_neg {
            // A negation inside an alarm's own words ("we can't process your current
            // payment", "will no longer be active") is the alarm, not a denial of what follows.
            let in_alarm = |n: &Hit| {
                has_alarm
                    && hits.iter().any(|a| {
                        a.bits & (B_ACCT_THREAT | B_ACCT_STATE) != 0
                            && a.s <= n.s
                            && n.e <= a.e
                            && (a.s, a.e) != (n.s, n.e)
                    })
            };
            for h in hits.iter() {
                if h.bits & B_NEG == 0 || inside(&neg_blocks, h.s, h.e) || in_alarm(h) {
                    continue;
                }
                let cjk = !bytes[h.s].is_ascii();
                let mut end = next_break(breaks, bytes.len(), h.e, cjk);
                if !cjk {
                    let request_from = |c: usize| {
                        hits.iter()
                            .any(|o| o.s > c && o.s < end && o.bits & B_CUE != 0)
                    };
                    if let Some(c) = breaks
                        .iter()
                        .filter(|&&(b, comma)| comma && b >= h.e && b < end)
                        .map(|&(b, _)| b)
                        .find(|&c| request_from(c))
                    {
                        end = c;
                    }
                }
                scopes.push((h.s, end));
            }
        }
        // Merge overlapping scopes (hits come in order of their end, not start).
        scopes.sort_unstable();
        for (s, e) in scopes.drain(..) {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
    }

    /// Step 4, secret candidates: every secret term, paraphrase and (where pinyin is read)
    /// pinyin initials, keeping the longest of overlapping ones; dropped when inside or reaching
    /// into a non-secret ("promo code", "billing address"), right after a reset verb, or negated. A kind any of
    /// whose mentions comes with a code value ("验证码是六六六六") or a supply phrase is being
    /// supplied here, not asked for; so is a code the speaker says they will tell ("验证码我会
    /// 通过电话告诉你"). Returns whether the sentence named any secret at all (before vetoes).
    fn secret_candidates(&mut self, pinyin_ok: bool) -> bool {
        let not_secret = self.spans_of(Class::NotSecret);
        let manage_ends: Vec<usize> = self.spans_of(Class::Manage).iter().map(|x| x.1).collect();
        let supply_ends: Vec<usize> = self.spans_of(Class::Supply).iter().map(|x| x.1).collect();
        let has_supply = self.has(B_SUPPLY);
        let scanner = self.scanner;
        let text = self.text;
        let Scratch {
            hits,
            merged,
            secrets,
            ..
        } = &mut *self.s;
        let mut named_any_secret = false;
        for h in hits.iter().filter(|h| h.bits & B_SECRETS != 0) {
            for t in scanner.tags(h) {
                let (kind, para) = match *t {
                    Tag::Secret(k) => (k, false),
                    Tag::Para(k) => (k, true),
                    Tag::Pinyin(k) if pinyin_ok => (k, false),
                    _ => continue,
                };
                named_any_secret = true;
                // A non-secret cancels a secret term inside it ("promo code") or reaching into
                // it ("update your billing" in "update your billing address"), not one that
                // holds it whole ("password reset code").
                let cancelled = not_secret
                    .iter()
                    .any(|&(ns, ne)| ns < h.e && h.s < ne && !(h.s <= ns && ne <= h.e));
                if !cancelled {
                    secrets.push((h.s, h.e, kind, para));
                }
            }
        }
        drop_contained(secrets, |x| (x.0, x.1), |_| ());
        secrets.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2);
        let mut supplied_kinds = KindSet::default();
        for &(s, e, k, para) in secrets.iter() {
            let supplied = !para
                && (supplied_value(text, s, e, self.src)
                    || supply_ends.iter().any(|&se| se <= s && s - se <= 6));
            if supplied {
                supplied_kinds.insert(k);
            }
        }
        secrets.retain(|&(s, _, k, _)| {
            !in_scopes(merged, s)
                && !supplied_kinds.contains(k)
                && !manage_ends.iter().any(|&me| {
                    me <= s
                        && (s - me <= MANAGE_REACH || named_gap(&text[me..s]))
                        && !(resupplied(k) && UPDATE_VERBS.iter().any(|v| text[..me].ends_with(v)))
                })
        });
        if has_supply {
            let supply_after = |s: usize| supply_ends.iter().any(|&se| se > s);
            secrets.retain(|&(s, _, k, _)| {
                !(k == SecretKind::VerificationCode
                    && supply_after(s)
                    && !text[s..].contains("告诉我"))
            });
        }
        named_any_secret
    }

    /// Step 5, request cues: the cues that ask the listener for something, minus those inside
    /// a cue block ("告诉我一声"), negated ones, reports of what was done ("已经输入了"),
    /// descriptions ("您正在…登录", "you may be asked to enter"), cues whose subject is the
    /// speaker ("我会提供", "we'll send your code") or, for "need", the reader
    /// ("您都将需要此口令"), and log-ins after a call-back ("contact us … to confirm your details").
    /// Entering, uploading and logging in count only where the destination is not the listener's
    /// own (official app, this screen) or something was downloaded or a link supplied (a Latin
    /// log-in also under a threat, or a demand on the account after one, or any after an account
    /// alarm); "need" only right
    /// before a secret; the speaker's purpose only in a sentence without negation.
    fn request_cues(&mut self, window: Window) {
        let cue_blocks = self.spans_of(Class::CueBlock);
        let code_sent_here = self.spans_of(Class::CodeSent);
        // Only a sentence with a word of time ([`Tag::When`]) can hold a clause of time.
        let has_when = self.has(B_WHEN);
        let attempts = self.spans_of(Class::AttemptCount);
        let not_secret = self.spans_of(Class::NotSecret);
        let any_neg = !self.s.merged.is_empty();
        let present = self.present;
        // Another scam indicator here, a QR code named but not to be scanned aside (see
        // `names_a_qr_code`): "scan the QR code and enter your password" is a lure's.
        let scan = || self.text.contains("scan") || self.text.contains('扫');
        let ind_context = present & B_IND != 0
            && self.s.hits.iter().any(|h| {
                h.bits & B_IND != 0 && (!QR_CODE.contains(&&self.text[h.s..h.e]) || scan())
            });
        let scanner = self.scanner;
        let text = self.text;
        let Scratch {
            hits,
            merged,
            secrets,
            cues,
            ..
        } = &mut *self.s;
        let in_neg = |pos: usize| in_scopes(merged, pos);
        let (win_dest, win_download, win_link, win_pressure) =
            (window.dest, window.download, window.link, window.pressure);
        // A vague security cause ("por seguridad", "due to suspicious login attempts"), here or
        // in the sentence before ("Due to system maintenance. We need some information to
        // validate your account https://…"), presses a Latin log-in as a threat does ("Por
        // seguridad verifique aquí: https://…").
        let login_pressed = win_pressure || window.cause;
        // After an account alarm a log-in cue restores the account, link or not (see
        // `login_on_a_link`), when it is said as a demand: not an infinitive ("a name to log in
        // across Web3").
        let alarmed = self.alarm.is_some() || window.alarm_before.is_some();
        let after_alarm = |s: usize| alarmed && !text[..s].ends_with(" to ");
        // The threat of loss stands in for a link only for Latin log-in cues (the e-mail
        // lure); a Chinese "登录" is as often a noun ("异常登录记录") as a demand.
        let urgent = present & B_LOGIN != 0 && threatens(scanner, text, hits, merged);
        let latin = |pos: usize| text.as_bytes()[pos].is_ascii();
        // A Chinese entry cue asks for the secret only with something around it: a place to
        // enter it, a link, a code said to be sent, pressure, another scam indicator (here or
        // in an earlier sentence: "This is Alipay customer service."), an alarm. Without any,
        // "请输入密码" is a form's own prompt; a caller says where or why.
        // A claim in this very sentence counts as one in an earlier sentence does ("我是支付宝客服，
        // 请输入验证码"): a generic claim, or a claim cue with an institution or a provider.
        let claimed_here = present & B_GENERIC_CLAIM != 0
            || (present & B_CLAIM_CUE != 0 && present & (B_INSTITUTION | B_PROVIDER) != 0);
        let other_context = win_dest
            || win_download
            || win_link
            || win_pressure
            || ind_context
            || window.claim
            || claimed_here
            || alarmed;
        let entry_context = other_context || window.code_sent;
        // A code said to be sent inside an entry cue's own object ("输入发送到您手机的验证码":
        // which code to enter) is the form naming its field, not a story around a caller's
        // request; one said before the cue or in an earlier sentence still is.
        let entry_context_of = |h: &Hit| {
            other_context
                || window.code_sent_before
                || (!code_sent_here.is_empty() && {
                    // The secret the cue enters, in its clause.
                    let object = secrets.iter().find(|x| {
                        x.0 >= h.e
                            && x.0 - h.e <= CODE_OBJECT_REACH
                            && !text[h.e..x.0].contains(CLAUSE_COMMAS)
                    });
                    code_sent_here
                        .iter()
                        .any(|c| !object.is_some_and(|x| h.e <= c.0 && c.1 <= x.0))
                })
        };
        // Or the reader as the subject of a demand ("需要你输入", "can you enter", "I need you to
        // provide"), not a form's polite "请您输入" nor a product prompting the reader ("We
        // occasionally prompt you to enter your password", "我们会偶尔提示您输入密码").
        let addressed = |before: &str| {
            let b = before.strip_suffix("please ").unwrap_or(before);
            // The product's prompt or advice ("we strongly encourage you to back up your
            // recovery phrase"), not a demand made of the reader.
            let prompted = || {
                [
                    "提示你",
                    "提示您",
                    "prompt you to ",
                    "prompts you to ",
                    "encourage you to ",
                    "recommend you to ",
                    "advise you to ",
                ]
                .iter()
                .any(|w| b.ends_with(w))
            };
            (((b.ends_with('你') || b.ends_with('您'))
                && !b.ends_with("请你")
                && !b.ends_with("请您"))
                || ASKED_OF_YOU.iter().any(|w| b.ends_with(w)))
                && !prompted()
        };
        // A secret other than a log-in's own (an ID or card number, a security answer): not what
        // a form of the service's own asks the reader to provide.
        let beyond_login = || {
            secrets.iter().any(|x| {
                !matches!(
                    x.2,
                    SecretKind::Password | SecretKind::VerificationCode | SecretKind::Pin
                )
            })
        };
        // A step of the reader's own flow on a screen, said with nothing around it: an entry
        // "to continue" (`to_continue`) or, if `confirms`, a form re-checking a password or PIN
        // or quizzing the words of a recovery phrase (`verifies`). Not in a mass message's
        // "kindly …": no screen speaks so.
        let screen_step = |h: &Hit, confirms: &dyn Fn() -> bool| {
            !other_context
                && !text[..h.s].trim_end().ends_with("kindly")
                && (to_continue(&text[h.e..]) || confirms())
        };
        // Whether a secret starts at most `reach` bytes after `e` (the object of a cue).
        let secret_within =
            |e: usize, reach: usize| secrets.iter().any(|x| x.0 >= e && x.0 - e <= reach);
        // What the reader may do, unless an alarm or a restoring purpose makes it the way back.
        let welcome =
            |s: usize, e: usize| may_do(&text[..s]) && !alarmed && !login_purpose(text, s, e);
        // The reader's own acknowledgement ("I understand I will need my Recovery Code to
        // recover my wallet", a check box's words): it states, it asks nothing.
        let opening = text.trim_start();
        let acknowledged = opening.starts_with("i ")
            && ["i understand ", "i agree ", "i acknowledge ", "i secured "]
                .iter()
                .any(|w| opening.starts_with(w));
        let mut unpressed = None;
        let mut hold = |kind| unpressed = unpressed.or(Some(kind));
        for h in hits.iter().filter(|h| h.bits & B_CUES != 0) {
            // "key in" inside "private key in PIV slot": the secret's own word, not a cue.
            let in_a_secret = || secrets.iter().any(|x| x.0 < h.s && h.s < x.1);
            if inside(&cue_blocks, h.s, h.e)
                || acknowledged
                || in_a_secret()
                || (latin(h.s) && failure_report(&text[..h.s]))
                || (has_when && when_asked(text, h.s, h.e))
                || (!latin(h.s) && third_party(&text[..h.s]))
                || (!latin(h.s) && when_prompted(text, h.s, h.e))
            {
                continue;
            }
            for t in scanner.tags(h) {
                let valid = match t {
                    Tag::Provide if &text[h.s..h.e] == "send" => {
                        // What the "send" sends, within its clause.
                        let sent = what_is_sent(&text[h.e..]);
                        let issued = sends_a_new_one(sent)
                            && secrets.iter().find(|x| x.0 >= h.e).is_some_and(|x| {
                                matches!(x.2, SecretKind::VerificationCode | SecretKind::Password)
                            });
                        !in_neg(h.s)
                            && !sent_to_the_reader(sent)
                            && !issued
                            && !sends_value(hits, secrets, h.e, h.e + sent.len())
                    }
                    // "your password to read the answer": reading, as a purpose, what follows.
                    Tag::Tell
                        if text[..h.s].ends_with(" to ") && text[h.s..].starts_with("read") =>
                    {
                        !in_neg(h.s) && secret_within(h.e, 12)
                    }
                    // A wallet's restore or verify words as a purpose ("store these words to
                    // restore your wallet"), from a named source ("Restore wallet from keys or
                    // mnemonic seed") or as what the reader can do, and backing the words up
                    // ("Back up your seed phrase"): a wallet app's own screen, asking only with
                    // something around it, as a keying-in cue.
                    Tag::Provide
                        if latin(h.s)
                            && ["wallet", "ledger", "seed", "phrase"]
                                .iter()
                                .any(|w| text[h.s..h.e].contains(w))
                            && (purpose_to(&text[..h.s])
                                || wallet_demand(&text[h.s..h.e])
                                || text[h.e..].starts_with(" from ")
                                || may_do(&text[..h.s])
                                || ["back", "restore ", "recover "]
                                    .iter()
                                    .any(|w| text[h.s..h.e].contains(w))
                                || recovers_with(&text[..h.s], &text[h.s..h.e])) =>
                    {
                        let demand = wallet_demand(&text[h.s..h.e]);
                        let pressed = entry_context
                            || addressed(&text[..h.s])
                            || (demand && (window.threatened_earlier || urged(&text[..h.s])));
                        if demand && !in_neg(h.s) && !pressed {
                            hold(SecretKind::SeedPhrase);
                        }
                        !in_neg(h.s) && pressed
                    }
                    // "提供一个协定密码", said with nothing around it and to no one: a new secret
                    // agreed or issued, not the reader's own ("需要你提供一个验证码" is a demand).
                    Tag::Provide
                        if !latin(h.s)
                            && gives_a_new_one(&text[h.e..])
                            && !entry_context
                            && !text[..h.e].ends_with('你')
                            && !text[..h.e].ends_with('您')
                            && !text[h.s..h.e].contains('你')
                            && !text[h.s..h.e].contains('您') =>
                    {
                        false
                    }
                    // What something will need ("访问钱包将需要你的PIN或助记词") or what a secret
                    // provided unlocks ("需要提供原密码才能更改密码", `zh_requirement`), said with
                    // nothing around it: the product's requirement, as a bare "需要" is.
                    Tag::Provide
                        if will_need(&text[..h.s], &text[h.s..h.e])
                            || (!latin(h.s)
                                && zh_requirement(&text[..h.s], &text[h.s..h.e], &text[h.e..])) =>
                    {
                        !in_neg(h.s) && entry_context
                    }
                    // A bare "provide" of a log-in's own secret is a form's prompt as a Latin
                    // keying-in cue is ("Please provide your password.", "请提供您的密码。"), and
                    // so is one "to continue" (`screen_step`).
                    Tag::Provide if BARE_PROVIDE.contains(&&text[h.s..h.e]) => {
                        let before = &text[..h.s];
                        !in_neg(h.s)
                            && !screen_step(h, &|| false)
                            && (entry_context
                                || addressed(before)
                                || spoken_to_you(before, &text[h.e..])
                                || beyond_login())
                    }
                    // A screen's own step (`screen_step`): provided "to continue", or a password,
                    // PIN or recovery phrase re-checked with nothing around it; the recovery
                    // phrase's check (`seed_check`) is held for the next sentences
                    // (`SentFeat::unpressed`), as a wallet's demand is.
                    Tag::Provide => {
                        let checks = latin(h.s)
                            && verifies(&text[h.s..h.e])
                            && !addressed(&text[..h.s])
                            && !to_keep(&text[h.e..]);
                        let seed_check = checks
                            && !window.threatened_earlier
                            && !own_check_doubted(&text[..h.s], &text[h.s..])
                            && !urged(&text[..h.s])
                            && secrets.iter().any(|x| {
                                x.2 == SecretKind::SeedPhrase
                                    && x.0 >= h.e
                                    && x.0 - h.e <= OBJECT_REACH
                            });
                        let step = screen_step(h, &|| {
                            checks
                                && (seed_check
                                    || confirms_own_login(text, secrets)
                                    || word_quiz(text))
                        });
                        if step && seed_check && !in_neg(h.s) {
                            hold(SecretKind::SeedPhrase);
                        }
                        !in_neg(h.s)
                            && (other_context || !confirms_own(&text[h.s..h.e], &text[h.e..]))
                            && !step
                    }
                    // "What is the purpose of the private key …?": a question about the secret,
                    // not for it (`about_it`).
                    Tag::Ask => !in_neg(h.s) && !about_it(&text[h.e..]),
                    Tag::Tell | Tag::Show => !in_neg(h.s),
                    // A bare "需要" ("需要密码才能解密", "嵌入時也需要密碼") said with nothing
                    // around it states what something takes, as a form's entry cue does; a
                    // caller's "只需要", "主要是" answers what they want.
                    Tag::NeedObj => {
                        !in_neg(h.s)
                            && secret_within(h.e, 6)
                            && !screen_step(h, &|| false)
                            && (&text[h.s..h.e] != "需要"
                                || entry_context
                                || addressed(&text[..h.s]))
                    }
                    Tag::Purpose => !any_neg,
                    Tag::Input => {
                        !in_neg(h.s)
                            && present & B_SELF == 0
                            && (&text[h.s..h.e] != "key in" || keyed_in(&text[..h.s]))
                            && !screen_step(h, &|| false)
                            // "complete your" completes the secret it names ("complete your
                            // debit pin"), not whatever else is near ("complete your payment").
                            && (&text[h.s..h.e] != "complete your" || secret_within(h.e, 12))
                            && !(latin(h.s) && enters_given(text, h.e, secrets))
                            // "The password you enter here allows you to revoke your ID": a
                            // relative clause naming which secret, no demand.
                            && !(latin(h.s)
                                && text[..h.s].strip_suffix(" you ").is_some_and(|b| {
                                    secrets.iter().any(|x| x.1 == b.len())
                                }))
                            // The service's own app or site named ("the code from your
                            // authenticator app") leaves the entry to it, unless a link and a
                            // threat come with it: "Your account will be suspended. Enter the
                            // code from your authenticator app at https://…".
                            && (win_dest
                                || win_download
                                || present & (B_OFFICIAL | B_APPREF) == 0
                                || (latin(h.s)
                                    && win_link
                                    && (win_pressure || threatens(scanner, text, hits, merged))))
                            && (entry_context_of(h)
                                || addressed(&text[..h.s])
                                || (!latin(h.s) && put_in(text, h.s, h.e, secrets))
                                || (latin(h.s) && !KEY_IN.contains(&&text[h.s..h.e])))
                    }
                    Tag::Upload => {
                        !in_neg(h.s)
                            && present & B_SELF == 0
                            && (win_dest || win_download || present & B_OFFICIAL == 0)
                    }
                    // A log-in named with its value ("Your Login: "mc_exsticide"") is supplied.
                    Tag::Login => {
                        let valid = !in_neg(h.s)
                            && present & B_SELF == 0
                            // Part of a secret's own name ("login credentials", "sign-in code").
                            && !secrets.iter().any(|x| x.0 <= h.s && h.e <= x.1)
                            && (win_dest
                                || win_download
                                || after_alarm(h.s)
                                || (latin(h.s)
                                    && (urgent
                                        || (login_pressed
                                            && link_or_account_demand(
                                                win_link,
                                                cue_and_object(text, h.s, h.e),
                                            ))
                                        || login_purpose(text, h.s, h.e)
                                        || (own_page_check(text, h.s, h.e)
                                            && !secrets.iter().any(|x| x.0 < h.s)
                                            && !screen_step(h, &|| false)))))
                            && !supplied_value(text, h.s, h.e, self.src)
                            // A charge the reader may not recognize, with no account alarm:
                            // it checks a payment ([`Tag::Charge`]).
                            && !(window.charge && !alarmed && text[..h.s].contains("si no "))
                            && !(latin(h.s)
                                && (login_as_noun(text, h.s, h.e)
                                    // A condition ("if you log in again, …") or the
                                    // goal something enables: no demand to log in.
                                    || text[..h.s].ends_with("if you ")
                                    || enabled_by(&text[..h.s], &text[h.s..h.e])
                                    || welcome(h.s, h.e)
                                    || speakers_clause(&text[..h.s], &text[h.s..])))
                            && !(!latin(h.s)
                                && (zh_login_noun(&text[h.e..]) || zh_may_do(&text[..h.s])));
                        // Named by failed attempts with no place to go here, as a lock-out
                        // notice names it: held for the next sentences.
                        if valid
                            && latin(h.s)
                            && log_in_attempts(&text[h.e..])
                            && !(win_link || win_dest || win_download)
                        {
                            hold(SecretKind::Password);
                            false
                        } else {
                            valid
                        }
                    }
                    _ => continue,
                };
                if !valid {
                    continue;
                }
                // Done already ("已经输入了", "发给我了吗"): a report, not a request.
                let after = &text[h.e..];
                let before = &text[..h.s];
                if after.starts_with('了') || before.ends_with('已') || before.ends_with("已经")
                {
                    continue;
                }
                // What something else enables ("Login with a Private key to be able to upload",
                // "需要使用私钥登录才能上传"): the goal, not the step asked for. And a product
                // filling in for the reader ("自动填写KeeWeb的密码"): autofill, no one asked.
                if enabled_by(before, &text[h.s..h.e]) || before.ends_with("自动") {
                    continue;
                }
                // In progress ("因为您正在使用另一个网站的账户登录") or what the reader may be asked
                // ("你可能会被要求输入…PIN", "you may be asked to enter your PIN"), in the cue's
                // clause within DESCRIPTION_REACH characters: a description, not a request. Not
                // "你可能需要输入验证码": callers say it to soften the demand.
                // A "provide" is described only as what the reader may or will be asked for
                // ("更新期间可能会要求您提供该密码", "Next, you will be asked to confirm the position
                // of certain words in your recovery phrase"), looked for only where "asked" or "求"
                // comes before it (measuring out the clause for every "provide" cost the bench 2 %).
                if matches!(t, Tag::Input | Tag::Login)
                    || (*t == Tag::Provide
                        && (before.contains('求')
                            || before.contains("asked")
                            || (before.ends_with(['您', '你'])
                                && WILL_PROMPT.iter().any(|w| before.ends_with(w)))))
                {
                    let near = &before[start_of_last_chars(before.as_bytes(), DESCRIPTION_REACH)..];
                    let clause = &near[near.rfind(['，', ',', '；', ';']).unwrap_or(0)..];
                    let asked = || {
                        (clause.contains('求') && MAY_BE_ASKED.iter().any(|w| clause.contains(w)))
                            || clause.contains(" be asked")
                            || clause.contains(" prompted to ")
                    };
                    let described = if *t == Tag::Provide {
                        asked()
                    } else {
                        asked()
                            || ["正在", "may ", "might "]
                                .iter()
                                .any(|w| clause.contains(w))
                    };
                    // What the product will prompt for, said with nothing around it ("系统会提示
                    // 您提供解锁密码", "系统都会要求您输入该密码"): its own later step.
                    let will_prompt = || {
                        !latin(h.s)
                            && !entry_context
                            && WILL_PROMPT.iter().any(|w| clause.ends_with(w))
                    };
                    if described || will_prompt() {
                        continue;
                    }
                }
                // What the reader will need to do later ("you'll need to back up your recovery
                // phrase before you can send"), said with nothing around it: the product
                // describing its own steps, as "您将需要" is (a lexicon cue block).
                if latin(h.s) && !entry_context && will_need_to(before) {
                    continue;
                }
                // "If you send your private key to someone, they now have full control": what
                // giving it to anyone would do, a warning.
                if present & B_COND != 0 && gives_it_away(text, hits, h.s, h.e) {
                    continue;
                }
                // Typing the secret a second time in a form ("Please repeat the wallet password
                // again.", "Verify your password by providing the same password again."), with
                // nothing around it: the form checking a new entry, not a caller's demand.
                if latin(h.s)
                    && matches!(t, Tag::Tell | Tag::Provide)
                    && !entry_context
                    && !addressed(before)
                    && re_entry(after)
                {
                    continue;
                }
                // A cue whose object is a non-secret ("enter a new password", "输入新密码") asks
                // for that, not for a secret named before it ("your password only changes
                // once you enter a new password"); a secret named after it still counts.
                if not_secret
                    .iter()
                    .any(|&(s, _)| s >= h.e && s - h.e <= OBJECT_REACH)
                    && !secrets.iter().any(|x| x.0 >= h.e)
                {
                    continue;
                }
                // Too many attempts ("输入安全码的次数过多", "entered it too many times") in the
                // cue's own clause: a report of entries made, not a request for one.
                if attempts.iter().any(|&(s, _)| {
                    s >= h.e
                        && s - h.e <= ATTEMPT_REACH
                        && !text[h.e..s].contains(['，', '。', ',', '.', '；', ';'])
                }) {
                    continue;
                }
                // The speaker as subject ("我会提供", "我怎么提供"): not asking. For "need", the
                // reader as subject ("您都将需要此口令") or a requirement of every case ("管理与
                // 设定均需要密码") is a statement of what the reader will need, not a demand.
                if matches!(t, Tag::Provide | Tag::NeedObj) {
                    let w = &before[start_of_last_chars(before.as_bytes(), 3)..];
                    let cue = &text[h.s..h.e];
                    let you = |x: &str| x.contains('你') || x.contains('您');
                    if w.contains('我') && !you(w) && !you(cue) {
                        continue;
                    }
                    if *t == Tag::NeedObj
                        && (you(w) || before.ends_with('都') || before.ends_with('均'))
                    {
                        continue;
                    }
                    // "We'll send your code", "I will provide your password": the speaker
                    // hands it over.
                    if latin(h.s)
                        && HANDING_VERBS.iter().any(|v| cue.starts_with(v))
                        && speaker_subject(before)
                    {
                        continue;
                    }
                }
                // "Send account information to the user": an administrator's action.
                if latin(h.s) && text[h.s..h.e].starts_with("send") && sent_to_a_user(after) {
                    continue;
                }
                // "Until we can verify your account": the speaker's act, not the reader's; and
                // "contact us … to confirm your details" is a call-back, not a log-in.
                if *t == Tag::Login
                    && latin(h.s)
                    && (speaker_subject(before)
                        || call_back(before)
                        || (!win_link && !win_dest && call_after(after)))
                {
                    continue;
                }
                cues.push((h.s, h.e, *t));
            }
        }
        self.unpressed = unpressed;
    }

    /// Step 5b, prepared secrets: secrets in a clause that only prepares or brings them
    /// ("准备好身份证") are not handed over, unless that clause also has a real cue, a hand-over
    /// to the speaker follows ("准备好身份证，然后拍照发给我") or an upload is asked for anywhere in
    /// the sentence. A code or password prepared for a call
    /// the sender's side announced (`called`: "Please have your verification code ready when our
    /// agent calls you") is for that caller: the prepare verb asks for it. Returns the
    /// [`CALLED_FOR`] kinds dropped, which a call announced in the next sentence asks for.
    fn drop_prepared_secrets(&mut self, called: bool) -> KindSet {
        let mut dropped = KindSet::default();
        let prepares = self.spans_of(Class::Prepare);
        if prepares.is_empty() {
            return dropped;
        }
        let len = self.text.len();
        let Scratch {
            breaks,
            secrets,
            cues,
            ..
        } = &mut *self.s;
        let upload = cues.iter().any(|c| c.2 == Tag::Upload);
        let mut asked = None;
        secrets.retain(|&(s, _, kind, _)| {
            let (cs, ce) = clause_of(breaks, len, s);
            let Some(&(ps, pe)) = prepares.iter().find(|&&(ps, pe)| ps >= cs && pe <= ce) else {
                return true;
            };
            // "准备好身份证，然后拍照发给我": what is prepared is then handed to the speaker.
            if upload
                || cues.iter().any(|&(qs, qe, t)| {
                    (qs >= cs && qe <= ce && !matches!(t, Tag::NeedObj | Tag::Purpose))
                        || (qs >= pe && t == Tag::Tell)
                })
            {
                return true;
            }
            if !CALLED_FOR.contains(&kind) {
                return false;
            }
            if called {
                asked.get_or_insert((ps, pe));
                return true;
            }
            dropped.insert(kind);
            false
        });
        if let Some((ps, pe)) = asked {
            cues.push((ps, pe, Tag::Provide));
        }
        dropped
    }

    /// Step 1b, enrolment: with an authenticator app named here or in the sentences before, a
    /// QR code here is scanned into it to enrol ("Scan the QR code with your authenticator app
    /// and enter the code it shows"), so it is neither a destination the sender supplied nor a
    /// link pushed: its hits lose those classes.
    #[inline(never)]
    fn enrol_qr_codes(&mut self) {
        let mut present = 0;
        for h in self.s.hits.iter_mut() {
            if h.bits & B_QR_CODE != 0 {
                h.bits &= !(B_DEST | B_IND);
            }
            present |= h.bits;
        }
        self.present = present;
    }

    /// Step 5c, cue summary: which kinds of cue the request step can lean on. A direct cue is
    /// objectless when a Latin sentence has a pronoun ("read it out") or a Chinese cue is
    /// followed only by fillers and a clause end ("收到后告诉我。"). Objectless cues are looked
    /// for only when `refer_back` (the previous sentence left secrets pending): else nothing
    /// reads them.
    fn cue_summary(&self, refer_back: bool) -> Cues {
        let text = self.text;
        let mut c = Cues::default();
        for &(s, e, t) in self.s.cues.iter() {
            c.any = true;
            if matches!(t, Tag::Tell | Tag::Ask | Tag::Show) {
                c.strong.get_or_insert((s, e));
                let objectless = refer_back
                    && c.objectless.is_none()
                    && if text.as_bytes()[s].is_ascii() {
                        self.has(B_PRONOUN)
                    } else {
                        objectless_cjk(text, e)
                    };
                if objectless {
                    c.objectless.get_or_insert((s, e));
                }
            }
            if t == Tag::Login {
                c.login.get_or_insert((s, e));
            }
        }
        c
    }

    /// Step 6, credential requests: a named secret with any cue, a paraphrase with a direct
    /// cue. With nothing named here, an objectless cue asks for the secrets the previous
    /// sentence named ("Send me the code. Read it out."), and logging in on a caller-supplied
    /// link, or an account under threat with a link (no registration either way), hands over
    /// the password; so does one left unpressed in the sentences before when this one threatens
    /// ("… kindly follow the link below. Failure to comply might lead to suspension"). Returns
    /// whether anything was requested, the secrets named but not requested (for the next
    /// sentence) and whether a log-in on a link was left unpressed.
    fn requests(
        &self,
        cues: &Cues,
        named_any_secret: bool,
        window: Window,
        prev: &SentFeat,
        em: &Emitter,
        out: &mut Vec<Indicator>,
    ) -> (bool, KindSet, bool) {
        let secrets = &self.s.secrets;
        let mut unpressed = false;
        let mut pending = KindSet::default();
        let mut requested = false;
        for &(s, e, kind, para) in secrets.iter() {
            let ok = if para {
                cues.strong.is_some()
            } else {
                cues.any || cues.listed
            };
            if ok {
                requested = true;
                em.request(out, kind, s, e);
            } else if !para {
                pending.insert(kind);
            }
        }
        if !requested {
            if let Some((s, e, k)) = self.updated_back(prev) {
                requested = true;
                em.request(out, k, s, e);
            }
        }
        if !requested && secrets.iter().all(|x| x.3) {
            // Nothing named here: a cue without object refers back to the previous sentence.
            if let Some((s, e)) = cues.objectless {
                for k in prev.pending.iter() {
                    requested = true;
                    em.request(out, k, s, e);
                }
            }
            if !requested && secrets.is_empty() && !named_any_secret && !self.has(B_REGISTER) {
                if let Some((s, e, kind)) = self
                    .login_on_a_link(cues, window)
                    .or_else(|| self.account_alarm_with_a_link(window))
                    .or_else(|| self.restoring_an_alarm(window))
                {
                    requested = true;
                    em.request(out, kind, s, e);
                } else if let Some(t) = window
                    .unpressed_login
                    .then(|| self.threat_after_login())
                    .flatten()
                {
                    requested = true;
                    em.request(out, SecretKind::Password, t.0, t.1);
                } else if let Some((kind, t)) = window
                    .unpressed
                    .and_then(|k| self.presses_held().map(|t| (k, t)))
                {
                    requested = true;
                    em.request(out, kind, t.0, t.1);
                } else {
                    unpressed = self.login_on_a_link_unpressed(cues, window);
                }
            }
        }
        (requested, pending, unpressed)
    }

    /// The threat (its span) that presses an earlier sentence's unpressed log-in: a loss to
    /// avert here ("Failure to comply might lead to suspension", "to avoid closure"), not a
    /// lock-out for failed attempts. A loss merely stated ("After 7 days, your data will be
    /// permanently deleted") follows a service's own notices as well.
    #[inline(never)]
    fn threat_after_login(&self) -> Option<(usize, usize)> {
        if !self.has(B_LOSS) || self.has(B_ATTEMPTS) {
            return None;
        }
        let merged = &self.s.merged;
        self.s
            .hits
            .iter()
            .filter(|h| h.bits & B_LOSS != 0 && !in_scopes(merged, h.s))
            .find_map(|h| averted(self.text, &self.s.hits, h.s).map(|a| (a, h.e)))
    }

    /// What presses an earlier sentence's held demand (its span): a link here, a
    /// loss to avert ([`Sentence::threat_after_login`]), an account alarm, or another
    /// indicator's or a destination's term.
    fn presses_held(&self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        self.s
            .urls
            .iter()
            .find(|&&(s, e)| !local_url(&bytes[s..e]))
            .copied()
            .or_else(|| self.threat_after_login())
            .or_else(|| self.alarm.map(|a| (a.0, a.1)))
            .or_else(|| {
                let merged = &self.s.merged;
                self.s
                    .hits
                    .iter()
                    .find(|h| h.bits & (B_DEST | B_IND) != 0 && !in_scopes(merged, h.s))
                    .map(|h| (h.s, h.e))
            })
    }

    /// A Latin log-in on a link at hand that [`Sentence::login_on_a_link`] did not take for
    /// lack of pressure, and not for something else (a delivery to track).
    fn login_on_a_link_unpressed(&self, cues: &Cues, window: Window) -> bool {
        cues.login.is_some_and(|(s, e)| {
            self.text.as_bytes()[s].is_ascii()
                && (window.link || window.dest)
                && !names_delivery(cue_and_object(self.text, s, e))
        })
    }

    /// Logging in on a caller-supplied link under pressure (a threat of loss, a refund lure,
    /// here or in the sentences before) hands over the password (for a sentence that names no
    /// secret: "Telegram code: 88702 … tap this link to log in" logs in with that code). Without
    /// pressure, "sign in at the link below" is how a service's own notices end; after an account
    /// alarm, the log-in restores that account, link or not.
    #[inline(never)]
    fn login_on_a_link(&self, cues: &Cues, window: Window) -> Option<(usize, usize, SecretKind)> {
        let (s, e) = cues.login?;
        let latin = self.text.as_bytes()[s].is_ascii();
        let cue = || cue_and_object(self.text, s, e);
        let urgent = latin && threatens(self.scanner, self.text, &self.s.hits, &self.s.merged);
        // A refund offers no account to restore: following its link ("You have a pending tax
        // refund, follow the link below") is the claim, which names nothing to give.
        let claim = latin && !window.threat && names_any(cue(), &["follow", "click"]);
        // A vague security cause presses as a threat does (see `request_cues`); one in the
        // sentence before only where no alarm says what the page asks for (below).
        let alarm = self.alarm.map(|a| a.2).or(window.alarm_before);
        let cause = self.has(B_ALARM_CAUSE) || (window.cause && alarm.is_none());
        let pressed = (window.pressure || cause) && !claim;
        let demand = latin && pressed && link_or_account_demand(window.link, cue());
        // "Click link below to track your order": the link is for something else.
        let elsewhere = || latin && names_delivery(cue());
        if (window.dest && pressed && !elsewhere()) || urgent || demand {
            return Some((s, e, SecretKind::Password));
        }
        // "Hemos bloqueado tu Tarjeta. Valide sus datos para activarla": restoring the account
        // under threat asks for the secret its page does, with or without a link.
        if let Some(alarm) = alarm {
            return Some((s, e, alarm));
        }
        // "Please log in to restore access": the stated purpose stands in for the threat.
        let purpose = || login_purpose(self.text, s, e) || own_page_check(self.text, s, e);
        (latin && purpose() && !elsewhere()).then_some((s, e, SecretKind::Password))
    }

    /// The account or card under threat with a link at hand (a URL, or one the message points
    /// to: "the link below"), in this sentence or the ones around ("Account temporarily locked.
    /// Visit https://…"): the page behind the link asks for the password (a card's number, a
    /// wallet's phrase). The span is the alarm; else, after one, the link.
    #[inline(never)]
    fn account_alarm_with_a_link(&self, window: Window) -> Option<(usize, usize, SecretKind)> {
        let link = || {
            let dest = || self.spans_of(Class::Dest).first().copied();
            self.s.urls.first().copied().or_else(dest)
        };
        match (self.alarm, window.alarm_before) {
            (Some(a), _) if window.link || window.dest => Some(a),
            (None, Some(k)) => link().map(|(s, e)| (s, e, k)),
            _ => None,
        }
    }

    /// The reader's payment details named here or in the sentence before, then updated by
    /// reference ("We have had a problem with your payment details. Please update them on …"):
    /// the card's (a direct debit's: the account's) number asked for again; not in the
    /// service's own app or settings.
    fn updated_back(&self, prev: &SentFeat) -> Option<(usize, usize, SecretKind)> {
        if !self.has(B_UPDATE_BACK) || self.has(B_OFFICIAL | B_APPREF) {
            return None;
        }
        let merged = &self.s.merged;
        let back = self
            .s
            .hits
            .iter()
            .find(|h| h.bits & B_UPDATE_BACK != 0 && !in_scopes(merged, h.s))?;
        let named_here = self.s.hits.iter().find_map(|h| {
            (h.bits & B_PAYMENT != 0 && h.e <= back.s)
                .then(|| self.scanner.tags(h).iter().find_map(payment_kind))
                .flatten()
        });
        let kind = named_here.or(prev.payment)?;
        Some((back.s, back.e, kind))
    }

    /// The secret behind the last payment details this sentence names.
    fn payment_named(&self) -> Option<SecretKind> {
        if !self.has(B_PAYMENT) {
            return None;
        }
        let hits = self.s.hits.iter().rev().filter(|h| h.bits & B_PAYMENT != 0);
        hits.flat_map(|h| self.scanner.tags(h))
            .find_map(payment_kind)
    }

    /// Restoring the account under alarm, here or in the sentences before ("Usuario
    /// deshabilitado por razones de seguridad. Activar ahora", "Your account got locked. Pass an
    /// additional verification to unlock it"): the page that restores it asks for the alarm's
    /// secret, link or not; unless the restoring is done on a call ("to reactivate, call
    /// customer care") or in the service's own app ("Unblock anytime on the LazyPay app").
    #[inline(never)]
    fn restoring_an_alarm(&self, window: Window) -> Option<(usize, usize, SecretKind)> {
        if self.has(B_OFFICIAL | B_APPREF) {
            return None;
        }
        let kind = self.alarm.map(|a| a.2).or(window.alarm_before)?;
        let text = self.text;
        let h = self.s.hits.iter().find(|h| {
            h.bits & B_RESTORING != 0
                && !in_scopes(&self.s.merged, h.s)
                && !call_back(&text[..h.s])
                && !call_after(&text[h.e..])
        })?;
        Some((h.s, h.e, kind))
    }

    /// Step 7, other indicators and provider claims: each indicator term unless negated
    /// (secrecy is never negated: "don't tell anyone" is itself the indicator), urgency unless
    /// it is the speaker's own promise ("我们会尽快处理") or the message's own link lapsing
    /// ("此链接将在 24 小时后过期"), weak secrecy only when no secret is named (else it is a
    /// warning), and a provider's name as an impersonation claim when bracketed (`【支付宝】`) or
    /// the sentence claims an identity. Returns whether a provider was claimed.
    fn indicators_and_provider_claims(&mut self, named_any_secret: bool) -> bool {
        let claim = self.has(B_CLAIM);
        let scanner = self.scanner;
        let text = self.text;
        let Scratch {
            hits,
            merged,
            others,
            ..
        } = &mut *self.s;
        let in_neg = |pos: usize| in_scopes(merged, pos);
        let mut provider_claimed = false;
        for h in hits
            .iter()
            .filter(|h| h.bits & (B_IND | B_WEAK_SECRECY | B_PROVIDER | B_LOSS) != 0)
        {
            for t in scanner.tags(h) {
                match *t {
                    Tag::Ind(k) => {
                        if k != IndicatorKind::Secrecy && in_neg(h.s) {
                            continue;
                        }
                        // "我们会尽快处理", "I'll send it right away": the speaker's own
                        // promise, not pressure on the listener; nor is the message's own link
                        // or code lapsing ("此链接将在 24 小时后过期").
                        if k == IndicatorKind::UrgencyOrThreat
                            && (is_promise(text, h.s)
                                || own_item_expires(text, h.s, h.e)
                                || self_locked(text, h.s, h.e))
                        {
                            continue;
                        }
                        others.push((h.s, h.e, k, None));
                    }
                    Tag::Loss if !in_neg(h.s) => {
                        if let Some(a) = averted(text, hits, h.s) {
                            others.push((a, h.e, IndicatorKind::UrgencyOrThreat, None));
                        }
                    }
                    Tag::WeakSecrecy if !named_any_secret => {
                        others.push((h.s, h.e, IndicatorKind::Secrecy, None));
                    }
                    Tag::Provider(i) => {
                        if in_neg(h.s) {
                            continue;
                        }
                        let bracket = text[..h.s].ends_with(['【', '[', '〔']);
                        if bracket || claim {
                            provider_claimed = true;
                            let id = scanner.providers.get(i as usize).cloned();
                            others.push((h.s, h.e, IndicatorKind::ImpersonationClaim, id));
                        }
                    }
                    _ => {}
                }
            }
        }
        provider_claimed
    }

    /// Step 8, generic claims (only when no provider was claimed): a generic impersonation
    /// term ("银行客服", "fraud department"), or a claim cue followed closely by an institution
    /// ("我是农业银行的客服专员", "这边是顺丰快递", "this is Acme Bank"), unless negated.
    fn generic_claims(&mut self) {
        let claim_cue_and_institution = self.has(B_CLAIM_CUE) && self.has(B_INSTITUTION);
        let Scratch {
            hits,
            merged,
            others,
            ..
        } = &mut *self.s;
        let in_neg = |pos: usize| in_scopes(merged, pos);
        for h in hits.iter() {
            if h.bits & B_GENERIC_CLAIM != 0 && !in_neg(h.s) {
                others.push((h.s, h.e, IndicatorKind::ImpersonationClaim, None));
            }
        }
        if claim_cue_and_institution {
            for c in hits.iter().filter(|h| h.bits & B_CLAIM_CUE != 0) {
                if in_neg(c.s) {
                    continue;
                }
                let inst = hits
                    .iter()
                    .filter(|i| i.bits & (B_INSTITUTION | B_GENERIC_CLAIM) != 0)
                    .filter(|i| i.s >= c.e && i.s - c.e <= CLAIM_REACH)
                    .map(|i| i.e)
                    .max();
                if let Some(e) = inst {
                    others.push((c.s, e, IndicatorKind::ImpersonationClaim, None));
                }
            }
        }
    }

    /// Step 9, emit the other indicators: the longest wins within a kind, exact repeats go.
    /// Whether the sentence's other indicators put pressure on the reader (a threat of loss
    /// or a refund lure), and whether a threat of loss is among them.
    fn reports_pressure(&self) -> (bool, bool) {
        let reports = |k: IndicatorKind| self.s.others.iter().any(|o| o.2 == k);
        // A lock for too many failed attempts is the service's own lockout, as in
        // `account_alarm`: it presses no log-in ("You can unlock it at this link").
        let threat = reports(IndicatorKind::UrgencyOrThreat) && !self.has(B_ATTEMPTS);
        (
            threat || reports(IndicatorKind::RefundOrCompensationLure),
            threat,
        )
    }

    fn emit_others(&mut self, em: &Emitter, out: &mut Vec<Indicator>) {
        let others = &mut self.s.others;
        drop_contained(others, |o| (o.0, o.1), |o| o.2);
        others.sort_unstable_by_key(|o| (o.0, o.1, o.2));
        others.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3);
        for (s, e, k, p) in others.drain(..) {
            em.emit(out, k, None, p, s, e);
        }
    }
}

impl Scanner {
    /// Scans one sentence (`sentence` starts at byte `base` of the whole text), appending its
    /// indicators to `out` and advancing `state`.
    pub(crate) fn scan_sentence(
        &self,
        sentence: &str,
        base: usize,
        state: &mut State,
        out: &mut Vec<Indicator>,
    ) {
        let Buffers { folded, scratch } = &mut *state.buffers;
        fold::fold_into(sentence, folded);
        let (feat, (counted, counted_utf16)) =
            self.analyze(sentence, base, folded, scratch, &state.context, out);
        let context = &mut state.context;
        context.utf16_pos += counted_utf16 + utf16_len(&sentence[counted..]);
        let leaving = &context.prev[CONTEXT_SENTENCES - 1];
        context.threatened_earlier |=
            leaving.threat || leaving.alarm.is_some() || leaving.held.is_some();
        context.prev.copy_within(..CONTEXT_SENTENCES - 1, 1);
        context.prev[0] = feat;
    }

    fn tags(&self, h: &Hit) -> &[Tag] {
        &self.tags[h.pat as usize]
    }

    /// Runs the steps of [`Sentence`] over one folded sentence, appending its indicators to
    /// `out` in order of position, and returns what the sentence leaves for the next ones and
    /// how far into the sentence UTF-16 units were counted while emitting (a byte offset and
    /// the units before it), so the sentence's length is not counted again from its start.
    /// A warning or narrative anywhere in the sentence vetoes all its indicators; credential
    /// analysis runs only when a secret or log-in is named (or a direct cue could refer back).
    fn analyze(
        &self,
        sentence: &str,
        base: usize,
        f: &Folded,
        scratch: &mut Scratch,
        state: &Context,
        out: &mut Vec<Indicator>,
    ) -> (SentFeat, (usize, usize)) {
        let text = f.text.as_str();
        let src = Source {
            sentence,
            folded: f,
        };
        let mut cx = Sentence::collect_hits(self, text, src, scratch);
        if cx.has(B_QR_CODE)
            && (cx.has(B_AUTHENTICATOR) || state.prev.iter().any(|p| p.authenticator))
        {
            cx.enrol_qr_codes();
        }
        let feat_dest = cx.has(B_DEST);
        let feat_download = cx.has(B_DOWNLOAD);
        let feat_link =
            cx.s.urls
                .iter()
                .any(|&(s, e)| !local_url(&text.as_bytes()[s..e]));
        let feat_code_sent = cx.has(B_CODE_SENT);
        let vetoed = cx.has(B_NARR) || (cx.has(B_WARN) && cx.warned());
        let pending_before = !state.prev[0].pending.is_empty();
        // A demand held by the sentences before: this one may press it (`requests`).
        let held_demand = state.prev.iter().find_map(|p| p.unpressed);
        // The sender's side will call the reader (not "we will never call you").
        let call_in = cx.has(B_CALL_IN) && !vetoed && !cx.has(B_NEG);
        let need_cred = !vetoed
            && (cx.has(B_SECRETS | B_LOGIN | B_UPDATE_BACK)
                || (pending_before && cx.has(B_STRONG))
                || held_demand.is_some()
                || (call_in && !state.prev[0].prepared.is_empty()));
        // An account alarm here, or a link after one: the link lure (see `requests`).
        let linked = || feat_link || feat_dest || state.prev[0].link || state.prev[0].dest;
        let alarm_before = state.prev.iter().find_map(|p| p.alarm).or_else(|| {
            state.prev[0]
                .held
                .filter(|_| cx.has(B_RESTORING) && linked())
        });
        let feat_cause = cx.has(B_ALARM_CAUSE);
        let cause = feat_cause || state.prev[0].cause;
        let feat_charge = cx.has(B_CHARGE);
        let lure = !vetoed
            && ((cx.has(B_ACCT_NOUN) && cx.has(B_ACCT_STATE))
                || cx.has(B_ACCT_THREAT)
                || (cx.has(B_UNLOCK) && cause)
                || ((feat_link || feat_dest || cx.has(B_RESTORING)) && alarm_before.is_some()));
        // Only a credential analysis or a term of another indicator (or a claim) can emit
        // anything or leave secrets pending; without one (most plain sentences, every vetoed
        // one) the steps below would find nothing, so they are skipped. Such a sentence puts
        // no pressure either (pressure is an indicator term, and a vetoed sentence has none).
        if !need_cred && !lure && (vetoed || !cx.has(B_EMITS)) {
            let feat = SentFeat {
                dest: feat_dest,
                download: feat_download,
                link: feat_link,
                code_sent: feat_code_sent,
                pressure: false,
                threat: false,
                claim: false,
                alarm: None,
                held: None,
                cause: feat_cause,
                payment: cx.payment_named(),
                pending: KindSet::default(),
                list_open: !vetoed && cx.list_opens(state.prev[0].list_open),
                charge: feat_charge,
                unpressed_login: false,
                unpressed: None,
                call_in,
                prepared: KindSet::default(),
                authenticator: cx.has(B_AUTHENTICATOR),
            };
            return (feat, (0, 0));
        }
        let pinyin_ok = match state.hint {
            Some(l) => l.is_chinese(),
            None => !text.is_ascii(),
        };
        cx.clause_breaks();
        cx.negation_scopes();
        let code_sent_before = state.prev.iter().any(|p| p.code_sent);
        let mut window = Window {
            download: feat_download || state.prev.iter().any(|p| p.download),
            dest: feat_dest || state.prev.iter().any(|p| p.dest),
            link: feat_link || state.prev.iter().any(|p| p.link),
            code_sent: feat_code_sent || code_sent_before,
            code_sent_before,
            pressure: state.prev.iter().any(|p| p.pressure),
            threat: state.prev.iter().any(|p| p.threat),
            claim: state.prev.iter().any(|p| p.claim),
            alarm_before,
            cause,
            charge: feat_charge || state.prev[0].charge,
            unpressed_login: state.prev.iter().any(|p| p.unpressed_login),
            unpressed: held_demand,
            threatened_earlier: state.threatened_earlier,
            call_in: call_in || state.prev.iter().any(|p| p.call_in),
        };
        let named_any_secret = need_cred && cx.secret_candidates(pinyin_ok);
        // A field line of an open list: its secrets are asked for by the list's head.
        let listed = state.prev[0].list_open && field_line(text);
        // A sentence that names a secret is judged by what it says of it ("Para evitar el
        // bloqueo, nunca comparta su clave"): no alarm for the link after it.
        // A state that needs a cause ("Your card has been deactivated") alarms when restoring
        // the account on a link follows, here or in the next sentence ("Click below to
        // reactivate now"); without one it is held for that next sentence.
        let mut held = None;
        if lure && !named_any_secret {
            let restoring = cx.has(B_RESTORING) && linked();
            cx.alarm = cx.account_alarm(cause, restoring);
            if cx.alarm.is_none() && cx.has(B_ACCT_NOUN) && cx.has(B_ACCT_STATE) && !explained(text)
            {
                held = cx.account_alarm(cause, true).map(|a| a.2);
            }
        }
        if need_cred {
            cx.request_cues(window);
        }
        let prepared = cx.drop_prepared_secrets(window.call_in);
        let cues = Cues {
            listed,
            ..cx.cue_summary(pending_before)
        };

        let em = Emitter {
            src,
            base,
            utf16_pos: state.utf16_pos,
            memo: std::cell::Cell::new((0, 0)),
        };
        let first_out = out.len();
        let mut pending = KindSet::default();
        let (mut feat_pressure, mut feat_threat) = (false, false);
        let mut unpressed_login = false;
        let mut requested_here = false;
        if !vetoed {
            // The other indicators first: the pressure they report weighs on a bare log-in.
            if !cx.indicators_and_provider_claims(named_any_secret) {
                cx.generic_claims();
            }
            (feat_pressure, feat_threat) = cx.reports_pressure();
            window.pressure |= feat_pressure;
            window.threat |= feat_threat;
            let (requested, named, unpressed) =
                cx.requests(&cues, named_any_secret, window, &state.prev[0], &em, out);
            if !requested {
                pending = named;
            }
            requested_here = requested;
            // "Please have your code ready. Our agent will call you shortly.": the call asks
            // for what the sentence before prepared.
            if !requested && call_in {
                if let Some(&(s, e)) = cx.spans_of(Class::CallIn).first() {
                    for k in state.prev[0].prepared.iter() {
                        requested_here = true;
                        em.request(out, k, s, e);
                    }
                }
            }
            unpressed_login = unpressed;
            cx.emit_others(&em, out);
        }
        out[first_out..].sort_unstable_by_key(|i| (i.start, i.end, i.kind));
        let feat = SentFeat {
            download: feat_download,
            dest: feat_dest,
            link: feat_link,
            code_sent: feat_code_sent,
            pressure: feat_pressure,
            threat: feat_threat,
            claim: out[first_out..]
                .iter()
                .any(|i| i.kind != IndicatorKind::CredentialRequest && !names_a_qr_code(i)),
            alarm: cx.alarm.map(|a| a.2),
            held,
            // A sentence that names a secret is judged by what it says of it ("Por razones de
            // seguridad, deberás cambiar tu contraseña"): its cause presses nothing after it.
            cause: feat_cause && !named_any_secret,
            payment: cx.payment_named(),
            pending,
            list_open: !vetoed && cx.list_opens(state.prev[0].list_open),
            charge: feat_charge,
            unpressed_login,
            unpressed: cx.unpressed.filter(|_| !requested_here),
            call_in,
            authenticator: cx.has(B_AUTHENTICATOR),
            prepared: if requested_here || vetoed {
                KindSet::default()
            } else {
                prepared
            },
        };
        (feat, em.memo.get())
    }
}

#[cfg(test)]
mod tests {
    use super::url_spans;

    #[test]
    fn url_spans_run_from_the_scheme_to_the_first_character_outside_a_url() {
        let text = "点击 https://a.example/login?x=1 或 hxxp://b.example/p，然后 ://c 结束";
        let mut spans = Vec::new();
        url_spans(text.as_bytes(), &mut spans);
        let got: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
        // `://c` has no scheme before it: no URL.
        assert_eq!(got, ["https://a.example/login?x=1", "hxxp://b.example/p"]);
        // A URL inside another one's query is part of it.
        spans.clear();
        url_spans(
            b"go https://a.example/?u=https://b.example/x now",
            &mut spans,
        );
        assert_eq!(spans, [(3, 43)]);
    }
}
