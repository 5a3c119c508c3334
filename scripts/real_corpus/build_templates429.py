#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-third batch of tests/data/real/: the interface strings of
GNOME Shell (lock and login screen, polkit authentication dialog, network agent for Wi-Fi, VPN
and mobile-broadband secrets, keyring and smartcard prompts) about passwords, PINs, passphrases,
authentication, secrets, unlocking and logging in, in English, Spanish, zh-Hans and zh-Hant (its
gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates429.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates429.py assemble     # write the jsonl files

Source: github.com/GNOME/gnome-shell (GNOME's mirror of gitlab.gnome.org/GNOME/gnome-shell) at
SHELL_COMMIT (2026-08-22, the stored head), po/es.po, po/zh_CN.po, po/zh_TW.po, copied verbatim
to scripts/real_corpus/raw/gnome_shell/ (see SOURCE.md there). Licence: GPL-2.0-or-later
(COPYING at that commit, GPL version 2, copied there too; meson.build declares
GPL-2.0-or-later), a copyleft licence.

Selection (mechanical, fixed before any text was read): the repository has no .pot template, so
the English catalogue is the live msgids of zh_CN.po, the catalogue merged with the newest
template (POT-Creation-Date 2026-08-02). Every such msgid with at least four words (white-space
separated) that matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or `authenticat`,
`secret`, `unlock`, `smart card`/`smartcard`, `keyring`, `credential`, in the order of zh_CN.po.
The brief's rule alone gives 26 keys and this wider rule 30, far under ~450, so nothing was
narrowed. The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it
has one. A plural entry is its singular msgid and its msgstr[0]. For en the msgid is the text;
for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is taken when it is
non-empty and not fuzzy; a key missing from a catalogue is not taken in that language; a
translation equal to the English (untranslated) is skipped. Near-duplicates (digits and white
space aside) collapse within a language (the first in order is kept). Placeholders (`%s`, `%d`),
Pango markup and mnemonic underscores are kept as the catalogues write them. Cut at 500
characters.

Split: the unit is the message key (`GNOME/gnome-shell:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gnome-shell-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates429.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates429.tsv")
RAW = os.path.join(HERE, "raw", "gnome_shell")
SHELL_COMMIT = "8f78208660d617182d3ea854f10c5ec9d20248e2"
MIN_WORDS = 4
ORIGIN = "github.com/GNOME/gnome-shell"
# (catalogue code, lang); "en" is the msgids of zh_CN.po (the newest merge) themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ENGLISH_FROM = "zh_CN"
SELECT_RE = re.compile(BASE_RE.pattern
                       + r"|authenticat|secret|unlock|smart ?card|keyring|credential", re.I)


def gnome_shell_items():
    catalogues = [(f"{ENGLISH_FROM if code == 'en' else code}.po",
                   f"msgid of po/{ENGLISH_FROM}.po" if code == "en" else f"po/{code}.po", code, lang)
                  for code, lang in LANGS]
    for code, lang, where, key, text, ref in po_keyword_texts(RAW, catalogues, SELECT_RE,
                                                               MIN_WORDS):
        yield item(f"gnome-shell-{code}-{sha(key)[:10]}", lang, text, "gnome_shell_app",
                   f"{ORIGIN}@{SHELL_COMMIT[:12]}:{where} (msgid at {ref}; copied to "
                   "scripts/real_corpus/raw/gnome_shell/)",
                   f"GNOME/gnome-shell:{key}", "keyword_rule_app_strings")


def items():
    yield from gnome_shell_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
