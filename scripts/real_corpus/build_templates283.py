#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-seventh batch of tests/data/real/: the in-app strings of the
Argent X wallet extension for Starknet (argentlabs/argent-x, packages/extension, GPL-3.0) about
wallets, accounts, guardians, recovery and seed phrases, private keys, passwords, backups,
restoring and signing in, in English.

Usage:
    python3 scripts/real_corpus/build_templates283.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates283.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates283.py files DIR    # files of an export to copy

Source: github.com/argentlabs/argent-x at ARGENT_COMMIT (2023-05-25, "Merge pull request #2043
from argentlabs/release/v5.4"; packages/extension version 6.3.0), licence GPL-3.0: License.md at
that commit is the GNU GPL v3 text and the root package.json declares "GPL-3.0-only" (copyleft;
packages/extension/package.json declares "MIT"). It is the last commit of the stored history
whose License.md is the GPL: its one child on the main line, 980924113caf (2023-10-13, "Release
@argent-x/extension@6.9.0"), replaced License.md by Argent's own non-commercial licence, which is
not an open licence; nothing after that commit is used. Argent X has no message catalogue and no
translation: no locale, i18n or _locales file exists at the commit, and its interface text is
English written inline in the TypeScript/React source of packages/extension/src. The English
catalogue is therefore read from that source exactly as the Suiet batch (build_templates260.py,
whose scan() is reused here unchanged) and the Safe{Wallet} batch (build_templates272.py) read
theirs; there is no Spanish or Chinese text to take.

Messages (mechanical, fixed before any text was read): every .ts/.tsx/.js/.jsx file under
packages/extension/src at the commit is read in bytewise path order, leaving out tests, mocks,
fixtures and Storybook (a path component `__tests__`, `__test__`, `__mocks__`, `__fixtures__`,
`tests`, `test`, `mocks` or `stories`; a file name holding `.test.`, `.spec.`, `.stories.` or
`.mock.`) and declaration files (`.d.ts`). Each file's messages are build_templates260.scan():
its string literals ('…', "…", or `…` without `${…}`, opened only at a code position, not
arguments of `console.<name>(…)`), and, in .tsx/.jsx files, its JSX text runs (`{…}` groups of a
literal become its value, other groups kept as written, white space collapsed, HTML entities
resolved), comments skipped; see that builder's docstring for the exact rule.

Selection: every message whose text has at least four white-space separated words and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus wallet, account,
guardian, recovery, seed, private key, key, as the batch's brief asked (not narrowed: it gives
146 texts). The same text in several places is one message (first in path and source order
gives the origin); near-duplicates (digits, white space and case aside, app_strings.norm)
collapse, the first kept. Cut at 500 characters. The files holding at least one selected message
are copied verbatim to scripts/real_corpus/raw/argent_x/<path> (see SOURCE.md there); the
builder reads only those copies.

Split: the unit is the message key (`argentlabs/argent-x:<English text>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Ids are `argentx-en-<first 12 hex digits of
SHA-256 of the text>`. Labels come from scripts/real_corpus/labels/labels_templates283.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE as STANDARD_RE
from build_templates import item
import build_templates260 as suiet

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates283.tsv")
RAW = os.path.join(HERE, "raw", "argent_x")
ARGENT_COMMIT = "13ca7b433eb12d0bc8c6b87889f19c3b2cf27bda"
APP_DIR = "packages/extension/src"
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|account|guardian|recovery|seed"
                       r"|private key|key", re.I)
LEFT_OUT_DIRS = {"__tests__", "__test__", "__mocks__", "__fixtures__", "tests", "test", "mocks",
                 "stories"}
LEFT_OUT_NAMES = (".test.", ".spec.", ".stories.", ".mock.")


def source_files(base, dirs=(APP_DIR,), left_out_dirs=LEFT_OUT_DIRS,
                 left_out_names=LEFT_OUT_NAMES):
    """The app source files under the folders `dirs` of `base` (relative paths, bytewise order),
    tests, mocks, Storybook and declaration files left out; the Safe{Wallet} (272) and Frame
    (311) builders pass their own folders (272 its own left-out sets)."""
    out = []
    for d in dirs:
        for dirpath, _, names in os.walk(os.path.join(base, d)):
            for n in names:
                rel = os.path.relpath(os.path.join(dirpath, n), base).replace(os.sep, "/")
                if not re.search(r"\.(tsx?|jsx?)$", n) or n.endswith(".d.ts"):
                    continue
                if left_out_dirs & set(rel.split("/")[:-1]):
                    continue
                if any(s in n for s in left_out_names):
                    continue
                out.append(rel)
    return sorted(out, key=lambda p: p.encode("utf-8"))


def selected(base):
    """(path, text) of the selected messages, read as the Suiet builder reads its own."""
    return suiet.selected(base, SELECT_RE, source_files)


def argent_items():
    for path, text in selected(RAW):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"argentx-en-{h}", "en", text, "argent_x_app",
                   f"github.com/argentlabs/argent-x@{ARGENT_COMMIT[:12]}:{path} "
                   f"(inline UI string; copied to scripts/real_corpus/raw/argent_x/)",
                   f"argentlabs/argent-x:{text}", "keyword_rule_app_strings")


def items():
    yield from argent_items()


if __name__ == "__main__":
    suiet.main_or_files(selected, items, LABELS, __doc__)
