#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-fourth batch of tests/data/real/: the desktop app's messages
of the Mullvad VPN app (mullvad/mullvadvpn-app, GPL-3.0) about account numbers, accounts,
vouchers, devices, logging in and out, passwords and the like, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates250.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates250.py assemble     # write the jsonl files

Source: github.com/mullvad/mullvadvpn-app at MULLVAD_COMMIT (2026-08-21), the gettext template
desktop/packages/mullvad-vpn/locales/messages.pot (the English texts are its msgids) and the
catalogues desktop/packages/mullvad-vpn/locales/es/messages.po (es), zh-CN/messages.po
(zh-Hans) and zh-TW/messages.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/mullvad_desktop/ with the licence (LICENSE.md) (see SOURCE.md there).
Licence: GPL-3.0 (LICENSE.md at the same commit; copyleft).

Selection (mechanical, decided before any text was read): every live entry of messages.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `account number`,
`account`, `voucher`, `device`, `log out`/`logout`. The message key is the msgid, with its
msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es,
zh-CN and zh-TW the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural
entry); an empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within the product and language
(the first in catalogue order is kept). Placeholders (`%(name)s`, `%s`) and inline markup
(`<b>`, `<em>`) are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`mullvad/mullvadvpn-app:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`mullvad-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates250.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates250.tsv")
RAW = os.path.join(HERE, "raw", "mullvad_desktop")
MULLVAD_COMMIT = "9380a8076bc0511937477989a80ebca89cb334d9"
LOC = "desktop/packages/mullvad-vpn/locales"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("messages.pot", f"{LOC}/messages.pot", "en", "en"),
              ("es.po", f"{LOC}/es/messages.po", "es", "es"),
              ("zh-CN.po", f"{LOC}/zh-CN/messages.po", "zh-CN", "zh-Hans"),
              ("zh-TW.po", f"{LOC}/zh-TW/messages.po", "zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account number|account|voucher|device|log ?out",
                       re.I)


def mullvad_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"mullvad-{code}-{sha(key)[:10]}", lang, text, "mullvad_desktop_app",
                   f"github.com/mullvad/mullvadvpn-app@{MULLVAD_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/mullvad_desktop/)",
                   f"mullvad/mullvadvpn-app:{key}", "keyword_rule_app_strings")


def items():
    yield from mullvad_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
