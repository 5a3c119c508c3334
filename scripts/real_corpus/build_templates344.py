#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-eighth batch of tests/data/real/: the webmail's own
interface strings of Afterlogic WebMail Lite (its core, mail and log-in modules,
afterlogic/aurora-module-*, AGPL-3.0) about passwords, log-in, accounts' credentials, backup and
restore, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates344.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates344.py assemble     # write the jsonl files

Source: WebMail Lite (github.com/afterlogic/webmail-lite-8, AGPL-3.0, at fd15b1d91b98) holds no
strings itself: its composer.json pulls the modules from their own repositories. This batch
takes the core, mail and log-in modules (aurora-module-core, -webclient-core, -mail,
-webclient-mail, -webclient-standard-login-form, -webclient-mail-login-form) at the commits in
MODULES (2024-08 to 2026-08), their catalogues
i18n/{English,Spanish,Chinese-Simplified,Chinese-Traditional}.ini where the module has them,
copied verbatim to scripts/real_corpus/raw/afterlogic_webmail/ as
<module>.<language>.ini (see SOURCE.md there). Each module is dual-licensed: AGPL-3.0
(LICENSE-AGPL3, for the free version) or the Afterlogic Software License (commercial buyers);
this corpus uses them under the AGPL-3.0.

Selection (mechanical, fixed before any text was read): every key of a module's English.ini
whose text (escapes resolved) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language catalogue of the
same module that holds it; a translation equal (ends' white space aside) to the English is
skipped as untranslated. Near-duplicates (digits and white space aside) collapse within a
language over all modules (first in MODULES order keeps the text). Escapes \\" \\n \\r \\t \\\\
are resolved (\\r\\n becomes a line break); HTML tags, `|` plural alternatives and placeholders
(`%NAME%`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`afterlogic/aurora-module-<module>:<KEY>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates344.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates344.tsv")
RAW = os.path.join(HERE, "raw", "afterlogic_webmail")
MODULES = [
    ("core", "eab754fb2de2c2f1644c40d30a2e3dc6ffde8944"),
    ("webclient-core", "eb3788ccb59f7e89c882307947fe2da63cd6bb4d"),
    ("mail", "1577ae7d6adc18a4a9da5ad8834f2fd0ee3b376e"),
    ("webclient-mail", "cea99fce5cc1da15b939a037da35593e012ee921"),
    ("webclient-standard-login-form", "6c1471b2e037c4a0a60e1e9802ebfffebcae2fb4"),
    ("webclient-mail-login-form", "dea3e4d4ca5555c4a90927c29b1e3e16df45fc08"),
]
LANGS = [("English", "en"), ("Spanish", "es"), ("Chinese-Simplified", "zh-Hans"),
         ("Chinese-Traditional", "zh-Hant")]
INI_LINE = re.compile(r'^([A-Za-z0-9_]+)\s*=\s*"(.*)"\s*$')
ESCAPES = {'"': '"', "n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def unescape(s):
    s = re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), s)
    return s.replace("\r\n", "\n")


def load(module, code):
    """{KEY: text} of <module>.<code>.ini (lines `KEY = "value"`), or None when the module has
    no catalogue in that language."""
    path = os.path.join(RAW, f"{module}.{code}.ini")
    if not os.path.exists(path):
        return None
    out = {}
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith(";"):
                continue
            m = INI_LINE.match(line)
            assert m, (path, line)
            out[m.group(1)] = unescape(m.group(2))
    return out


def afterlogic_items():
    for code, lang in LANGS:
        seen = set()
        for module, commit in MODULES:
            en = load(module, "English")
            strings = load(module, code)
            if strings is None:
                continue
            keys = keyword_keys(en, SELECT_RE)
            for key, text in new_texts(strings, keys, None if code == "English" else en, seen):
                yield item(f"afterlogic-{lang}-{module}-{key}", lang, text, "afterlogic_webmail_app",
                           f"github.com/afterlogic/aurora-module-{module}@{commit[:12]}:"
                           f"i18n/{code}.ini ({key}; copied to "
                           f"scripts/real_corpus/raw/afterlogic_webmail/)",
                           f"afterlogic/aurora-module-{module}:{key}", "keyword_rule_app_strings")


def items():
    yield from afterlogic_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
