#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixth batch of tests/data/real/: the in-app strings of OpenVPN for
Android (schwabe/ics-openvpn, GPL-2.0 with the author's additional terms, copyleft), the VPN
client, about passwords, private keys, certificates, PINs, authentication, credentials, user
names, backups, restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates202.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates202.py assemble     # write the jsonl files

Source: github.com/schwabe/ics-openvpn at ICS_COMMIT (2026-07-12, the stored head), the Android
string catalogues `main/src/main/res/values/strings.xml` (English) and
`main/src/ui/res/values-es/strings.xml`, `values-zh-rCN/strings.xml` (zh-Hans),
`values-zh-rTW/strings.xml` (zh-Hant), copied verbatim to
scripts/real_corpus/raw/ics-openvpn/values*/ (see SOURCE.md there). Licence GPL-2.0 with
additional terms (doc/LICENSE.txt at the same commit, copied there as LICENSE.txt).

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by
certificate, auth, credential and username. The `<plurals>` and `<string-array>`s are not read.
The string is taken in every language catalogue that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language; the first in catalogue order keeps the text. Inner markup is dropped and
white space runs collapsed to one space; Android escapes (\\', \\", \\n) are undone and enclosing
quotes dropped; format placeholders (%s, %1$s, %d) are kept as the app writes them. Cut at 500
characters.

Split: the unit is the string name (`schwabe/ics-openvpn:<name>`), all languages of one name on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates202.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates202.tsv")
RAW = os.path.join(HERE, "raw", "ics-openvpn")
ICS_COMMIT = "ede0aa0b334b47941407599fef3d76da8b933edf"
LANGS = [("values", "en", "en", "main/src/main/res"), ("values-es", "es", "es", "main/src/ui/res"),
         ("values-zh-rCN", "zh-Hans", "zh_CN", "main/src/ui/res"),
         ("values-zh-rTW", "zh-Hant", "zh_TW", "main/src/ui/res")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|certificate|auth|credential|username", re.I)


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def ics_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code, res in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"icsopenvpn-{code}-{name}", lang, text, "ics_openvpn_android_app",
                       f"github.com/schwabe/ics-openvpn@{ICS_COMMIT[:12]}:{res}/{folder}/"
                       f"strings.xml ({name}; copied to scripts/real_corpus/raw/ics-openvpn/)",
                       f"schwabe/ics-openvpn:{name}", "keyword_rule_app_strings")


def items():
    yield from ics_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
