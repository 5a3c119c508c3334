#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-third batch of tests/data/real/: the web console strings
of KubeSphere (kubesphere/console, v3.4.1, AGPL-3.0) about passwords, logging in, secrets'
recovery and backups, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates339.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates339.py assemble     # write the jsonl files

Source: github.com/kubesphere/console at KS_COMMIT (tag v3.4.1, 2023-11-06), every catalogue
file of locales/en/, locales/es/, locales/zh/ and locales/tc/ (Traditional Chinese) except the
loader index.js, copied verbatim to scripts/real_corpus/raw/kubesphere_console/ (see SOURCE.md
there). The LICENSE file at that commit is the GNU AGPL-3.0 (copyleft). The repository's newest
commits (console 4.x) carry a "KubeSphere Open Source License" (Apache-2.0 with extra conditions
forbidding commercial use without permission), which is not an open licence; its clause 3 keeps
3.4.x and earlier under their previous licence, hence the pinned 3.4.1 tag.

Each file is a CommonJS module `module.exports = { KEY: 'text', ... }`; values are single-,
double- or back-quoted string literals, sometimes joined with `+`. The files are read as data by
a small tokenizer (js_catalogue), never run. The catalogue of a language is the union of its
files, read in sorted file-name order; a key seen in an earlier file keeps that text.

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is
taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language. Markup (`<br/>`, `<b>`) and placeholders (`{name}`) are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`kubesphere/console:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates339.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates339.tsv")
RAW = os.path.join(HERE, "raw", "kubesphere_console")
KS_COMMIT = "7687bf79bb4b27bca857d967e5d418beacf8249c"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("tc", "zh-Hant")]

TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
  | (?P<name>[A-Za-z_$][A-Za-z0-9_$.]*)
  | (?P<num>\d+)
  | (?P<punct>[{}:,+=;])
""", re.S | re.X)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\n": ""}


def js_string(lit):
    """The value of one JS string literal (no `${}` substitution is expected)."""
    body = lit[1:-1]
    assert not (lit[0] == "`" and "${" in body), lit
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), body, flags=re.S)


def js_tokens(src):
    pos = 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ValueError(f"cannot read at {src[pos:pos + 40]!r}")
        pos = m.end()
        if m.lastgroup not in ("ws", "comment"):
            yield m.lastgroup, m.group()


def js_catalogue(path):
    """key -> text of a `module.exports = { KEY: 'text' + 'more', ... }` file, in file order."""
    with open(path, encoding="utf-8") as f:
        toks = list(js_tokens(f.read()))
    assert toks[:3] == [("name", "module.exports"), ("punct", "="), ("punct", "{")], path
    i, out = 3, {}
    while toks[i] != ("punct", "}"):
        kind, key = toks[i]
        assert kind in ("name", "str") and toks[i + 1] == ("punct", ":"), (path, toks[i:i + 3])
        key = js_string(key) if kind == "str" else key
        i += 2
        parts = []
        while True:
            assert toks[i][0] == "str", (path, key, toks[i])
            parts.append(js_string(toks[i][1]))
            i += 1
            if toks[i] != ("punct", "+"):
                break
            i += 1
        out.setdefault(key, "".join(parts))
        if toks[i] == ("punct", ","):
            i += 1
    assert all(t[0] == "punct" and t[1] in "};" for t in toks[i:]), path
    return out


def load(code):
    """The language's catalogue: the union of its files in sorted name order (first text kept)."""
    out = {}
    folder = os.path.join(RAW, code)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".js"):
            for k, v in js_catalogue(os.path.join(folder, name)).items():
                out.setdefault(k, v)
    return out


def ks_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"kubesphere-{code}-{key}", lang, text, "kubesphere_console",
                   f"github.com/kubesphere/console@{KS_COMMIT[:12]}:locales/{code}/ ({key}; "
                   f"copied to scripts/real_corpus/raw/kubesphere_console/)",
                   f"kubesphere/console:{key}", "keyword_rule_app_strings")


def items():
    yield from ks_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
