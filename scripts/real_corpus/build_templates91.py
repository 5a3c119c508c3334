#!/usr/bin/env python3
"""Rebuild the ninety-fifth batch of tests/data/real/: the in-app strings of Unstoppable Wallet
(horizontalsystems/unstoppable-wallet-android, MIT) about recovery phrases, private keys,
passwords, passcodes, PINs, passphrases, backups, restoring, logging/signing in, verification and
one-time codes and 2FA, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates91.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates91.py assemble     # write the jsonl files

Source: github.com/horizontalsystems/unstoppable-wallet-android at UW_COMMIT (2026-06-30), the
app's string resources app/src/main/res/{values,values-es,values-zh}/strings.xml, copied verbatim
to scripts/real_corpus/raw/unstoppable/strings_<folder>.xml (see SOURCE.md there); the builder
reads only those copies. The app has values-zh (Simplified Chinese) and no zh-Hant catalogue.

Selection (mechanical): every translatable <string> of the English file whose text (after Android
unescaping) has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). <plurals> and <string-array> are not taken. The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the language, the first key in
file order keeping the text. Placeholders (%s, %1$s, %d…) are kept as written (they are the app's
own). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`horizontalsystems/unstoppable-wallet-android:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates91.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates91.tsv")
RAW = os.path.join(HERE, "raw", "unstoppable")
REPO = "horizontalsystems/unstoppable-wallet-android"
UW_COMMIT = "12dad622f2166c096188daf9020ead42a5a5b5f7"
LANGS = [("values", "en"), ("values-es", "es"), ("values-zh", "zh-Hans")]


def text_of(el):
    """The string as Android shows it: inner markup dropped, escapes resolved, outer quotes
    removed; placeholders kept."""
    t = "".join(el.itertext())
    t = t.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"').replace("\\@", "@")
    t = t.replace("\\?", "?")
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
    return "\n".join(ln.strip() for ln in t.splitlines()).strip()


def strings(folder):
    root = ET.parse(os.path.join(RAW, f"strings_{folder}.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        if el.get("translatable") == "false":
            continue
        out[el.get("name")] = text_of(el)
    return out


def uw_items():
    files = {lang: strings(folder) for folder, lang in LANGS}
    en = files["en"]
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        for key, text in new_texts(files[lang], keys, None if lang == "en" else en):
            yield item(f"unstoppable-{lang}-{key}", lang, text, "unstoppable_app",
                       f"github.com/{REPO}@{UW_COMMIT[:12]}:app/src/main/res/{folder}/strings.xml "
                       f"({key}; copied to scripts/real_corpus/raw/unstoppable/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from uw_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
