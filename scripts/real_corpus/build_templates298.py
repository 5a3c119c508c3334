#!/usr/bin/env python3
"""Rebuild the three-hundred-and-second batch of tests/data/real/: the web-UI messages of File
Browser (filebrowser/filebrowser, Apache-2.0) about passwords, log-in, sharing, users, accounts,
permissions and tokens, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates298.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates298.py assemble     # write the jsonl files

Source: github.com/filebrowser/filebrowser at FILEBROWSER_COMMIT (2026-07-28), licence
Apache-2.0 (LICENSE at that commit), frontend/src/i18n/en.json, es.json, zh-cn.json and
zh-tw.json, copied verbatim to scripts/real_corpus/raw/filebrowser/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): each catalogue is read as a flat
catalogue, key = the dotted path (`login.wrongCredentials`), as the app's `$t('<path>')` names
it. Every key whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, as batch 302's
brief asked, by `share|account|user|permission|token` (the catalogues are small: 274 English
keys, 20 selected). The key's text is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language. Placeholders (`{name}`) and markup are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`filebrowser/filebrowser:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates298.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates298.tsv")
RAW = os.path.join(HERE, "raw", "filebrowser")
FILEBROWSER_COMMIT = "833d908884d5c801f30f5c098d7977177eb3a36b"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|share|account|user|permission|token", re.I)


def load(code):
    """One language's catalogue as {dotted path: text}."""
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def filebrowser_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"filebrowser-{code}-{key}", lang, text, "filebrowser_app",
                   f"github.com/filebrowser/filebrowser@{FILEBROWSER_COMMIT[:12]}:frontend/src/"
                   f"i18n/{code}.json ({key}; copied to scripts/real_corpus/raw/filebrowser/)",
                   f"filebrowser/filebrowser:{key}", "keyword_rule_app_strings")


def items():
    yield from filebrowser_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
