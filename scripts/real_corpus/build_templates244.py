#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-eighth batch of tests/data/real/: the in-app strings of
MacPass, the KeePass client for macOS (MacPass/MacPass, GPL-3.0-or-later: copyleft), about
passwords, master keys, key files, databases, unlocking, entries, autotype, backups and the
like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates244.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates244.py assemble     # write the jsonl files

Source: github.com/MacPass/MacPass at MACPASS_COMMIT (2025-05-07), the Localizable.strings of
MacPass/en.lproj, es.lproj, zh-Hans.lproj and zh-Hant.lproj, copied verbatim to
scripts/real_corpus/raw/macpass/ (see SOURCE.md there). Licence: LICENSE.txt at the root, GNU
GPL version 3 or (at your option) any later version. Copyleft: raw/macpass/ is kept out of the
crate. The interface-builder catalogues (<view>.strings of the xib files) and the
Localizable.stringsdict plurals are not read (see SOURCE.md).

Reading a .strings file: strings_file of build_templates240.py (`"key" = "value";` pairs,
comments skipped, backslash escapes resolved, a repeated key keeps its last value). Ids are
`macpass-<lang>-<key>`.

Selection (mechanical): every key of the English catalogue whose English text (the value) has
at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard secret-word rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) plus database, master, key file, unlock, autotype and entry. The
key's text is taken in every language catalogue that holds it; a translation equal to the
English text (ends' white space aside) is skipped. Near-duplicates (digits and white space
aside, case folded) collapse within the product and language. Placeholders (%@, %ld) are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`MacPass/MacPass:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates244.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts
from build_templates import item
from build_templates240 import strings_file
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates244.tsv")
RAW = os.path.join(HERE, "raw", "macpass")
MACPASS_COMMIT = "eb4a5545098b2005e0aad5bdd67a673d078f21ee"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|database|master|key file|unlock|autotype|entry", re.I)


def load(code):
    return strings_file(os.path.join(RAW, "MacPass", f"{code}.lproj", "Localizable.strings"))


def macpass_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"macpass-{lang}-{key}", lang, text, "macpass_app",
                   f"github.com/MacPass/MacPass@{MACPASS_COMMIT[:12]}:MacPass/{code}.lproj/"
                   f"Localizable.strings ({key}; copied to scripts/real_corpus/raw/macpass/)",
                   f"MacPass/MacPass:{key}", "keyword_rule_app_strings")


def items():
    yield from macpass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
