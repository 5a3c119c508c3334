#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-first batch of tests/data/real/: the messages of GDM, the
GNOME Display Manager (GNOME/gdm, GPL-2.0-or-later, a copyleft licence), about passwords,
smartcard PINs, authentication, log-in and accounts, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates427.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates427.py assemble     # write the jsonl files

Source: github.com/GNOME/gdm (the GitHub mirror of gitlab.gnome.org/GNOME/gdm) at GDM_COMMIT
(2026-06-09, the newest stored snapshot), the gettext catalogues po/es.po, po/zh_CN.po and
po/zh_TW.po, copied verbatim to scripts/real_corpus/raw/gdm/ (see SOURCE.md there). Licence:
GPL-2.0-or-later (COPYING at the same commit is the GNU General Public License version 2;
meson.build declares `license: 'GPL2+'`). The repository has no .pot: the English texts are the
msgids, read from es.po.

Selection (mechanical, decided before any text was read): every live entry whose msgid has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the shared
rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened by `authenticat` and `account`, as the batch's brief asks
("password, PIN, authentication, login and account strings"); the shared rule alone gives 96
texts over the four languages, the widened one 177, far under the ~450 cap, so nothing is
narrowed. The message key is the msgid, `<msgctxt>::<msgid>` when it has a context. For en the
msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is taken;
an empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders are kept as written (they are the product's own).
Cut at 500 characters.

Split: the unit is the message key (`GNOME/gdm:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gdm-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates427.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates427.tsv")
RAW = os.path.join(HERE, "raw", "gdm")
GDM_COMMIT = "97d4d051afcec8769284a6258a046620ec751c8f"
SELECT_RE = re.compile(SHARED_RE.pattern + r"|authenticat|account", re.I)
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the
# msgids of es.po.
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def gdm_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"gdm-{code}-{sha(key)[:10]}", lang, text, "gdm_app",
                   f"github.com/GNOME/gdm@{GDM_COMMIT[:12]}:{path} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/gdm/)",
                   f"GNOME/gdm:{key}", "keyword_rule_app_strings")


def items():
    yield from gdm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
