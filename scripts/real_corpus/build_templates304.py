#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighth batch of tests/data/real/: the user-interface strings of
Redmine (redmine/redmine, GPL-2.0-or-later) about passwords, log-in, accounts, e-mail addresses,
API keys, tokens, two-factor authentication, backup codes and lost passwords, in English,
Spanish, zh-Hans and zh-Hant. Its e-mail templates are the earlier `redmine_mailer` source and
are not taken again.

Usage:
    python3 scripts/real_corpus/build_templates304.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates304.py assemble     # write the jsonl files

Source: github.com/redmine/redmine at REDMINE_COMMIT (2026-08-21), config/locales/en.yml,
es.yml, zh.yml, zh-TW.yml, copied verbatim to scripts/real_corpus/raw/redmine_ui/ (see SOURCE.md
there). Licence GPL-2.0-or-later (LICENSE.txt, doc/COPYING): copyleft.

Selection (mechanical, fixed before any text was read): the YAML catalogue under its language
key is flattened to dotted keys; every key of en.yml whose English text is a string of at least
four words (white-space separated) and either matches, case-insensitively, the standard
secret-word rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) or EXTRA_RE (account, api key, token, email, lost password,
twofa), or whose dotted key name matches EXTRA_RE (Redmine names its two-factor strings
`twofa_*`), leaving out the `mail_body_*` and `mail_subject_*` keys (the redmine_mailer batch).
The key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders `%{value}` are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`redmine/redmine:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates304.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import yaml

from app_strings import SELECT_RE, flatten, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates304.tsv")
RAW = os.path.join(HERE, "raw", "redmine_ui")
REDMINE_COMMIT = "890812e49cc60e96c7c252b7dedbd881a4edba55"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-TW", "zh-Hant")]
EXTRA_RE = re.compile(r"account|api key|token|email|lost password|twofa", re.I)
MAILER_PREFIXES = ("mail_body_", "mail_subject_")


def load(code):
    with open(os.path.join(RAW, f"{code}.yml"), encoding="utf-8") as f:
        return dict(flatten(yaml.safe_load(f)[code]))


def selected_keys(en):
    keys = []
    for key, text in en.items():
        if key.split(".")[-1].startswith(MAILER_PREFIXES):
            continue
        if not isinstance(text, str) or len(text.split()) < 4:
            continue
        if SELECT_RE.search(text) or EXTRA_RE.search(text) or EXTRA_RE.search(key):
            keys.append(key)
    return keys


def redmine_ui_items():
    en = load("en")
    keys = selected_keys(en)
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"rmui-{code}-{key}", lang, text, "redmine_ui",
                       f"github.com/redmine/redmine@{REDMINE_COMMIT[:12]}:config/locales/{code}.yml "
                       f"({key}; copied to scripts/real_corpus/raw/redmine_ui/)",
                       f"redmine/redmine:{key}", "keyword_rule_app_strings")


def items():
    yield from redmine_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
