#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-fifth batch of tests/data/real/: the in-app strings of
Teable, the no-code database (teableio/teable), about passwords, log-in/sign-in, verification
codes, API tokens, accounts, invitations and access, in English and Chinese (zh-Hans).

Usage:
    python3 scripts/real_corpus/build_templates271.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates271.py assemble     # write the jsonl files

Source: github.com/teableio/teable at TEABLE_COMMIT (head of the stored snapshot, 2024-10-24),
the i18next catalogues packages/common-i18n/src/locales/{en,zh}/<namespace>.json (14 namespaces
per language), copied verbatim to scripts/real_corpus/raw/teable/{en,zh}/ (see SOURCE.md
there). Licence: MIT (packages/common-i18n/LICENSE, copied as raw/teable/LICENSE; the root
LICENSE puts everything under packages/ under MIT and the apps under AGPL-3.0). The catalogue
at this commit has no Spanish and no zh-Hant locale (only en, fr, ja, ru, zh).

Selection (mechanical, fixed before any text was read): every key of the English catalogues
whose text is a string of at least four words (white-space separated) matching,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus this batch's `api token|token|account|invite|
access`. Keys are `<namespace>.<dotted JSON path>`; namespaces are read in file-name order. The
key's text is taken in English and Chinese; a translation equal to the English is skipped;
near-duplicates (digits and white space aside) collapse within a language, over all namespaces
(the first key in that order keeps the text). i18next placeholders `{{name}}` are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`teableio/teable:<key>`), both languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates271.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates271.tsv")
RAW = os.path.join(HERE, "raw", "teable")
TEABLE_COMMIT = "c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6"
LOCALES = "packages/common-i18n/src/locales"
LANGS = [("en", "en"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|api token|token|account|invite|access", re.I)


def load(code):
    """{<namespace>.<dotted key>: leaf} over the language's namespace files, in name order."""
    out = {}
    folder = os.path.join(RAW, code)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        ns = name[: -len(".json")]
        for key, value in load_json(os.path.join(folder, name), flat=True).items():
            out[f"{ns}.{key}"] = value
    return out


def teable_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        ns, path = key.split(".", 1)
        yield item(f"teable-{code}-{key}", lang, text, "teable_app",
                   f"github.com/teableio/teable@{TEABLE_COMMIT[:12]}:{LOCALES}/{code}/{ns}.json "
                   f"({path}; copied to scripts/real_corpus/raw/teable/)",
                   f"teableio/teable:{key}", "keyword_rule_app_strings")


def items():
    yield from teable_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
