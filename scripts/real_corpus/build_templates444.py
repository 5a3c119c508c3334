#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-eighth batch of tests/data/real/: the web-interface strings
of Cacti (Cacti/cacti, GPL-2.0) about passwords, logging in, authentication, passphrases and
accounts (login page, password policy, user management, LDAP, SNMP authentication and e-mail
strings), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates444.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates444.py assemble     # write the jsonl files

Source: github.com/Cacti/cacti at CACTI_COMMIT (2024-10-21, the newest stored snapshot), reached
with `fetch`: locales/po/cacti.pot (English msgids), locales/po/es-ES.po, locales/po/zh-CN.po and
locales/po/zh-TW.po, copied verbatim to scripts/real_corpus/raw/cacti/ with LICENSE (see SOURCE.md
there).

Licence: LICENSE at that commit is the GNU General Public License, version 2; copyleft.

Selection (mechanical, decided before any text was read): every live entry of cacti.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE = app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor), extended with `authenticat` and `account` (the brief
asks for the authentication and account strings; with both the batch has 432 texts, near the
~450 aimed at, so no narrowing was needed). The message key is the msgid (`<msgctxt>::<msgid>`
when it has a context). For en the msgid is the text; for es-ES, zh-CN and zh-TW the msgstr of
the same key in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a
key the catalogue lacks, or a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (%s, %d) and markup are kept as written. Cut at
500 characters.

Split: the unit is the message key (`Cacti/cacti:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates444.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates444.tsv")
RAW = os.path.join(HERE, "raw", "cacti")
CACTI_COMMIT = "8a8541d11dcf9c2205429f673eef41fc344ef820"
# (file under RAW, path in the repository, catalogue code, lang); the .pot gives the English msgids.
CATALOGUES = [("cacti.pot", "locales/po/cacti.pot", "en", "en"),
              ("es-ES.po", "locales/po/es-ES.po", "es", "es"),
              ("zh-CN.po", "locales/po/zh-CN.po", "zh_CN", "zh-Hans"),
              ("zh-TW.po", "locales/po/zh-TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|account", re.I)
MIN_WORDS = 4


def cacti_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE, MIN_WORDS):
        yield item(f"cacti-{code}-{sha(key)[:10]}", lang, text, "cacti_app",
                   f"github.com/Cacti/cacti@{CACTI_COMMIT[:12]}:{path} "
                   f"(copied to scripts/real_corpus/raw/cacti/)",
                   f"Cacti/cacti:{key}", "keyword_rule_app_strings")


def items():
    yield from cacti_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
