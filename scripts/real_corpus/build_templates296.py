#!/usr/bin/env python3
"""Rebuild the three-hundredth batch of tests/data/real/: the in-app messages of the Liquality
Wallet browser extension (liquality/wallet, MIT) about seed phrases, private keys, passwords,
backups, restoring, logging in, wallets and cards, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates296.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates296.py assemble     # write the jsonl files

Source: github.com/liquality/wallet at LIQUALITY_COMMIT (2024-06-18), licence MIT (LICENSE.md
at that commit); the JSON catalogues common, components, liquality_errors, messages, pages and
whats_new of src/locales/{en,es,zh}/, copied verbatim to scripts/real_corpus/raw/liquality/ (see
SOURCE.md there). The app has no zh-Hant catalogue; `zh` is Simplified Chinese.

Selection (mechanical, fixed before any text was read): the six catalogues of a language are
read as one flat catalogue, key = `<file>.<dotted path>` (arrays walked, index as the key part:
whats_new.json is a list, so its keys read `whats_new..0.content.2`, the empty part being
the top-level array's), as the app's `$t('<file>.<path>')` names them. Every key whose
English text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard keyword rule of app_strings (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as batch 300's brief asked, by `access
code|card|wallet|seed|backup card` (the catalogues are small: 408 keys in all). The key's text is
taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders (`%{name}`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`liquality/wallet:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates296.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates296.tsv")
RAW = os.path.join(HERE, "raw", "liquality")
LIQUALITY_COMMIT = "9334004f111a026be8b372d6342def2ac3d4f472"
FILES = ["common", "components", "liquality_errors", "messages", "pages", "whats_new"]
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|access code|card|wallet|seed|backup card", re.I)


def load(code):
    """One language's six catalogues as {`<file>.<dotted path>`: leaf}."""
    out = {}
    for name in FILES:
        flat = load_json(os.path.join(RAW, code, f"{name}.json"), flat=True, lists=True)
        for k, v in flat.items():
            out[f"{name}.{k}"] = v
    return out


def liquality_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        name, path = key.split(".", 1)
        yield item(f"liquality-{code}-{key}", lang, text, "liquality_app",
                   f"github.com/liquality/wallet@{LIQUALITY_COMMIT[:12]}:src/locales/{code}/"
                   f"{name}.json ({path}; copied to scripts/real_corpus/raw/liquality/)",
                   f"liquality/wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from liquality_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
