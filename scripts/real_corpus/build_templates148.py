#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-second batch of tests/data/real/: the in-app strings of Google
Authenticator for Android (google/google-authenticator-android, Apache-2.0) about keys, codes,
accounts, verification, confirmation, passwords, PINs, sign-in, backup and two-factor
authentication, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates148.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates148.py assemble     # write the jsonl files

Source: github.com/google/google-authenticator-android at GA_COMMIT (2020-06-09, the stored
head), the Android string catalogues strings.xml,
enroll2sv_strings.xml and timesync_strings.xml of
java/com/google/android/apps/authenticator/res/values{,-es,-zh-rCN,-zh-rTW}/ (zh-rCN is
Simplified, zh-rTW Traditional Chinese), copied verbatim to
scripts/real_corpus/raw/google_authenticator_android/<folder>/ (see SOURCE.md there). Licence:
Apache-2.0 (LICENSE at the same commit).

Selection (mechanical): every translatable `<string>` of the three English catalogues (values/;
the catalogues hold no `<plurals>` and no name occurs in two of them) with a text of at least four
words (white-space separated) matching, case-insensitively, GA_SELECT_RE: the common keyword rule
of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by account, verif, confirm, code
and key. The string is taken in every language folder that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language; the first in catalogue order (strings.xml, enroll2sv_strings.xml,
timesync_strings.xml) keeps the text. Android escapes (\\', \\", \\n) are undone and enclosing
quotes dropped; HTML markup (in CDATA in English, escaped in the translations: <b>, <i>, <br/>,
<p>, <ul>, <li>) is dropped and the xliff:g markup flattened to its text, so format placeholders
(%1$s) are kept as the app writes them; runs of white space collapse to one space, as Android
shows them (android_plurals with html=True). Cut at 500 characters.

Split: the unit is the string name (`google/google-authenticator-android:<name>`), all languages
of one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates148.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates148.tsv")
RAW = os.path.join(HERE, "raw", "google_authenticator_android")
GA_COMMIT = "6f65e99fcbc9bbefdc3317c008345db595052a2b"
RES = "java/com/google/android/apps/authenticator/res"
FILES = ["strings.xml", "enroll2sv_strings.xml", "timesync_strings.xml"]
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
GA_SELECT_RE = re.compile(SELECT_RE.pattern + r"|account|verif|confirm|code|key", re.I)


def load(folder):
    """name -> (file, [(None, text)]) of a folder's three catalogues' translatable strings, in
    file and catalogue order."""
    out = {}
    for fname in FILES:
        for name, texts in android_plurals(os.path.join(RAW, folder, fname), html=True).items():
            assert name not in out, (folder, name)
            out[name] = (fname, texts)
    return out


def ga_items():
    en_full = load("values")
    en = {name: texts for name, (_, texts) in en_full.items()}
    for folder, lang, code in LANGS:
        full = load(folder)
        strings = {name: texts for name, (_, texts) in full.items()}
        seen = set()
        for name, quantity, text in new_plural_entries(strings, en, GA_SELECT_RE, seen,
                                                       english=code == "en"):
            fname = full[name][0]
            yield item(f"gauth-{code}-{name}", lang, text, "google_authenticator_android_app",
                       f"github.com/google/google-authenticator-android@{GA_COMMIT[:12]}:{RES}/"
                       f"{folder}/{fname} ({name}; copied to "
                       f"scripts/real_corpus/raw/google_authenticator_android/)",
                       f"google/google-authenticator-android:{name}", "keyword_rule_app_strings")


def items():
    yield from ga_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
