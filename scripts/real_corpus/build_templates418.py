#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-second batch of tests/data/real/: the ISPConfig 3 hosting
control panel's own interface and e-mail strings (ISPConfig, BSD-3-Clause) about passwords,
log-ins, two-factor codes, backups and restores, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates418.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates418.py assemble     # write the jsonl files

Source: ISPConfig 3 (upstream git.ispconfig.org/ispconfig/ispconfig3), read from the GitHub
mirror AVENTER-UG/ispconfig3 at ISPCONFIG_COMMIT, an upstream commit (Till Brehm's merge into
'develop', 2024-06-20, the 3.2.12 development line; the fork's own later commits are not used).
Licence: BSD-3-Clause (LICENSE at the same commit). The language files interface/lib/lang/
and interface/web/<module>/lib/lang/ <code>[_<form>].lng (en, es and cn = zh-Hans; ISPConfig
has no zh-Hant) of every English file holding a selected text are copied verbatim to
scripts/real_corpus/raw/ispconfig/ under their repository paths (see SOURCE.md there).

Reading: a .lng file is PHP assigning `$wb['key'] = '…';`; the value is one or more PHP string
literals (single- or double-quoted, escapes resolved as PHP does) joined by `.`, where the
constant PHP_EOL reads as a newline. A key assigned twice keeps its last value (as PHP does).
Each file's keys are named `<file>:<key>`, <file> being the path below interface/ without the
language code (e.g. `web/login/lib/lang/.lng`, `web/client/lib/lang/_client.lng`), and the
files of one language are read as one catalogue in path order.

Selection (mechanical, app_strings.SELECT_RE, unnarrowed: it gives 133 English keys): every key
whose English text has at least four words (white-space separated) and matches,
case-insensitively, seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA or
two-factor. The key's text is taken in each language file that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within a language. Markup and placeholders (%s, {tmpl_var}) are kept as written. Cut
at 500 characters.

Split: the unit is the message key (`ispconfig/ispconfig3:<file>:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates418.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates418.tsv")
RAW = os.path.join(HERE, "raw", "ispconfig")
ISPCONFIG_COMMIT = "bcb8eb1ed8ee16636d8c402d3bbb8ccd0bbfd3f4"
LANGS = [("en", "en"), ("es", "es"), ("cn", "zh-Hans")]

ENTRY = re.compile(r"""\$wb\s*\[\s*(?:(['"])(.*?)\1|(\d+))\s*\]\s*=\s*""", re.S)
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}


def php_literal(src, i):
    """(value, end) of the PHP string literal starting at src[i]."""
    quote, out = src[i], []
    i += 1
    while src[i] != quote:
        if src[i] == "\\":
            nxt = src[i + 1]
            if quote == "'":
                out.append(nxt if nxt in "'\\" else "\\" + nxt)
            else:
                out.append(DQ_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(src[i])
            i += 1
    return "".join(out), i + 1


def php_value(src, i):
    """(value, end) of a `.`-joined run of literals and PHP_EOL from src[i], or (None, i)."""
    parts = []
    while True:
        while src[i].isspace():
            i += 1
        if src[i] in "'\"":
            text, i = php_literal(src, i)
        elif src.startswith("PHP_EOL", i):
            text, i = "\n", i + len("PHP_EOL")
        else:
            break
        parts.append(text)
        while src[i].isspace():
            i += 1
        if src[i] != ".":
            break
        i += 1
    return ("".join(parts), i) if parts and src[i] == ";" else (None, i)


def lng_strings(path):
    """key -> value of the `$wb[...] = ...;` assignments of a .lng file, in file order."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    out, pos = {}, 0
    while True:
        m = ENTRY.search(src, pos)
        if not m:
            return out
        value, pos = php_value(src, m.end())
        if value is not None:
            out[m.group(2) if m.group(3) is None else m.group(3)] = value


def lng_files():
    """(file name, path below RAW with `{code}` for the language) of the English files."""
    found = []
    for dirpath, _, names in os.walk(RAW):
        for name in names:
            m = re.fullmatch(r"en(_.*)?\.lng", name)
            if m:
                rel = os.path.relpath(dirpath, RAW)
                found.append((f"{rel[len('interface/'):]}/{m.group(1) or ''}.lng",
                              f"{rel}/{{code}}{m.group(1) or ''}.lng"))
    return sorted(found)


def load(code):
    """The merged catalogue of one language: `<file>:<key>` -> text."""
    out = {}
    for name, pattern in lng_files():
        path = os.path.join(RAW, pattern.format(code=code))
        if os.path.exists(path):
            for key, text in lng_strings(path).items():
                out[f"{name}:{key}"] = text
    return out


def ispconfig_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        name, k = key.rsplit(":", 1)
        path = "interface/" + name.replace("/.lng", f"/{code}.lng").replace("/_", f"/{code}_")
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{name[:-len('.lng')]}-{k}").strip("-")
        yield item(f"ispconfig-{code}-{slug}", lang, text, "ispconfig_app",
                   f"ISPConfig 3 (github.com/AVENTER-UG/ispconfig3@{ISPCONFIG_COMMIT[:12]}, "
                   f"upstream commit):{path} ({k}; copied to scripts/real_corpus/raw/ispconfig/)",
                   f"ispconfig/ispconfig3:{key}", "keyword_rule_app_strings")


def items():
    yield from ispconfig_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
