#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fortieth batch of tests/data/real/: the in-app messages of
the Bitcoin Keeper multisig wallet (bithyve/bitcoin-keeper, MIT) about seed/recovery phrases,
keys, passwords, passcodes, PINs, passphrases, backups, restoring, logging in and 2FA, in
English (the product's Spanish catalogue is a copy of the English one: nothing is taken from it).

Usage:
    python3 scripts/real_corpus/build_templates336.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates336.py assemble     # write the jsonl files

Source: github.com/bithyve/bitcoin-keeper at KEEPER_COMMIT (head of 2025-09-16, release 564),
src/context/Localization/language/en.json and es.json, copied verbatim to
scripts/real_corpus/raw/bitcoin_keeper/ (see SOURCE.md there). Licence: MIT (LICENSE at the
same commit). The app has no zh-Hans or zh-Hant catalogue; its es.json is byte-identical to
en.json at this commit (and no earlier es.json was ever translated), so every Spanish text is
skipped as untranslated by the rule below.

Selection (mechanical): the nested catalogue is flattened to dotted keys (`section.key`); every
key of en.json whose English text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language file that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language; the first key in catalogue order keeps the
text. Placeholders (`{{name}}`, `%s`) are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`bithyve/bitcoin-keeper:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates336.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates336.tsv")
RAW = os.path.join(HERE, "raw", "bitcoin_keeper")
KEEPER_COMMIT = "4285c83c05cb62b6d134d883feb4eed015a82f7b"
LANGS = [("en", "en"), ("es", "es")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def keeper_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"keeper-{code}-{key}", lang, text, "bitcoin_keeper_app",
                   f"github.com/bithyve/bitcoin-keeper@{KEEPER_COMMIT[:12]}:"
                   f"src/context/Localization/language/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/bitcoin_keeper/)",
                   f"bithyve/bitcoin-keeper:{key}", "keyword_rule_app_strings")


def items():
    yield from keeper_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
