#!/usr/bin/env python3
"""Rebuild the hundred-and-second batch of tests/data/real/: the in-app strings of two Android
authenticator apps, andOTP (andOTP/andOTP, MIT) and 2FAS Authenticator (twofas/2fas-android,
GPL-3.0), about seeds/recovery, passwords, passcodes, PINs, passphrases, backups, restoring,
logging/signing in, verification and one-time codes and two-factor authentication, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates98.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates98.py assemble     # write the jsonl files

Sources (copied verbatim, see SOURCE.md in each folder; the builder reads only the copies):
* andOTP: github.com/andOTP/andOTP at ANDOTP_COMMIT (2022-06-14, the repository's last commit,
  "Unmaintained"), app/src/main/res/{values,values-es,values-zh-rCN,values-zh-rTW}/
  strings_{about,auth,backup,intro,main,settings}.xml -> scripts/real_corpus/raw/andotp/<folder>/.
* 2FAS: github.com/twofas/2fas-android at TWOFAS_COMMIT (2026-03-12, release 5.5.3),
  core/locale/src/main/res/{values,values-es-rES,values-zh-rCN,values-zh-rTW}/strings.xml ->
  scripts/real_corpus/raw/2fas/strings_<folder>.xml. The app has no plain values-es folder;
  values-es-rES is its Spanish.

Selection (mechanical, fixed before any text was read): every translatable <string> of the
English files (<plurals> and <string-array> not taken) whose English text (after Android
unescaping) has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, two-factor,
and "2fa" as a word ("2FA"; narrowed from the round's bare `2fa`, which matched the product name
"2FAS" in most of 2FAS's strings). The key's text is taken in every language file that holds it;
a translation equal to the English text (untranslated) is skipped. Android rendering: inner
markup (<b>) dropped, escapes (\\n, \\', \\", \\@, \\?, \\uXXXX) resolved, enclosing quotes
removed; placeholders (%s, %1$s, %d, ...) are kept as written (they are the app's own).
Near-duplicates (digits and white space aside) collapse within a product and language (the first
key in file order keeps the text). Cut at 500 characters (build_templates.item).

Cap: the rule gives 744 texts (andOTP 64 keys / 256 texts, 2FAS 125 keys / 488 texts; 890 with
the bare `2fa`), far above the round's ~450, so CAP = 450 texts taken as whole keys (all languages
of a key together): andOTP's keys first, then 2FAS's, each in the English files' order; the key
that would pass 450 and every key after it are not taken (as in build_templates90.py).

Split: the unit is the message key (`andOTP/andOTP:<key>`, `twofas/2fas-android:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates98.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import android_first_strings, keyword_keys, new_texts
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates98.tsv")
RAW_ANDOTP = os.path.join(HERE, "raw", "andotp")
RAW_TWOFAS = os.path.join(HERE, "raw", "2fas")
ANDOTP_COMMIT = "6c54b8811f950375c774b2eefebcf1f9fa13d433"
TWOFAS_COMMIT = "6bbcc5c477fc8c8ffecb4a87dba92cbe4f86e8ed"
ANDOTP_LANGS = [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
                ("values-zh-rTW", "zh-Hant")]
ANDOTP_FILES = ["about", "auth", "backup", "intro", "main", "settings"]
TWOFAS_LANGS = [("values", "en"), ("values-es-rES", "es"), ("values-zh-rCN", "zh-Hans"),
                ("values-zh-rTW", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time"
                       r"|\b2fa\b|two-factor", re.I)
CAP = 450


def product_items(files, prefix, source, origin_of, unit_prefix, langs):
    en = files["en"]
    keys = keyword_keys(en, SELECT_RE)
    for code, lang in langs:
        strings = files[lang]
        for key, text in new_texts(strings, keys, en if lang != "en" else None):
            yield item(f"{prefix}-{lang}-{key}", lang, text, source, origin_of(code, key),
                       f"{unit_prefix}:{key}", "keyword_rule_app_strings")


def andotp_files():
    return {lang: android_first_strings([os.path.join(RAW_ANDOTP, folder, f"strings_{n}.xml")
                                         for n in ANDOTP_FILES])
            for folder, lang in ANDOTP_LANGS}


def twofas_files():
    return {lang: android_first_strings([os.path.join(RAW_TWOFAS, f"strings_{folder}.xml")])
            for folder, lang in TWOFAS_LANGS}


def andotp_items():
    files = andotp_files()
    file_of = {}
    for n in ANDOTP_FILES:
        for el in ET.parse(os.path.join(RAW_ANDOTP, "values", f"strings_{n}.xml")).getroot():
            file_of.setdefault(el.get("name"), n)

    def origin(folder, key):
        return (f"github.com/andOTP/andOTP@{ANDOTP_COMMIT[:12]}:app/src/main/res/{folder}/"
                f"strings_{file_of[key]}.xml ({key}; copied to scripts/real_corpus/raw/andotp/)")
    yield from product_items(files, "andotp", "andotp_app", origin, "andOTP/andOTP",
                             ANDOTP_LANGS)


def twofas_items():
    files = twofas_files()

    def origin(folder, key):
        return (f"github.com/twofas/2fas-android@{TWOFAS_COMMIT[:12]}:core/locale/src/main/res/"
                f"{folder}/strings.xml ({key}; copied to scripts/real_corpus/raw/2fas/)")
    yield from product_items(files, "2fas", "twofas_app", origin, "twofas/2fas-android",
                             TWOFAS_LANGS)


def items():
    """Both products' texts, capped at CAP texts taken as whole keys (all languages of a key),
    andOTP's keys first, then 2FAS's, each in the English files' order: the key that would pass
    CAP and every key after it are not taken."""
    texts = list(andotp_items()) + list(twofas_items())
    units = ([f"andOTP/andOTP:{k}" for k in keyword_keys(andotp_files()["en"], SELECT_RE)]
             + [f"twofas/2fas-android:{k}" for k in keyword_keys(twofas_files()["en"], SELECT_RE)])
    size = {}
    for it in texts:
        size[it["split_unit"]] = size.get(it["split_unit"], 0) + 1
    kept, n = set(), 0
    for unit in units:
        if n + size.get(unit, 0) > CAP:
            break
        kept.add(unit)
        n += size.get(unit, 0)
    for it in texts:
        if it["split_unit"] in kept:
            yield it


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
