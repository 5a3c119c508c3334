#!/usr/bin/env python3
"""Rebuild the hundredth batch of tests/data/real/: the in-app strings of Signal for Android
(signalapp/Signal-Android, AGPL-3.0) about PINs, registration lock, the backup passphrase,
verification codes, passwords, recovery, restoring and logging in, in English, Spanish, zh-Hans
and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates96.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates96.py assemble     # write the jsonl files

Source: Signal for Android 6.23.1 (canonicalVersionName in app/build.gradle), as held by
github.com/jtof-dev/signal-android at SIGNAL_COMMIT (2024-10-04). signalapp/Signal-Android itself
is over the fetch size limit (2.7 GB); jtof-dev/signal-android is a copy of its tree imported in one
commit (5a1886e, 2023-06-19, "migrate to new repo to shrink .git") whose later commits do not touch
any strings.xml (the blobs at SIGNAL_COMMIT equal those of 5a1886e). Files
app/src/main/res/values/strings.xml, values-es/, values-zh-rCN/ and values-zh-rTW/strings.xml,
copied verbatim to scripts/real_corpus/raw/signal-android/ (see SOURCE.md there). Licence AGPL-3.0
(LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every translatable <string> of the English
strings.xml, and the quantity="other" item of every <plurals>, whose English text has at least
four words (white-space separated) and matches, case-insensitively, SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Text = the element's character data (inner markup dropped), Android escapes (\\' \\" \\n \\@ \\?)
undone; placeholders (%1$s, %d) kept as written. Near-duplicates (digits and white space aside)
collapse within the product and language (the first key in file order keeps the text). Cut at 500
characters.

Split: the unit is the message key (`signalapp/Signal-Android:<key>`, plurals as `<key>#other`),
all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates96.tsv,
assigned by an AI reader reading each text; the scanner played no part.
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
LABELS = os.path.join(HERE, "labels", "labels_templates96.tsv")
RAW = os.path.join(HERE, "raw", "signal-android")
SIGNAL_COMMIT = "f1185e4669387b163020826757b4c3ec933040b8"
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}


def unescape(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), text)


def load(folder):
    """key -> text of the translatable strings and plural `other` items of one strings.xml."""
    root = ET.parse(os.path.join(RAW, f"{folder}-strings.xml")).getroot()
    out = {}
    for el in root:
        if el.get("translatable") == "false":
            continue
        if el.tag == "string":
            out[el.get("name")] = unescape("".join(el.itertext()))
        elif el.tag == "plurals":
            for q in el.findall("item"):
                if q.get("quantity") == "other":
                    out[el.get("name") + "#other"] = unescape("".join(q.itertext()))
    return out


def signal_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        strings = load(folder)
        for key, text in new_texts(strings, keys, en if folder != "values" else None):
            yield item(f"signal-{lang}-{key}", lang, text, "signal_android_app",
                       f"github.com/jtof-dev/signal-android@{SIGNAL_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({key}; Signal-Android 6.23.1; copied to "
                       f"scripts/real_corpus/raw/signal-android/)",
                       f"signalapp/Signal-Android:{key}", "keyword_rule_app_strings")


def items():
    yield from signal_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
