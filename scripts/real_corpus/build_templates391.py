#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-fifth batch of tests/data/real/: VeraCrypt's own UI
strings (veracrypt/VeraCrypt, multi-licensed Apache-2.0 / TrueCrypt License 3.0; taken here
under Apache-2.0) about passwords, PIM, keyfiles, hidden volumes, rescue disks, pre-boot
authentication and backups of volume headers, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates391.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates391.py assemble     # write the jsonl files

Source: VeraCrypt upstream commit VERACRYPT_COMMIT (Mounir IDRASSI, 2025-02-05, "Rename
"Dismount All" to "Unmount All" in UI ..."), read from the faithful fork the-dan/VeraCrypt
(the upstream repository's snapshot is over the fetch size limit); files src/Common/Language.xml
(English), Translations/Language.es.xml, Language.zh-cn.xml, Language.zh-tw.xml, copied
verbatim to scripts/real_corpus/raw/veracrypt/ (see SOURCE.md there). License.txt at that
commit: "VeraCrypt is multi-licensed under Apache License 2.0 and the TrueCrypt License
version 3.0".

Text of an entry: the <entry key=...> element's text as XML parses it; the literal two-character
escape `\\n` becomes a line break; a `&` accelerator mark (a `&` before a non-space character)
is dropped as the UI drops it; placeholders (%s, %d, %hs, {0}...) are kept as written.

Selection (mechanical, decided before reading texts): every key of the English Language.xml
whose text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language. Cut at 500 characters.

Split: the unit is the message key (`veracrypt/VeraCrypt:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates391.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates391.tsv")
RAW = os.path.join(HERE, "raw", "veracrypt")
VERACRYPT_COMMIT = "42b716f8472ace23b13e609fe920267cecebac84"
FILES = {"en": "Language.xml", "es": "Language.es.xml", "zh-cn": "Language.zh-cn.xml",
         "zh-tw": "Language.zh-tw.xml"}
REPO_PATHS = {"en": "src/Common/Language.xml", "es": "Translations/Language.es.xml",
              "zh-cn": "Translations/Language.zh-cn.xml", "zh-tw": "Translations/Language.zh-tw.xml"}
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]


def shown(t):
    t = t.replace("\\n", "\n")
    t = re.sub(r"&(?=\S)", "", t)
    return t.strip()


def load(code):
    """key -> shown text of the catalogue's <entry> elements, in file order (first wins)."""
    out = {}
    for e in ET.parse(os.path.join(RAW, FILES[code])).getroot().iter("entry"):
        key = e.get("key")
        if key and key not in out:
            out[key] = shown("".join(e.itertext()))
    return out


def veracrypt_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"veracrypt-{code}-{key}", lang, text, "veracrypt_app",
                   f"github.com/veracrypt/VeraCrypt@{VERACRYPT_COMMIT[:12]}:{REPO_PATHS[code]} "
                   f"({key}; copied to scripts/real_corpus/raw/veracrypt/)",
                   f"veracrypt/VeraCrypt:{key}", "keyword_rule_app_strings")


def items():
    yield from veracrypt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
