#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-seventh batch of tests/data/real/: the web-interface
strings of AdGuard Home (AdguardTeam/AdGuardHome, GPL-3.0) about passwords, log-in, users,
certificates, private keys and encryption, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates223.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates223.py assemble     # write the jsonl files

Source: github.com/AdguardTeam/AdGuardHome at AGH_COMMIT (2026-08-21),
client/src/__locales/en.json, es.json, zh-cn.json, zh-tw.json, copied verbatim to
scripts/real_corpus/raw/adguardhome/ (see SOURCE.md there). Licence GPL-3.0 (copyleft).

Selection (mechanical, fixed before any text was read): every key of en.json (a flat JSON
catalogue) whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the app-string rule of app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor) widened, as the round asked for
this product, by password, login, user, certificate, private key and encryption. The key's text
is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. Placeholders and markup (`{{name}}`, `<0>…</0>`) are kept as written (they are the
app's own). Cut at 500 characters.

Split: the unit is the message key (`AdguardTeam/AdGuardHome:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates223.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as APP_SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates223.tsv")
RAW = os.path.join(HERE, "raw", "adguardhome")
AGH_COMMIT = "75e43ab5b251aa5038ebc857595855c5b168b93d"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern
                       + r"|password|login|user|certificate|private key|encryption", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def adguardhome_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"adguardhome-{code}-{key}", lang, text, "adguardhome_app",
                   f"github.com/AdguardTeam/AdGuardHome@{AGH_COMMIT[:12]}:"
                   f"client/src/__locales/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/adguardhome/)",
                   f"AdguardTeam/AdGuardHome:{key}", "keyword_rule_app_strings")


def items():
    yield from adguardhome_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
