#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixteenth batch of tests/data/real/: the user-interface strings
of OpenProject (opf/openproject, GPL-3.0) about passwords, log-in, two-factor authentication,
tokens, accounts, sessions, backups and the other secret words, in English, Spanish, zh-Hans and
zh-Hant. Its e-mail strings are the earlier `openproject_email` source and are not taken again.

Usage:
    python3 scripts/real_corpus/build_templates312.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates312.py assemble     # write the jsonl files

Source: github.com/opf/openproject at OPENPROJECT_COMMIT (branch dev, 2021-07-21; read from the
fork girish17/openproject, whose head it is: opf/openproject is over the fetch limit), the Rails
catalogue config/locales/en.yml and the front-end catalogue config/locales/js-en.yml with their
Crowdin translations config/locales/crowdin/{es,zh-CN,zh-TW}.yml and js-{es,zh-CN,zh-TW}.yml,
copied verbatim to scripts/real_corpus/raw/openproject_ui/ (see SOURCE.md there). Licence GPL-3.0
(docs/COPYRIGHT_short.rdoc, docs/COPYING.rdoc): copyleft.

Selection (mechanical, fixed before any text was read): each YAML catalogue under its language
key is flattened to dotted keys (the front-end catalogue's keys start with `js.`); every key of
en.yml, then of js-en.yml, whose English text is a string of at least four words (white-space
separated) and matches, case-insensitively, the standard secret-word rule app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the
batch's additions EXTRA_RE (two-factor, 2fa, token, account, session), leaving out the keys of the
e-mail batch (MAIL_PREFIXES: mail_subject_*, mail_body_*, the mappings mail_member_* and
mail_user_activation_limit_reached). Only these two catalogues are read (not the modules'
catalogues under modules/*/config/locales), which keeps the batch near ~450 texts. The key's text
is taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language, over both catalogues (en.yml first). Placeholders `%{value}` and inline HTML are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`opf/openproject:<dotted key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates312.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates312.tsv")
RAW = os.path.join(HERE, "raw", "openproject_ui")
OPENPROJECT_COMMIT = "76a53f56749e21139f477cb7182b4f50e7c83951"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
CATALOGUES = ["", "js-"]  # config/locales/<prefix><code>.yml (translations under crowdin/)
EXTRA_RE = re.compile(r"two-factor|2fa|token|account|session", re.I)
MAIL_PREFIXES = ("mail_subject_", "mail_body_", "mail_member_", "mail_user_activation_limit_reached")


def load(prefix, code):
    with open(os.path.join(RAW, f"{prefix}{code}.yml"), encoding="utf-8") as f:
        return dict(flatten(yaml.safe_load(f)[code]))


def selected_keys(en):
    return [key for key, text in en.items()
            if not key.startswith(MAIL_PREFIXES) and isinstance(text, str)
            and len(text.split()) >= 4 and (SELECT_RE.search(text) or EXTRA_RE.search(text))]


def upstream_path(prefix, code):
    folder = "config/locales" if code == "en" else "config/locales/crowdin"
    return f"{folder}/{prefix}{code}.yml"


def openproject_ui_items():
    english = {prefix: load(prefix, "en") for prefix in CATALOGUES}
    keys = {prefix: selected_keys(english[prefix]) for prefix in CATALOGUES}
    for code, lang in LANGS:
        seen = set()
        for prefix in CATALOGUES:
            en = english[prefix]
            strings = en if code == "en" else load(prefix, code)
            for key, text in new_texts(strings, keys[prefix], None if code == "en" else en, seen):
                yield item(f"opui-{code}-{key}", lang, text, "openproject_ui",
                           f"github.com/opf/openproject@{OPENPROJECT_COMMIT[:12]}:"
                           f"{upstream_path(prefix, code)} ({key}; copied to "
                           f"scripts/real_corpus/raw/openproject_ui/)",
                           f"opf/openproject:{key}", "keyword_rule_app_strings")


def items():
    yield from openproject_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
