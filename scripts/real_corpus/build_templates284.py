#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-eighth batch of tests/data/real/: the user-interface
strings of the FileZilla Client (an FTP/FTPS/SFTP client, GPL-2.0-or-later) about passwords, the
master password, credentials, keys, passphrases, accounts, logging in, backups and the like, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates284.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates284.py assemble     # write the jsonl files

Source: github.com/saileed/FileZilla3 at FILEZILLA_COMMIT (2019-06-19, "Fix typo", right after
"Bump to 3.43.0-rc1"), a mirror of FileZilla's own Subversion history (6,911 commits by the
project's developers codesquid and botg); locales/es.po, zh_CN.po and zh_TW.po, copied verbatim
with COPYING (GNU GPL version 2) and README ("either version 2 of the License, or (at your
option) any later version") to scripts/real_corpus/raw/filezilla/ (see SOURCE.md there). The
licence is copyleft. The repository holds no .pot template: the English texts are the msgids.

Selection (mechanical, decided before any text was read): the English keys are the union of the
msgids of the three po files (es.po's entries in order, then those only in zh_CN.po, then those
only in zh_TW.po; 1,833 keys). Every key whose msgid has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the batch's extra
words `master password`, `credential`, `key` (as a substring, as the rule was written: it also
takes keyboard, keys, keyfile), `passphrase`, `account`. The message key is the msgid
(`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same msgid in that catalogue is taken (msgstr[0] for a plural entry); a
missing, empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within the language (the first in
key order is kept). Placeholders (`%s`, `%d`) and mnemonic ampersands are kept as written (they
are the product's own). Cut at 500 characters (none is cut). The po files hold no msgctxt.
The rule selects 83 of the 1,833 keys (56 by app_strings.SELECT_RE alone) and gives 296 texts
(en 83, es 80, zh-Hans 82, zh-Hant 51), under the round's ~450; it was not narrowed. es.po lacks
2 of the keys and zh_TW.po 31 (its translation dates from 2016); no selected entry is empty,
fuzzy or left in English. Near-duplicates collapse: 1 each in Spanish, zh-Hans and zh-Hant.

Split: the unit is the message key (`saileed/FileZilla3:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`filezilla-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates284.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates284.tsv")
RAW = os.path.join(HERE, "raw", "filezilla")
FILEZILLA_COMMIT = "2026830861a4e839735e16ff0a3458b9facd4eff"
# (file under RAW, catalogue code, lang), in the order the English keys are gathered.
CATALOGUES = [("es.po", "es", "es"), ("zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|master password|credential|key|passphrase|account",
                       re.I)


def filezilla_items():
    for code, lang, file, key, text, ref in po_merged_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"filezilla-{code}-{sha(key)[:10]}", lang, text, "filezilla_app",
                   f"github.com/saileed/FileZilla3@{FILEZILLA_COMMIT[:12]}:locales/{file} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/filezilla/)",
                   f"saileed/FileZilla3:{key}", "keyword_rule_app_strings")


def items():
    yield from filezilla_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
