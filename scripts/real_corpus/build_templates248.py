#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-second batch of tests/data/real/: the web-app messages of
Shiori, the bookmark manager (go-shiori/shiori, MIT), about passwords, log-in and the like, in
English and Spanish (the repository has no Chinese catalogue).

Usage:
    python3 scripts/real_corpus/build_templates248.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates248.py assemble     # write the jsonl files

Source: github.com/go-shiori/shiori at SHIORI_COMMIT (2025-09-29), webapp/src/locales/en.json
and es.json, copied verbatim to scripts/real_corpus/raw/shiori/ (see SOURCE.md there). The
product first asked for, Xaman (XRPL-Labs/Xaman-App), is under a custom non-commercial licence
that needs XRPL Labs' permission for public use, so it was not used; Shiori is the fallback.

Selection (mechanical): every key of en.json (nested keys flattened with dots) whose English
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in en and es; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Cut at 500 characters.

Split: the unit is the message key (`go-shiori/shiori:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates248.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates248.tsv")
RAW = os.path.join(HERE, "raw", "shiori")
SHIORI_COMMIT = "585ea341aa59219b0477f991eadb545d24e3a121"
LANGS = [("en", "en"), ("es", "es")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def shiori_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"shiori-{code}-{key}", lang, text, "shiori_app",
                   f"github.com/go-shiori/shiori@{SHIORI_COMMIT[:12]}:webapp/src/locales/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/shiori/)",
                   f"go-shiori/shiori:{key}", "keyword_rule_app_strings")


def items():
    yield from shiori_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
