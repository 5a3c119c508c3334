#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixteenth batch of tests/data/real/: the in-app messages of the
Mutiny Wallet web app (MutinyWallet/mutiny-web, MIT), a self-custodial bitcoin Lightning and
nostr wallet, about seed/recovery phrases, private keys, passwords, PINs, backups, restoring,
logging in, the wallet, nostr and Lightning, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates212.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates212.py assemble     # write the jsonl files

Source: github.com/MutinyWallet/mutiny-web at MUTINY_COMMIT (2024-09-03, "Bump to 1.8.0", the
head of the stored snapshot), public/i18n/en.json, es.json, hans.json (简体中文) and hant.json
(繁體中文), copied verbatim to scripts/real_corpus/raw/mutiny_web/ (see SOURCE.md there). The
catalogues are nested i18next JSON; a key is its dotted path (e.g. `settings.backup.title`).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
common keyword rule of app_strings (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened for this wallet with wallet, nostr, lightning, seed and
phrase. The key's text is taken in every language catalogue that holds it; a translation equal
to the English text (ends' white space aside; untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within the language (the first key in catalogue order keeps the
text). Placeholders `{{name}}` are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`MutinyWallet/mutiny-web:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates212.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as COMMON_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates212.tsv")
RAW = os.path.join(HERE, "raw", "mutiny_web")
MUTINY_COMMIT = "71d1beda6429724852d45e2481b5524f76ec62f4"
LANGS = [("en", "en"), ("es", "es"), ("hans", "zh-Hans"), ("hant", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|wallet|nostr|lightning|seed|phrase", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def mutiny_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"mutiny-web-{code}-{key}", lang, text, "mutiny_web_app",
                   f"github.com/MutinyWallet/mutiny-web@{MUTINY_COMMIT[:12]}:public/i18n/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/mutiny_web/)",
                   f"MutinyWallet/mutiny-web:{key}", "keyword_rule_app_strings")


def items():
    yield from mutiny_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
