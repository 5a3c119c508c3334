#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-ninth batch of tests/data/real/: the log-in, password,
app-password, end-to-end encryption passphrase/mnemonic, backup/restore and two-factor messages
of the Nextcloud desktop client (nextcloud/desktop, GPL-2.0-or-later), in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates395.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates395.py assemble     # write the jsonl files

Source: github.com/nextcloud/desktop at DESKTOP_COMMIT (2022-07-28, "[tx-robot] updated from
transifex", an upstream commit of nextcloud/desktop), read from the faithful fork
github.com/usatiuk/nextcloud-desktop, whose newest stored snapshot has that upstream commit as its
head (nextcloud/desktop's own snapshot, 716 MB, is over the fetch limit). The Qt Linguist
catalogues translations/client_es.ts, client_zh_CN.ts and client_zh_TW.ts are copied verbatim to
scripts/real_corpus/raw/nextcloud_desktop/ (see SOURCE.md there), with COPYING. Licence
GPL-2.0-or-later (COPYING at the same commit is the GPL version 2 text; README.md: "either version
2 of the License, or (at your option) any later version"), copyleft.

English text = the <source> string of each <message> of client_es.ts (the client's source
language is English; lupdate writes the same sources into every catalogue), in file order; es,
zh-Hans and zh-Hant = the <translation> of the same (context, source, comment) in client_es.ts,
client_zh_CN.ts and client_zh_TW.ts (the last numerus form for a numerus message), skipped when
missing, unfinished, vanished, obsolete, empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, the standard app-string
keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), unnarrowed. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`nextcloud/desktop:<context>:<source>`, with `#<comment>`
appended when the message has a disambiguating comment), all languages of one message on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
nextcloud-desktop-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates395.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, qt_keyword_texts, qt_messages, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates395.tsv")
RAW = os.path.join(HERE, "raw", "nextcloud_desktop")
DESKTOP_COMMIT = "d856e86e64759cb844dc97dbd767cdcee4ffe728"  # master, 2022-07-28
# (file code, id code, lang); English is the <source> side of client_es.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
         ("zh_TW", "zht", "zh-Hant")]


def catalogue(code):
    """[((context, source, comment), translation or None)] of one .ts file, in file order
    (English: client_es.ts read on its <source> side)."""
    name = "client_es.ts" if code == "en" else f"client_{code}.ts"
    return [((c, s, cm), t) for c, s, cm, t in qt_messages(os.path.join(RAW, name))]


def desktop_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("nextcloud/desktop", key)
        name = "client_es.ts" if code == "en" else f"client_{code}.ts"
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"nextcloud-desktop-{idcode}-{sha(unit)[:10]}", lang, text,
                   "nextcloud_desktop_app",
                   f"github.com/nextcloud/desktop@{DESKTOP_COMMIT[:12]}:translations/{name} "
                   f"({side}; {key[0]}; read from the fork usatiuk/nextcloud-desktop; copied to "
                   f"scripts/real_corpus/raw/nextcloud_desktop/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from desktop_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
