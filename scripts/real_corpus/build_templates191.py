#!/usr/bin/env python3
"""Rebuild the hundred-and-ninety-fifth batch of tests/data/real/: the in-app strings of Fearless
Wallet for Android (soramitsu/fearless-Android, Apache-2.0), the Polkadot/Kusama-ecosystem wallet,
about seed/recovery phrases, mnemonics, raw seeds, private keys, JSON/keystore backups, passwords,
PIN codes, backups, restoring, logging in and wallets, in English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates191.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates191.py assemble     # write the jsonl files

Source: github.com/soramitsu/fearless-Android at FEARLESS_COMMIT (2025-03-20, the stored head),
the Android string catalogues of the `common` module, `common/src/main/res/values/strings.xml`
(English) and `values-zh/strings.xml` (Simplified Chinese, zh-Hans), copied verbatim to
scripts/real_corpus/raw/fearless/values*/ (see SOURCE.md there). The product has no Spanish
(`values-es`) and no zh-Hant (`values-zh-rTW`) catalogue; its other languages (in, ja, pt, ru,
tr, vi) are outside the round's languages; the `app` module's catalogues hold only the app name
and are not read. Licence Apache-2.0 (LICENSE at the same commit, copied there).

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by json,
keystore, raw seed and wallet. The `<plurals>` are not read. The string is taken in every
language catalogue that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the language; the first
in catalogue order keeps the text. Inner markup is dropped and white space runs collapsed to one
space; Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped; format
placeholders (%s, %1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`soramitsu/fearless-Android:<name>`), all languages of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates191.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates191.tsv")
RAW = os.path.join(HERE, "raw", "fearless")
FEARLESS_COMMIT = "2c19919e93290fd1cb4c1d6bb5ec7619330b2c76"
LANGS = [("values", "en", "en"), ("values-zh", "zh-Hans", "zh_CN")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|json|keystore|raw seed|wallet", re.I)


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def fearless_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"fearless-{code}-{name}", lang, text, "fearless_wallet_android_app",
                       f"github.com/soramitsu/fearless-Android@{FEARLESS_COMMIT[:12]}:common/src/"
                       f"main/res/{folder}/strings.xml ({name}; copied to "
                       f"scripts/real_corpus/raw/fearless/)",
                       f"soramitsu/fearless-Android:{name}", "keyword_rule_app_strings")


def items():
    yield from fearless_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
