#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninetieth batch of tests/data/real/: the in-app messages of
Pera Wallet for Algorand, iOS app (perawallet/pera-wallet, Apache-2.0) about the 25-word
recovery passphrase, PINs, passwords, backups, restoring, logging in and verification codes,
in English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates386.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates386.py assemble     # write the jsonl files

Source: github.com/perawallet/pera-wallet at PERA_COMMIT (2024-08-26),
ios/Resources/Localization/{en,es,zh-Hans}.lproj/Localizable.strings, copied verbatim to
scripts/real_corpus/raw/pera_wallet_ios/ (see SOURCE.md there). Licence: Apache-2.0 (LICENSE and
ios/LICENSE at the same commit).

Selection (mechanical, fixed before reading texts): every key of the English catalogue whose
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language catalogue that holds it; a
translation equal to the English text is skipped. Near-duplicates (digits and white space
aside, app_strings.norm) collapse within the language. Format placeholders (%@, %1$@) are kept
as written. Cut at 500 characters.

Parsing: `/* */` comments and lines starting with `//` are dropped, then each
`"key" = "value";` pair is read, backslash escapes resolved (\\n, \\t, else the character); the
last of a repeated key wins.

Split: the unit is the message key (`perawallet/pera-wallet:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates386.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates386.tsv")
RAW = os.path.join(HERE, "raw", "pera_wallet_ios")
PERA_COMMIT = "c7a41e2f62e230d4850725fc86e8af334012ae55"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans")]
STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def ios_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load(code):
    with open(os.path.join(RAW, f"{code}.strings"), "rb") as f:
        data = f.read()
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    strings = {}
    for key, value in STRINGS_RE.findall(text):
        strings[ios_unescape(key)] = ios_unescape(value)
    return strings


def pera_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"pera-{code}-{key}", lang, text, "pera_wallet_app",
                   f"github.com/perawallet/pera-wallet@{PERA_COMMIT[:12]}:ios/Resources/"
                   f"Localization/{code}.lproj/Localizable.strings ({key}; copied to "
                   f"scripts/real_corpus/raw/pera_wallet_ios/)",
                   f"perawallet/pera-wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from pera_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
