#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eleventh batch of tests/data/real/: the in-app strings of Proton
Drive for Android (ProtonDriveApps/android-drive, GPL-3.0) about passwords, PINs, passphrases,
recovery, backups, restoring, logging in, verification codes and two-factor authentication, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates207.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates207.py assemble     # write the jsonl files

Source: github.com/ProtonDriveApps/android-drive at DRIVE_COMMIT (2025-10-29, release 2.29.0,
the head of the stored snapshot), the app's string catalogues
`drive/i18n/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/*.xml` (27 files a language: albums,
app, app_lock, backup, …, whats_new), copied verbatim, at the same paths, under
scripts/real_corpus/raw/proton_drive/ (see SOURCE.md). The batch was to be Signal for iOS; that
repository and its forks are over the fetch size limit and the index holds its catalogues only at
old, mismatched commits, so the brief's fallback was taken.

Selection (mechanical): every translatable `<string>` of an English catalogue (values/) whose
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE of app_strings (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), and every `<plurals>` of which one English quantity item does
(each quantity item is a text). The string is taken in the same-named catalogue of every
language that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language; the
first in file order (sorted file names), then catalogue order, keeps the text. Android escapes
(\\', \\", \\n) are undone and enclosing quotes dropped; markup is flattened to its text; format
placeholders (%1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`ProtonDriveApps/android-drive:<name>`), all languages (and
plural quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates207.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates207.tsv")
RAW = os.path.join(HERE, "raw", "proton_drive")
DRIVE_COMMIT = "4e93d25c818c2bb487d67c47ead9f1f84d65019e"
RES = "drive/i18n/src/main/res"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]


def files():
    """The catalogue file names of the English folder, sorted."""
    return sorted(f for f in os.listdir(os.path.join(RAW, RES, "values")) if f.endswith(".xml"))


def load(folder, name):
    """name -> [(quantity or None, text)] of one catalogue, in catalogue order."""
    path = os.path.join(RAW, RES, folder, name)
    return android_plurals(path) if os.path.exists(path) else {}


def drive_items():
    names = files()
    cats = {(f, code): load(folder, f) for f in names for folder, _, code in LANGS}
    for folder, lang, code in LANGS:
        seen = set()
        for f in names:
            en = cats[(f, "en")]
            texts = new_plural_entries(cats[(f, code)], en, SELECT_RE, seen,
                                       english=code == "en")
            for name, quantity, text in texts:
                q = f"#{quantity}" if quantity else ""
                yield item(f"pdrive-{code}-{name}{q}", lang, text, "protondrive_android_app",
                           f"github.com/ProtonDriveApps/android-drive@{DRIVE_COMMIT[:12]}:{RES}/"
                           f"{folder}/{f} ({name}{q}; copied to "
                           f"scripts/real_corpus/raw/proton_drive/)",
                           f"ProtonDriveApps/android-drive:{name}", "keyword_rule_app_strings")


def items():
    yield from drive_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
