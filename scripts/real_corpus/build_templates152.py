#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-sixth batch of tests/data/real/: the on-device UI strings of the
Keystone 3 hardware wallet firmware (KeystoneHQ/keystone3-firmware, MIT) about seed/recovery
phrases, keys, passwords, PINs, passphrases, backups, restoring, verification, confirmation and
wallets, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates152.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates152.py assemble     # write the jsonl files

Source: github.com/KeystoneHQ/keystone3-firmware at KEYSTONE_COMMIT (head, 2026-07-21),
src/ui/lv_i18n/data.csv (one row per message ID, one column per language: en, ru, ko, cn, es,
de, ja), copied verbatim to scripts/real_corpus/raw/keystone3/ (see SOURCE.md there). The
columns en, es and cn (Simplified Chinese, zh-Hans) are taken; there is no zh-Hant column. An ID
that appears twice keeps its last row (as the firmware's data_loader.py reads the table).

Selection (mechanical): every ID whose English text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE: the standard
keyword rule of app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus, as the brief for this product asked, wallet, verif, confirm, secret,
phrase. The ID's text is taken in each of the three columns; an empty cell and a translation
equal to the English text (untranslated) are skipped. Near-duplicates (digits and white space
aside) collapse within a language. LVGL recolour marks (`#F5870A ...#`), `%s`/`%d` placeholders
and line breaks inside a cell are kept as written (they are the firmware's own). Cut at 500
characters.

Split: the unit is the message ID (`KeystoneHQ/keystone3-firmware:<ID>`), all languages of one
ID on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates152.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import csv
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates152.tsv")
RAW = os.path.join(HERE, "raw", "keystone3")
KEYSTONE_COMMIT = "8420703ad8674745ca8f086590371661747b7dca"
LANGS = [("en", "en"), ("es", "es"), ("cn", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|verif|confirm|secret|phrase", re.I)

_TABLE = None


def table():
    """The rows of data.csv as {column: {ID: text}} (a repeated ID keeps its last row)."""
    global _TABLE
    if _TABLE is None:
        with open(os.path.join(RAW, "data.csv"), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        _TABLE = {code: {r["ID"]: r[code] or "" for r in rows} for code, _ in LANGS}
    return _TABLE


def load(code):
    return table()[code]


def keystone_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"keystone3-{code}-{key}", lang, text, "keystone3_app",
                   f"github.com/KeystoneHQ/keystone3-firmware@{KEYSTONE_COMMIT[:12]}:"
                   f"src/ui/lv_i18n/data.csv ({key}, column {code}; copied to "
                   f"scripts/real_corpus/raw/keystone3/)",
                   f"KeystoneHQ/keystone3-firmware:{key}", "keyword_rule_app_strings")


def items():
    yield from keystone_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
