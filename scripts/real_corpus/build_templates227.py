#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-first batch of tests/data/real/: the web client strings of
Audiobookshelf, the self-hosted audiobook and podcast server (advplyr/audiobookshelf, GPL-3.0),
about passwords, log-in, backups/restoring, accounts, users, API keys and tokens, OpenID/OIDC
and e-mail, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates227.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates227.py assemble     # write the jsonl files

Source: github.com/advplyr/audiobookshelf at ABS_COMMIT (2026-08-03), client/strings/en-us.json,
es.json, zh-cn.json, zh-tw.json, copied verbatim to scripts/real_corpus/raw/audiobookshelf/ (see
SOURCE.md there). Licence GPL-3.0 (copyleft).

Selection (mechanical, fixed before any text was read): every key of en-us.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
standard keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) or the product words `account|user|token|API key|OpenID|OIDC|
email` (SELECT_RE below). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders `{0}` are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`advplyr/audiobookshelf:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates227.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates227.tsv")
RAW = os.path.join(HERE, "raw", "audiobookshelf")
ABS_COMMIT = "1b46d68027f3dcd88a4ef596fe6d005541fea3c6"
LANGS = [("en-us", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|user|token|API key|OpenID|OIDC|email",
                       re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def abs_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-us"):
        yield item(f"audiobookshelf-{code}-{key}", lang, text, "audiobookshelf_app",
                   f"github.com/advplyr/audiobookshelf@{ABS_COMMIT[:12]}:client/strings/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/audiobookshelf/)",
                   f"advplyr/audiobookshelf:{key}", "keyword_rule_app_strings")


def items():
    yield from abs_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
