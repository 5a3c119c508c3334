#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-sixth batch of tests/data/real/: the installer strings of
Anaconda, Fedora's and Red Hat's system installer (rhinstaller/anaconda, GPL-2.0-or-later), about
the root password, user accounts, LUKS/encryption passphrases, network and iSCSI secrets, backups,
restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates432.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates432.py assemble     # write the jsonl files

Source: github.com/rhinstaller/anaconda at ANACONDA_COMMIT (2011-04-04, "Add transifex-client
configuration file."), reached with `fetch`: the last commit whose po/ folder still holds the
gettext catalogues (the next commit, 2b797929b5, "Remove translation files.", moved them to
Transifex; today they live in rhinstaller/anaconda-l10n, whose snapshot, 1.39 GB, is over the
fetch size limit). po/anaconda.pot (English msgids, anaconda 16.3), po/es.po, po/zh_CN.po and
po/zh_TW.po are copied verbatim to scripts/real_corpus/raw/anaconda/ with COPYING (see SOURCE.md
there).

Licence: GNU General Public License version 2 or later (COPYING at the same commit is the GPL-2.0
text; anaconda.spec.in says "License: GPLv2+"; copyleft). The catalogues state that they are
distributed under the same licence as the package.

Selection (mechanical, decided before any text was read): every live entry of anaconda.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE = app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor), extended with `encrypt` and `account` (the brief
asks for the encryption and account strings). The message key is the msgid (`<msgctxt>::<msgid>`
when it has a context). For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the
same key in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a key
the catalogue lacks, or a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`%s`, `%(name)s`) and markup are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`rhinstaller/anaconda:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates432.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates432.tsv")
RAW = os.path.join(HERE, "raw", "anaconda")
ANACONDA_COMMIT = "239981f83ab0ce3ed07bdcea8ad977ec94577bc0"
# (file under RAW, path in the repository, catalogue code, lang); the .pot gives the English msgids.
CATALOGUES = [("anaconda.pot", "po/anaconda.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|encrypt|account", re.I)


def anaconda_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"anaconda-{code}-{sha(key)[:10]}", lang, text, "anaconda_app",
                   f"github.com/rhinstaller/anaconda@{ANACONDA_COMMIT[:12]}:{path} "
                   f"(copied to scripts/real_corpus/raw/anaconda/)",
                   f"rhinstaller/anaconda:{key}", "keyword_rule_app_strings")


def items():
    yield from anaconda_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
