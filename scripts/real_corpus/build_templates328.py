#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-second batch of tests/data/real/: the login-webflow
messages of Apereo CAS (apereo/cas, Apache-2.0; the single sign-on server's log-in, log-out,
password-management, account sign-up, multifactor (one-time codes, Google Authenticator, Duo,
WebAuthn, YubiKey, SMS/e-mail tokens), consent and error screens) about passwords, one-time and
recovery codes, PINs, backups, signing in and logging in, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates328.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates328.py assemble     # write the jsonl files

Source: github.com/apereo/cas is over the snapshot size limit, so the bundles were read from
the faithful fork github.com/mmoayyed/cas (the CAS project lead's fork, apereo/cas's own
history) at CAS_COMMIT (stored head, 2026-08-22; the bundles last changed at 469b90720fc2,
2026-05-31): support/cas-server-support-thymeleaf/src/main/resources/messages.properties
(English default) and messages_{es,zh_CN,zh_TW}.properties, copied verbatim with the LICENSE of
the same commit to scripts/real_corpus/raw/apereo_cas/ (see SOURCE.md there). Licence
Apache-2.0.

Selection (mechanical, fixed before any text was read): every key of messages.properties whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). The key's text is taken in every language bundle that holds it; a
translation equal to the English text (ends' white space aside) is skipped as untranslated.
Near-duplicates (digits and white space aside) collapse within a language (the first key in
file order keeps the text). Java properties escapes are resolved (\\uXXXX, \\n, \\t, \\<char>,
continuation lines joined with the next line's leading white space dropped) and
MessageFormat's doubled quote '' is shown as one ' (build_templates166.load_properties);
placeholders {0}, {1} and the HTML markup inside the messages (<a href=...>, <strong>, <code>,
entities) are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`apereo/cas:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates328.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates328.tsv")
RAW = os.path.join(HERE, "raw", "apereo_cas")
CAS_COMMIT = "0229fe9fe039b3124e60bccd1cec13142aa22732"
FOLDER = "support/cas-server-support-thymeleaf/src/main/resources"
# (file suffix, id code, language)
LANGS = [("", "en", "en"), ("_es", "es", "es"), ("_zh_CN", "zh_CN", "zh-Hans"),
         ("_zh_TW", "zh_TW", "zh-Hant")]


def load(suffix):
    return load_properties(os.path.join(RAW, f"messages{suffix}.properties"))


def cas_items():
    en = load("")
    keys = keyword_keys(en, SELECT_RE)
    for suffix, code, lang in LANGS:
        strings = en if suffix == "" else load(suffix)
        for key, text in new_texts(strings, keys, None if suffix == "" else en):
            yield item(f"apcas-{code}-{key}", lang, text, "apereo_cas_login",
                       f"github.com/mmoayyed/cas@{CAS_COMMIT[:12]} (fork of apereo/cas):"
                       f"{FOLDER}/messages{suffix}.properties ({key}; copied to "
                       f"scripts/real_corpus/raw/apereo_cas/)",
                       f"apereo/cas:{key}", "keyword_rule_app_strings")


def items():
    yield from cas_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
