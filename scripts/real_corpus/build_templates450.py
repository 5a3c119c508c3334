#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-fourth batch of tests/data/real/: the in-app strings of
Super Productivity (johannesjo/super-productivity, MIT) about passwords, tokens, logins,
encryption, accounts, backups and restoring (sync over WebDAV/Dropbox, the encryption password,
Jira/GitLab/GitHub and other issue-provider tokens), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates450.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates450.py assemble     # write the jsonl files

Source: github.com/johannesjo/super-productivity at SP_COMMIT (2026-01-03), LICENSE (MIT) at
the same commit; src/assets/i18n/en.json, es.json, zh.json, zh-tw.json copied verbatim to
scripts/real_corpus/raw/super_productivity/ (see SOURCE.md there).

Selection (mechanical): the catalogues are nested JSON, flattened to dotted keys. Every key of
en.json whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the common app-string rule (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch brief asks for this
product's token/encryption/account strings, by token, encrypt, account, credential,
authoris/authoriz, authenticat, api key, secret. The common rule alone gave 115 texts, the
widened one 156, so nothing was narrowed. The key's text is taken in every language file that
holds it; a translation equal to the English text is skipped. Near-duplicates (digits and white
space aside) collapse within the product and language. Placeholders (`{{name}}`) and inline
HTML are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`johannesjo/super-productivity:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates450.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as COMMON_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates450.tsv")
RAW = os.path.join(HERE, "raw", "super_productivity")
SP_COMMIT = "eca5fc930f6706678ea381eaaf03c6d93b36a1a8"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|token|encrypt|account|credential|authori[sz]"
                       r"|authenticat|api key|secret", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def sp_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"superprod-{code}-{key}", lang, text, "super_productivity_app",
                   f"github.com/johannesjo/super-productivity@{SP_COMMIT[:12]}:"
                   f"src/assets/i18n/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/super_productivity/)",
                   f"johannesjo/super-productivity:{key}", "keyword_rule_app_strings")


def items():
    yield from sp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
