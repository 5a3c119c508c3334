#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-fifth batch of tests/data/real/: the UI strings of
EspoCRM (espocrm/espocrm, AGPL-3.0) about passwords, log-in, two-factor codes, tokens, API
keys, accounts, backups and recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates321.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates321.py assemble     # write the jsonl files

Source: github.com/espocrm/espocrm at ESPOCRM_COMMIT (2026-07-02), every file of
application/Espo/Resources/i18n/{en_US,es_ES,zh_CN,zh_TW}/, copied verbatim to
scripts/real_corpus/raw/espocrm_ui/<lang>/ (see SOURCE.md there). Licence AGPL-3.0
(LICENSE.txt at the same commit). EspoCRM's e-mail templates (`templates/*/<lang>/*.tpl`) are
already in the corpus as `espocrm_email` (seventeenth batch); they are not read here.

Catalogue: each language's JSON files are flattened to `<File>.<dotted key>` (file name without
`.json`; objects and arrays walked, app_strings.flatten with lists=True), files in name order.

Selection (mechanical, fixed before any text was read): every key of the en_US catalogue whose
English text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard secret-word rule (app_strings.SELECT_RE: seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) plus `token|api|account` (written as
given, a plain substring: "api" also matches inside words such as "capital"). The key's text is
taken in every language that holds it; a translation equal to the English text (untranslated)
is skipped. Near-duplicates (digits and white space aside) collapse within a language.
Placeholders (`{name}`) and markdown are kept as written. Cut at 500 characters.

Split: the unit is the message key (`espocrm/espocrm:<File>.<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates321.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, flatten, new_texts, keyword_keys
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates321.tsv")
RAW = os.path.join(HERE, "raw", "espocrm_ui")
ESPOCRM_COMMIT = "2cde9d980f84cfc3caa1adf3275a0817e1e49bfa"
LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|token|api|account", re.I)


def load(code):
    """{`<File>.<dotted key>`: leaf} of one language directory, files in name order."""
    out = {}
    d = os.path.join(RAW, code)
    for name in sorted(os.listdir(d)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            data = json.load(f)
        for k, v in flatten(data, "", True):
            out[f"{name[:-5]}.{k}"] = v
    return out


def espocrm_items():
    en = load("en_US")
    keys = keyword_keys(en, SELECT_RE)
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en_US" else en):
            file_, _, sub = key.partition(".")
            yield item(f"espocrm_ui-{code}-{key}", lang, text, "espocrm_ui",
                       f"github.com/espocrm/espocrm@{ESPOCRM_COMMIT[:12]}:application/Espo/"
                       f"Resources/i18n/{code}/{file_}.json ({sub}; copied to "
                       f"scripts/real_corpus/raw/espocrm_ui/)",
                       f"espocrm/espocrm:{key}", "keyword_rule_app_strings")


def items():
    yield from espocrm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
