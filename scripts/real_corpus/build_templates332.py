#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-sixth batch of tests/data/real/: the web UI strings of
Baserow (the open-source edition's web frontend, MIT) about passwords, logging and signing in,
backups, restoring and two-factor codes, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates332.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates332.py assemble     # write the jsonl files

Source: the GitHub mirror github.com/bram2w/baserow at BASEROW_COMMIT (2025-10-08; the
upstream baserow/baserow could not be fetched here), LICENSE at that commit: MIT ("MIT Expat")
for everything outside premium/, enterprise/ and docs/. The vue-i18n catalogues of the web
frontend, web-frontend/locales/<code>.json and web-frontend/modules/<module>/locales/<code>.json
(MODULES; premium/ and enterprise/ catalogues are under Baserow's own licences and left out),
copied verbatim to scripts/real_corpus/raw/baserow/<module>_<code>.json (see SOURCE.md there).
The product has no zh-Hant catalogue; its Chinese file is zh_Hans.json.

Selection (mechanical): every dotted key of an English catalogue whose text has at least four
words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is
taken in every language catalogue of the same module that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language, over the modules in MODULES order. Placeholders `{name}` and vue-i18n link
syntax are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`bram2w/baserow:<module>:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates332.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates332.tsv")
RAW = os.path.join(HERE, "raw", "baserow")
BASEROW_COMMIT = "01c464ff0257f37bd7685c1563a8b8a0ab522897"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans")]
MODULES = ["web-frontend", "core", "builder", "database", "integrations", "automation",
           "dashboard"]


def upstream_path(module, code):
    if module == "web-frontend":
        return f"web-frontend/locales/{code}.json"
    return f"web-frontend/modules/{module}/locales/{code}.json"


def load(module, code):
    """The flat catalogue {dotted key: text} of a module and language ({} when absent)."""
    path = os.path.join(RAW, f"{module}_{code}.json")
    return load_json(path, flat=True) if os.path.exists(path) else {}


def baserow_items():
    for code, lang in LANGS:
        seen = set()
        for module in MODULES:
            en = load(module, "en")
            keys = keyword_keys(en, SELECT_RE)
            strings = load(module, code)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"baserow-{code}-{module}-{key}", lang, text, "baserow_app",
                           f"github.com/bram2w/baserow@{BASEROW_COMMIT[:12]}:"
                           f"{upstream_path(module, code)} ({key}; copied to "
                           f"scripts/real_corpus/raw/baserow/)",
                           f"bram2w/baserow:{module}:{key}", "keyword_rule_app_strings")


def items():
    yield from baserow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
