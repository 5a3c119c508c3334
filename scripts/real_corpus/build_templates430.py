#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-fourth batch of tests/data/real/: the first-boot messages
of GNOME Initial Setup (GNOME/gnome-initial-setup, GPL-2.0-or-later, a copyleft licence) about
passwords, log-in, accounts (local, enterprise, online) and authentication, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates430.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates430.py assemble     # write the jsonl files

Source: github.com/GNOME/gnome-initial-setup (the GitHub mirror of
gitlab.gnome.org/GNOME/gnome-initial-setup) at GIS_COMMIT (2026-08-22, the newest stored
snapshot), the gettext catalogues po/es.po, po/zh_CN.po and po/zh_TW.po, copied verbatim to
scripts/real_corpus/raw/gnome_initial_setup/ (see SOURCE.md there). Licence: GPL-2.0-or-later
(COPYING at the same commit is the GNU General Public License version 2; meson.build declares
`license: 'GPL-2.0-or-later'`). The repository has no .pot: the English texts are the msgids,
read from es.po (zh_CN.po, the newest catalogue, holds no selected msgid that es.po lacks).

Selection (mechanical, decided before any text was read): every live entry whose msgid has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the shared
rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened by `authenticat` and `account`, as the batch's brief asks
("password, login, account and authentication strings"); the shared rule alone gives 124 texts
over the four languages, the widened one 140, far under the ~450 cap, so nothing is narrowed.
The message key is the msgid, `<msgctxt>::<msgid>` when it has a context. For en the msgid is
the text; for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is taken; an empty
or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders are kept as written (they are the product's own).
Cut at 500 characters.

Split: the unit is the message key (`GNOME/gnome-initial-setup:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gis-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates430.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates430.tsv")
RAW = os.path.join(HERE, "raw", "gnome_initial_setup")
GIS_COMMIT = "1ad5f9e5bc5431a9986358a13eca41643563920f"
SELECT_RE = re.compile(SHARED_RE.pattern + r"|authenticat|account", re.I)
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the
# msgids of es.po.
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def gis_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"gis-{code}-{sha(key)[:10]}", lang, text, "gnome_initial_setup_app",
                   f"github.com/GNOME/gnome-initial-setup@{GIS_COMMIT[:12]}:{path} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/gnome_initial_setup/)",
                   f"GNOME/gnome-initial-setup:{key}", "keyword_rule_app_strings")


def items():
    yield from gis_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
