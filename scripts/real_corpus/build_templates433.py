#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-seventh batch of tests/data/real/: the account, password,
login, verification-code, authentication, fingerprint, security-key and Union ID (cloud account)
messages of the Deepin desktop's control center (linuxdeepin/dde-control-center,
GPL-3.0-or-later), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates433.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates433.py assemble     # write the jsonl files

Source: github.com/linuxdeepin/dde-control-center at DDECC_COMMIT (2026-08-20, "i18n: Updates
for project Deepin Desktop Environment (#3424)"), the Qt Linguist catalogues
translations/dde-control-center_en.ts, _es.ts, _zh_CN.ts and _zh_TW.ts, copied verbatim to
scripts/real_corpus/raw/dde-control-center/ (see SOURCE.md there) with LICENSE and .reuse/dep5.
Licence GPL-3.0-or-later (LICENSE at the same commit is the GPL version 3 text; .reuse/dep5
declares translations/* and **/*.ts GPL-3.0-or-later), copyleft. zh-Hant is taken from zh_TW
(the zh_HK catalogue is not used).

English text = the <source> string of each <message> of dde-control-center_en.ts (the app's
source language is English; that file has no translations), in file order; the other languages
= the <translation> of the same (context, source, comment) in their catalogue, the last numerus
form for a numerus message, skipped when missing, unfinished, vanished, obsolete, empty or equal
to the English text (untranslated).

Selection (mechanical, fixed before any text was read, on counts only): every message whose
English text, as plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n
read as 3), has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard app-string keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) widened, as the batch brief asks for the
control center's account, authentication and Union ID strings, by
`account|authenticat|verif|fingerprint|security key|union ?id` (the catalogue has 1017 messages;
the standard rule alone gives 165 texts over the four languages, the widened rule 237, below
~450, so nothing is narrowed). Near-duplicates (digits and white space aside) collapse within a
language. Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`linuxdeepin/dde-control-center:<context>:<source>`, with
`#<comment>` appended when the message has a disambiguating comment), all languages of one
message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
ddecc-<en|es|zh-hans|zh-hant>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates433.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as APP_SELECT_RE
from app_strings import qt_keyword_texts, qt_messages, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates433.tsv")
RAW = os.path.join(HERE, "raw", "dde-control-center")
DDECC_COMMIT = "9814467eade0f6aa7b73580bd2f1acda2367a9a4"  # master, 2026-08-20
REPO = "linuxdeepin/dde-control-center"
# (file code, id code, lang); English is the <source> side of dde-control-center_en.ts
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zh-hans", "zh-Hans"),
         ("zh_TW", "zh-hant", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern
                       + r"|account|authenticat|verif|fingerprint|security key|union ?id", re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of dde-control-center_<code>.ts, in
    file order (English: read on its <source> side)."""
    path = os.path.join(RAW, f"dde-control-center_{code}.ts")
    return [((c, s, cm), t) for c, s, cm, t in qt_messages(path)]


def ddecc_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit(REPO, key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"ddecc-{idcode}-{sha(unit)[:10]}", lang, text, "dde_control_center_app",
                   f"github.com/{REPO}@{DDECC_COMMIT[:12]}:translations/dde-control-center_{code}.ts "
                   f"({side}; {key[0]}; copied to scripts/real_corpus/raw/dde-control-center/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from ddecc_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
