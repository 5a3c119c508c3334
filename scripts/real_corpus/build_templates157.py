#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-first batch of tests/data/real/: the sign-in, password,
verification-code, phone-number and account messages of FirebaseUI for iOS (firebase/FirebaseUI-iOS,
Apache-2.0), the drop-in sign-in UI library's own strings, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates157.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates157.py assemble     # write the jsonl files

Source: github.com/firebase/FirebaseUI-iOS at FUI_COMMIT (2025-11-12), the last commit that holds
the .strings catalogues of the Auth components (the next commit, 048c17d5fc "chore: clean up old
FirebaseAuth code", deleted them; the stored head ffe814f27cfe has only the SwiftUI rewrite's
Localizable.xcstrings). Files <Table>/Sources/Strings/{en,es,zh-Hans,zh-Hant}.lproj/<Table>.strings
of the tables in TABLES (FirebaseAnonymousAuthUI has en only), copied verbatim to
scripts/real_corpus/raw/firebaseui_ios/<Table>/<code>.lproj/ (see SOURCE.md there).

Selection (mechanical): every key of an English table whose text has at least four words (white-
space separated) and matches, case-insensitively, SELECT_RE (the app-strings keyword rule: seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor; plus account, verif,
confirm, code, phone number). Tables in TABLES order, keys in catalogue order. A key whose English
text equals (ends' white space aside) an English text of the corpus's FirebaseUI for Android batch
(tests/data/real/{dev,heldout}_firebaseui_android_app.jsonl) is left out in every language; any
other text equal to a text of that batch in the same language is skipped too. The key's text is
taken in every language of the table; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within a language over all tables
(the first in order keeps its text). .strings escapes are decoded (\\n, \\", \\\\); `%@`
placeholders are kept as the library writes them. Cut at 500 characters.

Split: the unit is the table-qualified key (`firebase/FirebaseUI-iOS:<Table>.<key>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates157.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, norm
from build_templates import item
from build_templates113 import parse_strings
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates157.tsv")
RAW = os.path.join(HERE, "raw", "firebaseui_ios")
FUI_COMMIT = "793194cf3e815006e1f1730f28235e56a6c43a51"
TABLES = ["FirebaseAuthUI", "FirebasePhoneAuthUI", "FirebaseGoogleAuthUI", "FirebaseFacebookAuthUI",
          "FirebaseAnonymousAuthUI"]
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|verif|confirm|code|phone number", re.I)
ANDROID = [os.path.join(OUT_DIR, f"{split}_firebaseui_android_app.jsonl")
           for split in ("dev", "heldout")]


def load(table, code):
    """key -> text of <table>'s catalogue in language `code`, or {} when the table lacks it."""
    path = os.path.join(RAW, table, f"{code}.lproj", f"{table}.strings")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return parse_strings(f.read())


def android_texts():
    """lang -> set of the (stripped) texts of the FirebaseUI for Android batch."""
    out = {}
    for path in ANDROID:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out.setdefault(r["lang"], set()).add(r["text"].strip())
    return out


def selected_keys(android):
    """(table, key) of the English keys the rule takes, minus those already in the Android batch."""
    keys = []
    for table in TABLES:
        for key, text in load(table, "en").items():
            if len(text.split()) < 4 or not SELECT_RE.search(text):
                continue
            if text.strip() in android.get("en", set()):
                continue
            keys.append((table, key))
    return keys


def fui_items():
    android = android_texts()
    keys = selected_keys(android)
    for code, lang in LANGS:
        seen = set()
        for table, key in keys:
            text = load(table, code).get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == load(table, "en")[key].strip():
                continue
            if text.strip() in android.get(lang, set()):
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"fuiios-{code}-{table}.{key}", lang, text, "firebaseui_ios_app",
                       f"github.com/firebase/FirebaseUI-iOS@{FUI_COMMIT[:12]}:{table}/Sources/Strings/"
                       f"{code}.lproj/{table}.strings ({key}; copied to "
                       f"scripts/real_corpus/raw/firebaseui_ios/)",
                       f"firebase/FirebaseUI-iOS:{table}.{key}", "keyword_rule_app_strings")


def items():
    yield from fui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
