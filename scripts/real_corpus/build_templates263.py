#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-seventh batch of tests/data/real/: the in-app strings of
Cyberduck, the file-transfer client (iterate-ch/cyberduck, GPL-3.0: copyleft), about passwords,
passphrases, private keys, the Keychain, credentials, tokens, authentication, log-in and the
like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates263.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates263.py assemble     # write the jsonl files

Source: github.com/iterate-ch/cyberduck is over the fetch size limit, so the catalogues are read
from the faithful fork github.com/xbl3/cyberduck_iterate-ch (upstream's full history and
branches, same commit hashes) at its master head CYBERDUCK_COMMIT, an upstream commit of
2020-05-28 by David Kocher (version 7.4.1-SNAPSHOT in pom.xml). Every `*.strings` catalogue (35
tables) of i18n/src/main/resources/en.lproj, es.lproj, zh_CN.lproj and zh_TW.lproj is copied
verbatim to scripts/real_corpus/raw/cyberduck/<code>.lproj/ (see SOURCE.md there). Licence:
LICENSE.txt at that commit, GNU GPL version 3. Copyleft: raw/cyberduck/ is kept out of the
crate.

Reading a .strings file: the files are UTF-16 (little-endian, with a byte-order mark);
decoded, they are read as strings_file of build_templates240.py does (`"key" = "value";` pairs, comments skipped,
backslash escapes resolved, a repeated key keeps its last value). The catalogue key is
`<table>:<key>` (table = the file name without `.strings`), since one English key can sit in
several tables. Ids are `cyberduck-<lang>-<table>-<key_slug(key)>` (key_slug of
build_templates240.py: white space as `_`, a key over 60 characters cut and hashed).

Selection (mechanical): every key of the English catalogues whose English text (the value in
en.lproj) has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard secret-word rule (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus keychain, credentials, token and authenticat(e/ion). The
key's text is taken in every language catalogue that holds it; a translation equal to the
English text (ends' white space aside) is skipped. Near-duplicates (digits and white space aside,
case folded) collapse within the product and language. Placeholders (%@, {0}, %d) are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`iterate-ch/cyberduck:<table>:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates263.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts
from build_templates import item
from build_templates240 import TOKEN_RE, key_slug, unescape
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates263.tsv")
RAW = os.path.join(HERE, "raw", "cyberduck")
CYBERDUCK_COMMIT = "baa643b6ac15d80b15735f02b206151983ecbabd"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|keychain|credentials|token|authenticat", re.I)


def strings_utf16(path):
    """key -> value of a UTF-16 .strings file (last value of a repeated key), in first-seen
    order; the parse of build_templates240.strings_file."""
    with open(path, "rb") as f:
        data = f.read().decode("utf-16")
    toks, pos = [], 0
    while pos < len(data):
        m = TOKEN_RE.match(data, pos)
        if not m:
            raise ValueError(f"{path}: cannot read at {pos}: {data[pos:pos + 40]!r}")
        pos = m.end()
        if m.group(1) is not None:
            toks.append(("s", unescape(m.group(1))))
        elif m.group(2) is not None:
            toks.append(("s", m.group(2)))
        elif m.group(3) is not None:
            toks.append(("p", m.group(3)))
    out, i = {}, 0
    while i < len(toks):
        if toks[i][0] == "s" and toks[i + 1] == ("p", "=") and toks[i + 2][0] == "s" \
                and toks[i + 3] == ("p", ";"):
            out[toks[i][1]] = toks[i + 2][1]
            i += 4
        elif toks[i] == ("p", ";"):
            i += 1
        else:
            raise ValueError(f"{path}: unexpected tokens {toks[i:i + 4]!r}")
    return out


def tables():
    """The table names (files of en.lproj without `.strings`), sorted."""
    return sorted(f[:-len(".strings")] for f in os.listdir(os.path.join(RAW, "en.lproj"))
                  if f.endswith(".strings"))


def load(code):
    out = {}
    for table in tables():
        path = os.path.join(RAW, f"{code}.lproj", f"{table}.strings")
        if not os.path.exists(path):
            continue
        for key, value in strings_utf16(path).items():
            out[f"{table}:{key}"] = value
    return out


def cyberduck_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        table, k = key.split(":", 1)
        yield item(f"cyberduck-{lang}-{table}-{key_slug(k)}", lang, text, "cyberduck_app",
                   f"github.com/iterate-ch/cyberduck@{CYBERDUCK_COMMIT[:12]}:i18n/src/main/"
                   f"resources/{code}.lproj/{table}.strings ({k}; read in the fork "
                   f"xbl3/cyberduck_iterate-ch; copied to scripts/real_corpus/raw/cyberduck/)",
                   f"iterate-ch/cyberduck:{key}", "keyword_rule_app_strings")


def items():
    yield from cyberduck_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
