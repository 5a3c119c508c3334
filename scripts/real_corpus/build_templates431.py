#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-fifth batch of tests/data/real/: the user-account,
password, root password, login, disk-encryption passphrase, recovery and backup/restore messages
of Calamares, the distribution installer (calamares/calamares, GPL-3.0-or-later), in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates431.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates431.py assemble     # write the jsonl files

Source: github.com/calamares/calamares at CALAMARES_COMMIT (2024-10-22, the newest stored
snapshot), the Qt Linguist catalogues lang/calamares_en.ts, calamares_es.ts, calamares_zh_CN.ts
and calamares_zh_TW.ts, copied verbatim to scripts/real_corpus/raw/calamares/ (see SOURCE.md
there) with LICENSES/GPL-3.0-or-later.txt and .reuse/dep5 (which puts lang/*.ts under
GPL-3.0-or-later). Copyleft. The gettext catalogues lang/python.pot and
lang/python/*/LC_MESSAGES/python.po were checked too: no message of them matches the rule
(none mentions a password, passphrase, encryption, login or account), so they are not used.

English text = the <source> string of each <message> of calamares_en.ts (the app's source
language is English), in file order; a translation = the <translation> of the same (context,
source, comment) in calamares_<code>.ts, the last numerus form for a numerus message, skipped
when missing, unfinished, vanished, obsolete, empty or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read, on counts only): every message whose
English text, as plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n
read as 3), has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard app-string keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) widened, as the batch brief asks for
Calamares' encryption and account strings, by `encrypt|account` (the catalogue has 864
messages; the standard rule takes 71 English sources, the widened rule 81, well below ~450, so
nothing is narrowed). Near-duplicates (digits and white space aside) collapse within a
language. Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`calamares/calamares:<context>:<source>`, with `#<comment>`
appended when the message has a disambiguating comment), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
calamares-<en|es|zh_CN|zh_TW>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates431.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates431.tsv")
RAW = os.path.join(HERE, "raw", "calamares")
CALAMARES_COMMIT = "4cd1f0f40299e37e5ba1041142b923f2575232dd"  # 2024-10-22
# (file code, id code, lang)
LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zh_CN", "zh-Hans"),
         ("zh_TW", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern + r"|encrypt|account", re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of calamares_<code>.ts, in file
    order (English is read on its <source> side)."""
    return [((c, s, cm), t)
            for c, s, cm, t in qt_messages(os.path.join(RAW, f"calamares_{code}.ts"))]


def calamares_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("calamares/calamares", key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"calamares-{idcode}-{sha(unit)[:10]}", lang, text, "calamares_app",
                   f"github.com/calamares/calamares@{CALAMARES_COMMIT[:12]}:lang/calamares_{code}.ts "
                   f"({side}; {key[0]}; copied to scripts/real_corpus/raw/calamares/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from calamares_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
