#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-first batch of tests/data/real/: the in-app messages of the
Keplr wallet browser extension (chainapsis/keplr-wallet, apps/extension, Apache-2.0) about seed /
recovery phrases, private keys, passwords, backups, restoring and logging in, in English and
zh-Hans (the extension has no Spanish or zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates117.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates117.py assemble     # write the jsonl files

Source: github.com/chainapsis/keplr-wallet at KEPLR_COMMIT (2026-01-08),
apps/extension/src/languages/en.json and zh-cn.json, copied verbatim to
scripts/real_corpus/raw/keplr/ (see SOURCE.md there). The repository's LICENSE reads
"Apache2.0 (Extension) / All rights reserved (Mobile)"; only extension files are used.

Selection (mechanical): every key of en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's
text is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Placeholders (`{name}`, `<br></br>` tags) are kept as written (they are
the app's own). Cut at 500 characters.

Split: the unit is the message key (`chainapsis/keplr-wallet:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates117.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates117.tsv")
RAW = os.path.join(HERE, "raw", "keplr")
KEPLR_COMMIT = "b00f8d53afd4199293883d22296fe2e0f0370ee8"
LANGS = [("en", "en"), ("zh-cn", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def keplr_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"keplr-{code}-{key}", lang, text, "keplr_app",
                   f"github.com/chainapsis/keplr-wallet@{KEPLR_COMMIT[:12]}:"
                   f"apps/extension/src/languages/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/keplr/)",
                   f"chainapsis/keplr-wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from keplr_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
