#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-ninth batch of tests/data/real/: the user-interface
message strings of WinSCP, the Windows SFTP/FTP/S3 client (winscp/winscp, GPL-3.0), about
passwords, master passwords, passphrases, keys (host keys, private keys), credentials, accounts,
PINs, logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates295.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates295.py assemble     # write the jsonl files

Source: github.com/winscp/winscp at WINSCP_COMMIT (2026-08-21), licence GPL-3.0 (license.txt at
that commit, part A). English: the string tables (STRINGTABLE) of source/resource/
TextsCore1.rc, TextsCore2.rc, TextsWin1.rc, TextsFileZilla.rc and Propagation.rc; translations:
the sections of the same names in translations/ES.ini (Spanish), CHS.ini (Simplified Chinese)
and CH.ini (Traditional Chinese). All copied verbatim to scripts/real_corpus/raw/winscp/ (see
SOURCE.md there). Dialog-form captions (the .dfm sections of the .ini files) are not read.

Parsing: an .rc entry is `IDENT, "…"` followed by one or more adjacent C string literals
(concatenated; `//` comments between them skipped); an .ini entry is `IDENT="…"` on one line of
a `[<file>.rc]` section (`;` lines are comments). In both, the escapes \\n, \\t, \\r, \\" and
\\\\ are resolved. Texts are kept as the app writes them otherwise (printf placeholders `%s`,
`&` accelerator marks and `|` separators kept).

Selection (mechanical, decided before reading texts): every English entry of at least four
words (white-space separated) matching, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or EXTRA_RE
(master password, key, passphrase, host key, credential, account; `key` as a plain substring,
so it also hits keyboard, keys, keyfile…). The key's text is taken in every language that
holds it; a translation equal to the English text is skipped. Near-duplicates (digits and white
space aside) collapse within a language. Cut at 500 characters.

Split: the unit is the string identifier (`winscp/winscp:<IDENT>`; identifiers are unique over
the five tables), all languages of one identifier on one side; held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates295.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates295.tsv")
RAW = os.path.join(HERE, "raw", "winscp")
WINSCP_COMMIT = "7221bf08e34041b914d5a1cb8409101e1630f870"
RC_FILES = ["TextsCore1.rc", "TextsCore2.rc", "TextsWin1.rc", "TextsFileZilla.rc",
            "Propagation.rc"]
LANGS = [("en", "en"), ("ES", "es"), ("CHS", "zh-Hans"), ("CH", "zh-Hant")]
EXTRA_RE = re.compile(r"master password|key|passphrase|host key|credential|account", re.I)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
LIT = r'"((?:[^"\\\r\n]|\\.)*)"'


class AnyRe:
    """SELECT_RE or EXTRA_RE (the `search` that keyword_keys calls)."""

    @staticmethod
    def search(text):
        return SELECT_RE.search(text) or EXTRA_RE.search(text)


def unescape(s):
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), s)


def read(name):
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        return f.read()


def rc_strings(name):
    """IDENT -> text of the STRINGTABLE entries of the .rc file `name`, in file order."""
    body = read(name)
    body = body[body.index("BEGIN", body.index("STRINGTABLE")) + len("BEGIN"):]
    body = re.sub(r"^\s*//[^\n]*$", "", body, flags=re.M)
    out = {}
    for m in re.finditer(r"\b([A-Z][A-Z0-9_]*)\s*,\s*((?:" + LIT + r"\s*)+)", body):
        out[m.group(1)] = "".join(unescape(s) for s in re.findall(LIT, m.group(2)))
    return out


def ini_strings(code):
    """IDENT -> text of the `[<file>.rc]` sections (RC_FILES) of translations/<code>.ini."""
    out, section = {}, None
    for line in read(f"{code}.ini").splitlines():
        if line.startswith("["):
            section = line.strip()[1:-1]
            continue
        if section not in RC_FILES or line.startswith(";"):
            continue
        m = re.match(r"([A-Z][A-Z0-9_]*)=" + LIT + r"\s*$", line)
        if m:
            out[m.group(1)] = unescape(m.group(2))
    return out


def table_of():
    """IDENT -> the .rc file it comes from."""
    return {k: name for name in RC_FILES for k in rc_strings(name)}


def load(code):
    if code == "en":
        out = {}
        for name in RC_FILES:
            for k, v in rc_strings(name).items():
                assert k not in out, k
                out[k] = v
        return out
    return ini_strings(code)


def winscp_items():
    tables = table_of()
    for code, lang, key, text in catalogue_texts(load, LANGS, AnyRe):
        path = (f"source/resource/{tables[key]}" if code == "en"
                else f"translations/{code}.ini [{tables[key]}]")
        yield item(f"winscp-{code}-{key}", lang, text, "winscp_app",
                   f"github.com/winscp/winscp@{WINSCP_COMMIT[:12]}:{path} ({key}; "
                   f"copied to scripts/real_corpus/raw/winscp/)",
                   f"winscp/winscp:{key}", "keyword_rule_app_strings")


def items():
    yield from winscp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
