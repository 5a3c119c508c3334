#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifth batch of tests/data/real/: the in-app strings of Psiphon
for Android, the censorship-circumvention VPN app (Psiphon-Inc/psiphon-android, GPL-3.0), about
passwords, PINs, backups, restoring, logging / signing in, verification, accounts, purchases and
subscriptions, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates301.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates301.py assemble     # write the jsonl files

Source: github.com/Psiphon-Inc/psiphon-android at PSIPHON_COMMIT (2025-06-27), on the branch
`android-psiphon-pro`, the Google Play build of Psiphon for Android (Psiphon Pro). The stored
`master` head (a048834096af, 2025-06-16) holds only the basic app's catalogues (about 230
strings; the keyword rule below takes 2 string names, 8 texts there); the Pro branch adds
`pro-strings.xml` (PsiCash, Speed Boost, subscriptions, the PsiCash account). Its head
(497eb569fdc1, 2025-07-07) comes after the commit "Retire PsiCash" (9af2bb0af545, 2025-07-03),
which removed about 100 of those strings; PSIPHON_COMMIT is that commit's parent, the last state
of the branch with the PsiCash account strings (chosen on string counts, before any text was
read). Files: the Android string catalogues under `app/src/main/res/`: `values/strings.xml`,
`values/pro-strings.xml`, `values/psiphon_android_library_strings.xml`,
`values/untranslated_strings.xml`, `values/pro-untranslated_strings.xml` and
`values/psiphon_android_library_untranslated_strings.xml` (English), and `strings.xml`,
`pro-strings.xml` and `psiphon_android_library_strings.xml` of `values-es` (Spanish), `values-zh`
(zh-Hans; the app has no `values-zh-rCN`) and `values-zh-rTW` (zh-Hant), copied verbatim to
scripts/real_corpus/raw/psiphon/values*/ (see SOURCE.md there). Licence GPL-3.0 (LICENSE at the
same commit, copied there): copyleft. The files of one folder are read as one catalogue, in the
order of CATALOGUES; a name seen before keeps its first text.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (the standard keyword rule of
app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor; plus, as the batch brief asked, account, purchase, subscription, sign, verify),
and every `<plurals>` of which one English quantity item does (each quantity item is a text).
The rule gives 37 English string names and 148 texts over the four languages, so it was not
narrowed. The string is taken in every language catalogue that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the language; the first in catalogue order keeps the text. Markup inside a string (HTML written
with entities, e.g. links) is dropped and white space runs are collapsed to one space; Android
escapes (\\', \\", \\n) are undone and enclosing quotes dropped; format placeholders (%1$s, %d)
are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`Psiphon-Inc/psiphon-android:<name>`), all languages (and
plural quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates301.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates301.tsv")
RAW = os.path.join(HERE, "raw", "psiphon")
PSIPHON_COMMIT = "ffddcc9714aa6abffa5b078ccd29f06d16f21e5d"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"),
         ("values-zh", "zh-Hans", "zh_Hans"), ("values-zh-rTW", "zh-Hant", "zh_Hant")]
CATALOGUES = ["strings.xml", "pro-strings.xml", "psiphon_android_library_strings.xml",
              "untranslated_strings.xml", "pro-untranslated_strings.xml",
              "psiphon_android_library_untranslated_strings.xml"]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|purchase|subscription|sign|verify", re.I)


def load(folder):
    """(name -> [(quantity or None, text)], name -> file) of a folder's catalogues read as one,
    in catalogue order; a name seen before keeps its first text."""
    strings, files = {}, {}
    for file in CATALOGUES:
        path = os.path.join(RAW, folder, file)
        if not os.path.exists(path):
            continue
        for name, texts in android_plurals(path, html=True).items():
            if name not in strings:
                strings[name], files[name] = texts, file
    return strings, files


def psiphon_items():
    en, _ = load("values")
    for folder, lang, code in LANGS:
        strings, files = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"psiphon-{code}-{name}{q}", lang, text, "psiphon_android_app",
                       f"github.com/Psiphon-Inc/psiphon-android@{PSIPHON_COMMIT[:12]}:app/src/"
                       f"main/res/{folder}/{files[name]} ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/psiphon/)",
                       f"Psiphon-Inc/psiphon-android:{name}", "keyword_rule_app_strings")


def items():
    yield from psiphon_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
