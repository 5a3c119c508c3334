#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-fifth batch of tests/data/real/: the password, certificate,
token, access, registration, log-in and recovery messages of the Mumble voice chat client
(mumble-voip/mumble, BSD-3-Clause), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates261.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates261.py assemble     # write the jsonl files

Source: github.com/mumble-voip/mumble at MUMBLE_COMMIT (2026-08-20), the Qt Linguist catalogues
src/mumble/mumble_en.ts, mumble_es.ts, mumble_zh_CN.ts and mumble_zh_TW.ts, copied verbatim to
scripts/real_corpus/raw/mumble/ (see SOURCE.md there). Licence BSD-3-Clause (LICENSE at the same
commit), not copyleft.

English text = the <source> string of each <message> of mumble_en.ts (Mumble's source language
is English; the four catalogues hold the same 2,385 messages), in file order. Spanish, zh-Hans and
zh-Hant = the <translation> of the same (context, source, comment) in mumble_es.ts,
mumble_zh_CN.ts and mumble_zh_TW.ts (the last numerus form for a numerus message), skipped when
missing, unfinished, vanished, obsolete, empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
app-string keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus certificate, server password, token, access, register. Near-duplicates
(digits and white space aside) collapse within a language. Placeholders %1, %2 are kept as
written. Cut at 500 characters.

Split: the unit is the message (`mumble-voip/mumble:<context>:<source>`, with `#<comment>`
appended when the message has a disambiguating comment), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
mumble-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates261.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, qt_keyword_texts, qt_messages, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates261.tsv")
RAW = os.path.join(HERE, "raw", "mumble")
MUMBLE_COMMIT = "3616998b7859cb25a77439042bfbce77a65c7d1c"  # master, 2026-08-20
# (file code, id code, lang); English is the <source> side of mumble_en.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
         ("zh_TW", "zht", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|certificate|server password|token|access|register",
                       re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of one .ts file, in file order."""
    return [((c, s, cm), t)
            for c, s, cm, t in qt_messages(os.path.join(RAW, f"mumble_{code}.ts"))]


def mumble_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("mumble-voip/mumble", key)
        path = "mumble_en.ts (<source>)" if code == "en" else f"mumble_{code}.ts"
        yield item(f"mumble-{idcode}-{sha(unit)[:10]}", lang, text, "mumble_app",
                   f"github.com/mumble-voip/mumble@{MUMBLE_COMMIT[:12]}:src/mumble/{path} "
                   f"({key[0]}; copied to scripts/real_corpus/raw/mumble/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from mumble_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
