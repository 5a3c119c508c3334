#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-ninth batch of tests/data/real/: Lemmy's web UI strings
(LemmyNet/lemmy-translations, AGPL-3.0) about accounts, log-in, passwords, two-factor
authentication (TOTP), tokens, backups and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates185.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates185.py assemble     # write the jsonl files

Source: github.com/LemmyNet/lemmy-translations at LEMMY_COMMIT (2026-08-20, the same commit the
lemmy_email batch read), frontend/en.json, es.json, zh.json (Simplified), zh_Hant.json (flat
JSON catalogues of lemmy-ui), copied verbatim to scripts/real_corpus/raw/lemmy_ui/ (see
SOURCE.md there). Licence AGPL-3.0 (LICENSE at the same commit): copyleft.

Selection (mechanical): every key of frontend/en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the common app-strings rule
of app_strings.py (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) plus totp, account, token. A key whose English text is found verbatim in a text of
tests/data/real/{dev,heldout}_lemmy_email.jsonl (Lemmy's e-mails, already in the corpus) is
skipped (none is). The key's text is taken in every language file that holds it under the same
key (zh.json writes plurals as `<key>_0`, so the English `<key>_plural` keys have no zh-Hans
text); a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within a language, the first key in catalogue order
keeping the text. Placeholders (`{{name}}`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`LemmyNet/lemmy-translations:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates185.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as COMMON_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates185.tsv")
RAW = os.path.join(HERE, "raw", "lemmy_ui")
LEMMY_COMMIT = "f03dfd1a4e73015b564ed230577d2fd8b23974f5"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|totp|account|token", re.I)
MAIL_FILES = ["dev_lemmy_email.jsonl", "heldout_lemmy_email.jsonl"]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def mail_texts():
    """The texts of the corpus's Lemmy e-mail batch (an English string in one is skipped)."""
    texts = []
    for name in MAIL_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def lemmy_ui_items():
    en = load("en")
    mails = mail_texts()
    keys = [k for k in keyword_keys(en, SELECT_RE)
            if not any(en[k].strip() in t for t in mails)]
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"lemmy-ui-{code}-{key}", lang, text, "lemmy_ui",
                       f"github.com/LemmyNet/lemmy-translations@{LEMMY_COMMIT[:12]}:"
                       f"frontend/{code}.json ({key}; copied to scripts/real_corpus/raw/lemmy_ui/)",
                       f"LemmyNet/lemmy-translations:{key}", "keyword_rule_app_strings")


def items():
    yield from lemmy_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
