#!/usr/bin/env python3
"""Rebuild the hundred-and-eighth batch of tests/data/real/: the in-app strings of Proton Pass
for Android (protonpass/android-pass, GPL-3.0) about passwords, PINs, passphrases, recovery,
backups, restoring, logging in, verification codes and two-factor authentication, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates104.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates104.py assemble     # write the jsonl files

Source: github.com/protonpass/android-pass at PASS_COMMIT (2026-04-23), the Android string
catalogues `<module>/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/strings.xml` of the app's 42
modules (`app` and `pass/...`; 39 have an English catalogue, so only they give texts; the autofill
test-app and e2e-app are test apps and are left out),
copied verbatim, at the same paths, under scripts/real_corpus/raw/proton_pass/ (see SOURCE.md).

Selection (mechanical): every translatable `<string>` of a module's English catalogue (values/)
whose text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), and every `<plurals>` of which one English quantity item does (each quantity
item is a text). The string is taken in every language catalogue of the same module that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language; the first in module order (sorted
module paths), then catalogue order, keeps the text. Android escapes (\\', \\", \\n, \\@, \\?) are
undone and enclosing quotes dropped; markup is flattened to its text; format placeholders (%1$s,
%d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`protonpass/android-pass:<name>`), all languages (and plural
quantities) of one name on one side, also when the name occurs in two modules; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates104.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates104.tsv")
RAW = os.path.join(HERE, "raw", "proton_pass")
PASS_COMMIT = "d04eec283d806799830c2b6810d0ba38aefcfbdd"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
RES = os.path.join("src", "main", "res")


def modules():
    """The module paths (relative to RAW) that hold an English catalogue, sorted."""
    found = []
    for dirpath, _, filenames in os.walk(RAW):
        if "strings.xml" in filenames and dirpath.endswith(os.path.join(RES, "values")):
            found.append(os.path.relpath(dirpath, RAW)[: -len(os.path.join(RES, "values")) - 1])
    return sorted(m.replace(os.sep, "/") for m in found)


def load(module, folder):
    """name -> [(quantity or None, text)] of a module's catalogue, in catalogue order."""
    path = os.path.join(RAW, module, RES, folder, "strings.xml")
    return android_plurals(path) if os.path.exists(path) else {}


def pass_items():
    mods = modules()
    cats = {(m, code): load(m, folder) for m in mods for folder, _, code in LANGS}
    for folder, lang, code in LANGS:
        seen = set()
        for m in mods:
            en = cats[(m, "en")]
            strings = cats[(m, code)]
            short = m.replace("pass/", "", 1).replace("/", ".")
            texts = new_plural_entries(strings, en, SELECT_RE, seen, english=code == "en")
            for name, quantity, text in texts:
                q = f"#{quantity}" if quantity else ""
                yield item(f"ppass-{code}-{short}-{name}{q}", lang, text, "protonpass_android_app",
                           f"github.com/protonpass/android-pass@{PASS_COMMIT[:12]}:{m}/src/main/res/"
                           f"{folder}/strings.xml ({name}{q}; copied to "
                           f"scripts/real_corpus/raw/proton_pass/)",
                           f"protonpass/android-pass:{name}", "keyword_rule_app_strings")


def items():
    yield from pass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
