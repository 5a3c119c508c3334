#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eightieth batch of tests/data/real/: the interface and mail
strings of Chamilo LMS 1.11.16 (chamilo/chamilo-lms, GPL-3.0-or-later) about passwords, log-in,
lost passwords, registration, two-factor codes, backups and restoring, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates376.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates376.py assemble     # write the jsonl files

Source: Chamilo 1.11.16's language files main/lang/{english,spanish,simpl_chinese,trad_chinese}/
trad4all.inc.php, read from github.com/victor-valencia/chamilo-heroku at CHAMILO_COMMIT
(2021-11-15; a copy of the 1.11.16 release imported whole, its language files untouched since;
upstream chamilo/chamilo-lms is over the fetch limit), copied verbatim to
scripts/real_corpus/raw/chamilo/ (see SOURCE.md there). Licence: GPL-3.0-or-later (LICENSE and
license.txt at that commit).

Each file is a list of PHP assignments `$Key = "text";`; the builder reads them with a regular
expression (every plain assignment of the four files is matched, checked; a key assigned twice
keeps its last text, as PHP does; the array entries $NameOfLang['…'], language names, are left
out) and resolves PHP's double-quote escapes (\\n, \\t, \\r, \\v, \\e, \\f, \\\\,
\\$, \\"; any other backslash stays as written). HTML tags, entities and `%s` placeholders are
kept as the catalogue writes them.

Selection (mechanical): every key of the English file whose text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language. Cut at 500 characters.

Split: the unit is the message key (`chamilo/chamilo-lms:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates376.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates376.tsv")
RAW = os.path.join(HERE, "raw", "chamilo")
CHAMILO_COMMIT = "b934087150a5137d79cf352a3a084cd45d0931a8"
LANGS = [("english", "en"), ("spanish", "es"), ("simpl_chinese", "zh-Hans"),
         ("trad_chinese", "zh-Hant")]
ASSIGN = re.compile(r'^\$(\w+)\s*=\s*"((?:[^"\\]|\\.)*)";[ \t]*$', re.M | re.S)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f", "\\": "\\",
           "$": "$", '"': '"'}


def php_unquote(s):
    """The value of a PHP double-quoted string body (no interpolation occurs in these files)."""
    return re.sub(r'\\([ntrvef\\$"])', lambda m: ESCAPES[m.group(1)], s)


def load(code):
    """key -> text of one trad4all.inc.php (every assignment must be matched)."""
    with open(os.path.join(RAW, f"{code}.trad4all.inc.php"), encoding="utf-8") as f:
        src = f.read()
    out = {}
    for m in ASSIGN.finditer(src):
        out[m.group(1)] = php_unquote(m.group(2))
    assert not re.search(r"^\$\w+\s*=", ASSIGN.sub("", src), re.M), code
    return out


def chamilo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="english"):
        yield item(f"chamilo-{code}-{key}", lang, text, "chamilo_lms",
                   f"github.com/victor-valencia/chamilo-heroku@{CHAMILO_COMMIT[:12]}:"
                   f"main/lang/{code}/trad4all.inc.php (Chamilo 1.11.16; ${key}; copied to "
                   f"scripts/real_corpus/raw/chamilo/)",
                   f"chamilo/chamilo-lms:{key}", "keyword_rule_app_strings")


def items():
    yield from chamilo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
