#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifteenth batch of tests/data/real/: the in-app strings of Frame,
the desktop Ethereum wallet (floating/frame, GPL-3.0), about seed and recovery phrases, private
keys, keystores, passwords, PINs, backups, restoring, signing in, wallets, signers and hardware
signers (Ledger, Trezor, Lattice), in English.

Usage:
    python3 scripts/real_corpus/build_templates311.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates311.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates311.py files DIR    # files of an export to copy

Source: github.com/floating/frame at FRAME_COMMIT (2024-03-13, "reduce canary sync frequency",
the stored head), licence GPL-3.0 (LICENSE at that commit, the GNU GPL v3 text, "Copyright (C)
2021 Frame Labs, Inc."; package.json declares "GPL-3.0"; copyleft). Frame has no message
catalogue and no translation: no locale or i18n file exists at the commit, and its interface text
is English written inline in the React source of its renderer windows, app/ (dash, tray,
onboard, notify, dapp) and the shared components of resources/. The English catalogue is
therefore read from that source as the Suiet batch (build_templates260.py, whose scan() is reused
unchanged) and the Safe{Wallet} and Argent X batches (build_templates272.py, 283) read theirs;
there is no Spanish or Chinese text to take. The Electron main process (main/) is not React UI
and is not read.

Messages (mechanical, fixed before any text was read): every .ts/.tsx/.js/.jsx file under app/
and resources/ at the commit is read in bytewise path order, leaving out tests, mocks and
Storybook (a path component `__tests__`, `__test__`, `__mocks__`, `__fixtures__`, `tests`,
`test`, `mocks` or `stories`; a file name holding `.test.`, `.spec.`, `.stories.` or `.mock.`)
and declaration files (`.d.ts`). Each file's messages are build_templates260.scan(): its string
literals ('…', "…", or `…` without `${…}`, opened only at a code position, not arguments of
`console.<name>(…)`), and its JSX text runs (`{…}` groups of a literal become its value, other
groups kept as written, white space collapsed, HTML entities resolved), comments skipped; see
that builder's docstring for the exact rule. One difference, for this product: Frame writes most
of its React components as .js files with JSX in them, so JSX text runs are read in .js, .jsx and
.tsx files (every file but .ts), not only in files whose name ends in `x`.

Selection: every message whose text has at least four white-space separated words and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus wallet, signer,
seed, phrase, keystore, ledger, trezor, lattice, as the batch's brief asked (not narrowed). The
same text in several places is one message (first in path and source order gives the origin);
near-duplicates (digits, white space and case aside, app_strings.norm) collapse, the first kept.
Cut at 500 characters. The files holding at least one selected message are copied verbatim to
scripts/real_corpus/raw/frame/<path> (see SOURCE.md there); the builder reads only those copies.

Split: the unit is the message key (`floating/frame:<English text>`); held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Ids are `frame-en-<first 12 hex digits of SHA-256 of
the text>`. Labels come from scripts/real_corpus/labels/labels_templates311.tsv, assigned by an
AI reader reading each text; the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE as STANDARD_RE
from build_templates import item
import build_templates260 as suiet
import build_templates283 as argent

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates311.tsv")
RAW = os.path.join(HERE, "raw", "frame")
FRAME_COMMIT = "fb7c5506a90bce3761af4413ea4846af2b3c9596"
APP_DIRS = ["app", "resources"]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|signer|seed|phrase|keystore|ledger"
                       r"|trezor|lattice", re.I)


def source_files(base):
    """The app source files under app/ and resources/ of `base`, left out as the Argent X
    builder leaves them out (build_templates283.source_files)."""
    return argent.source_files(base, APP_DIRS)


def jsx_in(path):
    """Whether JSX text runs are read in a file: in every file but .ts (Frame's components are
    .js files with JSX)."""
    return not path.endswith(".ts")


def selected(base):
    """(path, text) of the selected messages, read as the Suiet builder reads its own (with
    Frame's files and JSX rule)."""
    return suiet.selected(base, SELECT_RE, source_files, jsx_in)


def frame_items():
    for path, text in selected(RAW):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"frame-en-{h}", "en", text, "frame_app",
                   f"github.com/floating/frame@{FRAME_COMMIT[:12]}:{path} (inline UI string; "
                   f"copied to scripts/real_corpus/raw/frame/)",
                   f"floating/frame:{text}", "keyword_rule_app_strings")


def items():
    yield from frame_items()


if __name__ == "__main__":
    suiet.main_or_files(selected, items, LABELS, __doc__)
