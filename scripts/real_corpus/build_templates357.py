#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-first batch of tests/data/real/: the in-app strings of
Tandoor Recipes (TandoorRecipes/recipes, a self-hosted recipe manager) about passwords and logging
in, in English only, from its last MIT-licensed commit.

Usage:
    python3 scripts/real_corpus/build_templates357.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates357.py assemble     # write the jsonl files

Source: github.com/TandoorRecipes/recipes at TANDOOR_COMMIT (2020-06-25), the parent of commit
e94bd32a7 ("license update", 2020-06-29) that replaced the MIT License by the AGPL v3 with the
"Commons Clause" condition (not an open licence; the current catalogues are not taken). LICENSE.md
at TANDOOR_COMMIT: MIT. File cookbook/locale/en/LC_MESSAGES/django.po, copied verbatim to
scripts/real_corpus/raw/tandoor/ (see SOURCE.md there). At that commit the project has no Spanish
or Chinese catalogue, so the batch is English only: the English text is the entry's msgid.

Selection (mechanical): every msgid of the English catalogue with at least four words (white-space
separated) matching, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). Near-duplicates (digits and white space aside)
collapse. HTML markup and line breaks inside a msgid are kept as written (the app's own); the
text's ends are stripped. Ids are `tandoor-en-<first 10 hex of SHA-256 of the msgid>`. Cut at 500
characters.

Split: the unit is the message key (`TandoorRecipes/recipes:<msgid>`); held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates357.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates357.tsv")
RAW = os.path.join(HERE, "raw", "tandoor")
TANDOOR_COMMIT = "6979bf34d98743e2c9e2c3fbf70eb142d6c0808b"
CATALOGUES = [("cookbook_en.po", "cookbook/locale/en/LC_MESSAGES/django.po", "en", "en")]


def tandoor_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        kid = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
        yield item(f"tandoor-{code}-{kid}", lang, text, "tandoor_app",
                   f"github.com/TandoorRecipes/recipes@{TANDOOR_COMMIT[:12]}:{path} (msgid; "
                   f"copied to scripts/real_corpus/raw/tandoor/)",
                   f"TandoorRecipes/recipes:{key}", "keyword_rule_app_strings")


def items():
    yield from tandoor_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
