#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-second batch of tests/data/real/: the user-interface and
e-mail strings of iTop, the ITSM/CMDB web application (Combodo/iTop, AGPL-3.0), about
passwords, log-in, backup/restore, PINs, recovery and one-time codes, in English, Spanish and
zh-Hans (iTop has no zh-Hant dictionary).

Usage:
    python3 scripts/real_corpus/build_templates278.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates278.py assemble     # write the jsonl files

Source: github.com/Combodo/iTop at ITOP_COMMIT (stored head, 2024-10-23), licence AGPL-3.0
(license.txt at that commit). Every dictionary file of the three languages is copied verbatim to
scripts/real_corpus/raw/itop/ under its repository path (see SOURCE.md there), and the builder
reads only those copies: the application's `dictionaries/**/<code>.dictionary.itop.*.php` and
the modules' `datamodels/2.x/*/dictionaries/<code>.dict.*.php` (the brief named the former; the
latter, same format, were added before any text was read because the former alone give 19 keys),
for <code> en, es_cr, zh_cn (iTop has no zh_tw dictionary).

Reading the dictionaries: each file holds `Dict::Add('<LANG>', '<name>', '<name>', array(...))`
or `[...]` calls; each entry is `'<code>' => <value>`, the value PHP string literals (single or
double quoted) and the constants ITOP_APPLICATION, ITOP_APPLICATION_SHORT ('iTop') and
ITOP_VERSION_NAME ('Fullmoon', core/config.class.inc.php) joined with `.`. Comments (`//`, `#`,
`/* */`) are skipped; one heredoc value (`<<<EOF`) is read as PHP does. The files of one
language are read application first, then modules, each in path order; an entry code seen
before keeps its first value (alternative modules, e.g. itop-request-mgmt and
itop-request-mgmt-itil, define the same codes). The markers `~~` and `~*` (iTop's "still to be
translated") are removed, as iTop's compiler does (setup/compiler.class.inc.php,
FilterDictString). The text is kept as written otherwise: HTML tags and `%1$s` placeholders are
the product's own.

Selection (mechanical, fixed before any text was read): every entry code of the English
dictionaries whose English text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The code's text is taken in English, Spanish (es_cr) and
zh-Hans (zh_cn); a translation equal to the English text (untranslated, markers removed) is
skipped. Near-duplicates (digits and white space aside) collapse within a language (the first
code in catalogue order keeps the text). Cut at 500 characters. This gives 56 codes (19 from
the application's dictionaries, 37 from the modules'), 166 texts: en 56, es 54 (2 equal to the
English), zh-Hans 56; none collapsed, none cut.

Split: the unit is the dictionary entry's code (`Combodo/iTop:<code>`), all languages of one
code on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates278.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates278.tsv")
RAW = os.path.join(HERE, "raw", "itop")
ITOP_COMMIT = "dd34fda42e0583377c3040025a6a33dcf1455c70"
LANGS = [("en", "en"), ("es_cr", "es"), ("zh_cn", "zh-Hans")]
CONSTANTS = {"ITOP_APPLICATION": "iTop", "ITOP_APPLICATION_SHORT": "iTop",
             "ITOP_VERSION_NAME": "Fullmoon"}
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", "e": "\x1b", "\\": "\\",
              "$": "$", '"': '"'}


def php_string(src, i):
    """The PHP string literal starting at src[i] (quote included): (value, end)."""
    q = src[i]
    j = i + 1
    out = []
    while src[j] != q:
        c = src[j]
        if c == "\\":
            e = src[j + 1]
            if q == "'":
                out.append(e if e in "'\\" else "\\" + e)
            else:
                assert e not in "xu01234567", src[j:j + 6]
                out.append(DQ_ESCAPES.get(e, "\\" + e))
            j += 2
        else:
            assert not (q == '"' and c == "$" and re.match(r"[A-Za-z_{]", src[j + 1])), \
                src[i:j + 20]
            out.append(c)
            j += 1
    return "".join(out), j + 1


def php_heredoc(src, i):
    """The heredoc or nowdoc starting at src[i] (`<<<NAME` … `NAME`): (value, end). The closing
    marker's indentation is removed from every line; no escape or variable is expected in it."""
    m = re.compile(r"<<<[ \t]*(['\"]?)([A-Za-z_]\w*)\1\n").match(src, i)
    assert m, src[i:i + 40]
    end = re.compile(r"^([ \t]*)" + m.group(2) + r"\b", re.M).search(src, m.end())
    body = src[m.end():end.start()]
    assert body.endswith("\n") and "\\" not in body and "$" not in body, body
    indent = end.group(1)
    lines = [ln[len(indent):] if ln.startswith(indent) else ln for ln in body[:-1].split("\n")]
    return "\n".join(lines), end.end()


def skip_space(src, i):
    """The index of the next token after white space and comments from src[i]."""
    while i < len(src):
        if src[i].isspace():
            i += 1
        elif src.startswith("//", i) or src[i] == "#":
            i = src.find("\n", i)
            i = len(src) if i < 0 else i
        elif src.startswith("/*", i):
            i = src.index("*/", i) + 2
        else:
            break
    return i


def php_value(src, i):
    """A dictionary value from src[i]: string literals and known constants joined with `.`.
    Returns (value, end)."""
    parts = []
    while True:
        i = skip_space(src, i)
        if src[i] in "'\"":
            s, i = php_string(src, i)
        elif src.startswith("<<<", i):
            s, i = php_heredoc(src, i)
        else:
            m = re.compile(r"[A-Z_][A-Z0-9_]*").match(src, i)
            assert m and m.group(0) in CONSTANTS, src[i:i + 40]
            s, i = CONSTANTS[m.group(0)], m.end()
        parts.append(s)
        i = skip_space(src, i)
        if src[i] != ".":
            return "".join(parts), i
        i += 1


def dict_entries(src):
    """(code, value) of every entry of the Dict::Add calls of one PHP dictionary file, in order."""
    out = []
    i = 0
    while True:
        i = skip_space(src, i)
        if i >= len(src):
            return out
        if src.startswith("Dict::Add(", i):
            i += len("Dict::Add(")
            for _ in range(3):
                i = skip_space(src, i)
                _, i = php_string(src, i)
                i = skip_space(src, i)
                assert src[i] == ",", src[i:i + 40]
                i += 1
            i = skip_space(src, i)
            if src.startswith("array(", i):
                i, close = i + len("array("), ")"
            else:
                assert src[i] == "[", src[i:i + 40]
                i, close = i + 1, "]"
            while True:
                i = skip_space(src, i)
                if src[i] == close:
                    i += 1
                    break
                code, i = php_string(src, i)
                i = skip_space(src, i)
                assert src.startswith("=>", i), src[i:i + 40]
                value, i = php_value(src, i + 2)
                out.append((code, value))
                i = skip_space(src, i)
                if src[i] == ",":
                    i += 1
            i = skip_space(src, i)
            assert src[i] == ")", src[i:i + 40]
            i += 1
        elif src[i] in "'\"":
            _, i = php_string(src, i)
        else:
            i += 1


def dict_files(code):
    """The dictionary files of one language under RAW, relative paths: the application's
    (dictionaries/) first, then the modules' (datamodels/), each in sorted order."""
    out = []
    for d, _, files in os.walk(RAW):
        for f in files:
            if f.startswith((f"{code}.dictionary.itop.", f"{code}.dict.")) and f.endswith(".php"):
                out.append(os.path.relpath(os.path.join(d, f), RAW))
    return sorted(out, key=lambda rel: (not rel.startswith("dictionaries/"), rel))


def filter_markers(s):
    """The string as iTop's compiler keeps it: `~~` and `~*` removed."""
    return s.replace("~~", "").replace("~*", "")


def load(code):
    """code -> (text, relative path of the file) of one language's dictionaries; the first value
    of an entry code wins."""
    out = {}
    for rel in dict_files(code):
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            src = f.read()
        for key, value in dict_entries(src):
            out.setdefault(key, (filter_markers(value), rel))
    return out


def itop_items():
    en = load("en")
    en_text = {k: v for k, (v, _) in en.items()}
    keys = keyword_keys(en_text, SELECT_RE)
    for code, lang in LANGS:
        cat = load(code)
        strings = {k: v for k, (v, _) in cat.items()}
        for key, text in new_texts(strings, keys, None if code == "en" else en_text):
            assert not re.search(r"\s", key), key
            path = cat[key][1]
            yield item(f"itop-{code}-{key}", lang, text, "itop_app",
                       f"github.com/Combodo/iTop@{ITOP_COMMIT[:12]}:{path} ({key}; "
                       f"copied to scripts/real_corpus/raw/itop/)",
                       f"Combodo/iTop:{key}", "keyword_rule_app_strings")


def items():
    yield from itop_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
