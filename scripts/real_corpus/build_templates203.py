#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventh batch of tests/data/real/: the in-app strings of Seadroid,
Seafile's Android client (haiwen/seadroid, AGPL-3.0), about passwords, two-factor and
verification codes, log-in/sign-in, accounts, encrypted libraries, tokens, servers, backup and
restore, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates203.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates203.py assemble     # write the jsonl files

Source: github.com/haiwen/seadroid at SEADROID_COMMIT (2026-07-31, the stored head, reached with
`fetch`), the Android string catalogues app/src/main/res/values/strings.xml (English),
values-es/strings.xml (Spanish; the Argentinian values-es-rAR is not taken),
values-zh-rCN/strings.xml (zh-Hans) and values-zh-rTW/strings.xml (zh-Hant), copied verbatim to
scripts/real_corpus/raw/seadroid/<folder>/strings.xml (see SOURCE.md there). No other module of
the repository has a strings.xml. Licence: AGPL-3.0-or-later (LICENSE.md at the same commit,
copied there): copyleft.

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue with a text of at least four words (white-space separated)
matching, case-insensitively, SEADROID_SELECT_RE: the common keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by account, encrypt, library,
token and server (62 English strings, 245 texts, under the batch's cap, so not narrowed). A
string whose English text appears verbatim in a text of Seafile's server batch (SEAHUB_FILES,
the corpus's seahub_email texts) is skipped in every language (none is). The string is taken in
every language folder that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and
language; the first in catalogue order keeps the text. Android escapes (\\', \\", \\n) are undone
and enclosing quotes dropped; markup is dropped and white space runs collapse to one space, as
Android shows them (android_plurals with html=True); format placeholders (%1$s, %d) are kept as
the app writes them. A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`haiwen/seadroid:<name>`), all languages and quantities of
one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates203.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates203.tsv")
RAW = os.path.join(HERE, "raw", "seadroid")
SEADROID_COMMIT = "537febc3ef3b964ce16e23abc268fc923177419b"
RES = "app/src/main/res"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
SEADROID_SELECT_RE = re.compile(SELECT_RE.pattern + r"|account|encrypt|library|token|server",
                                re.I)
SEAHUB_FILES = ["dev_seahub_email.jsonl", "heldout_seahub_email.jsonl"]


def load(folder):
    """name -> [(quantity, text)] of a folder's strings.xml (android_plurals, html=True)."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def seahub_texts():
    texts = []
    for name in SEAHUB_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


def seadroid_items():
    en = load("values")
    seahub = seahub_texts()
    en = {name: texts for name, texts in en.items()
          if not any(t.strip() and t.strip() in s for _, t in texts for s in seahub)}
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, SEADROID_SELECT_RE,
                                                       seen, english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"seadroid-{code}-{name}{q}", lang, text, "seadroid_android_app",
                       f"github.com/haiwen/seadroid@{SEADROID_COMMIT[:12]}:{RES}/{folder}/"
                       f"strings.xml ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/seadroid/)",
                       f"haiwen/seadroid:{name}", "keyword_rule_app_strings")


def items():
    yield from seadroid_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
