#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-third batch of tests/data/real/: the web UI's and
command-line messages of the Mailpile e-mail client (mailpile/Mailpile, AGPL-3.0) about
passwords, passphrases, PINs, backups, restoring, logging in and the like, in English, Spanish and
zh-Hans (the source has no zh-Hant catalogue at this commit).

Usage:
    python3 scripts/real_corpus/build_templates329.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates329.py assemble     # write the jsonl files

Source: github.com/mailpile/Mailpile at MAILPILE_COMMIT (2018-06-28, branch release/1.0,
"Including current package-able translations in branch"), the gettext template
shared-data/locale/mailpile.pot (the English texts are its msgids) and the catalogues
shared-data/locale/es_ES/LC_MESSAGES/mailpile.po (es) and zh_CN/... (zh-Hans), copied verbatim
to scripts/real_corpus/raw/mailpile/ with the licence files COPYING.md and AGPLv3.txt (see
SOURCE.md there). Licence: AGPL-3.0-or-later (COPYING.md at the same commit). Translation lives
on Transifex; master's newest snapshot keeps only mailpile.pot. This commit is the stored one
whose catalogues carry the most translated texts under the rule below in es and zh-Hans (55 and
31 of 84 English keys); it has no zh_TW catalogue. The only stored commit with a zh_TW catalogue
(4673d2ef, 2016-01-06) translates none of its selected keys there (and only 1 each in es_ES and
zh_CN, the rest fuzzy or empty), so zh-Hant has no text in this batch.

Selection (mechanical, decided before any text was read): every live entry of mailpile.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es_ES and zh_CN the
msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an empty
or fuzzy entry, an entry missing from the catalogue, or a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%(name)s`, `%s`)
and markup are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`mailpile/Mailpile:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`mailpile-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates329.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates329.tsv")
RAW = os.path.join(HERE, "raw", "mailpile")
MAILPILE_COMMIT = "3390d3f9303e542ea51dae761737d2ff6647b6c6"
LOC = "shared-data/locale"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("mailpile.pot", f"{LOC}/mailpile.pot", "en", "en"),
              ("es_ES.po", f"{LOC}/es_ES/LC_MESSAGES/mailpile.po", "es_ES", "es"),
              ("zh_CN.po", f"{LOC}/zh_CN/LC_MESSAGES/mailpile.po", "zh_CN", "zh-Hans")]


def mailpile_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"mailpile-{code}-{sha(key)[:10]}", lang, text, "mailpile_app",
                   f"github.com/mailpile/Mailpile@{MAILPILE_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/mailpile/)",
                   f"mailpile/Mailpile:{key}", "keyword_rule_app_strings")


def items():
    yield from mailpile_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
