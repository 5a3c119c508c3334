#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninth batch of tests/data/real/: the in-app strings of Rocket.Chat's
React Native mobile app (RocketChat/Rocket.Chat.ReactNative, MIT) about passwords, passcodes,
two-factor codes, end-to-end encryption, log-in and servers, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates205.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates205.py assemble     # write the jsonl files

Source: github.com/RocketChat/Rocket.Chat.ReactNative at RCRN_COMMIT (2026-05-06, the stored head),
app/i18n/locales/en.json, es.json, zh-CN.json, zh-TW.json, copied verbatim to
scripts/real_corpus/raw/rocketchat_mobile/ (see SOURCE.md there). LICENSE at that commit: MIT.

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard app-strings rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus e2e, encryption, two factor, TOTP, server. The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language. The corpus
already has Rocket.Chat's web UI strings (rocketchat_ui, batch 183) and e-mails (rocketchat_email,
batch 15): a text that appears verbatim inside one of their texts (RC_FILES) is skipped, in every
language. Placeholders `{{name}}` are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`RocketChat/Rocket.Chat.ReactNative:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates205.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as APP_SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates205.tsv")
RAW = os.path.join(HERE, "raw", "rocketchat_mobile")
RCRN_COMMIT = "2af4bda3e664c539f5ca5b042c7f1e84fb2e42c4"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern + r"|e2e|encryption|two factor|totp|server", re.I)
RC_FILES = ["dev_rocketchat_email.jsonl", "heldout_rocketchat_email.jsonl",
            "dev_rocketchat_ui.jsonl", "heldout_rocketchat_ui.jsonl"]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def rc_texts():
    """The texts of the corpus's earlier Rocket.Chat batches (web UI and e-mails)."""
    out = []
    for name in RC_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def rcrn_items():
    earlier = rc_texts()
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        if any(text.strip() in t for t in earlier):
            continue
        yield item(f"rcmobile-{code}-{key}", lang, text, "rocketchat_mobile",
                   f"github.com/RocketChat/Rocket.Chat.ReactNative@{RCRN_COMMIT[:12]}:"
                   f"app/i18n/locales/{code}.json ({key}; copied to "
                   f"scripts/real_corpus/raw/rocketchat_mobile/)",
                   f"RocketChat/Rocket.Chat.ReactNative:{key}", "keyword_rule_app_strings")


def items():
    yield from rcrn_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
