#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-fourth batch of tests/data/real/: the in-app strings of
KeepKey Desktop, the desktop app of the KeepKey hardware wallet (keepkey/keepkey-desktop,
GPL-3.0), about seed/recovery phrases, PINs, passphrases, passwords, backups, restoring, log-in,
the wallet, the device and its firmware, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates230.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates230.py assemble     # write the jsonl files

Source: github.com/keepkey/keepkey-desktop at KK_COMMIT (2024-10-28, the stored head),
packages/keepkey-desktop-app/src/assets/translations/{en,es,zh}/main.json, copied verbatim to
scripts/real_corpus/raw/keepkey_desktop/ (see SOURCE.md there). The zh catalogue is the app's
only Chinese one and is simplified (zh-Hans); there is no zh-Hant catalogue.

Selection (mechanical, fixed before any text was read): the nested catalogues are flattened to
dotted keys; every key of en.json whose English text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE: the standard
keyword rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus the batch's product words wallet, device, firmware and the
plural PINs. The key's text is taken in every language file that holds it; a translation equal
to the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the language. Placeholders `%{name}` are kept as written (they are the app's
own). Cut at 500 characters.

Split: the unit is the message key (`keepkey/keepkey-desktop:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates230.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates230.tsv")
RAW = os.path.join(HERE, "raw", "keepkey_desktop")
KK_COMMIT = "c785114b9bb0aa38caef4d63a2feb43f899870b5"
CATALOGUE_DIR = "packages/keepkey-desktop-app/src/assets/translations"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|device|firmware|\bpins\b", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def keepkey_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"keepkey-{code}-{key}", lang, text, "keepkey_desktop_app",
                   f"github.com/keepkey/keepkey-desktop@{KK_COMMIT[:12]}:{CATALOGUE_DIR}/{code}/"
                   f"main.json ({key}; copied to scripts/real_corpus/raw/keepkey_desktop/)",
                   f"keepkey/keepkey-desktop:{key}", "keyword_rule_app_strings")


def items():
    yield from keepkey_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
