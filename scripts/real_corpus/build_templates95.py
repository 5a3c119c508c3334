#!/usr/bin/env python3
"""Rebuild the ninety-ninth batch of tests/data/real/: the in-app strings of MyEtherWallet about
mnemonic phrases, private keys, keystore files, passwords, PINs, backups, recovery and logging
in: the v5 web wallet (MyEtherWallet/MyEtherWallet, MIT; English, Spanish and zh-Hans catalogues,
no zh-Hant) and the v3 "classic" web wallet (MyEtherWallet/etherwallet, MIT; English, Spanish,
zh-Hans, zh-Hant), two sources.

Usage:
    python3 scripts/real_corpus/build_templates95.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates95.py assemble     # write the jsonl files

Source: github.com/MyEtherWallet/MyEtherWallet at MEW_COMMIT (2021-01-27, "Merge pull request
#2794 from MyEtherWallet/devop/revert-aave-change", package.json version 5.7.19-hotfix.1, the
last MEW v5 release on master before the fork it was read from), every
src/translations/<section>/{en_US,es_ES,zh_CN,zh_TW}.json at that commit (zh_TW: none), copied
verbatim to scripts/real_corpus/raw/myetherwallet/<section>/ (see SOURCE.md there). The
MyEtherWallet snapshot itself is over the fetch limit; the commit was read from the snapshot of
the fork github.com/AnilChinchawale/MyEtherWallet, whose history holds MEW's master unchanged up
to that merge (the fork's own commits came after it and are not used).

Second source: github.com/MyEtherWallet/etherwallet at CLASSIC_COMMIT (2019-09-17, "Merge pull
request #2306 from kvhnuke/devop/prep-release", release v3.40.0, the repository's last commit),
app/scripts/translations/{en,es,zhcn,zhtw}.js, copied verbatim to
scripts/real_corpus/raw/myetherwallet_classic/ (LICENSE.md: MIT; package.json says ISC). Each
file is a JavaScript object literal `<code>.data = { KEY : 'text', ... }`, one key a line; the
builder reads it with a regular expression (CLASSIC_LINE_RE), undoing its backslash escapes; it runs none
of it. The same selection applies, to the English text of each key; unit `MyEtherWallet/
etherwallet:<KEY>`. Markdown `**bold**` and HTML in the texts are kept as written.

Selection (mechanical): every string of every section's en_US.json (nested keys flattened with
dots) with at least four words (white-space separated) matching, case-insensitively, SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's
text is taken in every language file of the section that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the source and language (sections in path order, keys in file order; the first keeps the text).
Placeholders `{name}` and HTML tags are kept as written. Cut at 500 characters.

Split: the unit is the message key (`MyEtherWallet/MyEtherWallet:<section>/<key>`, or
`MyEtherWallet/etherwallet:<KEY>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates95.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, new_texts, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates95.tsv")
RAW = os.path.join(HERE, "raw", "myetherwallet")
MEW_COMMIT = "20700296a068737b3c5d485bbb146395ca193cfa"
RAW_CLASSIC = os.path.join(HERE, "raw", "myetherwallet_classic")
CLASSIC_COMMIT = "9623a34d7bcd9892140d3d8f02745eade14e7415"
CLASSIC_LANGS = [("en", "en"), ("es", "es"), ("zhcn", "zh-Hans"), ("zhtw", "zh-Hant")]
CLASSIC_LINE_RE = re.compile(r"""^\s*([A-Za-z0-9_]+)\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
                             r"""\s*,?\s*(?://.*)?$""")
LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def sections():
    """Every folder under RAW holding an en_US.json, as a path relative to RAW, in path order."""
    out = []
    for dirpath, _, files in os.walk(RAW):
        if "en_US.json" in files:
            out.append(os.path.relpath(dirpath, RAW).replace(os.sep, "/"))
    return sorted(out)


def flat(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flat(v, f"{prefix}{k}.")
        elif isinstance(v, str):
            yield f"{prefix}{k}", v


def load(section, code):
    path = os.path.join(RAW, section, f"{code}.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return dict(flat(json.load(f)))


def mew_items():
    secs = sections()
    english = {s: load(s, "en_US") for s in secs}
    keys = [(s, k) for s in secs for k, v in english[s].items()
            if len(v.split()) >= 4 and SELECT_RE.search(v)]
    for code, lang in LANGS:
        seen = set()
        for section, key in keys:
            strings = load(section, code)
            if strings is None:
                continue
            text = strings.get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en_US" and text.strip() == english[section][key].strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"mew-{code}-{section}/{key}", lang, text, "myetherwallet_app",
                       f"github.com/MyEtherWallet/MyEtherWallet@{MEW_COMMIT[:12]}:"
                       f"src/translations/{section}/{code}.json ({key}; copied to "
                       f"scripts/real_corpus/raw/myetherwallet/)",
                       f"MyEtherWallet/MyEtherWallet:{section}/{key}", "keyword_rule_app_strings")


def load_classic(code):
    """KEY -> text of app/scripts/translations/<code>.js (the lines after `<code>.data = {`)."""
    with open(os.path.join(RAW_CLASSIC, f"{code}.js"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = next(i for i, line in enumerate(lines) if ".data = {" in line)
    out = {}
    for line in lines[start + 1:]:
        m = CLASSIC_LINE_RE.match(line)
        if m:
            out[m.group(1)] = re.sub(r"\\(.)", r"\1", m.group(2)[1:-1])
    return out


def classic_items():
    english = load_classic("en")
    keys = [k for k, v in english.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]
    for code, lang in CLASSIC_LANGS:
        strings = load_classic(code)
        for key, text in new_texts(strings, keys, english if code != "en" else None):
            yield item(f"mewc-{code}-{key}", lang, text, "myetherwallet_classic",
                       f"github.com/MyEtherWallet/etherwallet@{CLASSIC_COMMIT[:12]}:"
                       f"app/scripts/translations/{code}.js ({key}; copied to "
                       f"scripts/real_corpus/raw/myetherwallet_classic/)",
                       f"MyEtherWallet/etherwallet:{key}", "keyword_rule_app_strings")


def items():
    yield from mew_items()
    yield from classic_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
