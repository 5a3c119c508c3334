#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-seventh batch of tests/data/real/: the web-interface and
command-line strings of LibreNMS (librenms/librenms, GPL-3.0) about passwords, logging in,
two-factor authentication, PINs, backups and restoring, in English, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates443.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates443.py assemble     # write the jsonl files

Source: github.com/librenms/librenms at LIBRENMS_COMMIT (2026-02-09, "MIBs: Clean up dupes, move
standard (#18995)"), read from the stored snapshot of the fork mahir-meemtel/librenms, whose
history holds that upstream commit unchanged (the upstream snapshot is over the fetch size
limit). Files: lang/en/*.php, lang/zh-CN/*.php, lang/zh-TW/*.php (Laravel PHP arrays) and
lang/zh-CN.json, lang/zh-TW.json (Laravel JSON catalogues: the key is the English text), copied
verbatim to scripts/real_corpus/raw/librenms/ (see SOURCE.md there). The commit has no Spanish
catalogue (lang/es/ came later upstream), so no Spanish texts.

Selection (mechanical): every string of lang/en/*.php (nested keys flattened as
`<file>.<a>.<b>`) and every English key of the two JSON catalogues (the union, zh-CN's order
first) whose English text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). It gives 51 English keys, far below ~450, so nothing was
narrowed. The key is taken in zh-CN and zh-TW where that catalogue holds it; a translation equal
to the English text is skipped; near-duplicates (digits and white space aside) collapse within a
language. Placeholders (`:name`, `{{ $x }}`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`librenms/librenms:<file>.<key>`, or
`librenms/librenms:json:<English text>` for a JSON key), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates443.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import json
import os
import re

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates443.tsv")
RAW = os.path.join(HERE, "raw", "librenms")
LIBRENMS_COMMIT = "490710c6c9da3d4222e5649b082a63a1b91b072b"
LANGS = [("en", "en"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
REPO = "librenms/librenms"

# A tokenizer for the Laravel language files: `<?php return [ ... ];` with quoted keys and
# values, nested arrays and comments.
TOK = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|=>"""
                 r"""|\[|\]|,|<\?php|return|;|[0-9]+""", re.S)
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def php_string(tok):
    """The value of a PHP string literal (single quotes: \\' and \\\\ only; double quotes: \\n,
    \\t, \\r, \\\\, \\$, \\")."""
    if tok[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", tok[1:-1])
    return re.sub(r'\\([ntr\\$"])', lambda m: DQ_ESCAPES.get(m.group(1), m.group(1)), tok[1:-1])


def php_tokens(src):
    pos, out = 0, []
    while pos < len(src):
        m = TOK.match(src, pos)
        if not m:
            raise ValueError(f"unexpected PHP at {src[pos:pos + 80]!r}")
        t, pos = m.group(0), m.end()
        if t.strip() and not t.startswith(("//", "#", "/*")):
            out.append(t)
    return out


def php_array(src):
    """The array a Laravel language file returns, as nested dicts (list entries keyed by index)."""
    toks = php_tokens(src)

    def value(i):
        t = toks[i]
        if t == "[":
            return array(i + 1)
        if t[0] in "'\"":
            return php_string(t), i + 1
        if t.isdigit():
            return int(t), i + 1
        raise ValueError(f"unexpected tokens {toks[i:i + 5]}")

    def array(i):
        d, n = {}, 0
        while toks[i] != "]":
            k, i = value(i)
            if toks[i] == "=>":
                v, i = value(i + 1)
            else:
                k, v, n = n, k, n + 1
            d[str(k)] = v
            if toks[i] == ",":
                i += 1
        return d, i + 1

    return value(toks.index("return") + 1)[0]


def flatten(d, prefix):
    for k, v in d.items():
        key = f"{prefix}.{k}"
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v


def php_catalogue(code):
    """`<file>.<dotted key>` -> string of every lang/<code>/*.php, files in name order."""
    out = {}
    folder = os.path.join(RAW, code)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".php"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                out.update(flatten(php_array(f.read()), name[:-4]))
    return out


def json_catalogue(code):
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        return json.load(f)


def selected(text):
    return isinstance(text, str) and len(text.split()) >= 4 and bool(SELECT_RE.search(text))


def librenms_items():
    en_php = php_catalogue("en")
    php_keys = [k for k, v in en_php.items() if selected(v)]
    json_keys = []
    for code, _ in LANGS[1:]:
        json_keys += [k for k in json_catalogue(code) if k not in json_keys]
    json_keys = [k for k in json_keys if selected(k)]
    for code, lang in LANGS:
        seen = set()
        php = en_php if code == "en" else php_catalogue(code)
        js = {k: k for k in json_keys} if code == "en" else json_catalogue(code)
        entries = [(k, php.get(k), en_php[k], f"lang/{code}/{k.split('.')[0]}.php", k, k)
                   for k in php_keys]
        entries += [(k, js.get(k), k, "lang/en.json (keys)" if code == "en" else
                     f"lang/{code}.json", "json-" + hashlib.sha256(k.encode()).hexdigest()[:10],
                     f"json:{k}") for k in json_keys]
        for key, text, english, path, id_key, unit in entries:
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == english.strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            where = ("keys of lang/zh-CN.json, lang/zh-TW.json" if path.startswith("lang/en.json")
                     else path)
            yield item(f"librenms-{code}-{id_key}", lang, text, "librenms_app",
                       f"github.com/librenms/librenms@{LIBRENMS_COMMIT[:12]}:{where} ({key}; "
                       f"copied to scripts/real_corpus/raw/librenms/)",
                       f"{REPO}:{unit}", "keyword_rule_app_strings")


def items():
    yield from librenms_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
