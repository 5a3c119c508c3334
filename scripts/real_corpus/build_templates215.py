#!/usr/bin/env python3
"""Rebuild the two-hundred-and-nineteenth batch of tests/data/real/: the in-app strings of
Android Password Store (android-password-store/Android-Password-Store, GPL-3.0), the pass(1)
client for Android, about passwords, PGP/GPG keys, SSH keys, OTP codes, decryption, biometric
unlock, passphrases, PINs, backups, restoring, logging in and two-factor authentication, in
English and zh-Hans (the app has no Spanish or zh-Hant catalogue at this commit).

Usage:
    python3 scripts/real_corpus/build_templates215.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates215.py assemble     # write the jsonl files

Source: github.com/android-password-store/Android-Password-Store at APS_COMMIT (2024-10-15, the
archived repository's head), the Android string catalogues `app/src/main/res/values/strings.xml`
(English) and `values-zh-rCN/strings.xml` (zh-Hans), copied verbatim to
scripts/real_corpus/raw/android_password_store/values{,-zh-rCN}/ (see SOURCE.md there). Licence
GPL-3.0 (LICENSE.txt at the same commit, copied there): copyleft.

Selection (mechanical, fixed before any text was read): every translatable `<string>` of the
English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or, for this product, gpg, pgp, key, keys, ssh, otp,
decrypt, biometric (the round's extra words); and every `<plurals>` of which one English quantity
item does (each quantity item is a text). The string is taken in every language catalogue that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the language; the first in catalogue order keeps
the text. White space runs are collapsed to one space as Android does; Android escapes (\\',
\\", \\n) are undone and enclosing quotes dropped; markup (`<b>`) is flattened to its text;
format placeholders (%1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`android-password-store/Android-Password-Store:<name>`), all
languages (and plural quantities) of one name on one side; held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates215.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, android_plurals, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates215.tsv")
RAW = os.path.join(HERE, "raw", "android_password_store")
APS_COMMIT = "a7916df20f49d95a8ca506f164ac04a518ee7471"
REPO = "android-password-store/Android-Password-Store"
LANGS = [("values", "en", "en"), ("values-zh-rCN", "zh-Hans", "zh_CN")]
APS_RE = re.compile(SELECT_RE.pattern + r"|gpg|pgp|key\b|keys\b|ssh|otp|decrypt|biometric", re.I)


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue, in catalogue order."""
    return android_plurals(os.path.join(RAW, folder, "strings.xml"), html=True)


def aps_items():
    en = load("values")
    for folder, lang, code in LANGS:
        strings = load(folder)
        seen = set()
        texts = new_plural_entries(strings, en, APS_RE, seen, english=code == "en")
        for name, quantity, text in texts:
            q = f"#{quantity}" if quantity else ""
            yield item(f"aps-{code}-{name}{q}", lang, text, "android_password_store_app",
                       f"github.com/{REPO}@{APS_COMMIT[:12]}:app/src/main/res/{folder}/"
                       f"strings.xml ({name}{q}; copied to "
                       f"scripts/real_corpus/raw/android_password_store/)",
                       f"{REPO}:{name}", "keyword_rule_app_strings")


def items():
    yield from aps_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
