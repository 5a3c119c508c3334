#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-fourth batch of tests/data/real/: the in-app strings of the
Backpack wallet (coral-xyz/backpack, GPL-3.0) about recovery phrases, private keys, passwords,
wallets, accounts, unlocking, backups and logging in, in English and zh-Hans (Backpack has no
Spanish strings and no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates220.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates220.py assemble     # write the jsonl files

Source: github.com/coral-xyz/backpack at BACKPACK_COMMIT (2024-02-14, v0.10.30),
packages/i18n/src/locales/en.json and zh.json (i18next catalogues, nested JSON), copied verbatim
to scripts/real_corpus/raw/backpack/ (see SOURCE.md there). es.json is empty ({}). Backpack is the
batch's fallback: the first choice, the MetaMask extension, is not under an open licence.

Selection (mechanical, fixed before any text was read): every key of en.json (nested keys joined
with dots) whose English text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE: the standard secret-word rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus this batch's additions (secret recovery phrase, SRP, private key, wallet,
unlock, account). The key's text is taken in en.json and zh.json where zh.json holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and white
space aside) collapse within the language. Placeholders `{{name}}` are kept as written (they are
the app's own). Cut at 500 characters.

Split: the unit is the message key (`coral-xyz/backpack:<key>`), both languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates220.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates220.tsv")
RAW = os.path.join(HERE, "raw", "backpack")
BACKPACK_COMMIT = "5a538a41d060d2c48507007f96c766483115aecc"
LANGS = [("en", "en"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern
                       + r"|secret recovery phrase|SRP|private key|wallet|unlock|account", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def backpack_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"backpack-{code}-{key}", lang, text, "backpack_app",
                   f"github.com/coral-xyz/backpack@{BACKPACK_COMMIT[:12]}:"
                   f"packages/i18n/src/locales/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/backpack/)",
                   f"coral-xyz/backpack:{key}", "keyword_rule_app_strings")


def items():
    yield from backpack_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
