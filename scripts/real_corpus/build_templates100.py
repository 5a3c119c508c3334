#!/usr/bin/env python3
"""Rebuild the hundred-and-fourth batch of tests/data/real/: the in-app messages of Status, the
Ethereum messenger and wallet (status-im/status-mobile, MPL-2.0), about seed/recovery phrases,
keys, passwords, passcodes, PINs, passphrases, backups, restoring, logging in and verification
codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates100.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates100.py assemble     # write the jsonl files

Source: github.com/status-im/status-mobile at STATUS_COMMIT (2024-10-24, the stored head),
translations/en.json, es.json, zh.json (zh-Hans) and zh_TW.json (zh-Hant), copied verbatim to
scripts/real_corpus/raw/status_mobile/ (see SOURCE.md there). Licence MPL-2.0 (LICENSE.md).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
(a string; the plural objects and the one list value are not strings and are skipped) has at
least four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2fa,
two-factor). The key's text is taken in every language file that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language (the first key in catalogue order keeps the text).
Placeholders `{{name}}` are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`status-im/status-mobile:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates100.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates100.tsv")
RAW = os.path.join(HERE, "raw", "status_mobile")
STATUS_COMMIT = "c62d7d501e393a22a32114e867b4dcde2223a385"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def status_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"status-{code}-{key}", lang, text, "status_app",
                   f"github.com/status-im/status-mobile@{STATUS_COMMIT[:12]}:translations/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/status_mobile/)",
                   f"status-im/status-mobile:{key}", "keyword_rule_app_strings")


def items():
    yield from status_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
