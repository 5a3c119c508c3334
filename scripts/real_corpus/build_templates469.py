#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-third batch of tests/data/real/: the strings of the
LightDM GTK+ Greeter login screen (Xubuntu/lightdm-gtk-greeter, GPL-3.0) about passwords,
logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates469.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates469.py assemble     # write the jsonl files

Source: github.com/Xubuntu/lightdm-gtk-greeter at COMMIT (2026-01-28; licence file COPYING,
GPL-3.0), its po/lightdm-gtk-greeter.pot (English msgids), po/es.po, po/zh_CN.po and
po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/lightdm-gtk-greeter/ (see SOURCE.md
there). The catalogue holds 25 msgids, so no narrowing was needed.

Selection (mechanical, fixed before reading the texts): every msgid of the .pot with at least
four words (white-space separated) matching, case-insensitively, the common keyword rule
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The msgid's translation is taken in each po file (fuzzy entries left out); a
translation equal to the English is skipped; near-duplicates (digits and white space aside)
collapse within a catalogue. Cut at 500 characters.

Split: the unit is the message key (`Xubuntu/lightdm-gtk-greeter:<msgid>`,
`<msgctxt>::<msgid>` when it has a context), all languages of one key on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates469.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates469.tsv")
REPO = "Xubuntu/lightdm-gtk-greeter"
COMMIT = "22ef346fe500eccb0850bd6b8e082fa88934f282"
FOLDER = "lightdm-gtk-greeter"
RAW = os.path.join(HERE, "raw", FOLDER)
# (file under raw, path in the repository, catalogue code, lang); the .pot first.
CATALOGUES = [("lightdm-gtk-greeter.pot", "po/lightdm-gtk-greeter.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def lightdm_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"lightdmgtk-{code}-{sha(key)[:10]}", lang, text, "lightdm_gtk_greeter_app",
                   f"github.com/{REPO}@{COMMIT[:12]}:{path} "
                   f"(copied to scripts/real_corpus/raw/{FOLDER}/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from lightdm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
