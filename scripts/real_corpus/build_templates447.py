#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-first batch of tests/data/real/: the in-app strings of
Habitica's official Android app (HabitRPG/habitica-android, GPL-3.0) about passwords, log-in and
sign-in, accounts, API tokens, e-mail addresses and verification, in English, Spanish, zh-Hans
and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates447.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates447.py assemble     # write the jsonl files

Source: github.com/HabitRPG/habitica-android at HABITICA_ANDROID_COMMIT (2026-08-21, the stored
head), the Android string catalogues `Habitica/res/values/strings.xml` (English),
`values-es/strings.xml` (Spanish), `values-zh/strings.xml` (zh-Hans) and
`values-zh-rTW/strings.xml` (zh-Hant), copied verbatim to
scripts/real_corpus/raw/habitica_android/values*/ (see SOURCE.md there). The brief named the web
repository HabitRPG/habitica (website/common/locales); its snapshot (1.8 GB) is over the fetch
limit, so the same product's Android app, a repository of its own under the same owner, is used.
Licence GPL-3.0 (LICENSE at the same commit, copied there): copyleft, keep
raw/habitica_android/ out of the crate package.

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by account,
token, e-mail/email and verif(y/ication) (the standard rule alone gave 102 texts). The
`<plurals>` are not read. The string is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language; the first in catalogue order keeps the text.
Text is read as app_strings.android_text does (inner markup's text kept, enclosing quotes
dropped, backslash escapes undone); format placeholders (%s, %1$s, %d) are kept as the app
writes them. Cut at 500 characters.

Split: the unit is the string name (`HabitRPG/habitica-android:<name>`), all languages of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates447.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates447.tsv")
RAW = os.path.join(HERE, "raw", "habitica_android")
HABITICA_ANDROID_COMMIT = "56dfaf326cb1908fe7d02a2895a43ba8a5570451"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"),
         ("values-zh", "zh-Hans", "zh"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|token|e-?mail|verif", re.I)


def load(folder):
    return android_strings(os.path.join(RAW, folder, "strings.xml"))


def habitica_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for key, text in new_texts(strings, keys, None if folder == "values" else en):
            yield item(f"habitica-android-{code}-{key}", lang, text, "habitica_android_app",
                       f"github.com/HabitRPG/habitica-android@{HABITICA_ANDROID_COMMIT[:12]}:"
                       f"Habitica/res/{folder}/strings.xml ({key}; copied to "
                       f"scripts/real_corpus/raw/habitica_android/)",
                       f"HabitRPG/habitica-android:{key}", "keyword_rule_app_strings")


def items():
    yield from habitica_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
