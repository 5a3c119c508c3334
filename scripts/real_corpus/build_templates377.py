#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-first batch of tests/data/real/: the interface strings of
Invidious, the alternative YouTube front-end (iv-org/invidious, AGPL-3.0), about its accounts,
logging in, passwords, tokens and importing/exporting data, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates377.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates377.py assemble     # write the jsonl files

Source: github.com/iv-org/invidious at INVIDIOUS_COMMIT (2026-08-21), locales/en-US.json, es.json,
zh-CN.json, zh-TW.json, copied verbatim to scripts/real_corpus/raw/invidious/ (see SOURCE.md
there). Licence: AGPL-3.0 (LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every key of en-US.json whose English
text is a string of at least four words (white-space separated) matching, case-insensitively,
SELECT_RE: the shared secret-word rule (app_strings.SELECT_RE: seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened by `token|account|import|export`, the
product's account, token and import/export strings named in the brief (the shared rule alone
takes only 5 English keys: Invidious's strings are short). Plural objects (one key, no keyword)
are not taken. The key's text is taken in every language file that holds it; a translation equal
to the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within a language. Placeholders (`x`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`iv-org/invidious:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`invidious-<file>-<key>` with white space in the key replaced by `_`. Labels come from
scripts/real_corpus/labels/labels_templates377.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates377.tsv")
RAW = os.path.join(HERE, "raw", "invidious")
INVIDIOUS_COMMIT = "eff609d0cdbd3b7ef7114afee9ba8e6eaa30cd8d"
LANGS = [("en-US", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|token|account|import|export", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def invidious_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        slug = re.sub(r"\s+", "_", key)
        yield item(f"invidious-{code}-{slug}", lang, text, "invidious_app",
                   f"github.com/iv-org/invidious@{INVIDIOUS_COMMIT[:12]}:locales/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/invidious/)",
                   f"iv-org/invidious:{key}", "keyword_rule_app_strings")


def items():
    yield from invidious_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
