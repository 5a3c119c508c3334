#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixth batch of tests/data/real/: the in-app messages of
Daedalus, the Cardano desktop wallet (input-output-hk/daedalus, Apache-2.0), about wallets,
recovery phrases, spending passwords, PINs, hardware wallets, backups, restoring and logging in,
in English (the product has no Spanish or Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates302.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates302.py assemble     # write the jsonl files

Source: github.com/input-output-hk/daedalus at DAEDALUS_COMMIT (2026-08-22), the two flat JSON
catalogues source/renderer/app/i18n/locales/en-US.json (the app) and source/main/locales/en-US.json
(menus and main-process dialogs), copied verbatim to scripts/real_corpus/raw/daedalus/ (see
SOURCE.md there). Licence: Apache-2.0 (LICENSE at that commit). Its only other catalogues are
ja-JP, outside the corpus languages.

Selection (mechanical, fixed before any text was read): every key of the two English catalogues
(renderer first, then main, each in catalogue order) whose text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the shared keyword rule of app_strings
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened by
wallet, spending password and hardware. Near-duplicates (digits and white space aside) collapse
across both catalogues; the first in order keeps the text. Texts are kept as written (the
`{placeholders}`, markdown and the few `!!!` markers of the catalogue included). Cut at 500
characters.

Split: the unit is the message key (`input-output-hk/daedalus:<key>`; the two catalogues share no
key); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates302.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates302.tsv")
RAW = os.path.join(HERE, "raw", "daedalus")
DAEDALUS_COMMIT = "50e6b84b3d18922336ddca75d7c666c2b5c0c8b4"
REPO = "input-output-hk/daedalus"
# (file here, path in the repository, id part)
CATALOGUES = [("en-US.json", "source/renderer/app/i18n/locales/en-US.json", "app"),
              ("main-en-US.json", "source/main/locales/en-US.json", "main")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|wallet|spending password|hardware", re.I)


def daedalus_items():
    seen = set()
    for file, path, part in CATALOGUES:
        en = load_json(os.path.join(RAW, file))
        for key, text in new_texts(en, keyword_keys(en, SELECT_RE), None, seen):
            yield item(f"daedalus-{part}-{key}", "en", text, "daedalus_app",
                       f"github.com/{REPO}@{DAEDALUS_COMMIT[:12]}:{path} ({key}; "
                       f"copied to scripts/real_corpus/raw/daedalus/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from daedalus_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
