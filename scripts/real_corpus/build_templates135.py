#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-ninth batch of tests/data/real/: the in-app messages of the
Enkrypt browser-extension wallet (enkryptcom/enKrypt, MIT) about recovery phrases, private keys,
passwords, backups, restoring and signing, in English (the extension has no other language).

Usage:
    python3 scripts/real_corpus/build_templates135.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates135.py assemble     # write the jsonl files

Source: github.com/enkryptcom/enKrypt at ENKRYPT_COMMIT (2026-04-13). Enkrypt has no locale
catalogue (no _locales, no i18n library): its user-visible strings are written in English in the
<template> blocks of the extension's Vue single-file components, packages/extension/src/**/*.vue
(384 files). The files that hold at least one selected text are copied verbatim to
scripts/real_corpus/raw/enkrypt/ under their repository paths (see SOURCE.md there); the builder
walks those copies in path order.

Extraction (mechanical): in each file, the part from the first `<template` to the last
`</template>`, HTML comments dropped, is split on tags (a tag: `<` … `>`, quoted attribute values
skipped over). The texts are (a) each run of text between two tags, white space collapsed, and
(b) the static (not `:`-bound) values of the attributes title, placeholder, label, text, subtitle
and description, white space collapsed, in document order. A text holding a Vue interpolation
(`{{`) is skipped (it is code, not wording). Texts in the <script> blocks (toasts, errors built in
code) are not taken.

Selection (mechanical, fixed before any text was read): every such text with at least four words
(white-space separated) that matches, case-insensitively, SELECT_RE (the standard secret-word rule
of app_strings: seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor). Near-duplicates (digits and white space aside) collapse (the first in path order
kept). Cut at 500 characters.

Split: the unit is the message, keyed `<path>#<first 10 hex digits of SHA-256 of the text>`
(`enkryptcom/enKrypt:<key>`); held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Ids are `enkrypt-en-<first 10 hex digits of SHA-256 of the key>`. Labels
come from scripts/real_corpus/labels/labels_templates135.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, keyword_new
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates135.tsv")
RAW = os.path.join(HERE, "raw", "enkrypt")
ENKRYPT_COMMIT = "1362fcfa91db63bda1e415fa61c89786fba1d1a2"
TAG_RE = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
ATTR_RE = re.compile(r"""(?<![:@\w-])(title|placeholder|label|text|subtitle|description)="([^"]*)\"""")


def vue_files():
    """Repository paths of the copied .vue files, sorted."""
    out = []
    for d, _, names in os.walk(RAW):
        for n in names:
            if n.endswith(".vue"):
                out.append(os.path.relpath(os.path.join(d, n), RAW).replace(os.sep, "/"))
    return sorted(out)


def template_texts(source):
    """The text runs and static wording attributes of a Vue file's template, in document order
    (the IVPN builder, 293, reads its .vue files with it too)."""
    start, end = source.find("<template"), source.rfind("</template>")
    if start < 0:
        return
    tpl = re.sub(r"<!--.*?-->", "", source[start:end], flags=re.S)
    pos = 0
    for m in TAG_RE.finditer(tpl):
        yield " ".join(tpl[pos:m.start()].split())
        for _, value in ATTR_RE.findall(m.group(0)):
            yield " ".join(value.split())
        pos = m.end()
    yield " ".join(tpl[pos:].split())


def enkrypt_items():
    seen = set()
    for path in vue_files():
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            source = f.read()
        for text in template_texts(source):
            if "{{" in text or not keyword_new(text, SELECT_RE, seen):
                continue
            key = f"{path}#{sha(text)[:10]}"
            yield item(f"enkrypt-en-{sha(key)[:10]}", "en", text, "enkrypt_app",
                       f"github.com/enkryptcom/enKrypt@{ENKRYPT_COMMIT[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/enkrypt/)",
                       f"enkryptcom/enKrypt:{key}", "keyword_rule_app_strings")


def items():
    yield from enkrypt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
