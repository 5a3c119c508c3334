#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-fourth batch of tests/data/real/: the English user-interface
strings of Feather Wallet, a Monero desktop wallet (feather-wallet/feather, BSD-3-Clause), about
seeds, keys, passwords, PINs, passphrases, backups, restoring, logging in and verification codes.

Usage:
    python3 scripts/real_corpus/build_templates330.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates330.py assemble     # write the jsonl files

Source: github.com/feather-wallet/feather at FEATHER_COMMIT (2026-07-30). Feather has no
translation catalogues (no Qt .ts file, no QTranslator), so there are no Spanish or Chinese
texts; its English strings live in the Qt Designer forms (src/**/*.ui) and in string literals of
the C++ sources (src/**/*.cpp; only 7 go through tr()). Every file of src/ (vendored code in
src/third-party, src/monero_seed, src/polyseed and src/openpgp left out) that gives at least one
selected text is copied verbatim to scripts/real_corpus/raw/feather/ (same paths; see SOURCE.md
there), and this builder reads only those copies.

Strings (mechanical): in a .ui file every <string> element not marked notr="true", keyed
`<path>:<widget or action name>.<property name>` (`#2`, `#3`… on a repeated key); a Qt rich-text
value (one holding HTML tags) is reduced to its text (head and style dropped, tags removed,
entities resolved, white space runs collapsed to one space). In a .cpp file every run of adjacent
C++ string literals (only white space between them; comments and character literals skipped),
backslash escapes resolved, keyed `<path>:L<line of its first literal>`, except a run on a line
that calls qDebug/qInfo/qWarning/qCritical/qFatal (log output, not shown to the user).

Selection (mechanical, fixed before reading texts): every string of at least four words (white-
space separated) matching, case-insensitively, SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2fa, two-factor). Near-duplicates (digits and white space aside)
collapse (first in file order kept; files in sorted path order, .ui before .cpp). Cut at 500
characters.

Split: the unit is the string key (`feather-wallet/feather:<key>`); held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates330.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

from app_strings import keyword_new
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates330.tsv")
RAW = os.path.join(HERE, "raw", "feather")
FEATHER_COMMIT = "54900d2696650e8973e8c35c6ddf5d041eeff394"
VENDORED = ("src/third-party/", "src/monero_seed/", "src/polyseed/", "src/openpgp/")
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor", re.I)
LOG_RE = re.compile(r"\bq(?:Debug|Info|Warning|Critical|Fatal)\b")
TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?\*/|\'(?:[^\'\\\n]|\\.)*\'|"(?:[^"\\\n]|\\.)*"', re.S)
C_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "'": "'", "\\": "\\"}


def rich_to_text(t):
    if not re.search(r"<[A-Za-z!/][^>]*>", t):
        return t
    t = re.sub(r"<head>.*?</head>|<style[^>]*>.*?</style>", " ", t, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return re.sub(r"\s+", " ", html.unescape(t)).strip()


def ui_strings(path, rel):
    """(key, text) of the <string> elements of a Qt Designer form."""
    out = []
    used = {}

    def walk(e, owner, prop):
        if e.tag in ("widget", "action") and e.get("name"):
            owner = e.get("name")
        if e.tag == "property" and e.get("name"):
            prop = e.get("name")
        if e.tag == "string" and e.get("notr") != "true":
            text = rich_to_text(e.text or "")
            key = f"{rel}:{owner}.{prop}"
            used[key] = used.get(key, 0) + 1
            if used[key] > 1:
                key += f"#{used[key]}"
            out.append((key, text))
        for c in e:
            walk(c, owner, prop)

    walk(ET.parse(path).getroot(), "form", "")
    return out


def cpp_strings(path, rel):
    """(key, text) of the runs of adjacent string literals of a C++ source."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    lines = src.split("\n")
    out = []
    run, start, end = [], None, None
    for m in TOKEN_RE.finditer(src):
        tok = m.group(0)
        if not tok.startswith('"'):
            continue
        if run and src[end:m.start()].strip() == "":
            run.append(tok)
        else:
            if run:
                out.append((start, run))
            run, start = [tok], m.start()
        end = m.end()
    if run:
        out.append((start, run))
    res = []
    for pos, toks in out:
        line = src.count("\n", 0, pos) + 1
        if LOG_RE.search(lines[line - 1]):
            continue
        text = "".join(re.sub(r"\\(.)", lambda mm: C_ESCAPES.get(mm.group(1), "\\" + mm.group(1)),
                              t[1:-1]) for t in toks)
        res.append((f"{rel}:L{line}", text))
    return res


def source_files(root):
    ui, cpp = [], []
    for d, _, files in os.walk(os.path.join(root, "src")):
        for fn in files:
            rel = os.path.relpath(os.path.join(d, fn), root).replace(os.sep, "/")
            if rel.startswith(VENDORED):
                continue
            if fn.endswith(".ui"):
                ui.append(rel)
            elif fn.endswith(".cpp"):
                cpp.append(rel)
    return sorted(ui) + sorted(cpp)


def selected(root=RAW):
    """(key, text) of the selected strings under `root` (a checkout, or the raw copy)."""
    seen = set()
    for rel in source_files(root):
        path = os.path.join(root, rel)
        strings = ui_strings(path, rel) if rel.endswith(".ui") else cpp_strings(path, rel)
        for key, text in strings:
            if keyword_new(text, SELECT_RE, seen):
                yield key, text


def feather_items():
    for key, text in selected():
        rel = key.rsplit(":", 1)[0]
        yield item(f"feather-en-{key}", "en", text, "feather_app",
                   f"github.com/feather-wallet/feather@{FEATHER_COMMIT[:12]}:{rel} ({key}; "
                   f"copied to scripts/real_corpus/raw/feather/)",
                   f"feather-wallet/feather:{key}", "keyword_rule_app_strings")


def items():
    yield from feather_items()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "files":
        # the files of a checkout that give a selected text (to copy to raw/)
        for f in sorted({k.rsplit(":", 1)[0] for k, _ in selected(sys.argv[2])}):
            print(f)
        sys.exit(0)
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
