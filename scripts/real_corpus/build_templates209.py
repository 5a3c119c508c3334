#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirteenth batch of tests/data/real/: the in-app messages of
Linphone for Android (BelledonneCommunications/linphone-android, GPL-3.0) about passwords,
passcodes, PINs, recovery, backups, restoring, logging in, verification and one-time codes,
SIP accounts, authentication, credentials and user names, in English, Spanish and zh-Hans (the
app has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates209.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates209.py assemble     # write the jsonl files

Source: github.com/BelledonneCommunications/linphone-android at LINPHONE_COMMIT (2026-07-02, the
head of the stored snapshot), app/src/main/res/{values,values-es,values-zh-rCN}/strings.xml,
copied verbatim to scripts/real_corpus/raw/linphone_android/ (see SOURCE.md there).

Selection (mechanical): every translatable <string> or <plurals> of the English catalogue with a
text of at least four words (white-space separated) matching, case-insensitively, SELECT_RE: the
common keyword rule of app_strings (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened for a SIP softphone with account, sip, authenticat,
credential and username. The entry's text is taken in every language catalogue that holds it
(each <item> of a <plurals> is one text); an empty text and a translation equal to the English
text (untranslated) are skipped. Near-duplicates (digits and white space aside) collapse within
the language. HTML tags inside a text are dropped and white space runs collapsed; enclosing
double quotes are removed and backslash escapes resolved; format placeholders (%s, %1$s, %d) are
kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the string's name (`BelledonneCommunications/linphone-android:<name>`), all
languages (and plural quantities) of one name on one side; held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates209.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates209.tsv")
RAW = os.path.join(HERE, "raw", "linphone_android")
LINPHONE_COMMIT = "31ae70795ee7f80a0c96a1d6e17a497a8907c722"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|sip|authenticat|credential|username",
                       re.I)


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def linphone_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"linphone-android-{code}-{name}{q}", lang, text, "linphone_android_app",
                       f"github.com/BelledonneCommunications/linphone-android@"
                       f"{LINPHONE_COMMIT[:12]}:app/src/main/res/{folder}/strings.xml ({name}{q}; "
                       f"copied to scripts/real_corpus/raw/linphone_android/)",
                       f"BelledonneCommunications/linphone-android:{name}",
                       "keyword_rule_app_strings")


def items():
    yield from linphone_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
