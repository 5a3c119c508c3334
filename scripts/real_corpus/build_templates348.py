#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-second batch of tests/data/real/: the web UI strings of
Coze Studio (coze-dev/coze-studio, Apache-2.0), an AI-agent development platform, about
passwords, log-in / sign-in, verification codes, backups, restoring, PINs and other secrets, in
English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates348.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates348.py assemble     # write the jsonl files

Source: github.com/coze-dev/coze-studio at COZE_COMMIT (2026-03-25, the stored head),
frontend/packages/arch/resources/studio-i18n-resource/src/locales/en.json and zh-CN.json,
copied verbatim to scripts/real_corpus/raw/coze_studio/ (see SOURCE.md there). Licence:
Apache-2.0 (LICENSE-APACHE at the same commit). The product has no Spanish or zh-Hant catalogue.

Selection (mechanical, fixed before any text was read): every key of en.json (a flat object)
whose English text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The key's text is taken in en.json and zh-CN.json;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language. Placeholders (`{name}`, `{{name}}`)
are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`coze-dev/coze-studio:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates348.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates348.tsv")
RAW = os.path.join(HERE, "raw", "coze_studio")
COZE_COMMIT = "4f786d6a9c564adb8cdd56e834f8126f80105e43"
LOCALES = "frontend/packages/arch/resources/studio-i18n-resource/src/locales"
LANGS = [("en", "en"), ("zh-CN", "zh-Hans")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time"
                       r"|2fa|two-factor", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def coze_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"coze-{code}-{key}", lang, text, "coze_studio_app",
                   f"github.com/coze-dev/coze-studio@{COZE_COMMIT[:12]}:{LOCALES}/{code}.json "
                   f"({key}; copied to scripts/real_corpus/raw/coze_studio/)",
                   f"coze-dev/coze-studio:{key}", "keyword_rule_app_strings")


def items():
    yield from coze_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
