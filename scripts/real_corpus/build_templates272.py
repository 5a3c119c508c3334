#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-sixth batch of tests/data/real/: the in-app strings of the
Safe{Wallet} web app (safe-global/safe-wallet-monorepo, apps/web, GPL-3.0) about recovery and
seed phrases, private keys, passwords, backups, restoring, signing in, wallets, signers, owners
and accounts, in English.

Usage:
    python3 scripts/real_corpus/build_templates272.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates272.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates272.py files DIR    # files of an export to copy

Source: github.com/safe-global/safe-wallet-monorepo at SAFE_COMMIT (2026-07-23, the stored
head), the web app apps/web (the former safe-global/safe-wallet-web, merged into the monorepo),
licence GPL-3.0 (LICENSE at the repository root and apps/web/LICENSE at that commit, the same
unmodified GNU GPL v3 text; apps/web/package.json declares "GPL-3.0"; copyleft). The web app has
no message catalogue and no translation: no locale or i18n file exists, its interface text is
English written inline in the TypeScript/React source of apps/web/src. The English catalogue is
therefore read from that source exactly as the Suiet batch (build_templates260.py, whose scan()
is reused here unchanged) read it, after the Ambire batch (build_templates254.py); there is no
Spanish or Chinese text to take.

Messages (mechanical, fixed before any text was read): every .ts/.tsx/.js/.jsx file under
apps/web/src at the commit is read in bytewise path order, leaving out tests, mocks and
Storybook (a path component `__tests__`, `__mocks__`, `tests`, `mocks` or `stories`; a file
name holding `.test.`, `.spec.` or `.stories.`) and declaration files (`.d.ts`). Each file's
messages are build_templates260.scan(): its string literals ('…', "…", or `…` without `${…}`,
opened only at a code position, not arguments of `console.<name>(…)`), and, in .tsx/.jsx
files, its JSX text runs (`{…}` groups of a literal become its value, other groups kept as
written, white space collapsed, HTML entities resolved), comments skipped; see that builder's
docstring for the exact rule.

Selection: every message whose text has at least four white-space separated words and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus wallet, signer,
owner, private key, seed, account, key, as the batch's brief asked (not narrowed). The same
text in several places is one message (first in path and source order gives the origin);
near-duplicates (digits, white space and case aside, app_strings.norm) collapse, the first
kept. Cut at 500 characters. The files holding at least one selected message are copied
verbatim to scripts/real_corpus/raw/safe_wallet/<path> (see SOURCE.md there); the builder reads
only those copies.

Split: the unit is the message key (`safe-global/safe-wallet-monorepo:<English text>`); held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are `safewallet-en-<first 12 hex
digits of SHA-256 of the text>`. Labels come from
scripts/real_corpus/labels/labels_templates272.tsv, assigned by an AI reader reading each text;
the scanner played no part.
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
LABELS = os.path.join(HERE, "labels", "labels_templates272.tsv")
RAW = os.path.join(HERE, "raw", "safe_wallet")
SAFE_COMMIT = "0aa27aff847301ee5248431cedff9c659dd01add"
APP_DIR = "apps/web/src"
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|signer|owner|private key|seed|account|key",
                       re.I)
LEFT_OUT_DIRS = {"__tests__", "__mocks__", "tests", "mocks", "stories"}
LEFT_OUT_NAMES = (".test.", ".spec.", ".stories.")


def source_files(base):
    """The app source files under `base` (relative paths, bytewise order), listed by
    build_templates283.source_files with this app's folder and left-out sets."""
    return argent.source_files(base, (APP_DIR,), LEFT_OUT_DIRS, LEFT_OUT_NAMES)


def selected(base):
    """(path, text) of the selected messages, read as the Suiet builder reads its own."""
    return suiet.selected(base, SELECT_RE, source_files)


def safe_items():
    for path, text in selected(RAW):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"safewallet-en-{h}", "en", text, "safe_wallet_app",
                   f"github.com/safe-global/safe-wallet-monorepo@{SAFE_COMMIT[:12]}:{path} "
                   f"(inline UI string; copied to scripts/real_corpus/raw/safe_wallet/)",
                   f"safe-global/safe-wallet-monorepo:{text}", "keyword_rule_app_strings")


def items():
    yield from safe_items()


if __name__ == "__main__":
    suiet.main_or_files(selected, items, LABELS, __doc__)
