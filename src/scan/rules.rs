//! The rules that turn lexicon hits in one sentence into indicators: a request is a secret
//! term plus a request cue, with negations, warnings, narratives, supplied code values, resets
//! and official destinations as vetoes. A little context (what the previous two sentences
//! named) is carried in [`State`], bounded in size, so streaming sees exactly what a one-shot
//! scan sees.

use std::collections::VecDeque;

use super::fold::{self, Folded};
use super::lexicon::Tag;
use super::{Indicator, IndicatorKind, Language, Scanner, SecretKind};

/// How many previous sentences' features are kept.
const CONTEXT_SENTENCES: usize = 2;
/// At most this many requested-able secrets are remembered per sentence.
const MAX_REMEMBERED: usize = 8;
/// A reset/change verb this close (folded bytes) before a secret term cancels it.
const MANAGE_REACH: usize = 12;

/// What a finished sentence leaves for the next ones.
#[derive(Clone, Debug, Default)]
struct SentFeat {
    download: bool,
    dest: bool,
    /// Secrets named (valid, not supplied, not negated) but not requested in that sentence.
    pending: Vec<SecretKind>,
}

/// Scan state carried from sentence to sentence: the language hint and bounded context.
#[derive(Clone, Debug)]
pub(crate) struct State {
    hint: Option<Language>,
    prev: VecDeque<SentFeat>,
    /// UTF-16 offset of the next sentence's start.
    utf16_pos: usize,
    folded: Folded,
    hits: Vec<Hit>,
}

impl State {
    pub(crate) fn new(hint: Option<Language>) -> State {
        State {
            hint,
            prev: VecDeque::with_capacity(CONTEXT_SENTENCES + 1),
            utf16_pos: 0,
            folded: Folded::default(),
            hits: Vec::new(),
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

/// Bit per tag class, for "does the sentence have X" questions.
pub(crate) fn bit(tag: &Tag) -> u32 {
    1 << match tag {
        Tag::Secret(_) => 0,
        Tag::Para(_) => 1,
        Tag::Pinyin(_) => 2,
        Tag::Tell => 3,
        Tag::Ask => 4,
        Tag::Provide => 5,
        Tag::Purpose => 6,
        Tag::Input => 7,
        Tag::Login => 8,
        Tag::Show => 9,
        Tag::Neg => 10,
        Tag::Warn => 11,
        Tag::Narr => 12,
        Tag::Manage => 13,
        Tag::Official => 14,
        Tag::AppRef => 15,
        Tag::SelfDo => 16,
        Tag::Prepare => 17,
        Tag::Dest => 18,
        Tag::Download => 19,
        Tag::Pronoun => 20,
        Tag::Ind(_) => 21,
        Tag::WeakSecrecy => 22,
        Tag::Claim => 23,
        Tag::GenericClaim => 24,
        Tag::Provider(_) => 25,
        Tag::NegBlock => 26,
        Tag::NotSecret => 27,
        Tag::NeedObj => 28,
        Tag::CueBlock => 29,
        Tag::Supply => 30,
        Tag::Register => 31,
        Tag::Upload => 7,
    }
}

const B_NEG: u32 = 1 << 10;
const B_WARN: u32 = 1 << 11;
const B_NARR: u32 = 1 << 12;
const B_OFFICIAL: u32 = 1 << 14;
const B_APPREF: u32 = 1 << 15;
const B_SELF: u32 = 1 << 16;
const B_DEST: u32 = 1 << 18;
const B_DOWNLOAD: u32 = 1 << 19;
const B_PRONOUN: u32 = 1 << 20;
const B_CLAIM: u32 = (1 << 23) | (1 << 24);
const B_SUPPLY: u32 = 1 << 30;
const B_SECRETS: u32 = 0b111;
const B_LOGIN: u32 = 1 << 8;
const B_STRONG: u32 = (1 << 3) | (1 << 4) | (1 << 9);
const B_REGISTER: u32 = 1 << 31;

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
                Some('；' | '：' | '（' | '）' | '—' | '–' | '「' | '」' | '“' | '”') => true,
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

/// UTF-16 length of `s`, counted on bytes: one unit per character, two for 4-byte ones.
pub(crate) fn utf16_len(s: &str) -> usize {
    s.as_bytes()
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
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
        let t = ["为", "是", "is", "es", "was", "of", "de", "：", "号码", "号"]
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
    let window_start = before
        .char_indices()
        .rev()
        .nth(24)
        .map_or(0, |(i, _)| i);
    let window = &before[window_start..];
    if let Some(end) = window.rfind(|c: char| c.is_ascii_digit()) {
        let run = window[..=end]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let between = &window[end + 1..];
        let words = between.split_whitespace().count();
        if run >= 4 && words <= 3 && between.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            return true;
        }
    }
    false
}

/// After a cue, only fillers and then a clause end: the cue has no object of its own
/// ("收到后告诉我。"), so it refers to a secret named before.
fn objectless_cjk(text: &str, e: usize) -> bool {
    let mut rest = &text[e..];
    for f in ["一下", "下", "吧", "啊", "哦", "呀", "就行", "就可以", "好吗", "了"] {
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
        let mut hits = std::mem::take(&mut state.hits);
        hits.clear();
        let feat = self.analyze(sentence, base, &folded, &mut hits, state, out);
        state.folded = folded;
        state.hits = hits;
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
        hits: &mut Vec<Hit>,
        state: &State,
        out: &mut Vec<Indicator>,
    ) -> SentFeat {
        let text = f.text.as_str();
        let bytes = text.as_bytes();
        // 1. Hits, with ASCII word boundaries.
        let mut present = 0u32;
        for m in self.ac.find_overlapping_iter(text) {
            let p = &self.patterns[m.pattern().as_usize()];
            if p.ascii_start && m.start() > 0 && bytes[m.start() - 1].is_ascii_alphanumeric() {
                continue;
            }
            if p.ascii_end && m.end() < bytes.len() && bytes[m.end()].is_ascii_alphanumeric() {
                continue;
            }
            present |= p.bits;
            hits.push(Hit {
                s: m.start(),
                e: m.end(),
                pat: m.pattern().as_u32(),
            });
        }
        let feat_dest = present & B_DEST != 0;
        let feat_download = present & B_DOWNLOAD != 0;
        if hits.is_empty() {
            return SentFeat {
                dest: false,
                download: false,
                pending: Vec::new(),
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
            if present & bit(&tag) == 0 {
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
        let neg_blocks = spans_of(Tag::NegBlock);
        let mut scopes: Vec<(usize, usize)> = Vec::new();
        if present & B_NEG != 0 {
            for h in hits {
                if !self.tags(h).contains(&Tag::Neg) || inside(&neg_blocks, h.s, h.e) {
                    continue;
                }
                let commas = !bytes[h.s].is_ascii();
                let mut end = h.e;
                while end < bytes.len() && !is_clause_break(text, end, commas) {
                    end += 1;
                }
                scopes.push((h.s, end));
            }
        }
        let in_neg = |pos: usize| scopes.iter().any(|&(s, e)| s <= pos && pos < e);
        let any_neg = !scopes.is_empty();
        let clause_of = |pos: usize| -> (usize, usize) {
            let mut s = pos;
            while s > 0 && !is_clause_break(text, s - 1, true) {
                s -= 1;
            }
            let mut e = pos;
            while e < bytes.len() && !is_clause_break(text, e, true) {
                e += 1;
            }
            (s, e)
        };
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
        let mut secrets: Vec<(usize, usize, SecretKind, bool)> = Vec::new();
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
        drop_contained(&mut secrets, |x| (x.0, x.1), |_| ());
        secrets.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2);
        let mut supplied_kinds: Vec<SecretKind> = Vec::new();
        for &(s, e, k, para) in &secrets {
            let supplied = !para
                && (supplied_value(text, s, e)
                    || supply_ends.iter().any(|&se| se <= s && s - se <= 6));
            if supplied && !supplied_kinds.contains(&k) {
                supplied_kinds.push(k);
            }
        }
        secrets.retain(|&(s, _, k, _)| {
            !in_neg(s)
                && !supplied_kinds.contains(&k)
                && !manage_ends.iter().any(|&me| me <= s && s - me <= MANAGE_REACH)
        });
        // "验证码我会通过电话告诉你": the speaker will tell the code, so it is theirs.
        if present & B_SUPPLY != 0 {
            let supply_after = |s: usize| supply_ends.iter().any(|&se| se > s);
            secrets.retain(|&(s, _, k, _)| {
                !(k == SecretKind::VerificationCode && supply_after(s) && !text[s..].contains("告诉我"))
            });
        }

        // 5. Request cues.
        let cue_blocks = spans_of(Tag::CueBlock);
        let mut cues: Vec<(usize, usize, Tag)> = Vec::new();
        if need_cred {
            for h in hits {
                if inside(&cue_blocks, h.s, h.e) {
                    continue;
                }
                for t in self.tags(h) {
                    let valid = match t {
                        Tag::Tell | Tag::Ask | Tag::Show | Tag::Provide => !in_neg(h.s),
                        Tag::NeedObj => {
                            !in_neg(h.s)
                                && secrets.iter().any(|x| x.0 >= h.e && x.0 - h.e <= 6)
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
        for &(s, e, t) in &cues {
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
        let mut pending = Vec::new();
        let mut requested = false;
        let emit = |out: &mut Vec<Indicator>,
                        kind: IndicatorKind,
                        secret: Option<SecretKind>,
                        provider: Option<String>,
                        fs: usize,
                        fe: usize| {
            let (a, b) = f.original_span(sentence, fs, fe);
            let u16_before = utf16_len(&sentence[..a]);
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
            for &(s, e, kind, para) in &secrets {
                let ok = if para {
                    strong_cue.is_some()
                } else {
                    any_cue
                };
                if ok {
                    requested = true;
                    emit(out, IndicatorKind::CredentialRequest, Some(kind), None, s, e);
                } else if !para && pending.len() < MAX_REMEMBERED && !pending.contains(&kind) {
                    pending.push(kind);
                }
            }
            if !requested && secrets.iter().all(|x| x.3) {
                // Nothing named here: a cue without object refers back to the previous sentence.
                if let (Some((s, e)), Some(prev)) = (objectless_cue, state.prev.front()) {
                    for &k in &prev.pending {
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
            pending.clear();
        }

        // 7. Other indicators.
        if !vetoed {
            let mut provider_claimed = false;
            let mut others: Vec<(usize, usize, IndicatorKind, Option<String>)> = Vec::new();
            for h in hits {
                for t in self.tags(h) {
                    match *t {
                        Tag::Ind(k) => {
                            if k != IndicatorKind::Secrecy && in_neg(h.s) {
                                continue;
                            }
                            others.push((h.s, h.e, k, None));
                        }
                        Tag::WeakSecrecy => {
                            if !named_any_secret {
                                others.push((h.s, h.e, IndicatorKind::Secrecy, None));
                            }
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
            }
            // Longest wins within a kind.
            drop_contained(&mut others, |o| (o.0, o.1), |o| o.2);
            others.sort_by_key(|o| (o.0, o.1, o.2));
            others.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3);
            for (s, e, k, p) in others {
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
