#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-sixth batch of tests/data/real/: the in-app strings of the
Mailspring desktop e-mail client about passwords, app passwords, sign-in and log-in, accounts,
IMAP/SMTP settings, authentication, backups and restoring, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates252.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates252.py assemble     # write the jsonl files

Source: github.com/Foundry376/Mailspring at MAILSPRING_COMMIT (2026-08-21), app/lang/en.json,
es.json, zh-CN.json, zh-TW.json, copied verbatim to scripts/real_corpus/raw/mailspring/ (see
SOURCE.md there). Each catalogue is a JSON object mapping the English string (the key) to its
text in that language (en.json maps every key to itself). Licence: GPL-3.0 (the repository's
LICENSE.md at that commit; package.json "license": "GPL-3.0"), a copyleft licence.

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE:
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or, for an e-mail client, account, IMAP, SMTP, app password, authenticat(e/ion),
in en.json's order. The key's text is taken in every language file that holds it as a non-empty
string; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within a language (first in order kept). Placeholders
(`%@`, `%1$@`) and markup are kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`Foundry376/Mailspring:<English key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`mailspring-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates252.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates252.tsv")
RAW = os.path.join(HERE, "raw", "mailspring")
MAILSPRING_COMMIT = "d93a0d7f43049dd81e1ff0cdf9957915dd5d62b6"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|IMAP|SMTP|app password|authenticat", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def mailspring_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"mailspring-{code}-{sha(key)[:10]}", lang, text, "mailspring_app",
                   f"github.com/Foundry376/Mailspring@{MAILSPRING_COMMIT[:12]}:app/lang/{code}.json "
                   f"(copied to scripts/real_corpus/raw/mailspring/)",
                   f"Foundry376/Mailspring:{key}", "keyword_rule_app_strings")


def items():
    yield from mailspring_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
