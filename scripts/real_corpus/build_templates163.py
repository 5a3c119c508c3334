#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-seventh batch of tests/data/real/: the in-app strings of Session
Desktop (session-foundation/session-desktop, GPL-3.0) about the recovery password, Account ID,
passwords, PINs, backups, restoring, unlocking, linking a device and logging in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates163.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates163.py assemble     # write the jsonl files

Source: github.com/session-foundation/session-desktop at SESSION_COMMIT (2026-01-06, the last
commit holding `_locales/`; its child 636b46aee moved the strings to a generated module),
`_locales/en/messages.json`, `es`, `zh-CN`, `zh-TW`, copied verbatim to
scripts/real_corpus/raw/session_desktop/ (see SOURCE.md there). Licence GPL-3.0 (LICENSE at the
same commit), copyleft.

Selection (mechanical): every key of en/messages.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE (the
shared app-strings rule — seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor — plus Session's own words: recovery password, account id, unlock, link device).
The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the language. A key whose English text appears verbatim in the corpus's Session Android
batch (tests/data/real/*_session_android_notification.jsonl) is skipped (none does).
Placeholders `{name}` and inline tags (`<b>`, `<br/>`) are kept as written (they are the app's
own). Cut at 500 characters.

Split: the unit is the message key (`session-foundation/session-desktop:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates163.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import glob
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates163.tsv")
RAW = os.path.join(HERE, "raw", "session_desktop")
SESSION_COMMIT = "c131fe549ae5c6f3194f57eb23ec7087b3c06e10"
REPO = "session-foundation/session-desktop"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|recovery password|account id|unlock|link device", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def android_english():
    """The English texts of the corpus's Session Android batch (skipped here if equal)."""
    out = set()
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*_session_android_notification.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["lang"] == "en":
                    out.add(r["text"].strip())
    return out


def session_items():
    en = load("en")
    skip = {k for k, v in en.items() if v.strip() in android_english()}
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        if key in skip:
            continue
        yield item(f"sessiondesktop-{code}-{key}", lang, text, "session_desktop_app",
                   f"github.com/{REPO}@{SESSION_COMMIT[:12]}:_locales/{code}/messages.json "
                   f"({key}; copied to scripts/real_corpus/raw/session_desktop/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from session_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
