#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-fifth batch of tests/data/real/: the web UI's and e-mail
messages of Calibre-Web (janeczku/calibre-web, GPL-3.0, a copyleft licence) about passwords,
log-in, accounts, e-mail, tokens, API keys, LDAP, OAuth, backups and the like, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates221.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates221.py assemble     # write the jsonl files

Source: github.com/janeczku/calibre-web at CW_COMMIT (2026-08-22), the gettext template
messages.pot (the English texts are its msgids) and the catalogues
cps/translations/es/LC_MESSAGES/messages.po (es), zh_Hans_CN/... (zh-Hans) and zh_Hant_TW/...
(zh-Hant), copied verbatim to scripts/real_corpus/raw/calibre_web/ with the licence (LICENSE)
(see SOURCE.md there). Licence: GPL-3.0 (LICENSE at the same commit is the GNU General Public
License version 3).

The round's product was Open WebUI; it is already in the corpus (the fifty-second batch's
`open_webui_notice`), so this batch uses the brief's fallback, Calibre-Web (not in the corpus).

Selection (mechanical, decided before any text was read): every live entry of messages.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `API key`, `account`,
`email`, `token`, `LDAP`, `OAuth` (86 entries; without the extra words 26). The message key is
the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is
the text; for es, zh_Hans_CN and zh_Hant_TW the msgstr of the same key in that catalogue is
taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation equal to the
English text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first in catalogue order is kept). Placeholders (`%(name)s`,
`{}`) are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`janeczku/calibre-web:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`calibreweb-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates221.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates221.tsv")
RAW = os.path.join(HERE, "raw", "calibre_web")
CW_COMMIT = "7ec475e1fe20893730fd8863f771489049c99d16"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("messages.pot", "messages.pot", "en", "en"),
              ("es.po", "cps/translations/es/LC_MESSAGES/messages.po", "es", "es"),
              ("zh_Hans_CN.po", "cps/translations/zh_Hans_CN/LC_MESSAGES/messages.po",
               "zh_Hans_CN", "zh-Hans"),
              ("zh_Hant_TW.po", "cps/translations/zh_Hant_TW/LC_MESSAGES/messages.po",
               "zh_Hant_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|API key|account|email|token|LDAP|OAuth", re.I)


def calibre_web_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"calibreweb-{code}-{sha(key)[:10]}", lang, text, "calibre_web_app",
                   f"github.com/janeczku/calibre-web@{CW_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/calibre_web/)",
                   f"janeczku/calibre-web:{key}", "keyword_rule_app_strings")


def items():
    yield from calibre_web_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
