#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-fifth batch of tests/data/real/: the password, log-in,
sign-in, OAuth, backup and restore strings of the ownCloud desktop client (owncloud/client, the
Qt sync client, GPL-2.0-or-later), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates461.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates461.py assemble     # write the jsonl files

Source: github.com/owncloud/client at OWNCLOUD_CLIENT_COMMIT (tag v2.11.1, 2022-08-31, the last
2.x release), the Qt Linguist catalogues translations/client_en.ts, client_es.ts,
client_zh_CN.ts and client_zh_TW.ts, copied verbatim to scripts/real_corpus/raw/owncloud-client/
(see SOURCE.md there) with COPYING. Licence GPL-2.0-or-later (COPYING is the GPL version 2 text,
README.md "License": version 2 or any later version), copyleft. Why this tag: master
(3bd29f7396f0, 2026-08-21) no longer ships client_zh_CN.ts or client_zh_TW.ts (removed
2025-03-14); the release branches that still do select, by the rule below, 11 (branch 6),
12 (5), 14 (4) and 16 (3) English messages, v2.11.1 selects 20 (counts only, read before any text).

English text = the <source> string of each <message> of client_en.ts (the code's source strings
are English), in file order; Spanish, zh-Hans, zh-Hant = the <translation> of the same (context,
source, comment) in client_es.ts, client_zh_CN.ts, client_zh_TW.ts, the last numerus form for a
numerus message, taken when finished (skipped when unfinished, vanished or obsolete, empty or
equal to the English text) -- app_strings.qt_messages.

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor); not
narrowed (far below ~450 texts). Near-duplicates (digits and white space aside) collapse within a
language. Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`owncloud/client:<context>:<source>`, with `#<comment>` appended
when the message has a disambiguating comment), all languages of one message on one side; held
out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
owncloud-client-<en|es|zh_CN|zh_TW>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates461.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates461.tsv")
RAW = os.path.join(HERE, "raw", "owncloud-client")
OWNCLOUD_CLIENT_COMMIT = "c6dbf397482d074bc931e2812bb5542f0fa23d0d"  # tag v2.11.1, 2022-08-31
# (file code, id code, lang); English is the <source> side of client_en.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zh_CN", "zh-Hans"),
         ("zh_TW", "zh_TW", "zh-Hant")]


def catalogue(code):
    """[((context, source, comment), translation or None)] of client_<code>.ts, in file order."""
    return [((ctx, src, comment), tr)
            for ctx, src, comment, tr in qt_messages(os.path.join(RAW, f"client_{code}.ts"))]


def owncloud_client_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("owncloud/client", key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"owncloud-client-{idcode}-{sha(unit)[:10]}", lang, text,
                   "owncloud_client_app",
                   f"github.com/owncloud/client@{OWNCLOUD_CLIENT_COMMIT[:12]}:translations/"
                   f"client_{code}.ts ({side}; {key[0]}; copied to "
                   f"scripts/real_corpus/raw/owncloud-client/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from owncloud_client_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
