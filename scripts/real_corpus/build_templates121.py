#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-fifth batch of tests/data/real/: the in-app strings of the
Nextcloud Passwords app (marius-wieschollek/passwords, AGPL-3.0) about passwords, passphrases,
PINs, backups, restoring, logging in, recovery and one-time / two-factor codes, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates121.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates121.py assemble     # write the jsonl files

Source: github.com/marius-wieschollek/passwords at PASSWORDS_COMMIT (2026-08-06; the app's
primary home git.mdns.eu was not reachable), the Weblate catalogues .weblate/en/messages.json,
es, zh_CN, zh_TW (`{key: {"message": ...}}`), copied verbatim to
scripts/real_corpus/raw/nextcloud_passwords/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): every key of en/messages.json whose
English `message` has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2fa, two-factor). The key's `message` is taken in every language
file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language.
Placeholders (`$NAME$`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`marius-wieschollek/passwords:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates121.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates121.tsv")
RAW = os.path.join(HERE, "raw", "nextcloud_passwords")
PASSWORDS_COMMIT = "2759a21ab0d3f42faf99e79abfdaf7d22b983bda"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def load(code):
    data = load_json(os.path.join(RAW, f"{code}.json"))
    return {k: v.get("message") for k, v in data.items() if isinstance(v, dict)}


def passwords_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"ncpasswords-{code}-{key}", lang, text, "nextcloud_passwords_app",
                   f"github.com/marius-wieschollek/passwords@{PASSWORDS_COMMIT[:12]}:"
                   f".weblate/{code}/messages.json ({key}; copied to "
                   f"scripts/real_corpus/raw/nextcloud_passwords/)",
                   f"marius-wieschollek/passwords:{key}", "keyword_rule_app_strings")


def items():
    yield from passwords_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
