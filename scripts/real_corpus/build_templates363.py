#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-seventh batch of tests/data/real/: the web UI strings of
Misskey (misskey-dev/misskey, AGPL-3.0) about passwords, passkeys, two-factor codes, backups,
restoring and signing in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates363.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates363.py assemble     # write the jsonl files

Source: github.com/misskey-dev/misskey at MISSKEY_COMMIT ("Release: 2025.11.1", 2025-11-28, the
upstream release commit), locales/en-US.yml, es-ES.yml, zh-CN.yml, zh-TW.yml, copied verbatim to
scripts/real_corpus/raw/misskey_ui/ (see SOURCE.md there). misskey-dev/misskey is over the fetch
limit; the commit was read from the mirror of the fork MisskeyIO/misskey, whose history holds it.
LICENSE at that commit: GNU AGPL-3.0.

Selection (mechanical): the YAML catalogues are flattened to dotted keys (nested sections joined
with "."). Every key of en-US.yml whose English text has at least four words (white-space
separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). Keys of the `_notification` section
(the push notifications of the forty-second batch's misskey_notification source) are left out;
none matches the rule at this commit. The key's text is taken in every language file that holds
it; a translation equal to the English text is skipped. Near-duplicates (digits and white space
aside) collapse within a language. Placeholders `{name}` and MFM/HTML markup are kept as written
(they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`misskey-dev/misskey:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates363.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates363.tsv")
RAW = os.path.join(HERE, "raw", "misskey_ui")
MISSKEY_COMMIT = "f01ceb0b7c200334174572dfb5ea5f15dc3567ae"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans (only true/false), as Misskey's own loader
    (js-yaml) reads the catalogues: keys such as `yes`, `no`, `on`, `off` stay strings."""


Yaml12Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in rs if tag != "tag:yaml.org,2002:bool"]
    for ch, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"),
                                   list("tf"))


def load(code):
    with open(os.path.join(RAW, f"{code}.yml"), encoding="utf-8") as f:
        flat = dict(flatten(yaml.load(f, Loader=Yaml12Loader)))
    return {k: v for k, v in flat.items() if not k.startswith("_notification.")}


def misskey_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"misskey-ui-{code}-{key}", lang, text, "misskey_ui",
                   f"github.com/misskey-dev/misskey@{MISSKEY_COMMIT[:12]}:locales/{code}.yml "
                   f"({key}; copied to scripts/real_corpus/raw/misskey_ui/)",
                   f"misskey-dev/misskey:{key}", "keyword_rule_app_strings")


def items():
    yield from misskey_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
