#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-sixth batch of tests/data/real/: the in-app strings of the
WireGuard app for Android (WireGuard/wireguard-android, Apache-2.0) about private, public and
preshared keys, tunnels, passwords, PINs, biometric authentication, backup, restore and log-in,
in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates192.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates192.py assemble     # write the jsonl files

Source: github.com/WireGuard/wireguard-android at WG_COMMIT (master of 2026-03-17, the stored
head), the Android string catalogues
ui/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/strings.xml (the app has no plain values-es
folder: values-es-rES is its Spanish; zh-rCN is Simplified, zh-rTW Traditional Chinese), copied
verbatim to scripts/real_corpus/raw/wireguard_android/<folder>/strings.xml (see SOURCE.md
there). Licence: Apache-2.0 (COPYING at the same commit).

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue (values/strings.xml) with a text of at least four words
(white-space separated) matching, case-insensitively, WG_SELECT_RE: the common keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by private key, public key,
preshared, key (as a word end), tunnel, biometric and authenticat. The string is taken in every
language folder that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and
language; the first in catalogue order keeps the text. Android escapes (\\', \\", \\n, \\uXXXX)
are undone and enclosing quotes dropped; markup is dropped and white space runs collapse to one
space, as Android shows them (android_plurals with html=True); format placeholders (%1$s, %d)
are kept as the app writes them. A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`WireGuard/wireguard-android:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates192.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import io
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates192.tsv")
RAW = os.path.join(HERE, "raw", "wireguard_android")
WG_COMMIT = "e7b3a3c118836e112620b1302a8ba1873ad4daac"
RES = "ui/src/main/res"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
WG_SELECT_RE = re.compile(SELECT_RE.pattern + r"|private key|public key|preshared|key\b|tunnel"
                          r"|biometric|authenticat", re.I)


def load(folder):
    """name -> [(quantity, text)] of a folder's strings.xml (android_plurals, html=True), with
    each Android unicode escape \\uXXXX first turned into a backslash and its character, so that
    android_plurals' escape rule yields the character (the zh-rCN catalogue writes spaces as
    \\u0020) instead of the bare letters `u0020`."""
    with open(os.path.join(RAW, folder, "strings.xml"), encoding="utf-8") as f:
        xml = f.read()

    def esc(m):
        c = chr(int(m.group(1), 16))
        assert c not in "<>&\"'", m.group(0)
        return "\\" + c
    return android_plurals(io.StringIO(re.sub(r"\\u([0-9a-fA-F]{4})", esc, xml)), html=True)


def wireguard_items():
    en = load("values")
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, WG_SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"wireguard-{code}-{name}{q}", lang, text, "wireguard_android_app",
                       f"github.com/WireGuard/wireguard-android@{WG_COMMIT[:12]}:{RES}/{folder}/"
                       f"strings.xml ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/wireguard_android/)",
                       f"WireGuard/wireguard-android:{name}", "keyword_rule_app_strings")


def items():
    yield from wireguard_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
