#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-fifth batch of tests/data/real/: the interface strings of
GNOME Settings (gnome-control-center: user accounts and their passwords, automatic log-in,
fingerprint log-in, online accounts, Wi-Fi/VPN/802.1x network secrets, remote log-in and
desktop sharing, privacy and firmware security) about passwords, PINs, passphrases, backups,
restoring, logging in and signing in, in English, Spanish, zh-Hans and zh-Hant (its gettext
catalogues).

Usage:
    python3 scripts/real_corpus/build_templates471.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates471.py assemble     # write the jsonl files

Source: github.com/GNOME/gnome-control-center (GNOME's mirror of
gitlab.gnome.org/GNOME/gnome-control-center) at GCC_COMMIT (2026-08-22, the stored head),
po/es.po, po/zh_CN.po, po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/gnome_control_center/
(see SOURCE.md there). Licence: GPL-2.0-or-later (COPYING at that commit, GPL version 2, copied
there too; meson.build declares `license: 'GPL2+'`), a copyleft licence.

Selection (mechanical, fixed before any text was read): the repository has no .pot template, so
the English catalogue is the live msgids of zh_CN.po, the catalogue merged with the newest
template (POT-Creation-Date 2026-08-18). Every such msgid with at least four words (white-space
separated) that matches, case-insensitively, SELECT_RE = app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor), in the order of
zh_CN.po; the brief's rule, not narrowed nor widened. The message key is the msgid, with its
msgctxt in front (`<msgctxt>::<msgid>`) when it has one. A plural entry is its singular msgid and
its msgstr[0]. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key
in that catalogue is taken when it is non-empty and not fuzzy; a key missing from a catalogue is
not taken in that language; a translation equal to the English (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language (the first in order is
kept). Placeholders (`%s`, `%d`), Pango markup and mnemonic underscores are kept as the
catalogues write them. Cut at 500 characters.

Split: the unit is the message key (`GNOME/gnome-control-center:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gnome-control-center-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates471.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates471.tsv")
RAW = os.path.join(HERE, "raw", "gnome_control_center")
GCC_COMMIT = "6dfc9f2fe27499890df831e13d7bcc5ee6da5bec"
MIN_WORDS = 4
ORIGIN = "github.com/GNOME/gnome-control-center"
# (catalogue code, lang); "en" is the msgids of zh_CN.po (the newest merge) themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ENGLISH_FROM = "zh_CN"
SELECT_RE = BASE_RE


def gnome_control_center_items():
    catalogues = [(f"{ENGLISH_FROM if code == 'en' else code}.po",
                   f"msgid of po/{ENGLISH_FROM}.po" if code == "en" else f"po/{code}.po", code, lang)
                  for code, lang in LANGS]
    for code, lang, where, key, text, ref in po_keyword_texts(RAW, catalogues, SELECT_RE,
                                                               MIN_WORDS):
        yield item(f"gnome-control-center-{code}-{sha(key)[:10]}", lang, text,
                   "gnome_control_center_app",
                   f"{ORIGIN}@{GCC_COMMIT[:12]}:{where} (msgid at {ref}; copied to "
                   "scripts/real_corpus/raw/gnome_control_center/)",
                   f"GNOME/gnome-control-center:{key}", "keyword_rule_app_strings")


def items():
    yield from gnome_control_center_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
