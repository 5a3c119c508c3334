#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-second batch of tests/data/real/: the messages of
shadow-utils (shadow-maint/shadow, BSD-3-Clause), the Linux password and account tools (passwd,
login, su, chage, chpasswd, newusers, useradd, usermod, gpasswd, …), about passwords, log-in and
account secrets, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates388.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates388.py assemble     # write the jsonl files

Source: github.com/shadow-maint/shadow at SHADOW_COMMIT (2026-08-08), the gettext catalogues
po/shadow.pot (the English msgids), po/es.po (Spanish), po/zh_CN.po (zh-Hans) and po/zh_TW.po
(zh-Hant), copied verbatim to scripts/real_corpus/raw/shadow/ with the licence file COPYING (see
SOURCE.md there). Licence: BSD-3-Clause (COPYING at the same commit: "SPDX-License-Identifier:
BSD-3-Clause" and the 3-clause BSD text).

Selection (mechanical, decided before any text was read): every live entry of shadow.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). This gives 103 entries (102 English texts: one option line
differs from another only by case) and 355 texts over the four languages, below the batch's cap
of ~450, so no narrowing was needed. The message key is the
msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the
text; for es, zh_CN and zh_TW the msgstr of the same key is taken (msgstr[0] for a plural
entry); an empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within the product and language
(the first in catalogue order is kept). Placeholders (`%s`, `%lu`) are kept as written (they are
the product's own); leading and trailing white space (the messages' own new lines) is stripped.
Cut at 500 characters.

Split: the unit is the message key (`shadow-maint/shadow:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`shadow-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates388.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates388.tsv")
RAW = os.path.join(HERE, "raw", "shadow")
SHADOW_COMMIT = "816e02a2a98de1b4fa0424de8c751e93a69ee969"
# (file under RAW, path in the repository, catalogue code, lang); the English template first.
CATALOGUES = [("shadow.pot", "po/shadow.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def shadow_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"shadow-{code}-{sha(key)[:10]}", lang, text, "shadow_app",
                   f"github.com/shadow-maint/shadow@{SHADOW_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/shadow/)",
                   f"shadow-maint/shadow:{key}", "keyword_rule_app_strings")


def items():
    yield from shadow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
