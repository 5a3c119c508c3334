#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-third batch of tests/data/real/: the in-app messages of
the eNuts Cashu ecash wallet (cashubtc/eNuts, GPL-3.0 LICENSE file; its README and package.json
say AGPL-3.0) about PINs, seed/recovery phrases, backups, restoring, ecash tokens, wallets and
Nostr keys, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates229.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates229.py assemble     # write the jsonl files

Source: github.com/cashubtc/eNuts at ENUTS_COMMIT (2025-04-05, the head of the repository's
`main` branch, the last state of the original eNuts app with its LICENSE file and zh
catalogues; the default branch `master` is a 2025 rewrite with no LICENSE file and no Chinese
catalogue), assets/translations/en.json, es.json, zh-Hans-CN.json, zh-Hant-TW.json, copied
verbatim to scripts/real_corpus/raw/enuts/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): every key of the flattened en.json
(dotted key) whose English text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE: the common app-string rule (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus the product
words wallet, token, nostr, nsec. The key's text is taken in every language file that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders `{{name}}` are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`cashubtc/eNuts:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates229.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as COMMON_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates229.tsv")
RAW = os.path.join(HERE, "raw", "enuts")
ENUTS_COMMIT = "6e77d1bf339da1c8fb2890fb8c00c839919c76e9"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans-CN", "zh-Hans"), ("zh-Hant-TW", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|wallet|seed|mnemonic|backup|restore|token|nostr"
                       r"|nsec|private key", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def enuts_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"enuts-{code}-{key}", lang, text, "enuts_app",
                   f"github.com/cashubtc/eNuts@{ENUTS_COMMIT[:12]}:assets/translations/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/enuts/)",
                   f"cashubtc/eNuts:{key}", "keyword_rule_app_strings")


def items():
    yield from enuts_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
