#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-fifth batch of tests/data/real/: the web interface's
messages of the CyberPanel web hosting control panel (usmannasir/cyberpanel, GPL-3.0, a copyleft
licence) about passwords, log-in, two-factor authentication, accounts, keys, backups, restoring
and the like, in English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates421.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates421.py assemble     # write the jsonl files

Source: github.com/usmannasir/cyberpanel at CYBERPANEL_COMMIT (2024-10-24, the newest stored
snapshot), the Django catalogues locale/es/LC_MESSAGES/django.po (es) and
locale/cn/LC_MESSAGES/django.po ("Language: zh_CN", zh-Hans), copied verbatim to
scripts/real_corpus/raw/cyberpanel/ (see SOURCE.md there). Licence: GPL-3.0 (LICENSE at the same
commit is the GNU General Public License version 3). The repository has no English catalogue and
no .pot: the English texts are the msgids, read from es's catalogue (the two catalogues hold the
same 1,233 live msgids, generated from one POT of 2019-11-21).

Selection (mechanical, decided before any text was read): every live entry whose msgid has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the shared
rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened by `account` and the word `key`/`keys`, as the batch's brief
asks ("password, login, 2FA, account and key strings"); the shared rule alone gives 31 English
texts, the widened one 58, far under the ~450 cap, so nothing is narrowed. The message key is the
msgid (the catalogues have no msgctxt). For en the msgid is the text; for es and cn the msgstr of
the same key in that catalogue is taken; an empty or fuzzy entry, or a translation equal to the
English text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first in catalogue order is kept). Placeholders and inline
markup are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`usmannasir/cyberpanel:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`cyberpanel-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates421.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates421.tsv")
RAW = os.path.join(HERE, "raw", "cyberpanel")
CYBERPANEL_COMMIT = "e8a1387e6a1b2dcafd769551065f71738e4accbe"
SELECT_RE = re.compile(SHARED_RE.pattern + r"|account|\bkeys?\b", re.I)
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the
# msgids of es's catalogue.
CATALOGUES = [("es.django.po", "locale/es/LC_MESSAGES/django.po", "en", "en"),
              ("es.django.po", "locale/es/LC_MESSAGES/django.po", "es", "es"),
              ("cn.django.po", "locale/cn/LC_MESSAGES/django.po", "cn", "zh-Hans")]


def cyberpanel_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"cyberpanel-{code}-{sha(key)[:10]}", lang, text, "cyberpanel_web",
                   f"github.com/usmannasir/cyberpanel@{CYBERPANEL_COMMIT[:12]}:{path} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/cyberpanel/)",
                   f"usmannasir/cyberpanel:{key}", "keyword_rule_app_strings")


def items():
    yield from cyberpanel_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
