#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-second batch of tests/data/real/: the in-app messages of the
SubWallet browser extension (Koniverse/SubWallet-Extension, Apache-2.0) about seed/recovery
phrases, private keys, passwords, PINs, backups, restoring, logging in and one-time codes, in
English and zh-Hans (the extension has no Spanish and no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates118.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates118.py assemble     # write the jsonl files

Source: github.com/Koniverse/SubWallet-Extension at SUBWALLET_COMMIT (2026-08-19),
packages/extension-koni/public/locales/en/translation.json and zh/translation.json, copied
verbatim to scripts/real_corpus/raw/subwallet/ (see SOURCE.md there).

Selection (mechanical): every key of en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's
text is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Placeholders `{{name}}` are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`Koniverse/SubWallet-Extension:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates118.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates118.tsv")
RAW = os.path.join(HERE, "raw", "subwallet")
SUBWALLET_COMMIT = "93734db9cbc3f224b29bdb8e6dddfa466931598a"
REPO = "Koniverse/SubWallet-Extension"
LANGS = [("en", "en"), ("zh", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def subwallet_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"subwallet-{code}-{key}", lang, text, "subwallet_app",
                   f"github.com/{REPO}@{SUBWALLET_COMMIT[:12]}:packages/extension-koni/public/"
                   f"locales/{code}/translation.json ({key}; copied to "
                   f"scripts/real_corpus/raw/subwallet/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from subwallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
