#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-fifth batch of tests/data/real/: the in-app strings of
FairEmail, the Android e-mail client (M66B/FairEmail, GPL-3.0), about passwords, private keys,
PINs, backups, restoring, logging in and two-factor authentication, in English, Spanish, zh-Hans
and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates131.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates131.py assemble     # write the jsonl files

Source: github.com/M66B/FairEmail at FAIREMAIL_COMMIT (2026-08-22), the Android string
catalogues `app/src/main/res/values/strings.xml` (English), `values-es-rES/strings.xml`
(Spanish), `values-zh-rCN/strings.xml` (zh-Hans) and `values-zh-rTW/strings.xml` (zh-Hant),
copied verbatim to scripts/real_corpus/raw/fairemail/values*/ (see SOURCE.md there). Licence
GPL-3.0 (LICENSE at the same commit, copied there): copyleft.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor), and every `<plurals>` of which one English quantity
item does (each quantity item is a text). This full rule gives 21 English strings (83 texts over
the four languages), far below the batch's cap of ~450, so it was not narrowed. The string is
taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language; the first in catalogue order keeps the text. White space runs are collapsed to one
space as Android does; Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped;
format placeholders (%1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`M66B/FairEmail:<name>`), all languages (and plural
quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates131.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates131.tsv")
RAW = os.path.join(HERE, "raw", "fairemail")
FAIREMAIL_COMMIT = "e23dd9df8002bc43e64594843ce69b52b9ad15e1"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def fairemail_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"fairemail-{code}-{name}{q}", lang, text, "fairemail_android_app",
                       f"github.com/M66B/FairEmail@{FAIREMAIL_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/fairemail/)",
                       f"M66B/FairEmail:{name}", "keyword_rule_app_strings")


def items():
    yield from fairemail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
