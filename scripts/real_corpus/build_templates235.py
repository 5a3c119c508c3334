#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-ninth batch of tests/data/real/: the profile, password,
encryption, Tox ID, account, backup and log-in messages of the qTox messenger's desktop interface
(qTox/qTox, GPL-3.0), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates235.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates235.py assemble     # write the jsonl files

Source: github.com/qTox/qTox at QTOX_COMMIT (2025-02-16), the Qt Linguist catalogues
translations/es.ts, zh_CN.ts and zh_TW.ts (and en.ts, which holds only six numerus messages),
copied verbatim to scripts/real_corpus/raw/qtox/ (see SOURCE.md there). Licence GPL-3.0
(LICENSE at the same commit; README: GPLv3+), copyleft.

English text = the <source> string of each <message> (qTox's source language is English; the
three catalogues hold the same 678 messages, taken in es.ts file order). Spanish, zh-Hans and
zh-Hant = the <translation> of the same (context, source, comment) in es.ts, zh_CN.ts and
zh_TW.ts (the last numerus form for a numerus message), skipped when missing, unfinished,
vanished, obsolete, empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
app-string keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus profile, encrypt, decrypt, Tox ID, account. Near-duplicates (digits and
white space aside) collapse within a language. Placeholders %1, %2 are kept as written. Cut at
500 characters.

Split: the unit is the message (`qTox/qTox:<context>:<source>`, with `#<comment>` appended when
the message has a disambiguating comment), all languages of one message on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
qtox-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates235.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates235.tsv")
RAW = os.path.join(HERE, "raw", "qtox")
QTOX_COMMIT = "2b9cbdcac1f5f140e054513d03a53b68b2ba843a"  # master, 2025-02-16
# (file code, id code, lang); English is the <source> side of es.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
         ("zh_TW", "zht", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|profile|password|encrypt|decrypt|Tox ID|account",
                       re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of one .ts file, in file order."""
    return [((c, s, cm), t) for c, s, cm, t in qt_messages(os.path.join(RAW, f"{code}.ts"))]


def qtox_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new, en_code="es"):
        unit = qt_unit("qTox/qTox", key)
        path = "es.ts (<source>)" if code == "en" else f"{code}.ts"
        yield item(f"qtox-{idcode}-{sha(unit)[:10]}", lang, text, "qtox_app",
                   f"github.com/qTox/qTox@{QTOX_COMMIT[:12]}:translations/{path} ({key[0]}; "
                   f"copied to scripts/real_corpus/raw/qtox/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from qtox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
