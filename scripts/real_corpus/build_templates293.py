#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-seventh batch of tests/data/real/: the in-app messages of the
IVPN desktop app (ivpn/desktop-app, GPL-3.0) about passwords, log-in, accounts, sessions,
two-factor codes and credentials, in English (the app has no other language).

Usage:
    python3 scripts/real_corpus/build_templates293.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates293.py assemble     # write the jsonl files

Source: github.com/ivpn/desktop-app at IVPN_COMMIT (2025-11-20), licence GPL-3.0 (LICENSE.md at
that commit). The app has no locale catalogue and no i18n library: the user-visible strings of
its Electron/Vue front end are written in English in ui/src (51 .vue components, 41 .js
modules). The files that hold at least one selected text are copied verbatim to
scripts/real_corpus/raw/ivpn/ under their repository paths (see SOURCE.md there); the builder
walks those copies in path order.

Extraction (mechanical), per file:
  (a) .vue files, the template: the part from the first `<template` to the last `</template>`,
      HTML comments dropped, split on tags (a tag: `<` ... `>`, quoted attribute values skipped
      over). Texts: each run of text between two tags, and the static (not `:`-bound) values of
      the attributes title, placeholder, label, text, subtitle and description, white space
      collapsed, in document order (template_texts of build_templates135.py, the enKrypt
      builder). A text holding a Vue interpolation (`{{`) is skipped.
  (b) the code: the <script> blocks of .vue files and whole .js files, read by a small tokenizer
      (comments and regular-expression literals skipped). Texts: the string literals ('...',
      "...", `...`); a run of literals joined only by `+` (and white space) is read as one text;
      `${...}` in a template literal is kept as written. A literal inside the arguments of a
      logging call (callee console.*, log.*, logger.*) is skipped (developer logs, not shown).
      White space is collapsed.

Selection (mechanical, fixed before any text was read): every such text with at least four words
(white-space separated) that matches, case-insensitively, SELECT_RE: the standard secret-word rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus
account, account id, session, credential, verify. Near-duplicates (digits and white space aside)
collapse (the first in path order kept). Cut at 500 characters.

Split: the unit is the message, keyed `<path>#<first 10 hex digits of SHA-256 of the text>`
(`ivpn/desktop-app:<key>`); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Ids are `ivpn-en-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates293.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import js_unescape, keyword_new
from build_templates import item
from build_templates135 import template_texts
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates293.tsv")
RAW = os.path.join(HERE, "raw", "ivpn")
IVPN_COMMIT = "fd93ea23ba8575701147dec7d63831f91be3845a"
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|account|account id|session|credential|verify", re.I)
LOG_CALLEE = re.compile(r"^(console|log|logger)\.\w+$")
REGEX_PREV = set("(,=:[!&|?{};+-*%<>~^")


def code_files():
    """Repository paths of the copied .vue and .js files, sorted."""
    out = []
    for d, _, names in os.walk(RAW):
        for n in names:
            if n.endswith((".vue", ".js")):
                out.append(os.path.relpath(os.path.join(d, n), RAW).replace(os.sep, "/"))
    return sorted(out)


def js_tokens(code):
    """(kind, value) tokens of JavaScript code: 'str' (a literal's value), 'punct' (one
    character), 'word' (an identifier or number, dotted names joined); comments, regular-expression
    literals and white space are dropped."""
    i, n = 0, len(code)
    prev = None  # the last significant token
    while i < n:
        c = code[i]
        if c.isspace():
            i += 1
        elif code.startswith("//", i):
            j = code.find("\n", i)
            i = n if j < 0 else j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c in "'\"`":
            j = i + 1
            while j < n and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            prev = ("str", js_unescape(code[i + 1:j]))
            yield prev
            i = j + 1
        elif c == "/" and (prev is None or (prev[0] == "punct" and prev[1] in REGEX_PREV)
                           or prev == ("word", "return")):
            j, in_class = i + 1, False
            while j < n and code[j] != "\n":
                if code[j] == "\\":
                    j += 2
                    continue
                if code[j] == "[":
                    in_class = True
                elif code[j] == "]":
                    in_class = False
                elif code[j] == "/" and not in_class:
                    break
                j += 1
            j += 1
            while j < n and (code[j].isalnum()):
                j += 1
            prev = ("regex", "")
            i = j
        elif c.isalnum() or c in "_$":
            m = re.compile(r"[\w$]+(?:\s*\.\s*[\w$]+)*").match(code, i)
            prev = ("word", re.sub(r"\s+", "", m.group(0)))
            yield prev
            i = m.end()
        else:
            prev = ("punct", c)
            yield prev
            i += 1


def code_texts(code):
    """The string-literal texts of JavaScript code (see the docstring), in order."""
    stack = []  # per open bracket: whether it is a logging call's argument list
    run = None
    last = None
    for kind, value in js_tokens(code):
        if kind == "str":
            if run is not None and last == ("punct", "+"):
                run.append(value)
            else:
                if run is not None:
                    yield " ".join("".join(run).split())
                run = None if any(stack) else [value]
        elif kind == "punct" and value == "+" and run is not None and last[0] == "str":
            pass
        else:
            if run is not None:
                yield " ".join("".join(run).split())
                run = None
            if kind == "punct" and value in "([{":
                stack.append(value == "(" and last is not None and last[0] == "word"
                             and bool(LOG_CALLEE.match(last[1])))
            elif kind == "punct" and value in ")]}" and stack:
                stack.pop()
        last = (kind, value)
    if run is not None:
        yield " ".join("".join(run).split())


def file_texts(path, source):
    if path.endswith(".vue"):
        yield from template_texts(source)
        for m in re.finditer(r"<script[^>]*>(.*?)</script>", source, flags=re.S):
            yield from code_texts(m.group(1))
    else:
        yield from code_texts(source)


def ivpn_items():
    seen = set()
    for path in code_files():
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            source = f.read()
        for text in file_texts(path, source):
            if "{{" in text or not keyword_new(text, SELECT_RE, seen):
                continue
            key = f"{path}#{sha(text)[:10]}"
            yield item(f"ivpn-en-{sha(key)[:10]}", "en", text, "ivpn_app",
                       f"github.com/ivpn/desktop-app@{IVPN_COMMIT[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/ivpn/)",
                       f"ivpn/desktop-app:{key}", "keyword_rule_app_strings")


def items():
    yield from ivpn_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
