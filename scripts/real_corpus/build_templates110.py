#!/usr/bin/env python3
"""Rebuild the hundred-and-fourteenth batch of tests/data/real/: the in-app messages of the Edge
wallet (EdgeApp/edge-react-gui, BSD-3-Clause) about seed/recovery phrases, private keys,
passwords, PINs, backups, restoring, logging in and two-factor codes, in English, Spanish and
zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates110.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates110.py assemble     # write the jsonl files

Source: github.com/EdgeApp/edge-react-gui at EDGE_COMMIT (2026-06-03, version 4.49.0),
src/locales/strings/enUS.json, es.json, esMX.json, zh.json, copied verbatim to
scripts/real_corpus/raw/edge/ (see SOURCE.md there). The product has no zh-Hant catalogue.

Selection (mechanical, fixed before reading the texts): every key of enUS.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2fa, two-factor). The key's text is taken in every language file that holds it (es.json and
esMX.json both as Spanish, es first); a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and language
(so an esMX text equal to the es text of any selected key is dropped). Placeholders (`%1$s`,
`%s`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`EdgeApp/edge-react-gui:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates110.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates110.tsv")
RAW = os.path.join(HERE, "raw", "edge")
EDGE_COMMIT = "9f40967e148d8e72db1a7d50b3beebb2434652d0"
LANGS = [("enUS", "en"), ("es", "es"), ("esMX", "es"), ("zh", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def edge_items():
    en = load("enUS")
    keys = keyword_keys(en, SELECT_RE)
    seen = {}
    for code, lang in LANGS:
        english = None if code == "enUS" else en
        for key, text in new_texts(load(code), keys, english, seen.setdefault(lang, set())):
            yield item(f"edge-{code}-{key}", lang, text, "edge_app",
                       f"github.com/EdgeApp/edge-react-gui@{EDGE_COMMIT[:12]}:"
                       f"src/locales/strings/{code}.json ({key}; copied to "
                       f"scripts/real_corpus/raw/edge/)",
                       f"EdgeApp/edge-react-gui:{key}", "keyword_rule_app_strings")


def items():
    yield from edge_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
