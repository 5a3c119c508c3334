#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-first batch of tests/data/real/: the in-app strings of
Wallos, the self-hosted subscription tracker (ellite/Wallos, GPL-3.0), about passwords,
log-in, two-factor/TOTP codes, backups and restores, accounts, API keys, payments and e-mail,
in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates257.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates257.py assemble     # write the jsonl files

Source: github.com/ellite/Wallos at WALLOS_COMMIT (2026-08-15), includes/i18n/en.php, es.php,
zh_cn.php, zh_tw.php, copied verbatim to scripts/real_corpus/raw/wallos/ (see SOURCE.md there).
Licence GPL-3.0 (LICENSE.md at that commit).

Reading: each catalogue is one PHP array `$i18n = [ "key" => "text", … ];`, one entry a line,
double-quoted; a line's entry is read with LINE_RE (a trailing `//` comment ignored), PHP
backslash escapes resolved (\\n, \\t, else the character), then shown as the browser shows it:
`<br>` becomes a line break, other tags are dropped, HTML entities decoded. A key written twice
keeps its last text (PHP semantics) at its first position.

Selection (mechanical, fixed before any text was read): every key of en.php whose English text
has at least four words (white-space separated) and matches, case-insensitively, the standard
keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) or the batch's additional words `account|api key|totp|payment|email`
(SELECT_RE here). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language. Cut at 500 characters.

Split: the unit is the message key (`ellite/Wallos:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates257.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import html
import os
import re

import app_strings
from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates257.tsv")
RAW = os.path.join(HERE, "raw", "wallos")
WALLOS_COMMIT = "5d5baf357182a1bee2a9d918fe2e657ca4585269"
LANGS = [("en", "en"), ("es", "es"), ("zh_cn", "zh-Hans"), ("zh_tw", "zh-Hant")]
SELECT_RE = re.compile(app_strings.SELECT_RE.pattern + r"|account|api key|totp|payment|email", re.I)
LINE_RE = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)",\s*(?://.*)?$')


def php_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def shown(s):
    """A catalogue text as the browser shows it: <br> a line break, tags dropped, entities
    decoded."""
    s = re.sub(r"<br\s*/?>", "\n", php_unescape(s))
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def load(code):
    """key -> shown text of includes/i18n/<code>.php (copied under raw/wallos/)."""
    out = {}
    with open(os.path.join(RAW, f"{code}.php"), encoding="utf-8") as f:
        for line in f:
            m = LINE_RE.match(line)
            if m:
                out[php_unescape(m.group(1))] = shown(m.group(2))
    return out


def wallos_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"wallos-{code}-{key}", lang, text, "wallos_app",
                   f"github.com/ellite/Wallos@{WALLOS_COMMIT[:12]}:includes/i18n/{code}.php "
                   f"({key}; copied to scripts/real_corpus/raw/wallos/)",
                   f"ellite/Wallos:{key}", "keyword_rule_app_strings")


def items():
    yield from wallos_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
