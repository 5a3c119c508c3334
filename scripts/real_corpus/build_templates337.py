#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-first batch of tests/data/real/: the in-app strings of
Bull Bitcoin's mobile wallet (SatoshiPortal/bullbitcoin-mobile, MIT) about seed/recovery
phrases, keys, passwords, PINs, passphrases, backups, restoring, logging in and codes, in
English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates337.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates337.py assemble     # write the jsonl files

Source: github.com/SatoshiPortal/bullbitcoin-mobile at BULL_COMMIT (2026-08-21, head of
`develop`), localization/app_en.arb, app_es.arb, app_zh.arb (Flutter ARB catalogues; app_zh is
Simplified Chinese), copied verbatim to scripts/real_corpus/raw/bullbitcoin/ (see SOURCE.md
there). Licence: MIT (LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every message key of app_en.arb (keys
starting with "@" are ARB metadata and are left out) whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
catalogue that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language, the first key in
catalogue order keeping the text. ICU placeholders and plural forms (`{amount}`,
`{count, plural, …}`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`SatoshiPortal/bullbitcoin-mobile:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates337.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates337.tsv")
RAW = os.path.join(HERE, "raw", "bullbitcoin")
REPO = "SatoshiPortal/bullbitcoin-mobile"
BULL_COMMIT = "3d13daedb6780031492edeb71b39289c981186e7"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def load(code):
    """The messages of app_<code>.arb (ARB metadata keys, starting with "@", left out)."""
    data = load_json(os.path.join(RAW, f"app_{code}.arb"))
    return {k: v for k, v in data.items() if not k.startswith("@")}


def bullbitcoin_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"bullbitcoin-{code}-{key}", lang, text, "bullbitcoin_app",
                   f"github.com/{REPO}@{BULL_COMMIT[:12]}:localization/app_{code}.arb ({key}; "
                   f"copied to scripts/real_corpus/raw/bullbitcoin/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from bullbitcoin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
