#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-seventh batch of tests/data/real/: the desktop GUI strings
of Liana, the Bitcoin wallet (wizardsardine/liana, BSD-3-Clause) about recovery paths, keys,
descriptors, backups, signing devices, passwords and the like, in English (the only language:
the GUI has no translation catalogues; its strings are literals in the Rust source).

Usage:
    python3 scripts/real_corpus/build_templates243.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates243.py assemble     # write the jsonl files

Source: github.com/wizardsardine/liana at LIANA_COMMIT (2026-07-24), the files of
liana-gui/src/ that hold at least one selected text, copied verbatim to
scripts/real_corpus/raw/liana/ under their repository paths (see SOURCE.md there).

Selection (mechanical): every Rust string literal ("...", raw strings r"..." / r#"..."# too;
comments skipped; escapes \\n \\t \\" \\\\ resolved, a backslash-newline continuation with the
next line's leading white space dropped) in liana-gui/src/**/*.rs, files in path order, literals
in file order, that
  * is not a developer message: the code from the previous `;`, `{` or `}` up to the literal
    does not contain any of DEV_MARKERS (expect(, panic!, unreachable!, assert, log::, tracing::,
    error!(, warn!(, info!(, debug!(, trace!(, todo!(, unimplemented!), and the literal is not
    after a `#[cfg(test)]` line of its file;
  * has at least four white-space separated words and matches SELECT_RE case-insensitively (the
    standard rule plus wallet, descriptor, signing device, hardware, key).
Near-duplicates (digits and white space aside) collapse. Format placeholders `{}` / `{name}` are
kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the literal's place (`wizardsardine/liana:<path>:<line>`), held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates243.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import keyword_new
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates243.tsv")
RAW = os.path.join(HERE, "raw", "liana")
LIANA_COMMIT = "d2dbc4c3df2ec7ac8aa1542546665db3f0e0dffc"
SRC = "liana-gui/src"
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|wallet|descriptor|signing device|hardware|key", re.I)
DEV_MARKERS = ["expect(", "panic!", "unreachable!", "assert", "log::", "tracing::", "error!(",
               "warn!(", "info!(", "debug!(", "trace!(", "todo!(", "unimplemented!"]
TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?\*/|r(#*)"(.*?)"\1|b?"((?:[^"\\]|\\.)*)"'
                      r"|'(?:[^'\\\n]|\\.[^']*)'", re.S)
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "r": "\r", "0": "\0"}


def unescape(s):
    s = re.sub(r"\\\n\s*", "", s)
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), s)


def literals(src):
    """(line, text) of the user-facing string literals of one Rust file, in order."""
    test_at = src.find("#[cfg(test)]")
    code = []  # the code since the last statement/block boundary, comments and literals left out
    last = 0
    for m in TOKEN_RE.finditer(src):
        code.append(src[last:m.start()])
        last = m.end()
        tok = m.group(0)
        if tok.startswith("//") or tok.startswith("/*") or tok.startswith("'"):
            continue
        before = "".join(code)
        cut = max(before.rfind(";"), before.rfind("{"), before.rfind("}"))
        context = before[cut + 1:]
        code = [context]
        if m.group(2) is not None:
            text = m.group(2)
        elif tok.startswith("b"):
            continue
        else:
            text = unescape(m.group(3))
        if test_at != -1 and m.start() > test_at:
            continue
        if any(k in context for k in DEV_MARKERS):
            continue
        yield src.count("\n", 0, m.start()) + 1, text


def rust_files():
    base = os.path.join(RAW, SRC)
    out = []
    for d, _, files in os.walk(base):
        for f in files:
            if f.endswith(".rs"):
                out.append(os.path.relpath(os.path.join(d, f), RAW).replace(os.sep, "/"))
    return sorted(out)


def liana_items():
    seen = set()
    for path in rust_files():
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            src = f.read()
        for line, text in literals(src):
            if not keyword_new(text, SELECT_RE, seen):
                continue
            slug = path[len(SRC) + 1:-3].replace("/", ".")
            yield item(f"liana-en-{slug}-L{line}", "en", text, "liana_app",
                       f"github.com/wizardsardine/liana@{LIANA_COMMIT[:12]}:{path} (line {line}; "
                       f"copied to scripts/real_corpus/raw/liana/)",
                       f"wizardsardine/liana:{path}:{line}", "keyword_rule_app_strings")


def items():
    yield from liana_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
