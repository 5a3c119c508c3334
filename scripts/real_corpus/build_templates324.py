#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-eighth batch of tests/data/real/: Pixelfed's own UI strings
(pixelfed/pixelfed, AGPL-3.0) about passwords, log-in, two-factor codes, tokens, accounts and
e-mail, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates324.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates324.py assemble     # write the jsonl files

Source: github.com/pixelfed/pixelfed at PIXELFED_COMMIT (2024-03-10, `dev`, the stored head; the
same commit as the pixelfed_email batch), licence AGPL-3.0 (LICENSE), copied verbatim to
scripts/real_corpus/raw/pixelfed_ui/ (see SOURCE.md there):
* the Laravel language arrays resources/lang/{en,es,zh-cn,zh-tw}/*.php (raw `lang/<code>/`), read
  with build_templates4.parse_php_array and flattened (nested arrays give dotted keys); the message
  key is `<file>.<key>` (e.g. `auth.failed`), in the order of lang/en's files (sorted by name) and
  of each file's array;
* the web client's catalogues resources/assets/js/i18n/{en,es}.json (raw `assets/js/i18n/`),
  flattened; the message key is `i18n.<dotted key>`. Its zh.json, zh-cn.json and zh-tw.json are
  English copies (no Han character) and are not read.
zh-cn is taken as zh-Hans, zh-tw as zh-Hant (only the PHP arrays have them; lang/zh/ holds one
English web.php and is not read).

Selection (mechanical, fixed before any text was read): every key whose English text is a string
of at least four words (white-space separated) matching, case-insensitively, SELECT_RE:
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) or account, email, token. Pixelfed's mails are already in the corpus (pixelfed_email,
build_templates64 family: resources/views/emails/**/*.blade.php and app/Mail/*.php); those views
and Mailables call no translation key (no `__(`, `trans(` or `@lang` in them at PIXELFED_COMMIT),
so no key is left out for them. The key's text is taken in English and in each translation; a
translation equal to the English (ends' white space aside, untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language, the first key in order
keeping the text. Placeholders (`:attribute`, `:seconds`, …) are kept as written (they are the
app's own). Cut at 500 characters.

Split: the unit is the message key (`pixelfed/pixelfed:<file>.<key>` or
`pixelfed/pixelfed:i18n.<key>`), all languages of one key on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates324.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, flatten, load_json, new_texts
from build_templates import item
from build_templates4 import parse_php_array
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates324.tsv")
RAW = os.path.join(HERE, "raw", "pixelfed_ui")
PIXELFED_COMMIT = "8aae92d75b4881e5cd6a4e2c83ca52046e5b3d66"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
JSON_CODES = {"en", "es"}
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|email|token", re.I)


def load(code):
    """`<file>.<key>` -> value of every lang/<code>/*.php array (files in lang/en's order), then
    `i18n.<key>` -> value of assets/js/i18n/<code>.json when the language has one."""
    out = {}
    php_dir = os.path.join(RAW, "lang")
    for name in sorted(os.listdir(os.path.join(php_dir, "en"))):
        path = os.path.join(php_dir, code, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = parse_php_array(f.read())
        for key, value in flatten(data):
            out[f"{name[:-4]}.{key}"] = value
    if code in JSON_CODES:
        data = load_json(os.path.join(RAW, "assets", "js", "i18n", f"{code}.json"), flat=True)
        for key, value in data.items():
            out[f"i18n.{key}"] = value
    return out


def selected_keys(en):
    return [k for k, v in en.items() if isinstance(v, str) and len(v.split()) >= 4
            and SELECT_RE.search(v)]


def origin_path(code, key):
    if key.startswith("i18n."):
        return f"resources/assets/js/i18n/{code}.json"
    return f"resources/lang/{code}/{key.split('.', 1)[0]}.php"


def pixelfed_ui_items():
    en = load("en")
    keys = selected_keys(en)
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        base = None if code == "en" else en
        for key, text in new_texts(strings, keys, base):
            yield item(f"pfui-{code}-{key}", lang, text, "pixelfed_ui",
                       f"github.com/pixelfed/pixelfed@{PIXELFED_COMMIT[:12]}:"
                       f"{origin_path(code, key)} ({key}; copied to "
                       f"scripts/real_corpus/raw/pixelfed_ui/)",
                       f"pixelfed/pixelfed:{key}", "keyword_rule_app_strings")


def items():
    yield from pixelfed_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
