#!/usr/bin/env python3
"""Rebuild the hundred-and-ninetieth batch of tests/data/real/: the Mattermost web app's own
strings (mattermost/mattermost-webapp, Apache-2.0) about passwords, MFA, tokens, sessions,
logging in and signing in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates186.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates186.py assemble     # write the jsonl files

Source: the web app of Mattermost before it moved into the monorepo, github.com/mattermost/
mattermost-webapp (archived predecessor of github.com/mattermost/mattermost's webapp/ folder) at
its upstream commit WEBAPP_COMMIT (2022-01-29), i18n/en.json, es.json, zh-CN.json, zh-TW.json,
copied verbatim to scripts/real_corpus/raw/mattermost_webapp/ (see SOURCE.md there). Both
mattermost/mattermost and mattermost/mattermost-webapp are over the fetch size limit; the commit
was read from the fork github.com/zee0107/mattermost-webapp, which holds the upstream history
unchanged up to that commit (its own commits start after it). LICENSE.txt at the commit:
Apache License 2.0.

Selection (mechanical): every key of en.json, except the System Console's `admin.*` keys, whose
English text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard app-string rule (app_strings.SELECT_RE: seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) plus mfa, multi-factor, token,
session. With `admin.*` the rule gave 959 texts over the four languages (257 keys, 133 of them
`admin.*`), far more than the ~450 a batch takes, so the administrators' configuration help was
left out, decided from the key counts before any text was read. The key's text is taken in
every language file that holds it; a translation equal to the English text (untranslated) is
skipped; a text that appears verbatim in tests/data/real/*mattermost*.jsonl (the earlier
mattermost_email and mattermost_mobile_message batches; none did at build time) is skipped.
Near-duplicates (digits and white space aside) collapse within the language. Placeholders
`{name}` and inline tags such as `<b>…</b>` are kept as written (they are the app's own). Cut
at 500 characters.

Split: the unit is the message key (`mattermost/mattermost-webapp:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates186.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import glob
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates186.tsv")
RAW = os.path.join(HERE, "raw", "mattermost_webapp")
WEBAPP_COMMIT = "8ab5ecbbbfaea9b30e772f17914cd2841cccbe5c"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|mfa|multi-factor|token|session", re.I)
SKIP_PREFIX = "admin."
SOURCE = "mattermost_webapp_app"


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def earlier_mattermost_texts():
    """The texts of the corpus's earlier Mattermost batches (other sources than this one)."""
    texts = set()
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*mattermost*.jsonl"))):
        if SOURCE in os.path.basename(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.add(json.loads(line)["text"].strip())
    return texts


def webapp_items():
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if not k.startswith(SKIP_PREFIX)]
    earlier = earlier_mattermost_texts()
    for code, lang in LANGS:
        strings = {k: v for k, v in load(code).items()
                   if not (isinstance(v, str) and v.strip() in earlier)}
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"mattermost-webapp-{code}-{key}", lang, text, SOURCE,
                       f"github.com/mattermost/mattermost-webapp@{WEBAPP_COMMIT[:12]}:i18n/"
                       f"{code}.json ({key}; copied to scripts/real_corpus/raw/mattermost_webapp/)",
                       f"mattermost/mattermost-webapp:{key}", "keyword_rule_app_strings")


def items():
    yield from webapp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
