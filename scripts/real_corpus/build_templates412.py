#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixteenth batch of tests/data/real/: the panel and e-mail
template strings of the Froxlor server management panel (froxlor/froxlor, GPL-2.0-or-later)
about passwords, log-in, 2FA / one-time passwords, password reset, backups and restoring, in
English, Spanish and zh-Hans (Froxlor has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates412.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates412.py assemble     # write the jsonl files

Source: github.com/froxlor/froxlor, branch v2 at FROXLOR_COMMIT (2026-06-09), lng/en.lng.php,
lng/es.lng.php, lng/zh_CN.lng.php, copied verbatim to scripts/real_corpus/raw/froxlor/ (see
SOURCE.md there). The repository's default branch (main) is a rewrite holding no language
files; the v2 branch is the released Froxlor 2.x panel, licensed by COPYING (GNU GPL v2) and
composer.json ("GPL-2.0-or-later").

Reading: each catalogue is a PHP file `return [ 'key' => 'text' | [ ... ], ... ];`; nested
arrays give dotted keys (`2fa.2fa_overview_desc`, `mails.pop_success.mailbody`). String
literals are PHP's (single-quoted: only \\' and \\\\ are escapes; double-quoted: \\n, \\t,
\\", \\\\, \\$), `.` joins literals and PHP_EOL is a newline. As the panel does when it shows a
template (PhpHelper::replaceVariables), the two characters backslash-n are a newline.
Placeholders ({USERNAME}, %s) and HTML markup are kept as written.

Selection (mechanical): every key of en.lng.php whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor), not
narrowed. The key's text is taken in every language file that holds it; a translation equal to
the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within the language. Cut at 500 characters.

Split: the unit is the message key (`froxlor/froxlor:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates412.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates412.tsv")
RAW = os.path.join(HERE, "raw", "froxlor")
FROXLOR_COMMIT = "2f4525bcacc433041537b004f53e08cb61e63272"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans")]

TOKEN_RE = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|=>|[\[\],.;]
                          |[A-Za-z_][A-Za-z0-9_]*|\d+""", re.S | re.X)
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}


def php_literal(tok):
    body = tok[1:-1]
    if tok[0] == "'":
        return re.sub(r"\\(['\\])", r"\1", body)
    return re.sub(r"\\(.)", lambda m: DQ_ESCAPES.get(m.group(1), "\\" + m.group(1)), body)


def tokens(src):
    start = src.index("return [") + len("return")
    pos, out = start, []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ValueError(f"cannot read PHP at {pos}: {src[pos:pos + 40]!r}")
        pos = m.end()
        t = m.group(0)
        if t.strip() and not t.startswith(("//", "/*")):
            out.append(t)
    return out


def parse_value(toks, i):
    """(value, next index) of the PHP value at toks[i]: an array (dict) or joined string."""
    if toks[i] == "[":
        out, i = {}, i + 1
        while toks[i] != "]":
            key = toks[i]
            key = php_literal(key) if key[0] in "'\"" else key
            assert toks[i + 1] == "=>", toks[i:i + 3]
            out[key], i = parse_value(toks, i + 2)
            if toks[i] == ",":
                i += 1
        return out, i + 1
    parts = []
    while True:
        t = toks[i]
        parts.append("\n" if t == "PHP_EOL" else php_literal(t))
        i += 1
        if toks[i] != ".":
            return "".join(parts), i
        i += 1


def flatten(node, prefix=""):
    for k, v in node.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v.replace("\\n", "\n")


def load(code):
    with open(os.path.join(RAW, f"{code}.lng.php"), encoding="utf-8") as f:
        src = f.read()
    value, _ = parse_value(tokens(src), 0)
    return dict(flatten(value))


def froxlor_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"froxlor-{code}-{key}", lang, text, "froxlor_app",
                   f"github.com/froxlor/froxlor@{FROXLOR_COMMIT[:12]}:lng/{code}.lng.php ({key}; "
                   f"copied to scripts/real_corpus/raw/froxlor/)",
                   f"froxlor/froxlor:{key}", "keyword_rule_app_strings")


def items():
    yield from froxlor_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
