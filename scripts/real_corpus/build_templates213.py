#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventeenth batch of tests/data/real/: the in-app strings of
Bitcoin Wallet for Android by Andreas Schildbach (bitcoin-wallet/bitcoin-wallet, GPL-3.0) about
private keys, the spending PIN, wallet backups and restoring, sweeping paper wallets,
encryption and the wallet itself, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates213.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates213.py assemble     # write the jsonl files

Source: github.com/bitcoin-wallet/bitcoin-wallet at BW_COMMIT (2025-03-02, the stored head of
its default branch `main`, reached with `fetch`). Licence: GPL-3.0 or later (wallet/COPYING at
the same commit, copied there); copyleft. The Android string catalogues of the app,
wallet/res/values{,-es,-zh,-zh-rTW}/{strings,strings_help}.xml, copied verbatim to
scripts/real_corpus/raw/bitcoin_wallet/<folder>/<file> (see SOURCE.md there). `values-zh` is the
app's Chinese (Simplified) catalogue (it has no `values-zh-rCN`), `values-zh-rTW` its Traditional
one. The two files of a folder are merged, strings.xml first (a name seen before keeps its first
text; the two files share no name).

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the merged English catalogue with a text of at least four words (white-space
separated) matching, case-insensitively, BW_SELECT_RE: the common keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by private key, sweep, wallet,
backup and encrypt (plain substrings, so "wallet" also matches the product's name "Bitcoin
Wallet", "encrypt" also "encrypted", "decrypt"). The string is taken in every language folder
that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language; the
first in catalogue order keeps the text. Android escapes (\\', \\", \\n) are undone and
enclosing quotes dropped; markup (the escaped <u>…</u> links of strings.xml, the HTML of the help
pages) is dropped and white space runs collapse to one space, as Android shows them
(android_plurals with html=True); format placeholders (%1$s, %d) are kept as the app writes them.
A plural gives one text per quantity. `<string-array>`s are not taken. Cut at 500 characters.

Split: the unit is the string name (`bitcoin-wallet/bitcoin-wallet:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates213.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates213.tsv")
RAW = os.path.join(HERE, "raw", "bitcoin_wallet")
BW_COMMIT = "ca6da58d53373345824304c5d7a9ecfa2541215e"
FILES = ["strings.xml", "strings_help.xml"]
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh", "zh-Hans", "zh"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
BW_SELECT_RE = re.compile(SELECT_RE.pattern + r"|private key|sweep|wallet|backup|encrypt", re.I)


def load(folder):
    """(name -> [(quantity, text)], name -> repository path) of one language folder, its files
    merged in FILES order (a name seen before keeps its first text)."""
    strings, paths = {}, {}
    for file in FILES:
        local = os.path.join(RAW, folder, file)
        if not os.path.exists(local):
            continue
        for name, texts in android_plurals(local, html=True).items():
            if name not in strings:
                strings[name] = texts
                paths[name] = f"wallet/res/{folder}/{file}"
    return strings, paths


def bitcoin_wallet_items():
    en, _ = load("values")
    for folder, lang, code in LANGS:
        strings, paths = load(folder)
        seen = set()
        for name, quantity, text in new_plural_entries(strings, en, BW_SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"bitcoinwallet-{code}-{name}{q}", lang, text, "bitcoin_wallet_android_app",
                       f"github.com/bitcoin-wallet/bitcoin-wallet@{BW_COMMIT[:12]}:"
                       f"{paths[name]} ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/bitcoin_wallet/)",
                       f"bitcoin-wallet/bitcoin-wallet:{name}", "keyword_rule_app_strings")


def items():
    yield from bitcoin_wallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
