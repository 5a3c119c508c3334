#!/usr/bin/env python3
"""Rebuild the hundred-and-twelfth batch of tests/data/real/: the in-app strings of the Phoenix
Lightning wallet for Android (ACINQ/phoenix, Apache-2.0) about seed/recovery phrases, keys,
passwords, PINs, passphrases, backups, restoring, logging in, verification codes and two-factor
authentication, in English and Spanish (the product has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates108.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates108.py assemble     # write the jsonl files

Source: github.com/ACINQ/phoenix at PHOENIX_COMMIT (2026-03-20), the Android string catalogues
`phoenix-android/src/main/res/<folder>/{important_strings,strings}.xml` for the folders `values`
(English), `values-es` (Spanish; its strings.xml holds no string, only important_strings.xml is
translated) and `values-b+es+419` (Latin-American Spanish), copied verbatim under
scripts/real_corpus/raw/phoenix/<folder>/ (see SOURCE.md there).

Selection (mechanical): every translatable `<string>` of the English catalogues (values/,
important_strings.xml then strings.xml) whose text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor), and every `<plurals>` of which one
English quantity item does (each quantity item is a text). The string is taken in each language
folder that holds it, in the order values, values-es, values-b+es+419 (both Spanish folders give
`es` texts); a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the language; the first in folder order, then
catalogue order, keeps the text (so a values-b+es+419 text equal to the values-es one is dropped).
Android escapes (\\', \\", \\n, \\@, \\?) are undone and enclosing quotes dropped; markup is
flattened to its text; format placeholders (%1$s, %d) are kept as the app writes them. Cut at 500
characters.

Split: the unit is the string name (`ACINQ/phoenix:<name>`), all languages (and plural quantities)
of one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates108.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, android_text, new_plural_texts, plurals_selected
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates108.tsv")
RAW = os.path.join(HERE, "raw", "phoenix")
PHOENIX_COMMIT = "13c8ddb6e5f0319184e729359f867aa66c675840"
# (folder, lang, id code)
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-b+es+419", "es", "es419")]
FILES = ["important_strings.xml", "strings.xml"]


def load(folder):
    """name -> (file, [(quantity or None, text)]) of a folder's two catalogues, in catalogue
    order (important_strings.xml first; a name already seen keeps its first entry)."""
    out = {}
    for fname in FILES:
        path = os.path.join(RAW, folder, fname)
        if not os.path.exists(path):
            continue
        for e in ET.parse(path).getroot():
            if e.get("translatable") == "false" or e.get("name") in out:
                continue
            if e.tag == "string":
                out[e.get("name")] = (fname, [(None, android_text(e))])
            elif e.tag == "plurals":
                out[e.get("name")] = (fname, [(q.get("quantity"), android_text(q))
                                              for q in e.iter("item")])
    return out


def phoenix_items():
    en = load("values")
    names = [n for n, (_, texts) in en.items() if plurals_selected(texts, SELECT_RE)]
    seen = {}
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen_lang = seen.setdefault(lang, set())
        for name in names:
            if name not in strings:
                continue
            fname, texts = strings[name]
            for quantity, text in new_plural_texts(texts, en[name][1], seen_lang,
                                                   english=code == "en"):
                q = f"#{quantity}" if quantity else ""
                yield item(f"phoenix-{code}-{name}{q}", lang, text, "phoenix_android_app",
                           f"github.com/ACINQ/phoenix@{PHOENIX_COMMIT[:12]}:phoenix-android/src/main/"
                           f"res/{folder}/{fname} ({name}{q}; copied to "
                           f"scripts/real_corpus/raw/phoenix/)",
                           f"ACINQ/phoenix:{name}", "keyword_rule_app_strings")


def items():
    yield from phoenix_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
