#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twentieth batch of tests/data/real/: the in-app messages of
Strongbox, the KeePass/Password Safe client for iOS and macOS, about master passwords, passcodes,
PINs, backups, restoring, logging in and one-time/2FA codes, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates216.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates216.py assemble     # write the jsonl files

Source: the app's code is github.com/strongbox-password-safe/Strongbox (AGPL-3.0), but its
snapshot holds no translation catalogue (its README: "Translation strings files are managed in
the separate Babel repository"). The catalogues are in github.com/strongbox-password-safe/babel
(MIT licence, LICENSE at the same commit) at BABEL_COMMIT (2025-02-27, the head of the stored
snapshot): StrongBox/Localizable.strings (the English source catalogue, crowdin.yml's source)
and StrongBox/{es,zh-Hans,zh-Hant}/Localizable.strings, copied verbatim to
scripts/real_corpus/raw/strongbox/{en,es,zh-Hans,zh-Hant}/ (see SOURCE.md there).

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE, the common keyword rule of
app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor). The brief's wider rule (also database, master, key file, YubiKey, biometric, Face ID,
Touch ID) matched 429 keys, 1,541 texts over the four languages, far over the cap of ~450; it was
narrowed, before any text was read, to the common rule (178 keys, 639 texts). The key's text is
taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. Comments are dropped; the .strings escapes (\\n, \\t, \\", \\') are decoded; a key
written twice takes its last value (as iOS reads it); format placeholders (%@, %d, %1$@) are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`strongbox-password-safe/Strongbox:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates216.tsv, assigned by an AI reader reading
each text; the scanner played no part.
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
LABELS = os.path.join(HERE, "labels", "labels_templates216.tsv")
RAW = os.path.join(HERE, "raw", "strongbox")
BABEL_COMMIT = "6adb173ef2e99af3201aabbcdf123e4abfb3e9b0"
# (folder under raw/strongbox/, path in the babel repository, lang, id code)
LANGS = [("en", "StrongBox/Localizable.strings", "en", "en"),
         ("es", "StrongBox/es/Localizable.strings", "es", "es"),
         ("zh-Hans", "StrongBox/zh-Hans/Localizable.strings", "zh-Hans", "zhs"),
         ("zh-Hant", "StrongBox/zh-Hant/Localizable.strings", "zh-Hant", "zht")]
STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def ios_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load_ios(folder):
    with open(os.path.join(RAW, folder, "Localizable.strings"), "rb") as f:
        data = f.read()
    text = (data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff")
            else data.decode("utf-8-sig"))
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    strings = {}
    for key, value in STRINGS_RE.findall(text):
        strings[ios_unescape(key)] = ios_unescape(value)  # the last of a repeated key wins
    return strings


def short_key(key):
    """An id-safe form of a key."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")[:60]
    if slug == key:
        return slug
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def strongbox_items():
    cat = {lang: load_ios(folder) for folder, _, lang, _ in LANGS}
    en = cat["en"]
    keys = keyword_keys(en, SELECT_RE)
    for folder, path, lang, short in LANGS:
        for key, text in new_texts(cat[lang], keys, en if lang != "en" else None):
            yield item(f"strongbox-{short}-{short_key(key)}", lang, text, "strongbox_app",
                       f"github.com/strongbox-password-safe/babel@{BABEL_COMMIT[:12]}:{path} "
                       f"({key}; copied to scripts/real_corpus/raw/strongbox/{folder}/)",
                       f"strongbox-password-safe/Strongbox:{key}", "keyword_rule_app_strings")


def items():
    yield from strongbox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
