#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-eighth batch of tests/data/real/: the in-app messages of
the Ambire wallet extension (AmbireTech/extension, GPL-3.0) about seed/recovery phrases, keys,
passwords, PINs, backups, restoring, logging in, wallets and accounts, in English.

Usage:
    python3 scripts/real_corpus/build_templates254.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates254.py assemble     # write the jsonl files

Source: github.com/AmbireTech/extension at AMBIRE_COMMIT (2026-07-23), licence GPL-3.0
(LICENSE at that commit). The product named first for this batch, the Zerion wallet extension
(zeriontech/zerion-wallet-extension, GPL-3.0-only), has no message catalogue: its one locale
file (src/_locales/en/messages.json) holds the app's name and description only, its interface
text is JSX written inline, with no message keys. Ambire (the fallback) uses i18next with the
English text as the key: its catalogue files (src/common/config/localization/translations/
en.json, bg.json) hold five strings each, and the real English catalogue is the set of string
literals passed to `t(…)` in the source. No Spanish or Chinese translation exists.

Selection (mechanical): every file under src/ (.ts/.tsx/.js/.jsx) at the commit is read; every
string literal that is the first argument of a call `t(…)` (T_RE: `t` not preceded by a word
character, `.` or `$` allowed before it as in `i18n.t(`; single-, double- or back-quoted; a
back-quoted literal with `${…}` interpolation is left out, it is no fixed key) is one message,
its text the literal's value (app_strings.js_string). The messages whose text has at least four
white-space separated words and matches, case-insensitively, SELECT_RE (the standard keyword
rule of app_strings plus wallet, secret, phrase, account, key, as the batch's brief asked) are
taken, in file path order (bytewise, as git lists them) and literal order; a key seen before
(the same text in another file) is the same message and is taken once; near-duplicates (digits
and white space aside, app_strings.norm) collapse, the first kept. `{{name}}` placeholders are
kept as written. Cut at 500 characters. `<Trans>` children are not `t(…)` literals and are not
taken. The files holding at least one selected message are copied verbatim to
scripts/real_corpus/raw/ambire/<path> (see SOURCE.md there); the others hold none.

Split: the unit is the message key (`AmbireTech/extension:<English text>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates254.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, js_string, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates254.tsv")
RAW = os.path.join(HERE, "raw", "ambire")
AMBIRE_COMMIT = "a3c65268f036c5759aa513dcd4f3c6220862a472"
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|secret|phrase|account|key", re.I)
LIT = r"""('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
T_RE = re.compile(r"(?<![\w$])t\(\s*" + LIT, re.S)


def source_files():
    """The copied source files' paths relative to RAW, in bytewise path order."""
    out = []
    for d, _, names in os.walk(os.path.join(RAW, "src")):
        for n in names:
            if re.search(r"\.(tsx?|jsx?)$", n):
                out.append(os.path.relpath(os.path.join(d, n), RAW).replace(os.sep, "/"))
    return sorted(out, key=lambda p: p.encode("utf-8"))


def messages():
    """(path, text) of every t(…) literal of the copied files, in order."""
    for path in source_files():
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            src = f.read()
        for m in T_RE.finditer(src):
            lit = m.group(1)
            if lit[0] == "`" and "${" in lit:
                continue
            yield path, js_string(lit)


def ambire_items():
    keys, seen = set(), set()
    for path, text in messages():
        if len(text.split()) < 4 or not SELECT_RE.search(text):
            continue
        if text in keys:
            continue
        keys.add(text)
        n = norm(text)
        if n in seen:
            continue
        seen.add(n)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"ambire-en-{h}", "en", text, "ambire_app",
                   f"github.com/AmbireTech/extension@{AMBIRE_COMMIT[:12]}:{path} (t() literal; "
                   f"copied to scripts/real_corpus/raw/ambire/)",
                   f"AmbireTech/extension:{text}", "keyword_rule_app_strings")


def items():
    yield from ambire_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
