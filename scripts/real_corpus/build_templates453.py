#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-seventh batch of tests/data/real/: the in-app strings of
Telegram Desktop (telegramdesktop/tdesktop, GPL-3.0 with an OpenSSL linking exception) about
login codes, the cloud (2-Step Verification) password, the local passcode, recovery e-mail,
passkeys, backups, logging in and the like, in English.

Usage:
    python3 scripts/real_corpus/build_templates453.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates453.py assemble     # write the jsonl files

Source: github.com/telegramdesktop/tdesktop at TDESKTOP_COMMIT (2025-09-06),
Telegram/Resources/langs/lang.strings, copied verbatim to scripts/real_corpus/raw/tdesktop/ with
LICENSE and LEGAL (see SOURCE.md there). The brief named Telegram for Android (DrKLO/Telegram,
GPL-2.0); its snapshot is over the fetch size limit, so the desktop client's catalogue (the
fallback the brief names) is used. The repository holds only the English catalogue (the other
languages are downloaded from Telegram's servers at run time), so the batch is English only.

Parsing: every line `"key" = "value";` of the file (comments dropped); backslash escapes are
resolved (\\n, \\t, else the character). Markup and placeholders (`**bold**`, `{count}`,
`[a href=...]`, `{link}`) are kept as written (they are the app's own). A key written twice
keeps its last value.

Selection (mechanical, fixed before the texts were read): every key whose English text has at
least four words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). Near-
duplicates (digits and white space aside, app_strings.norm) collapse, the first in file order
kept. Cut at 500 characters.

Split: the unit is the message key with a plural suffix (`#one`, `#other`) dropped
(`telegramdesktop/tdesktop:<key>`), so the plural forms of one message are on one side; held
out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates453.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts, keyword_keys
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates453.tsv")
RAW = os.path.join(HERE, "raw", "tdesktop")
TDESKTOP_COMMIT = "929032d598f7c521adc1869152463cf9e1160533"
LINE_RE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;\s*$')


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load():
    """key -> text of lang.strings, in file order (a repeated key keeps its last value)."""
    with open(os.path.join(RAW, "lang.strings"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    strings = {}
    for line in text.splitlines():
        m = LINE_RE.match(line.strip())
        if m:
            strings[unescape(m.group(1))] = unescape(m.group(2))
    return strings


def tdesktop_items():
    en = load()
    for key, text in new_texts(en, keyword_keys(en, SELECT_RE)):
        yield item(f"tdesktop-en-{key}", "en", text, "tdesktop_app",
                   f"github.com/telegramdesktop/tdesktop@{TDESKTOP_COMMIT[:12]}:"
                   f"Telegram/Resources/langs/lang.strings ({key}; copied to "
                   f"scripts/real_corpus/raw/tdesktop/)",
                   f"telegramdesktop/tdesktop:{key.split('#')[0]}", "keyword_rule_app_strings")


def items():
    yield from tdesktop_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
