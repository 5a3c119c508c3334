#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-ninth batch of tests/data/real/: the in-app messages of the
AuthPass password manager (authpass/authpass, GPL-3.0) about master passwords, passwords, PINs,
one-time codes, backups, restoring, logging in, vaults, unlocking, biometrics, accounts and
KeePass/kdbx files, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates225.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates225.py assemble     # write the jsonl files

Source: github.com/authpass/authpass at AUTHPASS_COMMIT (2026-08-22), authpass/lib/l10n/
app_en.arb, app_es.arb, app_zh.arb (zh-Hans: simplified script, locale `zh`), app_zh_TW.arb
(zh-Hant), copied verbatim to scripts/real_corpus/raw/authpass/ (see SOURCE.md there). Licence
GPL-3.0 (copyleft).

Selection (mechanical): every key of app_en.arb (the `@` metadata keys aside) whose English text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression SELECT_RE (the app-string keyword rule of app_strings.SELECT_RE: seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor; plus master password, vault,
unlock, biometric, account, kdbx, keepass). The key's text is taken in every language file that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the product and language. Placeholders `{name}`
and ICU plural/select forms are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`authpass/authpass:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates225.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates225.tsv")
RAW = os.path.join(HERE, "raw", "authpass")
AUTHPASS_COMMIT = "3f090d7ecc092b9bdc19578489325fa99f9522e3"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|master password|vault|unlock|biometric|account|kdbx"
                       r"|keepass", re.I)


def load(code):
    with open(os.path.join(RAW, f"app_{code}.arb"), encoding="utf-8") as f:
        return {k: v for k, v in json.load(f).items() if not k.startswith("@")}


def authpass_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"authpass-{code}-{key}", lang, text, "authpass_app",
                   f"github.com/authpass/authpass@{AUTHPASS_COMMIT[:12]}:authpass/lib/l10n/"
                   f"app_{code}.arb ({key}; copied to scripts/real_corpus/raw/authpass/)",
                   f"authpass/authpass:{key}", "keyword_rule_app_strings")


def items():
    yield from authpass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
