#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-fourth batch of tests/data/real/: the desktop strings of
Budgie (BuddiesOfBudgie/budgie-desktop, GPL-2.0-or-later / LGPL-2.1) about passwords, unlocking,
authentication and accounts (lock screen, polkit dialog, network and user strings), in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates440.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates440.py assemble     # write the jsonl files

Source: github.com/BuddiesOfBudgie/budgie-desktop at BUDGIE_COMMIT (2026-06-30), reached with
`fetch`: po/budgie-desktop.pot (English msgids), po/es.po, po/zh.po (Simplified Chinese; the
product has no zh_CN.po) and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/budgie/ with
LICENSE, LICENSE.LGPL2.1 and po/LICENSE (see SOURCE.md there).

Licence: split model (README.md): libraries LGPL-2.1, the rest GPL-2.0 (source headers: "version 2
of the License, or (at your option) any later version"); copyleft. The catalogues state that they
are distributed under the same licence as the package.

Selection (mechanical, decided before any text was read): every live entry of budgie-desktop.pot
whose msgid (the English text) matches, case-insensitively, SELECT_RE = app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor), extended with
`unlock`, `authenticat`, `account`, `encrypt`, `credential`, `keyring`, `secret`, `privilege`,
`user name/username`, `lock screen` and `screen lock` (the brief asks for the password, unlock,
authentication and account strings). The usual four-word minimum is lowered to one word
(MIN_WORDS): with four words the catalogue gives only two keys, so the short labels, titles and
field names are taken too (a small batch). The message key is the msgid (`<msgctxt>::<msgid>` when
it has a context). For en the msgid is the text; for es, zh and zh_TW the msgstr of the same key
in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a key the
catalogue lacks, or a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders and markup are kept as written. Cut at 500
characters.

Split: the unit is the message key (`BuddiesOfBudgie/budgie-desktop:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates440.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates440.tsv")
RAW = os.path.join(HERE, "raw", "budgie")
BUDGIE_COMMIT = "3ebfce6f0f849df6eecebb8afa30914d3aa054c8"
# (file under RAW, path in the repository, catalogue code, lang); the .pot gives the English msgids.
CATALOGUES = [("budgie-desktop.pot", "po/budgie-desktop.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh.po", "po/zh.po", "zh", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|unlock|authenticat|account|encrypt|credential"
                       r"|keyring|secret|privilege|user ?name|lock screen|screen ?lock", re.I)
MIN_WORDS = 1


def budgie_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE, MIN_WORDS):
        yield item(f"budgie-{code}-{sha(key)[:10]}", lang, text, "budgie_app",
                   f"github.com/BuddiesOfBudgie/budgie-desktop@{BUDGIE_COMMIT[:12]}:{path} "
                   f"(copied to scripts/real_corpus/raw/budgie/)",
                   f"BuddiesOfBudgie/budgie-desktop:{key}", "keyword_rule_app_strings")


def items():
    yield from budgie_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
