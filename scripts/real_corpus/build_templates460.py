#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-fourth batch of tests/data/real/: the strings of the
Syncthing web GUI (syncthing/syncthing, MPL-2.0) about passwords (the GUI password, the
encryption passwords of untrusted devices), logging in, backups, restoring and recovery, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates460.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates460.py assemble     # write the jsonl files

Source: github.com/syncthing/syncthing at SYNCTHING_COMMIT (2026-08-05, v2.1.3 plus 3 commits;
licence file LICENSE, Mozilla Public License 2.0), gui/default/assets/lang/lang-en.json,
lang-es.json, lang-zh-CN.json, lang-zh-TW.json, copied verbatim to
scripts/real_corpus/raw/syncthing/ (see SOURCE.md there). The catalogues are flat JSON objects
whose keys are (mostly) the English source strings; the value is the text the GUI shows.

Selection (mechanical): every key of lang-en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language.
Placeholders `{{name}}` and inline HTML are kept as written (they are the app's own). Cut at 500
characters. Ids are `syncthing-<code>-<first 10 hex digits of SHA-256 of the key>`.

Split: the unit is the message key (`syncthing/syncthing:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates460.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates460.tsv")
RAW = os.path.join(HERE, "raw", "syncthing")
SYNCTHING_COMMIT = "328d910aee822178f55442c76bc7e35ce34d68cc"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"lang-{code}.json"))


def syncthing_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"syncthing-{code}-{sha(key)[:10]}", lang, text, "syncthing_gui_app",
                   f"github.com/syncthing/syncthing@{SYNCTHING_COMMIT[:12]}:"
                   f"gui/default/assets/lang/lang-{code}.json ({key!r}; copied to "
                   f"scripts/real_corpus/raw/syncthing/)",
                   f"syncthing/syncthing:{key}", "keyword_rule_app_strings")


def items():
    yield from syncthing_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
