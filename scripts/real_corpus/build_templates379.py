#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-third batch of tests/data/real/: the in-app strings of the
Zimbra web client (Zimbra/zm-web-client, GPL-2.0) about passwords, two-factor authentication,
one-time and recovery codes, PINs, passcodes, backups, restoring, signing in and logging in, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates379.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates379.py assemble     # write the jsonl files

Source: github.com/Zimbra/zm-web-client at ZIMBRA_COMMIT (2024-09-25, the stored head, reached
with `fetch`), WebRoot/messages/ZmMsg.properties, ZmMsg_es.properties, ZmMsg_zh_CN.properties and
ZmMsg_zh_TW.properties, copied verbatim to scripts/real_corpus/raw/zimbra/ (see SOURCE.md there).
Licence: GPL-2.0 (the repository has no LICENSE file; each catalogue carries a GPL v2 licence
block in its header).

Selection (mechanical, fixed before any text was read): every key of ZmMsg.properties whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language (the first key in catalogue order keeps the text). Java
properties escapes and continuation lines are resolved and MessageFormat's doubled quote '' is
shown as one ' (build_templates166.load_properties); placeholders {0}, {1} and HTML markup are
kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`Zimbra/zm-web-client:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates379.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates379.tsv")
RAW = os.path.join(HERE, "raw", "zimbra")
ZIMBRA_COMMIT = "518cc8b4d25c0e5d2efc57e31d366400fa05d943"
# (file code, id code, language); English first.
LANGS = [("", "en", "en"), ("_es", "es", "es"), ("_zh_CN", "zh_CN", "zh-Hans"),
         ("_zh_TW", "zh_TW", "zh-Hant")]


def load(code):
    return load_properties(os.path.join(RAW, f"ZmMsg{code}.properties"))


def zimbra_items():
    en = load("")
    keys = keyword_keys(en, SELECT_RE)
    for code, idcode, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "" else en):
            yield item(f"zimbra-{idcode}-{key}", lang, text, "zimbra_web_client",
                       f"github.com/Zimbra/zm-web-client@{ZIMBRA_COMMIT[:12]}:WebRoot/messages/"
                       f"ZmMsg{code}.properties ({key}; copied to scripts/real_corpus/raw/zimbra/)",
                       f"Zimbra/zm-web-client:{key}", "keyword_rule_app_strings")


def items():
    yield from zimbra_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
