#!/usr/bin/env python3
"""Rebuild the hundred-and-fifteenth batch of tests/data/real/: the in-app strings of SimpleX
Chat (simplex-chat/simplex-chat, AGPL-3.0; Android and desktop app, Kotlin Multiplatform) about
passwords, passphrases, passcodes, PINs, recovery, backups, restoring, logging in, one-time codes
and two-factor authentication, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates111.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates111.py assemble     # write the jsonl files

Source: github.com/simplex-chat/simplex-chat at SIMPLEX_COMMIT (the upstream release commit
"6.4.3.1", 2025-08-10), the multiplatform string catalogues
`apps/multiplatform/common/src/commonMain/resources/MR/{base,es,zh-rCN,zh-rTW}/strings.xml`,
copied verbatim to scripts/real_corpus/raw/simplex/<folder>/strings.xml (see SOURCE.md there).
The upstream repository is over the fetch size limit; the commit was read from the fork
github.com/mIBRAHIM707/simplex-chat, whose `stable` branch head is that upstream commit (same
SHA-1, so the same tree).

Selection (mechanical): every translatable `<string>` of the English catalogue (`base`) whose text
has at least four words (white-space separated) and matches, case-insensitively, the regular
expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor). The string is taken in every language catalogue that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language; the first in catalogue order keeps the text. White space runs are collapsed
to one space as Android does; Android escapes (\\', \\", \\n, \\@, \\?) are undone and enclosing
quotes dropped; HTML inside CDATA (<b>, <i>, <font>) is flattened to its text; format
placeholders (%s, %1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`simplex-chat/simplex-chat:<name>`), all languages of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates111.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates111.tsv")
RAW = os.path.join(HERE, "raw", "simplex")
SIMPLEX_COMMIT = "79beace6b381ece835f6884b1f6d31df1c2a39f4"
MR = "apps/multiplatform/common/src/commonMain/resources/MR"
LANGS = [("base", "en", "en"), ("es", "es", "es"), ("zh-rCN", "zh-Hans", "zh_CN"),
         ("zh-rTW", "zh-Hant", "zh_TW")]


def load(folder):
    """name -> text of a catalogue's translatable <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def simplex_items():
    en = load("base")
    names = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        # android_text strips, so new_texts' comparison is the exact one
        for name, text in new_texts(load(folder), names, None if code == "en" else en):
            yield item(f"simplex-{code}-{name}", lang, text, "simplex_chat_app",
                       f"github.com/simplex-chat/simplex-chat@{SIMPLEX_COMMIT[:12]}:{MR}/{folder}/"
                       f"strings.xml ({name}; copied to scripts/real_corpus/raw/simplex/)",
                       f"simplex-chat/simplex-chat:{name}", "keyword_rule_app_strings")


def items():
    yield from simplex_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
