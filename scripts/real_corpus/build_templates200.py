#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fourth batch of tests/data/real/: the in-app strings of
OpenKeychain, the OpenPGP app for Android (open-keychain/open-keychain, GPL-3.0), about
passwords, passphrases, PINs, backups, restoring, security tokens / smartcards / YubiKeys,
decryption and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates200.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates200.py assemble     # write the jsonl files

Source: github.com/open-keychain/open-keychain at OKC_COMMIT (2024-05-16, the stored head), the
Android string catalogues `OpenKeychain/src/main/res/values/strings.xml` (English),
`values-es/strings.xml` (Spanish), `values-zh/strings.xml` (zh-Hans; the app has no
`values-zh-rCN`) and `values-zh-rTW/strings.xml` (zh-Hant), copied verbatim to
scripts/real_corpus/raw/openkeychain/values*/ (see SOURCE.md there). Licence GPL-3.0 (LICENSE at
the same commit, copied there): copyleft. The bundled openpgp-api library is a git submodule
(extern/openpgp-api-lib) whose strings are not in these catalogues, so none of its strings is taken.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (the standard keyword rule of
app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor; plus yubikey, security token, smartcard, decrypt), and every `<plurals>` of
which one English quantity item does (each quantity item is a text). The batch brief also named
`key\\b|keys\\b`; with them the rule gives 336 English strings and 1,088 texts over the four
languages, far above the batch's cap of ~450 (in an OpenPGP key manager nearly every string says
"key"), so the rule was narrowed by dropping exactly those two alternatives (counts only were
looked at): 108 English strings, 337 texts. The string is taken in every language catalogue that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the language; the first in catalogue order keeps
the text. White space runs are collapsed to one space as Android does; Android escapes (\\',
\\", \\n) are undone and enclosing quotes dropped; format placeholders (%1$s, %d) are kept as
the app writes them. Cut at 500 characters.

Split: the unit is the string name (`open-keychain/open-keychain:<name>`), all languages (and
plural quantities) of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates200.tsv,
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
LABELS = os.path.join(HERE, "labels", "labels_templates200.tsv")
RAW = os.path.join(HERE, "raw", "openkeychain")
OKC_COMMIT = "8d0bd1f8537fb3a795fda8161f730a313ef7b01c"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"),
         ("values-zh", "zh-Hans", "zh_Hans"), ("values-zh-rTW", "zh-Hant", "zh_Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|yubikey|security token|smartcard|decrypt", re.I)


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def openkeychain_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"openkeychain-{code}-{name}{q}", lang, text, "openkeychain_android_app",
                       f"github.com/open-keychain/open-keychain@{OKC_COMMIT[:12]}:OpenKeychain/"
                       f"src/main/res/{folder}/strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/openkeychain/)",
                       f"open-keychain/open-keychain:{name}", "keyword_rule_app_strings")


def items():
    yield from openkeychain_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
