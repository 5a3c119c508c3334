#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixtieth batch of tests/data/real/: the in-app strings of the
UniSat Wallet browser extension (unisat-wallet/extension, MIT) about seed/recovery phrases,
private keys, passwords, PINs, passphrases, backups, restoring, logging in and codes, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates356.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates356.py assemble     # write the jsonl files

Source: github.com/unisat-wallet/extension at UNISAT_COMMIT (2025-09-17, the stored head),
src/_locales/en/messages.json, es/, zh_CN/, zh_TW/ (WebExtension catalogues
{key: {"message"}}; the `message` of each key is read), copied verbatim to
scripts/real_corpus/raw/unisat/ as <code>.json (see SOURCE.md there). Licence MIT (LICENSE at
the same commit).

Selection (mechanical, fixed before the texts were read): every key of the English catalogue
whose text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor): 47 of 805 keys, under the cap of ~450 texts, so the rule was not narrowed. The
key's text is taken in every language catalogue that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language. Placeholders and inline markup are kept as written (they are the app's own).
Cut at 500 characters.

Split: the unit is the message key (`unisat-wallet/extension:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates356.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates356.tsv")
RAW = os.path.join(HERE, "raw", "unisat")
UNISAT_COMMIT = "494345cbc5013314ab55d2252c79a916242313b5"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def load(code):
    """key -> message text of one WebExtension catalogue (a key without a string message is
    left out)."""
    data = load_json(os.path.join(RAW, f"{code}.json"))
    return {k: v["message"] for k, v in data.items()
            if isinstance(v, dict) and isinstance(v.get("message"), str)}


def unisat_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"unisat-{code}-{key}", lang, text, "unisat_app",
                   f"github.com/unisat-wallet/extension@{UNISAT_COMMIT[:12]}:"
                   f"src/_locales/{code}/messages.json ({key}; copied to "
                   f"scripts/real_corpus/raw/unisat/)",
                   f"unisat-wallet/extension:{key}", "keyword_rule_app_strings")


def items():
    yield from unisat_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
