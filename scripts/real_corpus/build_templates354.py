#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-eighth batch of tests/data/real/: the in-app strings of
Nighthawk, the Zcash wallet for Android (nighthawk-apps/nighthawk-android-wallet, MIT), about
seeds, recovery phrases, private keys, passwords, PINs, backups, restoring, logging in,
verification codes and two-factor authentication, in English and Spanish (the app's `values-zh`
catalogues hold no Chinese; see below).

Usage:
    python3 scripts/real_corpus/build_templates354.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates354.py assemble     # write the jsonl files

Source: github.com/nighthawk-apps/nighthawk-android-wallet at NIGHTHAWK_COMMIT (head of `main`,
2024-11-27, release v2.2.16), reached with `fetch`: the Android string catalogues
`ui-lib/src/main/res/ui/<module>/values/strings.xml` (English) and `values-es/strings.xml`
(Spanish) of the 18 modules in MODULES, copied verbatim to
scripts/real_corpus/raw/nighthawk/<module>/values{,-es}/ (see SOURCE.md there). Licence MIT
(LICENSE at the same commit, "Copyright (c) 2021 Zcash", copied there). The repository's other
`strings.xml` files (ui-design-lib common: two currency-format strings; ui-integration-test and
ui-lib androidTest: test resources) are not the app's messages and are not used. The
`values-zh/strings.xml` catalogues (Crowdin writes both Chinese Simplified and Traditional to
this one folder) contain no CJK character at this commit: every entry is English (the source text
or an older English wording), so no Chinese text exists to take.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogues (modules in MODULES order, catalogue order within a module) whose text has at
least four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor); the catalogues hold no `<plurals>`. The string is taken in English and in the
Spanish catalogue of its module; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the language over all
modules; the first in order keeps the text. White space runs are collapsed to one space as
Android does; Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped; markup is
flattened to its text; format placeholders (%1$s, %s) are kept as the app writes them. Cut at
500 characters.

Split: the unit is the string name (`nighthawk-apps/nighthawk-android-wallet:<name>`; Android
resource names are unique across the app's modules), both languages of one name on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates354.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates354.tsv")
RAW = os.path.join(HERE, "raw", "nighthawk")
NIGHTHAWK_COMMIT = "46402b7a30594d7ded255cf747b68f76da47b83e"
REPO = "nighthawk-apps/nighthawk-android-wallet"
MODULES = ["about", "backup", "common", "history", "home", "new", "onboarding", "receive",
           "request", "restore", "scan", "seed", "send", "settings", "support", "update",
           "wallet_address", "warning"]
LANGS = [("values", "en", "en"), ("values-es", "es", "es")]


def load(module, folder):
    """name -> [(quantity or None, text)] of one catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, module, folder, "strings.xml"), html=True)


def nighthawk_items():
    for folder, lang, code in LANGS:
        seen = set()
        for module in MODULES:
            en = load(module, "values")
            strings = load(module, folder)
            texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
            for name, quantity, text in texts:
                q = f"#{quantity}" if quantity else ""
                yield item(f"nighthawk-{code}-{name}{q}", lang, text, "nighthawk_android_app",
                           f"github.com/{REPO}@{NIGHTHAWK_COMMIT[:12]}:ui-lib/src/main/res/ui/"
                           f"{module}/{folder}/strings.xml ({name}{q}; copied to "
                           f"scripts/real_corpus/raw/nighthawk/)",
                           f"{REPO}:{name}", "keyword_rule_app_strings")


def items():
    yield from nighthawk_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
