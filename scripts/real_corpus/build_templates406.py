#!/usr/bin/env python3
"""Rebuild the four-hundred-and-tenth batch of tests/data/real/: the in-app strings of SoftEther
VPN (SoftEtherVPN/SoftEtherVPN, Apache-2.0) about passwords, certificates and private keys,
RADIUS and user authentication, in English, zh-Hans and zh-Hant (the product has no Spanish
string table).

Usage:
    python3 scripts/real_corpus/build_templates406.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates406.py assemble     # write the jsonl files

Source: github.com/SoftEtherVPN/SoftEtherVPN at SOFTETHER_COMMIT (2026-04-05),
src/bin/hamcore/strtable_en.stb, strtable_cn.stb (zh-Hans), strtable_tw.stb (zh-Hant), copied
verbatim to scripts/real_corpus/raw/softether/ (see SOURCE.md there). LICENSE at that commit:
Apache License 2.0.

String table format (as src/Mayaqua/Table.c reads it): one `NAME<blanks>text` a line; lines
starting with `#` or `//` are comments; a `PREFIX <p>` line makes the following names `<p>@NAME`
(`$` or `NULL` clears it); names are upper-cased; the text's backslash escapes are resolved
(\\\\, \\<space>, \\n, \\r, \\t; any other escaped character is dropped). No table defines a
`$name$` replacement, so none is applied; `%s`, `%u`, `%S` placeholders are kept as written.

Selection (mechanical, decided before any text was read): every key of the English table whose
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) gives 262 keys, about 755 texts over the three tables, far above the batch's
~450. It is narrowed by the key NAME (not the text) to keys matching NAME_RE (PASSWORD, CERT,
PRIVATE, RADIUS, AUTH, USER: the password, certificate/private-key, RADIUS/authentication and
user strings): 136 keys. The key's text is taken in every table; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language. Cut at 500 characters.

Split: the unit is the message key (`SoftEtherVPN/SoftEtherVPN:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates406.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates406.tsv")
RAW = os.path.join(HERE, "raw", "softether")
SOFTETHER_COMMIT = "cf559617b1845e0892e51f41d0c67e7382f02c4c"
LANGS = [("en", "en"), ("cn", "zh-Hans"), ("tw", "zh-Hant")]
NAME_RE = re.compile(r"PASSWORD|CERT|PRIVATE|RADIUS|AUTH|USER")
ESCAPES = {"\\": "\\", " ": " ", "n": "\n", "N": "\n", "r": "\r", "R": "\r", "t": "\t", "T": "\t"}


def unescape(s):
    """The text as Table.c's UnescapeStr leaves it."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\":
            i += 1
            if i >= len(s):
                break
            out.append(ESCAPES.get(s[i], ""))
        else:
            out.append(s[i])
        i += 1
    return "".join(out)


def load(code):
    """NAME (with its PREFIX, upper-cased) -> text of strtable_<code>.stb, in file order."""
    with open(os.path.join(RAW, f"strtable_{code}.stb"), encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    table, prefix = {}, ""
    for line in lines:
        line = line.lstrip(" \t")
        if not line or line.startswith("#") or line.startswith("//"):
            continue
        m = re.match(r"([^ \t]+)[ \t]+(.*)$", line)
        if not m:
            continue
        name, text = m.group(1), unescape(m.group(2))
        if name.upper() == "PREFIX":
            p = text.strip()
            prefix = "" if p.upper() in ("$", "NULL") else p
            continue
        table[(f"{prefix}@{name}" if prefix else name).upper()] = text
    return table


def softether_items():
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if NAME_RE.search(k)]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"softether-{code}-{key}", lang, text, "softether_vpn_app",
                       f"github.com/SoftEtherVPN/SoftEtherVPN@{SOFTETHER_COMMIT[:12]}:"
                       f"src/bin/hamcore/strtable_{code}.stb ({key}; copied to "
                       f"scripts/real_corpus/raw/softether/)",
                       f"SoftEtherVPN/SoftEtherVPN:{key}", "keyword_rule_app_strings")


def items():
    yield from softether_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
