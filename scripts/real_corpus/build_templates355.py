#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-ninth batch of tests/data/real/: the in-app strings of
Actual Budget, a personal-finance app (actualbudget/actual, with its catalogues kept in
actualbudget/translations, MIT), about passwords, logging in, backups, restoring, one-time
codes and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates355.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates355.py assemble     # write the jsonl files

Source: github.com/actualbudget/translations at ACTUAL_TR_COMMIT (2026-08-22), LICENSE (MIT),
en.json (the Weblate source catalogue: flat i18next JSON whose keys are the English source
texts of actualbudget/actual), es.json, zh-Hans.json, zh-Hant.json, copied verbatim to
scripts/real_corpus/raw/actualbudget/ (see SOURCE.md there). actualbudget/actual itself was
over the fetch size limit; its English texts are the keys and values of en.json.

Selection (mechanical, decided before reading texts): every key of en.json whose English text
(the value) has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within the language. Placeholders `{{name}}` are kept as written (they are the
app's own). Cut at 500 characters.

Ids: `actualbudget-<lang file>-<first 12 hex digits of SHA-256 of the key>` (the keys are whole
English sentences).

Split: the unit is the message key (`actualbudget/actual:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates355.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates355.tsv")
RAW = os.path.join(HERE, "raw", "actualbudget")
ACTUAL_TR_COMMIT = "3bb868ac4fdee273fecd6f116dd17b3406eaabee"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def actual_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"actualbudget-{code}-{sha(key)[:12]}", lang, text, "actualbudget_app",
                   f"github.com/actualbudget/translations@{ACTUAL_TR_COMMIT[:12]}:{code}.json "
                   f"(key {sha(key)[:12]}; copied to scripts/real_corpus/raw/actualbudget/)",
                   f"actualbudget/actual:{key}", "keyword_rule_app_strings")


def items():
    yield from actual_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
