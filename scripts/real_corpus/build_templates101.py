#!/usr/bin/env python3
"""Rebuild the hundred-and-fifth batch of tests/data/real/: the in-app messages of the Bither
Bitcoin wallet (bither/bither-android and bither/bither-ios, both Apache-2.0) about seed/recovery
phrases, private keys, passwords, PINs, passphrases, backups, restoring, logging in and one-time
codes, in English, zh-Hans and zh-Hant (Bither has no Spanish catalogue).

Usage:
    python3 scripts/real_corpus/build_templates101.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates101.py assemble     # write the jsonl files

Sources, copied verbatim to scripts/real_corpus/raw/bither/ (see SOURCE.md there):
  * github.com/bither/bither-android at ANDROID_COMMIT (2024-11-21),
    bither-android/res/values{,-zh,-zh-rTW}/strings.xml (en, zh-Hans, zh-Hant);
  * github.com/bither/bither-ios at IOS_COMMIT (2024-11-20),
    bither-ios/{en,zh-Hans,zh-Hant}.lproj/Localizable.strings.

Selection (mechanical): every string key whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). Android first, in catalogue order, then iOS. The
key's text is taken in every language catalogue that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits, white space, punctuation and format
placeholders aside, so "Private key of %s" and "Private key of %@" are one text) collapse within
the product and language, over both repositories (the first text kept: Android's when the two
apps share a message). Android escapes (\\n, \\', \\", \\uXXXX) and iOS escapes (\\n, \\", \\') are
decoded; a key written twice in a .strings file takes its last value (as iOS reads it); format
placeholders (%s, %@, %1$d) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`bither/bither-android:<key>` or `bither/bither-ios:<key>`),
all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates101.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates101.tsv")
RAW = os.path.join(HERE, "raw", "bither")
ANDROID_COMMIT = "2679776501c311b6620f63a3835d642df91af93d"
IOS_COMMIT = "4a5dcae7b8f810a0b84efc9bac0116484b946c38"
# (android folder, ios folder, lang, id prefix)
LANGS = [("values", "en.lproj", "en", "en"), ("values-zh", "zh-Hans.lproj", "zh-Hans", "zhs"),
         ("values-zh-rTW", "zh-Hant.lproj", "zh-Hant", "zht")]
STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def android_text(el):
    raw = "".join(el.itertext())
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        raw = raw[1:-1]
    else:
        raw = re.sub(r"\s+", " ", raw)
    out, i = [], 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            n = raw[i + 1]
            if n == "u":
                out.append(chr(int(raw[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({"n": "\n", "t": "\t"}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def load_android(folder):
    root = ET.parse(os.path.join(RAW, "android", folder, "strings.xml")).getroot()
    return {el.get("name"): android_text(el) for el in root if el.tag == "string"}


def ios_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load_ios(folder):
    with open(os.path.join(RAW, "ios", folder, "Localizable.strings"), "rb") as f:
        data = f.read()
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    strings = {}
    for key, value in STRINGS_RE.findall(text):
        strings[ios_unescape(key)] = ios_unescape(value)  # the last of a repeated key wins
    return strings


def norm(text):
    """The near-duplicate key: format placeholders (%s, %d, %lu, %@, %1$s), digits, white space
    and punctuation dropped, lower-cased (CJK characters are kept)."""
    text = re.sub(r"%(\d+\$)?(l?[a-z]|@)", "", text)
    return re.sub(r"[\W\d_]", "", text).lower()


def short_key(key):
    """An id-safe form of an iOS key (the key is an English sentence)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")[:40]
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def selected(en):
    return [k for k, v in en.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]


def bither_items():
    a_cat = {lang: load_android(af) for af, _, lang, _ in LANGS}
    i_cat = {lang: load_ios(iff) for _, iff, lang, _ in LANGS}
    a_keys, i_keys = selected(a_cat["en"]), selected(i_cat["en"])
    for af, iff, lang, short in LANGS:
        seen = set()
        for platform, cat, keys in (("android", a_cat, a_keys), ("ios", i_cat, i_keys)):
            en, strings = cat["en"], cat[lang]
            english = en if lang != "en" else None
            for key, text in new_texts(strings, keys, english, seen, dup_key=norm):
                if platform == "android":
                    yield item(f"bither-a-{short}-{key}", lang, text, "bither_android",
                               f"github.com/bither/bither-android@{ANDROID_COMMIT[:12]}:"
                               f"bither-android/res/{af}/strings.xml ({key}; copied to "
                               f"scripts/real_corpus/raw/bither/android/)",
                               f"bither/bither-android:{key}", "keyword_rule_app_strings")
                else:
                    yield item(f"bither-i-{short}-{short_key(key)}", lang, text, "bither_ios",
                               f"github.com/bither/bither-ios@{IOS_COMMIT[:12]}:bither-ios/{iff}/"
                               f"Localizable.strings ({key!r}; copied to "
                               f"scripts/real_corpus/raw/bither/ios/)",
                               f"bither/bither-ios:{key}", "keyword_rule_app_strings")


def items():
    yield from bither_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
