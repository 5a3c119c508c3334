#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-fifth batch of tests/data/real/: the in-app strings of
LessPass, the stateless password manager (lesspass/lesspass; repository LICENSE GPL-3.0, the
lesspass-i18n package's manifest says AGPL-3.0-only: copyleft either way), about the master
password, passwords, sites, logins, password profiles, signing in and the fingerprint, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates231.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates231.py assemble     # write the jsonl files

Source: github.com/lesspass/lesspass at LESSPASS_COMMIT (head of 2026-07-23),
packages/lesspass-i18n/src/locales/{en,es,zh-CN,zh-TW}/translation.json (the i18next catalogues
shared by the mobile app and the web component/extension; packages/lesspass-web-component/
public/locales/ holds byte-identical copies), copied verbatim to
scripts/real_corpus/raw/lesspass/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): every key of the flattened English
catalogue (nested keys joined with dots) whose English text has at least four words (white-space
separated) and matches, case-insensitively, the standard keyword rule (app_strings.SELECT_RE:
seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the
product's extra words `master password|site|login|profile|fingerprint`. The key's text is taken
in every language file that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the language.
Placeholders `{{name}}` are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`lesspass/lesspass:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates231.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates231.tsv")
RAW = os.path.join(HERE, "raw", "lesspass")
LESSPASS_COMMIT = "60fcbeaf5477ee58c02b7ff038abf0e7d4fa2162"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
EXTRA_RE = re.compile(r"master password|site|login|profile|fingerprint", re.I)
SELECT_RE = re.compile(f"{STANDARD_RE.pattern}|{EXTRA_RE.pattern}", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def lesspass_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"lesspass-{code}-{key}", lang, text, "lesspass_app",
                   f"github.com/lesspass/lesspass@{LESSPASS_COMMIT[:12]}:packages/lesspass-i18n/"
                   f"src/locales/{code}/translation.json ({key}; copied to "
                   f"scripts/real_corpus/raw/lesspass/)",
                   f"lesspass/lesspass:{key}", "keyword_rule_app_strings")


def items():
    yield from lesspass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
