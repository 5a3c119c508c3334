#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-third batch of tests/data/real/: the in-app strings of
Pass for iOS, the client of the pass password store (mssun/passforios, MIT), about passwords,
passphrases, passcodes, one-time passwords, PGP keys, SSH keys, Git and the like, in English
(the product has no Spanish or Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates279.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates279.py assemble     # write the jsonl files

Source: github.com/mssun/passforios at PASS_COMMIT (stored head, 2026-02-12; the en.lproj files
last changed 2025-02-16), the English catalogues of the app, pass/en.lproj/Localizable.strings,
Main.strings (the storyboard's strings, UTF-16), InfoPlist.strings and Intents.intentdefinition
(the Siri-shortcut definition, a property list whose English strings de.lproj/Intents.strings and
it.lproj/Intents.strings translate), copied verbatim to scripts/real_corpus/raw/passforios/en.lproj/
(see SOURCE.md there). pass/en.lproj/Localizable.stringsdict (4 plural entries) was read too: no
plural form has four words, so none is selected and the file is not copied. The app's other
catalogues are de.lproj and it.lproj only: outside the round's languages (English, Spanish,
zh-Hans, zh-Hant). Licence: LICENSE at that commit, the MIT licence (Copyright (c) 2017 Bob Sun).

Reading: a .strings file as strings_file of build_templates240.py (`"key" = "value";` pairs,
comments skipped, backslash escapes resolved, a repeated key keeps its last value); Main.strings
is UTF-16 and read as strings_utf16 of build_templates263.py. Intents.intentdefinition is read
with plistlib: every string leaf, keyed by its path (dictionary keys and list indices joined
with `.`). The catalogue key is `<table>:<key>`, tables in the order Localizable, Main,
InfoPlist, Intents. Ids are `passforios-en-<table>-<key_slug(key)>` (key_slug of
build_templates240.py).

Selection (mechanical, fixed before any text was read): every key whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard secret-word rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) plus gpg, pgp, key, git, ssh and otp (as substrings, so "keyboard",
"keychain", "digit" match too). Near-duplicates (digits and white space aside, case folded)
collapse within the product (the first key in table order keeps the text). Placeholders (%@,
%d) are kept as written (they are the app's own). Cut at 500 characters; the near-duplicate
rule is applied again to the cut texts, since three GnuPG explanations (…CopyExplanation,
…ServerExplanation, …FileExplanation) differ only after their first 500 characters: the first
keeps the text, the other two are left out (this second pass was added after the candidates were
first printed, before any label was written, so that one stored text cannot sit in both splits).

Split: the unit is the message key (`mssun/passforios:<table>:<key>`); held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates279.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import plistlib
import re

from app_strings import catalogue_texts, norm
from build_templates import item
from build_templates240 import key_slug, strings_file
from build_templates263 import strings_utf16
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates279.tsv")
RAW = os.path.join(HERE, "raw", "passforios")
PASS_COMMIT = "53ae6426bd0a1a8694f052edcdd9795fcfc005ad"
LANGS = [("en", "en")]
TABLES = [("Localizable", "Localizable.strings"), ("Main", "Main.strings"),
          ("InfoPlist", "InfoPlist.strings"), ("Intents", "Intents.intentdefinition")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|gpg|pgp|key|git|ssh|otp", re.I)


def plist_strings(node, prefix=""):
    """(path, text) of every string leaf of a property list, in file order."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from plist_strings(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from plist_strings(v, f"{prefix}.{i}" if prefix else str(i))
    elif isinstance(node, str):
        yield prefix, node


def load(code):
    out = {}
    for table, file in TABLES:
        path = os.path.join(RAW, f"{code}.lproj", file)
        if file == "Main.strings":
            strings = strings_utf16(path)
        elif file.endswith(".strings"):
            strings = strings_file(path)
        else:
            with open(path, "rb") as f:
                strings = dict(plist_strings(plistlib.load(f)))
        for key, value in strings.items():
            out[f"{table}:{key}"] = value
    return out


def passforios_items():
    files = dict(TABLES)
    seen = set()
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        table, k = key.split(":", 1)
        it = item(f"passforios-{lang}-{table}-{key_slug(k)}", lang, text, "passforios_app",
                  f"github.com/mssun/passforios@{PASS_COMMIT[:12]}:pass/{code}.lproj/"
                  f"{files[table]} ({k}; copied to scripts/real_corpus/raw/passforios/)",
                  f"mssun/passforios:{key}", "keyword_rule_app_strings")
        if norm(it["text"]) in seen:
            continue
        seen.add(norm(it["text"]))
        yield it


def items():
    yield from passforios_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
