#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-third batch of tests/data/real/: Rocket.Chat's own UI strings
(github.com/RocketChat/Rocket.Chat, MIT for the community code) about passwords, PINs,
two-factor / TOTP codes, end-to-end encryption keys, recovery, backup and restore, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates179.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates179.py assemble     # write the jsonl files

Source: Rocket.Chat's repository is over the fetch limit (about 2.1 GB), so it was reached through
the faithful fork github.com/Aman23Gupta/Rocket.Chat, which holds upstream's own history; the
files are read at RC_COMMIT, an upstream develop commit (2022-06-24, "Chore: Fixes e2e playwright
intermittences (#25984)"), from apps/meteor/packages/rocketchat-i18n/i18n/en.i18n.json,
es.i18n.json, zh.i18n.json, zh-TW.i18n.json, copied verbatim to
scripts/real_corpus/raw/rocketchat_ui/ (see SOURCE.md there). LICENSE at that commit: MIT (Expat)
for everything outside apps/meteor/ee/ and ee/ (the catalogues are outside).

Selection (mechanical): every key of en.i18n.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE. The round's rule was the
standard app-strings rule (app_strings.SELECT_RE) plus `two factor|totp|e2e|encryption key|token`;
that gives 225 English keys and 857 texts over the four languages, far above the ~450 cap, so
before any text was read (on counts per term only) the rule was narrowed by dropping
`log ?in`, `sign ?in` and `token` (access words, not secret words): 129 keys, 492 texts. The
key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. A text that appears verbatim inside one of the corpus's rocketchat_email texts
(tests/data/real/*_rocketchat_email.jsonl, batch 15) is skipped, in every language. Placeholders
(`__name__`, `%s`, `{{name}}`) and inline HTML are kept as written (they are the app's own). Cut
at 500 characters.

Split: the unit is the message key (`RocketChat/Rocket.Chat:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates179.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates179.tsv")
RAW = os.path.join(HERE, "raw", "rocketchat_ui")
RC_COMMIT = "579bd812c871740b7a3347d9c7834f55b0e74a4e"
I18N_DIR = "apps/meteor/packages/rocketchat-i18n/i18n"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|verification code|one-time|2fa|two-factor"
                       r"|two factor|totp|e2e|encryption key", re.I)
EMAIL_FILES = ["dev_rocketchat_email.jsonl", "heldout_rocketchat_email.jsonl"]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.i18n.json"))


def email_texts():
    """The texts of the corpus's rocketchat_email batch (15th), whose strings are not repeated."""
    out = []
    for name in EMAIL_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def rocketchat_items():
    en = load("en")
    keys = keyword_keys(en, SELECT_RE)
    mails = email_texts()
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            if any(text.strip() in m for m in mails):
                continue
            yield item(f"rchatui-{code}-{key}", lang, text, "rocketchat_ui",
                       f"github.com/RocketChat/Rocket.Chat@{RC_COMMIT[:12]}:{I18N_DIR}/"
                       f"{code}.i18n.json ({key}; read in the fork Aman23Gupta/Rocket.Chat, "
                       f"copied to scripts/real_corpus/raw/rocketchat_ui/)",
                       f"RocketChat/Rocket.Chat:{key}", "keyword_rule_app_strings")


def items():
    yield from rocketchat_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
