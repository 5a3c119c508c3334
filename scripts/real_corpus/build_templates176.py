#!/usr/bin/env python3
"""Rebuild the hundred-and-eightieth batch of tests/data/real/: the in-app strings of
MyNearWallet (mynearwallet/my-near-wallet, the community continuation of the NEAR web wallet;
MIT, with an Apache-2.0 copy alongside) about recovery/seed phrases, keys, Ledger, passwords,
backups, restoring, unlocking, logging in and two-factor codes, in English, zh-Hans and zh-Hant
(the repository has no Spanish catalogue).

Usage:
    python3 scripts/real_corpus/build_templates176.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates176.py assemble     # write the jsonl files

Source: github.com/mynearwallet/my-near-wallet at MNW_COMMIT (2025-11-06), the catalogues
packages/frontend/src/translations/locales/{en,zh-hans,zh-hant}/translation.json, copied verbatim
to scripts/real_corpus/raw/mynearwallet/ (see SOURCE.md there). Licence: MIT (LICENSE at that
commit; LICENSE-APACHE alongside).

Selection (mechanical, fixed before any text was read): the nested catalogue is flattened to
dotted keys; every key of en.json whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the round's standard rule (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus this batch's
extra words seed, phrase, ledger, recovery, unlock, key. The brief's extra word "wallet" was
dropped before reading: with it the rule gave 256 keys / 657 texts (well above the ~450 cap),
largely because "wallet" matches the product's own name ("NEAR Wallet", "MyNearWallet");
without it 216 keys / 552 texts. The key's text is taken in every catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language. Placeholders (`${amount}`) and inline HTML
(`<b>`, `<a href=…>`) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`mynearwallet/my-near-wallet:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates176.tsv, assigned by an AI reader reading each
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
LABELS = os.path.join(HERE, "labels", "labels_templates176.tsv")
RAW = os.path.join(HERE, "raw", "mynearwallet")
MNW_COMMIT = "07f19df065a99862b7366e849e30510df5bf63cc"
LANGS = [("en", "en"), ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|seed|phrase|ledger|recovery|unlock|key", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def mnw_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"mynearwallet-{code}-{key}", lang, text, "mynearwallet_app",
                   f"github.com/mynearwallet/my-near-wallet@{MNW_COMMIT[:12]}:packages/frontend/"
                   f"src/translations/locales/{code}/translation.json ({key}; copied to "
                   f"scripts/real_corpus/raw/mynearwallet/)",
                   f"mynearwallet/my-near-wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from mnw_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
