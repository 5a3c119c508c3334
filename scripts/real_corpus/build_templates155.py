#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-ninth batch of tests/data/real/: the strings of Jellyfin's web
client (jellyfin/jellyfin-web, GPL-2.0) about passwords, PINs and Easy PINs, log-in/sign-in,
Quick Connect codes, accounts, confirmations, backups and restoring, in English, Spanish, zh-Hans
and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates155.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates155.py assemble     # write the jsonl files

Source: github.com/jellyfin/jellyfin-web at JF_WEB_COMMIT (2026-08-22), src/strings/en-us.json,
es.json, zh-cn.json, zh-tw.json (flat JSON catalogues, key -> text), copied verbatim with LICENSE
to scripts/real_corpus/raw/jellyfin_web/ (see SOURCE.md there). Licence GPL-2.0 (copyleft).

Selection (mechanical, fixed before any text was read): every key of en-us.json whose English
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or this product's extra words EXTRA_RE (account, quick connect, confirm, code,
easy pin; `code` is a plain substring, so it also matches codec, transcode, encode). The key's
text is taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders `{0}`, `{1}` and HTML tags are kept as written (they are the app's own).
Cut at 500 characters.

Split: the unit is the message key (`jellyfin/jellyfin-web:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates155.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates155.tsv")
RAW = os.path.join(HERE, "raw", "jellyfin_web")
JF_WEB_COMMIT = "f330b7bc8b6fc9c0d937659919fa82a9564e2ec0"
LANGS = [("en-us", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
EXTRA_RE = r"account|quick connect|confirm|code|easy pin"
JF_SELECT_RE = re.compile(SELECT_RE.pattern + "|" + EXTRA_RE, re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def jellyfin_web_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, JF_SELECT_RE, en_code="en-us"):
        yield item(f"jellyfin-web-{code}-{key}", lang, text, "jellyfin_web",
                   f"github.com/jellyfin/jellyfin-web@{JF_WEB_COMMIT[:12]}:src/strings/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/jellyfin_web/)",
                   f"jellyfin/jellyfin-web:{key}", "keyword_rule_app_strings")


def items():
    yield from jellyfin_web_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
