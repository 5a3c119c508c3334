#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-sixth batch of tests/data/real/: the messages of GNOME
Online Accounts (GNOME/gnome-online-accounts, LGPL-2.0-or-later) about signing in, passwords,
app passwords, credentials and accounts, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates392.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates392.py assemble     # write the jsonl files

Source: github.com/GNOME/gnome-online-accounts (the GitHub mirror of GNOME's GitLab project) at
GOA_COMMIT (2026-05-30), reached with `fetch`: the gettext catalogues po/es.po (es), po/zh_CN.po
(zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/gnome_online_accounts/ with the licence file COPYING (see SOURCE.md
there). The repository holds no .pot template (it is generated at build time), so the English
texts are the msgids of po/es.po (the newest catalogue: POT-Creation-Date 2026-02-04).

Licence: GNU Library General Public License 2 or later (COPYING at the same commit; copyleft).

Selection (mechanical, decided before any text was read): every live entry of po/es.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `credential` and
`account` (the brief asks for the credentials and account strings; the catalogue has only about
160 entries, so no narrowing was needed). The message key is the msgid, with its msgctxt in
front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an
empty or fuzzy entry, a key the catalogue lacks, or a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%s`, `%d`) and
mnemonic underscores (`_Sign in`) are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the message key (`GNOME/gnome-online-accounts:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`goa-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates392.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates392.tsv")
RAW = os.path.join(HERE, "raw", "gnome_online_accounts")
GOA_COMMIT = "0a85e7c8079fb85311e1b768da13e69666b51b0d"
# (file under RAW, path in the repository, catalogue code, lang); the first gives the English
# msgids (no .pot in the repository).
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|credential|account", re.I)


def goa_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid of po/es.po" if code == "en" else path
        yield item(f"goa-{code}-{sha(key)[:10]}", lang, text, "gnome_online_accounts_app",
                   f"github.com/GNOME/gnome-online-accounts@{GOA_COMMIT[:12]}:{where} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/gnome_online_accounts/)",
                   f"GNOME/gnome-online-accounts:{key}", "keyword_rule_app_strings")


def items():
    yield from goa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
