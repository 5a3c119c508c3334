#!/usr/bin/env python3
"""Rebuild the two-hundred-and-first batch of tests/data/real/: the strings of the GNOME
NetworkManager applet (nm-applet) and its connection editor (nm-connection-editor) about
passwords, PINs, secrets, keys, certificates, authentication, identities, WPA/PSK, logging in and
signing in, in English, Spanish, zh-Hans and zh-Hant (the project's gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates197.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates197.py assemble     # write the jsonl files

Source: github.com/GNOME/network-manager-applet at NMA_COMMIT (2026-04-10), po/es.po,
po/zh_CN.po and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/network-manager-applet/
(see SOURCE.md there). Licence: GPL-2.0-or-later (COPYING is the GPL version 2; the sources carry
`SPDX-License-Identifier: GPL-2.0+`), a copyleft licence. The repository ships no .pot file:
the English texts are the msgids of the catalogues.

Selection (mechanical, fixed before any text was read): the English msgids are those of es.po,
then those of zh_CN.po and zh_TW.po not already seen (in catalogue order); every msgid with at
least four words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or EXTRA_RE
(key, WPA, PSK, secret, certificate, authenticat…, identity). A plural entry is its singular
msgid and its msgstr[0]; a msgctxt is ignored (the msgid is the key). In each language the
msgid's msgstr is taken when it is non-empty and not fuzzy; a translation equal to the English
(untranslated) is skipped; a msgid missing from a catalogue is not taken in that language (the
program shows English). Near-duplicates (digits and white space aside) collapse within a
language (first in order kept). Placeholders (`%s`, `%d`), mnemonic underscores (`_Password:`)
and markup are kept as the program's catalogue writes them. Cut at 500 characters.

Split: the unit is the message key (`GNOME/network-manager-applet:<msgid>`), all languages of one
msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`nma-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates197.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts, po_entries, po_translations
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates197.tsv")
RAW = os.path.join(HERE, "raw", "network-manager-applet")
NMA_COMMIT = "ff50029feccdccc9d02a4ca51d566c8127808051"
MIN_WORDS = 4
EXTRA_RE = re.compile(r"key\b|wpa|psk|secret|certificate|authenticat|identity", re.I)
# (catalogue code, lang); "en" is the msgids of the catalogues themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
CATALOGUES = ["es", "zh_CN", "zh_TW"]


def entries(code):
    return po_entries(os.path.join(RAW, f"{code}.po"))


def english_msgids():
    """The msgids of es.po, then those of zh_CN.po and zh_TW.po not seen before, in order."""
    msgids = {}
    for code in CATALOGUES:
        for msgid, _, _, _ in entries(code):
            msgids.setdefault(msgid, None)
    return list(msgids)


def selected(msgid):
    return len(msgid.split()) >= MIN_WORDS and bool(SELECT_RE.search(msgid) or EXTRA_RE.search(msgid))


def nma_items():
    keys = [m for m in english_msgids() if selected(m)]
    tr = {code: po_translations(os.path.join(RAW, f"{code}.po")) for code in CATALOGUES}
    english = {k: k for k in keys}
    for code, lang in LANGS:
        strings, en = (english, None) if code == "en" else (tr[code], english)
        for key, text in new_texts(strings, keys, en):
            where = "msgids of po/*.po" if code == "en" else f"po/{code}.po"
            yield item(f"nma-{code}-{sha(key)[:10]}", lang, text, "nm_applet_app",
                       f"github.com/GNOME/network-manager-applet@{NMA_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/network-manager-applet/)",
                       f"GNOME/network-manager-applet:{key}", "keyword_rule_app_strings")


def items():
    yield from nma_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
