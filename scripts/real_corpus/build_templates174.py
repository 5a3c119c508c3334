#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-eighth batch of tests/data/real/: the in-app strings of the
Temple wallet browser extension for Tezos (madfish-solutions/templewallet-extension, MIT) about
seed/recovery phrases, private keys, passwords, backups, restoring, unlocking, logging in,
secrets and the wallet, in English, zh-Hans and zh-Hant (the product has no Spanish catalogue).

Usage:
    python3 scripts/real_corpus/build_templates174.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates174.py assemble     # write the jsonl files

Source: github.com/madfish-solutions/templewallet-extension at TEMPLE_COMMIT (2026-06-30, the
stored head, version 2.0.29), public/_locales/en/messages.json, zh_CN/, zh_TW/ (WebExtension
catalogues {key: {"message", "description", "placeholders"}}; the `message` of each key is read,
the translator `description` and placeholder table are not), copied verbatim to
scripts/real_corpus/raw/temple_extension/ as <code>.json (see SOURCE.md there). Licence MIT
(LICENSE at the same commit, copied there).

Selection (mechanical, fixed before any text was read): every key of the English catalogue whose
`message` has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) widened, as the round asked for this product, by
wallet|unlock|secret|phrase|words|reveal (170 keys; 230 texts over the three languages, under
the cap of ~450, so the rule was not narrowed). The key's text is taken in every language
catalogue that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language. Chrome-i18n
placeholders ($walletName$ …) and inline markup are kept as written (they are the app's own).
Cut at 500 characters.

Split: the unit is the message key (`madfish-solutions/templewallet-extension:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates174.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates174.tsv")
RAW = os.path.join(HERE, "raw", "temple_extension")
TEMPLE_COMMIT = "9e716e40165cc8a81a2cc65ff097a958caf4a26c"
REPO = "madfish-solutions/templewallet-extension"
LANGS = [("en", "en"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|wallet|unlock|secret|phrase|words|reveal", re.I)


def load(code):
    """key -> message text of one WebExtension catalogue (a key without a string message is
    left out)."""
    data = load_json(os.path.join(RAW, f"{code}.json"))
    return {k: v["message"] for k, v in data.items()
            if isinstance(v, dict) and isinstance(v.get("message"), str)}


def temple_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"templeext-{code}-{key}", lang, text, "temple_extension_app",
                   f"github.com/{REPO}@{TEMPLE_COMMIT[:12]}:public/_locales/{code}/messages.json "
                   f"({key}; copied to scripts/real_corpus/raw/temple_extension/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from temple_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
