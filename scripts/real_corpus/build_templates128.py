#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-second batch of tests/data/real/: the in-app messages of the
Blixt Lightning wallet (hsjoberg/blixt-wallet, MIT) about seeds, recovery, passwords, PINs,
passphrases, backups, restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates128.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates128.py assemble     # write the jsonl files

Source: github.com/hsjoberg/blixt-wallet at BLIXT_COMMIT (2026-05-08), locales/en.json,
es.json, zh.json (Simplified) and zh-Hant.json, copied verbatim to
scripts/real_corpus/raw/blixt/ (see SOURCE.md there). The catalogues are nested JSON objects;
a message key is the dotted path of a string (e.g. `common.buttons.ok`).

Selection (mechanical, fixed before any text was read): every key of en.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders `{{name}}` are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`hsjoberg/blixt-wallet:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates128.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates128.tsv")
RAW = os.path.join(HERE, "raw", "blixt")
BLIXT_COMMIT = "e868a65b38c22e591675b256c813c47d4fd574c7"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-Hant", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def blixt_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"blixt-{code}-{key}", lang, text, "blixt_app",
                   f"github.com/hsjoberg/blixt-wallet@{BLIXT_COMMIT[:12]}:locales/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/blixt/)",
                   f"hsjoberg/blixt-wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from blixt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
