#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-second batch of tests/data/real/: the in-app strings of
Nextcloud Mail, the mail app of Nextcloud (nextcloud/mail, AGPL-3.0), about passwords, private
keys, passphrases, log-in/sign-in and two-factor authentication, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates368.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates368.py assemble     # write the jsonl files

Source: github.com/nextcloud/mail at MAIL_COMMIT (2026-08-22), l10n/es.json, zh_CN.json,
zh_TW.json, zh_HK.json, copied verbatim to scripts/real_corpus/raw/nextcloud_mail/ (see
SOURCE.md there); AGPL-3.0 (COPYING at that commit; appinfo/info.xml says agpl).

A Nextcloud catalogue maps the English source string (the key) to its translation, so the
English texts are the keys. Selection (mechanical, fixed before any text was read): every key,
over the union of the four catalogues (in order of first appearance: es, zh_CN, zh_TW, zh_HK),
whose English text is a string translation of at least four words (white-space separated)
matching, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2fa, two-factor). Plural entries (array values) are not taken
(none matches). Each key is taken in English and in every catalogue that translates it: es (es),
zh_CN (zh-Hans), zh_TW and zh_HK (both zh-Hant); a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
batch and language (zh_TW before zh_HK, so a zh_HK text equal to the zh_TW one is skipped).
Placeholders are kept as written. Cut at 500 characters. The rule as in build_templates338.py
(Nextcloud's two-factor apps).

Split: the unit is the message key (`nextcloud/mail:<English key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates368.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os

from app_strings import SELECT_RE, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates368.tsv")
RAW = os.path.join(HERE, "raw", "nextcloud_mail")
MAIL_COMMIT = "e5734fe250eba06776802c80bb0e52f3cb625673"
LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))["translations"]


def short(key):
    """A short id part for an English key: its first words and a hash."""
    words = "-".join("".join(c for c in w if c.isalnum()) for w in key.split()[:5])
    return f"{words}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def mail_keys():
    """English key -> the first catalogue code (in LANGS order) that holds it, for the keys the
    keyword rule takes."""
    keys = {}
    for code, _ in LANGS:
        for k, v in load(code).items():
            if isinstance(v, str):
                keys.setdefault(k, code)
    return {k: c for k, c in keys.items() if len(k.split()) >= 4 and SELECT_RE.search(k)}


def mail_items():
    first = mail_keys()
    en = {k: k for k in first}
    seen = {}
    for code, lang in [("en", "en")] + LANGS:
        strings = en if code == "en" else load(code)
        base = None if code == "en" else en
        for key, text in new_texts(strings, list(en), base, seen.setdefault(lang, set())):
            where = f"l10n/{first[key]}.json, the key" if code == "en" else f"l10n/{code}.json"
            yield item(f"ncmail-{code}-{short(key)}", lang, text, "nextcloud_mail_app",
                       f"github.com/nextcloud/mail@{MAIL_COMMIT[:12]}:{where} ({key!r}; copied "
                       f"to scripts/real_corpus/raw/nextcloud_mail/)",
                       f"nextcloud/mail:{key}", "keyword_rule_app_strings")


def items():
    yield from mail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
