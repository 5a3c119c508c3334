#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-seventh batch of tests/data/real/: the in-app strings of the Alby
Lightning browser extension (getAlby/lightning-browser-extension, MIT) about passwords, PINs,
recovery/seed phrases (mnemonics), private keys, backups, restoring, logging in, accounts,
verification, confirmation, secrets, unlocking and wallets, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates153.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates153.py assemble     # write the jsonl files

Source: github.com/getAlby/lightning-browser-extension at ALBY_COMMIT (2026-06-17, MIT licence),
src/i18n/locales/{en,es,zh_Hans,zh_Hant}/translation.json, copied verbatim to
scripts/real_corpus/raw/alby_extension/ (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): the nested i18next catalogue is
flattened to dotted keys (app_strings.load_json(flat=True)); every key of the English catalogue
whose text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the shared keyword rule of app_strings (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus this batch's words account, verif, confirm,
secret, unlock, wallet. The key's text is taken in every language catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language, the first key in catalogue order keeping the
text. i18next placeholders (`{{name}}`), `$t(...)` references and `<0>…</0>` markup are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`getAlby/lightning-browser-extension:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates153.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates153.tsv")
RAW = os.path.join(HERE, "raw", "alby_extension")
ALBY_COMMIT = "bad06c2b2245da79bca0f969934678c8a321f0b1"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|account|verif|confirm|secret|unlock|wallet", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def alby_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"alby-ext-{code}-{key}", lang, text, "alby_extension_app",
                   f"github.com/getAlby/lightning-browser-extension@{ALBY_COMMIT[:12]}:"
                   f"src/i18n/locales/{code}/translation.json ({key}; copied to "
                   f"scripts/real_corpus/raw/alby_extension/{code}.json)",
                   f"getAlby/lightning-browser-extension:{key}", "keyword_rule_app_strings")


def items():
    yield from alby_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
