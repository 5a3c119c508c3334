#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fiftieth batch of tests/data/real/: the admin dashboard strings
of Apache ShenYu (apache/shenyu-dashboard, Apache-2.0) about passwords, log-in, secrets, keys and
accounts, in English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates446.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates446.py assemble     # write the jsonl files

Source: github.com/apache/shenyu-dashboard at SHENYU_COMMIT (head of 2026-04-26; locale files
last changed 2026-01-30), src/locales/en-US.json and zh-CN.json (flat JSON catalogues), copied
verbatim to scripts/real_corpus/raw/shenyu/ (see SOURCE.md there). Licence: Apache-2.0 (LICENSE
at the same commit). The product has no Spanish or zh-Hant catalogue.

Selection (mechanical, fixed before any text was read): every key of en-US.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE: the shared keyword rule of app_strings.py (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked,
by secret, key(s) and account. The key's text is taken in zh-CN.json too; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the language. Placeholders are kept as written. Cut at 500 characters.

Split: the unit is the message key (`apache/shenyu-dashboard:<key>`), both languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates446.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates446.tsv")
RAW = os.path.join(HERE, "raw", "shenyu")
SHENYU_COMMIT = "11d2715673596e1d1404cb8f7acc6feb197b7f17"
LANGS = [("en-US", "en"), ("zh-CN", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|secret|\bkeys?\b|account", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def shenyu_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"shenyu-{code}-{key}", lang, text, "shenyu_dashboard",
                   f"github.com/apache/shenyu-dashboard@{SHENYU_COMMIT[:12]}:src/locales/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/shenyu/)",
                   f"apache/shenyu-dashboard:{key}", "keyword_rule_app_strings")


def items():
    yield from shenyu_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
