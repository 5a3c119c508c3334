#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-fifth batch of tests/data/real/: the in-app strings of
FileCodeBox, a self-hosted file-sharing service (vastsa/FileCodeBox, LGPL-3.0), about
passwords and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates361.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates361.py assemble     # write the jsonl files

Source: github.com/vastsa/FileCodeBox at FCB_COMMIT (2024-11-28, the last commit that changed
the catalogues of the bundled "2023" Vue front end, fcb-fronted/, before it was removed from the
repository on 2025-02-15; the licence file LICENSE at that commit is the LGPL-3.0),
fcb-fronted/src/locals/en.ts, es.ts, zh_cn.ts, zh_tw.ts, copied verbatim to
scripts/real_corpus/raw/filecodebox/ (see SOURCE.md there). The catalogues are TypeScript
modules `export default { key: 'text', group: { ... } }`; read_ts_catalogue parses that object
literal (single-quoted strings, no escapes in these files) into dotted keys.

Selection (mechanical): every key of en.ts whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken
in every language file that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the language. Cut at
500 characters.

Split: the unit is the message key (`vastsa/FileCodeBox:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates361.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts, flatten
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates361.tsv")
RAW = os.path.join(HERE, "raw", "filecodebox")
FCB_COMMIT = "651e9c5936f2d6bd3004c73094f0b0c2920dde56"
LANGS = [("en", "en"), ("es", "es"), ("zh_cn", "zh-Hans"), ("zh_tw", "zh-Hant")]

TOKEN_RE = re.compile(r"\s*(?:(export\s+default)|([{}:,;])|'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*))")


def parse_ts_object(src):
    """The nested dict of a TypeScript `export default { ... }` object literal whose keys are
    identifiers or single-quoted strings and whose values are single-quoted strings or objects."""
    tokens = []
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ValueError(f"cannot parse at {pos}: {src[pos:pos + 40]!r}")
        pos = m.end()
        if m.group(1):
            continue
        if m.group(2):
            tokens.append(("p", m.group(2)))
        elif m.group(3) is not None:
            tokens.append(("s", re.sub(r"\\(.)", r"\1", m.group(3))))
        else:
            tokens.append(("s", m.group(4)))
    tokens = [t for t in tokens if t != ("p", ";")]

    def obj(i):
        assert tokens[i] == ("p", "{"), tokens[i]
        i += 1
        out = {}
        while tokens[i] != ("p", "}"):
            kind, key = tokens[i]
            assert kind == "s" and tokens[i + 1] == ("p", ":"), tokens[i:i + 2]
            if tokens[i + 2] == ("p", "{"):
                value, i = obj(i + 2)
            else:
                assert tokens[i + 2][0] == "s", tokens[i + 2]
                value, i = tokens[i + 2][1], i + 3
            assert key not in out, key
            out[key] = value
            if tokens[i] == ("p", ","):
                i += 1
        return out, i + 1

    result, end = obj(0)
    assert end == len(tokens), tokens[end:]
    return result


def load(code):
    with open(os.path.join(RAW, f"{code}.ts"), encoding="utf-8") as f:
        return dict(flatten(parse_ts_object(f.read())))


def filecodebox_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"filecodebox-{code}-{key}", lang, text, "filecodebox_app",
                   f"github.com/vastsa/FileCodeBox@{FCB_COMMIT[:12]}:fcb-fronted/src/locals/"
                   f"{code}.ts ({key}; copied to scripts/real_corpus/raw/filecodebox/)",
                   f"vastsa/FileCodeBox:{key}", "keyword_rule_app_strings")


def items():
    yield from filecodebox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
