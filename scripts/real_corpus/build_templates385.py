#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-ninth batch of tests/data/real/: the in-app messages of
Komodo Wallet (KomodoPlatform/komodo-wallet, GPL-3.0) about seed phrases, private keys,
passwords, PINs, backups, restoring, logging in and two-factor codes, in English (the product
has no Spanish or Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates385.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates385.py assemble     # write the jsonl files

Source: github.com/KomodoPlatform/komodo-wallet at KOMODO_COMMIT (2025-11-13),
assets/translations/en.json (the only catalogue), copied verbatim to
scripts/real_corpus/raw/komodo_wallet/ (see SOURCE.md there). Licence GPL-3.0 (LICENSE).

Selection (mechanical): every key of en.json (nested keys flattened with dots) whose English text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). Languages: English, Spanish, zh-Hans and zh-Hant where a catalogue exists; only
English exists. Near-duplicates (digits and white space aside) collapse within the language.
Placeholders (`{}`, `{name}`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`KomodoPlatform/komodo-wallet:<key>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates385.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates385.tsv")
RAW = os.path.join(HERE, "raw", "komodo_wallet")
KOMODO_COMMIT = "f73f23f1c83e298aa51643f2ddbe3748731dbfb0"
LANGS = [("en", "en")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def komodo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"komodo-{code}-{key}", lang, text, "komodo_wallet_app",
                   f"github.com/KomodoPlatform/komodo-wallet@{KOMODO_COMMIT[:12]}:"
                   f"assets/translations/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/komodo_wallet/)",
                   f"KomodoPlatform/komodo-wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from komodo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
