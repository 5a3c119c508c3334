#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-sixth batch of tests/data/real/: the in-app messages of the
Minibits Cashu ecash wallet (minibits-cash/minibits_wallet, MIT) about seed phrases, mnemonics,
passwords, PINs, backups, restoring, logging in, wallets, ecash tokens and Nostr keys, in English
and Spanish (the product has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates232.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates232.py assemble     # write the jsonl files

Source: github.com/minibits-cash/minibits_wallet at MINIBITS_COMMIT (2026-08-11),
src/i18n_messages/en.json and es.json, copied verbatim to scripts/real_corpus/raw/minibits/ (see
SOURCE.md there). The repository also has pt.json and sk.json (not taken: not our languages).

Selection (mechanical): every key of en.json (nested objects flattened to dotted keys, e.g. the
plural forms `key.one` / `key.other`) whose English text has at least four words (white-space
separated) and matches, case-insensitively, the standard keyword rule app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the batch's extra
terms (wallet, seed, mnemonic, backup, restore, token, nostr, nsec, private key, ecash): SELECT_RE
below. The key's text is taken in both language files that hold it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language. Placeholders `%{name}` are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`minibits-cash/minibits_wallet:<key>`), both languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates232.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates232.tsv")
RAW = os.path.join(HERE, "raw", "minibits")
MINIBITS_COMMIT = "7d6be05eab7d328a706305f7df5b956f5cbdfc5a"
LANGS = [("en", "en"), ("es", "es")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|seed|mnemonic|backup|restore|token|nostr"
                       r"|nsec|private key|ecash", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def minibits_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"minibits-{code}-{key}", lang, text, "minibits_app",
                   f"github.com/minibits-cash/minibits_wallet@{MINIBITS_COMMIT[:12]}:"
                   f"src/i18n_messages/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/minibits/)",
                   f"minibits-cash/minibits_wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from minibits_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
