#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-fourth batch of tests/data/real/: the in-app messages of
the Outline VPN client (Jigsaw-Code/outline-apps, Apache-2.0) about access keys, servers,
accounts, sharing, passwords, log-in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates270.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates270.py assemble     # write the jsonl files

Source: github.com/Jigsaw-Code/outline-apps at OUTLINE_COMMIT (stored head, 2025-12-18), the
client's flat message catalogues client/web/messages/en.json, es.json, zh-CN.json, zh-TW.json,
copied verbatim to scripts/real_corpus/raw/outline_client/ (see SOURCE.md there; LICENSE,
Apache-2.0, copied beside them). The catalogue es-419.json (Latin-American Spanish) is not taken:
one Spanish catalogue, es.json, was chosen before reading any text.

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
shared secret-word rule of app_strings (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus, for this VPN client, access key, key, server, account,
share. The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language. Texts are kept as the catalogue writes them: HTML tags (<a href=…>, <br>) and
placeholders ({openLink}, {serverName}, …) are the app's own. Cut at 500 characters.

Split: the unit is the message key (`Jigsaw-Code/outline-apps:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates270.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates270.tsv")
RAW = os.path.join(HERE, "raw", "outline_client")
OUTLINE_COMMIT = "d2d72a13c1d04e5907c72b2da054e6961da340ff"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|access key|key|server|account|share", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def outline_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"outline-{code}-{key}", lang, text, "outline_client_app",
                   f"github.com/Jigsaw-Code/outline-apps@{OUTLINE_COMMIT[:12]}:"
                   f"client/web/messages/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/outline_client/)",
                   f"Jigsaw-Code/outline-apps:{key}", "keyword_rule_app_strings")


def items():
    yield from outline_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
