#!/usr/bin/env python3
"""Rebuild the four-hundred-and-eleventh batch of tests/data/real/: the strings of
NetworkManager-openvpn (the OpenVPN plug-in of NetworkManager: its connection editor pages, its
password/authentication dialog and its VPN service) about passwords, private key passwords,
certificates, challenges and authentication, in English, Spanish, zh-Hans and zh-Hant (the
project's gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates407.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates407.py assemble     # write the jsonl files

Source: github.com/GNOME/NetworkManager-openvpn (GNOME's GitHub mirror of
gitlab.gnome.org/GNOME/NetworkManager-openvpn) at NMOVPN_COMMIT (2026-08-12), po/es.po,
po/zh_CN.po and po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/networkmanager-openvpn/
(see SOURCE.md there). Licence: GPL-2.0-or-later (COPYING is the GNU GPL version 2; the sources'
headers say "version 2 of the License, or (at your option) any later version"), a copyleft
licence. The repository ships no .pot file: the English texts are the msgids of the catalogues.

Selection (mechanical, fixed before any text was read): the English msgids are those of es.po,
then those of zh_CN.po and zh_TW.po not already seen (in catalogue order); every msgid with at
least four words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or EXTRA_RE
(certificate, challenge, authenticat…). A plural entry is its singular msgid and its msgstr[0]; a
msgctxt is ignored (the msgid is the key). In each language the msgid's msgstr is taken when it is
non-empty and not fuzzy; a translation equal to the English (untranslated) is skipped; a msgid
missing from a catalogue is not taken in that language (the program shows English).
Near-duplicates (digits and white space aside) collapse within a language (first in order kept).
Placeholders (`%s`, `%d`), mnemonic underscores and markup are kept as the catalogue writes them.
Cut at 500 characters.

Split: the unit is the message key (`GNOME/NetworkManager-openvpn:<msgid>`), all languages of one
msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`nmovpn-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates407.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates407.tsv")
RAW = os.path.join(HERE, "raw", "networkmanager-openvpn")
NMOVPN_COMMIT = "64852ea02117b34f801ac822a7c48c4d4f18ac48"
MIN_WORDS = 4
EXTRA_RE = re.compile(r"certificate|challenge|authenticat", re.I)
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


def nmovpn_items():
    keys = [m for m in english_msgids() if selected(m)]
    tr = {code: po_translations(os.path.join(RAW, f"{code}.po")) for code in CATALOGUES}
    english = {k: k for k in keys}
    for code, lang in LANGS:
        strings, en = (english, None) if code == "en" else (tr[code], english)
        for key, text in new_texts(strings, keys, en):
            where = "msgids of po/*.po" if code == "en" else f"po/{code}.po"
            yield item(f"nmovpn-{code}-{sha(key)[:10]}", lang, text, "networkmanager_openvpn_app",
                       f"github.com/GNOME/NetworkManager-openvpn@{NMOVPN_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/networkmanager-openvpn/)",
                       f"GNOME/NetworkManager-openvpn:{key}", "keyword_rule_app_strings")


def items():
    yield from nmovpn_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
