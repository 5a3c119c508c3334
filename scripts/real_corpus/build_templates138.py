#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-second batch of tests/data/real/: the in-app messages of the
KeeWeb password manager (keeweb/keeweb, MIT; translations from keeweb/keeweb-plugins, MIT) about
passwords, master keys, backups, restoring, logging in, one-time codes and the like, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates138.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates138.py assemble     # write the jsonl files

Source: github.com/keeweb/keeweb at KEEWEB_COMMIT (2024-12-23), app/scripts/locales/base.json
(English); github.com/keeweb/keeweb-plugins at PLUGINS_COMMIT (2024-05-03),
docs/translations/es-ES/es-ES.json, zh-CN/zh-CN.json, zh-TW/zh-TW.json (the language plugins
the app installs). All copied verbatim to scripts/real_corpus/raw/keeweb/ (see SOURCE.md there).
Licence: MIT (both repositories' LICENSE at those commits).

Selection (mechanical, fixed before any text was read): every key of base.json whose English
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language. Placeholders `{}` and markup are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`keeweb/keeweb:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates138.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates138.tsv")
RAW = os.path.join(HERE, "raw", "keeweb")
KEEWEB_COMMIT = "b4bb8e2ca617ad2b9d5a4d210552b6482e4ff503"
PLUGINS_COMMIT = "12fd804baa8811bac5ba37d48eacf9cc7cc31d97"
LANGS = [("base", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def origin(code, key):
    if code == "base":
        where = f"github.com/keeweb/keeweb@{KEEWEB_COMMIT[:12]}:app/scripts/locales/base.json"
    else:
        where = (f"github.com/keeweb/keeweb-plugins@{PLUGINS_COMMIT[:12]}:"
                 f"docs/translations/{code}/{code}.json")
    return f"{where} ({key}; copied to scripts/real_corpus/raw/keeweb/)"


def keeweb_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="base"):
        yield item(f"keeweb-{code}-{key}", lang, text, "keeweb_app", origin(code, key),
                   f"keeweb/keeweb:{key}", "keyword_rule_app_strings")


def items():
    yield from keeweb_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
