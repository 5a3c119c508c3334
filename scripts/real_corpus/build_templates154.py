#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-eighth batch of tests/data/real/: the web-interface strings of
LNbits, the Lightning wallet server (lnbits/lnbits, MIT), about wallets, accounts, admin and
invoice keys, passwords, log-in, backups, restoring and confirming, in English, Spanish and
zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates154.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates154.py assemble     # write the jsonl files

Source: github.com/lnbits/lnbits at LNBITS_COMMIT (2026-03-20), lnbits/static/i18n/en.js,
es.js and cn.js (cn is Simplified Chinese; LNbits has no zh-Hant catalogue), copied verbatim to
scripts/real_corpus/raw/lnbits/ (see SOURCE.md there). Each file is one JavaScript object
literal `window.localisation.<code> = { key: 'text', … }`; load_js reads its key/string pairs
(single- or double-quoted literals, JavaScript escapes resolved; a key written twice keeps its
last text, as JavaScript does). The reading was checked against node's evaluation of the files.

Selection (mechanical): every key of en.js whose English text has at least four words (white-
space separated) and matches, case-insensitively, the regular expression SELECT_RE: the shared
keyword rule of app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus admin key, invoice key, wallet, account, verif, confirm. The key's text is
taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. Placeholders `{name}` are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`lnbits/lnbits:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates154.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE
from app_strings import catalogue_texts, js_string
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates154.tsv")
RAW = os.path.join(HERE, "raw", "lnbits")
LNBITS_COMMIT = "7d98c6b0808efab3edafc21310ec34d1c38c23df"
LANGS = [("en", "en"), ("es", "es"), ("cn", "zh-Hans")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|admin key|invoice key|wallet|account|verif|confirm",
                       re.I)

ENTRY_RE = re.compile(r"""\s*(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)")\s*:\s*"""
                      r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?""", re.S)


def load_js(path):
    """key -> text of a `window.localisation.<code> = { … }` catalogue, in file order."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    m = re.match(r"window\.localisation\.\w+ = \{", src)
    pos, out = m.end(), {}
    while True:
        e = ENTRY_RE.match(src, pos)
        if not e:
            break
        out[e.group(1) or e.group(2) or e.group(3)] = js_string(e.group(4))
        pos = e.end()
    if not re.fullmatch(r"\s*\}\s*;?\s*", src[pos:]):
        raise ValueError(f"{path}: unparsed text at {pos}: {src[pos:pos + 80]!r}")
    return out


def load(code):
    return load_js(os.path.join(RAW, f"{code}.js"))


def lnbits_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"lnbits-{code}-{key}", lang, text, "lnbits_app",
                   f"github.com/lnbits/lnbits@{LNBITS_COMMIT[:12]}:lnbits/static/i18n/{code}.js "
                   f"({key}; copied to scripts/real_corpus/raw/lnbits/)",
                   f"lnbits/lnbits:{key}", "keyword_rule_app_strings")


def items():
    yield from lnbits_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
