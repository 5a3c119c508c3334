#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-fifth batch of tests/data/real/: the in-app messages of the
Movim XMPP web client (movim/movim, AGPL-3.0) about passwords, log-in, accounts, registration,
OMEMO encryption keys, fingerprints and verification, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates451.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates451.py assemble     # write the jsonl files

Source: github.com/movim/movim at MOVIM_COMMIT (2026-08-06), the gettext template
locales/messages.pot (the English texts are its msgids) and the catalogues locales/es.po (es),
locales/zh.po (Language: zh_CN, zh-Hans) and locales/zh_tw.po (Language: zh_TW, zh-Hant), copied
verbatim to scripts/real_corpus/raw/movim/ with the licence (COPYING.txt) (see SOURCE.md there).
Licence: AGPL-3.0 (COPYING.txt at the root, same commit).

Selection (mechanical, decided before any text was read): every live entry of messages.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `account`, `encrypt`,
`key`/`keys` (whole word), `omemo`, `fingerprint`, `verif`, `code` (whole word), `authenticat`,
`credential`, `token`/`tokens` (word start), `secret`, `regist`, `sign up`/`signup`, `trust`
(word start). The base rule alone takes only 10 keys, so the batch's words were added (the
brief's password, login, account, encryption-key and verification strings); with them 56 keys,
138 texts in all, so no narrowing was needed. The message key is the msgid, with its msgctxt in
front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an
empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`%s`, `{{ }}`, HTML tags) are kept as written
(they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`movim/movim:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`movim-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates451.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates451.tsv")
RAW = os.path.join(HERE, "raw", "movim")
MOVIM_COMMIT = "bf78626030440482a5b321ae8d061807040f86d6"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("messages.pot", "locales/messages.pot", "en", "en"),
              ("es.po", "locales/es.po", "es", "es"),
              ("zh.po", "locales/zh.po", "zh_CN", "zh-Hans"),
              ("zh_tw.po", "locales/zh_tw.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|encrypt|\bkeys?\b|omemo|fingerprint|verif"
                       r"|\bcode\b|authenticat|credential|\btokens?|secret|regist|sign ?up"
                       r"|\btrust", re.I)


def movim_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"movim-{code}-{sha(key)[:10]}", lang, text, "movim_app",
                   f"github.com/movim/movim@{MOVIM_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/movim/)",
                   f"movim/movim:{key}", "keyword_rule_app_strings")


def items():
    yield from movim_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
