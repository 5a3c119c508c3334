#!/usr/bin/env python3
"""Rebuild the hundred-and-tenth batch of tests/data/real/: the in-app strings of the
Keepass2Android password manager (PhilippC/keepass2android, GPL-3.0-or-later) about passwords,
seeds/recovery, passcodes, PINs, passphrases, backups, restoring, logging/signing in,
verification and one-time codes and two-factor authentication, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates106.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates106.py assemble     # write the jsonl files

Source: github.com/PhilippC/keepass2android at KP2A_COMMIT (2026-07-20, "update version for
1.15-r3", the stored head), src/keepass2android-app/Resources/{values,values-es,values-zh,
values-zh-rTW}/strings.xml, copied verbatim to
scripts/real_corpus/raw/keepass2android/strings_<folder>.xml (see SOURCE.md there). The app's
Crowdin configuration (crowdin.yml) maps zh-CN to the folder values-zh, which is therefore its
zh-Hans; values-zh-rCN holds no string (an empty file "kept because of a build issue").

Selection (mechanical, fixed before any text was read): every translatable <string> of the
English file (<plurals> and <string-array> not taken) whose English text (after Android
unescaping) has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2fa,
two-factor. The rule gives 82 keys and 300 texts, under the round's ~450, so it was not
narrowed. The key's text is taken in every language file that holds it; a translation equal to
the English text (untranslated) is skipped. Android rendering: inner markup dropped, escapes
(\\n, \\', \\", \\@, \\?, \\uXXXX) resolved, enclosing quotes removed; placeholders (%s, %1$s,
%d, ...) are kept as written (they are the app's own). Near-duplicates (digits and white space
aside) collapse within a language (the first key in file order keeps the text). Cut at 500
characters (build_templates.item).

Split: the unit is the message key (`PhilippC/keepass2android:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates106.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import SELECT_RE, android_first_strings, keyword_keys, new_texts
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates106.tsv")
RAW = os.path.join(HERE, "raw", "keepass2android")
KP2A_COMMIT = "888600d0999af0895a2c76ce6483d3e73158955c"
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]


def kp2a_items():
    files = {lang: android_first_strings([os.path.join(RAW, f"strings_{folder}.xml")])
             for folder, lang in LANGS}
    en = files["en"]
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        strings = files[lang]
        for key, text in new_texts(strings, keys, en if lang != "en" else None):
            yield item(f"kp2a-{lang}-{key}", lang, text, "keepass2android_app",
                       f"github.com/PhilippC/keepass2android@{KP2A_COMMIT[:12]}:"
                       f"src/keepass2android-app/Resources/{folder}/strings.xml ({key}; copied to "
                       f"scripts/real_corpus/raw/keepass2android/)",
                       f"PhilippC/keepass2android:{key}", "keyword_rule_app_strings")


def items():
    yield from kp2a_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
