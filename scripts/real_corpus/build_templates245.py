#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-ninth batch of tests/data/real/: the admin web UI's and
single-sign-on pages' messages of the Mailu mail server (Mailu/Mailu, MIT) about passwords,
log-in, accounts, users, tokens, authentication, e-mail, aliases, relays and the like, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates245.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates245.py assemble     # write the jsonl files

Source: github.com/Mailu/Mailu at MAILU_COMMIT (2026-07-26), the gettext template
core/admin/messages.pot (the English texts are its msgids) and the catalogues
core/admin/mailu/translations/es/LC_MESSAGES/messages.po (es), zh/... (zh-Hans: the catalogue
`zh` is Simplified Chinese) and zh_TW/... (zh-Hant), copied verbatim to
scripts/real_corpus/raw/mailu/ with the licence (LICENSE.md) (see SOURCE.md there). Licence:
MIT (LICENSE.md at the same commit).

Selection (mechanical, decided before any text was read): every live entry of messages.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `account`, `user`,
`token`, `authentication`, `email`, `alias`, `relay`. The message key is the msgid, with its
msgctxt in front (`<msgctxt>::<msgid>`) when it has one (none has). For en the msgid is the
text; for es, zh and zh_TW the msgstr of the same key in that catalogue is taken (msgstr[0] for
a plural entry); an empty or fuzzy entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%(name)s`, `{}`) are
kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`Mailu/Mailu:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`mailu-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates245.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates245.tsv")
RAW = os.path.join(HERE, "raw", "mailu")
MAILU_COMMIT = "bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd"
TR = "core/admin/mailu/translations"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("messages.pot", "core/admin/messages.pot", "en", "en"),
              ("es.po", f"{TR}/es/LC_MESSAGES/messages.po", "es", "es"),
              ("zh.po", f"{TR}/zh/LC_MESSAGES/messages.po", "zh", "zh-Hans"),
              ("zh_TW.po", f"{TR}/zh_TW/LC_MESSAGES/messages.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|user|token|authentication|email|alias|relay",
                       re.I)


def mailu_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"mailu-{code}-{sha(key)[:10]}", lang, text, "mailu_app",
                   f"github.com/Mailu/Mailu@{MAILU_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/mailu/)",
                   f"Mailu/Mailu:{key}", "keyword_rule_app_strings")


def items():
    yield from mailu_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
