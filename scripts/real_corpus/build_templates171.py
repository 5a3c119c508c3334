#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-fifth batch of tests/data/real/: the in-app messages of the
Yoroi Cardano wallet browser extension (Emurgo/yoroi-frontend, MIT) about recovery phrases,
spending passwords, PINs, keys, backups, restoring, unlocking, logging in and wallets, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates171.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates171.py assemble     # write the jsonl files

Source: github.com/Emurgo/yoroi-frontend at YOROI_COMMIT (2024-10-20),
packages/yoroi-extension/app/i18n/locales/en-US.json, es-ES.json, zh-Hans.json, zh-Hant.json
(flat JSON catalogues: message id -> text), copied verbatim to scripts/real_corpus/raw/yoroi/
(see SOURCE.md there). Licence MIT (LICENSE at that commit).

Selection (mechanical, fixed before any text was read): every key of en-US.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE: the standard app-strings rule (app_strings.SELECT_RE: seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus wallet,
spending password, recovery, unlock. The key's text is taken in every language file that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within a language, the first key in catalogue order keeping the
text. Placeholders (`{walletName}`, `<strong>` tags …) are kept as written (they are the app's
own). Cut at 500 characters.

Split: the unit is the message key (`Emurgo/yoroi-frontend:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates171.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates171.tsv")
RAW = os.path.join(HERE, "raw", "yoroi")
YOROI_COMMIT = "89421969909e2f45b1e12e0c02e9a9e271898a98"
LOCALES = "packages/yoroi-extension/app/i18n/locales"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|spending password|recovery|unlock", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def yoroi_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"yoroi-{code}-{key}", lang, text, "yoroi_app",
                   f"github.com/Emurgo/yoroi-frontend@{YOROI_COMMIT[:12]}:{LOCALES}/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/yoroi/)",
                   f"Emurgo/yoroi-frontend:{key}", "keyword_rule_app_strings")


def items():
    yield from yoroi_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
