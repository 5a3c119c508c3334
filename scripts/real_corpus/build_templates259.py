#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-third batch of tests/data/real/: the key, verification,
session, device, secret, password, recovery, backup and log-in messages of the Nheko Matrix
desktop client (Nheko-Reborn/nheko, GPL-3.0), in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates259.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates259.py assemble     # write the jsonl files

Source: github.com/Nheko-Reborn/nheko at NHEKO_COMMIT (2026-05-09), the Qt Linguist catalogues
resources/langs/nheko_en.ts, nheko_es.ts and nheko_zh_CN.ts, copied verbatim to
scripts/real_corpus/raw/nheko/ (see SOURCE.md there). Licence GPL-3.0 (COPYING at the same
commit; source files GPL-3.0-or-later), copyleft. nheko_zh_Hant.ts translates 15 of its 1,081
messages, none of the selected ones, so zh-Hant gives no text and is not read.

English text = the <source> string of each <message> of nheko_en.ts (Nheko's source language is
English; the three catalogues hold the same 1,081 messages), in file order. Spanish and zh-Hans =
the <translation> of the same (context, source, comment) in nheko_es.ts and nheko_zh_CN.ts (the
last numerus form for a numerus message), skipped when missing, unfinished, vanished, obsolete,
empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
app-string keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus key, verify, verification, session, device, secret. Near-duplicates (digits
and white space aside) collapse within a language. Placeholders %1, %2 are kept as written. Cut
at 500 characters.

Split: the unit is the message (`Nheko-Reborn/nheko:<context>:<source>`, with `#<comment>`
appended when the message has a disambiguating comment), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
nheko-<en|es|zhs>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates259.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates259.tsv")
RAW = os.path.join(HERE, "raw", "nheko")
NHEKO_COMMIT = "90ff9c6f36dd9df9e0e23212c34b83ec61772bba"  # master, 2026-05-09
# (file code, id code, lang); English is the <source> side of nheko_en.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|key|verify|verification|session|device|secret",
                       re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of one .ts file, in file order."""
    return [((c, s, cm), t)
            for c, s, cm, t in qt_messages(os.path.join(RAW, f"nheko_{code}.ts"))]


def nheko_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("Nheko-Reborn/nheko", key)
        path = "nheko_en.ts (<source>)" if code == "en" else f"nheko_{code}.ts"
        yield item(f"nheko-{idcode}-{sha(unit)[:10]}", lang, text, "nheko_app",
                   f"github.com/Nheko-Reborn/nheko@{NHEKO_COMMIT[:12]}:resources/langs/{path} "
                   f"({key[0]}; copied to scripts/real_corpus/raw/nheko/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from nheko_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
