#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-third batch of tests/data/real/: the password, login,
authentication, keyring and account messages of the Xfce session manager (xfce4-session, the
GitHub mirror xfce-mirror/xfce4-session of Xfce's own repository, GPL-2.0-or-later), in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates439.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates439.py assemble     # write the jsonl files

Source: github.com/xfce-mirror/xfce4-session at SESSION_COMMIT (2026-07-04), po/es.po,
po/zh_CN.po, po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/xfce4-session/ (see
SOURCE.md there) with COPYING (GPL version 2 text; the sources say "version 2 ... or any later
version"), copyleft. English = the msgids of po/zh_CN.po (the repository has no .pot file).
The screensaver (xfce-mirror/xfce4-screensaver at adf46b88a507, GPL-2.0/LGPL-2.0) was read too:
none of its msgids matching the rule has four words, so it gives no text and is not copied.

Selection (mechanical, fixed before any text was read, on counts only): every msgid of
zh_CN.po with at least four words (white-space separated) matching, case-insensitively,
SELECT_RE: the standard app-string rule app_strings.SELECT_RE widened, as the batch brief asks
for the unlock, authentication, keyring and account strings, by
`authenticat|unlock|keyring|account|credential` (the standard rule alone takes 4 msgids, the
widened one 6; far below ~450, so nothing is narrowed). The msgid's text is taken in English and
in each translation (fuzzy and empty entries left out); a translation equal to the English text
is skipped. Near-duplicates (digits and white space aside) collapse within a language.
Placeholders are kept as written. Cut at 500 characters.

Split: the unit is the message key (`xfce-mirror/xfce4-session:<msgid>`, `<msgctxt>::<msgid>`
when it has a context), all languages of one key on one side; held out when SHA-256 of the unit
is 0 mod 3 (corpus.hashed_split). Ids are xfce4-session-<code>-<first 10 hex of SHA-256 of the
key>. Labels come from scripts/real_corpus/labels/labels_templates439.tsv, assigned by an AI
reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates439.tsv")
RAW = os.path.join(HERE, "raw", "xfce4-session")
SESSION_COMMIT = "65dd63e80eb8a2d982eccaa998c11795882ba2a6"
MIN_WORDS = 4
ORIGIN = "github.com/xfce-mirror/xfce4-session"
# (catalogue code, lang); "en" is the msgids of zh_CN.po themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ENGLISH_FROM = "zh_CN"
SELECT_RE = re.compile(BASE_RE.pattern
                       + r"|authenticat|unlock|keyring|account|credential", re.I)


def xfce_session_items():
    catalogues = [(f"{ENGLISH_FROM if code == 'en' else code}.po",
                   f"msgid of po/{ENGLISH_FROM}.po" if code == "en" else f"po/{code}.po", code, lang)
                  for code, lang in LANGS]
    for code, lang, where, key, text, ref in po_keyword_texts(RAW, catalogues, SELECT_RE,
                                                               MIN_WORDS):
        yield item(f"xfce4-session-{code}-{sha(key)[:10]}", lang, text, "xfce4_session_app",
                   f"{ORIGIN}@{SESSION_COMMIT[:12]}:{where} (msgid at {ref}; copied to "
                   "scripts/real_corpus/raw/xfce4-session/)",
                   f"xfce-mirror/xfce4-session:{key}", "keyword_rule_app_strings")


def items():
    yield from xfce_session_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
