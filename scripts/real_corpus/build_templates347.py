#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-first batch of tests/data/real/: the portal strings of
Apollo, Ctrip's configuration center (apolloconfig/apollo, Apache-2.0), about passwords, log-in,
backup, restore and recovery, in English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates347.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates347.py assemble     # write the jsonl files

Source: github.com/apolloconfig/apollo at APOLLO_COMMIT (2026-08-22), the portal's i18n
catalogues apollo-portal/src/main/resources/static/i18n/en.json and zh-CN.json (flat
key -> text JSON), copied verbatim to scripts/real_corpus/raw/apollo_portal/ (see SOURCE.md
there). Licence: Apache-2.0 (LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in English and in zh-CN.json (zh-Hans); a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language. Placeholders (`{{ ... }}`) are kept as written. Cut at 500
characters. The product has no Spanish or zh-Hant catalogue.

Split: the unit is the message key (`apolloconfig/apollo:<key>`), both languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates347.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates347.tsv")
RAW = os.path.join(HERE, "raw", "apollo_portal")
APOLLO_COMMIT = "b4ab0ea9fb6556a8c107705f84677cc28db8f41d"
CATALOGUE_DIR = "apollo-portal/src/main/resources/static/i18n"
LANGS = [("en", "en"), ("zh-CN", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def apollo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"apollo-portal-{code}-{key}", lang, text, "apollo_portal_app",
                   f"github.com/apolloconfig/apollo@{APOLLO_COMMIT[:12]}:{CATALOGUE_DIR}/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/apollo_portal/)",
                   f"apolloconfig/apollo:{key}", "keyword_rule_app_strings")


def items():
    yield from apollo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
