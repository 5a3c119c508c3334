#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-fourth batch of tests/data/real/: the in-app messages of the
BRD (breadwallet) Android wallet (breadwallet/breadwallet-android, MIT) about paper keys,
recovery phrases, wallets, PINs, passwords, backups, restoring and logging in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates190.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates190.py assemble     # write the jsonl files

Source: github.com/breadwallet/breadwallet-android at BRD_COMMIT (2021-09-29, the stored head;
the repository was archived after it), app-core/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/
strings.xml, copied verbatim to scripts/real_corpus/raw/brd_android/ as strings_<folder>.xml
(see SOURCE.md there; LICENSE copied beside them).

Selection (mechanical, fixed before any text was read): every translatable top-level <string>
of the English strings.xml whose text (app_strings.android_strings: outer quotes removed,
backslash escapes resolved; CDATA markup kept as written) has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the standard keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus `paper key|wallet|phrase` (BRD calls its recovery phrase a "paper key").
<plurals> and <string-array> are not taken (the catalogues have none). The key's text is taken in
every language catalogue that holds it; a translation equal to the English text (untranslated)
is skipped. Near-duplicates (digits and white space aside) collapse within a language. Format
placeholders (%1$s) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`breadwallet/breadwallet-android:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates190.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates190.tsv")
RAW = os.path.join(HERE, "raw", "brd_android")
BRD_COMMIT = "dfbbfbfc92dae054e47f245e1ce2ac8a39e65e57"
# (res folder, lang, id code)
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
CODES = {"values": "en", "values-es": "es", "values-zh-rCN": "zhs", "values-zh-rTW": "zht"}
SELECT_RE = re.compile(BASE_RE.pattern + r"|paper key|wallet|phrase", re.I)


def load(folder):
    return android_strings(os.path.join(RAW, f"strings_{folder}.xml"))


def brd_items():
    for folder, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="values"):
        yield item(f"brd-android-{CODES[folder]}-{key}", lang, text, "brd_android_app",
                   f"github.com/breadwallet/breadwallet-android@{BRD_COMMIT[:12]}:"
                   f"app-core/src/main/res/{folder}/strings.xml ({key}; copied to "
                   f"scripts/real_corpus/raw/brd_android/)",
                   f"breadwallet/breadwallet-android:{key}", "keyword_rule_app_strings")


def items():
    yield from brd_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
