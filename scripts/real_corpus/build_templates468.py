#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-second batch of tests/data/real/: the messages of the
File Roller archive manager (GNOME/file-roller, GPL-2.0-or-later) about archive passwords and
the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates468.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates468.py assemble     # write the jsonl files

Source: github.com/GNOME/file-roller (the GitHub mirror of gitlab.gnome.org/GNOME/file-roller)
at FILE_ROLLER_COMMIT (2026-08-06), the gettext catalogues po/es.po (es), po/zh_CN.po (zh-Hans)
and po/zh_TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/file-roller/ with COPYING
(see SOURCE.md there). The repository ships no .pot template: the English texts are the msgids,
read from zh_CN.po, the newest catalogue (template of 2026-07-02); es.po and zh_TW.po hold the
same five selected keys. Licence: GPL-2.0-or-later (COPYING at the same commit, GPL-2.0 text;
meson.build `license: 'GPL-2.0-or-later'`; the source headers say "version 2 … or (at your
option) any later version"), copyleft.

Selection (mechanical, decided before any text was read): every live entry whose msgid (the
English text) has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`)
when it has one. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key
in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%s`), markup and accelerators (`_`) are kept as written (they are the
product's own). Cut at 500 characters. The rule was not narrowed (it gives five keys).

Split: the unit is the message key (`GNOME/file-roller:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split); all five keys fall on the
dev side, so no held-out file is written. Ids are
`fileroller-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates468.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates468.tsv")
RAW = os.path.join(HERE, "raw", "file-roller")
FILE_ROLLER_COMMIT = "7f453f2d62d9800da602341f65544303235196fd"
# (file under RAW, path in the repository, catalogue code, lang); no .pot: the English texts
# are zh_CN.po's msgids (the newest catalogue).
CATALOGUES = [("zh_CN.po", "po/zh_CN.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def file_roller_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid" if code == "en" else "msgstr"
        yield item(f"fileroller-{code}-{sha(key)[:10]}", lang, text, "fileroller_app",
                   f"github.com/GNOME/file-roller@{FILE_ROLLER_COMMIT[:12]}:{path} ({where}; "
                   f"msgid at {ref}; copied to scripts/real_corpus/raw/file-roller/)",
                   f"GNOME/file-roller:{key}", "keyword_rule_app_strings")


def items():
    yield from file_roller_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
