#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-ninth batch of tests/data/real/: GNOME Keyring's own prompts
and messages (unlock and change-password dialogs, keyring and SSH/GPG key prompts, errors) about
passwords, keyrings, keys, unlocking, logging in and authentication, in English, Spanish, zh-Hans
and zh-Hant (GNOME Keyring's gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates195.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates195.py assemble     # write the jsonl files

Source: github.com/GNOME/gnome-keyring (the GNOME GitLab mirror) at KEYRING_COMMIT (head of
2026-04-27, version 50.0): po/es.po, po/zh_CN.po, po/zh_TW.po, copied verbatim to
scripts/real_corpus/raw/gnome_keyring/ (see SOURCE.md there). The English texts are the msgids.
Licence: copyleft, GPL-2.0-or-later (COPYING) for the daemon and tools, LGPL-2.1-or-later
(COPYING.LIB) for the libraries (egg/, pkcs11/); the catalogues are distributed under the
package's licence.

Selection (mechanical, fixed before any text was read): every msgid (English) with at least four
words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or EXTRA_RE
(keyring, unlock, key as a word end, ssh, gpg, authenticat…), as the batch asked. Msgids in the
order of es.po (the newest catalogue; it holds every msgid of the three). The catalogues carry
no msgctxt and no fuzzy entry; a plural entry gives its msgid and msgstr[0]. A translation
equal to the English (untranslated) or empty is skipped; a msgid missing from a catalogue is not
taken in that language. Near-duplicates (digits and white space aside) collapse within a language
(first in order kept). Placeholders (`%s`, `%d`) and markup are kept as the app writes them. Cut
at 500 characters.

Split: the unit is the message key (`GNOME/gnome-keyring:<msgid>`), all languages of one msgid on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gnome-keyring-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates195.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates195.tsv")
RAW = os.path.join(HERE, "raw", "gnome_keyring")
KEYRING_COMMIT = "81a9cc98263f43630007482ebfeb05dcb6cb0556"
MIN_WORDS = 4
EXTRA_RE = re.compile(r"keyring|unlock|key\b|ssh|gpg|authenticat", re.I)
# (catalogue code, lang); "en" is the msgids themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ORDER = "es"  # the catalogue whose msgid order is used (it holds every msgid)


def load(code):
    """[(msgctxt, msgid, msgstr, fuzzy)] of catalogue `code` (`app_strings.po_entries`)."""
    return [e[:4] for e in po_entries(os.path.join(RAW, f"{code}.po"), context=True)]


def selected(msgid):
    return len(msgid.split()) >= MIN_WORDS and bool(SELECT_RE.search(msgid)
                                                   or EXTRA_RE.search(msgid))


def keyring_items():
    msgids = list(dict.fromkeys(m for _, m, _, _ in load(ORDER)))
    tr = {code: po_translations(os.path.join(RAW, f"{code}.po")) for code, _ in LANGS if code != "en"}
    keys = [m for m in msgids if selected(m)]
    english = {k: k for k in keys}
    for code, lang in LANGS:
        strings, en = (english, None) if code == "en" else (tr[code], english)
        for key, text in new_texts(strings, keys, en):
            where = "msgid of po/es.po" if code == "en" else f"po/{code}.po"
            yield item(f"gnome-keyring-{code}-{sha(key)[:10]}", lang, text, "gnome_keyring_app",
                       f"github.com/GNOME/gnome-keyring@{KEYRING_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/gnome_keyring/)",
                       f"GNOME/gnome-keyring:{key}", "keyword_rule_app_strings_keyring")


def items():
    yield from keyring_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
