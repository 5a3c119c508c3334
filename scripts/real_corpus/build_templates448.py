#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-second batch of tests/data/real/: the desktop app's strings
of the Zettlr Markdown editor (Zettlr/Zettlr, GPL-3.0) about passwords, accounts, keys, tokens,
secrets, backups, restoring and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates448.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates448.py assemble     # write the jsonl files

Source: github.com/Zettlr/Zettlr at ZETTLR_COMMIT (2026-05-04), the gettext catalogues
static/lang/en-US.po (the English texts are its msgids), es-ES.po (es), zh-CN.po (zh-Hans) and
zh-TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/zettlr/ with the licence (see
SOURCE.md there). Licence: GPL-3.0 (LICENSE at the root, same commit).

Selection (mechanical, decided before any text was read): every live entry of en-US.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `account`, `key`/`keys`
(whole words), `token`, `secret`. The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es-ES, zh-CN and zh-TW
the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an empty or
fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders are kept as written (they are the product's own).
Cut at 500 characters. No narrowing was needed: the rule takes 12 texts in all (the app has no
log-in or account and few secret strings).

Split: the unit is the message key (`Zettlr/Zettlr:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`zettlr-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates448.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates448.tsv")
RAW = os.path.join(HERE, "raw", "zettlr")
ZETTLR_COMMIT = "de076c65d1f715f0ef11f72fd758cd26c00a20d9"
TR = "static/lang"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("en-US.po", f"{TR}/en-US.po", "en", "en"),
              ("es-ES.po", f"{TR}/es-ES.po", "es", "es"),
              ("zh-CN.po", f"{TR}/zh-CN.po", "zh_CN", "zh-Hans"),
              ("zh-TW.po", f"{TR}/zh-TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|\bkeys?\b|token|secret", re.I)


def zettlr_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"zettlr-{code}-{sha(key)[:10]}", lang, text, "zettlr_app",
                   f"github.com/Zettlr/Zettlr@{ZETTLR_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/zettlr/)",
                   f"Zettlr/Zettlr:{key}", "keyword_rule_app_strings")


def items():
    yield from zettlr_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
