#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-sixth batch of tests/data/real/: the strings of Castopod,
the podcast host (ad-aures/castopod, AGPL-3.0), about passwords, log-in, magic links, accounts,
e-mail, verification, tokens and credentials, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates452.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates452.py assemble     # write the jsonl files

Source: github.com/ad-aures/castopod at CASTOPOD_COMMIT (2026-03-01), licence AGPL-3.0
(LICENSE.md at that commit). Its CodeIgniter language files `app/Language/<lang>/*.php` and
`modules/*/Language/<lang>/*.php` for lang en, es, zh-hans, zh-hant are copied verbatim under
scripts/real_corpus/raw/castopod/ (same paths; see SOURCE.md there), except
`modules/Admin/Language/*/Breadcrumb.php` and `modules/Plugins/Language/*/Plugin.php`, which are
PHP code (a computed key, a plugin loader), not literal catalogues. Each file is a PHP `return
[...]` of nested arrays of string literals; PHP_STRINGS below reads it (single- and double-quoted
literals, `.` concatenation) and the keys are flattened with dots.

Selection (mechanical, fixed before any text was read): every key of the English files whose text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
common app-strings rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened with EXTRA_RE (account, magic link, verif…, token, credential, e-mail/email,
reset), because the common rule alone takes only 6 English keys: Castopod's log-in, magic-link,
two-factor and activation strings come from CodeIgniter Shield's language files, which are not in
the repository. The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language, the English files walked in sorted path order. Placeholders
`{name}` are kept as written. Cut at 500 characters.

Split: the unit is the message key (`ad-aures/castopod:<dir>/<File>.<key>`, <dir> the path before
`/Language/`), all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates452.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as COMMON_RE, flatten, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates452.tsv")
RAW = os.path.join(HERE, "raw", "castopod")
CASTOPOD_COMMIT = "bc041702dd8058ae8e1831b9609827c911a5a626"
LANGS = [("en", "en"), ("es", "es"), ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant")]
EXTRA_RE = re.compile(r"account|magic ?link|verif|token|credential|e-?mail|reset", re.I)

PHP_TOKEN = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|=>"""
                       r"""|[\[\],;.()]|<\?php|=|[A-Za-z_][A-Za-z0-9_]*|\d+""", re.S)


def selected(text):
    return len(text.split()) >= 4 and bool(COMMON_RE.search(text) or EXTRA_RE.search(text))


def php_literal(tok):
    """The value of a PHP string literal: single-quoted (\\' and \\\\ escapes) or double-quoted
    (\\n, \\t, \\", \\\\, \\$; other backslashes kept)."""
    if tok[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", tok[1:-1])
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(
        m.group(1), m.group(1) if m.group(1) in '"\\$' else "\\" + m.group(1)), tok[1:-1])


def php_strings(path):
    """{dotted key: text} of a CodeIgniter language file (`return [ 'k' => 'v' | [...], ... ];`)."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    toks, pos = [], 0
    while pos < len(src):
        m = PHP_TOKEN.match(src, pos)
        if not m:
            raise ValueError(f"{path}: cannot read {src[pos:pos + 40]!r}")
        pos = m.end()
        t = m.group(0)
        if t.strip() and not t.startswith(("//", "#", "/*")):
            toks.append(t)

    def scalar(i):
        assert toks[i][0] in "'\"", (path, toks[i - 2:i + 2])
        s = php_literal(toks[i])
        i += 1
        while toks[i] == ".":
            s += php_literal(toks[i + 1])
            i += 2
        return s, i

    def value(i):
        if toks[i] != "[":
            return scalar(i)
        i += 1
        d = {}
        while toks[i] != "]":
            k, i = scalar(i)
            assert toks[i] == "=>", (path, toks[i - 2:i + 2])
            d[k], i = value(i + 1)
            if toks[i] == ",":
                i += 1
        return d, i + 1

    data, _ = value(toks.index("return") + 1)
    return dict(flatten(data))


def english_files():
    """Paths (relative to RAW) of the English language files, sorted."""
    out = []
    for dirpath, _, files in os.walk(RAW):
        if os.path.basename(dirpath) == "en":
            out += [os.path.relpath(os.path.join(dirpath, f), RAW) for f in files
                    if f.endswith(".php")]
    return sorted(out)


def catalogue(code):
    """{(English file path, key): text} of language `code`, English files' order."""
    out = {}
    for en_path in english_files():
        path = en_path.replace("/Language/en/", f"/Language/{code}/")
        full = os.path.join(RAW, path)
        if not os.path.exists(full):
            continue
        for key, text in php_strings(full).items():
            out[(en_path, key)] = text
    return out


def unit_key(en_path, key):
    base, file = en_path.split("/Language/en/")
    return f"{base}/{file[:-len('.php')]}.{key}"


def castopod_items():
    en = catalogue("en")
    keys = [k for k, v in en.items() if isinstance(v, str) and selected(v)]
    for code, lang in LANGS:
        strings = catalogue(code)
        for (en_path, key), text in new_texts(strings, keys, None if code == "en" else en):
            path = en_path.replace("/Language/en/", f"/Language/{code}/")
            uk = unit_key(en_path, key)
            yield item(f"castopod-{code}-{uk}", lang, text, "castopod_app",
                       f"github.com/ad-aures/castopod@{CASTOPOD_COMMIT[:12]}:{path} ({key}; "
                       f"copied to scripts/real_corpus/raw/castopod/)",
                       f"ad-aures/castopod:{uk}", "keyword_rule_app_strings")


def items():
    yield from castopod_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
