#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-seventh batch of tests/data/real/: the web app strings of
ntfy (binwiederhier/ntfy, dual Apache-2.0 / GPL-2.0, used under Apache-2.0) about passwords,
log-in, sign-up, accounts, users, access tokens, access control, subscriptions and reserved
topics, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates233.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates233.py assemble     # write the jsonl files

Source: github.com/binwiederhier/ntfy at NTFY_COMMIT (2025-07-13),
web/public/static/langs/en.json, es.json, zh_Hans.json, zh_Hant.json, copied verbatim to
scripts/real_corpus/raw/ntfy/ (see SOURCE.md there). Licence: LICENSE (Apache-2.0) and
LICENSE.GPLv2 at the same commit.

Selection (mechanical): every key of en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE: the
shared secret-word rule of app_strings (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus account, user, token, access, subscription, reserve. The
key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language. Placeholders `{{name}}` and inline tags such as `<Link>` are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`binwiederhier/ntfy:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates233.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates233.tsv")
RAW = os.path.join(HERE, "raw", "ntfy")
NTFY_COMMIT = "81a486adc11fe24efcbedefb28ae946028597c2f"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|account|user|token|access|subscription|reserve",
                       re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def ntfy_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"ntfy-{code}-{key}", lang, text, "ntfy_web_app",
                   f"github.com/binwiederhier/ntfy@{NTFY_COMMIT[:12]}:web/public/static/langs/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/ntfy/)",
                   f"binwiederhier/ntfy:{key}", "keyword_rule_app_strings")


def items():
    yield from ntfy_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
