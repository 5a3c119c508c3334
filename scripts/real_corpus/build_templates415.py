#!/usr/bin/env python3
"""Rebuild the four-hundred-and-nineteenth batch of tests/data/real/: the messages of YunoHost
(the self-hosting server system: YunoHost/yunohost, its CLI/API messages, and
YunoHost/yunohost-admin, its web administration interface; both AGPL-3.0) about passwords,
log-in, recovery, backups and restoring, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates415.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates415.py assemble     # write the jsonl files

Sources: github.com/YunoHost/yunohost at CORE_COMMIT (2025-09-19), locales/en.json, es.json,
zh_Hans.json; github.com/YunoHost/yunohost-admin at ADMIN_COMMIT (2025-03-21),
app/src/i18n/locales/en.json, es.json, zh_Hans.json; copied verbatim to
scripts/real_corpus/raw/yunohost/core/ and admin/ (see SOURCE.md there). Licence: AGPL-3.0
(LICENSE of each repository at the commit used). Neither repository has a zh_Hant catalogue.

Selection (mechanical, decided before any text was read): every key of each English catalogue
(the admin catalogue is nested: dotted keys) whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file of the same repository that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
repository and language. Placeholders `{name}` are kept as written. Cut at 500 characters.
The rule gives 92 English keys (81 core, 11 admin), well under the batch's ~450-text cap, so it
was not narrowed.

Split: the unit is the message key (`YunoHost/yunohost:<key>` or
`YunoHost/yunohost-admin:<key>`), all languages of one key on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates415.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates415.tsv")
RAW = os.path.join(HERE, "raw", "yunohost")
CORE_COMMIT = "4c1371d53b7a90d5f0d3e1e6a410b23c8cef0f5d"
ADMIN_COMMIT = "5e89c850922cfbcba80acf7aa38a43bb7fb07728"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans")]
# (folder under RAW, repository, commit, locale folder in the repository)
PARTS = [("core", "YunoHost/yunohost", CORE_COMMIT, "locales"),
         ("admin", "YunoHost/yunohost-admin", ADMIN_COMMIT, "app/src/i18n/locales")]


def yunohost_items():
    for part, repo, commit, folder in PARTS:
        def load(code, part=part):
            return load_json(os.path.join(RAW, part, f"{code}.json"), flat=True)
        for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
            yield item(f"yunohost-{part}-{code}-{key}", lang, text, "yunohost_app",
                       f"github.com/{repo}@{commit[:12]}:{folder}/{code}.json ({key}; "
                       f"copied to scripts/real_corpus/raw/yunohost/{part}/)",
                       f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from yunohost_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
