#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-sixth batch of tests/data/real/: the in-app strings of the
Mifos mobile banking app (openMF/mifos-mobile, MPL-2.0) about passwords, passcodes, PINs,
log-in/sign-in, verification and one-time codes, and the bank's own verification, confirmation,
transfer, beneficiary and account-state messages, in English and Spanish.

Usage:
    python3 scripts/real_corpus/build_templates132.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates132.py assemble     # write the jsonl files

Source: github.com/openMF/mifos-mobile at MIFOS_COMMIT (2024-03-24, the stored head), the app's
string resources app/src/main/res/{values,values-es}/strings.xml, copied verbatim to
scripts/real_corpus/raw/mifos_mobile/strings_<folder>.xml (see SOURCE.md there); the builder reads
only those copies. The app has no zh-Hans or zh-Hant catalogue (its other 14 catalogues are
outside the round's languages).

Selection (mechanical, fixed before any text was read): every translatable <string> of the
English file whose text (as Android shows it: app_strings.android_shown_text) has at least four
words (white-space separated) and matches, case-insensitively, the standard keyword rule
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or the bank rule BANK_RE (verif, confirm, transfer, beneficiar, "account is",
"account has been", locked, block). <plurals> and <string-array> are not taken. The key's text is
taken in every language file that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language, the first key in file order keeping the text. Placeholders (%s, %1$s, %d…) are kept as
written (they are the app's own). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`openMF/mifos-mobile:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates132.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import SELECT_RE, android_shown_text, keyword_keys, new_texts  # noqa: E402
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates132.tsv")
RAW = os.path.join(HERE, "raw", "mifos_mobile")
REPO = "openMF/mifos-mobile"
MIFOS_COMMIT = "77c81191403fdad74fdc60f8e589be785f37453d"
LANGS = [("values", "en"), ("values-es", "es")]
BANK_RE = re.compile(r"verif|confirm|transfer|beneficiar|account (is|has been)|locked|block",
                     re.I)
MIFOS_RE = re.compile(f"{SELECT_RE.pattern}|{BANK_RE.pattern}", re.I)


def strings(folder):
    """name -> text of the translatable top-level <string>s of one copied catalogue."""
    root = ET.parse(os.path.join(RAW, f"strings_{folder}.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        if el.get("translatable") == "false":
            continue
        out[el.get("name")] = android_shown_text(el)
    return out


def mifos_items():
    files = {lang: strings(folder) for folder, lang in LANGS}
    en = files["en"]
    keys = keyword_keys(en, MIFOS_RE)
    for folder, lang in LANGS:
        for key, text in new_texts(files[lang], keys, None if lang == "en" else en):
            yield item(f"mifosmobile-{lang}-{key}", lang, text, "mifos_mobile_app",
                       f"github.com/{REPO}@{MIFOS_COMMIT[:12]}:app/src/main/res/{folder}/strings.xml "
                       f"({key}; copied to scripts/real_corpus/raw/mifos_mobile/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from mifos_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
