#!/usr/bin/env python3
"""Rebuild the ninety-seventh batch of tests/data/real/: the in-app messages of the Zeus
Lightning wallet (ZeusLN/zeus, AGPL-3.0) about seed/recovery phrases, keys, passwords, PINs,
passphrases, backups, restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates93.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates93.py assemble     # write the jsonl files

Source: github.com/ZeusLN/zeus at ZEUS_COMMIT (2026-08-21), locales/en.json, es.json,
zh_CN.json, zh_TW.json, copied verbatim to scripts/real_corpus/raw/zeus/ (see SOURCE.md there).

Selection (mechanical): every key of en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders `{{name}}` are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`ZeusLN/zeus:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates93.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates93.tsv")
RAW = os.path.join(HERE, "raw", "zeus")
ZEUS_COMMIT = "f39a8ee52458884e383266debd777b9e12e122e4"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|\bpin\b|passphrase|backup"
                       r"|back up|restore|log ?in|sign ?in", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def zeus_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"zeus-{code}-{key}", lang, text, "zeus_app",
                   f"github.com/ZeusLN/zeus@{ZEUS_COMMIT[:12]}:locales/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/zeus/)",
                   f"ZeusLN/zeus:{key}", "keyword_rule_app_strings")


def items():
    yield from zeus_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
