#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-second batch of tests/data/real/: the in-app strings of the
Tusky Mastodon client for Android (tuskyapp/Tusky, GPL-3.0) about passwords, PINs, log-in,
accounts, instances, authorization, tokens, filters, backup and restore, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates188.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates188.py assemble     # write the jsonl files

Source: github.com/tuskyapp/Tusky at TUSKY_COMMIT (develop of 2025-05-23, the stored head; the
same commit the thirty-fourth batch read), the Android string catalogues
app/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/strings.xml (zh-rCN is Simplified, zh-rTW
Traditional Chinese), copied verbatim to scripts/real_corpus/raw/tusky/<folder>/strings.xml (see
SOURCE.md there). Licence: GPL-3.0 (LICENSE.txt at the same commit), copyleft.

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue (values/strings.xml) with a text of at least four words
(white-space separated) matching, case-insensitively, TUSKY_SELECT_RE: the common keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by account, instance, authoriz,
token and filter. Left out, so that nothing of the thirty-fourth batch's Tusky source
(tusky_android_notification) comes back: every string name that batch composed its
notifications from (build_templates30.TUSKY_NOTIFICATIONS), and every name whose English text
appears verbatim in a text of tests/data/real/*tusky*.jsonl (USED_FILES). The string is taken in
every language folder that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and
language; the first in catalogue order keeps the text. Android escapes (\\', \\", \\n, \\uXXXX) are
undone and enclosing quotes dropped; markup is dropped and white space runs collapse to one space, as
Android shows them (android_plurals with html=True); format placeholders (%1$s, %d) are kept as
the app writes them. A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`tuskyapp/Tusky:<name>`), all languages and quantities of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates188.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import io
import json
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from build_templates30 import TUSKY_NOTIFICATIONS
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates188.tsv")
RAW = os.path.join(HERE, "raw", "tusky")
TUSKY_COMMIT = "43ae0bb4556392393a3d759ce42a93f3a003e83a"
RES = "app/src/main/res"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
TUSKY_SELECT_RE = re.compile(SELECT_RE.pattern + r"|account|instance|authoriz|token|filter", re.I)
# The thirty-fourth batch's Tusky files (fixed list, so that this batch's own output files, which
# also carry "tusky" in their names, never change the selection).
USED_FILES = ["dev_tusky_android_notification.jsonl", "heldout_tusky_android_notification.jsonl"]


def used_names():
    """The string names the thirty-fourth batch composed its Tusky notifications from."""
    names = set()
    for _, parts in TUSKY_NOTIFICATIONS:
        for p in parts:
            if isinstance(p, str):
                if not p.startswith("="):
                    names.add(p)
            else:
                names.add(p[0])
                names.update(a[0] for a in p[1:] if isinstance(a, tuple))
    return names


def used_texts():
    out = []
    for fname in USED_FILES:
        with open(os.path.join(OUT_DIR, fname), encoding="utf-8") as f:
            out.extend(json.loads(line)["text"] for line in f if line.strip())
    return out


def load(folder):
    """name -> [(quantity, text)] of a folder's strings.xml (android_plurals, html=True), with
    each Android unicode escape \\uXXXX first turned into a backslash and its character, so that
    android_plurals' escape rule yields the character (the es and zh-rTW catalogues write spaces
    as \\u0020 at line ends) instead of the bare letters `u0020`."""
    with open(os.path.join(RAW, folder, "strings.xml"), encoding="utf-8") as f:
        xml = f.read()

    def esc(m):
        c = chr(int(m.group(1), 16))
        assert c not in "<>&\"'", m.group(0)
        return "\\" + c
    return android_plurals(io.StringIO(re.sub(r"\\u([0-9a-fA-F]{4})", esc, xml)), html=True)


def tusky_items():
    en_all = load("values")
    skip = used_names()
    old = used_texts()
    en = {name: texts for name, texts in en_all.items()
          if name not in skip and not any(t and t in o for _, t in texts for o in old)}
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, TUSKY_SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"tusky-{code}-{name}{q}", lang, text, "tusky_app",
                       f"github.com/tuskyapp/Tusky@{TUSKY_COMMIT[:12]}:{RES}/{folder}/strings.xml "
                       f"({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/tusky/)",
                       f"tuskyapp/Tusky:{name}", "keyword_rule_app_strings")


def items():
    yield from tusky_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
