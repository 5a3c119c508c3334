#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-fifth batch of tests/data/real/: the admin-UI strings of
Pimcore (pimcore/admin-ui-classic-bundle, GPL-3.0) about passwords, log-in, two-factor
authentication, recovery, backups and restoring, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates381.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates381.py assemble     # write the jsonl files

Source: github.com/pimcore/admin-ui-classic-bundle at PIMCORE_COMMIT (2024-10-21, branch 1.x),
translations/admin.{en,es,zh_Hans}.yaml and translations/admin_ext.{en,es,zh_Hans}.yaml (two
Symfony translation domains), copied verbatim to scripts/real_corpus/raw/pimcore/ (see SOURCE.md
there). Licence GPL-3.0 (LICENSE.md: GPLv3 as Pimcore Community Edition, or the Pimcore
Commercial License by separate agreement). The catalogues are flat YAML maps (key -> text), read
with PyYAML's safe_load. The bundle has no zh_Hant catalogue; pimcore/pimcore's own bundle
catalogues hold no string the rule takes.

Selection (mechanical, fixed before any text was read): in each domain (admin, then admin_ext),
every key of the English catalogue whose text has at least four words (white-space separated) and
matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The key's text is taken in every language file of
the domain that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language across both domains
(admin first). Placeholders (%s, {name}, HTML tags) are kept as written. Cut at 500 characters.

Split: the unit is the message key with its domain (`pimcore/admin-ui-classic-bundle:<domain>:<key>`),
all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates381.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

import yaml

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates381.tsv")
RAW = os.path.join(HERE, "raw", "pimcore")
PIMCORE_COMMIT = "6f42e5455d2eb3750156cc6aac6948ed2be9b116"
REPO = "pimcore/admin-ui-classic-bundle"
DOMAINS = ["admin", "admin_ext"]
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans")]


def load(domain, code):
    with open(os.path.join(RAW, f"{domain}.{code}.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def slug(key):
    """A readable, tab-free id part for a key."""
    return re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")[:48] + "-" + sha(key)[:6]


def pimcore_items():
    for code, lang in LANGS:
        seen = set()
        for domain in DOMAINS:
            en = load(domain, "en")
            keys = keyword_keys(en, SELECT_RE)
            strings = en if code == "en" else load(domain, code)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"pimcore-{domain}-{code}-{slug(key)}", lang, text, "pimcore_admin_app",
                           f"github.com/{REPO}@{PIMCORE_COMMIT[:12]}:translations/{domain}.{code}.yaml "
                           f"({key!r}; copied to scripts/real_corpus/raw/pimcore/)",
                           f"{REPO}:{domain}:{key}", "keyword_rule_app_strings")


def items():
    yield from pimcore_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
