#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-sixth batch of tests/data/real/: the in-app strings of Signal
Desktop (signalapp/Signal-Desktop, AGPL-3.0-only) about PINs, passwords, backups, restoring,
safety numbers, registration lock, linking and linked devices, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates162.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates162.py assemble     # write the jsonl files

Source: github.com/signalapp/Signal-Desktop at SIGNAL_COMMIT (the v7.43.0 release commit,
2025-02-19; upstream is over the fetch limit, the commit was read from the full-history fork
github.com/droidian/Signal-Desktop), _locales/{en,es,zh-CN,zh-Hant}/messages.json, copied
verbatim to scripts/real_corpus/raw/signal-desktop/ (see SOURCE.md there). Licence AGPL-3.0-only
(LICENSE at the same commit): copyleft, keep raw/signal-desktop/ out of the crate package.

Selection (mechanical, fixed before any text was read): every key of en.json with a
`messageformat` string whose English text has at least four words (white-space separated) and
matches, case-insensitively, SELECT_RE: the standard app-strings rule (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) plus safety number, registration lock,
link, device, backup. Keys whose English description marks them deleted are kept (they are still
in the catalogue). The key's `messageformat` is taken in every language file that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language. A text found verbatim in the Signal for Android
batch (tests/data/real/{dev,heldout}_signal_android_app.jsonl) is skipped. ICU placeholders and
plural forms (`{name}`, `{count, plural, one {…} other {…}}`) and `<tags>` are kept as written
(they are the app's own). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`signalapp/Signal-Desktop:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates162.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates162.tsv")
RAW = os.path.join(HERE, "raw", "signal-desktop")
SIGNAL_COMMIT = "7ce99113e9e133bba1069e1cbecd0b1eed4c4efc"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|safety number|registration lock|link|device"
                       r"|backup", re.I)
ANDROID_FILES = [os.path.join(OUT_DIR, f"{split}_signal_android_app.jsonl")
                 for split in ("dev", "heldout")]


def load(code):
    """key -> messageformat of the catalogue `code` (entries without one, e.g. `smartling`, are
    left out)."""
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {k: v["messageformat"] for k, v in data.items()
            if isinstance(v, dict) and isinstance(v.get("messageformat"), str)}


def android_texts():
    texts = set()
    for path in ANDROID_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.add(json.loads(line)["text"])
    return texts


def signal_desktop_items():
    android = android_texts()
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        if text.strip() in android:
            continue
        name = key[len("icu:"):] if key.startswith("icu:") else key
        yield item(f"signal-desktop-{code}-{name}", lang, text, "signal_desktop_app",
                   f"github.com/signalapp/Signal-Desktop@{SIGNAL_COMMIT[:12]}:_locales/{code}/"
                   f"messages.json ({key}; copied to scripts/real_corpus/raw/signal-desktop/)",
                   f"signalapp/Signal-Desktop:{key}", "keyword_rule_app_strings")


def items():
    yield from signal_desktop_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
