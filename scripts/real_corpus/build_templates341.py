#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-fifth batch of tests/data/real/: the in-app strings of
Mixin Messenger for Android (MixinNetwork/android-app, GPL-3.0), a messenger with a crypto
wallet and PIN, about seeds/mnemonics, recovery, private keys, passwords, PINs, passphrases,
backups, restoring, logging in, verification codes and two-factor authentication, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates341.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates341.py assemble     # write the jsonl files

Source: github.com/MixinNetwork/android-app at MIXIN_COMMIT (2026-08-22), the Android string
catalogues `app/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/strings.xml` (the app module holds the
only string catalogues), copied verbatim to scripts/real_corpus/raw/mixin_android/values*/ (see
SOURCE.md there). Licence GPL-3.0 (LICENSE at the same commit).

Selection (mechanical): every translatable `<string>` of the English catalogue (values/) whose
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE of app_strings.py (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), and every `<plurals>` of which one English quantity item does
(each quantity item is a text). The string is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language; the first in catalogue order keeps the text.
Android escapes (\\', \\", \\n, \\@, \\?) are undone and enclosing quotes dropped; format
placeholders (%1$s, %d) are kept as the app writes them. Cut at 500 characters. The rule gives
151 English keys and 517 texts; it was not narrowed.

Split: the unit is the string name (`MixinNetwork/android-app:<name>`), all languages (and plural
quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates341.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates341.tsv")
RAW = os.path.join(HERE, "raw", "mixin_android")
MIXIN_COMMIT = "7f6b9a622584a3c4a8cdb87e7f479c0756c41fc6"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"))


def mixin_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        for name, quantity, text in new_plural_entries(strings, en, SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"#{quantity}" if quantity else ""
            yield item(f"mixin-{code}-{name}{q}", lang, text, "mixin_android_app",
                       f"github.com/MixinNetwork/android-app@{MIXIN_COMMIT[:12]}:app/src/main/"
                       f"res/{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/mixin_android/)",
                       f"MixinNetwork/android-app:{name}", "keyword_rule_app_strings")


def items():
    yield from mixin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
