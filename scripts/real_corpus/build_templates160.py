#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-fourth batch of tests/data/real/: the in-app messages of Envoy,
Foundation Devices' Bitcoin wallet app (Foundation-Devices/envoy, GPL-3.0-or-later), about
seeds, wallets, keys, passwords, PINs, passphrases, backups, restoring and logging in, in
English and Spanish (Envoy has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates160.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates160.py assemble     # write the jsonl files

Source: github.com/Foundation-Devices/envoy at ENVOY_COMMIT (2026-06-29), lib/l10n/intl_en.arb
and intl_es.arb, copied verbatim to scripts/real_corpus/raw/envoy/ (see SOURCE.md there; the
ARB files are GPL-3.0-or-later by the repository's REUSE.toml). Envoy is the round's fallback:
the first choice, Feather Wallet, has no translation catalogues.

Selection (mechanical, fixed before any text was read): every key of intl_en.arb whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE: the keyword rule of app_strings (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus the round's wallet words (wallet, seed, keys,
unlock, spend key, view key). ARB metadata entries (`@key` objects) are not strings and are not
taken. The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language. Placeholders `{name}` are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`Foundation-Devices/envoy:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates160.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as KEYWORD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates160.tsv")
RAW = os.path.join(HERE, "raw", "envoy")
ENVOY_COMMIT = "dc94bb9e5ba325befa667ba9cc4334ebb0ba417f"
LANGS = [("en", "en"), ("es", "es")]
SELECT_RE = re.compile(KEYWORD_RE.pattern + r"|wallet|seed|keys|unlock|spend key|view key", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"intl_{code}.arb"))


def envoy_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"envoy-{code}-{key}", lang, text, "envoy_app",
                   f"github.com/Foundation-Devices/envoy@{ENVOY_COMMIT[:12]}:lib/l10n/intl_{code}.arb "
                   f"({key}; copied to scripts/real_corpus/raw/envoy/)",
                   f"Foundation-Devices/envoy:{key}", "keyword_rule_app_strings")


def items():
    yield from envoy_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
