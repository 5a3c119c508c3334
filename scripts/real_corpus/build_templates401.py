#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifth batch of tests/data/real/: the messages of Geary (the GNOME
e-mail client, GNOME/geary, LGPL-2.1-or-later) about passwords, signing in, accounts, OAuth and
certificates, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates401.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates401.py assemble     # write the jsonl files

Source: github.com/GNOME/geary (the GitHub mirror of gitlab.gnome.org/GNOME/geary) at
GEARY_COMMIT (2026-05-13, "Update Portuguese translation"), reached with `fetch`: the gettext
catalogues po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/geary/ with the licence file COPYING (see SOURCE.md there). The
repository keeps no .pot template, so the English texts are the msgids of po/zh_CN.po, the
catalogue with the newest POT-Creation-Date (2025-12-11; es.po's is 2022-10-10, zh_TW.po's
2024-02-02).

Licence: GNU Lesser General Public License 2.1 or later (COPYING at the same commit; copyleft).

Selection (mechanical, decided before any text was read): every live entry of po/zh_CN.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `account`, `oauth` and
`certificate` (the brief asks for the password, sign-in, account, OAuth and certificate strings).
The base rule alone gives 52 texts, with the extra words 144, far under the ~450 guide, so
nothing is narrowed (`sign-in`, `log-in`, `credential` and `authenticat` were tried too and add
no text, so they are not in the rule). The message key is the msgid (`<msgctxt>::<msgid>` when
it has a context). For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same
key in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a key
the catalogue lacks, or a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`%s`, `%d`) and markup are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`GNOME/geary:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates401.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates401.tsv")
RAW = os.path.join(HERE, "raw", "geary")
GEARY_COMMIT = "3e8d4f1a378dc0a9ff06c09e2211194a464c715d"
# (file under RAW, path in the repository, catalogue code, lang); the first gives the English
# (the msgids of the newest catalogue, there being no .pot).
CATALOGUES = [("zh_CN.po", "po/zh_CN.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|oauth|certificate", re.I)


def geary_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid" if code == "en" else "msgstr"
        yield item(f"geary-{code}-{sha(key)[:10]}", lang, text, "geary_app",
                   f"github.com/GNOME/geary@{GEARY_COMMIT[:12]}:{path} ({where}; msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/geary/)",
                   f"GNOME/geary:{key}", "keyword_rule_app_strings")


def items():
    yield from geary_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
