#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-second batch of tests/data/real/: the in-app strings of the
Passbolt browser extension (its user interface, whose catalogues live in the Passbolt
styleguide, passbolt/passbolt_styleguide, AGPL-3.0) about passphrases, private keys, passwords,
PINs, recovery kits, account recovery, backups, restoring, signing in and one-time codes, in
English and Spanish (the product has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates178.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates178.py assemble     # write the jsonl files

Source: github.com/passbolt/passbolt_styleguide at STYLEGUIDE_COMMIT (head of 2026-04-23,
package version 5.11.4), src/locales/en-UK/common.json and src/locales/es-ES/common.json,
copied verbatim to scripts/real_corpus/raw/passbolt_extension/ (see SOURCE.md there). The
browser extension (passbolt/passbolt_browser_extension) ships these files as its UI locales:
its build copies node_modules/passbolt-styleguide/src/locales into the extension's
web-accessible `locales` folder. The catalogues are flat i18next files whose keys are the
English source texts (plural keys end in _one / _other).

Selection (mechanical): every key of en-UK/common.json whose English text has at least four
words (white-space separated) and matches, case-insensitively, SELECT_RE (the standard
app-strings rule of app_strings.py: seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor; plus recovery kit and account recovery, which the standard rule
already covers through "recovery"). Keys whose English text appears verbatim in the corpus's
Passbolt e-mails (tests/data/real/*_passbolt_email.jsonl) are skipped in both languages
(EMAIL_VERBATIM, one key). The key's text is taken in en-UK and es-ES; a Spanish text equal to
the English (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language. Placeholders `{{name}}` are kept as written. Cut at 500 characters.

Split: the unit is the message key (`passbolt/passbolt_styleguide:<key>`), both languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates178.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates178.tsv")
RAW = os.path.join(HERE, "raw", "passbolt_extension")
STYLEGUIDE_COMMIT = "f731b7aec08cce27af9c81f67df7d02682a837f9"
LANGS = [("en-UK", "en"), ("es-ES", "es")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|recovery kit|account recovery", re.I)
# English texts of selected keys found verbatim (as substrings) in the Passbolt e-mail batch.
EMAIL_VERBATIM = {"requested an account recovery"}


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def passbolt_items():
    en = load("en-UK")
    keys = [k for k in keyword_keys(en, SELECT_RE) if en[k].strip() not in EMAIL_VERBATIM]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en-UK" else en):
            yield item(f"passbolt-ext-{lang}-{sha(key)[:12]}", lang, text,
                       "passbolt_extension_app",
                       f"github.com/passbolt/passbolt_styleguide@{STYLEGUIDE_COMMIT[:12]}:"
                       f"src/locales/{code}/common.json (key {key!r}; copied to "
                       f"scripts/real_corpus/raw/passbolt_extension/)",
                       f"passbolt/passbolt_styleguide:{key}", "keyword_rule_app_strings")


def items():
    yield from passbolt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
