#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-third batch of tests/data/real/: the in-app strings of the
Polkadot{.js} browser extension (polkadot-js/extension, Apache-2.0) about seeds, mnemonics,
passwords, backups, restoring and the like, in English and zh-Hans (the product has no Spanish and
no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates119.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates119.py assemble     # write the jsonl files

Source: github.com/polkadot-js/extension at EXT_COMMIT (2026-03-31),
packages/extension/public/locales/en/translation.json and zh/translation.json, copied verbatim to
scripts/real_corpus/raw/polkadot_js_extension/ as en.json and zh.json (see SOURCE.md there). The
catalogues are i18next files keyed by the English text itself: en.json maps every English text to
"" (the key is the English string), zh.json maps it to its Chinese translation.

Selection (mechanical): every key of en.json (the English text) that has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The English text is
the key; the zh-Hans text is zh.json's value for that key, skipped when missing, empty or equal to
the English (untranslated). Near-duplicates (digits and white space aside) collapse within the
language. Placeholders `{{name}}` are kept as written. Cut at 500 characters.

Split: the unit is the message key (`polkadot-js/extension:<English text>`), both languages of a
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`polkadotjs-<lang code>-<first 12 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates119.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates119.tsv")
RAW = os.path.join(HERE, "raw", "polkadot_js_extension")
EXT_COMMIT = "987784c81e04dea2d6f886895a3c9bb18e0adf6c"
LANGS = [("en", "en"), ("zh", "zh-Hans")]


def load(code):
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        return json.load(f)


def extension_items():
    en = load("en")
    keys = [k for k in en if len(k.split()) >= 4 and SELECT_RE.search(k)]
    for code, lang in LANGS:
        strings = load(code)
        seen = set()
        for key in keys:
            text = key if code == "en" else strings.get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == key.strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"polkadotjs-{code}-{sha(key)[:12]}", lang, text, "polkadot_js_extension",
                       f"github.com/polkadot-js/extension@{EXT_COMMIT[:12]}:packages/extension/"
                       f"public/locales/{code}/translation.json (key {json.dumps(key, ensure_ascii=False)}; "
                       f"copied to scripts/real_corpus/raw/polkadot_js_extension/)",
                       f"polkadot-js/extension:{key}", "keyword_rule_app_strings")


def items():
    yield from extension_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
