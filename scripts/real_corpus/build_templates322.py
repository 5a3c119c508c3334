#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-sixth batch of tests/data/real/: the UI strings of
Dolibarr (ERP/CRM; Dolibarr/dolibarr, GPL-3.0-or-later) about passwords, logins, accounts,
OAuth tokens and the installer's database credentials, in English, Spanish, zh-Hans and zh-Hant (source `dolibarr_ui`). The product's mail
texts are already in the corpus as `dolibarr_email` (sixteenth batch, build_templates12.py); this
batch takes none of the entries those mails use.

Usage:
    python3 scripts/real_corpus/build_templates322.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates322.py assemble     # write the jsonl files

Source: github.com/Dolibarr/dolibarr,
htdocs/langs/{en_US,es_ES,zh_CN,zh_TW}/{users,oauth,install,ldap}.lang.
The repository is over the fetch limit, so the files were read through the file index (each at
the stored version it holds; the commits are in FILES and in each excerpt's header), and the
entries the selection takes copied verbatim, in file order, into
scripts/real_corpus/raw/dolibarr_ui/<lang>.<catalogue>.lang (see SOURCE.md there).

Selection (mechanical): the catalogues are narrowed by name to those about users and their
secrets, decided before reading their texts: first users.lang (users, logins, passwords) and
oauth.lang (tokens); as these gave only 73 texts, install.lang (the installer's database and
administrator logins) and ldap.lang (directory passwords) were added whole, with the same rule. The
other UI catalogues (admin.lang, main.lang, errors.lang and the rest, about 100 files, several over
100,000 characters and each to be read in pieces through the index) were not taken. Every key
of an en_US catalogue whose English text has at least four words (white-space separated) and
matches, case-insensitively, SELECT_RE (the standard keyword rule plus token, api key, two factor,
account). The key's text is taken in every language file that holds it; a translation equal to the
English text, digits and white space aside (app_strings.norm), is skipped, as is a zh_CN / zh_TW
text with no Han character (an untranslated English string). Near-duplicates (digits and white
space aside) collapse within a language. `%s` and the catalogue's HTML (<b>, <u>) are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`Dolibarr/dolibarr:<catalogue>.<key>`), all languages of a
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates322.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import keyword_keys, new_texts, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates322.tsv")
RAW = os.path.join(HERE, "raw", "dolibarr_ui")
LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
CATALOGUES = ["users", "oauth", "install", "ldap"]
# (lang code, catalogue) -> the stored version of htdocs/langs/<code>/<catalogue>.lang read.
FILES = {
    ("en_US", "users"): "7e78e6881a69c66a6977085909410d945b8847db",
    ("es_ES", "users"): "52ee3a70560005867cd899871bf0bb9e57a0b788",
    ("zh_CN", "users"): "db2e1e09e790c6a4cc36c63bb2d66ef508d451a4",
    ("zh_TW", "users"): "9504193ab7dd5e8d3ef2dc0d18abae888e7f5d0c",
    ("en_US", "oauth"): "be2220de974e5878576479ddc2d7121bdc75c61a",
    ("es_ES", "oauth"): "4a974a1c9d40143478b6174f461e0341475e478d",
    ("zh_CN", "oauth"): "9826e08a0470aa1bddd7387355cc82d7c27f8e9e",
    ("zh_TW", "oauth"): "33c781073b9d3b70cf1390a9b0528bffa5ab412b",
    ("en_US", "install"): "051f951d9970a1048e025f3fe5605171cbd597a1",
    ("es_ES", "install"): "52ee3a70560005867cd899871bf0bb9e57a0b788",
    ("zh_CN", "install"): "e44ab6a21a0cb968643fae039c3922f219269125",
    ("zh_TW", "install"): "52ee3a70560005867cd899871bf0bb9e57a0b788",
    ("en_US", "ldap"): "b0cc8d7b0da3bd1e77ff29a05ae6a1d395471240",
    ("es_ES", "ldap"): "7a8d0b698a6db61710841052ff040d8648d2b619",
    ("zh_CN", "ldap"): "0ec8c3c2962ad9cd037ca761b970c43c519f9cb5",
    ("zh_TW", "ldap"): "a430534768df2f75c870e4a4398f308bb5ac8058",
}
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|token|api key|two factor|account", re.I)
HAN = re.compile(r"[\u3400-\u9fff]")


def load(code, catalogue):
    """key -> value of one excerpt, as Dolibarr's .lang reader takes them (`\\n` a line break)."""
    strings = {}
    with open(os.path.join(RAW, f"{code}.{catalogue}.lang"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "=" not in line:
                continue
            key, value = line.rstrip("\n").split("=", 1)
            strings[key] = value.replace("\\n", "\n")
    return strings


def dolibarr_ui_items():
    seen = {lang: set() for _, lang in LANGS}
    for catalogue in CATALOGUES:
        en = load("en_US", catalogue)
        keys = keyword_keys(en, SELECT_RE)
        for code, lang in LANGS:
            strings = load(code, catalogue)
            if code != "en_US":
                strings = {k: v for k, v in strings.items()
                           if k in en and norm(v) != norm(en[k])
                           and (not code.startswith("zh") or HAN.search(v))}
            for key, text in new_texts(strings, keys, None, seen[lang]):
                yield item(f"dolui-{code}-{catalogue}-{key}", lang, text, "dolibarr_ui",
                           f"github.com/Dolibarr/dolibarr@{FILES[code, catalogue][:12]}:htdocs/langs/"
                           f"{code}/{catalogue}.lang ({key}; copied to scripts/real_corpus/raw/dolibarr_ui/)",
                           f"Dolibarr/dolibarr:{catalogue}.{key}", "keyword_rule_app_strings")


def items():
    yield from dolibarr_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
