#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-third batch of tests/data/real/: the in-app and e-mail strings
of 2FAuth, a self-hosted web app that stores two-factor (TOTP/HOTP) accounts (Bubka/2FAuth,
AGPL-3.0), about passwords, PINs, recovery, backups, restoring, logging in, one-time passwords
and two-factor authentication, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates139.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates139.py assemble     # write the jsonl files

Source: github.com/Bubka/2FAuth at TWOFAUTH_COMMIT (2026-07-05), resources/lang/en.json,
es-ES.json, zh-CN.json, zh-TW.json (flat Laravel JSON catalogues: one dotted key per string),
copied verbatim to scripts/real_corpus/raw/2fauth/ (see SOURCE.md there).

Selection (mechanical, fixed before reading the texts): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). Note that "2fa" also matches the product's name "2FAuth"; the rule
is applied as written. The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Laravel placeholders (`:name`) and
inline markup are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`Bubka/2FAuth:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates139.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates139.tsv")
RAW = os.path.join(HERE, "raw", "2fauth")
TWOFAUTH_COMMIT = "b823160b645abe47b4dac80c3c4516f0b54aeb7d"
LANGS = [("en", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def twofauth_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"2fauth-{code}-{key}", lang, text, "2fauth_app",
                   f"github.com/Bubka/2FAuth@{TWOFAUTH_COMMIT[:12]}:resources/lang/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/2fauth/)",
                   f"Bubka/2FAuth:{key}", "keyword_rule_app_strings")


def items():
    yield from twofauth_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
