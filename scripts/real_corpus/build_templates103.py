#!/usr/bin/env python3
"""Rebuild the hundred-and-seventh batch of tests/data/real/: the in-app strings of the Rabby
Wallet browser extension (RabbyHub/Rabby, MIT) about seed/recovery phrases, private keys,
passwords, PINs, passphrases, backups, restoring, logging in and verification codes, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates103.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates103.py assemble     # write the jsonl files

Source: github.com/RabbyHub/Rabby at RABBY_COMMIT (2026-08-21), _raw/locales/en/messages.json,
es/messages.json, zh-CN/messages.json (Simplified) and zh-HK/messages.json (Traditional, the
catalogue's only Traditional Chinese), copied verbatim to scripts/real_corpus/raw/rabby/ as
en.json, es.json, zh-CN.json, zh-HK.json (see SOURCE.md there). The catalogues are nested JSON;
a message key is the dot-joined path of a string leaf (list indices as numbers).

Selection (mechanical, fixed before any text was read): every key whose English text has at
least four words (white-space separated) and matches, case-insensitively, the regular
expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language (the first key in catalogue order keeps the
text). Placeholders `{{name}}` and tags `<1>…</1>` are kept as written (they are the app's own).
Cut at 500 characters.

Split: the unit is the message key (`RabbyHub/Rabby:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates103.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates103.tsv")
RAW = os.path.join(HERE, "raw", "rabby")
RABBY_COMMIT = "91404b18a7403d8ad97119c057ba27ec31248da6"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-HK", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True, lists=True)


def rabby_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"rabby-{code}-{key}", lang, text, "rabby_app",
                   f"github.com/RabbyHub/Rabby@{RABBY_COMMIT[:12]}:_raw/locales/{code}/"
                   f"messages.json ({key}; copied to scripts/real_corpus/raw/rabby/)",
                   f"RabbyHub/Rabby:{key}", "keyword_rule_app_strings")


def items():
    yield from rabby_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
