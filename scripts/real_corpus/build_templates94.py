#!/usr/bin/env python3
"""Rebuild the ninety-eighth batch of tests/data/real/: the in-app messages of the Buttercup
password manager about passwords, backups, restoring, logging in and the like, from the desktop
app (buttercup/buttercup-desktop, GPL-3.0; English, Spanish, zh-Hans, zh-Hant) and the browser
extension (buttercup/buttercup-browser-extension, MIT; English, its only catalogue in these
languages).

Usage:
    python3 scripts/real_corpus/build_templates94.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates94.py assemble     # write the jsonl files

Sources, copied verbatim to scripts/real_corpus/raw/ (see SOURCE.md there):
  * github.com/buttercup/buttercup-desktop at DESKTOP_COMMIT (2025-03-04, the final head),
    source/shared/i18n/translations/en.json, es.json, zh_cn.json, zh_tw.json
    -> raw/buttercup/;
  * github.com/buttercup/buttercup-browser-extension at EXTENSION_COMMIT (2025-03-04, the
    final head), source/shared/i18n/translations/en.json -> raw/buttercup-browser-extension/
    (its other catalogue, nl.json, is outside the round's languages).
buttercup/buttercup-mobile has no translation catalogues and was not used.

Selection (mechanical, fixed before any text was read): the catalogues are nested JSON; a key
is the dotted path to a string. Every key of a product's en.json whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is
taken in every language file of that product that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language. Placeholders (`{{name}}`, `<strong>`) are kept as written (they are
the app's own). Cut at 500 characters.

Split: the unit is the message key (`buttercup/<repository>:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates94.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates94.tsv")
RAW = os.path.join(HERE, "raw")
DESKTOP_COMMIT = "cb98fe711b555fb1b0e3f7ffdc3a85cd844d7307"
EXTENSION_COMMIT = "4a5e2c359fb47a9c8dea5de7e75e0000f04d5452"
# (id prefix, repository, commit, raw folder, [(catalogue code, lang)])
PRODUCTS = [
    ("bcd", "buttercup/buttercup-desktop", DESKTOP_COMMIT, "buttercup",
     [("en", "en"), ("es", "es"), ("zh_cn", "zh-Hans"), ("zh_tw", "zh-Hant")]),
    ("bce", "buttercup/buttercup-browser-extension", EXTENSION_COMMIT,
     "buttercup-browser-extension", [("en", "en")]),
]
CATALOGUE_DIR = "source/shared/i18n/translations"


def load(folder, code):
    return load_json(os.path.join(RAW, folder, f"{code}.json"), flat=True)


def buttercup_items():
    for prefix, repo, commit, folder, langs in PRODUCTS:
        texts = catalogue_texts(lambda code: load(folder, code), langs, SELECT_RE)
        for code, lang, key, text in texts:
            yield item(f"{prefix}-{code}-{key}", lang, text, "buttercup_app",
                       f"github.com/{repo}@{commit[:12]}:{CATALOGUE_DIR}/{code}.json ({key}; "
                       f"copied to scripts/real_corpus/raw/{folder}/)",
                       f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from buttercup_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
