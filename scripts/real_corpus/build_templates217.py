#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-first batch of tests/data/real/: the interface strings of
the Bitwarden for Android password manager app (bitwarden/android, GPL-3.0) about passwords and
master passwords, PINs, two-step log-in and verification codes, recovery codes, log-in and
sign-in, backup and restore, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates217.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates217.py assemble     # write the jsonl files

Source: github.com/bitwarden/android at BW_COMMIT (2026-08-21, the stored head of its default
branch, reached with `fetch`). Licence: GPL-3.0 (LICENSE.txt at the same commit, copied there);
copyleft. The app's translatable catalogues ui/src/main/res/values{,-es-rES,-zh-rCN,-zh-rTW}/
strings.xml, copied verbatim to scripts/real_corpus/raw/bitwarden_android/<folder>/strings.xml
(see SOURCE.md there); app/src/main/res holds no translatable catalogue.

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue with a text of at least four words (white-space separated)
matching, case-insensitively, the common keyword rule app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The round also asked
for master password|vault|unlock|biometric|passkey|send: with them the rule takes 245 strings and
970 texts over the four languages, far above the batch's ~450; it was narrowed, before any text
was read, to the common rule (master password is taken by `password` anyway): 150 strings, 597
texts. A string whose English text (any quantity) appears verbatim among the English texts of the
Bitwarden batches already in the corpus (KNOWN_FILES) is left out in every language. The string
is taken in every language folder that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language; the first in catalogue order keeps the text. Android escapes (\\', \\",
\\n) are undone and enclosing quotes dropped; markup is dropped and white space runs collapse to
one space (android_plurals with html=True); format placeholders (%1$s, %d) are kept as the app
writes them. A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`bitwarden/android:<name>`), all languages and quantities of
one name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates217.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates217.tsv")
RAW = os.path.join(HERE, "raw", "bitwarden_android")
BW_COMMIT = "d817f6b4bf7c17172a74fabca1e09e738c7ec6c9"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
# The Bitwarden batches already in the corpus (fixed list, so this batch's own files never count).
KNOWN_FILES = ["dev_bitwarden_android_notification.jsonl", "dev_bitwarden_authenticator_app.jsonl",
               "heldout_bitwarden_authenticator_app.jsonl", "dev_bitwarden_browser_app.jsonl",
               "heldout_bitwarden_browser_app.jsonl", "dev_bitwarden_web_notice.jsonl",
               "heldout_bitwarden_web_notice.jsonl"]


def known_english():
    """The English texts of the Bitwarden batches already in the corpus."""
    out = set()
    for name in KNOWN_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["lang"] == "en":
                    out.add(r["text"])
    return out


def load(folder):
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def bitwarden_items():
    known = known_english()
    en = {name: texts for name, texts in load("values").items()
          if not any(t in known for _, t in texts)}
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"bwandroid-{code}-{name}{q}", lang, text, "bitwarden_android_app",
                       f"github.com/bitwarden/android@{BW_COMMIT[:12]}:ui/src/main/res/{folder}/"
                       f"strings.xml ({name}{' ' + quantity if quantity else ''}; copied to "
                       f"scripts/real_corpus/raw/bitwarden_android/)",
                       f"bitwarden/android:{name}", "keyword_rule_app_strings")


def items():
    yield from bitwarden_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
