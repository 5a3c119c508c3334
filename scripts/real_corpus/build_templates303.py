#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventh batch of tests/data/real/: the forum software NodeBB's
own user-interface strings (NodeBB/NodeBB, GPL-3.0) about passwords, log-in, sign-in, accounts,
e-mail addresses, verification, bans and locks, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates303.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates303.py assemble     # write the jsonl files

Source: github.com/NodeBB/NodeBB at NODEBB_COMMIT (2026-08-22), the 30 top-level UI catalogues
public/language/{en-GB,es,zh-CN,zh-TW}/*.json except email.json (the e-mail templates' strings,
already in the corpus as `nodebb_email`), copied verbatim to scripts/real_corpus/raw/nodebb_ui/
(see SOURCE.md there). The admin/ and themes/ subfolders are not taken.

Selection (mechanical): each catalogue is a flat JSON object; a message's key is
`<file name without .json>:<key>` (NodeBB's own `[[file:key]]` naming), the files read in name
order. Every key of the en-GB (source language) catalogues whose English text has at least four
words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus
account, email, verify, banned, locked. The key's text is taken in every language that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within a language. Placeholders (`%1`), HTML tags and
`[[file:key]]` references are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`NodeBB/NodeBB:<file>:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates303.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates303.tsv")
RAW = os.path.join(HERE, "raw", "nodebb_ui")
NODEBB_COMMIT = "ab329b3b4c4d4cc9717b2938908649382cca2b39"
LANGS = [("en-GB", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|email|verify|banned|locked", re.I)
FILES = sorted(f for f in os.listdir(os.path.join(RAW, "en-GB")) if f.endswith(".json"))


def load(code):
    """{`<file>:<key>`: text} of one language's catalogues, files in name order."""
    out = {}
    for f in FILES:
        for key, text in load_json(os.path.join(RAW, code, f)).items():
            out[f"{f[:-len('.json')]}:{key}"] = text
    return out


def nodebb_ui_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-GB"):
        file, name = key.split(":", 1)
        yield item(f"nodebb-ui-{code}-{key}", lang, text, "nodebb_ui",
                   f"github.com/NodeBB/NodeBB@{NODEBB_COMMIT[:12]}:public/language/{code}/"
                   f"{file}.json ({name}; copied to scripts/real_corpus/raw/nodebb_ui/)",
                   f"NodeBB/NodeBB:{key}", "keyword_rule_app_strings")


def items():
    yield from nodebb_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
