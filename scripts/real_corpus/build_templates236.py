#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fortieth batch of tests/data/real/: the in-app strings of Lace,
the Cardano (and Bitcoin, Midnight) wallet of IOHK (input-output-hk/lace, Apache-2.0), about
recovery phrases, passwords, hardware wallets, backups, restoring, accounts and wallets, in
English and Spanish (the repository has no zh catalogue).

Usage:
    python3 scripts/real_corpus/build_templates236.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates236.py assemble     # write the jsonl files

Source: github.com/input-output-hk/lace at LACE_COMMIT (2026-07-23),
packages/contract/i18n/src/translations/en.json and es.json (flat JSON catalogues, key -> text),
copied verbatim to scripts/real_corpus/raw/lace/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
common secret-word rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the round asked for this product, by
wallet, recovery phrase, mnemonic, spending password, hardware, account. The key's text is taken
in en and es; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the language. Placeholders (`{{name}}`) are kept
as written. Cut at 500 characters.

Split: the unit is the message key (`input-output-hk/lace:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates236.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates236.tsv")
RAW = os.path.join(HERE, "raw", "lace")
LACE_COMMIT = "d0df8d7e07fdd33fd4b35f8d00052a644e86a763"
LANGS = [("en", "en"), ("es", "es")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|wallet|recovery phrase|mnemonic|spending password"
                       r"|hardware|account", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def lace_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"lace-{code}-{key}", lang, text, "lace_app",
                   f"github.com/input-output-hk/lace@{LACE_COMMIT[:12]}:"
                   f"packages/contract/i18n/src/translations/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/lace/)",
                   f"input-output-hk/lace:{key}", "keyword_rule_app_strings")


def items():
    yield from lace_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
