#!/usr/bin/env python3
"""Rebuild the hundred-and-eleventh batch of tests/data/real/: the in-app strings of AlphaWallet
for Android (AlphaWallet/alpha-wallet-android, MIT) about seed/recovery phrases, mnemonics,
private keys, passwords, passcodes, PINs, passphrases, backups, restoring, logging in,
verification codes and two-factor authentication, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates107.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates107.py assemble     # write the jsonl files

Source: github.com/AlphaWallet/alpha-wallet-android at AW_COMMIT (2025-04-05, tagged release
3.88), the Android string catalogues app/src/main/res/values{,-es,-zh}/strings.xml (values-zh
is Simplified Chinese; the app has no Traditional Chinese catalogue), copied verbatim to
scripts/real_corpus/raw/alphawallet/<folder>/strings.xml (see SOURCE.md there).

Selection (mechanical): every translatable `<string>` of the English catalogue (values/) whose
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). (The catalogue has no `<plurals>`; its `<string-array>`s are filter labels.)
The string is taken in every language catalogue that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language; the first in catalogue order keeps the text. Android escapes (\\', \\",
\\n, \\@, \\?) are undone and enclosing quotes dropped; markup is flattened to its text; format
placeholders (%1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`AlphaWallet/alpha-wallet-android:<name>`), all languages of
one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates107.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates107.tsv")
RAW = os.path.join(HERE, "raw", "alphawallet")
AW_COMMIT = "c873a4ac636b3f64c1ca888fcf61020988b520d9"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh", "zh-Hans", "zh")]


def load(folder):
    """name -> text of a catalogue's translatable strings, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"))


def alphawallet_items():
    en = load("values")
    names = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        # android_text strips, so new_texts' comparison is the exact one
        for name, text in new_texts(load(folder), names, None if code == "en" else en):
            yield item(f"alphawallet-{code}-{name}", lang, text, "alphawallet_android_app",
                       f"github.com/AlphaWallet/alpha-wallet-android@{AW_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({name}; copied to scripts/real_corpus/raw/alphawallet/)",
                       f"AlphaWallet/alpha-wallet-android:{name}", "keyword_rule_app_strings")


def items():
    yield from alphawallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
