#!/usr/bin/env python3
"""Rebuild the ninetieth batch of tests/data/real/ (issue 12): the wallet, seed-phrase, password,
PIN, backup, restore, funds and account messages of the Cake Wallet app (cake-tech/cake_wallet,
MIT), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates86.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates86.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch90.md, section "Ninetieth batch"):
  * cake_wallet_app: Cake Wallet (cake-tech/cake_wallet, MIT, `LICENSE.md`), fetched whole at
    CAKE_COMMIT (master of 2026-01-09); its Flutter string files res/values/strings_en.arb,
    strings_es.arb, strings_zh.arb (zh-Hans) and strings_zh_TW.arb (zh-Hant) (all four last
    changed at CAKE_FILES_COMMIT, 2025-12-30) are copied verbatim to
    scripts/real_corpus/raw/cake_wallet/ and the builder reads only those copies.

Selection (mechanical, no choosing): every key of strings_en.arb (keys starting with `@` are ARB
metadata, not strings) whose English text
  * has at least four words (runs of letters, digits and apostrophes), and
  * matches TOPIC: a word about the wallet, seed/recovery/mnemonic phrase, private key, password,
    PIN, passphrase, backup/back up, restore, sending/receiving funds, account, log-in/sign-in or
    security (the regular expression below);
taken in English, in Spanish (strings_es.arb), in zh-Hans (strings_zh.arb) and in zh-Hant
(strings_zh_TW.arb), same key, in that order of languages (LANGS). A translated text that is missing,
empty or equal to the English one (untranslated) is skipped (ARB has no "unfinished" marker).
Literal `\\n` in a string is a line break, `\\'` an apostrophe; `${name}` placeholders are filled
with the fixed demo values of FILL (`Demo` for any other). Near-duplicates (digits and white space
aside, build_templates2.is_new) collapse within the language. Cut at 500 characters
(build_templates.item). zh-Hans and zh-Hant each translate 174 of the 178 keys: the four branding
keys haven_app, haven_app_wallet_text, monero_com and monero_com_wallet_text are left in English
in both and skipped.

The zh-Hans and zh-Hant texts were added after the English and Spanish ones (a second helper, branch
corpus-90-zh), by the same rule and split units; the English and Spanish texts, ids and split are
unchanged. Chinese ids are cake-zh-<key> (zh-Hans) and cake-zh_TW-<key> (zh-Hant).

Split: the unit is the message key (`cake-tech/cake_wallet:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates86.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part. These are
the app's own screen texts: a prompt to enter the wallet's PIN, password or seed phrase into the
app itself is the official flow (`notification`, credential_request false, as the Tuta Mail
batch's prompts), as a legitimate product's own "enter this code" is.
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
LABELS = os.path.join(HERE, "labels", "labels_templates86.tsv")
RAW = os.path.join(HERE, "raw", "cake_wallet")

CAKE_COMMIT = "98aa1fd6c95d228c692d3fe99d9c3bde0fd183f4"  # master of 2026-01-09
CAKE_FILES_COMMIT = "478cb5320afe530657f18c43f18f9df5b806571a"  # last change of the four .arb files
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
TOPIC = re.compile(
    r"\b(wallets?|seeds?|recovery|mnemonic|passphrases?|private keys?|passwords?|PINs?|backups?|"
    r"back up|restor\w*|send(ing|s)?|sent|receiv\w*|funds?|accounts?|log ?in|sign(ed)? in|logg\w+|"
    r"secur\w*)\b", re.I)
FILL = {
    "wallet_name": "Demo Wallet", "walletName": "Demo Wallet", "name": "Demo", "currency": "XMR",
    "cryptoCurrency": "XMR", "crypto": "XMR", "fiatCurrency": "USD", "amount": "0.5", "value": "100",
    "min": "0.01", "max": "10", "minAmount": "0.01", "fee": "0.0002", "provider": "Demo",
    "providerName": "Demo", "domain": "wallet.example.com", "tradeId": "482913", "height": "3100000",
    "minutes": "5", "minute": "5", "seconds": "30", "token": "USDT", "from": "XMR",
    "recipient_name": "Alice Chen", "fetchingLabel": "0.5", "solValueNeeded": "0.002",
    "type": "an invoice", "method": "pay", "tag": "",  # anonpay: English literals in the code, all languages
}


def words(text):
    return re.findall(r"[A-Za-z0-9']+", text)


def load(code):
    with open(os.path.join(RAW, f"strings_{code}.arb"), encoding="utf-8") as f:
        return json.load(f)


def render(text):
    text = text.replace("\\n", "\n").replace("\\'", "'")
    text = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: FILL.get(m.group(1) or m.group(2), "Demo"), text)
    return "\n".join(ln.rstrip() for ln in text.splitlines()).strip()


def selected_keys(en):
    return [k for k, v in en.items()
            if not k.startswith("@") and isinstance(v, str) and len(words(v)) >= 4 and TOPIC.search(v)]


def items():
    en = load("en")
    keys = selected_keys(en)
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        seen = set()
        for key in keys:
            raw = strings.get(key)
            if not isinstance(raw, str) or not raw.strip():
                continue
            if code != "en" and raw.strip() == en[key].strip():  # untranslated
                continue
            text = render(raw)
            if not text or not is_new(seen, text):
                continue
            yield item(f"cake-{code}-{key}", lang, text, "cake_wallet_app",
                       f"github.com/cake-tech/cake_wallet@{CAKE_FILES_COMMIT[:12]}:res/values/strings_{code}.arb"
                       f" ({key}; copied to scripts/real_corpus/raw/cake_wallet/)",
                       f"cake-tech/cake_wallet:{key}", "topic_rule_strings")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
