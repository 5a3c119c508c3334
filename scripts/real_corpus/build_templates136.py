#!/usr/bin/env python3
"""Rebuild the hundred-and-fortieth batch of tests/data/real/: the in-app strings of the Taho
wallet browser extension (tahowallet/extension, formerly Tally Ho, GPL-3.0) about recovery
phrases, private keys, passwords, backups, restoring, logging in and signing in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates136.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates136.py assemble     # write the jsonl files

Source: github.com/tahowallet/extension at TAHO_COMMIT (2026-07-02), ui/_locales/en/messages.json,
es/messages.json, zh_Hans/messages.json, zh_Hant/messages.json (nested JSON catalogues, read as
dotted keys), copied verbatim to scripts/real_corpus/raw/taho/ as <code>.json (see SOURCE.md
there). Licence GPL-3.0 (LICENSE, LICENSE.txt at the same commit; LICENSE-additional-terms.txt
adds an app-store permission under GPL section 7).

Selection (mechanical, fixed before the texts were read): every dotted key of the English
catalogue whose text has at least four words (white-space separated) and matches, case-
insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). The key's text is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language. Placeholders `{{name}}` and the catalogue's
inline markup are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`tahowallet/extension:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates136.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates136.tsv")
RAW = os.path.join(HERE, "raw", "taho")
TAHO_COMMIT = "c52e0bfa5f9473861133affeb10a3f1ae29a962b"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def taho_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"taho-{code}-{key}", lang, text, "taho_app",
                   f"github.com/tahowallet/extension@{TAHO_COMMIT[:12]}:ui/_locales/{code}/"
                   f"messages.json ({key}; copied to scripts/real_corpus/raw/taho/)",
                   f"tahowallet/extension:{key}", "keyword_rule_app_strings")


def items():
    yield from taho_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
