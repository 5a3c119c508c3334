#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-eighth batch of tests/data/real/: the desktop UI strings
and CLI messages of the NetBird VPN client (netbirdio/netbird, client under BSD-3-Clause) about
passwords, keys, log-in/SSO, setup keys, tokens, accounts, devices, backups and recovery, in
English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates294.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates294.py assemble     # write the jsonl files

Source: github.com/netbirdio/netbird at NETBIRD_COMMIT (2026-08-22), BSD-3-Clause (LICENSE at
that commit: it applies to the whole repository except management/, signal/, relay/ and
combined/, which are AGPL-3.0 and not used here). Copied verbatim to
scripts/real_corpus/raw/netbird/ under their repository paths (see SOURCE.md there):
  * the desktop UI catalogues client/ui/i18n/locales/{en,es,zh-CN}/common.json (key ->
    {"message", "description"}; the `message` is the shown text; there is no zh-Hant catalogue);
  * the Go sources (non-test .go files) under client/cmd/ (the `netbird` CLI, with the release
    signer under client/cmd/signer/) and client/ui/ that hold at least one selected literal
    (the other non-test .go files there hold none at this commit).

Selection (mechanical): SELECT_RE is the standard keyword rule (app_strings.SELECT_RE: seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus `setup key|sso|
token|account|authenticate|device`, case-insensitive, as substrings (so `sso` also matches inside
words). Taken:
  1. every key of the English catalogue whose message has at least four words (white-space
     separated) and matches; the key's message is taken in en, es and zh-CN; a translation equal
     to the English is skipped;
  2. every Go string literal (interpreted "..." with escapes resolved, or raw `...`; literals
     joined by `+` count as one) of the Go files under client/cmd/ and client/ui/ (paths in
     sorted order, literals in file order) with at least four words that matches. These are
     English only. Format verbs (%s, %v, %w) and placeholders ({count}) are kept as written.
Near-duplicates (digits and white space aside) collapse within a language, the catalogue first.
Cut at 500 characters.

Split: the unit is the message key (`netbirdio/netbird:<key>`) for a catalogue text and the
literal's place (`netbirdio/netbird:<path>#L<line>`) for a Go literal, all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates294.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import (SELECT_RE as STANDARD_RE, keyword_keys, keyword_new, load_json,
                         new_texts)
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates294.tsv")
RAW = os.path.join(HERE, "raw", "netbird")
NETBIRD_COMMIT = "ee253feddfd08a1b559d4014cbcf8d64cabed937"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans")]
GO_DIRS = ["client/cmd", "client/ui"]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|setup key|sso|token|account|authenticate|device",
                       re.I)
SOURCE = "netbird_app"
ORIGIN = f"github.com/netbirdio/netbird@{NETBIRD_COMMIT[:12]}"

GO_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|`[^`]*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\''
                      r'|\+|\s+|[^"`\'/+\s]+|/', re.S)
GO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
              "\\": "\\", '"': '"', "'": "'"}


def go_unquote(lit):
    """The value of one Go string literal (raw literals drop carriage returns, as Go does)."""
    if lit[0] == "`":
        return lit[1:-1].replace("\r", "")

    def esc(m):
        e = m.group(1)
        if e[0] in "xuU":
            return chr(int(e[1:], 16))
        if e[0] in "01234567":
            return chr(int(e, 8))
        return GO_ESCAPES[e]
    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)", esc,
                  lit[1:-1])


def go_literals(src):
    """(line, text) of the string literals of Go source `src` in order (comments skipped);
    literals joined by `+` (comments and white space aside) give one text, at the first line."""
    for line, text, _ in go_literal_runs(src):
        yield line, text


def go_literal_runs(src):
    """(line, text, before) as go_literals gives (line, text), with `before` the token just
    before the run (None at the start); the gopass builder (310) reads debug.Log calls from it."""
    toks = [(m.group(0), m.start()) for m in GO_TOKEN.finditer(src)]
    toks = [t for t in toks if not t[0].isspace() and not t[0].startswith(("//", "/*"))]
    i = 0
    while i < len(toks):
        tok, pos = toks[i]
        if tok[0] in '"`':
            parts = [go_unquote(tok)]
            j = i
            while j + 2 < len(toks) and toks[j + 1][0] == "+" and toks[j + 2][0][0] in '"`':
                parts.append(go_unquote(toks[j + 2][0]))
                j += 2
            yield src.count("\n", 0, pos) + 1, "".join(parts), toks[i - 1][0] if i > 0 else None
            i = j + 1
        else:
            i += 1


def go_files():
    """Repository paths of the copied non-test .go files under GO_DIRS, sorted."""
    out = []
    for d in GO_DIRS:
        for base, _, names in os.walk(os.path.join(RAW, d)):
            for n in names:
                if n.endswith(".go") and not n.endswith("_test.go"):
                    out.append(os.path.relpath(os.path.join(base, n), RAW).replace(os.sep, "/"))
    return sorted(out)


def load(code):
    cat = load_json(os.path.join(RAW, "client", "ui", "i18n", "locales", code, "common.json"))
    return {k: v["message"] for k, v in cat.items() if isinstance(v, dict) and "message" in v}


def netbird_items():
    en = load("en")
    keys = keyword_keys(en, SELECT_RE)
    for code, lang in LANGS:
        seen = set()
        for key, text in new_texts(load(code), keys, None if code == "en" else en, seen):
            yield item(f"netbird-{code}-{key}", lang, text, SOURCE,
                       f"{ORIGIN}:client/ui/i18n/locales/{code}/common.json ({key}; copied to "
                       f"scripts/real_corpus/raw/netbird/)",
                       f"netbirdio/netbird:{key}", "keyword_rule_app_strings")
        if code != "en":
            continue
        for path in go_files():
            with open(os.path.join(RAW, path), encoding="utf-8") as f:
                src = f.read()
            for line, text in go_literals(src):
                if not text.strip() or not keyword_new(text, SELECT_RE, seen):
                    continue
                yield item(f"netbird-go-{path}-L{line}", "en", text, SOURCE,
                           f"{ORIGIN}:{path}#L{line} (Go string literal; copied to "
                           f"scripts/real_corpus/raw/netbird/)",
                           f"netbirdio/netbird:{path}#L{line}", "keyword_rule_app_strings")


def items():
    yield from netbird_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
