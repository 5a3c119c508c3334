#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-seventh batch of tests/data/real/: the in-app strings of
Mastodon's official Android app (mastodon/mastodon-android, GPL-3.0) about passwords, log-in and
sign-in, accounts, servers (instances) and authorization, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates183.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates183.py assemble     # write the jsonl files

Source: github.com/mastodon/mastodon-android at MASTODON_ANDROID_COMMIT (2026-08-20, the stored
head), the Android string catalogues `mastodon/src/main/res/values/strings.xml` (English),
`values-es-rES/strings.xml` (Spanish; the app has no plain `values-es`),
`values-zh-rCN/strings.xml` (zh-Hans) and `values-zh-rTW/strings.xml` (zh-Hant), copied verbatim
to scripts/real_corpus/raw/mastodon_android/values*/ (see SOURCE.md there). Licence GPL-3.0
(LICENSE at the same commit, copied there): copyleft, keep raw/mastodon_android/ out of the crate
package.

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by account,
instance, server and authoriz(e/ation). The `<plurals>` are not read (one of them matches, on
"server"). A string whose English text appears verbatim in the corpus's Mastodon web and mailer
files (tests/data/real/{dev,heldout}_mastodon_*.jsonl) is skipped in every language (one key).
The string is taken in every language catalogue that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language; the first in catalogue order keeps the text. Inner markup (the `<a>` link tags) is
dropped and white space runs collapsed to one space; Android escapes (\\', \\", \\n) are undone and
enclosing quotes dropped; format placeholders (%s, %1$s, %d) are kept as the app writes them.
Cut at 500 characters.

Split: the unit is the string name (`mastodon/mastodon-android:<name>`), all languages of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates183.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import glob
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates183.tsv")
RAW = os.path.join(HERE, "raw", "mastodon_android")
MASTODON_ANDROID_COMMIT = "24ab4a0c57ae417aa074a2666882041f2aecad25"
LANGS = [("values", "en", "en"), ("values-es-rES", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|instance|server|authoriz", re.I)
# The corpus's earlier Mastodon files (web strings and mailers); not this batch's own output.
MASTODON_FILES = sorted(p for p in glob.glob(os.path.join(OUT_DIR, "*_mastodon_*.jsonl"))
                        if not p.endswith("_mastodon_android_app.jsonl"))


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def mastodon_texts():
    texts = set()
    for path in MASTODON_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.add(json.loads(line)["text"].strip())
    return texts


def mastodon_android_items():
    en = load("values")
    seen_elsewhere = mastodon_texts()
    keys = [k for k in keyword_keys(en, SELECT_RE) if en[k].strip() not in seen_elsewhere]
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"mastodon-android-{code}-{name}", lang, text, "mastodon_android_app",
                       f"github.com/mastodon/mastodon-android@{MASTODON_ANDROID_COMMIT[:12]}:"
                       f"mastodon/src/main/res/{folder}/strings.xml ({name}; copied to "
                       f"scripts/real_corpus/raw/mastodon_android/)",
                       f"mastodon/mastodon-android:{name}", "keyword_rule_app_strings")


def items():
    yield from mastodon_android_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
