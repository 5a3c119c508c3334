#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-fifth batch of tests/data/real/: the in-app strings of
FirebaseUI for Android's auth module (firebase/FirebaseUI-Android, Apache-2.0) about passwords,
PINs, sign-in, recovery, verification codes, two-factor authentication, accounts, confirmation
and phone numbers, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates141.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates141.py assemble     # write the jsonl files

Source: github.com/firebase/FirebaseUI-Android at FUI_COMMIT (2026-07-21, stored head), the
Android string catalogues auth/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/strings.xml (zh-rCN is
Simplified, zh-rTW Traditional Chinese), copied verbatim to
scripts/real_corpus/raw/firebaseui_android/<folder>/strings.xml (see SOURCE.md there). Licence:
Apache-2.0 (LICENSE at the same commit).

Selection (mechanical): every translatable `<string>` or `<plurals>` of the English catalogue
(values/) with a text of at least four words (white-space separated) matching, case-insensitively,
FUI_SELECT_RE: the common keyword rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the round asked for this product, by
account, verif, confirm, code and phone number. The entry is taken in every language catalogue
that holds it (a plural entry one text per quantity); a translation equal to the English text of
the same quantity (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language; the first in catalogue order keeps the text. Android
escapes (\\', \\", \\n) are undone and enclosing quotes dropped; the xliff:g markup is flattened
to its text, so format placeholders (%1$s, %1$d) are kept as the app writes them; runs of white
space in the XML (the catalogue's line continuations) collapse to one space, as Android shows them
(android_plurals with html=True; the catalogues hold no other markup). Cut at 500 characters.

Split: the unit is the string name (`firebase/FirebaseUI-Android:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates141.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates141.tsv")
RAW = os.path.join(HERE, "raw", "firebaseui_android")
FUI_COMMIT = "046afa319bf8c291816b759c6a3bc200d5b330d8"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
FUI_SELECT_RE = re.compile(SELECT_RE.pattern + r"|account|verif|confirm|code|phone number", re.I)


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue's translatable strings and plurals."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def firebaseui_items():
    en = load("values")
    for folder, lang, code in LANGS:
        seen = set()
        texts = new_plural_entries(load(folder), en, FUI_SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"fuiandroid-{code}-{name}{q}", lang, text, "firebaseui_android_app",
                       f"github.com/firebase/FirebaseUI-Android@{FUI_COMMIT[:12]}:auth/src/main/res/"
                       f"{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/firebaseui_android/)",
                       f"firebase/FirebaseUI-Android:{name}", "keyword_rule_app_strings")


def items():
    yield from firebaseui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
