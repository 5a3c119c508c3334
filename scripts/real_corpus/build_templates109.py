#!/usr/bin/env python3
"""Rebuild the hundred-and-thirteenth batch of tests/data/real/: the in-app messages of the
Tonkeeper TON wallet (tonkeeper/tonkeeper-web, Apache-2.0) about recovery/seed phrases (mnemonic),
private keys, passwords, passcodes, PINs, backups, restoring, logging in and one-time/2FA codes,
in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates109.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates109.py assemble     # write the jsonl files

Source: github.com/tonkeeper/tonkeeper-web at TONKEEPER_COMMIT (2026-06-09), the catalogues
packages/locales/src/<catalogue>/{en,es,zh-Hans-CN,zh-Hant}.json of the three catalogues
`tonkeeper-web` (the web/desktop/extension app), `tonkeeper` (strings shared with the mobile
app) and `tonendpoint` (web-site/endpoint strings), copied verbatim to
scripts/real_corpus/raw/tonkeeper/<catalogue>/ (see SOURCE.md there). The fourth catalogue,
`tonapi`, has no English string that the rule selects and is not copied.

Selection (mechanical): every key (nested JSON objects flattened to dotted keys, in file order)
of a catalogue's en.json whose English text has at least four words (white-space separated) and
matches, case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The key's text is taken in every language file of
that catalogue that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language, over the
catalogues in the order tonkeeper-web, tonkeeper, tonendpoint (the first keeps the text).
Placeholders (`{{name}}`, `%{name}`) are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`tonkeeper/tonkeeper-web:<catalogue>/<key>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates109.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates109.tsv")
RAW = os.path.join(HERE, "raw", "tonkeeper")
TONKEEPER_COMMIT = "54ea16f619bc09906246249a4ac47414ee6b09fa"
CATALOGUES = ["tonkeeper-web", "tonkeeper", "tonendpoint"]
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans-CN", "zh-Hans"), ("zh-Hant", "zh-Hant")]


def load(catalogue, code):
    return load_json(os.path.join(RAW, catalogue, f"{code}.json"), flat=True)


def tonkeeper_items():
    for code, lang in LANGS:
        seen = set()
        for cat in CATALOGUES:
            en = load(cat, "en")
            strings = load(cat, code)
            keys = keyword_keys(en, SELECT_RE)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"tonkeeper-{cat}-{code}-{key}", lang, text, "tonkeeper_app",
                           f"github.com/tonkeeper/tonkeeper-web@{TONKEEPER_COMMIT[:12]}:"
                           f"packages/locales/src/{cat}/{code}.json ({key}; copied to "
                           f"scripts/real_corpus/raw/tonkeeper/{cat}/)",
                           f"tonkeeper/tonkeeper-web:{cat}/{key}", "keyword_rule_app_strings")


def items():
    yield from tonkeeper_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
