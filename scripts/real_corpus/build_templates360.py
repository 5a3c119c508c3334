#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-fourth batch of tests/data/real/: the UI strings of
Heimdall (linuxserver/Heimdall, MIT), a self-hosted application dashboard, about passwords,
log-in, backups/restoring and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates360.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates360.py assemble     # write the jsonl files

Source: github.com/linuxserver/Heimdall at HEIMDALL_COMMIT (the stored head, 2024-02-19,
"Update version number"), lang/{en,es,zh,zh_TW}/*.php (Laravel 10 keeps them in `lang/`, not
`resources/lang/`), copied verbatim to scripts/real_corpus/raw/heimdall/<locale>/ (see
SOURCE.md there). `lang/zh` is Simplified Chinese (zh-Hans), `lang/zh_TW` Traditional (zh-Hant).
Licence: MIT (LICENSE at the same commit, "Copyright (c) 2018 Chris Hunt").

Reading: each file is a PHP `return [ 'key' => 'text', … ];` array (the en, es and zh_TW files
in var_export's long `array ( … )` form, turned into `[ … ]` first), read by php_array of
build_templates320.py (nested arrays flattened with dots, the way Laravel names them); the
message key is `<file>.<key>`, e.g. `passwords.reset`. The files hold no HTML; the text is taken
as written (ends' white space stripped); Laravel's `:name` placeholders are kept (they are the
app's own).

Selection (mechanical, fixed before any text was read): every key of the English catalogues
(files in FILES order) whose text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language's catalogue that
holds it (es and zh_TW have no validation.php); a translation equal to the English text
(untranslated) is skipped, and so is a zh_TW text equal to the zh (zh-Hans) text of the same key
(the zh_TW catalogue was largely copied from zh in Simplified characters; not taken twice, as in
the authentik, Piwigo and HertzBeat batches; rule added after the candidates of daee4b77 were
printed, before any label). Near-duplicates (digits and white space aside, lower case) collapse
within a language, the first key in catalogue order keeping the text. Cut at 500 characters.

Split: the unit is the message key (`linuxserver/Heimdall:<file>.<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates360.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts, keyword_keys
from build_templates import item
from build_templates320 import php_array
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates360.tsv")
RAW = os.path.join(HERE, "raw", "heimdall")
HEIMDALL_COMMIT = "c16a4847f73fc4f8718e674663e8b8559078c277"
REPO = "linuxserver/Heimdall"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
FILES = ["app", "auth", "pagination", "passwords", "validation"]
# var_export's `array ( … )` written as `[ … ]` (strings and comments left as they are)
ARRAY_RE = re.compile(r"""//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"
                          |array\s*\(|\)""", re.S | re.X)


def short_arrays(src):
    """`src` with PHP's long `array ( … )` syntax (as var_export writes the en, es and zh_TW
    files) turned into the short `[ … ]` that php_array reads."""
    return ARRAY_RE.sub(lambda m: "[" if m.group(0).startswith("array") else
                        "]" if m.group(0) == ")" else m.group(0), src)


def load(code):
    """{<file>.<key>: text} of one locale's catalogues, files in FILES order (a file the
    locale lacks is skipped)."""
    out = {}
    for name in FILES:
        path = os.path.join(RAW, code, f"{name}.php")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for key, text in php_array(short_arrays(f.read())).items():
                out[f"{name}.{key}"] = text
    return out


def heimdall_items():
    en = load("en")
    keys = keyword_keys(en, SELECT_RE)
    zh = load("zh")
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        if code == "zh_TW":
            strings = {k: v for k, v in strings.items()
                       if not (isinstance(v, str) and v.strip() == str(zh.get(k, "")).strip())}
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            name, sub = key.split(".", 1)
            yield item(f"heimdall-{code}-{key}", lang, text, "heimdall_app",
                       f"github.com/{REPO}@{HEIMDALL_COMMIT[:12]}:lang/{code}/{name}.php "
                       f"({sub}; copied to scripts/real_corpus/raw/heimdall/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from heimdall_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
