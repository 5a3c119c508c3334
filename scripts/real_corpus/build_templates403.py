#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventh batch of tests/data/real/: the password, password-policy,
log-in, recovery and two-factor strings of the Mifos X web app (openMF/web-app, MPL-2.0), the
Angular back-office of the Apache Fineract core-banking platform, in English and Spanish.

Usage:
    python3 scripts/real_corpus/build_templates403.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates403.py assemble     # write the jsonl files

Source: github.com/openMF/web-app at MIFOS_WEB_COMMIT (stored head, 2025-05-24; licence file
LICENSE, MPL-2.0), src/assets/translations/en-US.json and es-MX.json, copied verbatim to
scripts/real_corpus/raw/mifos_web/ (see SOURCE.md there). The repository has no zh catalogue;
es-CL.json equals es-MX.json on every selected key and is not taken; ko-KO and the other
catalogues are outside the corpus's languages.

Selection (mechanical, fixed before any text was read): every key of the flattened en-US.json
(nested objects joined with dots) whose English text has at least four words (white-space
separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in en-US and
es-MX; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within a language. Placeholders `{{name}}` are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`openMF/web-app:<key>`), both languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates403.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates403.tsv")
RAW = os.path.join(HERE, "raw", "mifos_web")
MIFOS_WEB_COMMIT = "7ab980c2bac798c23a2d747dbd943c28dade699a"
LANGS = [("en-US", "en"), ("es-MX", "es")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def mifos_web_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"mifosweb-{code}-{key}", lang, text, "mifos_web_app",
                   f"github.com/openMF/web-app@{MIFOS_WEB_COMMIT[:12]}:"
                   f"src/assets/translations/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/mifos_web/)",
                   f"openMF/web-app:{key}", "keyword_rule_app_strings")


def items():
    yield from mifos_web_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
