#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-third batch of tests/data/real/: the interface strings of
Haveno (haveno-dex/haveno, AGPL-3.0; the desktop client of the decentralised Monero exchange, a
fork of Bisq 1: pop-ups, warnings, wallet, password, seed and backup screens, account and
settings texts) about seed words, recovery, passwords, PINs, backups, restoring, logging in,
unlocking and the wallet, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates249.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates249.py assemble     # write the jsonl files

Source: github.com/haveno-dex/haveno at HAVENO_COMMIT (stored head, 2026-08-21), the resource
bundle core/src/main/resources/i18n/displayStrings.properties (English default) and
displayStrings_{es,zh-hans,zh-hant}.properties, copied verbatim to
scripts/real_corpus/raw/haveno/ (see SOURCE.md there, with the LICENSE of the same commit).
Licence AGPL-3.0 (copyleft).

Selection (mechanical, fixed before any text was read): every key of the English bundle whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or EXTRA_RE (wallet, seed words, password, unlock, backup). A key whose English
text appears verbatim (ends' white space aside) in a text of
tests/data/real/{dev,heldout}_{bisq_notice,bisq2_app}.jsonl (Bisq 1 and Bisq 2, Haveno's
ancestors, already in the corpus) is skipped. The key's text is taken in every language bundle
that holds it; a translation equal to the English text (ends' white space aside) is skipped as
untranslated. Near-duplicates (digits and white space aside) collapse within a language (the
first key in file order keeps the text). Java properties escapes are resolved (\\uXXXX, \\n,
\\t, \\<char>, continuation lines joined with the next line's leading white space dropped) and
MessageFormat's doubled quote '' is shown as one ' (build_templates166.load_properties, as the
Bisq 2 batch reads its bundles); placeholders {0}, {1} are kept as written (they are the
product's own). Cut at 500 characters.

Split: the unit is the message key (`haveno-dex/haveno:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates249.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates249.tsv")
RAW = os.path.join(HERE, "raw", "haveno")
HAVENO_COMMIT = "b078b65835526c4db7a651cf3a2b6b3671b6e9ea"
FOLDER = "core/src/main/resources/i18n"
# (file suffix, id code, language)
LANGS = [("", "en", "en"), ("_es", "es", "es"), ("_zh-hans", "zh-hans", "zh-Hans"),
         ("_zh-hant", "zh-hant", "zh-Hant")]
EXTRA_RE = re.compile(r"wallet|seed words|password|unlock|backup", re.I)
SELECT_ALL = re.compile(SELECT_RE.pattern + "|" + EXTRA_RE.pattern, re.I)
BISQ = ["dev_bisq_notice.jsonl", "heldout_bisq_notice.jsonl", "dev_bisq2_app.jsonl",
        "heldout_bisq2_app.jsonl"]


def load(suffix):
    return load_properties(os.path.join(RAW, f"displayStrings{suffix}.properties"))


def bisq_texts():
    """The texts of the Bisq 1 and Bisq 2 batches already in the corpus."""
    texts = []
    for name in BISQ:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def haveno_items():
    en = load("")
    old = bisq_texts()
    keys = [k for k in keyword_keys(en, SELECT_ALL)
            if not any(en[k].strip() in t for t in old)]
    for suffix, code, lang in LANGS:
        strings = en if suffix == "" else load(suffix)
        for key, text in new_texts(strings, keys, None if suffix == "" else en):
            yield item(f"haveno-{code}-{key}", lang, text, "haveno_app",
                       f"github.com/haveno-dex/haveno@{HAVENO_COMMIT[:12]}:{FOLDER}/"
                       f"displayStrings{suffix}.properties ({key}; copied to "
                       f"scripts/real_corpus/raw/haveno/)",
                       f"haveno-dex/haveno:{key}", "keyword_rule_app_strings")


def items():
    yield from haveno_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
