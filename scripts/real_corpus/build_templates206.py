#!/usr/bin/env python3
"""Rebuild the two-hundred-and-tenth batch of tests/data/real/: the in-app messages of
AlphaWallet for iOS (AlphaWallet/alpha-wallet-ios, MIT) about seed/recovery phrases, private keys,
keystores, wallets, passwords, passcodes, PINs, backups, restoring, logging in and one-time codes,
in English, Spanish and zh-Hans (the app has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates206.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates206.py assemble     # write the jsonl files

Source: github.com/AlphaWallet/alpha-wallet-ios at IOS_COMMIT (2024-07-10, the head of the
stored snapshot), AlphaWallet/Localization/{en,es,zh-Hans}.lproj/Localizable.strings, copied
verbatim to scripts/real_corpus/raw/alphawallet_ios/ (see SOURCE.md there).

Selection (mechanical): every key of the English catalogue whose text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the common keyword rule of
app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened for a wallet with keystore, wallet and phrase. The corpus already holds
AlphaWallet for Android (alphawallet_android_app): a key whose English text appears verbatim
(ends' white space aside) as a text of tests/data/real/{dev,heldout}_alphawallet_android_app.jsonl
is skipped in every language. The key's text is taken in every language catalogue that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the language. The .strings escapes (\\n, \\t, \\", \\') are
decoded; a key written twice takes its last value (as iOS reads it); format placeholders (%@,
%d, %1$@) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`AlphaWallet/alpha-wallet-ios:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates206.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import hashlib
import json
import os
import re

from app_strings import SELECT_RE as COMMON_RE, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates206.tsv")
RAW = os.path.join(HERE, "raw", "alphawallet_ios")
IOS_COMMIT = "e4e5cc89edc459b3d266cd7124ab09b7f096b80d"
LANGS = [("en.lproj", "en", "en"), ("es.lproj", "es", "es"), ("zh-Hans.lproj", "zh-Hans", "zhs")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|keystore|wallet|phrase|private key|seed", re.I)
ANDROID_FILES = [os.path.join(OUT_DIR, f"{split}_alphawallet_android_app.jsonl")
                 for split in ("dev", "heldout")]
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


def android_texts():
    """The texts already in the corpus from AlphaWallet for Android."""
    out = set()
    for path in ANDROID_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                out.add(json.loads(line)["text"].strip())
    return out


def short_key(key):
    """An id-safe form of a key (some keys are English sentences)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")[:40]
    if slug == key:
        return slug
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def selected(en):
    already = android_texts()
    return [k for k, v in en.items()
            if len(v.split()) >= 4 and SELECT_RE.search(v) and v.strip() not in already]


def alphawallet_ios_items():
    cat = {lang: load_ios(folder) for folder, lang, _ in LANGS}
    en = cat["en"]
    keys = selected(en)
    for folder, lang, short in LANGS:
        for key, text in new_texts(cat[lang], keys, en if lang != "en" else None):
            yield item(f"alphawallet-ios-{short}-{short_key(key)}", lang, text,
                       "alphawallet_ios_app",
                       f"github.com/AlphaWallet/alpha-wallet-ios@{IOS_COMMIT[:12]}:AlphaWallet/"
                       f"Localization/{folder}/Localizable.strings ({key}; copied to "
                       f"scripts/real_corpus/raw/alphawallet_ios/)",
                       f"AlphaWallet/alpha-wallet-ios:{key}", "keyword_rule_app_strings")


def items():
    yield from alphawallet_ios_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
