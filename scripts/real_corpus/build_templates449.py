#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-third batch of tests/data/real/: the in-app strings of
Wiki.js (requarks/wiki, AGPL-3.0) about passwords, logging in, two-factor authentication,
passkeys, recovery and backups: its 3.x catalogue in English, and its 1.x catalogues in English,
Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates449.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates449.py assemble     # write the jsonl files

Source: github.com/requarks/wiki (LICENSE: AGPL-3.0 at both commits), copied verbatim to
scripts/real_corpus/raw/wikijs/ (see SOURCE.md there). Its current `main` (2.x) holds no locale
catalogue (strings are downloaded at run time), so two stored catalogues are used:
  * SCARLETT_COMMIT (branch `scarlett`, 2026-04-04), backend/locales/en.json: the 3.x
    catalogue, English only (flat dotted keys);
  * V1_COMMIT (tag v1.0.102, 2018-07-31), server/locales/{en,es,zh}/{admin,auth,errors}.json:
    the 1.x catalogues (nested; keys flattened as `<namespace>.<dotted key>`); `zh` is
    Simplified Chinese; there is no Traditional Chinese catalogue.

Selection (mechanical, decided before reading the texts): every key of an English catalogue
whose English text has at least four words (white-space separated) and matches, case-
insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language file that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside, case-insensitive) collapse within a language over both catalogues (3.x
first). Placeholders (`{name}`, `{{time}}`) are kept as written. Cut at 500 characters. No
narrowing was needed (68 + 5 English keys).

Split: the unit is the message key (`requarks/wiki:<key>` for the 3.x catalogue,
`requarks/wiki:v1/<namespace>.<key>` for 1.x), all languages of one key on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates449.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates449.tsv")
RAW = os.path.join(HERE, "raw", "wikijs")
SCARLETT_COMMIT = "249758e3f923a77e1b62d26a47e142c312642a5f"
V1_COMMIT = "73cd6af5b7b3338ff30e9466a8da9074cf9bbfad"
V1_LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
V1_NAMESPACES = ["admin", "auth", "errors"]
SOURCE = "wikijs_app"


def load_v1(code):
    out = {}
    for ns in V1_NAMESPACES:
        for k, v in load_json(os.path.join(RAW, "v1", code, f"{ns}.json"), flat=True).items():
            out[f"{ns}.{k}"] = v
    return out


def wikijs_items():
    seen = {}
    en3 = load_json(os.path.join(RAW, "en.json"))
    for key, text in new_texts(en3, keyword_keys(en3, SELECT_RE), None, seen.setdefault("en", set())):
        yield item(f"wikijs-en-{key}", "en", text, SOURCE,
                   f"github.com/requarks/wiki@{SCARLETT_COMMIT[:12]}:backend/locales/en.json "
                   f"({key}; copied to scripts/real_corpus/raw/wikijs/)",
                   f"requarks/wiki:{key}", "keyword_rule_app_strings")
    en1 = load_v1("en")
    keys1 = keyword_keys(en1, SELECT_RE)
    for code, lang in V1_LANGS:
        strings = load_v1(code)
        for key, text in new_texts(strings, keys1, None if code == "en" else en1,
                                   seen.setdefault(lang, set())):
            ns, sub = key.split(".", 1)
            yield item(f"wikijs1-{code}-{key}", lang, text, SOURCE,
                       f"github.com/requarks/wiki@{V1_COMMIT[:12]}:server/locales/{code}/{ns}.json "
                       f"({sub}; copied to scripts/real_corpus/raw/wikijs/v1/)",
                       f"requarks/wiki:v1/{key}", "keyword_rule_app_strings")


def items():
    yield from wikijs_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
