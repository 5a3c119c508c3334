#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirtieth batch of tests/data/real/: the user-interface strings
of Déjà Dup ("Backups", GNOME's backup tool, GPL-3.0-or-later) about the backup encryption
password, restoring, backing up, logging into cloud accounts and the like, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates426.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates426.py assemble     # write the jsonl files

Source: upstream GNOME/deja-dup (gitlab.gnome.org/World/deja-dup), reached as the GitHub fork
github.com/hupf/deja-dup at DEJA_DUP_COMMIT (2024-01-04, "Merge branch 'dup-rclone' into 'main'",
Michael Terry), the last upstream commit in that fork; po/es.po, zh_CN.po and zh_TW.po, copied
verbatim with LICENSE.md (GNU GPL version 3; each po file's header says
`SPDX-License-Identifier: GPL-3.0-or-later`) to scripts/real_corpus/raw/deja_dup/ (see SOURCE.md
there). The licence is copyleft. The repository holds no .pot template: the English texts are the
msgids.

Selection (mechanical, decided before any text was read): the English keys are the union of the
msgids of the three po files (es.po's entries in order, then those only in zh_CN.po, then those
only in zh_TW.po; 344 keys). Every key whose msgid has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the batch's extra
words `encrypt` and `account` (as substrings). The message key is the msgid (`<msgctxt>::<msgid>`
when it has a context). For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the
same msgid in that catalogue is taken (msgstr[0] for a plural entry); a missing, empty or fuzzy
entry, or a translation equal to the English text (untranslated), is skipped. Near-duplicates
(digits and white space aside) collapse within the language (the first in key order is kept).
Placeholders (`%s`, `%d`) and mnemonic underscores are kept as written (they are the product's
own). Cut at 500 characters. The rule selects 95 of the 344 keys (94 by app_strings.SELECT_RE
alone), well under the round's ~450 texts; it was not narrowed.

Split: the unit is the message key (`GNOME/deja-dup:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`dejadup-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates426.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_merged_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates426.tsv")
RAW = os.path.join(HERE, "raw", "deja_dup")
DEJA_DUP_COMMIT = "08762a871f0c64468fb5eada0879ba341378bac0"
# (file under RAW, catalogue code, lang), in the order the English keys are gathered.
CATALOGUES = [("es.po", "es", "es"), ("zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|encrypt|account", re.I)


def deja_dup_items():
    for code, lang, file, key, text, ref in po_merged_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"dejadup-{code}-{sha(key)[:10]}", lang, text, "deja_dup_app",
                   f"github.com/hupf/deja-dup@{DEJA_DUP_COMMIT[:12]}:po/{file} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/deja_dup/)",
                   f"GNOME/deja-dup:{key}", "keyword_rule_app_strings")


def items():
    yield from deja_dup_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
