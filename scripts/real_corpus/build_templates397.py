#!/usr/bin/env python3
"""Rebuild the four-hundred-and-first batch of tests/data/real/: the in-app strings of the
Cwtch messenger's Flutter UI (cwtch.im/cwtch-ui, MIT) about passwords, profile encryption,
server keys, backups, restoring and logging in, in English and Spanish (the product has no
Chinese catalogue on any branch of the snapshot).

Usage:
    python3 scripts/real_corpus/build_templates397.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates397.py assemble     # write the jsonl files

Source: cwtch-ui (upstream git.openprivacy.ca/cwtch.im/cwtch-ui; the upstream has no snapshot
here, so it was reached through the GitHub mirror linusdunkers/cwtch-ui, whose branch `trunk`
is upstream's trunk) at CWTCH_COMMIT (2023-05-15, "Merge pull request 'font-scaling' (#672)"),
lib/l10n/intl_en.arb and intl_es.arb, copied verbatim to scripts/real_corpus/raw/cwtch-ui/
(see SOURCE.md there). Licence: MIT (LICENSE at the same commit, Open Privacy Research Society).

Selection (mechanical): every message key of intl_en.arb (metadata keys starting with `@`
left out) whose English text has at least four words (white-space separated) and matches,
case-insensitively, CWTCH_SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, before any text was read, by `encrypt`,
`key`/`keys` (whole word) and `secur`, because the batch was asked for the product's profile
encryption, server key and security strings too (the widening adds 2 of 19 English keys).
The key's text is taken in English and Spanish; a Spanish text equal to the English
(untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language. Placeholders such as `%1` are kept as written. Cut at 500
characters.

Split: the unit is the message key (`cwtch.im/cwtch-ui:<key>`), both languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates397.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates397.tsv")
RAW = os.path.join(HERE, "raw", "cwtch-ui")
CWTCH_COMMIT = "7e74421a3df224b829723fc5bf55229880894cc8"
LANGS = [("en", "en"), ("es", "es")]
CWTCH_SELECT_RE = re.compile(SELECT_RE.pattern + r"|encrypt|\bkeys?\b|secur", re.I)


def load(code):
    """The message keys of intl_<code>.arb (the `@` metadata keys left out)."""
    data = load_json(os.path.join(RAW, f"intl_{code}.arb"))
    return {k: v for k, v in data.items() if not k.startswith("@")}


def cwtch_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, CWTCH_SELECT_RE):
        yield item(f"cwtch-ui-{code}-{key}", lang, text, "cwtch_ui_app",
                   f"github.com/linusdunkers/cwtch-ui@{CWTCH_COMMIT[:12]} (mirror of "
                   f"cwtch.im/cwtch-ui):lib/l10n/intl_{code}.arb ({key}; copied to "
                   f"scripts/real_corpus/raw/cwtch-ui/)",
                   f"cwtch.im/cwtch-ui:{key}", "keyword_rule_app_strings")


def items():
    yield from cwtch_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
