#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-seventh batch of tests/data/real/: the in-app messages of
OnionShare desktop (onionshare/onionshare, GPL-3.0) about private keys, passwords, client
authentication, Tor and sharing, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates393.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates393.py assemble     # write the jsonl files

Source: github.com/onionshare/onionshare at ONIONSHARE_COMMIT (2026-08-18),
desktop/onionshare/resources/locale/en.json, es.json, zh_Hans.json, zh_Hant.json, copied
verbatim to scripts/real_corpus/raw/onionshare/ (see SOURCE.md there). Licence GPL-3.0
(LICENSE.txt at the same commit), copyleft.

Selection (mechanical, fixed before the texts were read): every key of en.json whose English
text has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE:
the shared keyword rule of app_strings (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), widened, as the batch brief asks for OnionShare, by "client
auth", the word "Tor" and the words share/shares/shared/sharing (the shared rule alone takes
only 11 keys of 261). The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language. Placeholders `{}` and HTML markup are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`onionshare/onionshare:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates393.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates393.tsv")
RAW = os.path.join(HERE, "raw", "onionshare")
ONIONSHARE_COMMIT = "447876b30846bbd31868726f11c4dd66ad476125"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|client auth|\btor\b|\bshar(?:e|es|ed|ing)\b", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def onionshare_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"onionshare-{code}-{key}", lang, text, "onionshare_app",
                   f"github.com/onionshare/onionshare@{ONIONSHARE_COMMIT[:12]}:desktop/onionshare/"
                   f"resources/locale/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/onionshare/)",
                   f"onionshare/onionshare:{key}", "keyword_rule_app_strings")


def items():
    yield from onionshare_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
