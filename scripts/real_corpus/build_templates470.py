#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-fourth batch of tests/data/real/: the strings of
NetworkManager itself (the daemon, libnm, nmcli and nmtui: nmcli's secret agent and password
prompts, nmtui's password dialogs, Wi-Fi, 802.1X, VPN and mobile-broadband secret settings) about
passwords, private keys, PINs, passphrases, backups, restoring and logging in, in English,
Spanish, zh-Hans and zh-Hant (the project's gettext catalogues). Not the OpenVPN plug-in or the
applet (batches 411 and 201).

Usage:
    python3 scripts/real_corpus/build_templates470.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates470.py assemble     # write the jsonl files

Source: github.com/NetworkManager/NetworkManager (the project's GitHub mirror of
gitlab.freedesktop.org/NetworkManager/NetworkManager) at NM_COMMIT (2026-08-21), po/es.po,
po/zh_CN.po and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/networkmanager/ (see
SOURCE.md there). Licence: GPL-2.0-or-later for the daemon and the clients (COPYING is the GNU
GPL version 2; src/nmcli and src/nmtui carry `SPDX-License-Identifier: GPL-2.0-or-later`), and
LGPL-2.1-or-later for libnm (COPYING.LGPL), both copyleft. The repository ships no .pot file:
the English texts are the msgids of the catalogues.

Selection (mechanical, fixed before any text was read): the English msgids are those of es.po,
then those of zh_CN.po and zh_TW.po not already seen (in catalogue order); every msgid with at
least four words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor); no
narrowing was needed (296 texts). A plural entry is its singular msgid and its msgstr[0]; a
msgctxt is ignored (the msgid is the key). In each language the msgid's msgstr is taken when it is
non-empty and not fuzzy; a translation equal to the English (untranslated) is skipped; a msgid
missing from a catalogue is not taken in that language (the program shows English).
Near-duplicates (digits and white space aside) collapse within a language (first in order kept).
Placeholders (`%s`, `%d`), mnemonic underscores and markup are kept as the catalogue writes them.
Cut at 500 characters.

Split: the unit is the message key (`NetworkManager/NetworkManager:<msgid>`), all languages of
one msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids
are `nm-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates470.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, new_texts, po_entries, po_translations
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates470.tsv")
RAW = os.path.join(HERE, "raw", "networkmanager")
NM_COMMIT = "355bc902994f8f616bc80dcb451455f7aeb6b809"
MIN_WORDS = 4
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
    return len(msgid.split()) >= MIN_WORDS and bool(SELECT_RE.search(msgid))


def nm_items():
    keys = [m for m in english_msgids() if selected(m)]
    tr = {code: po_translations(os.path.join(RAW, f"{code}.po")) for code in CATALOGUES}
    english = {k: k for k in keys}
    for code, lang in LANGS:
        strings, en = (english, None) if code == "en" else (tr[code], english)
        for key, text in new_texts(strings, keys, en):
            where = "msgids of po/*.po" if code == "en" else f"po/{code}.po"
            yield item(f"nm-{code}-{sha(key)[:10]}", lang, text, "networkmanager_app",
                       f"github.com/NetworkManager/NetworkManager@{NM_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/networkmanager/)",
                       f"NetworkManager/NetworkManager:{key}", "keyword_rule_app_strings")


def items():
    yield from nm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
