#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-eighth batch of tests/data/real/: the in-app strings of the
Blockchain.com web wallet, V3 front end (blockchain/My-Wallet-V3-Frontend, AGPL-3.0) about
recovery phrases, wallet IDs, passwords and second passwords, PINs, backups, restoring, logging
in and two-factor codes, in English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates194.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates194.py assemble     # write the jsonl files

Source: github.com/blockchain/My-Wallet-V3-Frontend at BC_COMMIT (2019-05-22, the archived
repository's head), locales/en-human.json, es-human.json, zh-cn-human.json (the `*-robot.json`
files of these languages are empty), copied verbatim to
scripts/real_corpus/raw/blockchain_wallet_v3/ (see SOURCE.md there). Licence AGPL-3.0
(LICENSE.md at the same commit).

Selection (mechanical, fixed before any text was read): the catalogues are nested JSON, flattened
to dotted keys (app_strings.load_json(flat=True)). Every key of en-human.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression SELECT_RE: the shared keyword rule (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus this product's words `wallet id|second password|identifier|
phrase`. The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language. Placeholders (`{{name}}`) and inline HTML are kept as written
(they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`blockchain/My-Wallet-V3-Frontend:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates194.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates194.tsv")
RAW = os.path.join(HERE, "raw", "blockchain_wallet_v3")
BC_REPO = "blockchain/My-Wallet-V3-Frontend"
BC_COMMIT = "06dcebd507cb96d0ce745295b5bc9ed71e3e3515"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|wallet id|second password|identifier|phrase", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}-human.json"), flat=True)


def blockchain_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"bcv3-{code}-{key}", lang, text, "blockchain_wallet_v3",
                   f"github.com/{BC_REPO}@{BC_COMMIT[:12]}:locales/{code}-human.json ({key}; "
                   f"copied to scripts/real_corpus/raw/blockchain_wallet_v3/)",
                   f"{BC_REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from blockchain_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
