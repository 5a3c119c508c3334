#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-third batch of tests/data/real/: the in-app messages of the
Ledger Live mobile app (LedgerHQ/ledger-live-mobile, Apache-2.0; the companion app of Ledger
hardware wallets) about recovery phrases/seeds, private keys, passwords, passcodes, PINs,
passphrases, backups, restoring, logging in and one-time/2FA codes, in English, Spanish and
zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates129.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates129.py assemble     # write the jsonl files

Source: github.com/LedgerHQ/ledger-live-mobile at LEDGER_COMMIT (2022-06-08, the archived
repository's last commit; the catalogues last changed 2022-05-09), src/locales/{en,es,zh}/common.json
(zh is Simplified Chinese; the app has no Traditional Chinese catalogue), copied verbatim to
scripts/real_corpus/raw/ledger_live_mobile/ (see SOURCE.md there). The current monorepo
(LedgerHQ/ledger-live, MIT) and the archived desktop repository are over the fetch size limit, so
the archived mobile predecessor is used.

Selection (mechanical): every key (nested JSON objects flattened to dotted keys, in file order;
arrays are not walked) of en.json whose English text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first key in catalogue order keeps the text). Placeholders (`{{name}}`) and inline tags
(`<0>…</0>`, `<1>…</1>`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`LedgerHQ/ledger-live-mobile:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates129.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates129.tsv")
RAW = os.path.join(HERE, "raw", "ledger_live_mobile")
LEDGER_COMMIT = "ed5ec733471f62d3c81cac958c6e402b307fba08"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def ledger_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"ledgerlive-{code}-{key}", lang, text, "ledger_live_app",
                   f"github.com/LedgerHQ/ledger-live-mobile@{LEDGER_COMMIT[:12]}:"
                   f"src/locales/{code}/common.json ({key}; copied to "
                   f"scripts/real_corpus/raw/ledger_live_mobile/)",
                   f"LedgerHQ/ledger-live-mobile:{key}", "keyword_rule_app_strings")


def items():
    yield from ledger_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
