#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-first batch of tests/data/real/: the in-app strings of the
Blink Bitcoin wallet (GaloyMoney/blink-mobile, MIT) about backups, restoring, passwords, PINs,
verification codes, two-factor authentication, logging in, phones, devices, accounts and
wallets, in English and Spanish (the repository has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates177.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates177.py assemble     # write the jsonl files

Source: github.com/GaloyMoney/blink-mobile at BLINK_COMMIT (head of main, 2025-04-01), the
catalogues app/i18n/raw-i18n/source/en.json and app/i18n/raw-i18n/translations/es.json, copied
verbatim to scripts/real_corpus/raw/blink/ (see SOURCE.md there). Licence: MIT (LICENSE at that
commit).

Selection (mechanical, fixed before any text was read): the nested catalogue is flattened to
dotted keys, arrays included (the Earn quiz's answer and feedback lists; the index is the last
key part: `load_json(flat=True, lists=True)`); every key of en.json whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the round's
standard rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) plus this batch's extra words wallet, phone, account, backup, device. The rule gives
125 keys and 244 texts, under the ~450 cap, so it was not narrowed. The key's text is taken in
every catalogue that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within a language, the first
key in catalogue order keeping the text. typesafe-i18n placeholders (`{bankName: string}`) are
kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`GaloyMoney/blink-mobile:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates177.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates177.tsv")
RAW = os.path.join(HERE, "raw", "blink")
BLINK_COMMIT = "3f48d17baa17fcb584214cba00e7973ab506db3e"
LANGS = [("en", "en"), ("es", "es")]
PATHS = {"en": "app/i18n/raw-i18n/source/en.json", "es": "app/i18n/raw-i18n/translations/es.json"}
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|phone|account|backup|device", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True, lists=True)


def blink_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"blink-{code}-{key}", lang, text, "blink_app",
                   f"github.com/GaloyMoney/blink-mobile@{BLINK_COMMIT[:12]}:{PATHS[code]} ({key}; "
                   f"copied to scripts/real_corpus/raw/blink/)",
                   f"GaloyMoney/blink-mobile:{key}", "keyword_rule_app_strings")


def items():
    yield from blink_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
