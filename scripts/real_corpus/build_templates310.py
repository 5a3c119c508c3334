#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fourteenth batch of tests/data/real/: the command-line messages
of gopass, the team password manager (gopasspw/gopass, MIT) — prompts, errors, notices and
help/usage strings written as Go string literals — about passwords, secrets, stores, keys,
recipients, GPG/age, backups, recovery, log-in and one-time codes. English only (gopass has no
message catalogues; its messages exist only in English).

Usage:
    python3 scripts/real_corpus/build_templates310.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates310.py assemble     # write the jsonl files

Source: github.com/gopasspw/gopass at GOPASS_COMMIT (2026-08-21), MIT (LICENSE at that
commit, copied as scripts/real_corpus/raw/gopass/LICENSE). The non-test .go files that hold
at least one selected literal are copied verbatim to scripts/real_corpus/raw/gopass/ under
their repository paths (see SOURCE.md there).

Selection (mechanical, fixed before any text was read):
  * files: every non-test .go file of the repository (paths in sorted order) except those under
    tests/, helpers/ and docs/ (test harness, release and documentation tooling, not the
    product) and under internal/store/ and internal/backend/ (the storage, crypto and VCS
    layers). The last cut was made to bring the batch near ~450 texts: with them the rule gives
    644 texts (864 without the debug.Log cut below); their messages are mostly wrapped errors and debug logging, while the CLI layer
    (internal/action/: the commands, their usage and help, prompts and messages) and the
    interactive helpers (internal/cui, internal/create, pkg/termio, …) stay;
  * literals: every Go string literal (interpreted "..." with escapes resolved, or raw `...`;
    literals joined by `+` count as one, at the first one's line) with at least four words
    (white-space separated) that matches, case-insensitively and as a substring, SELECT_RE: the
    standard keyword rule (app_strings.SELECT_RE: seed, recovery, mnemonic, private key,
    password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
    verification code, one-time, 2FA, two-factor) plus `secret|store|gpg|age|key|recipient`
    (substrings, so `age` also matches in "usage" or "message", `store` in "restore");
  * a literal that is the first argument of `debug.Log(` or `debug.V(n).Log(` (developer
    logging, shown to no user unless debugging is switched on) is left out.
Format verbs (%s, %q, %v, %w) are kept as written. Near-duplicates (digits and white space
aside) collapse; the first in path and file order keeps the text. Cut at 500 characters.

Split: the unit is the literal's place (`gopasspw/gopass:<path>#L<line>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates310.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_new
from build_templates import item
from build_templates294 import go_literal_runs
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates310.tsv")
RAW = os.path.join(HERE, "raw", "gopass")
GOPASS_COMMIT = "f4f2d9a4bff876007e7664a771b3b3119ee46578"
SKIP_DIRS = ("tests/", "helpers/", "docs/", "internal/store/", "internal/backend/")
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|secret|store|gpg|age|key|recipient", re.I)
DEBUG_CALL = re.compile(r"debug\.(?:V\(\d+\)\.)?Log\(")
SOURCE = "gopass_cli"
ORIGIN = f"github.com/gopasspw/gopass@{GOPASS_COMMIT[:12]}"


def go_literals(src):
    """(line, text, debug) of the string literals of Go source `src` in order (comments
    skipped); literals joined by `+` (comments and white space aside) give one text, at the
    first line; `debug` is whether the literal opens the arguments of a debug.Log call."""
    for line, text, before in go_literal_runs(src):
        debug = before is not None and bool(DEBUG_CALL.search(before)) and before.endswith("Log(")
        yield line, text, debug


def go_files(root):
    """Repository paths of the non-test .go files under `root` outside SKIP_DIRS, sorted."""
    out = []
    for base, _, names in os.walk(root):
        for n in names:
            if n.endswith(".go") and not n.endswith("_test.go"):
                path = os.path.relpath(os.path.join(base, n), root).replace(os.sep, "/")
                if not path.startswith(SKIP_DIRS):
                    out.append(path)
    return sorted(out)


def gopass_items():
    seen = set()
    for path in go_files(RAW):
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            src = f.read()
        for line, text, debug in go_literals(src):
            if debug or not text.strip() or not keyword_new(text, SELECT_RE, seen):
                continue
            yield item(f"gopass-go-{path}-L{line}", "en", text, SOURCE,
                       f"{ORIGIN}:{path}#L{line} (Go string literal; copied to "
                       f"scripts/real_corpus/raw/gopass/)",
                       f"gopasspw/gopass:{path}#L{line}", "keyword_rule_app_strings")


def items():
    yield from gopass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
