#!/usr/bin/env python3
"""Rebuild the hundred-and-twenty-ninth batch of tests/data/real/: the in-app strings of
Amethyst, the Nostr client for Android (vitorpamplona/amethyst, MIT), about private keys
(nsec), seed/recovery phrases, passwords, PINs, backups, restoring, logging in and verification
codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates125.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates125.py assemble     # write the jsonl files

Source: github.com/vitorpamplona/amethyst at AMETHYST_COMMIT (2026-08-22),
amethyst/src/main/res/values/strings.xml, values-es/, values-zh-rCN/, values-zh-rTW/, copied
verbatim to scripts/real_corpus/raw/amethyst/ (see SOURCE.md there). Only `<string>` elements
are read (no plurals or string arrays); as Android shows them, unquoted white space is
collapsed and the escapes (\\' \\" \\n \\t \\@ \\? \\uXXXX) are undone; inline markup is flattened to its text; `%1$s`-style placeholders are kept as written.

Selection (mechanical): every `<string>` name of the English file whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2fa, two-factor). The name's text is
taken in every language file that holds it; a translation equal to the English text is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language. Cut at
500 characters.

Split: the unit is the string name (`vitorpamplona/amethyst:<name>`), all languages of one name
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates125.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates125.tsv")
RAW = os.path.join(HERE, "raw", "amethyst")
AMETHYST_COMMIT = "10149d7150bc4ee93d3da5e3708802a99e9e1ff9"
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
ESCAPES = {"n": "\n", "t": " ", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}


def unescape(text):
    """As Android shows it: unquoted white-space runs collapse to one space, then the escapes
    (\\uXXXX too) are undone; spaces around the resulting line breaks are dropped."""
    text = text.strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    else:
        text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\\u([0-9a-fA-F]{4})|\\(.)",
                  lambda m: chr(int(m.group(1), 16)) if m.group(1)
                  else ESCAPES.get(m.group(2), m.group(0)), text)
    return re.sub(r" *\n *", "\n", text).strip()


def load(folder):
    root = ET.parse(os.path.join(RAW, f"{folder}.strings.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        name = el.get("name")
        if name and name not in out:
            out[name] = unescape("".join(el.itertext()))
    return out


def amethyst_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        strings = en if folder == "values" else load(folder)
        for key, text in new_texts(strings, keys, en if folder != "values" else None):
            yield item(f"amethyst-{lang}-{key}", lang, text, "amethyst_app",
                       f"github.com/vitorpamplona/amethyst@{AMETHYST_COMMIT[:12]}:"
                       f"amethyst/src/main/res/{folder}/strings.xml ({key}; "
                       f"copied to scripts/real_corpus/raw/amethyst/)",
                       f"vitorpamplona/amethyst:{key}", "keyword_rule_app_strings")


def items():
    yield from amethyst_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
