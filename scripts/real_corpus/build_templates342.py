#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-sixth batch of tests/data/real/: the in-app and e-mail
strings of Akaunting (akaunting/akaunting, GPL-3.0 at the commit used), an accounting web app,
about passwords, log-in, backups, restoring and other secret words, in English, Spanish, zh-Hans
and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates342.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates342.py assemble     # write the jsonl files

Source: github.com/akaunting/akaunting at AKAUNTING_COMMIT (2023-10-03, "Merge pull request
#3046", the parent of f15f8c68d812 "akaunting 3.1", the commit that replaced the GPL-3.0
LICENSE.txt by the Business Source License; the head of the repository is BSL, so it is not
used), resources/lang/{en-GB,es-ES,zh-CN,zh-TW}/*.php copied verbatim to
scripts/real_corpus/raw/akaunting/<locale>/ (see SOURCE.md there). Licence: GPL-3.0
(LICENSE.txt at the same commit: GNU General Public License, version 3; composer.json says
"GPL-3.0+").

Reading: each file is a Laravel `return [ 'key' => 'text', … ];` array (nested arrays flattened
with dots), read by build_templates320's php_array; the message key is `<file>.<key>`, e.g.
`auth.notification.message_1`. A text is shown as the UI renders it (build_templates320's
shown: HTML tags dropped, `<br>`, `</p>`, `<li>` as a space, entities decoded, white space runs
collapsed). Laravel's `:name` placeholders are kept as written (they are the app's own).

Selection (mechanical, fixed before any text was read): every key of the English (en-GB)
catalogues whose shown text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language's catalogue that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside, lower case) collapse within a language, the first key in
catalogue order (files in name order) keeping the text. Cut at 500 characters.

Split: the unit is the message key (`akaunting/akaunting:<file>.<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates342.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE
from build_templates320 import catalogue_items, php_array, shown
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates342.tsv")
RAW = os.path.join(HERE, "raw", "akaunting")
AKAUNTING_COMMIT = "503cfa2118dc6b592fe102d4ed12b4dc5c40c490"
REPO = "akaunting/akaunting"
LANGS = [("en-GB", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def load(code):
    """{<file>.<key>: raw text} of one locale's catalogues, files in name order."""
    out = {}
    folder = os.path.join(RAW, code)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".php"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for key, text in php_array(f.read()).items():
                out[f"{name[:-4]}.{key}"] = text
    return out


def selected(english):
    t = shown(english) if isinstance(english, str) else ""
    return len(t.split()) >= 4 and bool(SELECT_RE.search(t))


def akaunting_items():
    en = load("en-GB")
    keys = [k for k, v in en.items() if selected(v)]
    yield from catalogue_items(
        load, "en-GB", LANGS, keys, "akaunting", "akaunting_app",
        lambda code, name, sub: f"github.com/{REPO}@{AKAUNTING_COMMIT[:12]}:resources/lang/{code}/"
        f"{name}.php ({sub}; copied to scripts/real_corpus/raw/akaunting/)", REPO)


def items():
    yield from akaunting_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
