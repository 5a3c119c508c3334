#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-first batch of tests/data/real/: the in-app strings of the
Proton Wallet app (ProtonWallet/flutter-app, GPL-3.0) about seed/recovery phrases (mnemonics),
wallet passphrases, passwords, PINs, backups, restoring, logging in, verification codes and 2FA,
and about wallets and bitcoin, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates247.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates247.py assemble     # write the jsonl files

Source: github.com/ProtonWallet/flutter-app at PW_COMMIT (2025-05-14), lib/l10n/locale_en.arb,
locale_es.arb, locale_zh_CN.arb, locale_zh_TW.arb (Flutter ARB catalogues), copied verbatim to
scripts/real_corpus/raw/proton_wallet/lib/l10n/ (see SOURCE.md there).

Selection (mechanical): every string key of locale_en.arb (the `@` metadata entries are objects
and never taken) whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the shared keyword rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus `wallet|bitcoin`. The key's text is taken in
every language file that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the language.
Placeholders `{name}` and ICU plural forms are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`ProtonWallet/flutter-app:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates247.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates247.tsv")
RAW = os.path.join(HERE, "raw", "proton_wallet", "lib", "l10n")
PW_COMMIT = "0ac1dbf7da4689b4159b085bc99eab6f90adfa5a"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|wallet|bitcoin", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"locale_{code}.arb"))


def proton_wallet_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"protonwallet-{code}-{key}", lang, text, "protonwallet_app",
                   f"github.com/ProtonWallet/flutter-app@{PW_COMMIT[:12]}:lib/l10n/locale_{code}.arb"
                   f" ({key}; copied to scripts/real_corpus/raw/proton_wallet/)",
                   f"ProtonWallet/flutter-app:{key}", "keyword_rule_app_strings")


def items():
    yield from proton_wallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
