#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-fifth batch of tests/data/real/: the interface strings of
Cypht, the webmail aggregator (cypht-org/cypht, LGPL-2.1, a copyleft licence), about passwords,
logins, accounts, servers (IMAP/SMTP), 2FA/TOTP, backups and restoring, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates241.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates241.py assemble     # write the jsonl files

Source: github.com/cypht-org/cypht at CYPHT_COMMIT (2026-08-14), language/en.php, es.php,
zh-Hans.php, zh-TW.php, copied verbatim to scripts/real_corpus/raw/cypht/ (see SOURCE.md there).
Each file returns one PHP array whose keys are the English texts; a value `false` means "show the
key" (English, or untranslated), a string value is the translation. The arrays are read by a
small PHP-literal reader below (single- and double-quoted strings with PHP's escapes); entries
without `=>` (list items) are left out.

Selection (mechanical): every key of en.php whose English text has at least four words (white-
space separated) and matches, case-insensitively, the regular expression SELECT_RE: the shared
keyword rule of app_strings.py (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus, for this product, account, server, IMAP, SMTP, TOTP. The key's text is
taken in every language file that gives it a string value; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the language. Placeholders (`%s`, `%d`) are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`cypht-org/cypht:<English key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`cypht-<file>-<first 10 hex digits of SHA-256 of the English key>`. Labels come from
scripts/real_corpus/labels/labels_templates241.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates241.tsv")
RAW = os.path.join(HERE, "raw", "cypht")
CYPHT_COMMIT = "da5c9651a6cf8606f32e410ad99a5ee50b7788db"
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|account|server|IMAP|SMTP|TOTP", re.I)

TOKEN_RE = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|=>|[(),;]|\w+""",
                      re.S)
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f", "\\": "\\",
              "$": "$", '"': '"'}


def php_string(lit):
    """The value of one PHP string literal (single- or double-quoted)."""
    body = lit[1:-1]
    if lit[0] == "'":
        return re.sub(r"\\(['\\])", r"\1", body)
    return re.sub(r"\\(.)", lambda m: DQ_ESCAPES.get(m.group(1), "\\" + m.group(1)), body, flags=re.S)


def php_array(src):
    """key -> value (str or False) of the `return array(...)` of a Cypht language file, in file
    order; entries without `=>` are left out."""
    start = src.index("return array(") + len("return array(")
    toks = []
    pos = start
    while True:
        m = TOKEN_RE.match(src, pos)
        assert m, src[pos:pos + 80]
        pos = m.end()
        t = m.group(0)
        if t.isspace() or t.startswith(("//", "#", "/*")):
            continue
        if t == ")":
            break
        toks.append(t)
    out = {}
    i = 0
    while i < len(toks):
        key = toks[i]
        assert key[0] in "'\"", key
        if i + 1 < len(toks) and toks[i + 1] == "=>":
            val = toks[i + 2]
            if val == "false":
                value = False
            else:
                assert val[0] in "'\"", val
                value = php_string(val)
            out[php_string(key)] = value
            i += 3
        else:
            i += 1
        if i < len(toks):
            assert toks[i] == ",", toks[i]
            i += 1
    return out


def load(code):
    """key -> shown text: for en.php the key itself where the value is false; for a translation
    the string value only (false = untranslated, left out)."""
    with open(os.path.join(RAW, f"{code}.php"), encoding="utf-8") as f:
        arr = php_array(f.read())
    if code == "en":
        return {k: (k if v is False else v) for k, v in arr.items()}
    return {k: v for k, v in arr.items() if isinstance(v, str)}


def cypht_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"cypht-{code}-{sha(key)[:10]}", lang, text, "cypht_app",
                   f"github.com/cypht-org/cypht@{CYPHT_COMMIT[:12]}:language/{code}.php "
                   f"(key {sha(key)[:10]}; copied to scripts/real_corpus/raw/cypht/)",
                   f"cypht-org/cypht:{key}", "keyword_rule_app_strings")


def items():
    yield from cypht_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
