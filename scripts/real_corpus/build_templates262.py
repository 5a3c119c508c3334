#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-sixth batch of tests/data/real/: the in-app strings of
Seedvault, Android's backup app (seedvault-app/seedvault, Apache-2.0) about the recovery code
(the 12 words), backups and restoring, backup storage, passwords, PINs and log-in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates262.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates262.py assemble     # write the jsonl files

Source: github.com/seedvault-app/seedvault at SEEDVAULT_COMMIT (2024-10-18, the stored head),
licence Apache-2.0 (the English strings.xml carries `SPDX-License-Identifier: Apache-2.0`, and
the REUSE file .reuse/dep5 names Apache-2.0 for app/src/main/res/values-*/strings.xml; the text is
LICENSES/Apache-2.0.txt at that commit). The app module's string resources
app/src/main/res/{values,values-es,values-zh-rCN,values-zh-rTW}/strings.xml are copied verbatim
to scripts/real_corpus/raw/seedvault/strings_<folder>.xml (see SOURCE.md there); the builder
reads only those copies. values-zh-rCN is taken as zh-Hans, values-zh-rTW as zh-Hant.

Selection (mechanical, fixed before any text was read): every translatable <string> of the
English file whose text (as Android shows it: app_strings.android_shown_text, i.e. inner markup
such as <xliff:g> dropped with its text kept, outer quotes removed, \\uXXXX and backslash escapes
resolved, lines stripped) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) together with the
product words the batch's brief named: recovery code, 12 words, backup, restore, storage. The
file has no <plurals> or <string-array>. The key's text is taken in every language file that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside, app_strings.norm) collapse within the language, the first key in
file order keeping the text. Placeholders (%s, %1$s, %d…) are kept as written (they are the app's
own). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`seedvault-app/seedvault:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates262.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import SELECT_RE as STANDARD_RE, android_shown_text, keyword_keys, \
    new_texts  # noqa: E402
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates262.tsv")
RAW = os.path.join(HERE, "raw", "seedvault")
REPO = "seedvault-app/seedvault"
SEEDVAULT_COMMIT = "0fa14025b31a66d24cd22ddc097d69aa5c755545"
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|recovery code|12 words|backup|restore|storage",
                       re.I)


def strings(folder):
    """name -> shown text of the translatable top-level <string>s of one copied catalogue."""
    root = ET.parse(os.path.join(RAW, f"strings_{folder}.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        if el.get("translatable") == "false":
            continue
        out[el.get("name")] = android_shown_text(el)
    return out


def seedvault_items():
    files = {lang: strings(folder) for folder, lang in LANGS}
    en = files["en"]
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        for key, text in new_texts(files[lang], keys, None if lang == "en" else en):
            yield item(f"seedvault-{lang}-{key}", lang, text, "seedvault_app",
                       f"github.com/{REPO}@{SEEDVAULT_COMMIT[:12]}:app/src/main/res/{folder}/"
                       f"strings.xml ({key}; copied to scripts/real_corpus/raw/seedvault/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from seedvault_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
