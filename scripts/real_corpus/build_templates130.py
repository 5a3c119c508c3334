#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-fourth batch of tests/data/real/: the in-app messages of the
Rainbow Ethereum wallet (rainbow-me/rainbow, GPL-3.0) about seeds, recovery phrases, private
keys, passwords, PINs, backups, restoring and signing in, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates130.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates130.py assemble     # write the jsonl files

Source: github.com/rainbow-me/rainbow at RAINBOW_COMMIT (2026-07-02), src/languages/en_US.json,
es_419.json (Latin-American Spanish) and zh_CN.json (Simplified), copied verbatim to
scripts/real_corpus/raw/rainbow/ (see SOURCE.md there). The repository has no Traditional-Chinese
catalogue. Each catalogue is {"translation": {...}}; a message key is the dotted path of a string
under "translation" (e.g. `back_up.errors.no_keys_found`). Array leaves (11, none about secrets)
are not strings and are not taken.

Selection (mechanical, fixed before any text was read): every key of en_US.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders `%{name}` are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`rainbow-me/rainbow:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates130.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, flatten, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates130.tsv")
RAW = os.path.join(HERE, "raw", "rainbow")
RAINBOW_COMMIT = "11829f761625bdc5fa8ce3b904acf27f98a2bdb4"
LANGS = [("en_US", "en"), ("es_419", "es"), ("zh_CN", "zh-Hans")]


def load(code):
    return dict(flatten(load_json(os.path.join(RAW, f"{code}.json"))["translation"]))


def rainbow_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en_US"):
        yield item(f"rainbow-{code}-{key}", lang, text, "rainbow_app",
                   f"github.com/rainbow-me/rainbow@{RAINBOW_COMMIT[:12]}:src/languages/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/rainbow/)",
                   f"rainbow-me/rainbow:{key}", "keyword_rule_app_strings")


def items():
    yield from rainbow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
