#!/usr/bin/env python3
"""Rebuild the ninety-first batch of tests/data/real/: the database, password, key and security
messages of the KeePassXC password manager's desktop interface, in English and Spanish, and
(added afterwards by a second helper, same keys and split units) zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates87.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates87.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch91.md, section "Ninety-first batch"):
  * keepassxc_ui: KeePassXC (keepassxreboot/keepassxc, GPL-2.0 or GPL-3.0, COPYING and
    LICENSE.GPL-2/LICENSE.GPL-3), the Qt Linguist catalogues share/translations/keepassxc_en.ts
    (the source strings), keepassxc_es.ts, keepassxc_zh_CN.ts and keepassxc_zh_TW.ts at
    KPXC_COMMIT, copied verbatim to scripts/real_corpus/raw/keepassxc/.

Mechanical selection (no choosing), over the <message>s of keepassxc_en.ts in file order:
  1. the source string, as plain text (HTML tags dropped, a <br>/</p> a line break, entities
     unescaped), has at least four words (white-space separated);
  2. it names the database, a password, the master key, a key file, a hardware key, a passkey,
     TOTP, unlocking, credentials or security: KEYWORDS (case-insensitive) matches it;
  3. it is a sentence-shaped message (ends in ".", "!" or "?"), i.e. what a dialog, message box,
     status line or help text shows, not a label, option name or column title. This third rule
     keeps the batch under the round's cap of ~450 texts with English and Spanish complete.
English text = the source string; Spanish, zh-Hans and zh-Hant = its translation in
keepassxc_es.ts, keepassxc_zh_CN.ts and keepassxc_zh_TW.ts for the same context and source (the
last numerus form, the plural, for a numerus message), skipped when missing, unfinished, empty or
equal to the English text (untranslated). A key is selected by its English text only. Ids are
kpxc-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>; the languages are yielded in the order
en, es, zh-Hans, zh-Hant, so the Chinese lines follow the English and Spanish ones in each file.
Placeholders are kept as the catalogue writes them (%1, %2 ...), except %n, which is 3. Near-duplicates (digits and white space aside) collapse within a language; cut at 500
characters.

Split: the unit is the message (`keepassxreboot/keepassxc:<context>:<source>`), all languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates87.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import qt_messages, qt_plain as plain
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates87.tsv")
RAW = os.path.join(HERE, "raw", "keepassxc")

KPXC_COMMIT = "95bae8377c88f46fda565e09fee25d7ba684fe9e"  # develop, 2024-10-19
# (file code, id code, lang); the Chinese were added after the English and Spanish (see the notes)
KPXC_LANGS = [("en", "en", "en"), ("es", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
              ("zh_TW", "zht", "zh-Hant")]
KEYWORDS = re.compile(r"databas|password|master key|key ?file|hardware key|passkey|totp|unlock"
                      r"|credential|secur", re.I)
SENTENCE = re.compile(r"[.!?]\s*$")


def catalogue(code):
    """[(context, source, translation or None)] of one .ts file, in file order."""
    path = os.path.join(RAW, f"keepassxc_{code}.ts")
    return [(c, s, t) for c, s, _, t in qt_messages(path)]


def selected(source):
    p = plain(source)
    return len(p.split()) >= 4 and bool(KEYWORDS.search(p)) and bool(SENTENCE.search(p))


def keepassxc_items():
    en = [(c, s) for c, s, _ in catalogue("en") if selected(s)]
    tr = {code: {(c, s): t for c, s, t in catalogue(code)} for code, _, _ in KPXC_LANGS[1:]}
    for code, idcode, lang in KPXC_LANGS:
        seen = set()
        for context, source in en:
            english = plain(source)
            if code == "en":
                text = english
            else:
                text = plain(tr[code].get((context, source)))
                if not text or text == english:
                    continue
            if not is_new(seen, text):
                continue
            unit = f"keepassxreboot/keepassxc:{context}:{source}"
            yield item(f"kpxc-{idcode}-{sha(unit)[:10]}", lang, text, "keepassxc_ui",
                       f"github.com/keepassxreboot/keepassxc@{KPXC_COMMIT[:12]}:share/translations/"
                       f"keepassxc_{code}.ts ({context}; copied to scripts/real_corpus/raw/keepassxc/)",
                       unit, "keepassxc_keyword_sentences")


def items():
    yield from keepassxc_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
