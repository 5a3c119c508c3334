#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-fourth batch of tests/data/real/: the admin web UI strings
of Zentyal server (zentyal/zentyal, GPL-2.0) about passwords, PINs, passphrases, private keys,
backups, restoring, logging in and recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates420.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates420.py assemble     # write the jsonl files

Source: github.com/zentyal/zentyal at ZENTYAL_COMMIT (2026-08-13), the merged gettext catalogue
of all server modules extra/language-packs/po/zentyal.pot (English msgids), es.po, zh_CN.po and
zh_TW.po, copied verbatim to scripts/real_corpus/raw/zentyal/ (see SOURCE.md there). Licence:
GPL-2.0 (COPYING at the same commit).

Selection (mechanical, fixed before the texts were read): every msgid of zentyal.pot (key: the
msgid, `<msgctxt>::<msgid>` with a context) of at least four white-space separated words that
matches, case-insensitively, the shared keyword rule app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). A wider rule adding `certificate`
and `key(s)` was counted (570 texts) and not used, being well over ~450; the plain rule gives
334. The key's text is taken in English and in each translation (fuzzy and empty entries left
out); a translation equal to the English is skipped; near-duplicates (digits and white space
aside) collapse within a language. Placeholders (%s, {name}, %1) and markup are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`zentyal/zentyal:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates420.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates420.tsv")
RAW = os.path.join(HERE, "raw", "zentyal")
ZENTYAL_COMMIT = "08030fe9a04454037078c5f72d8277ff9d5e8a28"
PO_DIR = "extra/language-packs/po"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("zentyal.pot", f"{PO_DIR}/zentyal.pot", "en", "en"),
              ("es.po", f"{PO_DIR}/es.po", "es", "es"),
              ("zh_CN.po", f"{PO_DIR}/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", f"{PO_DIR}/zh_TW.po", "zh_TW", "zh-Hant")]


def zentyal_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"zentyal-{code}-{sha(key)[:10]}", lang, text, "zentyal_app",
                   f"github.com/zentyal/zentyal@{ZENTYAL_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/zentyal/)",
                   f"zentyal/zentyal:{key}", "keyword_rule_app_strings")


def items():
    yield from zentyal_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
