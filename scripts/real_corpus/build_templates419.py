#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-third batch of tests/data/real/: the in-app strings of
Samourai Wallet for Android (Samourai-Wallet/samourai-wallet-android, the Unlicense, public
domain) about the wallet's mnemonic/seed words, BIP39 passphrase, PIN, private keys, backups,
restoring and recovery, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates419.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates419.py assemble     # write the jsonl files

Source: github.com/Samourai-Wallet/samourai-wallet-android at SAMOURAI_COMMIT (2020-06-17,
"v0.99.95 signed", the stored head of the GitHub mirror, reached with `fetch`), the catalogues
app/src/main/res/{values,values-es,values-zh-rCN}/strings.xml, copied verbatim with LICENSE to
scripts/real_corpus/raw/samourai_wallet/ (see SOURCE.md there). LICENSE at that commit is the
Unlicense ("released into the public domain"), not a copyleft licence. The product has no
zh-Hant catalogue (no values-zh-rTW / values-zh-rHK); its values-cn folder (not a valid
Android locale qualifier, an older copy of the Chinese catalogue) is not used.

Selection (mechanical, decided before any text was read): every translatable top-level
<string> of the English catalogue whose text has at least four words (white-space separated)
and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor); not narrowed (the rule gives well under ~450
texts). Texts as Android shows them (app_strings.android_strings with html=True: inner tags
dropped, white space runs collapsed, enclosing quotes removed, backslash escapes resolved);
placeholders (%1$s, %s) are kept as written. The key's text is taken in every catalogue that
holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the product and language. Cut at 500 characters.

Split: the unit is the string name (`Samourai-Wallet/samourai-wallet-android:<name>`), all
languages of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates419.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates419.tsv")
RAW = os.path.join(HERE, "raw", "samourai_wallet")
SAMOURAI_COMMIT = "c71f21a631bbc69db2bd411f2905c7f141d1523f"
RES = "app/src/main/res"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN")]


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def samourai_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"samourai-{code}-{name}", lang, text, "samourai_wallet_app",
                       f"github.com/Samourai-Wallet/samourai-wallet-android@{SAMOURAI_COMMIT[:12]}:"
                       f"{RES}/{folder}/strings.xml ({name}; copied to "
                       f"scripts/real_corpus/raw/samourai_wallet/)",
                       f"Samourai-Wallet/samourai-wallet-android:{name}", "keyword_rule_app_strings")


def items():
    yield from samourai_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
