#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fourteenth batch of tests/data/real/: the in-app strings of Tella
for Android, the documentation app for activists (Horizontal-org/Tella-Android, MIT), about
passwords, PINs, unlocking and locking, camouflage, encryption, backup and restore, servers,
accounts and log-in, in English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates210.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates210.py assemble     # write the jsonl files

Source: github.com/Horizontal-org/Tella-Android at TELLA_COMMIT (2026-04-23, the stored head of
its default branch `main`, reached with `fetch`). Licence: MIT (LICENSE at the same commit,
copied there); not copyleft. The Android string catalogues of the app's modules, copied verbatim
to scripts/real_corpus/raw/tella/<module>/<folder>/<file> (see SOURCE.md there):
mobile/src/main/res/values{,-es,-zh-rCN}/{strings,lock_strings,vault_strings}.xml,
tella-locking-ui/src/main/res/values{,-es}/strings.xml, shared-ui/src/main/res/values{,-es}/
strings.xml and pdfviewer/src/main/res/values/strings.xml (English only). The modules are merged
per language folder as Android's resource merger does: the app module `mobile` first (its three
files in that order), then the libraries tella-locking-ui, shared-ui, pdfviewer; a string name
already seen keeps its first text (the app overrides a library's string of the same name).

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the merged English catalogue with a text of at least four words (white-space
separated) matching, case-insensitively, TELLA_SELECT_RE: the common keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by lock, unlock, camouflage,
encrypt, server and account (plain substrings, so "lock" also matches "block", "clock",
"unlocked"). The string is taken in every language folder that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language; the first in catalogue order keeps the text. Android
escapes (\\', \\", \\n) are undone and enclosing quotes dropped; markup is dropped and white space
runs collapse to one space, as Android shows them (android_plurals with html=True); format
placeholders (%1$s, %d) are kept as the app writes them. A plural gives one text per quantity.
`<string-array>`s are not taken. Cut at 500 characters.

Split: the unit is the string name (`Horizontal-org/Tella-Android:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates210.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates210.tsv")
RAW = os.path.join(HERE, "raw", "tella")
TELLA_COMMIT = "e157b6d397e8bc8a6c6ce22dd41974f2a58ac854"
# Modules in Android's merge order (the app first), each with its catalogue files in order.
MODULES = [("mobile", ["strings.xml", "lock_strings.xml", "vault_strings.xml"]),
           ("tella-locking-ui", ["strings.xml"]), ("shared-ui", ["strings.xml"]),
           ("pdfviewer", ["strings.xml"])]
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN")]
TELLA_SELECT_RE = re.compile(SELECT_RE.pattern + r"|lock|unlock|camouflage|encrypt|server"
                             r"|account", re.I)


def load(folder):
    """(name -> [(quantity, text)], name -> repository path) of one language folder, merged over
    the modules in MODULES order (a name seen before keeps its first text)."""
    strings, paths = {}, {}
    for module, files in MODULES:
        for file in files:
            local = os.path.join(RAW, module, folder, file)
            if not os.path.exists(local):
                continue
            for name, texts in android_plurals(local, html=True).items():
                if name not in strings:
                    strings[name] = texts
                    paths[name] = f"{module}/src/main/res/{folder}/{file}"
    return strings, paths


def tella_items():
    en, _ = load("values")
    for folder, lang, code in LANGS:
        strings, paths = load(folder)
        seen = set()
        for name, quantity, text in new_plural_entries(strings, en, TELLA_SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"tella-{code}-{name}{q}", lang, text, "tella_android_app",
                       f"github.com/Horizontal-org/Tella-Android@{TELLA_COMMIT[:12]}:"
                       f"{paths[name]} ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/tella/)",
                       f"Horizontal-org/Tella-Android:{name}", "keyword_rule_app_strings")


def items():
    yield from tella_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
