#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighth batch of tests/data/real/: the in-app strings of the Zulip
mobile app (zulip/zulip-mobile, Apache-2.0) about passwords, API keys, accounts, servers,
authentication, log-in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates204.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates204.py assemble     # write the jsonl files

Source: github.com/zulip/zulip-mobile at ZULIP_MOBILE_COMMIT (2026-07-07),
static/translations/messages_en.json, messages_es.json, messages_zh-Hans.json and
messages_zh_TW.json (the Traditional Chinese catalogue the app offers, as zh-TW), copied verbatim
to scripts/real_corpus/raw/zulip_mobile/ (see SOURCE.md there). Licence Apache-2.0 (LICENSE
copied there too).

Selection (mechanical, fixed before any text was read): every key of messages_en.json whose
English text has at least four words (white-space separated) and matches, case-insensitively,
the regular expression SELECT_RE (the round's standard words: seed, recovery, mnemonic, private
key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor; and for this product also API key, account,
server, authenticat…, token). A key whose English text appears verbatim inside a text of
tests/data/real/*zulip*.jsonl (Zulip's server mails and notices, already in the corpus) is
skipped in every language (none was). The key's text is taken in every language file that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within the language. ICU placeholders `{name}` are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`zulip/zulip-mobile:<key>`; the keys are the English
texts), all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates204.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import glob
import hashlib
import json
import os
import re

from app_strings import catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates204.tsv")
RAW = os.path.join(HERE, "raw", "zulip_mobile")
ZULIP_MOBILE_COMMIT = "d7cf6da79b4b9467e240b42f24330e97390a8aff"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|api key|account|server|authenticat|token", re.I)
# Zulip's server texts already in the corpus (this batch's own files left out).
ZULIP_CORPUS = [p for p in sorted(glob.glob(os.path.join(OUT_DIR, "*zulip*.jsonl")))
                if "zulip_mobile" not in os.path.basename(p)]


def load(code):
    return load_json(os.path.join(RAW, f"messages_{code}.json"))


def jsonl_texts(paths):
    """The texts of the corpus jsonl files `paths`, in order (to skip what a batch already holds;
    the Ghost UI builder, 319, reads the Ghost e-mail batch with it)."""
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


def short_id(key):
    """An id-safe name for a key (the keys are English sentences): its first words, slugged,
    and 8 hex digits of its SHA-256 (the Ghost UI builder, 319, names its keys with it too)."""
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:40].strip("-")
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def zulip_mobile_items():
    en = load("en")
    known = jsonl_texts(ZULIP_CORPUS)
    skipped = {k for k in en if any(en[k] in t for t in known)}
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        if key in skipped:
            continue
        yield item(f"zulipm-{code}-{short_id(key)}", lang, text, "zulip_mobile_app",
                   f"github.com/zulip/zulip-mobile@{ZULIP_MOBILE_COMMIT[:12]}:static/translations/"
                   f"messages_{code}.json ({key!r}; copied to scripts/real_corpus/raw/zulip_mobile/)",
                   f"zulip/zulip-mobile:{key}", "keyword_rule_app_strings")


def items():
    yield from zulip_mobile_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
