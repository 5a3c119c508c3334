#!/usr/bin/env python3
"""Rebuild the hundred-and-ninth batch of tests/data/real/: the in-app strings of the Muun
wallet for Android (muun/apollo, MIT) about seeds, recovery codes, private keys, passwords, PINs,
backups, restoring, logging in, verification codes and two-factor authentication, in English and
Spanish (the app has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates105.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates105.py assemble     # write the jsonl files

Source: github.com/muun/apollo at APOLLO_COMMIT (2026-03-09), the Android string catalogues
`android/apolloui/src/main/res/values/strings.xml` (English) and `values-es/strings.xml`
(Spanish), copied verbatim to scripts/real_corpus/raw/muun/values{,-es}/ (see SOURCE.md there).

Selection (mechanical): every translatable `<string>` of the English catalogue whose text has at
least four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor), and every `<plurals>` of which one English quantity item does (each quantity item is
a text). The string is taken in every language catalogue that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language; the first in catalogue order keeps the text. White space runs are collapsed
to one space as Android does (the catalogue wraps long strings over indented lines); Android
escapes (\\', \\", \\n, \\@, \\?) are undone and enclosing quotes dropped; markup (`<annotation>`,
`<b>`, and HTML inside CDATA) is flattened to its text; format placeholders (%1$s, %d) are kept
as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`muun/apollo:<name>`), all languages (and plural quantities)
of one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates105.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates105.tsv")
RAW = os.path.join(HERE, "raw", "muun")
APOLLO_COMMIT = "e983980ebf7f81cf235dd83996cc1a81ac1c6ff3"
LANGS = [("values", "en", "en"), ("values-es", "es", "es")]


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def muun_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"muun-{code}-{name}{q}", lang, text, "muun_android_app",
                       f"github.com/muun/apollo@{APOLLO_COMMIT[:12]}:android/apolloui/src/main/"
                       f"res/{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/muun/)",
                       f"muun/apollo:{name}", "keyword_rule_app_strings")


def items():
    yield from muun_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
