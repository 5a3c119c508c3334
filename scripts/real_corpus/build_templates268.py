#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-second batch of tests/data/real/: the UI strings of
Rancher's dashboard (rancher/dashboard, Apache-2.0) about passwords, private keys, passphrases,
backups, restoring, one-time tokens and logging in, in English and zh-Hans (the product has no
Spanish or zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates268.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates268.py assemble     # write the jsonl files

Source: github.com/rancher/dashboard at RANCHER_COMMIT (2026-08-22, the stored head; the
catalogues last changed 2026-08-19), shell/assets/translations/en-us.yaml and zh-hans.yaml
(nested YAML catalogues), copied verbatim to scripts/real_corpus/raw/rancher_dashboard/ (see
SOURCE.md there). Licence: Apache-2.0 (LICENSE at the same commit).

Reading: the dashboard loads its catalogues with js-yaml 4 (YAML 1.2 core schema), so the files
are read the same way: only true/false are booleans (yes/no/on/off stay strings, as keys too),
and a bare `=` is the string "=" (PyYAML's YAML 1.1 reads it as a `value` tag). Nested keys are
joined with dots, as the dashboard's t('a.b.c') names them.

Selection (mechanical, fixed before any text was read): every dotted key of the flattened
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor): 103 keys, so the rule was not narrowed. The key's text is taken
in zh-hans.yaml when it holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within a language; the first key
in catalogue order keeps the text. Placeholders ({name}, ICU plurals) and inline HTML are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`rancher/dashboard:<key>`), both languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates268.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import yaml

from app_strings import SELECT_RE, catalogue_texts, flatten
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates268.tsv")
RAW = os.path.join(HERE, "raw", "rancher_dashboard")
REPO = "rancher/dashboard"
RANCHER_COMMIT = "17ad8a68ba8d13d1e34bf31ede4515b653a4d306"
LANGS = [("en-us", "en"), ("zh-hans", "zh-Hans")]


class CoreLoader(yaml.SafeLoader):
    """A SafeLoader close to js-yaml 4's YAML 1.2 core schema for these catalogues."""


CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                 re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
CoreLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node:
                           loader.construct_scalar(node))


def load(code):
    with open(os.path.join(RAW, f"{code}.yaml"), encoding="utf-8") as f:
        return dict(flatten(yaml.load(f, Loader=CoreLoader)))


def rancher_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-us"):
        yield item(f"rancher-{code}-{key}", lang, text, "rancher_dashboard_app",
                   f"github.com/{REPO}@{RANCHER_COMMIT[:12]}:shell/assets/translations/"
                   f"{code}.yaml ({key}; copied to scripts/real_corpus/raw/rancher_dashboard/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from rancher_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
