#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventieth batch of tests/data/real/: the in-app messages of the
Cosmostation wallet browser extension (cosmostation/cosmostation-chrome-extension, MIT) about
wallets, accounts, keys, mnemonics/recovery phrases, passwords, backups, restoring and logging in,
in English (the product has no Spanish or Chinese catalogue: only en and ko).

Usage:
    python3 scripts/real_corpus/build_templates266.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates266.py assemble     # write the jsonl files

Source: github.com/cosmostation/cosmostation-chrome-extension at COSMOSTATION_COMMIT (2024-10-17,
the stored head), src/Popup/i18n/en/translation.json (a nested i18next catalogue), copied
verbatim to scripts/real_corpus/raw/cosmostation/en.json (see SOURCE.md there). Licence: MIT
(LICENSE at the same commit; package.json "license": "MIT").

Selection (mechanical): every dotted key of the flattened English catalogue whose text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
app-strings rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) widened, as the round asked for this product, by wallet, secret,
phrase, account and key. Only the English catalogue is in the round's languages (the Korean one
is not taken). Near-duplicates (digits and white space aside) collapse; the first key in
catalogue order keeps the text. Placeholders `{{name}}` are kept as written. Cut at 500
characters.

Split: the unit is the message key (`cosmostation/cosmostation-chrome-extension:<key>`); held
out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates266.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE
from app_strings import catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates266.tsv")
RAW = os.path.join(HERE, "raw", "cosmostation")
REPO = "cosmostation/cosmostation-chrome-extension"
COSMOSTATION_COMMIT = "0f459438941829e3f1ced5cbf7cd3e52948d41c3"
LANGS = [("en", "en")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|secret|phrase|passcode|account|key", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def cosmostation_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"cosmostation-{code}-{key}", lang, text, "cosmostation_app",
                   f"github.com/{REPO}@{COSMOSTATION_COMMIT[:12]}:src/Popup/i18n/{code}/"
                   f"translation.json ({key}; copied to scripts/real_corpus/raw/cosmostation/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from cosmostation_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
