#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-first batch of tests/data/real/: the web UI strings of
RAGFlow (infiniflow/ragflow, Apache-2.0) about passwords, login/sign-in, backups, restoring and
recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates327.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates327.py assemble     # write the jsonl files

Source: github.com/infiniflow/ragflow at RAGFLOW_COMMIT (2026-08-22), the TypeScript locale
files web/src/locales/en.ts (English), es.ts (Spanish), zh.ts (zh-Hans) and zh-traditional.ts
(zh-Hant), copied verbatim to scripts/real_corpus/raw/ragflow/ (see SOURCE.md there). Licence
Apache-2.0 (LICENSE at the same commit, copied there too).

Reading: each file is `export default { … };`, one object literal; it is parsed as nested keys
(identifiers, Unicode letters included, or quoted) and string leaves ('…', "…", `…` with
JavaScript escapes resolved; literals joined by `+` are concatenated). Keys are dotted paths
(the common `translation.` prefix kept). No key repeats within an object in these files. The
`{{ … }}` placeholders are kept as the product writes them.

Selection (mechanical): every key of en.ts whose English text has at least four words (white-
space separated) and matches, case-insensitively, the standard secret-word rule
(app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). It gives 20 keys and 48 texts over the four languages, far under the ~450 cap,
so the rule was not narrowed. A key's text is taken in every catalogue that holds it as a
string; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within a language. Cut at 500 characters.

Split: the unit is the message key (`infiniflow/ragflow:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates327.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import build_templates143
from app_strings import SELECT_RE, catalogue_texts, js_string
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates327.tsv")
RAW = os.path.join(HERE, "raw", "ragflow")
RAGFLOW_COMMIT = "b1b8cd623520b97b2526ffb1514bd812bdcc7eaf"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-traditional", "zh-Hant")]

TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
  | (?P<word>[^\W\d][\w$]*|\$[\w$]*)
  | (?P<num>[0-9]+)
  | (?P<punct>[{}:,;=\[\]()<>.@/+'"-])
""", re.X | re.S)


def tokens(src):
    """The tokens of a TypeScript catalogue (`build_templates143.tokens` with this reader's `+`)."""
    return build_templates143.tokens(src, TOKEN_RE)


def parse_object(toks, i):
    """(flat {dotted key: str}, index after the closing brace) of the object literal whose `{`
    is toks[i]."""
    assert toks[i] == ("punct", "{"), toks[i]
    i += 1
    out = {}
    while toks[i] != ("punct", "}"):
        kind, key = toks[i]
        key = js_string(key) if kind == "str" else key
        assert toks[i + 1] == ("punct", ":"), toks[i:i + 3]
        i += 2
        if toks[i] == ("punct", "{"):
            sub, i = parse_object(toks, i)
            for k, v in sub.items():
                out[f"{key}.{k}"] = v
        elif toks[i][0] == "str":
            value = js_string(toks[i][1])
            i += 1
            while toks[i] == ("punct", "+"):
                assert toks[i + 1][0] == "str", toks[i:i + 3]
                value += js_string(toks[i + 1][1])
                i += 2
            out[key] = value
        else:
            raise ValueError(f"unexpected value {toks[i:i + 3]}")
        if toks[i] == ("punct", ","):
            i += 1
    return out, i + 1


def load(code):
    """{dotted key: text} of the object literal exported by raw/ragflow/<code>.ts."""
    with open(os.path.join(RAW, f"{code}.ts"), encoding="utf-8") as f:
        toks = tokens(f.read())
    assert toks[:3] == [("word", "export"), ("word", "default"), ("punct", "{")], toks[:3]
    flat, end = parse_object(toks, 2)
    assert toks[end:] in ([], [("punct", ";")]), toks[end:end + 3]
    return flat


def ragflow_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"ragflow-{code}-{key}", lang, text, "ragflow_web",
                   f"github.com/infiniflow/ragflow@{RAGFLOW_COMMIT[:12]}:web/src/locales/"
                   f"{code}.ts ({key}; copied to scripts/real_corpus/raw/ragflow/)",
                   f"infiniflow/ragflow:{key}", "keyword_rule_app_strings")


def items():
    yield from ragflow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
