#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-fourth batch of tests/data/real/: the web UI strings of
Apache DolphinScheduler (apache/dolphinscheduler, Apache-2.0) about passwords, login/sign-in,
backups, restoring and recovery, in English and zh-Hans (the product has no Spanish or zh-Hant
catalogue).

Usage:
    python3 scripts/real_corpus/build_templates340.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates340.py assemble     # write the jsonl files

Source: github.com/apache/dolphinscheduler at DS_COMMIT (2024-10-18, the newest stored
snapshot, reached with `fetch`), the TypeScript locale modules dolphinscheduler-ui/src/locales/
en_US/*.ts (English) and zh_CN/*.ts (zh-Hans), copied verbatim to
scripts/real_corpus/raw/dolphinscheduler/en_US/ and zh_CN/ (see SOURCE.md there). Licence
Apache-2.0 (LICENSE at the same commit, copied there too).

Reading: each language's index.ts imports one module per name (`import login from
'@/locales/en_US/login'`) and exports them as `export default { login, modal, … }`; each module
is `export default { … }`, one object literal, parsed as nested keys and string leaves with the
reader of build_templates327.py (JavaScript escapes resolved; literals joined by `+`
concatenated). A key is the dotted path prefixed with the module's name in index.ts
(`password.password_tips`), modules in the order index.ts exports them. Placeholders are kept as
the product writes them.

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, the standard secret-word rule
(app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), far under the ~450 cap, so the rule was not narrowed. A key's text is taken in
every catalogue that holds it as a string; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Cut at 500 characters.

Split: the unit is the message key (`apache/dolphinscheduler:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates340.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from build_templates327 import parse_object, tokens
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates340.tsv")
RAW = os.path.join(HERE, "raw", "dolphinscheduler")
DS_COMMIT = "7e0095dca198bfc50c59bbc10b3be5617d7b3229"
LANGS = [("en_US", "en"), ("zh_CN", "zh-Hans")]
IMPORT_RE = re.compile(r"^import (\w+) from '@/locales/(\w+)/([\w-]+)'$", re.M)


def read(code, name):
    with open(os.path.join(RAW, code, f"{name}.ts"), encoding="utf-8") as f:
        return f.read()


def modules(code):
    """[(name, file stem)] of raw/dolphinscheduler/<code>/index.ts, in its export order."""
    src = read(code, "index")
    files = {}
    for name, lang, stem in IMPORT_RE.findall(src):
        assert lang == code, (code, lang)
        files[name] = stem
    toks = [t for t in tokens(IMPORT_RE.sub("", src))]
    assert toks[:3] == [("word", "export"), ("word", "default"), ("punct", "{")], toks[:3]
    names = [v for kind, v in toks[3:] if kind == "word"]
    assert toks[-1] == ("punct", "}") and sorted(names) == sorted(files), names
    return [(name, files[name]) for name in names]


def load(code):
    """{module.dotted key: text} of every module of the <code> catalogue."""
    out = {}
    for name, stem in modules(code):
        toks = tokens(read(code, stem))
        assert toks[:3] == [("word", "export"), ("word", "default"), ("punct", "{")], toks[:3]
        flat, end = parse_object(toks, 2)
        assert toks[end:] in ([], [("punct", ";")]), toks[end:end + 3]
        for k, v in flat.items():
            out[f"{name}.{k}"] = v
    return out


def ds_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en_US"):
        yield item(f"dolphinscheduler-{code}-{key}", lang, text, "dolphinscheduler_ui",
                   f"github.com/apache/dolphinscheduler@{DS_COMMIT[:12]}:dolphinscheduler-ui/"
                   f"src/locales/{code}/ ({key}; copied to scripts/real_corpus/raw/"
                   f"dolphinscheduler/)",
                   f"apache/dolphinscheduler:{key}", "keyword_rule_app_strings")


def items():
    yield from ds_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
