#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirtieth batch of tests/data/real/: the in-app strings of
Nunchuk for Android, the Bitcoin multisig wallet (nunchuk-io/nunchuk-android, GPL-3.0) about
seeds, recovery, keys and signers, passwords, PINs, passphrases, backups, inheritance, security
questions, log-in and verification codes. English only: the repository has no Spanish or Chinese
catalogue (only res/values/strings.xml in each module).

Usage:
    python3 scripts/real_corpus/build_templates226.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates226.py assemble     # write the jsonl files

Source: github.com/nunchuk-io/nunchuk-android at NUNCHUK_COMMIT (2026-07-16), the sixteen
<module>/src/main/res/values/strings.xml files, copied verbatim to
scripts/real_corpus/raw/nunchuk/<module>.xml (see SOURCE.md there).

Selection (mechanical): every translatable <string> or <plurals> entry of every module whose
English text (some text, for a plural) has at least four words (white-space separated) and
matches, case-insensitively, SELECT_RE: the standard keyword rule of app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) together with the
product words signer, recovery, PIN, passphrase, seed, backup, inheritance, security question.
The brief's product words also named `wallet` and `key`; with them the rule took 749 texts (far
more than ~450; in this wallet app nearly every string says wallet or key), so those two words
were dropped before any text was read. Modules are read in alphabetical order; within the
product, near-duplicates (digits and white space aside) collapse, so a key repeated in a later
module with the same text is taken once. Text: HTML inside CDATA dropped, white space runs
collapsed, one pair of enclosing quotes removed, backslash escapes resolved; placeholders (%s,
%1$s) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`nunchuk-io/nunchuk-android:<key>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates226.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import glob
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, android_plurals, new_plural_texts, \
    plurals_selected
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates226.tsv")
RAW = os.path.join(HERE, "raw", "nunchuk")
NUNCHUK_COMMIT = "e87688d4c1ae8ab35bac7e5e613c3fb7c057a4f1"
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|signer|recovery|\bpin\b|passphrase|seed|backup"
                       r"|inheritance|security question", re.I)


def modules():
    return sorted(os.path.basename(p)[:-len(".xml")]
                  for p in glob.glob(os.path.join(RAW, "*.xml")))


def nunchuk_items():
    seen = set()
    for module in modules():
        strings = android_plurals(os.path.join(RAW, f"{module}.xml"), html=True)
        short = module[len("nunchuk-"):]
        for key, texts in strings.items():
            if not plurals_selected(texts, SELECT_RE):
                continue
            for quantity, text in new_plural_texts(texts, texts, seen, english=True):
                suffix = f"-{quantity}" if quantity else ""
                yield item(f"nunchuk-en-{short}-{key}{suffix}", "en", text, "nunchuk_app",
                           f"github.com/nunchuk-io/nunchuk-android@{NUNCHUK_COMMIT[:12]}:"
                           f"{module}/src/main/res/values/strings.xml ({key}"
                           f"{', ' + quantity if quantity else ''}; copied to "
                           f"scripts/real_corpus/raw/nunchuk/{module}.xml)",
                           f"nunchuk-io/nunchuk-android:{key}", "keyword_rule_app_strings")


def items():
    yield from nunchuk_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
