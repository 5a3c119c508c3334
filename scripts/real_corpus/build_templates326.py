#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirtieth batch of tests/data/real/: Elgg's own UI strings
(Elgg/Elgg; core MIT or GPL-2.0, bundled plugins GPL-2.0 only) about passwords, log-in, accounts,
e-mail addresses, validation and tokens, in English, Spanish and zh-Hans (Elgg has no zh-Hant
catalogue).

Usage:
    python3 scripts/real_corpus/build_templates326.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates326.py assemble     # write the jsonl files

Source: github.com/Elgg/Elgg at ELGG_COMMIT (2026-03-26, the stored head; the same commit as the
elgg_email batch of build_templates4.py), licence LICENSE.txt (core MIT or GPL-2.0 at the user's
choice, the bundled plugins under mod/ GPL-2.0 only), every core and bundled-plugin language
file languages/{en,es,zh_hans}.php and mod/*/languages/{en,es,zh_hans}.php copied verbatim to
scripts/real_corpus/raw/elgg_ui/ under the same paths (see SOURCE.md there). A file's array is
read with build_templates4.parse_php_array; the message key is `<component>:<key>` (component
`core` or the plugin's folder name), components in sorted path order (core first) and keys in
each file's array order.

Selection (mechanical, fixed before any text was read): every key whose English text is a string
of at least four words (white-space separated) matching, case-insensitively, SELECT_RE:
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) or account, email, token, validate. Elgg's e-mails are already in the corpus
(elgg_email), so every key ending in `:subject` or `:body` is left out (the mails are the
`:body` strings with the `:subject` of the same prefix). The key's text is taken in English and
in each translation; a translation equal to the English (ends' white space aside, untranslated)
is skipped. Near-duplicates (digits and white space aside) collapse within a language, the first
key in order keeping the text. Placeholders (`%s`, `%d`) and inline HTML are kept as written
(they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`Elgg/Elgg:<component>:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates326.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts
from build_templates import item
from build_templates4 import parse_php_array
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates326.tsv")
RAW = os.path.join(HERE, "raw", "elgg_ui")
ELGG_COMMIT = "d70d20a20ecf8d087a2f59053d29e989f40e4b48"
LANGS = [("en", "en"), ("es", "es"), ("zh_hans", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|email|token|validate", re.I)


def components():
    """(component, folder relative to RAW) of every languages/ folder holding en.php, core
    first, then the plugins in sorted order."""
    out = [("core", "languages")]
    for name in sorted(os.listdir(os.path.join(RAW, "mod"))):
        if os.path.exists(os.path.join(RAW, "mod", name, "languages", "en.php")):
            out.append((name, f"mod/{name}/languages"))
    return out


def load(code):
    """`<component>:<key>` -> value of every component's <code>.php array."""
    out = {}
    for comp, folder in components():
        path = os.path.join(RAW, folder, f"{code}.php")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = parse_php_array(f.read())
        for key, value in data.items():
            out[f"{comp}:{key}"] = value
    return out


def selected_keys(en):
    return [k for k, v in en.items() if isinstance(v, str) and len(v.split()) >= 4
            and SELECT_RE.search(v) and not re.search(r":(subject|body)$", k)]


def elgg_ui_items():
    en = load("en")
    keys = selected_keys(en)
    folder = dict(components())
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        base = None if code == "en" else en
        for key, text in new_texts(strings, keys, base):
            comp, name = key.split(":", 1)
            yield item(f"egui-{code}-{comp}-{name.replace(':', '-')}", lang, text, "elgg_ui",
                       f"github.com/Elgg/Elgg@{ELGG_COMMIT[:12]}:{folder[comp]}/{code}.php "
                       f"({name}; copied to scripts/real_corpus/raw/elgg_ui/)",
                       f"Elgg/Elgg:{key}", "keyword_rule_app_strings")


def items():
    yield from elgg_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
