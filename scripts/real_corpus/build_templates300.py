#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fourth batch of tests/data/real/: the UI strings of Lina,
JumpServer's web UI (jumpserver/lina, GPL-3.0; its catalogue lives in jumpserver/jumpserver,
GPL-3.0), about passwords, MFA/OTP codes, SSH keys, secrets, tokens, credentials, backups and
logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates300.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates300.py assemble     # write the jsonl files

Source: Lina's own repository holds only a stub catalogue (src/i18n/langs/*.json, no text
selected); the web UI loads its full catalogue from the server (/api/v1/settings/i18n/lina/),
i.e. the files apps/i18n/lina/{en,es,zh,zh_hant}.json of github.com/jumpserver/jumpserver at
JUMPSERVER_COMMIT (2026-08-21; LICENSE: GPL-3.0), copied verbatim to
scripts/real_corpus/raw/jumpserver_lina/ (see SOURCE.md there). JumpServer's e-mail templates
are already in the corpus (`jumpserver_email`); only Lina's UI catalogue is taken here.

Selection (mechanical): every key of en.json (a flat catalogue) whose English text has at least
four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE: the standard secret-word rule of app_strings (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus mfa, otp, ssh, key, credential, secret,
token (as substrings, like the rest). The key's text is taken in every language file that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within the language. Placeholders (`{name}`) are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`jumpserver/jumpserver:lina/<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates300.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates300.tsv")
RAW = os.path.join(HERE, "raw", "jumpserver_lina")
JUMPSERVER_COMMIT = "54b5d374e36b17b99d6377997272c648e9978601"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|mfa|otp|ssh|key|credential|secret|token", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def lina_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"jslina-{code}-{key}", lang, text, "jumpserver_lina_app",
                   f"github.com/jumpserver/jumpserver@{JUMPSERVER_COMMIT[:12]}:apps/i18n/lina/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/jumpserver_lina/)",
                   f"jumpserver/jumpserver:lina/{key}", "keyword_rule_app_strings")


def items():
    yield from lina_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
