#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-eighth batch of tests/data/real/: the in-app strings of
ConnectBot, the Android SSH client (connectbot/connectbot, Apache-2.0), about passwords,
passphrases, keys (public/private key pairs, host keys), hosts, authentication, backup and
restore, log-in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates264.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates264.py assemble     # write the jsonl files

Source: github.com/connectbot/connectbot at CB_COMMIT (2026-08-04, the stored head of its
default branch, reached with `fetch`). Licence: Apache-2.0 (LICENSE at the same commit, copied
there). The app's translatable catalogues app/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/
strings.xml, copied verbatim to scripts/real_corpus/raw/connectbot/<folder>/strings.xml (see
SOURCE.md there).

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue with a text of at least four words (white-space separated)
matching, case-insensitively, SELECT_RE: the common keyword rule app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) together with the
product words key, passphrase, host, authenticat(e/ion), password, matched as substrings as the
brief wrote them (so `key` also takes "keyboard", `host` also "hostname"). The common rule alone
takes 25 strings; with the product words 88 strings, 352 texts over the four languages (under
the batch's ~450, so not narrowed). The string is taken in every language folder that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language; the first in catalogue order keeps
the text. Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped; markup is
dropped and white space runs collapse to one space (android_plurals with html=True); format
placeholders (%1$s, %s) are kept as the app writes them. A plural gives one text per quantity.
Cut at 500 characters.

Split: the unit is the string name (`connectbot/connectbot:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates264.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates264.tsv")
RAW = os.path.join(HERE, "raw", "connectbot")
CB_COMMIT = "198abd6de2f3fff1645d50f55e7301807118b3c5"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|key|passphrase|host|authenticat|password", re.I)


def load(folder):
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def connectbot_items():
    en = load("values")
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"connectbot-{code}-{name}{q}", lang, text, "connectbot_app",
                       f"github.com/connectbot/connectbot@{CB_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({name}{' ' + quantity if quantity else ''}; "
                       f"copied to scripts/real_corpus/raw/connectbot/)",
                       f"connectbot/connectbot:{name}", "keyword_rule_app_strings")


def items():
    yield from connectbot_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
