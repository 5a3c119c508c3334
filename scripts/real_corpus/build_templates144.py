#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-eighth batch of tests/data/real/: the log-in form's own strings of
Auth0 Lock (auth0/lock, MIT), the embeddable sign-in widget, about passwords, log-in, sign-up,
verification codes, accounts and e-mail, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates144.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates144.py assemble     # write the jsonl files

Source: github.com/auth0/lock at LOCK_COMMIT (2026-06-30, release v15.0.1), src/i18n/en.js,
es.js, zh.js, zh-tw.js, copied verbatim to scripts/real_corpus/raw/auth0_lock/ (see SOURCE.md
there). The catalogues are ES modules `export default { … };` holding a nested object literal
(keys bare or quoted, single- or double-quoted strings, `//` comments); parse_js reads them and
keys are dotted paths (flatten of app_strings).

Selection (mechanical): every key of en.js whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the standard secret-word rule of
app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) plus account, verif, confirm, code, email. The key's text is taken in every language
file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language (the first key in
catalogue order keeps the text). The text is shown as the widget shows it: `<br>`/`<br />` become
a line break; other markup, `%s` / `%d` placeholders and entities are kept as written. Cut at 500
characters.

Split: the unit is the message key (`auth0/lock:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates144.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates144.tsv")
RAW = os.path.join(HERE, "raw", "auth0_lock")
LOCK_COMMIT = "a183cdbbafca1f97bc16a43b8f5ae1e44559f240"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|account|verif|confirm|code|email", re.I)

TOKEN_RE = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[A-Za-z_$][\w$]*|[{}:,;]""",
                      re.S)


def tokens(src, token_re=TOKEN_RE):
    """The tokens of `src` as `token_re` cuts them, white space and comments dropped (the 1Panel
    builder, 297, passes its own pattern that also takes back-quoted strings)."""
    pos = 0
    while pos < len(src):
        m = token_re.match(src, pos)
        assert m, (pos, src[pos:pos + 40])
        pos = m.end()
        t = m.group(0)
        if t.isspace() or t.startswith("//") or t.startswith("/*"):
            continue
        yield t


def parse_js(path):
    """The object literal of an `export default { … };` module (strings and nested objects)."""
    with open(path, encoding="utf-8") as f:
        toks = list(tokens(f.read()))
    assert toks[:2] == ["export", "default"], toks[:2]
    obj, pos = literal(toks, 2)
    assert toks[pos:] in ([";"], []), toks[pos:]
    return obj


def literal(toks, pos):
    """The value at toks[pos] of a JavaScript object literal (a quoted string or a nested object
    of them) and the position after it; the 1Panel builder (297) reads its modules with it."""
    t = toks[pos]
    if t == "{":
        pos += 1
        obj = {}
        while toks[pos] != "}":
            k = toks[pos]
            key = js_string(k) if k[0] in "'\"`" else k
            assert toks[pos + 1] == ":", toks[pos:pos + 3]
            pos += 2
            assert key not in obj, key
            obj[key], pos = literal(toks, pos)
            if toks[pos] == ",":
                pos += 1
            else:
                assert toks[pos] == "}", toks[pos:pos + 3]
        pos += 1
        return obj, pos
    assert t[0] in "'\"`", toks[pos - 3:pos + 3]
    return js_string(t), pos + 1


def shown(text):
    return re.sub(r"<br\s*/?>", "\n", text)


def load(code):
    flat = {}
    for k, v in flatten(parse_js(os.path.join(RAW, f"{code}.js"))):
        assert k not in flat, k
        flat[k] = shown(v) if isinstance(v, str) else v
    return flat


def lock_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"auth0lock-{code}-{key}", lang, text, "auth0_lock_strings",
                   f"github.com/auth0/lock@{LOCK_COMMIT[:12]}:src/i18n/{code}.js ({key}; "
                   f"copied to scripts/real_corpus/raw/auth0_lock/)",
                   f"auth0/lock:{key}", "keyword_rule_app_strings")


def items():
    yield from lock_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
