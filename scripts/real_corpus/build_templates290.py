#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-fourth batch of tests/data/real/: the in-app messages of the
Termux terminal app for Android (termux/termux-app, GPL-3.0; its termux-shared library MIT) about
passwords, PINs, keys, SSH, permissions, storage, credentials, backups, restoring and logging in,
in English (the master branch has no Spanish or Chinese catalogues).

Usage:
    python3 scripts/real_corpus/build_templates290.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates290.py assemble     # write the jsonl files

Source: github.com/termux/termux-app at TERMUX_COMMIT (2026-04-07, branch master),
app/src/main/res/values/strings.xml and termux-shared/src/main/res/values/strings.xml, copied
verbatim to scripts/real_corpus/raw/termux/ (see SOURCE.md there, with both LICENSE.md files).

Selection (mechanical, fixed before reading texts): every <string> of the two English
catalogues (app first, then termux-shared, in catalogue order) whose text has at least four
words (white-space separated) and matches, case-insensitively, SELECT_RE: the common keyword
rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back
up, restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus
key, ssh, permission, storage, credential (substrings: "key" also takes "keyboard", "keys").
The XML entities of the catalogues' DOCTYPE (&TERMUX_APP_NAME; → Termux …) are expanded as the
Android build expands them; an unquoted text's white-space runs collapse to one space (as
Android shows it); backslash escapes (\\n, \\t, \\", \\', \\uXXXX) are decoded; format
placeholders (%1$s) are kept as written (they are the app's own). Near-duplicates (digits and
white space aside) collapse within the product. Cut at 500 characters.

Split: the unit is the message key (`termux/termux-app:<key>`; no key name occurs in both
catalogues), held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates290.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE as COMMON_RE, keyword_new
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates290.tsv")
RAW = os.path.join(HERE, "raw", "termux")
TERMUX_COMMIT = "30ebb2dee381d292ade0f2868cfde0f9f20b89fe"
# (folder here, path in the repository)
CATALOGUES = [("app", "app/src/main/res/values/strings.xml"),
              ("termux-shared", "termux-shared/src/main/res/values/strings.xml")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|key|ssh|permission|storage|credential", re.I)


def android_text(el):
    """The string as Android shows it: enclosing quotes removed (else white-space runs
    collapsed to one space), backslash escapes decoded (\\n, \\t, \\uXXXX, else the character)."""
    raw = "".join(el.itertext()).strip()
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        raw = raw[1:-1]
    else:
        raw = re.sub(r"\s+", " ", raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    raw = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), raw)
    return raw.strip()


def termux_items():
    seen = set()
    for folder, path in CATALOGUES:
        for el in ET.parse(os.path.join(RAW, folder, "strings.xml")).getroot():
            if el.tag != "string" or el.get("translatable") == "false":
                continue
            key, text = el.get("name"), android_text(el)
            if not keyword_new(text, SELECT_RE, seen):
                continue
            yield item(f"termux-en-{key}", "en", text, "termux_app",
                       f"github.com/termux/termux-app@{TERMUX_COMMIT[:12]}:{path} ({key}; "
                       f"copied to scripts/real_corpus/raw/termux/{folder}/)",
                       f"termux/termux-app:{key}", "keyword_rule_app_strings")


def items():
    yield from termux_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
