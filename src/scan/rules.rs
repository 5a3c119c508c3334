//! The rules that turn lexicon hits in one sentence into indicators: a request is a secret
//! term plus a request cue, with negations, warnings, narratives, supplied code values, resets
//! and official destinations as vetoes. A little context (what the previous two sentences
//! named) is carried in [`State`], bounded in size, so streaming sees exactly what a one-shot
//! scan sees.

use std::collections::VecDeque;

use super::fold::{self, Folded};
use super::lexicon::{Class, Tag};
use super::{Indicator, IndicatorKind, Language, Scanner, SecretKind};

/// How many previous sentences' features are kept.
const CONTEXT_SENTENCES: usize = 2;
/// A reset/change verb this close (folded bytes) before a secret term cancels it.
const MANAGE_REACH: usize = 12;

/// A set of secret kinds (one bit each).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct KindSet(u8);

impl KindSet {
    const ALL: [SecretKind; 8] = [
        SecretKind::Password,
        SecretKind::VerificationCode,
        SecretKind::Pin,
        SecretKind::CardNumber,
        SecretKind::Cvv,
        SecretKind::IdNumber,
        SecretKind::BankAccount,
        SecretKind::OtherSecret,
    ];
    fn bit(k: SecretKind) -> u8 {
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
#[derive(Clone, Debug, Default)]
struct SentFeat {
    download: bool,
    dest: bool,
    /// Secrets named (valid, not supplied, not negated) but not requested in that sentence.
    pending: KindSet,
}

/// Buffers reused from sentence to sentence (no allocation per sentence once warm).
#[derive(Clone, Debug, Default)]
pub(crate) struct Scratch {
    hits: Vec<Hit>,
    breaks: Vec<(usize, bool)>,
    scopes: Vec<(usize, usize)>,
    merged: Vec<(usize, usize)>,
    secrets: Vec<(usize, usize, SecretKind, bool)>,
    cues: Vec<(usize, usize, Tag)>,
    others: Vec<(usize, usize, IndicatorKind, Option<String>)>,
}

/// Scan state carried from sentence to sentence: the language hint and bounded context.
#[derive(Clone, Debug)]
pub(crate) struct State {
    hint: Option<Language>,
    prev: VecDeque<SentFeat>,
    /// UTF-16 offset of the next sentence's start.
    utf16_pos: usize,
    folded: Folded,
    scratch: Scratch,
}

impl State {
    pub(crate) fn new(hint: Option<Language>) -> State {
        State {
            hint,
            prev: VecDeque::with_capacity(CONTEXT_SENTENCES + 1),
            utf16_pos: 0,
            folded: Folded::default(),
            scratch: Scratch::default(),
        }
    }

    /// The language hint this state was created with.
    pub(crate) fn hint(&self) -> Option<Language> {
        self.hint
    }
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    s: usize,
    e: usize,
    pat: u32,
}

/// Presence masks over [`Class`] bits, for "does the sentence have X" questions.
const B_NEG: u64 = Class::Neg.bit();
const B_WARN: u64 = Class::Warn.bit();
const B_NARR: u64 = Class::Narr.bit();
const B_OFFICIAL: u64 = Class::Official.bit();
const B_APPREF: u64 = Class::AppRef.bit();
const B_SELF: u64 = Class::SelfDo.bit();
const B_DEST: u64 = Class::Dest.bit();
const B_DOWNLOAD: u64 = Class::Download.bit();
const B_PRONOUN: u64 = Class::Pronoun.bit();
/// An identity claim, specific ("我是", "this is") or generic ("银行客服").
const B_CLAIM: u64 = Class::union(&[Class::Claim, Class::GenericClaim]);
const B_CLAIM_CUE: u64 = Class::Claim.bit();
const B_INSTITUTION: u64 = Class::Institution.bit();
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

fn is_clause_break(text: &str, i: usize, commas: bool) -> bool {
    let b = text.as_bytes();
    match b[i] {
        b',' => commas,
        b';' | b':' | b'(' | b')' => true,
        b'-' => (i > 0 && b[i - 1] == b' ') && (i + 1 >= b.len() || b[i + 1] == b' '),
        0xE2 | 0xE3 | 0xEF => {
            let c = text[i..].chars().next();
            match c {
                Some('，') => commas,
                Some('；' | '：' | '（' | '）' | '—' | '–' | '「' | '」' | '“' | '”') => {
                    true
                }
                _ => false,
            }
        }
        _ => false,
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
    v.sort_by_key(|x| {
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
    w.contains('我')
        || w.contains('会')
        || w.contains('能')
        || w.contains("可以")
        || ["i'll", "we'll", "i will", "we will", "we can", "i can"]
            .iter()
            .any(|p| w.contains(p))
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

/// True if a code value (≥ 4 digits, ASCII or Chinese numerals) follows the term closely
/// ("验证码为385921", "code is 482913", "验证码一六八六八六") or precedes it ("203948 is your
/// login code"): the text supplies a code rather than asking for one.
fn supplied_value(text: &str, s: usize, e: usize) -> bool {
    let mut rest = &text[e..];
    for _ in 0..4 {
        let t = rest.trim_start_matches([' ', ':', '"', '\'', '“', '”', '「', '」', '（', '(']);
        let t = [
            "为", "是", "is", "es", "was", "of", "de", "：", "号码", "号",
        ]
        .iter()
        .find_map(|f| t.strip_prefix(f))
        .unwrap_or(t);
        if t.len() == rest.len() {
            break;
        }
        rest = t;
    }
    let digits = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || is_cn_digit(*c) || *c == ' ')
        .filter(|c| *c != ' ')
        .count();
    if digits >= 4 {
        return true;
    }
    // Before: a digit run then at most three short words.
    let before = &text[..s];
    let window_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    let window = &before[window_start..];
    if let Some(end) = window.rfind(|c: char| c.is_ascii_digit()) {
        let run = window[..=end]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let between = &window[end + 1..];
        let words = between.split_whitespace().count();
        if run >= 4 && words <= 3 && between.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') {
            return true;
        }
    }
    false
}

/// After a cue, only fillers and then a clause end: the cue has no object of its own
/// ("收到后告诉我。"), so it refers to a secret named before.
fn objectless_cjk(text: &str, e: usize) -> bool {
    let mut rest = &text[e..];
    for f in [
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
    ] {
        if let Some(r) = rest.strip_prefix(f) {
            rest = r;
        }
    }
    rest.is_empty()
        || rest.starts_with([',', '。', '.', '!', '?', ';', '！', '？', '；', ' ', '，'])
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
        let mut folded = std::mem::take(&mut state.folded);
        fold::fold_into(sentence, &mut folded);
        let mut scratch = std::mem::take(&mut state.scratch);
        let feat = self.analyze(sentence, base, &folded, &mut scratch, state, out);
        state.folded = folded;
        state.scratch = scratch;
        state.utf16_pos += utf16_len(sentence);
        state.prev.push_front(feat);
        state.prev.truncate(CONTEXT_SENTENCES);
    }

    fn tags(&self, h: &Hit) -> &[Tag] {
        &self.patterns[h.pat as usize].tags
    }

    fn analyze(
        &self,
        sentence: &str,
        base: usize,
        f: &Folded,
        scratch: &mut Scratch,
        state: &State,
        out: &mut Vec<Indicator>,
    ) -> SentFeat {
        let text = f.text.as_str();
        let bytes = text.as_bytes();
        // 1. Hits, with ASCII word boundaries.
        let Scratch {
            hits,
            breaks,
            scopes,
            merged,
            secrets,
            cues,
            others,
        } = scratch;
        hits.clear();
        let mut present = 0u64;
        let patterns = &self.patterns;
        self.matcher.for_each_match(bytes, |s, e, pid| {
            let p = &patterns[pid as usize];
            if p.ascii_start && s > 0 && bytes[s - 1].is_ascii_alphanumeric() {
                return;
            }
            if p.ascii_end && e < bytes.len() && bytes[e].is_ascii_alphanumeric() {
                return;
            }
            present |= p.bits;
            hits.push(Hit { s, e, pat: pid });
        });
        let feat_dest = present & B_DEST != 0;
        let feat_download = present & B_DOWNLOAD != 0;
        if hits.is_empty() {
            return SentFeat {
                dest: false,
                download: false,
                pending: KindSet::default(),
            };
        }
        let has_cjk = !text.is_ascii();
        let pinyin_ok = match state.hint {
            Some(l) => l.is_chinese(),
            None => has_cjk,
        };
        // 2. Negation scopes: a Chinese negation covers the rest of its clause, a Latin one
        //    the rest of the sentence up to a `;`, `:` or ` - ` (commas list what is negated:
        //    "never your card number, your PIN or any passcode").
        let hits: &[Hit] = hits;
        let spans_of = |tag: Tag| -> Vec<(usize, usize)> {
            if present & tag.class().bit() == 0 {
                return Vec::new();
            }
            hits.iter()
                .filter(|h| self.tags(h).contains(&tag))
                .map(|h| (h.s, h.e))
                .collect()
        };
        let inside = |list: &[(usize, usize)], s: usize, e: usize| {
            list.iter().any(|&(bs, be)| bs <= s && e <= be)
        };
        // Clause breaks, found once: `,`-breaks separately (Latin negations span commas).
        breaks.clear(); // (position, is a comma)
        scopes.clear();
        merged.clear();
        secrets.clear();
        cues.clear();
        others.clear();
        if present & (B_NEG | B_PREPARE) != 0 {
            for i in 0..bytes.len() {
                if is_clause_break(text, i, true) {
                    breaks.push((i, !is_clause_break(text, i, false)));
                }
            }
        }
        let next_break = |pos: usize, commas: bool| -> usize {
            let i = breaks.partition_point(|&(b, _)| b < pos);
            breaks[i..]
                .iter()
                .find(|&&(_, comma)| commas || !comma)
                .map_or(bytes.len(), |&(b, _)| b)
        };
        let clause_of = |pos: usize| -> (usize, usize) {
            let i = breaks.partition_point(|&(b, _)| b < pos);
            let start = if i > 0 { breaks[i - 1].0 + 1 } else { 0 };
            let end = breaks.get(i).map_or(bytes.len(), |&(b, _)| b);
            (start, end)
        };
        let neg_blocks = spans_of(Tag::NegBlock);
        if present & B_NEG != 0 {
            for h in hits {
                if !self.tags(h).contains(&Tag::Neg) || inside(&neg_blocks, h.s, h.e) {
                    continue;
                }
                let cjk = !bytes[h.s].is_ascii();
                let mut end = next_break(h.e, cjk);
                if !cjk {
                    // A Latin negation runs over commas that continue a list ("never your card
                    // number, your PIN or any passcode") but stops at a comma after which a
                    // request follows ("don't hang up, just read me the code").
                    let request_from = |c: usize| {
                        hits.iter().any(|o| {
                            o.s > c && o.s < end && self.patterns[o.pat as usize].bits & B_CUE != 0
                        })
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
        let scopes: &[(usize, usize)] = merged;
        let in_neg = |pos: usize| {
            let i = scopes.partition_point(|&(s, _)| s <= pos);
            i > 0 && pos < scopes[i - 1].1
        };
        let any_neg = !scopes.is_empty();
        let vetoed = present & (B_WARN | B_NARR) != 0;
        // Credential analysis only when something could come of it.
        let pending_before = state.prev.front().is_some_and(|p| !p.pending.is_empty());
        let need_cred = !vetoed
            && (present & (B_SECRETS | B_LOGIN) != 0
                || (pending_before && present & B_STRONG != 0));

        // 3. Window context (this sentence and the previous ones).
        let win_download = feat_download || state.prev.iter().any(|p| p.download);
        let win_dest = feat_dest || state.prev.iter().any(|p| p.dest);

        // 4. Secret candidates: keep the longest of overlapping ones; drop those inside a
        //    non-secret code ("promo code"), right after a reset verb, or negated; a kind any
        //    of whose mentions comes with a code value ("验证码是六六六六") is supplied here.
        let not_secret = spans_of(Tag::NotSecret);
        let manage_ends: Vec<usize> = spans_of(Tag::Manage).iter().map(|x| x.1).collect();
        let supply_ends: Vec<usize> = spans_of(Tag::Supply).iter().map(|x| x.1).collect();
        // (start, end, kind, is_paraphrase)
        let mut named_any_secret = false;
        for h in hits.iter().filter(|_| need_cred) {
            for t in self.tags(h) {
                let (kind, para) = match *t {
                    Tag::Secret(k) => (k, false),
                    Tag::Para(k) => (k, true),
                    Tag::Pinyin(k) if pinyin_ok => (k, false),
                    _ => continue,
                };
                named_any_secret = true;
                if !inside(&not_secret, h.s, h.e) {
                    secrets.push((h.s, h.e, kind, para));
                }
            }
        }
        drop_contained(secrets, |x| (x.0, x.1), |_| ());
        secrets.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2);
        let mut supplied_kinds = KindSet::default();
        for &(s, e, k, para) in secrets.iter() {
            let supplied = !para
                && (supplied_value(text, s, e)
                    || supply_ends.iter().any(|&se| se <= s && s - se <= 6));
            if supplied {
                supplied_kinds.insert(k);
            }
        }
        secrets.retain(|&(s, _, k, _)| {
            !in_neg(s)
                && !supplied_kinds.contains(k)
                && !manage_ends
                    .iter()
                    .any(|&me| me <= s && s - me <= MANAGE_REACH)
        });
        // "验证码我会通过电话告诉你": the speaker will tell the code, so it is theirs.
        if present & B_SUPPLY != 0 {
            let supply_after = |s: usize| supply_ends.iter().any(|&se| se > s);
            secrets.retain(|&(s, _, k, _)| {
                !(k == SecretKind::VerificationCode
                    && supply_after(s)
                    && !text[s..].contains("告诉我"))
            });
        }

        // 5. Request cues.
        let cue_blocks = spans_of(Tag::CueBlock);
        if need_cred {
            for h in hits {
                if inside(&cue_blocks, h.s, h.e) {
                    continue;
                }
                for t in self.tags(h) {
                    let valid = match t {
                        Tag::Tell | Tag::Ask | Tag::Show | Tag::Provide => !in_neg(h.s),
                        Tag::NeedObj => {
                            !in_neg(h.s) && secrets.iter().any(|x| x.0 >= h.e && x.0 - h.e <= 6)
                        }
                        Tag::Purpose => !any_neg,
                        Tag::Input => {
                            !in_neg(h.s)
                                && present & B_SELF == 0
                                && (win_dest
                                    || win_download
                                    || present & (B_OFFICIAL | B_APPREF) == 0)
                        }
                        Tag::Upload => {
                            !in_neg(h.s)
                                && present & B_SELF == 0
                                && (win_dest || win_download || present & B_OFFICIAL == 0)
                        }
                        Tag::Login => {
                            !in_neg(h.s) && present & B_SELF == 0 && (win_dest || win_download)
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
                    // The speaker as subject ("我会提供", "我怎么提供"): not asking.
                    if matches!(t, Tag::Provide | Tag::NeedObj) {
                        let w: String = before.chars().rev().take(3).collect();
                        let cue = &text[h.s..h.e];
                        let you = |x: &str| x.contains('你') || x.contains('您');
                        if w.contains('我') && !you(&w) && !you(cue) {
                            continue;
                        }
                    }
                    cues.push((h.s, h.e, *t));
                }
            }
        }
        // Secrets in a clause that only prepares or brings them ("准备好身份证") are not
        // handed over, unless that clause also has a cue.
        let prepares = spans_of(Tag::Prepare);
        if !prepares.is_empty() {
            let upload = cues.iter().any(|c| c.2 == Tag::Upload);
            secrets.retain(|&(s, _, _, _)| {
                let (cs, ce) = clause_of(s);
                let prepared = prepares.iter().any(|&(ps, pe)| ps >= cs && pe <= ce);
                !prepared
                    || upload
                    || cues.iter().any(|&(qs, qe, t)| {
                        qs >= cs && qe <= ce && !matches!(t, Tag::NeedObj | Tag::Purpose)
                    })
            });
        }
        let mut strong_cue: Option<(usize, usize)> = None;
        let mut any_cue = false;
        let mut login_cue: Option<(usize, usize)> = None;
        let mut objectless_cue: Option<(usize, usize)> = None;
        for &(s, e, t) in cues.iter() {
            any_cue = true;
            if matches!(t, Tag::Tell | Tag::Ask | Tag::Show) {
                strong_cue.get_or_insert((s, e));
                let objectless = if bytes[s].is_ascii() {
                    present & B_PRONOUN != 0
                } else {
                    objectless_cjk(text, e)
                };
                if objectless {
                    objectless_cue.get_or_insert((s, e));
                }
            }
            if t == Tag::Login {
                login_cue.get_or_insert((s, e));
            }
        }

        // 6. Credential requests.
        let mut pending = KindSet::default();
        let mut requested = false;
        let u16_memo = std::cell::Cell::new((0usize, 0usize));
        let emit = |out: &mut Vec<Indicator>,
                    kind: IndicatorKind,
                    secret: Option<SecretKind>,
                    provider: Option<String>,
                    fs: usize,
                    fe: usize| {
            let (a, b) = f.original_span(sentence, fs, fe);
            // UTF-16 offset of `a`, counted on from the last one asked for when possible.
            let (memo_byte, memo_u16) = u16_memo.get();
            let u16_before = if a >= memo_byte {
                memo_u16 + utf16_len(&sentence[memo_byte..a])
            } else {
                utf16_len(&sentence[..a])
            };
            u16_memo.set((a, u16_before));
            let u16_len = utf16_len(&sentence[a..b]);
            out.push(Indicator {
                kind,
                secret,
                provider,
                start: base + a,
                end: base + b,
                start_utf16: state.utf16_pos + u16_before,
                end_utf16: state.utf16_pos + u16_before + u16_len,
                excerpt: sentence[a..b].to_string(),
            });
        };
        let first_out = out.len();
        if !vetoed {
            for &(s, e, kind, para) in secrets.iter() {
                let ok = if para { strong_cue.is_some() } else { any_cue };
                if ok {
                    requested = true;
                    emit(
                        out,
                        IndicatorKind::CredentialRequest,
                        Some(kind),
                        None,
                        s,
                        e,
                    );
                } else if !para {
                    pending.insert(kind);
                }
            }
            if !requested && secrets.iter().all(|x| x.3) {
                // Nothing named here: a cue without object refers back to the previous sentence.
                if let (Some((s, e)), Some(prev)) = (objectless_cue, state.prev.front()) {
                    for k in prev.pending.iter() {
                        requested = true;
                        emit(out, IndicatorKind::CredentialRequest, Some(k), None, s, e);
                    }
                }
                // Logging in on a caller-supplied link hands over the password.
                if !requested && secrets.is_empty() {
                    if let Some((s, e)) = login_cue {
                        if win_dest && present & B_REGISTER == 0 {
                            requested = true;
                            emit(
                                out,
                                IndicatorKind::CredentialRequest,
                                Some(SecretKind::Password),
                                None,
                                s,
                                e,
                            );
                        }
                    }
                }
            }
        }
        if requested {
            pending = KindSet::default();
        }

        // 7. Other indicators.
        if !vetoed {
            let mut provider_claimed = false;
            for h in hits {
                for t in self.tags(h) {
                    match *t {
                        Tag::Ind(k) => {
                            if k != IndicatorKind::Secrecy && in_neg(h.s) {
                                continue;
                            }
                            // "我们会尽快处理", "I'll send it right away": the speaker's own
                            // promise, not pressure on the listener.
                            if k == IndicatorKind::UrgencyOrThreat && is_promise(text, h.s) {
                                continue;
                            }
                            others.push((h.s, h.e, k, None));
                        }
                        Tag::WeakSecrecy if !named_any_secret => {
                            others.push((h.s, h.e, IndicatorKind::Secrecy, None));
                        }
                        Tag::Provider(i) => {
                            if in_neg(h.s) {
                                continue;
                            }
                            let bracket = text[..h.s].ends_with(['【', '[', '〔']);
                            if bracket || present & B_CLAIM != 0 {
                                provider_claimed = true;
                                let id = self.providers.get(i as usize).cloned();
                                others.push((h.s, h.e, IndicatorKind::ImpersonationClaim, id));
                            }
                        }
                        _ => {}
                    }
                }
            }
            if !provider_claimed {
                for h in hits {
                    if self.tags(h).contains(&Tag::GenericClaim) && !in_neg(h.s) {
                        others.push((h.s, h.e, IndicatorKind::ImpersonationClaim, None));
                    }
                }
                // "我是农业银行的客服专员", "这边是顺丰快递", "this is Acme Bank": a claim cue
                // followed closely by an institution.
                if present & B_CLAIM_CUE != 0 && present & B_INSTITUTION != 0 {
                    for c in hits.iter().filter(|h| self.tags(h).contains(&Tag::Claim)) {
                        if in_neg(c.s) {
                            continue;
                        }
                        let inst = hits
                            .iter()
                            .filter(|i| {
                                let t = self.tags(i);
                                t.contains(&Tag::Institution) || t.contains(&Tag::GenericClaim)
                            })
                            .filter(|i| i.s >= c.e && i.s - c.e <= CLAIM_REACH)
                            .map(|i| i.e)
                            .max();
                        if let Some(e) = inst {
                            others.push((c.s, e, IndicatorKind::ImpersonationClaim, None));
                        }
                    }
                }
            }
            // Longest wins within a kind.
            drop_contained(others, |o| (o.0, o.1), |o| o.2);
            others.sort_by_key(|o| (o.0, o.1, o.2));
            others.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3);
            for (s, e, k, p) in others.drain(..) {
                emit(out, k, None, p, s, e);
            }
        }
        out[first_out..].sort_by_key(|i| (i.start, i.end, i.kind));
        SentFeat {
            download: feat_download,
            dest: feat_dest,
            pending,
        }
    }
}
