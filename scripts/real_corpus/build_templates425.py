#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-ninth batch of tests/data/real/: the repository
passphrase, password, encryption key, SSH key, repository-access and backup/restore messages of
Vorta, the BorgBackup desktop client (borgbase/vorta, GPL-3.0), in English and Spanish.

Usage:
    python3 scripts/real_corpus/build_templates425.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates425.py assemble     # write the jsonl files

Source: github.com/borgbase/vorta at VORTA_COMMIT (2026-08-16, "Update macFUSE wording (#2542)"),
the Qt Linguist catalogue src/vorta/i18n/ts/vorta.es.ts, copied verbatim to
scripts/real_corpus/raw/vorta/ (see SOURCE.md there) with LICENSE.txt. Licence GPL-3.0
(LICENSE.txt at the same commit is the GPL version 3 text), copyleft. The repository has no
Chinese catalogue (zh_CN/zh_TW), so the batch is English and Spanish only.

English text = the <source> string of each <message> of vorta.es.ts (the app's source language is
English), in file order; Spanish = the <translation> of the same (context, source, comment), the
last numerus form for a numerus message, skipped when missing, unfinished, vanished, obsolete,
empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read, on counts only): every message whose
English text, as plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n
read as 3), has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard app-string keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) widened, as the batch brief asks for
Vorta's key, encryption and repository-access strings, by `\bkeys?\b|encrypt|repositor` (the
catalogue has 562 messages; the standard rule alone takes 60 English sources, the widened rule
96, far below ~450, so nothing is narrowed). Near-duplicates (digits and white space aside)
collapse within a language. Placeholders {}, %1 are kept as written. Cut at 500 characters.

Split: the unit is the message (`borgbase/vorta:<context>:<source>`, with `#<comment>` appended
when the message has a disambiguating comment), all languages of one message on one side; held
out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
vorta-<en|es>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates425.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates425.tsv")
RAW = os.path.join(HERE, "raw", "vorta")
VORTA_COMMIT = "7f83935f25c672e24d3241cf968679b9c939ea72"  # master, 2026-08-16
# (file code, id code, lang); English is the <source> side of vorta.es.ts
LANGS = [("en", "en", "en"), ("es", "es", "es")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern + r"|\bkeys?\b|encrypt|repositor", re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of vorta.es.ts, in file order
    (English: read on its <source> side)."""
    return [((c, s, cm), t) for c, s, cm, t in qt_messages(os.path.join(RAW, "vorta.es.ts"))]


def vorta_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("borgbase/vorta", key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"vorta-{idcode}-{sha(unit)[:10]}", lang, text, "vorta_app",
                   f"github.com/borgbase/vorta@{VORTA_COMMIT[:12]}:src/vorta/i18n/ts/vorta.es.ts "
                   f"({side}; {key[0]}; copied to scripts/real_corpus/raw/vorta/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from vorta_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
