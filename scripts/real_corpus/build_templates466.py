#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventieth batch of tests/data/real/: the messages of the
Sylpheed mail client (sylpheed-mail/sylpheed, GPL-2.0-or-later; its library LibSylph LGPL-2.1)
about passwords, passphrases, log-in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates466.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates466.py assemble     # write the jsonl files

Source: github.com/sylpheed-mail/sylpheed (the project's own GitHub repository) at
SYLPHEED_COMMIT (2022-09-13, "updated po files."), the gettext catalogues po/es.po (es),
po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/sylpheed/ with LICENSE, COPYING and COPYING.LIB (see SOURCE.md there).
The repository ships no .pot template: the English texts are the msgids, read from es.po (the
three catalogues, generated from one template of 2022-08-25, hold the same 1,797 keys).
Licence: GPL-2.0-or-later for the program (LICENSE and COPYING at the same commit, copyleft),
LGPL-2.1 for LibSylph (COPYING.LIB); the catalogues cover both.

Selection (mechanical, decided before any text was read): every live entry whose msgid (the
English text) has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`)
when it has one. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key
in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%s`), menu paths and accelerators (`_`) are kept as written (they are the
product's own). Cut at 500 characters. The rule was not narrowed.

Split: the unit is the message key (`sylpheed-mail/sylpheed:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`sylpheed-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates466.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates466.tsv")
RAW = os.path.join(HERE, "raw", "sylpheed")
SYLPHEED_COMMIT = "c47d366a3c2340464b1851f99d6a04ce3a6c17fd"
# (file under RAW, path in the repository, catalogue code, lang); no .pot: the English texts
# are es.po's msgids.
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def sylpheed_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid" if code == "en" else "msgstr"
        yield item(f"sylpheed-{code}-{sha(key)[:10]}", lang, text, "sylpheed_app",
                   f"github.com/sylpheed-mail/sylpheed@{SYLPHEED_COMMIT[:12]}:{path} ({where}; "
                   f"msgid at {ref}; copied to scripts/real_corpus/raw/sylpheed/)",
                   f"sylpheed-mail/sylpheed:{key}", "keyword_rule_app_strings")


def items():
    yield from sylpheed_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
