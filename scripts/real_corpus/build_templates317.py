#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-first batch of tests/data/real/: the user-interface
strings of wallabag (wallabag/wallabag, MIT), the self-hosted read-it-later web app, about
passwords, two-factor authentication, log-in, API clients and tokens, and accounts, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates317.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates317.py assemble     # write the jsonl files

Source: github.com/wallabag/wallabag at WALLABAG_COMMIT (2026-08-21), the UI catalogues
translations/{messages,CraueConfigBundle,validators}.{en,es,zh,zh_Hant}.yml, copied verbatim
to scripts/real_corpus/raw/wallabag_ui/ (see SOURCE.md there; licence in COPYING.md). The
fourth catalogue, wallabag_user.*.yml, holds only the two-factor code mail, already in the
corpus as `wallabag_email` (build_templates7.py), and is not used.

Catalogues are read with PyYAML's BaseLoader (every scalar a string, as Symfony reads them;
`on:` stays a key named "on") and flattened to dotted keys; the message key is
`<catalogue>:<dotted key>` (e.g. `messages:security.login.forgot_password`).

Selection (mechanical, fixed before any text was read): every key of a catalogue's English file
whose text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the shared secret-word rule of app_strings.py (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus two-factor|2fa|token|client|api|account. The
key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language, over the three catalogues (messages, CraueConfigBundle, validators, in that order).
Placeholders (`%user%`, `{{ limit }}`) and inline HTML are kept as written (they are the app's
own). Cut at 500 characters.

Split: the unit is the message key (`wallabag/wallabag:<catalogue>:<dotted key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates317.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

import yaml

from app_strings import SELECT_RE as SECRET_RE, flatten, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates317.tsv")
RAW = os.path.join(HERE, "raw", "wallabag_ui")
WALLABAG_COMMIT = "5afc37df9303cf983864c288d46bb23f12221695"
CATALOGUES = ["messages", "CraueConfigBundle", "validators"]
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|two-factor|2fa|token|client|api|account", re.I)


def load(catalogue, code):
    with open(os.path.join(RAW, f"{catalogue}.{code}.yml"), encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.BaseLoader)
    return dict(flatten(data or {}))


def wallabag_items():
    for code, lang in LANGS:
        seen = set()
        for cat in CATALOGUES:
            en = load(cat, "en")
            keys = keyword_keys(en, SELECT_RE)
            base = None if code == "en" else en
            for key, text in new_texts(load(cat, code), keys, base, seen):
                yield item(f"wallabag-ui-{code}-{cat}:{key}", lang, text, "wallabag_ui",
                           f"github.com/wallabag/wallabag@{WALLABAG_COMMIT[:12]}:translations/"
                           f"{cat}.{code}.yml ({key}; copied to "
                           f"scripts/real_corpus/raw/wallabag_ui/)",
                           f"wallabag/wallabag:{cat}:{key}", "keyword_rule_app_strings")


def items():
    yield from wallabag_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
