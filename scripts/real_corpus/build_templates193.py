#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-seventh batch of tests/data/real/: the in-app strings of Proton
VPN for Android (ProtonVPN/android-app, GPL-3.0) about passwords, PINs, log-in/sign-in, accounts,
credentials, verification, captchas, subscriptions, backup and restore, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates193.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates193.py assemble     # write the jsonl files

Source: github.com/ProtonVPN/android-app at PROTONVPN_COMMIT (2026-07-23, the stored head, reached
with `fetch`), the Android string catalogues app/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/
strings.xml (there is no values-es folder, so Spanish is values-es-rES; zh-rCN is Simplified,
zh-rTW Traditional Chinese), copied verbatim to scripts/real_corpus/raw/protonvpn_android/<folder>/
strings.xml (see SOURCE.md there). The only other module with strings, release_tests, holds just
its app name. Licence: GPL-3.0 (LICENSE at the same commit), copyleft.

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue (values/strings.xml) with a text of at least four words
(white-space separated) matching, case-insensitively, PROTONVPN_SELECT_RE: the common keyword rule
of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by account, credential,
verification, captcha and subscription. The string is taken in every language folder that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language; the first in catalogue order keeps
the text. Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped; markup (the
HTML of CDATA strings) is dropped and white space runs collapse to one space, as Android shows
them (android_plurals with html=True); format placeholders (%1$s, %d) are kept as the app writes
them. A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`ProtonVPN/android-app:<name>`), all languages and quantities
of one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates193.tsv, assigned by an AI reader
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
LABELS = os.path.join(HERE, "labels", "labels_templates193.tsv")
RAW = os.path.join(HERE, "raw", "protonvpn_android")
PROTONVPN_COMMIT = "769cbdd30030002a27b5042a6861760a1ad71b52"
RES = "app/src/main/res"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
PROTONVPN_SELECT_RE = re.compile(SELECT_RE.pattern
                                 + r"|account|credential|verification|captcha|subscription", re.I)


def load(folder):
    """name -> [(quantity, text)] of a folder's strings.xml (android_plurals, html=True)."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def protonvpn_items():
    en = load("values")
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, PROTONVPN_SELECT_RE,
                                                       seen, english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"protonvpn-{code}-{name}{q}", lang, text, "protonvpn_android_app",
                       f"github.com/ProtonVPN/android-app@{PROTONVPN_COMMIT[:12]}:{RES}/{folder}/"
                       f"strings.xml ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/protonvpn_android/)",
                       f"ProtonVPN/android-app:{name}", "keyword_rule_app_strings")


def items():
    yield from protonvpn_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
