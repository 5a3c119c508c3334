#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-sixth batch of tests/data/real/: the in-app strings of Yubico
Authenticator (Yubico/yubioath-flutter, Apache-2.0) selected by the secret-word rule below (in
practice: PINs, passwords, private keys, and two settings-restore strings), in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates122.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates122.py assemble     # write the jsonl files

Source: github.com/Yubico/yubioath-flutter at YUBIOATH_COMMIT (2026-07-13), lib/l10n/app_en.arb,
app_es.arb, app_zh.arb (zh-Hans), app_zh_TW.arb (zh-Hant), copied verbatim to
scripts/real_corpus/raw/yubioath/ (see SOURCE.md there). Licence: Apache-2.0 (LICENSE at that
commit).

Selection (mechanical, decided before any text was read): every message key of app_en.arb (keys
starting with `@` are ARB metadata and are skipped) whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is
taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Placeholders `{name}` and ICU plural forms are kept as written (they are the
app's own). Cut at 500 characters.

Split: the unit is the message key (`Yubico/yubioath-flutter:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates122.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates122.tsv")
RAW = os.path.join(HERE, "raw", "yubioath")
YUBIOATH_COMMIT = "6b816b1d2d700a7f8dfe212d8a9b19c113c03c1d"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"app_{code}.arb"))


def yubioath_items():
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if not k.startswith("@")]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"yubioath-{code}-{key}", lang, text, "yubico_authenticator_app",
                       f"github.com/Yubico/yubioath-flutter@{YUBIOATH_COMMIT[:12]}:"
                       f"lib/l10n/app_{code}.arb ({key}; copied to "
                       f"scripts/real_corpus/raw/yubioath/)",
                       f"Yubico/yubioath-flutter:{key}", "keyword_rule_app_strings")


def items():
    yield from yubioath_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
