#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-fifth batch of tests/data/real/: the in-app strings of the
Leather wallet browser extension for Bitcoin and Stacks (leather-io/extension, MIT) about seed
and recovery phrases, private keys, passwords, PINs, passphrases, backups, restoring, signing and
logging in, in English.

Usage:
    python3 scripts/real_corpus/build_templates331.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates331.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates331.py files DIR    # files of an export to copy

Source: github.com/leather-io/extension at LEATHER_COMMIT (2025-10-09, "fix: sip10 send asset
name", the stored head; package.json version 6.73.4), licence MIT (LICENSE at that commit,
"Copyright (c) 2022 Hiro Systems PBC"; package.json declares "MIT"). Leather's extension has no
message catalogue and no translation: no locale, i18n, _locales or Lingui file exists at the
commit, and its interface text is English written inline in the TypeScript/React source under
src/. The English catalogue is therefore read from that source exactly as the Suiet
(build_templates260.py, whose scan() and selected() are reused here unchanged) and Argent X
(build_templates283.py, whose source_files() is reused with the folder `src`) batches read
theirs; there is no Spanish or Chinese text to take.

Messages (mechanical, fixed before any text was read): every .ts/.tsx/.js/.jsx file under src/
at the commit is read in bytewise path order, leaving out tests, mocks, fixtures and Storybook (a
path component `__tests__`, `__test__`, `__mocks__`, `__fixtures__`, `tests`, `test`, `mocks` or
`stories`; a file name holding `.test.`, `.spec.`, `.stories.` or `.mock.`) and declaration
files (`.d.ts`). Each file's messages are build_templates260.scan(): its string literals ('…',
"…", or `…` without `${…}`, opened only at a code position, not arguments of
`console.<name>(…)`), and, in .tsx/.jsx files, its JSX text runs (`{…}` groups of a literal
become its value, other groups kept as written, white space collapsed, HTML entities resolved),
comments skipped; see that builder's docstring for the exact rule.

Selection: every message whose text has at least four white-space separated words and matches,
case-insensitively, the standard keyword rule of app_strings (SELECT_RE: seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor), not widened and not
narrowed (it gives 23 texts; "secret key", Leather's own name for its recovery phrase, is not in
the rule and was not added). The same text in several places is one message (first in path and
source order gives the origin); near-duplicates (digits, white space and case aside,
app_strings.norm) collapse, the first kept. Cut at 500 characters. The files holding at least
one selected message are copied verbatim to scripts/real_corpus/raw/leather/<path> (see
SOURCE.md there); the builder reads only those copies.

Split: the unit is the message key (`leather-io/extension:<English text>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Ids are `leather-en-<first 12 hex digits of
SHA-256 of the text>`. Labels come from scripts/real_corpus/labels/labels_templates331.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import os

from app_strings import SELECT_RE
from build_templates import item
import build_templates260 as suiet
import build_templates283 as argent

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates331.tsv")
RAW = os.path.join(HERE, "raw", "leather")
LEATHER_COMMIT = "05d24d70623d66ee6ca23c1fdc0f5593501ad591"
APP_DIR = "src"


def source_files(base):
    """The extension's source files under src/ (tests, mocks, Storybook, .d.ts left out)."""
    return argent.source_files(base, dirs=(APP_DIR,))


def selected(base):
    """(path, text) of the selected messages, read as the Suiet builder reads its own."""
    return suiet.selected(base, SELECT_RE, source_files)


def leather_items():
    for path, text in selected(RAW):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"leather-en-{h}", "en", text, "leather_app",
                   f"github.com/leather-io/extension@{LEATHER_COMMIT[:12]}:{path} "
                   f"(inline UI string; copied to scripts/real_corpus/raw/leather/)",
                   f"leather-io/extension:{text}", "keyword_rule_app_strings")


def items():
    yield from leather_items()


if __name__ == "__main__":
    suiet.main_or_files(selected, items, LABELS, __doc__)
