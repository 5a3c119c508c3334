#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninetieth batch of tests/data/real/: the in-app strings of
Windscribe for Android (Windscribe/Android-App, GPL-2.0), a VPN client, about passwords, logging
in, accounts, e-mail, verification, codes, backups and restoring, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates286.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates286.py assemble     # write the jsonl files

Source: github.com/Windscribe/Android-App at WINDSCRIBE_COMMIT (2026-07-20, the stored head,
"Merge branch 'develop' into 'master'"), the Android string catalogues
`base/src/main/res/values/strings.xml` (English), `values-es/strings.xml` (Spanish),
`values-zh/strings.xml` (zh-Hans) and `values-zh-rTW/strings.xml` (zh-Hant), copied verbatim to
scripts/real_corpus/raw/windscribe/values*/ (see SOURCE.md there). Licence GPL-2.0 (LICENSE.md at
the same commit, copied there); copyleft.

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by account,
credential, verify and email (plain substrings, so "accounts", "credentials", "verifying" and
"emails" match too; "e-mail" with a hyphen does not). `<plurals>` and `<string-array>`s are not
read (the catalogue has none). The string is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language; the first in catalogue order keeps the text.
Inner markup is dropped and white space runs collapsed to one space; Android escapes (\\', \\",
\\n) are undone and enclosing quotes dropped; format placeholders (%s, %1$s) are kept as the app
writes them. Cut at 500 characters. The catalogue `openvpn/src/main/res/values/strings.xml` is
not read (it is the bundled OpenVPN library's, English only).

Split: the unit is the string name (`Windscribe/Android-App:<name>`), all languages of one name
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates286.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates286.tsv")
RAW = os.path.join(HERE, "raw", "windscribe")
WINDSCRIBE_COMMIT = "29085c84345d042fc7980e501dd2b9c89224e79b"
RES = "base/src/main/res"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|credential|verify|email", re.I)


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def windscribe_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"windscribe-{code}-{name}", lang, text, "windscribe_android_app",
                       f"github.com/Windscribe/Android-App@{WINDSCRIBE_COMMIT[:12]}:{RES}/{folder}/"
                       f"strings.xml ({name}; copied to scripts/real_corpus/raw/windscribe/)",
                       f"Windscribe/Android-App:{name}", "keyword_rule_app_strings")


def items():
    yield from windscribe_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
