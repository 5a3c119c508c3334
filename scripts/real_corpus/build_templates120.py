#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-fourth batch of tests/data/real/: the in-app messages of the
OneKey wallet (OneKeyHQ/app-monorepo, v4 app on its `onekey` branch, Apache-2.0 at the commit
used) about seed/recovery phrases, private keys, passwords, passcodes, PINs, passphrases,
backups, restoring, logging in and verification codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates120.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates120.py assemble     # write the jsonl files

Source: github.com/OneKeyHQ/app-monorepo at ONEKEY_COMMIT (2024-05-10, branch `onekey`, the
last commit before LICENSE was replaced by the non-open "OneKey Standard Source License" on
2024-05-13; LICENSE at ONEKEY_COMMIT is Apache-2.0), packages/components/src/locale/en-US.json,
es.json, zh-CN.json, zh_HK.json, copied verbatim to scripts/real_corpus/raw/onekey/ (see
SOURCE.md there). The current default branch (`x`, v5) is under O-SSL and was not used.

Selection (mechanical): every key of en-US.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2fa, two-factor). The key's
text is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Placeholders `{name}` are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`OneKeyHQ/app-monorepo:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates120.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates120.tsv")
RAW = os.path.join(HERE, "raw", "onekey")
ONEKEY_COMMIT = "33c108341568ba7733f3227554ca7b35f14f1901"
LANGS = [("en-US", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh_HK", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def onekey_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"onekey-{code}-{key}", lang, text, "onekey_app",
                   f"github.com/OneKeyHQ/app-monorepo@{ONEKEY_COMMIT[:12]}:packages/components/"
                   f"src/locale/{code}.json ({key}; copied to scripts/real_corpus/raw/onekey/)",
                   f"OneKeyHQ/app-monorepo:{key}", "keyword_rule_app_strings")


def items():
    yield from onekey_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
