#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-fifth batch of tests/data/real/: the web-interface and settings
strings of Mastodon (mastodon/mastodon, AGPL-3.0) that name a secret, a backup or restore, or
logging in (the keyword rule below), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates151.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates151.py assemble     # write the jsonl files

Source: Mastodon's main branch at MASTODON_COMMIT (2026-08-21, an upstream squash merge,
"Redesign: Add admin/moderation links, fix relationships link (#40244)"), read from the fork
github.com/mjankowski/mastodon (a Mastodon maintainer's fork whose main branch is upstream's; the
upstream repository is over the fetch size limit). Files copied verbatim to
scripts/real_corpus/raw/mastodon_web/ (see SOURCE.md there):
  * the web app's catalogues app/javascript/mastodon/locales/{en,es,zh-CN,zh-TW}.json (flat
    key -> ICU message);
  * the Rails catalogues config/locales/<lang>.yml and config/locales/{activerecord,devise,
    doorkeeper,simple_form}.<lang>.yml for the same four languages (nested YAML under the locale
    code; keys are the dotted paths below it). Every top-level section whose name ends in
    `_mailer` (admin_mailer, application_mailer, email_subscription_mailer,
    notification_mailer, user_mailer) and the `devise.mailer` section are left out: the corpus
    already holds Mastodon's mail templates (mastodon_mailer, mastodon_devise_mailer).

Selection (mechanical, fixed before any text was read): every key of an English catalogue whose
English text is a string of at least four words (white-space separated) matching,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken from the same catalogue in every
language that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language, over all of that
language's catalogues in the order of CATALOGUES (the first keeps the text). Placeholders
(`{name}`, `%{name}`), ICU plural syntax and inline HTML are kept as written (they are the
app's own). Cut at 500 characters. The brief's narrowing to six words was not needed (the rule
gives far fewer than ~450 texts).

Split: the unit is the message key (`mastodon/mastodon:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates151.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os

import yaml

from app_strings import SELECT_RE, flatten, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates151.tsv")
RAW = os.path.join(HERE, "raw", "mastodon_web")
MASTODON_COMMIT = "2f40549d41d77bd4941214e1915074d2e9113b80"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
# (short name used in ids, file name pattern here, path pattern in the repository, kind)
CATALOGUES = [
    ("js", "{code}.json", "app/javascript/mastodon/locales/{code}.json", "json"),
    ("yml", "{code}.yml", "config/locales/{code}.yml", "yaml"),
    ("activerecord", "activerecord.{code}.yml", "config/locales/activerecord.{code}.yml", "yaml"),
    ("devise", "devise.{code}.yml", "config/locales/devise.{code}.yml", "yaml"),
    ("doorkeeper", "doorkeeper.{code}.yml", "config/locales/doorkeeper.{code}.yml", "yaml"),
    ("simple_form", "simple_form.{code}.yml", "config/locales/simple_form.{code}.yml", "yaml"),
]


def skipped(key):
    """The mail sections (already in the corpus): a top-level `*_mailer` section, devise.mailer."""
    return key.split(".")[0].endswith("_mailer") or key.startswith("devise.mailer.")


def load(pattern, kind, code):
    path = os.path.join(RAW, pattern.format(code=code))
    with open(path, encoding="utf-8") as f:
        if kind == "json":
            return json.load(f)
        data = yaml.safe_load(f)[code]
    return {k: v for k, v in flatten(data) if not skipped(k)}


def mastodon_items():
    english = {name: load(pattern, kind, "en") for name, pattern, _, kind in CATALOGUES}
    keys = {name: keyword_keys(english[name], SELECT_RE) for name, _, _, _ in CATALOGUES}
    for code, lang in LANGS:
        seen = set()
        for name, pattern, path, kind in CATALOGUES:
            strings = english[name] if code == "en" else load(pattern, kind, code)
            en = None if code == "en" else english[name]
            for key, text in new_texts(strings, keys[name], en, seen):
                yield item(f"mastodon-web-{code}-{name}-{key}", lang, text, "mastodon_web",
                           f"github.com/mastodon/mastodon@{MASTODON_COMMIT[:12]}:"
                           f"{path.format(code=code)} ({key}; copied to "
                           f"scripts/real_corpus/raw/mastodon_web/)",
                           f"mastodon/mastodon:{key}", "keyword_rule_app_strings")


def items():
    yield from mastodon_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
