#!/usr/bin/env python3
"""Rebuild the hundred-and-nineteenth batch of tests/data/real/: the in-app messages of the
Bitkit bitcoin/Lightning wallet by Synonym (synonymdev/bitkit-ios, MIT) about seed/recovery
phrases, keys, passwords, PINs, passphrases, backups, restoring, logging in and codes, in
English and Spanish (the product has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates115.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates115.py assemble     # write the jsonl files

Source: github.com/synonymdev/bitkit-ios at BITKIT_COMMIT (2026-07-24),
Bitkit/Resources/Localization/en.lproj/Localizable.strings and es.lproj/Localizable.strings,
copied verbatim to scripts/real_corpus/raw/bitkit/ (see SOURCE.md there). The old
synonymdev/bitkit repository (React Native app) is now an index repository without strings;
bitkit-ios holds the newest stored catalogue shared with bitkit-android.

Selection (mechanical): every key of en.strings whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's
text is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. The .strings escapes \\n, \\" and \\' are decoded. Near-duplicates
(digits and white space aside) collapse within the language. Placeholders `{name}` are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`synonymdev/bitkit-ios:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates115.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates115.tsv")
RAW = os.path.join(HERE, "raw", "bitkit")
BITKIT_COMMIT = "2dcedad801cf72fd2dc539ce7483850d9af6f92b"
LANGS = [("en", "en"), ("es", "es")]
LINE_RE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)";\s*$')
ESCAPES = {"n": "\n", '"': '"', "'": "'", "\\": "\\", "t": "\t"}


def unescape(s):
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), s)


def load(code):
    strings = {}
    with open(os.path.join(RAW, f"{code}.strings"), encoding="utf-8") as f:
        for line in f:
            m = LINE_RE.match(line.rstrip("\n"))
            if m:
                strings[unescape(m.group(1))] = unescape(m.group(2))
    return strings


def bitkit_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"bitkit-{code}-{key}", lang, text, "bitkit_app",
                   f"github.com/synonymdev/bitkit-ios@{BITKIT_COMMIT[:12]}:Bitkit/Resources/"
                   f"Localization/{code}.lproj/Localizable.strings ({key}; copied to "
                   f"scripts/real_corpus/raw/bitkit/)",
                   f"synonymdev/bitkit-ios:{key}", "keyword_rule_app_strings")


def items():
    yield from bitkit_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
