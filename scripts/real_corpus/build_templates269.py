#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-third batch of tests/data/real/: the web-app strings of
the Navidrome music server (navidrome/navidrome, GPL-3.0) about log-in, passwords, users,
accounts, tokens, sharing and admins, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates269.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates269.py assemble     # write the jsonl files

Source: github.com/navidrome/navidrome at NAVIDROME_COMMIT (2026-08-21), the English catalogue
ui/src/i18n/en.json (bundled with the web UI) and the translations resources/i18n/es.json,
zh-Hans.json, zh-Hant.json (served to the UI), copied verbatim to
scripts/real_corpus/raw/navidrome/ (see SOURCE.md there). Licence: GPL-3.0 (LICENSE at the same
commit).

Selection (mechanical, fixed before any text was read): every key of en.json (nested JSON,
flattened to dotted keys) whose English text has at least four words (white-space separated)
and matches, case-insensitively, the regular expression SELECT_RE: the shared secret-word rule
of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the round asked for this product, by account, user, token, share
and admin. The key's text is taken in every language file that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language. Placeholders (`%{user}`, `%{smart_count}`) and the
polyglot plural separator ` |||| ` are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`navidrome/navidrome:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates269.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates269.tsv")
RAW = os.path.join(HERE, "raw", "navidrome")
NAVIDROME_COMMIT = "295886cb9a432d375afa796ed8a32db0775464af"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|account|user|token|share|admin", re.I)


def upstream_path(code):
    return "ui/src/i18n/en.json" if code == "en" else f"resources/i18n/{code}.json"


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def navidrome_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"navidrome-{code}-{key}", lang, text, "navidrome_app",
                   f"github.com/navidrome/navidrome@{NAVIDROME_COMMIT[:12]}:{upstream_path(code)} "
                   f"({key}; copied to scripts/real_corpus/raw/navidrome/)",
                   f"navidrome/navidrome:{key}", "keyword_rule_app_strings")


def items():
    yield from navidrome_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
