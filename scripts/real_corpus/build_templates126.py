#!/usr/bin/env python3
"""Rebuild the hundred-and-thirtieth batch of tests/data/real/: the in-app messages of Damus, the
Nostr client for iOS (damus-io/damus, GPL-3.0), about private keys, passwords, recovery, backup,
restoring and logging in, in English, Spanish (es-ES, es-419), zh-Hans and zh-Hant (zh-TW, zh-HK).

Usage:
    python3 scripts/real_corpus/build_templates126.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates126.py assemble     # write the jsonl files

Source: github.com/damus-io/damus at DAMUS_COMMIT (2026-05-27), copied verbatim (UTF-16) to
scripts/real_corpus/raw/damus/ (see SOURCE.md there):
  * English: damus/en-US.xcloc/Source Contents/damus/en-US.lproj/Localizable.strings (the
    exported English catalogue of every Localizable key; the app's Localizable.xcstrings and
    Localizable.stringsdict hold no selected English text that this file lacks);
  * damus/{es-ES,es-419,zh-CN,zh-TW,zh-HK}.lproj/Localizable.strings.

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
catalogue that holds it, in the order of LANGS (es-ES before es-419, zh-TW before zh-HK); a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and white
space aside) collapse within the product and language (the first text kept, so es-419 and zh-HK
add only texts that differ from es-ES and zh-TW). .strings escapes (\\n, \\", \\\\, \\t) are decoded;
a key written twice takes its last value; format placeholders (%@, %1$@) are kept as written (they
are the app's own). Cut at 500 characters.

Split: the unit is the message key (`damus-io/damus:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates126.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates126.tsv")
RAW = os.path.join(HERE, "raw", "damus")
DAMUS_COMMIT = "9d287c7cc7f6835b5d7b57a7bea348cc385dee9a"
# (catalogue, lang, id prefix, path in the repository)
EN_PATH = "damus/en-US.xcloc/Source Contents/damus/en-US.lproj/Localizable.strings"
LANGS = [("en-US", "en", "en", EN_PATH),
         ("es-ES", "es", "es", "damus/es-ES.lproj/Localizable.strings"),
         ("es-419", "es", "es419", "damus/es-419.lproj/Localizable.strings"),
         ("zh-CN", "zh-Hans", "zhcn", "damus/zh-CN.lproj/Localizable.strings"),
         ("zh-TW", "zh-Hant", "zhtw", "damus/zh-TW.lproj/Localizable.strings"),
         ("zh-HK", "zh-Hant", "zhhk", "damus/zh-HK.lproj/Localizable.strings")]
STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
                  s, flags=re.S)


def load(code):
    with open(os.path.join(RAW, f"{code}.Localizable.strings"), "rb") as f:
        data = f.read()
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    text = re.sub(r"/\*.*?\*/", "", text.lstrip("\ufeff"), flags=re.S)
    strings = {}
    for key, value in STRINGS_RE.findall(text):
        strings[unescape(key)] = unescape(value)  # the last of a repeated key wins
    return strings


def short_key(key):
    """An id-safe form of a key (most keys are the English sentence itself)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")[:40]
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def damus_items():
    en = load("en-US")
    keys = keyword_keys(en, SELECT_RE)
    seen = {}
    for code, lang, short, path in LANGS:
        strings = load(code)
        done = seen.setdefault(lang, set())
        for key, text in new_texts(strings, keys, en if lang != "en" else None, done):
            yield item(f"damus-{short}-{short_key(key)}", lang, text, "damus_app",
                       f"github.com/damus-io/damus@{DAMUS_COMMIT[:12]}:{path} ({short_key(key)}; "
                       f"copied to scripts/real_corpus/raw/damus/)",
                       f"damus-io/damus:{key}", "keyword_rule_app_strings")


def items():
    yield from damus_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
