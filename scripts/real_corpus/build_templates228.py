#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-second batch of tests/data/real/: the web-app strings of
Focalboard, the project board (mattermost/focalboard), about passwords, log-in/sign-in, accounts,
e-mail, tokens, sharing, links and invitations, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates228.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates228.py assemble     # write the jsonl files

Source: github.com/mattermost/focalboard at FOCALBOARD_COMMIT (stored head, 2024-09-27),
webapp/i18n/en.json, es.json, zh_Hans.json, zh_Hant.json, copied verbatim to
scripts/real_corpus/raw/focalboard/ (see SOURCE.md there). Licence: LICENSE.txt at that commit
puts webapp/i18n/ (with the other "Admin Tools and Configuration Files") under the Apache
License 2.0; the rest of the source is AGPL-3.0 (or commercial).

Selection (mechanical): every key of en.json (a flat catalogue) whose English text has at least
four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE: the shared keyword rule of app_strings (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus account, email, token, share, link, invite.
The key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language. Placeholders (`{name}`) and markup are kept as written (they are the
app's own). Cut at 500 characters.

Split: the unit is the message key (`mattermost/focalboard:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates228.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates228.tsv")
RAW = os.path.join(HERE, "raw", "focalboard")
FOCALBOARD_COMMIT = "de5e5cc4141f14f69bf0e5666383997b81f851d6"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|email|token|share|link|invite", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def focalboard_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"focalboard-{code}-{key}", lang, text, "focalboard_app",
                   f"github.com/mattermost/focalboard@{FOCALBOARD_COMMIT[:12]}:webapp/i18n/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/focalboard/)",
                   f"mattermost/focalboard:{key}", "keyword_rule_app_strings")


def items():
    yield from focalboard_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
