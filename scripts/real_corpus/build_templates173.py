#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-seventh batch of tests/data/real/: the in-app strings of
cashu.me, the Cashu ecash wallet (cashubtc/cashu.me, MIT), about seed phrases, mnemonics,
restoring, backups, passwords/PINs, log-in, ecash tokens, Nostr keys and the wallet, in English,
Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates173.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates173.py assemble     # write the jsonl files

Source: github.com/cashubtc/cashu.me at CASHU_COMMIT (head of 2026-08-19; the three catalogues
last changed in 0a6faf0b3ca9, 2026-08-19), src/i18n/en-US/index.ts, es-ES/index.ts and
zh-CN/index.ts (zh-CN is Simplified Chinese; cashu.me has no zh-Hant catalogue), copied verbatim
to scripts/real_corpus/raw/cashu_me/ as en-US.ts, es-ES.ts, zh-CN.ts (see SOURCE.md there).
Licence MIT (LICENSE.md at the same commit, copied there too).

Reading: each file is an ES module `export default { … };` holding one nested object literal
(bare or quoted keys, single- or double-quoted strings with JavaScript escapes resolved); it is
read by parse_js of build_templates144.py, keys are dotted paths (flatten of app_strings). The
reading was checked against node's evaluation of the three files (same keys, order and texts).
Placeholders `{name}` / `{ ticker }` are kept as the app writes them.

Selection (mechanical, fixed before any text was read): every key of en-US whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard secret-word rule of app_strings (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus seed, mnemonic, wallet, restore, token, nostr. That gives
94 English keys and 270 texts over the three languages, under the batch's cap of ~450, so the
rule was not narrowed. The key's text is taken in every catalogue that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language (the first key in catalogue order keeps the text). Cut at 500
characters.

Split: the unit is the message key (`cashubtc/cashu.me:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates173.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, flatten
from build_templates import item
from build_templates144 import parse_js
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates173.tsv")
RAW = os.path.join(HERE, "raw", "cashu_me")
CASHU_COMMIT = "be9a3ed8073c48139092405a2d891aed5446c68a"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|seed|mnemonic|wallet|restore|token|nostr", re.I)


def load(code):
    """{dotted key: text} of raw/cashu_me/<code>.ts, in file order."""
    flat = {}
    for k, v in flatten(parse_js(os.path.join(RAW, f"{code}.ts"))):
        assert k not in flat, k
        flat[k] = v
    return flat


def cashu_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"cashume-{code}-{key}", lang, text, "cashu_me_app",
                   f"github.com/cashubtc/cashu.me@{CASHU_COMMIT[:12]}:src/i18n/{code}/index.ts "
                   f"({key}; copied to scripts/real_corpus/raw/cashu_me/)",
                   f"cashubtc/cashu.me:{key}", "keyword_rule_app_strings")


def items():
    yield from cashu_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
