#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-fourth batch of tests/data/real/: the web UI's messages
of pfSense (pfsense/pfsense, Apache-2.0) about passwords, log-in, the user manager, two-factor /
one-time passwords, certificate private keys, passphrases and captive-portal log-in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates380.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates380.py assemble     # write the jsonl files

Source: github.com/pfsense/pfsense at PFSENSE_COMMIT (2026-03-31), the gettext catalogues
src/usr/local/share/locale/{en_US,es,zh_CN,zh_TW}/LC_MESSAGES/pfSense.po: the English texts are
the msgids of en_US (pfSense has no .pot; its catalogues share the msgids), es gives Spanish,
zh_CN zh-Hans and zh_TW zh-Hant (its strings are in traditional characters), copied verbatim to
scripts/real_corpus/raw/pfsense/ with the licence (LICENSE) (see SOURCE.md there). Licence:
Apache-2.0 (LICENSE at the same commit is the Apache License, Version 2.0).

Selection (mechanical, decided before any text was read): every live entry of en_US's
pfSense.po whose msgid (the English text) has at least four words (white-space separated) and
matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE without its backup / back up /
restore / recovery words (seed, mnemonic, private key, password, passcode, PIN, passphrase,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The full rule gives
221 English entries and 696 texts over the four languages (most of the extra ones are the
configuration backup/restore pages of a firewall); the narrowed rule gives 155 entries and 482
texts, near the batch's cap of ~450. The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and zh_TW the
msgstr of the same key is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%s`, `%1$s`) and inline markup are kept as written (they are the product's
own). Cut at 500 characters.

Split: the unit is the message key (`pfsense/pfsense:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`pfsense-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates380.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates380.tsv")
RAW = os.path.join(HERE, "raw", "pfsense")
PFSENSE_COMMIT = "9363ac5b8651a1c7a333180425ce7719070f95f9"
LOCALE = "src/usr/local/share/locale/{}/LC_MESSAGES/pfSense.po"
# (file under RAW, path in the repository, catalogue code, lang); the English catalogue first.
CATALOGUES = [("en_US.po", LOCALE.format("en_US"), "en", "en"),
              ("es.po", LOCALE.format("es"), "es", "es"),
              ("zh_CN.po", LOCALE.format("zh_CN"), "zh_CN", "zh-Hans"),
              ("zh_TW.po", LOCALE.format("zh_TW"), "zh_TW", "zh-Hant")]
# app_strings.SELECT_RE without backup|back up|restore|recovery (see the docstring).
SELECT_RE = re.compile(r"seed|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|log ?in|sign ?in|verification code|one-time|2fa|two-factor", re.I)


def pfsense_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"pfsense-{code}-{sha(key)[:10]}", lang, text, "pfsense_app",
                   f"github.com/pfsense/pfsense@{PFSENSE_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/pfsense/)",
                   f"pfsense/pfsense:{key}", "keyword_rule_app_strings")


def items():
    yield from pfsense_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
