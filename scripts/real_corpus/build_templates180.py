#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-fourth batch of tests/data/real/: Discourse's client UI strings
(discourse/discourse, GPL-2.0-or-later) about passwords, log-in, second factors, security keys,
backup codes and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates180.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates180.py assemble     # write the jsonl files

Source: github.com/discourse/discourse at DISCOURSE_COMMIT (2020-12-01, two commits after
v2.7.0.beta1), read from the fork github.com/BunsenLabs/discourse (the repository itself is over
the fetch limit), config/locales/client.en.yml, client.es.yml, client.zh_CN.yml,
client.zh_TW.yml, copied verbatim to scripts/real_corpus/raw/discourse/ (see SOURCE.md there).
Licence GPL-2.0-or-later (LICENSE.txt, COPYRIGHT.txt): copyleft.

Selection (mechanical): every leaf of client.en.yml (the `en:` tree flattened to dotted keys:
`js.…`, `admin_js.…`, `wizard_js.…`; plural forms as `….one` / `….other`) whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE:
the common app-strings rule of app_strings.py (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus security key, second factor, backup code, authenticator.
An English text found verbatim in a text of tests/data/real/*discourse*.jsonl (the Discourse
mail batches) would be skipped (none is). The key's text is taken in every language file that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within a language, the first key in catalogue order
keeping the text. Placeholders (`%{name}`, `{{name}}`) and inline HTML are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`discourse/discourse:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates180.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import glob
import json
import os
import re

import yaml

from app_strings import SELECT_RE as COMMON_RE, flatten, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates180.tsv")
RAW = os.path.join(HERE, "raw", "discourse")
DISCOURSE_COMMIT = "b7490e894f7b48c2a5bf96476ab2b326ebac1aae"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|security key|second factor|backup code|authenticator",
                       re.I)


def load(code):
    """{dotted key: leaf} of raw/discourse/client.<code>.yml under its `<code>:` root."""
    with open(os.path.join(RAW, f"client.{code}.yml"), encoding="utf-8") as f:
        return dict(flatten(yaml.safe_load(f)[code]))


def mail_texts():
    """The texts of the corpus's Discourse mail batches (an English string in one is skipped)."""
    texts = []
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*discourse*.jsonl"))):
        if "discourse_client" in os.path.basename(path):
            continue
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def discourse_items():
    en = load("en")
    mails = mail_texts()
    keys = [k for k in keyword_keys(en, SELECT_RE)
            if not any(en[k].strip() in t for t in mails)]
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"discourse-client-{code}-{key}", lang, text, "discourse_client",
                       f"github.com/discourse/discourse@{DISCOURSE_COMMIT[:12]}:"
                       f"config/locales/client.{code}.yml ({key}; read from the fork "
                       f"BunsenLabs/discourse, copied to scripts/real_corpus/raw/discourse/)",
                       f"discourse/discourse:{key}", "keyword_rule_app_strings")


def items():
    yield from discourse_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
