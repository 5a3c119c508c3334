#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-third batch of tests/data/real/: the in-app strings of
YWallet, a Zcash/Ycash wallet (hhanh00/zwallet, MIT), about seed/recovery phrases, keys,
passwords, PINs, passphrases, backups, restoring, logging in and codes, in English and Spanish
(the product has no zh-Hans or zh-Hant catalogue at this commit).

Usage:
    python3 scripts/real_corpus/build_templates349.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates349.py assemble     # write the jsonl files

Source: github.com/hhanh00/zwallet at YWALLET_COMMIT (2025-12-04, head of `main`),
lib/l10n/intl_en.arb and intl_es.arb (Flutter ARB catalogues), copied verbatim to
scripts/real_corpus/raw/ywallet/ (see SOURCE.md there). Licence: MIT (LICENSE.md at the same
commit, (c) 2023 Hanh Huynh Huu).

Selection (mechanical, fixed before any text was read): every message key of intl_en.arb (keys
starting with "@" would be ARB metadata and are left out; the file has none) whose English text
has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every catalogue that holds it; a translation equal
to the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within a language, the first key in catalogue order keeping the text. ICU placeholders
(`{name}`) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`hhanh00/zwallet:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates349.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates349.tsv")
RAW = os.path.join(HERE, "raw", "ywallet")
REPO = "hhanh00/zwallet"
YWALLET_COMMIT = "e74e73c4db310c1193fe80bac9cf1f263f0f26b1"
LANGS = [("en", "en"), ("es", "es")]


def load(code):
    """The messages of intl_<code>.arb (ARB metadata keys, starting with "@", left out)."""
    data = load_json(os.path.join(RAW, f"intl_{code}.arb"))
    return {k: v for k, v in data.items() if not k.startswith("@")}


def ywallet_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"ywallet-{code}-{key}", lang, text, "ywallet_app",
                   f"github.com/{REPO}@{YWALLET_COMMIT[:12]}:lib/l10n/intl_{code}.arb ({key}; "
                   f"copied to scripts/real_corpus/raw/ywallet/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from ywallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
