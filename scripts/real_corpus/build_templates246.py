#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fiftieth batch of tests/data/real/: the in-app strings of the
MyCrypto Ethereum web wallet (MyCryptoHQ/MyCrypto, MIT) about seed/recovery phrases, mnemonics,
private keys, keystore files, passwords, PINs, hardware wallets, addresses, unlocking, backup and
log-in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates246.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates246.py assemble     # write the jsonl files

Source: github.com/MyCryptoHQ/MyCrypto at MYCRYPTO_COMMIT (2019-12-08, the last master commit
before the Spanish and Chinese catalogues were removed), common/v2/translations/lang/en.json,
es.json, zhcn.json, zhtw.json, copied verbatim to scripts/real_corpus/raw/mycrypto/ (see
SOURCE.md there). Each file is {"code": ..., "data": {KEY: text}}; `data` is read.

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE (the
common rule of app_strings: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, with wallet, keystore, hardware,
address, unlock. Skipped as already in the corpus: a key whose English text appears, verbatim or
as a near-duplicate (digits, white space and letter case aside), among the texts of KNOWN_FILES
(MyEtherWallet's, whose v3 strings MyCrypto inherited) is left out in every language, and any
other text of any language found there is skipped too. The key's text is taken in every language
file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the language, the first key in
catalogue order keeping the text. Placeholders ($var, {...}), Markdown and HTML are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`MyCryptoHQ/MyCrypto:<KEY>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates246.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as COMMON_RE, keyword_keys, new_texts, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates246.tsv")
RAW = os.path.join(HERE, "raw", "mycrypto")
MYCRYPTO_COMMIT = "d4d4d5518c86307cf878399b843847721e3f726f"
LANGS = [("en", "en"), ("es", "es"), ("zhcn", "zh-Hans"), ("zhtw", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|wallet|keystore|hardware|address|unlock", re.I)
KNOWN_FILES = ["dev_myetherwallet_app.jsonl", "heldout_myetherwallet_app.jsonl",
               "dev_myetherwallet_classic.jsonl", "heldout_myetherwallet_classic.jsonl"]


def load(code):
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        return json.load(f)["data"]


def known():
    """The near-duplicate keys (norm, lower-cased) of every text of KNOWN_FILES."""
    out = set()
    for name in KNOWN_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                out.add(norm(json.loads(line)["text"]))
    return out


def mycrypto_items():
    seen_before = known()
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if norm(en[k]) not in seen_before]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            if norm(text.strip()) in seen_before:
                continue
            yield item(f"mycrypto-{code}-{key}", lang, text, "mycrypto_app",
                       f"github.com/MyCryptoHQ/MyCrypto@{MYCRYPTO_COMMIT[:12]}:"
                       f"common/v2/translations/lang/{code}.json ({key}; "
                       f"copied to scripts/real_corpus/raw/mycrypto/)",
                       f"MyCryptoHQ/MyCrypto:{key}", "keyword_rule_app_strings")


def items():
    yield from mycrypto_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
