#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-third batch of tests/data/real/: the in-app strings of the
Uniswap Wallet (Uniswap/interface, GPL-3.0-or-later; the catalogue shared by the mobile wallet,
the browser-extension wallet and the web app) about recovery/seed phrases, passwords, passcodes,
PINs, backups, restoring, logging in and one-time codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates159.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates159.py assemble     # write the jsonl files

Source: github.com/Uniswap/interface at UNISWAP_COMMIT (2026-08-07),
packages/uniswap/src/i18n/locales/source/en-US.json and translations/es-ES.json, zh-CN.json,
zh-TW.json, copied verbatim to scripts/real_corpus/raw/uniswap/ (see SOURCE.md there). The
upstream snapshot is over the fetch size limit; the files were read from the faithful fork
github.com/Tiamat-Tech/uniswap-interface, whose history holds the same upstream commit.

Selection (mechanical): every key of en-US.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the standard keyword rule
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The round also suggested wallet|unlock|confirm|secret|phrase|words; with them
the rule gives 411 keys and 1,535 texts, far above the ~450 cap, so they were left out (decided
from the counts, before any text was read). The key's text is taken in every language file that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the product and language. Placeholders
`{{name}}` and inline tags such as `<highlight>` are kept as written (they are the app's own).
Cut at 500 characters.

Split: the unit is the message key (`Uniswap/interface:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates159.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates159.tsv")
RAW = os.path.join(HERE, "raw", "uniswap")
UNISWAP_COMMIT = "a197dbc1ddd2fb01475210caed17a34e55268422"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
PATHS = {"en-US": "source/en-US.json"}


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def uniswap_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        path = PATHS.get(code, f"translations/{code}.json")
        yield item(f"uniswap-{code}-{key}", lang, text, "uniswap_app",
                   f"github.com/Uniswap/interface@{UNISWAP_COMMIT[:12]}:"
                   f"packages/uniswap/src/i18n/locales/{path} ({key}; "
                   f"copied to scripts/real_corpus/raw/uniswap/)",
                   f"Uniswap/interface:{key}", "keyword_rule_app_strings")


def items():
    yield from uniswap_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
