#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-seventh batch of tests/data/real/: the in-app strings of
Pidgin, the multi-protocol chat client (Pidgin 2.x with libpurple and Finch; GitHub mirror
tieto/pidgin, GPL-2.0-or-later, a copyleft licence) about passwords, log-in, authentication,
certificates, verification and accounts, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates423.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates423.py assemble     # write the jsonl files

Source: github.com/tieto/pidgin (a faithful git mirror of Pidgin's Mercurial repository; the
github.com/pidgin/pidgin repository holds only a README) at PIDGIN_COMMIT, the head of its branch
`release-2.x.y` (2017-09-28, version 2.12.1devel), the catalogues po/es.po (es), po/zh_CN.po
(zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/pidgin/ with the
licence (COPYING, the GNU General Public License version 2; the source files say "version 2 of
the License, or (at your option) any later version") (see SOURCE.md there). The tree has no
.pot file: the English texts are the msgids of po/es.po.

Selection (mechanical, decided before any text was read): every live entry of po/es.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `authenticat`,
`certificate`, `verif`, `account` (134 entries; without the extra words 32, without `account`
74). The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has
one. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key in that
catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation equal
to the English text (untranslated), is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language (the first in catalogue order is kept). Placeholders
(`%s`, `%d`) and markup are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`tieto/pidgin:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`pidgin-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates423.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates423.tsv")
RAW = os.path.join(HERE, "raw", "pidgin")
PIDGIN_COMMIT = "760fb3a6f088b7487d6bad094d9837d5ed94c64c"
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the msgids
# of es.po (the tree has no .pot).
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|certificate|verif|account", re.I)


def pidgin_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = f"msgid of {path}" if code == "en" else path
        yield item(f"pidgin-{code}-{sha(key)[:10]}", lang, text, "pidgin_app",
                   f"github.com/tieto/pidgin@{PIDGIN_COMMIT[:12]}:{where} (the catalogues "
                   f"carry no source references; copied to scripts/real_corpus/raw/pidgin/)",
                   f"tieto/pidgin:{key}", "keyword_rule_app_strings")


def items():
    yield from pidgin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
