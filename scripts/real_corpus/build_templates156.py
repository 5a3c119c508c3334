#!/usr/bin/env python3
"""Rebuild the hundred-and-sixtieth batch of tests/data/real/: Immich's own web, server and app
strings (immich-app/immich, AGPL-3.0) about passwords, PIN codes, backups, restoring, logging in
and recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates156.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates156.py assemble     # write the jsonl files

Source: github.com/immich-app/immich at IMMICH_COMMIT (2025-05-07, an upstream commit read from
the fork CSG-Development/immich-app-immich because upstream is over the fetch size limit),
i18n/en.json, es.json, zh_SIMPLIFIED.json, zh_Hant.json, copied verbatim to
scripts/real_corpus/raw/immich_web/ (see SOURCE.md there). Licence AGPL-3.0 (copyleft).

Selection (mechanical, fixed before the texts were read): every key of en.json (nested keys
flattened with dots) whose English text has at least four words (white-space separated) and
matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The rule gives 254 texts over the four languages
(249 once near-duplicates collapse), under the ~450 past which the brief would narrow it to
English texts of six words, so it is not narrowed. The key's
text is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. ICU placeholders and <link> tags are kept as written (they are the app's own). Cut at
500 characters.

Split: the unit is the message key (`immich-app/immich:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates156.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates156.tsv")
RAW = os.path.join(HERE, "raw", "immich_web")
IMMICH_COMMIT = "867f6e64f94e70334e518dc819383eb05faf299b"
LANGS = [("en", "en"), ("es", "es"), ("zh_SIMPLIFIED", "zh-Hans"), ("zh_Hant", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def immich_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"immich-web-{code}-{key}", lang, text, "immich_web",
                   f"github.com/immich-app/immich@{IMMICH_COMMIT[:12]}:i18n/{code}.json ({key}; "
                   f"copied to scripts/real_corpus/raw/immich_web/)",
                   f"immich-app/immich:{key}", "keyword_rule_app_strings")


def items():
    yield from immich_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
