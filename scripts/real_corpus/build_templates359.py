#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-third batch of tests/data/real/: the web-interface strings
of Komga, a comics/ebook server (gotson/komga, MIT), about passwords, log-in, backups, restoring
and other secret words, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates359.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates359.py assemble     # write the jsonl files

Source: github.com/gotson/komga at KOMGA_COMMIT (2026-08-17), licence MIT (LICENSE at that
commit). Two catalogue sets, copied verbatim to scripts/real_corpus/raw/komga/ (see SOURCE.md
there): the web UI `komga-webui/src/locales/{en,es,zh-Hans,zh-Hant}.json` (nested vue-i18n JSON,
flattened to dotted keys) and the new web UI `next-ui/i18n/{en,zh-Hans,zh-Hant}.json` (FormatJS:
the `defaultMessage` of each id; next-ui has no Spanish file).

Selection (mechanical, fixed before any text was read): every key of an English catalogue whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file of its set that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within a language, over both sets (webui first). Placeholders
(`{0}`, `{name}`, vue-i18n `|` plural forms, ICU plurals) are kept as written. Cut at 500
characters.

Split: the unit is the message key (`gotson/komga:<key>` for komga-webui,
`gotson/komga:next-ui:<id>` for next-ui), all languages of one key on one side; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates359.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates359.tsv")
RAW = os.path.join(HERE, "raw", "komga")
KOMGA_COMMIT = "cba53ed3750fcc7b333293e093a6bfaa6afa3a26"
REPO = "gotson/komga"
# (catalogue set, upstream folder, [(file code, lang)], id prefix, unit prefix), English first.
SETS = [
    ("webui", "komga-webui/src/locales",
     [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")],
     "komga", f"{REPO}:"),
    ("next-ui", "next-ui/i18n",
     [("en", "en"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")],
     "komga-next", f"{REPO}:next-ui:"),
]


def load(folder, code):
    """{key: text} of one catalogue: flattened nested JSON (webui) or id -> defaultMessage
    (next-ui)."""
    path = os.path.join(RAW, folder, f"{code}.json")
    if folder == "webui":
        return load_json(path, flat=True)
    with open(path, encoding="utf-8") as f:
        return {k: v.get("defaultMessage") for k, v in json.load(f).items()}


def komga_items():
    seen = {}  # lang -> near-duplicate keys, shared by both sets
    for folder, upstream, langs, id_prefix, unit_prefix in SETS:
        en = load(folder, "en")
        keys = keyword_keys(en, SELECT_RE)
        for code, lang in langs:
            strings = load(folder, code)
            base = None if code == "en" else en
            for key, text in new_texts(strings, keys, base, seen.setdefault(lang, set())):
                yield item(f"{id_prefix}-{code}-{key}", lang, text, "komga_app",
                           f"github.com/{REPO}@{KOMGA_COMMIT[:12]}:{upstream}/{code}.json "
                           f"({key}; copied to scripts/real_corpus/raw/komga/{folder}/)",
                           f"{unit_prefix}{key}", "keyword_rule_app_strings")


def items():
    yield from komga_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
