#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-first batch of tests/data/real/: the messages of
Linux-PAM (linux-pam/linux-pam, the pluggable authentication modules of Linux) about passwords,
password expiry, lock-out and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates387.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates387.py assemble     # write the jsonl files

Source: github.com/linux-pam/linux-pam at PAM_COMMIT (2026-06-30), po/Linux-PAM.pot (the English
msgids), po/es.po, po/zh_CN.po and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/linux_pam/
(see SOURCE.md there). Licence (COPYING at that commit): a BSD-3-Clause-style licence, or
alternatively the GNU GPL at the recipient's choice.

Selection (mechanical): every msgid of Linux-PAM.pot with at least four words (white-space
separated) matching, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The msgid's text is taken in English and in each
translation that holds a non-fuzzy msgstr for it (a plural entry gives msgstr[0]); a translation
equal to the English text is skipped. Near-duplicates (digits and white space aside) collapse within
a language. printf placeholders (%s, %d) and line breaks are kept as written (the product's own);
the text's ends are stripped. Ids are `linuxpam-<code>-<first 10 hex of SHA-256 of the msgid>`. Cut
at 500 characters.

Split: the unit is the message key (`linux-pam/linux-pam:<msgid>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates387.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates387.tsv")
RAW = os.path.join(HERE, "raw", "linux_pam")
PAM_COMMIT = "ddab692c8409c9a3b5613bd21638dea404ba4edf"
CATALOGUES = [("Linux-PAM.pot", "po/Linux-PAM.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def pam_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        kid = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
        yield item(f"linuxpam-{code}-{kid}", lang, text, "linux_pam_app",
                   f"github.com/linux-pam/linux-pam@{PAM_COMMIT[:12]}:{path} (msgid; "
                   f"copied to scripts/real_corpus/raw/linux_pam/)",
                   f"linux-pam/linux-pam:{key}", "keyword_rule_app_strings")


def items():
    yield from pam_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
