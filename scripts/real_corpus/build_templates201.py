#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifth batch of tests/data/real/: the in-app strings of
Cryptomator for Android (cryptomator/android, GPL-3.0), the client-side encryption app for cloud
storage, about vault passwords, recovery keys, masterkeys, biometric unlock, PINs, backups,
restoring, cloud logins and signing in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates201.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates201.py assemble     # write the jsonl files

Source: github.com/cryptomator/android at CRYPTOMATOR_COMMIT (2026-07-31, the stored head), the
Android string catalogues `presentation/src/main/res/values/strings.xml` (English),
`values-es-rES/strings.xml` (Spanish; the app has no plain `values-es`), `values-zh-rCN/strings.xml`
(zh-Hans; the app has no plain `values-zh`) and `values-zh-rTW/strings.xml` (zh-Hant; the
`values-zh-rHK` catalogue is not taken), copied verbatim to
scripts/real_corpus/raw/cryptomator_android/values*/ (see SOURCE.md there). Licence GPL-3.0
(LICENSE.txt at the same commit, copied there): copyleft. These are the app's only strings.xml
catalogues; `values/arrays.xml` (settings list entries) is not taken.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (the standard keyword rule of
app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor; plus vault, recovery key, masterkey, biometric, cloud, as the batch brief
named), and every `<plurals>` of which one English quantity item does (each quantity item is a
text). The string is taken in every language catalogue that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the language; the first in catalogue order keeps the text. White space runs are
collapsed to one space as Android does; Android escapes (\\', \\", \\n) are undone and enclosing
quotes dropped; format placeholders (%1$s, %d) are kept as the app writes them. Cut at 500
characters.

Split: the unit is the string name (`cryptomator/android:<name>`), all languages (and plural
quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates201.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates201.tsv")
RAW = os.path.join(HERE, "raw", "cryptomator_android")
CRYPTOMATOR_COMMIT = "d441dc0b9b78f55a6708e1e66a06345c93bfaac7"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_Hans"), ("values-zh-rTW", "zh-Hant", "zh_Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|vault|recovery key|masterkey|biometric|cloud",
                       re.I)


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def cryptomator_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"cryptomator-android-{code}-{name}{q}", lang, text,
                       "cryptomator_android_app",
                       f"github.com/cryptomator/android@{CRYPTOMATOR_COMMIT[:12]}:presentation/"
                       f"src/main/res/{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/cryptomator_android/)",
                       f"cryptomator/android:{name}", "keyword_rule_app_strings")


def items():
    yield from cryptomator_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
