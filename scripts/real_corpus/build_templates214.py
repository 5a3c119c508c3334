#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighteenth batch of tests/data/real/: the in-app strings of Snort,
the nostr web client (v0l/snort, MIT), about private keys (nsec), accounts, log-in, passwords,
PINs, backups, NIP-05 addresses and wallets, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates214.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates214.py assemble     # write the jsonl files

Source: github.com/v0l/snort at SNORT_COMMIT (2026-06-18, the stored head), licence MIT
(LICENSE at that commit), packages/app/src/translations/en.json, es_ES.json, zh_CN.json,
zh_TW.json, copied verbatim to scripts/real_corpus/raw/snort/ (see SOURCE.md there). The
catalogues are formatjs-compiled react-intl ASTs; a message is read as the app shows it: literal
parts joined, an argument kept as `{name}`, a rich-text tag (<a>, <b>, <i>, …) dropped with its
children kept, a plural read as its `other` branch. en.json is the English (compiled from the
source catalogue packages/app/src/lang.json).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
shared keyword rule of app_strings.py (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) extended for this product with nsec, private key, key (followed by a
word boundary), account, NIP-05/NIP05 and wallet. The key's text is taken in every language file
that holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within a language (the first key in catalogue order
keeps the text). Placeholders `{name}` are kept as written. Cut at 500 characters.

Split: the unit is the message key (`v0l/snort:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates214.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates214.tsv")
RAW = os.path.join(HERE, "raw", "snort")
SNORT_COMMIT = "5bafc2f9049d6972c28150c2bf2b578fb327e414"
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|nsec|private key|key\b|account|nip-?05|wallet", re.I)


def ast_text(nodes):
    """The text of a formatjs message AST as the app shows it: literals (type 0) as written,
    arguments (1) as `{name}`, plurals (6) by their `other` branch, tags (8) dropped with their
    children kept. Any other node type is an error (none occurs in these catalogues)."""
    out = []
    for n in nodes:
        t = n["type"]
        if t == 0:
            out.append(n["value"])
        elif t == 1:
            out.append("{" + n["value"] + "}")
        elif t == 6:
            out.append(ast_text(n["options"]["other"]["value"]))
        elif t == 8:
            out.append(ast_text(n["children"]))
        else:
            raise ValueError(f"unexpected message node {n!r}")
    return "".join(out)


def load(code):
    return {k: ast_text(v) for k, v in load_json(os.path.join(RAW, f"{code}.json")).items()}


def snort_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"snort-{code}-{key}", lang, text, "snort_app",
                   f"github.com/v0l/snort@{SNORT_COMMIT[:12]}:packages/app/src/translations/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/snort/)",
                   f"v0l/snort:{key}", "keyword_rule_app_strings")


def items():
    yield from snort_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
