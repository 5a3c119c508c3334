#!/usr/bin/env python3
"""Rebuild the ninety-fourth batch of tests/data/real/: the security strings of Aegis
Authenticator's Android app (vault, password, biometrics, backup, import/export, encryption,
codes/tokens, unlocking, security) in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates90.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates90.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch94.md): Aegis Authenticator
(beemdevelopment/Aegis, GPL-3.0) at AEGIS_COMMIT (tag v3.4.2); its string resources
app/src/main/res/{values,values-es-rES,values-zh-rCN,values-zh-rTW}/strings.xml are copied
verbatim in scripts/real_corpus/raw/aegis/ (strings_<folder>.xml), and the builder reads only
those copies. The app has no plain values-es folder; values-es-rES is its Spanish.

Mechanical rule: every <string> of the English file that is translatable, whose English text
(after Android unescaping, placeholders filled) has at least four words and matches KEYWORDS
(vault, password, biometric…, backup/back up, import…, export…, encrypt…/decrypt…, code(s),
token(s), unlock…/lock…, secur…, PIN). <plurals> and <string-array> are not taken. For each such
key, the English text and its es / zh-Hans / zh-Hant translations where the file carries the key;
a translation equal to the English text (untranslated) is skipped. Placeholders: %s / %1$s → Demo,
%d / %1$d → 3. Near-duplicates (digits and white space aside) collapse within a language. Cut at
500 characters (build_templates.item). Cap 450 texts, taken as whole keys in the English file's order: the
keys after the one that would pass 450 are not taken.

Split: the unit is the message key (`beemdevelopment/Aegis:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import hashed_split, main  # noqa: E402
from build_templates import item  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw", "aegis")
LABELS = os.path.join(HERE, "labels", "labels_templates90.tsv")
OUT_DIR = os.path.join(HERE, "..", "..", "tests", "data", "real")
AEGIS_COMMIT = "59d5c640d6a2d0d16f243dbdd735758eed65bc63"
LANGS = [("values", "en"), ("values-es-rES", "es"), ("values-zh-rCN", "zh-Hans"),
         ("values-zh-rTW", "zh-Hant")]
KEYWORDS = re.compile(r"\b(vault|passwords?|biometric\w*|backups?|back up|import\w*|export\w*|"
                      r"encrypt\w*|decrypt\w*|codes?|tokens?|unlock\w*|lock\w*|secur\w*|PIN)\b",
                      re.I)
CAP = 450


def text_of(el):
    """The string as Android shows it: inner markup dropped, escapes resolved, quotes removed."""
    t = "".join(el.itertext())
    t = t.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"').replace("\\@", "@")
    t = t.replace("\\?", "?")
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
    t = re.sub(r"%(\d+\$)?s", "Demo", t)
    t = re.sub(r"%(\d+\$)?d", "3", t)
    t = t.replace("%%", "%")
    return "\n".join(ln.strip() for ln in t.splitlines()).strip()


def strings(folder):
    root = ET.parse(os.path.join(RAW, f"strings_{folder}.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        if el.get("translatable") == "false":
            continue
        out[el.get("name")] = text_of(el)
    return out


def norm(t):
    return re.sub(r"[\d\s]+", "", t).lower()


def items():
    files = {lang: strings(folder) for folder, lang in LANGS}
    en = files["en"]
    keys = [k for k, t in en.items() if len(t.split()) >= 4 and KEYWORDS.search(t)]
    seen = {lang: set() for _, lang in LANGS}
    n = 0
    for key in keys:
        batch = []
        for folder, lang in LANGS:
            t = files[lang].get(key)
            if not t or (lang != "en" and t == en[key]):
                continue
            if norm(t) in seen[lang]:
                continue
            batch.append((folder, lang, t))
        if n + len(batch) > CAP:  # the cap takes whole keys, in file order
            return
        n += len(batch)
        for folder, lang, t in batch:
            seen[lang].add(norm(t))
            yield item(f"aegis-{lang}-{key}", lang, t, "aegis_ui",
                       f"github.com/beemdevelopment/Aegis@{AEGIS_COMMIT[:12]}:"
                       f"app/src/main/res/{folder}/strings.xml ({key})",
                       f"beemdevelopment/Aegis:{key}", "security_strings_4_words")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
