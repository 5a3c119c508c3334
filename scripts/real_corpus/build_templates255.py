#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-ninth batch of tests/data/real/: the in-app strings of
Stirling-PDF (Stirling-Tools/Stirling-PDF, MIT for these files) about passwords, PINs, API keys,
credentials, verification codes, two-factor authentication and recovery, in English (en-GB),
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates255.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates255.py assemble     # write the jsonl files

Source: the frontend catalogues frontend/editor/public/locales/{en-GB,es-ES,zh-CN,zh-TW}/
translation.toml at upstream commit STIRLING_COMMIT (2026-07-24, "PAYG prepaid usage bundles
(#7032)"), read from the faithful fork github.com/hairbui76/Stirling-PDF (the upstream snapshot
is over the fetch size limit; the fork's own later commits do not touch these files), copied
verbatim to scripts/real_corpus/raw/stirling_pdf/ (see SOURCE.md there). Licence: the
repository's LICENSE is MIT for everything outside the directories it lists as proprietary
(app/proprietary/, app/saas/, engine/, frontend/editor/src/{proprietary,desktop,saas,cloud,
portal,...}/); the locale files are outside them.

Selection (mechanical, fixed before any text was read): the TOML tables are flattened to dotted
keys; every key of en-GB.toml whose English text has at least four words (white-space separated)
and matches, case-insensitively, SELECT_RE. The round's rule (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in, sign in, verification
code, one-time, 2FA, two-factor, plus account, API key, credential, encrypt, decrypt, permission
for this product) gave 306 English keys and 1,102 texts over the four languages, far above the
cap of ~450; it was narrowed, on counts alone, to the words that name a secret: seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, verification code, one-time, 2FA,
two-factor, API key, credential (131 keys, 475 texts). The key's text is taken in every language
file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language.
Placeholders `{{name}}` are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`Stirling-Tools/Stirling-PDF:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates255.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re
import tomllib

from app_strings import catalogue_texts, flatten
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates255.tsv")
RAW = os.path.join(HERE, "raw", "stirling_pdf")
STIRLING_COMMIT = "3813ca360ea0e146379c477c6d13b48f689773c6"
LANGS = [("en-GB", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|verification code|one-time|2fa|two-factor|api key|credential", re.I)


def load(code):
    """{dotted key: leaf} of one translation.toml (tables flattened in file order)."""
    with open(os.path.join(RAW, f"{code}.toml"), "rb") as f:
        return dict(flatten(tomllib.load(f)))


def stirling_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-GB"):
        yield item(f"stirlingpdf-{code}-{key}", lang, text, "stirling_pdf_app",
                   f"github.com/Stirling-Tools/Stirling-PDF@{STIRLING_COMMIT[:12]}:frontend/editor/"
                   f"public/locales/{code}/translation.toml ({key}; copied to "
                   f"scripts/real_corpus/raw/stirling_pdf/)",
                   f"Stirling-Tools/Stirling-PDF:{key}", "keyword_rule_app_strings")


def items():
    yield from stirling_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
