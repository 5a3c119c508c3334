#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-eighth batch of tests/data/real/: the web admin panel
messages of iRedAdmin, the iRedMail mail-server admin panel (iredmail/iRedAdmin, GPL-2.0) about
passwords, logging in, backups, restoring and the like, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates334.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates334.py assemble     # write the jsonl files

Source: github.com/iredmail/iRedAdmin at IREDADMIN_COMMIT (2026-04-16, the stored head), the
gettext template i18n/iredadmin.po (extracted by pybabel with --omit-header --no-location; the
English texts are its msgids; i18n/en_US/LC_MESSAGES/iredadmin.po translates nothing) and the
catalogues i18n/es_ES/LC_MESSAGES/iredadmin.po (es), i18n/zh_CN/... (zh-Hans) and
i18n/zh_TW/... (zh-Hant), copied verbatim to scripts/real_corpus/raw/iredadmin/ with the
licence file LICENSE (see SOURCE.md there). Licence: GPL-2.0 (LICENSE at the same commit, the
GNU GPL version 2 text; copyleft).

Selection (mechanical, decided before any text was read): every live entry of the template
i18n/iredadmin.po whose msgid (the English text) has at least four words (white-space separated)
and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The message key is the msgid (no entry has a
msgctxt). For en the msgid is the text; for es_ES, zh_CN and zh_TW the msgstr of the same key in
that catalogue is taken; an empty or fuzzy entry, an entry missing from the catalogue, or a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%s`, `%d`) are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the message key (`iredmail/iRedAdmin:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`iredadmin-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates334.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates334.tsv")
RAW = os.path.join(HERE, "raw", "iredadmin")
IREDADMIN_COMMIT = "2c4f8b386482cbb178d4908a47fe544032b7ab14"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("iredadmin.po", "i18n/iredadmin.po", "en", "en"),
              ("es_ES.po", "i18n/es_ES/LC_MESSAGES/iredadmin.po", "es_ES", "es"),
              ("zh_CN.po", "i18n/zh_CN/LC_MESSAGES/iredadmin.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "i18n/zh_TW/LC_MESSAGES/iredadmin.po", "zh_TW", "zh-Hant")]


def iredadmin_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"iredadmin-{code}-{sha(key)[:10]}", lang, text, "iredadmin_app",
                   f"github.com/iredmail/iRedAdmin@{IREDADMIN_COMMIT[:12]}:{path} "
                   f"(copied to scripts/real_corpus/raw/iredadmin/)",
                   f"iredmail/iRedAdmin:{key}", "keyword_rule_app_strings")


def items():
    yield from iredadmin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
