#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-seventh batch of tests/data/real/: Webmin's own strings
(webmin/webmin, BSD-3-Clause) about passwords, log-in, sessions, two-factor authentication,
forgotten passwords and users, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates373.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates373.py assemble     # write the jsonl files

Source: github.com/webmin/webmin at WEBMIN_COMMIT (2026-08-21), licence file LICENCE
(BSD 3-Clause). The human-written language files lang/en, lang/es, lang/zh (zh-Hans) and
lang/zh_TW (zh-Hant) of the global catalogue (log-in page, forgotten-password and
password-change pages, session messages) and of the modules acl (Webmin Users), passwd (Change
Passwords), useradmin (Users and Groups), webmin (Webmin Configuration) and change-user,
copied verbatim to scripts/real_corpus/raw/webmin/<core|module>/<code> (see SOURCE.md there).
The machine-translated `*.auto` files are not used.

A catalogue is read as Webmin's read_file reads it: one `key=value` per line, a line starting
with `#` skipped, split at the first `=`, a later line for the same key wins (the key keeps its
first position). Texts are kept as written ($1-style placeholders and inline HTML included).

Selection (mechanical, fixed before reading texts): every key of a catalogue's English file
whose text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor). To stay near ~450 texts, the usermin module is not taken and in the
webmin module (Webmin Configuration, mostly unrelated server settings) only keys named
`session_*` or `twofactor_*` are taken. The key's text is taken in every language file that
holds it; a translation equal to the English (ends' white space aside) is skipped;
near-duplicates (digits and white space aside, app_strings.norm) collapse within a language
across all catalogues. Cut at 500 characters.

Split: the unit is the catalogue and key (`webmin/webmin:<core|module>/<key>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates373.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates373.tsv")
RAW = os.path.join(HERE, "raw", "webmin")
WEBMIN_COMMIT = "d16d9ea205a2b4ca4f5bdcd895de0236e15c0fa9"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
# (folder here, path prefix in the repository, key-name filter or None)
CATALOGUES = [
    ("core", "lang", None),
    ("acl", "acl/lang", None),
    ("passwd", "passwd/lang", None),
    ("useradmin", "useradmin/lang", None),
    ("webmin", "webmin/lang", ("session_", "twofactor_")),
    ("change-user", "change-user/lang", None),
]


def read_lang(path):
    """key -> value of a Webmin language file, as web-lib-funcs.pl read_file reads it."""
    out = {}
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            line = line.replace("\r", "")
            eq = line.find("=")
            if line.startswith("#") or eq < 0:
                continue
            out[line[:eq]] = line[eq + 1:]
    return out


def webmin_items():
    seen = {code: set() for code, _ in LANGS}
    for folder, prefix, key_filter in CATALOGUES:
        en = read_lang(os.path.join(RAW, folder, "en"))
        keys = [k for k in keyword_keys(en, SELECT_RE)
                if key_filter is None or k.startswith(key_filter)]
        for code, lang in LANGS:
            strings = read_lang(os.path.join(RAW, folder, code))
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen[code]):
                yield item(f"webmin-{folder}-{code}-{key}", lang, text, "webmin_app",
                           f"github.com/webmin/webmin@{WEBMIN_COMMIT[:12]}:{prefix}/{code} "
                           f"({key}; copied to scripts/real_corpus/raw/webmin/{folder}/)",
                           f"webmin/webmin:{folder}/{key}", "keyword_rule_app_strings")


def items():
    yield from webmin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
