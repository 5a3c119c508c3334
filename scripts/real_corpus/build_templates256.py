#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixtieth batch of tests/data/real/: the web-app strings of
Karakeep, formerly Hoarder, the self-hosted bookmark app (karakeep-app/karakeep, AGPL-3.0)
about passwords, API keys, accounts, tokens, invites, sessions, backups, restoring and signing
in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates256.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates256.py assemble     # write the jsonl files

Source: github.com/karakeep-app/karakeep at KARAKEEP_COMMIT (2026-08-22),
apps/web/lib/i18n/locales/{en,es,zh,zhtw}/translation.json, copied verbatim to
scripts/real_corpus/raw/karakeep/ as en.json, es.json, zh.json, zhtw.json (see SOURCE.md there).
Licence: AGPL-3.0 (LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every key of the flattened en.json
(nested objects walked, keys joined with dots) whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE: the
shared keyword rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus this batch's words api key, account, token, invite and
session. The key's text is taken in every language file that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language. Placeholders `{{name}}` are kept as written (they are
the app's own). Cut at 500 characters.

Split: the unit is the message key (`karakeep-app/karakeep:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates256.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates256.tsv")
RAW = os.path.join(HERE, "raw", "karakeep")
KARAKEEP_COMMIT = "7ca5ee236b96cd659096b1530c5be3fdcd8e4470"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zhtw", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|api key|account|token|invite|session", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def karakeep_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"karakeep-{code}-{key}", lang, text, "karakeep_app",
                   f"github.com/karakeep-app/karakeep@{KARAKEEP_COMMIT[:12]}:apps/web/lib/i18n/"
                   f"locales/{code}/translation.json ({key}; copied to "
                   f"scripts/real_corpus/raw/karakeep/)",
                   f"karakeep-app/karakeep:{key}", "keyword_rule_app_strings")


def items():
    yield from karakeep_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
