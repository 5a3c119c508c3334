#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-first batch of tests/data/real/: the strings of elementary
OS's login screen (elementary/greeter, GPL-3.0) and of its user-accounts settings
(elementary/settings-useraccounts, formerly switchboard-plug-useraccounts, LGPL-3.0) about
passwords, logging in, accounts and authentication, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates437.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates437.py assemble     # write the jsonl files

Source: github.com/elementary/greeter at GREETER_COMMIT (2026-08-02; licence file LICENSE,
GPL-3.0) and github.com/elementary/settings-useraccounts at USERACCOUNTS_COMMIT (2026-07-10;
licence file COPYING, LGPL-3.0), their po/io.elementary.*.pot (English msgids), po/es.po,
po/zh_CN.po and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/elementary-greeter/ and
raw/elementary-settings-useraccounts/ (see SOURCE.md there). The po/extra/ catalogues (app-store
metadata, release notes) are not used.

Selection (mechanical, fixed before reading the texts): every msgid of the .pot with at least
four words (white-space separated) matching, case-insensitively, SELECT_RE: the common keyword
rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back
up, restore, log in/login, sign in, verification code, one-time, 2FA, two-factor) plus
`account` and `authenticat` (the brief's account and authentication strings; the catalogues
are small, so no narrowing was needed). The msgid's translation is taken in each po file
(fuzzy entries left out); a translation equal to the English is skipped; near-duplicates
(digits and white space aside) collapse within a catalogue. Cut at 500 characters.

Split: the unit is the message key (`elementary/<repo>:<msgid>`, `<msgctxt>::<msgid>` when it
has a context), all languages of one key on one side; held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates437.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates437.tsv")
GREETER_COMMIT = "abdfba14bad7d604e146893f160e01448c3fd459"
USERACCOUNTS_COMMIT = "8c12f8a2534d87428410c7cdb307083b8ac1cff3"
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|authenticat", re.I)


def catalogues(pot):
    """(file under raw, path in the repository, catalogue code, lang); the .pot first."""
    return [(pot, f"po/{pot}", "en", "en"),
            ("es.po", "po/es.po", "es", "es"),
            ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
            ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


# (id prefix, repository, commit, raw folder, .pot file)
PRODUCTS = [("elgreeter", "greeter", GREETER_COMMIT, "elementary-greeter",
             "io.elementary.greeter.pot"),
            ("eluseracc", "settings-useraccounts", USERACCOUNTS_COMMIT,
             "elementary-settings-useraccounts", "io.elementary.settings.useraccounts.pot")]


def elementary_items():
    for prefix, repo, commit, folder, pot in PRODUCTS:
        raw = os.path.join(HERE, "raw", folder)
        for code, lang, path, key, text, _ in po_keyword_texts(raw, catalogues(pot), SELECT_RE):
            yield item(f"{prefix}-{code}-{sha(key)[:10]}", lang, text, "elementary_app",
                       f"github.com/elementary/{repo}@{commit[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/{folder}/)",
                       f"elementary/{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from elementary_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
