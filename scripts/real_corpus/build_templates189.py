#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-third batch of tests/data/real/: the in-app strings of the
Bluesky social app (bluesky-social/social-app, MIT) about passwords, app passwords, codes,
sign-in, accounts, e-mail codes, confirmations, backups and the like, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates189.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates189.py assemble     # write the jsonl files

Source: github.com/bluesky-social/social-app at BLUESKY_COMMIT (2026-05-16, an upstream commit
read from the fork github.com/mary-ext/social-app-fork, which carries the upstream history; the
upstream snapshot is over the fetch size limit), the lingui catalogues
src/locale/locales/{en,es,zh-CN,zh-TW}/messages.po (zh-CN taken as zh-Hans, zh-TW as zh-Hant;
zh-HK left out), copied verbatim to scripts/real_corpus/raw/bluesky/ (see SOURCE.md there).
Licence: MIT (LICENSE at the same commit, copied there too).

Selection (mechanical): every live entry of en.po (the English text is the msgid; lingui's
source catalogue) whose English text has at least four words (white-space separated) and
matches, case-insensitively, the regular expression SELECT_RE: app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or `app password`,
`account`, `email code`, `confirm`. The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh-CN and zh-TW
the msgstr of the same key in that catalogue is taken; an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Lingui's component tags (`<0>…</0>`), ICU plural forms and placeholders (`{0}`) are
kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`bluesky-social/social-app:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`bluesky-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates189.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, norm, po_entries
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates189.tsv")
RAW = os.path.join(HERE, "raw", "bluesky")
BLUESKY_COMMIT = "45597de6e0c89f7b083f7448034353e17d3d50c6"
LOCALES = "src/locale/locales"
# (file under RAW, catalogue code, lang)
CATALOGUES = [("en.po", "en", "en"), ("es.po", "es", "es"), ("zh-CN.po", "zh-CN", "zh-Hans"),
              ("zh-TW.po", "zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|app password|account|email code|confirm", re.I)


def parse_po(name):
    """{key: (msgstr, fuzzy, first reference)} of the live entries of a catalogue under RAW,
    in catalogue order; the key is the msgid, `<msgctxt>::<msgid>` when it has a context."""
    out = {}
    for ctx, msgid, msgstr, fuzzy, ref in po_entries(os.path.join(RAW, name), context=True):
        out.setdefault(f"{ctx}::{msgid}" if ctx else msgid, (msgid, msgstr, fuzzy, ref))
    return out


def bluesky_items():
    en = parse_po("en.po")
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
    for fname, code, lang in CATALOGUES:
        strings = parse_po(fname)
        seen = set()
        for key in keys:
            english = en[key][0]
            if code == "en":
                text = english
            else:
                if key not in strings or strings[key][2]:
                    continue
                text = strings[key][1]
                if not text.strip() or text.strip() == english.strip():
                    continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"bluesky-{code}-{sha(key)[:10]}", lang, text, "bluesky_app",
                       f"github.com/bluesky-social/social-app@{BLUESKY_COMMIT[:12]}:{LOCALES}/"
                       f"{code}/messages.po (msgid at {en[key][3]}; copied to "
                       f"scripts/real_corpus/raw/bluesky/)",
                       f"bluesky-social/social-app:{key}", "keyword_rule_app_strings")


def items():
    yield from bluesky_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
