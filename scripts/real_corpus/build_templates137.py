#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-first batch of tests/data/real/: the in-app strings of the Stack
Wallet multi-coin wallet (cypherstack/stack_wallet, GPL-3.0) about seed/recovery phrases, keys,
passwords, PINs, passphrases, backups, restoring, logging in and one-time codes, in English.

Usage:
    python3 scripts/real_corpus/build_templates137.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates137.py assemble     # write the jsonl files

Source: github.com/cypherstack/stack_wallet at SW_COMMIT (2025-10-24). Stack Wallet is a Flutter
app with no translation catalogues (no lib/l10n, no .arb files): its strings are hard-coded
English Dart string literals. Every .dart file under lib/pages/ that yields at least one selected
text (47 files) is copied verbatim to scripts/real_corpus/raw/stack_wallet/, keeping its path
(see SOURCE.md there); the builder reads only those copies.

Extraction (mechanical, dart_literals below): each .dart file, in sorted path order, is scanned
for string literals outside comments (// and nested /* */): '…', "…", '''…''', \"\"\"…\"\"\",
with or without the r prefix. Escapes are resolved (\\n, \\t, \\', \\$, \\uXXXX …); interpolations
`$name` and `${…}` are kept as written (they are the app's own placeholders). Adjacent literals
(white space between them only) are joined, as Dart joins them. A literal whose innermost
enclosing call is `log`, `print`, `debugPrint` (developer logs, never shown) or `Key` /
`ValueKey` (widget identifiers) is dropped.

Selection (mechanical): every literal with at least four words (white-space separated) that
matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). English only: the app has no Spanish or Chinese
strings. Near-duplicates (digits and white space aside) collapse; the first in file and line
order keeps the text. Cut at 500 characters.

Split: the unit is the literal's place (`cypherstack/stack_wallet:<path>:<line>`, the line of its
first literal); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates137.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates137.tsv")
RAW = os.path.join(HERE, "raw", "stack_wallet")
SW_COMMIT = "a156253bf3494e094efffd332ee53ee65489157e"
ESC = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
DROPPED_CALLS = {"log", "print", "debugPrint", "Key", "ValueKey"}


def _skip_comment(src, i):
    """The index after the comment starting at i, or None when none starts there."""
    if src.startswith("//", i):
        j = src.find("\n", i)
        return len(src) if j < 0 else j
    if src.startswith("/*", i):
        depth, i = 1, i + 2
        while i < len(src) and depth:
            if src.startswith("/*", i):
                depth, i = depth + 1, i + 2
            elif src.startswith("*/", i):
                depth, i = depth - 1, i + 2
            else:
                i += 1
        return i
    return None


def _interpolation_end(src, i):
    """The index of the `}` closing the `${` at i (nested braces and quoted strings skipped)."""
    depth, j = 0, i + 1
    while j < len(src):
        if src[j] == "{":
            depth += 1
        elif src[j] == "}":
            depth -= 1
            if depth == 0:
                return j
        elif src[j] in "'\"":
            q, j = src[j], j + 1
            while j < len(src) and src[j] != q:
                j += 2 if src[j] == "\\" else 1
        j += 1
    return j


def _literal(src, i, raw):
    """(text, end index) of the string literal whose opening quote is at i."""
    q = src[i] * 3 if src.startswith(src[i] * 3, i) else src[i]
    i += len(q)
    parts = []
    while i < len(src) and not src.startswith(q, i):
        ch = src[i]
        if ch == "\\" and not raw:
            nx = src[i + 1]
            if nx == "u" and src[i + 2] == "{":
                j = src.index("}", i)
                parts.append(chr(int(src[i + 3:j], 16)))
                i = j + 1
            elif nx == "u":
                parts.append(chr(int(src[i + 2:i + 6], 16)))
                i += 6
            else:
                parts.append(ESC.get(nx, nx))
                i += 2
            continue
        if ch == "$" and not raw and src.startswith("${", i):
            j = _interpolation_end(src, i)
            parts.append(src[i:j + 1])
            i = j + 1
            continue
        parts.append(ch)
        i += 1
    return "".join(parts), i + len(q)


def dart_literals(src):
    """(line, innermost enclosing call name, text) of every run of adjacent string literals of
    the Dart source `src`, in source order."""
    i, n = 0, len(src)
    out, stack, cur, last_ident = [], [], None, ""
    while i < n:
        j = _skip_comment(src, i)
        if j is not None:
            i = j
            continue
        c = src[i]
        raw = False
        if (c == "r" and i + 1 < n and src[i + 1] in "'\""
                and not (i and (src[i - 1].isalnum() or src[i - 1] in "_$"))):
            raw, i, c = True, i + 1, src[i + 1]
        if c in "'\"":
            start = i
            text, i = _literal(src, i, raw)
            if cur is None:
                cur = [src.count("\n", 0, start) + 1, stack[-1] if stack else "", []]
            cur[2].append(text)
            continue
        if c.isspace():
            i += 1
            continue
        if cur is not None:
            out.append((cur[0], cur[1], "".join(cur[2])))
            cur = None
        if c.isalpha() or c in "_$":
            j = i
            while j < n and (src[j].isalnum() or src[j] in "_$"):
                j += 1
            last_ident, i = src[i:j], j
            continue
        if c == "(":
            stack.append(last_ident)
        elif c == ")" and stack:
            stack.pop()
        last_ident = ""
        i += 1
    if cur is not None:
        out.append((cur[0], cur[1], "".join(cur[2])))
    return out


def dart_files():
    """Repository paths of the copied .dart files, sorted."""
    paths = []
    for d, _, names in os.walk(RAW):
        for name in names:
            if name.endswith(".dart"):
                paths.append(os.path.relpath(os.path.join(d, name), RAW).replace(os.sep, "/"))
    return sorted(paths)


def stack_wallet_items():
    seen = set()
    for path in dart_files():
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            src = f.read()
        for line, call, text in dart_literals(src):
            if call in DROPPED_CALLS or len(text.split()) < 4 or not SELECT_RE.search(text):
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            short = path[len("lib/pages/"):-len(".dart")]
            yield item(f"stackwallet-en-{short}:{line}", "en", text, "stack_wallet_app",
                       f"github.com/cypherstack/stack_wallet@{SW_COMMIT[:12]}:{path}#L{line} "
                       f"(copied to scripts/real_corpus/raw/stack_wallet/)",
                       f"cypherstack/stack_wallet:{path}:{line}", "keyword_rule_app_strings")


def items():
    yield from stack_wallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
