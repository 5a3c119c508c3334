#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-first batch of tests/data/real/: the sign-in experience phrases
of Logto (logto-io/logto, MPL-2.0) about passwords, verification codes, backup codes, sign-in,
account verification and identity, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates147.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates147.py assemble     # write the jsonl files

Source: github.com/logto-io/logto at LOGTO_COMMIT (2026-08-21), the TypeScript phrase objects
of packages/phrases-experience/src/locales/{en,es,zh-cn,zh-tw}/ (every .ts file of the four
folders), copied verbatim to scripts/real_corpus/raw/logto_experience/ (see SOURCE.md there).
The console phrases (packages/phrases) are not taken.

Reading: each language's index.ts names the modules under `translation`; each module's
`const <name> = { … }` object literal is read by a small tokenizer (string literals in '…', "…"
or `…` with backslash escapes resolved, comments skipped; a shorthand property such as
`password_rejected,` is the module imported under that name). Keys are dotted paths below
`translation` (e.g. `mfa.onboarding_description`, `error.password_rejected.pwned`).

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the secret-word rule shared
by the app-string builders (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus account, verif, confirm, code, identity. The key's text is taken in every
language catalogue that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within a language.
Placeholders `{{name}}` and markup such as `<link></link>` are kept as written (they are the
product's own). Cut at 500 characters.

Split: the unit is the message key (`logto-io/logto:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates147.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, flatten, js_string
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates147.tsv")
RAW = os.path.join(HERE, "raw", "logto_experience")
LOGTO_COMMIT = "1fbc55441fd28d9e3e7d69c1522e7654dccfe99c"
LOCALES = "packages/phrases-experience/src/locales"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|account|verif|confirm|code|identity", re.I)

TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
  | (?P<name>[A-Za-z_$][\w$]*)
  | (?P<punct>[{}:,])
""", re.X | re.S)


def parse_object(src, start, resolve):
    """The object literal of `src` beginning with the `{` at `start`, as a dict of str / dict.
    A shorthand property (`name,`) is `resolve(name)`."""
    pos = start
    tokens = []
    depth = 0
    while True:
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ValueError(f"cannot tokenize at {src[pos:pos + 40]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        tokens.append((kind, m.group()))
        if m.group() == "{":
            depth += 1
        elif m.group() == "}":
            depth -= 1
            if depth == 0:
                break
    it = iter(tokens)

    def obj():
        out = {}
        while True:
            kind, tok = next(it)
            if tok == "}":
                return out
            if tok == ",":
                continue
            key = js_string(tok) if kind == "str" else tok
            kind2, tok2 = next(it)
            if tok2 in (",", "}"):
                out[key] = resolve(key)
                if tok2 == "}":
                    return out
                continue
            assert tok2 == ":", (key, tok2)
            kind3, tok3 = next(it)
            if tok3 == "{":
                out[key] = obj()
            elif kind3 == "str":
                out[key] = js_string(tok3)
            else:
                out[key] = resolve(tok3)

    assert next(it)[1] == "{"
    return obj()


def read_module(path):
    """The exported phrase object of one .ts module (its `const <name> = {` literal)."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    imports = dict(re.findall(r"^import (\w+) from '(\./[^']+)\.js';", src, re.M))
    here = os.path.dirname(path)

    def resolve(name):
        return read_module(os.path.normpath(os.path.join(here, imports[name] + ".ts")))

    m = re.search(r"^const \w+ = \{", src, re.M)
    return parse_object(src, m.end() - 1, resolve)


def load(code):
    """{dotted key: text} of one language (the `translation` object of its index.ts)."""
    return dict(flatten(read_module(os.path.join(RAW, code, "index.ts"))["translation"]))


def logto_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"logto-exp-{code}-{key}", lang, text, "logto_experience",
                   f"github.com/logto-io/logto@{LOGTO_COMMIT[:12]}:{LOCALES}/{code}/ ({key}; "
                   f"copied to scripts/real_corpus/raw/logto_experience/)",
                   f"logto-io/logto:{key}", "keyword_rule_app_strings")


def items():
    yield from logto_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
