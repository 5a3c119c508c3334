#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-seventh batch of tests/data/real/: the in-app strings of the
BitBoxApp (BitBoxSwiss/bitbox-wallet-app, Apache-2.0), the desktop/mobile companion app of the
BitBox02 hardware wallet, about seeds/recovery words, passwords, PINs, passphrases, backups,
restoring, logging in and verification codes, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates123.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates123.py assemble     # write the jsonl files

Source: github.com/BitBoxSwiss/bitbox-wallet-app at BITBOX_COMMIT (2026-08-04),
frontends/web/src/locales/{en,es,zh}/app.json, copied verbatim to
scripts/real_corpus/raw/bitboxapp/ (see SOURCE.md there). The app has no zh-Hant catalogue; its
`zh` catalogue is Simplified Chinese.

Selection (mechanical, fixed before reading the texts): the nested JSON is flattened to dotted
keys (`a.b.c`); a list value gives one string per element, keyed `<key>.<index>`. Every key whose
English text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2fa, two-factor) is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the language. Placeholders `{{name}}` and inline markup are kept as written (they are the app's
own). Cut at 500 characters. The rule selects 174 keys: 437 texts (168 en, 168 es, 101 zh-Hans),
10 of them cut.

Split: the unit is the message key (`BitBoxSwiss/bitbox-wallet-app:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates123.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates123.tsv")
RAW = os.path.join(HERE, "raw", "bitboxapp")
BITBOX_COMMIT = "b9198ab7e4d9ee5c16e375b7893b4833fb672541"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True, lists=True)


def bitbox_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"bitboxapp-{code}-{key}", lang, text, "bitboxapp_app",
                   f"github.com/BitBoxSwiss/bitbox-wallet-app@{BITBOX_COMMIT[:12]}:"
                   f"frontends/web/src/locales/{code}/app.json ({key}; "
                   f"copied to scripts/real_corpus/raw/bitboxapp/)",
                   f"BitBoxSwiss/bitbox-wallet-app:{key}", "keyword_rule_app_strings")


def items():
    yield from bitbox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
