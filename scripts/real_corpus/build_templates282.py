#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-sixth batch of tests/data/real/: the in-app strings of
FreeOTP for Android (freeotp/freeotp-android, Apache-2.0), Red Hat's one-time-password
authenticator, about tokens, secrets, one-time codes, QR codes, passwords, PINs, backups,
restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates282.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates282.py assemble     # write the jsonl files

Source: github.com/freeotp/freeotp-android at FREEOTP_COMMIT (2026-02-17, the stored head,
"Bump version to 2.0.6"), the Android string catalogues
`mobile/src/main/res/values/strings.xml` (English), `values-es/strings.xml` (Spanish),
`values-zh-rCN/strings.xml` (zh-Hans) and `values-zh-rTW/strings.xml` (zh-Hant), copied verbatim
to scripts/real_corpus/raw/freeotp/values*/ (see SOURCE.md there). Licence Apache-2.0 (COPYING at
the same commit, copied there).

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by token,
secret, otp, code and qr (backup and restore are already in it). `otp` is a plain substring, so
it also matches the product's name (FreeOTP). The `<string-array>`s are not read (they hold
algorithm names and intervals). The string is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language; the first in catalogue order keeps the text.
Inner markup is dropped and white space runs collapsed to one space; Android escapes (\\', \\",
\\n) are undone and enclosing quotes dropped; format placeholders (%1$s, %2$d) are kept as the
app writes them. Cut at 500 characters. The catalogue `values-zh` (a second Simplified Chinese
file) is not read: the brief names values-zh-rCN for zh-Hans.

Split: the unit is the string name (`freeotp/freeotp-android:<name>`), all languages of one name
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates282.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates282.tsv")
RAW = os.path.join(HERE, "raw", "freeotp")
FREEOTP_COMMIT = "59a6efea10112360b494e0e03650a69ccd20513c"
RES = "mobile/src/main/res"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|token|secret|otp|code|qr", re.I)


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def freeotp_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"freeotp-{code}-{name}", lang, text, "freeotp_android_app",
                       f"github.com/freeotp/freeotp-android@{FREEOTP_COMMIT[:12]}:{RES}/{folder}/"
                       f"strings.xml ({name}; copied to scripts/real_corpus/raw/freeotp/)",
                       f"freeotp/freeotp-android:{name}", "keyword_rule_app_strings")


def items():
    yield from freeotp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
