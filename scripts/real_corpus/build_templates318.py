#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-second batch of tests/data/real/: FreshRSS's own UI
strings (FreshRSS/FreshRSS, AGPL-3.0) about passwords, log-in, API passwords and tokens, accounts,
authentication, backups and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates318.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates318.py assemble     # write the jsonl files

Source: github.com/FreshRSS/FreshRSS at FRESHRSS_COMMIT (stored head, 2024-10-24), licence
AGPL-3.0 (LICENSE.txt at that commit). The eight UI catalogues app/i18n/<code>/{admin,conf,
feedback,gen,index,install,sub,user}.php of <code> en, es, zh-cn, zh-tw are copied verbatim to
scripts/real_corpus/raw/freshrss_ui/<code>/ (see SOURCE.md there); the builder reads only those.

Reading: each catalogue is one nested PHP array, one entry a line: `'<key>' => array(` opens a
level, `),` closes it, `'<key>' => '<text>',` is a string (PHP single-quoted, `\\'` and `\\\\` the
only escapes), optionally followed by a `// TODO`, `// DIRTY` or `// IGNORE` comment. The key of
a string is FreshRSS's own (as `_t()` takes it): the file name, then the array keys, joined by
dots (e.g. `conf.profile.api`). In a translation, a string marked `// TODO` (FreshRSS's mark for
"never translated", i.e. still the English) is treated as missing. Texts are kept as written: the
HTML tags and `%s` / `%d` placeholders are the product's own.

Selection (mechanical, fixed before any text was read): every key of the English catalogues whose
English text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or token, api, account, authentication. FreshRSS's one e-mail is already in the
corpus (freshrss_email, build_templates11.py); its strings (the keys under `user.mailer.`) are
left out. The key's text is taken in English and in each translation; a translation equal to the
English (ends' white space aside) is skipped as untranslated. Near-duplicates (digits and white
space aside) collapse within a language (the first key in catalogue order keeps the text). Cut at
500 characters.

Split: the unit is the message key (`FreshRSS/FreshRSS:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates318.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import app_strings
from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates318.tsv")
RAW = os.path.join(HERE, "raw", "freshrss_ui")
FRESHRSS_COMMIT = "6c58b90518c30a165db1ee8ea34e0f3d12c6c898"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
FILES = ["admin", "conf", "feedback", "gen", "index", "install", "sub", "user"]
SELECT_RE = re.compile(app_strings.SELECT_RE.pattern + r"|token|api|account|authentication", re.I)
# The strings of FreshRSS's one mail (the freshrss_email batch): left out.
MAIL_PREFIX = "user.mailer."

OPEN_RE = re.compile(r"^\s*'([^']+)' => array\($")
CLOSE_RE = re.compile(r"^\s*\),?$")
ENTRY_RE = re.compile(r"^\s*'([^']+)' => '((?:\\.|[^'\\])*)',(?:\s*//\s*(\w+))?\s*$")
SKIP_RE = re.compile(r"^(<\?php|return array\(|\);|\s*/\*.*\*/|\s*)$")


def php_unquote(s):
    """The value of a PHP single-quoted string body (only \\' and \\\\ are escapes)."""
    return re.sub(r"\\([\\'])", r"\1", s)


def read_catalogue(path, prefix):
    """[(key, text, mark)] of one app/i18n/<code>/<file>.php, in file order; mark is the
    trailing comment word (TODO, DIRTY, IGNORE) or None."""
    out, stack = [], [prefix]
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = OPEN_RE.match(line)
            if m:
                stack.append(m.group(1))
                continue
            m = ENTRY_RE.match(line)
            if m:
                out.append((".".join(stack + [m.group(1)]), php_unquote(m.group(2)), m.group(3)))
                continue
            if CLOSE_RE.match(line):
                stack.pop()
                continue
            if not SKIP_RE.match(line):
                raise ValueError(f"{path}: unexpected line {line!r}")
    assert stack == [prefix], (path, stack)
    return out


def load(code):
    """{key: text} of one language's eight catalogues, in file order; in a translation a string
    marked TODO is left out; the mail's strings are left out."""
    out = {}
    for name in FILES:
        for key, text, mark in read_catalogue(os.path.join(RAW, code, f"{name}.php"), name):
            if key.startswith(MAIL_PREFIX) or (code != "en" and mark == "TODO"):
                continue
            out[key] = text
    return out


def freshrss_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"freshrss-ui-{code}-{key}", lang, text, "freshrss_ui",
                   f"github.com/FreshRSS/FreshRSS@{FRESHRSS_COMMIT[:12]}:app/i18n/{code}/"
                   f"{key.split('.')[0]}.php ({key}; copied to scripts/real_corpus/raw/freshrss_ui/)",
                   f"FreshRSS/FreshRSS:{key}", "keyword_rule_app_strings")


def items():
    yield from freshrss_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
