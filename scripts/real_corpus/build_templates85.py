#!/usr/bin/env python3
"""Rebuild the eighty-ninth batch of tests/data/real/ (issue 12): BlueWallet's wallet, seed-phrase,
private-key, password, backup, restore, send/receive, account, log-in and security messages, in
English, Spanish (Spain and Latin America), zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates85.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates85.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch89.md, section "Eighty-ninth batch"):
  * bluewallet_app: BlueWallet (BlueWallet/BlueWallet, MIT), the mobile Bitcoin and Lightning
    wallet. Its UI catalogues loc/en.json, loc/es.json (Español, Spain), loc/es_419.json (Español,
    Latin America), loc/zh_cn.json and loc/zh_tw.json at BW_COMMIT are copied verbatim to
    scripts/real_corpus/raw/bluewallet/ (the builder reads only those copies). The catalogues are
    two-level JSON ({section: {key: text}}).

Selection (mechanical, no choosing): every key `<section>.<key>` whose English text has at least
four white-space separated words and contains a word of BW_WORDS (wallet, seed, recovery,
mnemonic, phrase, private key, password, PIN, passphrase, backup / back up, restore, send / sent,
receive, fund, account, log in / login, sign in, security / secure, case-insensitive, on word
boundaries). For that key, each language's text is taken (en, es, zh-Hans, zh-Hant):
one Spanish text per key, es.json's, or es_419.json's where es.json lacks the key or leaves it
in English (the two Spanish files together would give two near-identical texts per key and pass
the batch's cap of ~450 texts); placeholders are filled with fixed values (BW_FILL: {hostname}
shop.example.com, {balance} 50000, {type} "Face ID", except wallet_type_this's {type}, the wallet
type "HD SegWit (BIP84 Bech32 Native)"); a Spanish or Chinese text equal to the English one
(untranslated) is skipped; near-duplicates (digits and white space aside) collapse within a
language; cut at 500 characters.

Split: the unit is the key (`BlueWallet/BlueWallet:<section>.<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before anything looked at these texts. Labels come from
scripts/real_corpus/labels/labels_templates85.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates85.tsv")
RAW = os.path.join(HERE, "raw", "bluewallet")

BW_COMMIT = "7dc4fc5b9c2ae85fc4d610814be9226bf5db1489"  # master of 2026-07-23
# language, files in order of preference; en first (the reference of the untranslated check).
BW_LANGS = [("en", ["en"]), ("es", ["es", "es_419"]), ("zh-Hans", ["zh_cn"]), ("zh-Hant", ["zh_tw"])]
BW_WORDS = re.compile(
    r"\b(wallets?|seeds?|recovery|mnemonics?|phrases?|private keys?|passwords?|PINs?|passphrases?|"
    r"backups?|back(?:ed)? up|restor\w*|send\w*|sent|receiv\w*|funds?|accounts?|log ?in\w*|"
    r"logged in|sign[- ]?in\w*|security|secur\w*)\b", re.I)
BW_FILL = {"hostname": "shop.example.com", "balance": "50000", "type": "Face ID"}
BW_FILL_KEY = {"wallets.wallet_type_this": {"type": "HD SegWit (BIP84 Bech32 Native)"}}


def flat(code):
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {f"{s}.{k}": v for s, sec in data.items() if isinstance(sec, dict)
            for k, v in sec.items() if isinstance(v, str)}


def selected(en_text):
    return len(en_text.split()) >= 4 and BW_WORDS.search(en_text) is not None


def fill(key, text):
    values = dict(BW_FILL, **BW_FILL_KEY.get(key, {}))
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


def items():
    en = flat("en")
    keys = [k for k, v in en.items() if selected(v)]
    for lang, codes in BW_LANGS:
        files = [(code, flat(code)) for code in codes]
        seen = set()
        for key in keys:
            for code, strings in files:
                text = strings.get(key, "").strip()
                if text and (code == "en" or text != en[key].strip()):
                    break
            else:
                continue
            text = fill(key, text)
            if not is_new(seen, text):
                continue
            yield item(f"bw-{code}-{key}", lang, text, "bluewallet_app",
                       f"github.com/BlueWallet/BlueWallet@{BW_COMMIT[:12]}:loc/{code}.json ({key}; "
                       "copied to scripts/real_corpus/raw/bluewallet/)",
                       f"BlueWallet/BlueWallet:{key}", "all_keys_of_the_word_rule")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
