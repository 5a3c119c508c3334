#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-fourth batch of tests/data/real/: the user-interface
strings of Wasabi Wallet, the privacy-focused Bitcoin desktop wallet (WalletWasabi/WalletWasabi,
MIT), about wallets, recovery words, passwords, passphrases, backups, coinjoin and hardware
wallets, in English (the product's only resource catalogue).

Usage:
    python3 scripts/real_corpus/build_templates280.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates280.py assemble     # write the jsonl files

Source: github.com/WalletWasabi/WalletWasabi at WASABI_COMMIT (2025-01-16), licence MIT
(LICENSE.md at that commit), WalletWasabi/Lang/Resources.resx copied verbatim to
scripts/real_corpus/raw/wasabi/ (see SOURCE.md there). That commit is the head of the
repository's pull request #13538 ("Translation: Base + All ViewModels", not merged in the stored
snapshot): the only resource catalogue in the repository's history; master keeps its strings
hard-coded in the views. The catalogue is English only (no es or zh .resx anywhere), so the
batch is English only.

Reading the catalogue: every `<data name=...>` element of the .resx root, in file order; its
`<value>` text as the XML parser gives it (entities decoded). Placeholders `{0}` are kept as
written (they are the product's own).

Selection (mechanical, fixed before any text was read): every entry whose English text has at
least four words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or, as the
brief for this product added, EXTRA_RE (wallet, coinjoin, password, hardware wallet, recovery
words). Near-duplicates (digits and white space aside) collapse (the first entry in catalogue
order keeps the text). Cut at 500 characters. This gives 47 texts from 459 entries; none
collapsed, none cut.

Split: the unit is the resource name (`WalletWasabi/WalletWasabi:<name>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates280.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates280.tsv")
RAW = os.path.join(HERE, "raw", "wasabi")
WASABI_COMMIT = "574c8d877362478fb09452b8ef7920764ff5dc71"
RESX_PATH = "WalletWasabi/Lang/Resources.resx"
EXTRA_RE = re.compile(r"wallet|coinjoin|password|hardware wallet|recovery words", re.I)


class AnyRe:
    """A pattern that matches when SELECT_RE or EXTRA_RE does (for keyword_keys)."""

    @staticmethod
    def search(text):
        return SELECT_RE.search(text) or EXTRA_RE.search(text)


def load():
    """name -> value text of the .resx catalogue's <data> entries, in file order."""
    out = {}
    for e in ET.parse(os.path.join(RAW, "Resources.resx")).getroot().findall("data"):
        assert e.get("name") not in out, e.get("name")
        out[e.get("name")] = e.findtext("value") or ""
    return out


def wasabi_items():
    en = load()
    keys = keyword_keys(en, AnyRe)
    for key, text in new_texts(en, keys):
        assert not re.search(r"\s", key), key
        yield item(f"wasabi-en-{key}", "en", text, "wasabi_app",
                   f"github.com/WalletWasabi/WalletWasabi@{WASABI_COMMIT[:12]}:{RESX_PATH} "
                   f"({key}; copied to scripts/real_corpus/raw/wasabi/)",
                   f"WalletWasabi/WalletWasabi:{key}", "keyword_rule_app_strings")


def items():
    yield from wasabi_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
