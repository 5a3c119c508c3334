#!/usr/bin/env python3
"""Rebuild the hundred-and-fiftieth batch of tests/data/real/: the in-app strings of Monerujo,
the Monero wallet for Android (m2049r/xmrwallet, Apache-2.0), about seeds, wallet keys,
passwords, PINs, passphrases, backups, restoring, accounts, confirmations and secrets, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates146.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates146.py assemble     # write the jsonl files

Source: github.com/m2049r/xmrwallet at XMRWALLET_COMMIT (2025-06-17, the stored head), the
Android string catalogues `app/src/main/res/values/strings.xml` (English), `values-es/strings.xml`
(Spanish), `values-zh-rCN/strings.xml` (zh-Hans) and `values-zh-rTW/strings.xml` (zh-Hant),
copied verbatim to scripts/real_corpus/raw/monerujo/values*/ (see SOURCE.md there). Licence
Apache-2.0 (LICENSE at the same commit, copied there).

Selection (mechanical, fixed before any text was read): every translatable top-level `<string>`
of the English catalogue whose text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by account,
verif, confirm, secret, wallet key and spend key. Monerujo has no `<plurals>`; its two
`<string-array>`s (lists of names) are not read. The string is taken in every language catalogue
that holds it; a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the language; the first in catalogue order keeps
the text. HTML inside the text (CDATA) is dropped and white space runs collapsed to one space;
Android escapes (\\', \\", \\n) are undone and enclosing quotes dropped; format placeholders
(%1$s, %d) are kept as the app writes them. Cut at 500 characters.

Split: the unit is the string name (`m2049r/xmrwallet:<name>`), all languages of one name on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates146.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates146.tsv")
RAW = os.path.join(HERE, "raw", "monerujo")
XMRWALLET_COMMIT = "41a7b7ba6123920ba88145c1fc1ec3a6974b991a"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"),
         ("values-zh-rCN", "zh-Hans", "zh_CN"), ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|verif|confirm|secret|wallet key|spend key",
                       re.I)


def load(folder):
    """name -> text of a catalogue's translatable top-level <string>s, in catalogue order."""
    return android_strings(os.path.join(RAW, folder, "strings.xml"), html=True)


def monerujo_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang, code in LANGS:
        strings = load(folder)
        for name, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"monerujo-{code}-{name}", lang, text, "monerujo_android_app",
                       f"github.com/m2049r/xmrwallet@{XMRWALLET_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({name}; copied to "
                       f"scripts/real_corpus/raw/monerujo/)",
                       f"m2049r/xmrwallet:{name}", "keyword_rule_app_strings")


def items():
    yield from monerujo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
