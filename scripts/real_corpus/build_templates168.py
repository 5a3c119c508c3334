#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-second batch of tests/data/real/: the in-app strings of
NocoDB's web interface (nocodb/nocodb, AGPL-3.0 at the commit used) about passwords, sign-in,
tokens, API keys, credentials, secrets, backups and restoring, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates168.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates168.py assemble     # write the jsonl files

Source: github.com/nocodb/nocodb at NOCODB_COMMIT (2024-07-24, merge of PR #9050; LICENSE at that
commit: GNU AGPL-3.0, package.json "AGPL-3.0-or-later"), packages/nc-gui/lang/en.json, es.json,
zh-Hans.json, zh-Hant.json, copied verbatim to scripts/real_corpus/raw/nocodb/ (see SOURCE.md
there). The upstream repository is over the fetch size limit and NocoDB's later LICENSE.md is not a
redistribution licence; the commit was read from the fork github.com/zsnmwy/nocodb, whose head
adds one fork commit on top of this upstream commit (the four catalogues are those of upstream).

Selection (mechanical): every leaf key (dotted path of the nested catalogue) of en.json whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or the brief's additions token, api key, credential, secret, unlock (SELECT_RE
below). The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language. Placeholders `{name}` are kept as written. Cut at 500 characters.

Split: the unit is the message key (`nocodb/nocodb:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates168.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import app_strings
from app_strings import catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates168.tsv")
RAW = os.path.join(HERE, "raw", "nocodb")
NOCODB_COMMIT = "6b77d012ab759e664246b50afcc12a9ad2a2dc8a"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(app_strings.SELECT_RE.pattern + r"|token|api key|credential|secret|unlock",
                       re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def nocodb_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"nocodb-{code}-{key}", lang, text, "nocodb_app",
                   f"github.com/nocodb/nocodb@{NOCODB_COMMIT[:12]}:packages/nc-gui/lang/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/nocodb/)",
                   f"nocodb/nocodb:{key}", "keyword_rule_app_strings")


def items():
    yield from nocodb_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
