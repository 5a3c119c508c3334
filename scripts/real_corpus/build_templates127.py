#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-first batch of tests/data/real/: the in-app strings of
Bitwarden Authenticator for Android (bitwarden/android, authenticator module, GPL-3.0) about passwords,
PINs, backups, restoring, logging in, verification codes and two-factor authentication, in
English, Spanish, zh-Hans and zh-Hant. This is the authenticator app's own catalogue, not the
Bitwarden password manager's.

Usage:
    python3 scripts/real_corpus/build_templates127.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates127.py assemble     # write the jsonl files

Source: github.com/bitwarden/android at BWA_COMMIT (2025-07-30), the last commit holding the
authenticator app's own catalogues (the next, 01570c2555c6 "[PM-24113] Remove Authenticator
strings and translations", deletes them), after the Crowdin pull of 2025-07-18:
authenticator/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/strings.xml, copied verbatim to
scripts/real_corpus/raw/bitwarden_authenticator/ (see SOURCE.md there). The app's archived
repository, github.com/bitwarden/authenticator-android (head 1fa1322827a4, 2025-03-06), holds
older catalogues whose zh-Hant file is untranslated; it was not used.
Licence: GPL-3.0 (LICENSE.txt at the same commit, copied there too).

Selection (mechanical): every <string> of values/strings.xml whose English text has at least
four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2fa,
two-factor). The key's text is taken in every language file that holds it; a translation equal
to the English text (untranslated) is skipped. Android escapes are undone (\\' \\" \\n \\@ \\?),
XML entities by the parser; `%1$s`-style placeholders are kept as written. Near-duplicates
(digits and white space aside) collapse within the language. Cut at 500 characters.

Split: the unit is the message key (`bitwarden/android:authenticator:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates127.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates127.tsv")
RAW = os.path.join(HERE, "raw", "bitwarden_authenticator")
BWA_COMMIT = "4a3db4fea7aa848f290c1d810b45800027b5ec09"
LANGS = [("values", "en"), ("values-es-rES", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
UNESCAPE = {"'": "'", '"': '"', "n": "\n", "@": "@", "?": "?", "\\": "\\"}


def android_text(text):
    text = re.sub(r"\\(.)", lambda m: UNESCAPE.get(m.group(1), m.group(0)), text)
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text


def load(folder):
    root = ET.parse(os.path.join(RAW, f"{folder}.strings.xml")).getroot()
    return {e.get("name"): android_text("".join(e.itertext()))
            for e in root.iter("string") if e.get("translatable") != "false"}


def bwa_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        strings = load(folder)
        for key, text in new_texts(strings, keys, en if lang != "en" else None):
            yield item(f"bwauth-{lang}-{key}", lang, text, "bitwarden_authenticator_app",
                       f"github.com/bitwarden/android@{BWA_COMMIT[:12]}:"
                       f"authenticator/src/main/res/{folder}/strings.xml ({key}; copied to "
                       f"scripts/real_corpus/raw/bitwarden_authenticator/)",
                       f"bitwarden/android:authenticator:{key}", "keyword_rule_app_strings")


def items():
    yield from bwa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
