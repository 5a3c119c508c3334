#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-ninth batch of tests/data/real/: the in-app strings of the
AList web interface (alist-org/alist-web, the front end of the AList file-list server; MIT as
declared in its package.json) about passwords, log-in, two-factor codes, backups/restoring,
users, accounts and tokens, in English, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates265.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates265.py assemble     # write the jsonl files

Source: alist-org/alist-web commits only its English catalogue (src/lang/en/*.json); the other
languages are downloaded from its Crowdin project at build time and ignored by git
(`/src/lang/*` in .gitignore). The catalogues are therefore read from the fork
github.com/Nya-WSL/alist-web at ALIST_COMMIT (2023-04-06, "i18n v1.0"): upstream alist-org/
alist-web at cc9661fd0adc (2023-04-02) plus, in that one commit, the downloaded translations
(src/lang/ja-JP, zh-CN, zh-TW) and the .gitignore line un-ignoring them; nothing else differs
from upstream (src/lang/en is byte-identical to upstream's). Later commits of the fork edit
translations by hand and are not used. Licence: MIT, the "license" field of package.json at that
commit (as at every upstream commit); the repository has no LICENSE file. No Spanish catalogue
was downloaded into the fork (upstream's Crowdin es-ES was never committed translated).
Files: src/lang/{en,zh-CN,zh-TW}/*.json, copied verbatim to scripts/real_corpus/raw/alist/
(see SOURCE.md there).

Keys: `<file stem>.<dotted key>` (e.g. `users.xxx`), the files of src/lang/en taken in sorted
name order, each file's keys in file order (app_strings.flatten).

Selection (mechanical, fixed before any text was read): every key whose English text has at
least four white-space separated words and matches, case-insensitively, SELECT_RE: the standard
keyword rule of app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus account, user, token, app store, install, as the batch's brief asked. The
key's text is taken in every language that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders (`{{name}}`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`alist-org/alist-web:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates265.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates265.tsv")
RAW = os.path.join(HERE, "raw", "alist")
ALIST_COMMIT = "ce7ff7eb2d7a80662fa084c7e2c0a1f635c5c38e"
UPSTREAM_COMMIT = "cc9661fd0adc686c1678957f34b099eef5b16bdb"
LANGS = [("en", "en"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|user|token|app store|install", re.I)


def load(code):
    """{<file stem>.<dotted key>: leaf} of one language's catalogue files, the file names of the
    English folder in sorted order (a file missing in a language gives nothing)."""
    out = {}
    for name in sorted(os.listdir(os.path.join(RAW, "en"))):
        path = os.path.join(RAW, code, name)
        if not name.endswith(".json") or not os.path.exists(path):
            continue
        for key, leaf in load_json(path, flat=True).items():
            out[f"{name[:-len('.json')]}.{key}"] = leaf
    return out


def alist_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        stem, _, _ = key.partition(".")
        yield item(f"alist-{code}-{key}", lang, text, "alist_web",
                   f"github.com/Nya-WSL/alist-web@{ALIST_COMMIT[:12]}:src/lang/{code}/{stem}.json "
                   f"({key}; upstream alist-org/alist-web@{UPSTREAM_COMMIT[:12]} plus its Crowdin "
                   f"translations; copied to scripts/real_corpus/raw/alist/)",
                   f"alist-org/alist-web:{key}", "keyword_rule_app_strings")


def items():
    yield from alist_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
