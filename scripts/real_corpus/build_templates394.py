#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-eighth batch of tests/data/real/: the web UI messages of
Duplicati (duplicati/duplicati, MIT), a backup program, about backups, restoring, passphrases,
passwords and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates394.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates394.py assemble     # write the jsonl files

Source: github.com/duplicati/duplicati at DUPLICATI_COMMIT (2026-08-22), reached with `fetch`:
the web UI's gettext catalogues Localizations/webroot/localization_webroot.pot (English msgids),
localization_webroot-es.po (es), localization_webroot-zh_CN.po (zh-Hans) and
localization_webroot-zh_TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/duplicati/
with the licence file LICENSE (see SOURCE.md there). The repository's -zh-Hant.po is a Simplified
catalogue (equal to -zh.po), so zh_TW is taken for zh-Hant.

Licence: MIT (LICENSE at the same commit; MIT for everything outside proprietary/ and
third-party components, which the catalogues are not).

Selection (mechanical, decided before any text was read): every live entry of the .pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor): 91 msgids, about 340 texts over the four languages, under the
~450 cap, so the rule was not narrowed. The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text (the singular msgid of a
plural entry); for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is taken
(msgstr[0] for a plural entry); an empty or fuzzy entry, a key the catalogue lacks, or a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Angular placeholders (`{{name}}`) and HTML markup in the msgids are kept as written (they
are the product's own). Cut at 500 characters.

Split: the unit is the message key (`duplicati/duplicati:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`duplicati-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates394.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates394.tsv")
RAW = os.path.join(HERE, "raw", "duplicati")
DUPLICATI_COMMIT = "66cfb242da3bfb74e9e18130684e4319eb442eb1"
_W = "Localizations/webroot/localization_webroot"
# (file under RAW, path in the repository, catalogue code, lang); the .pot first.
CATALOGUES = [("localization_webroot.pot", f"{_W}.pot", "en", "en"),
              ("localization_webroot-es.po", f"{_W}-es.po", "es", "es"),
              ("localization_webroot-zh_CN.po", f"{_W}-zh_CN.po", "zh_CN", "zh-Hans"),
              ("localization_webroot-zh_TW.po", f"{_W}-zh_TW.po", "zh_TW", "zh-Hant")]


def duplicati_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"duplicati-{code}-{sha(key)[:10]}", lang, text, "duplicati_app",
                   f"github.com/duplicati/duplicati@{DUPLICATI_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/duplicati/)",
                   f"duplicati/duplicati:{key}", "keyword_rule_app_strings")


def items():
    yield from duplicati_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
