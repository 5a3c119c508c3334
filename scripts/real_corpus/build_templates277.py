#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-first batch of tests/data/real/: the strings of Cockpit,
the Linux server web console (cockpit-project/cockpit, LGPL-2.1-or-later), about passwords,
credentials, authentication, keys, passphrases, sudo/administrative access, PINs, backups,
restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates277.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates277.py assemble     # write the jsonl files

Source: github.com/cockpit-project/cockpit at COCKPIT_COMMIT (2026-08-20, the stored head),
po/es.po, po/zh_CN.po and po/zh_TW.po (Fedora Weblate catalogues, POT-Creation-Date 2026-07-30),
copied verbatim with the licence text (LICENSES/LGPL-2.1.txt) to scripts/real_corpus/raw/cockpit/
(see SOURCE.md there). Licence: LGPL-2.1-or-later, a (weak) copyleft licence: the README's
"Licenses" list names it first and the web console's sources under pkg/, where the messages come
from, carry `SPDX-License-Identifier: LGPL-2.1-or-later` (a few files GPL-3.0-or-later or MIT).
The repository ships no .pot file (it is generated at build time): the English texts are the
catalogues' msgids.

Selection (mechanical, decided before any text was read): the English catalogue is the live msgids
of es.po; zh_CN.po and zh_TW.po hold the same 2,324 keys in the same order (the builder checks it).
Every msgid with at least four words (white-space separated) that matches, case-insensitively,
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or the batch's extra words `credential`, `authenticat`, `key`, `passphrase`,
`sudo`, `administrative access` (`key` as a bare substring, as the batch gave it: it also takes the
keyserver, key-slot, host-key and ssh-keygen strings). The message key is the msgid, with its
msgctxt in front (`<msgctxt>::<msgid>`) when it has one. A plural entry is its singular msgid and
its msgstr[0]. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key in
that catalogue is taken when it is non-empty and not fuzzy; a translation equal to the English
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language (the first in catalogue order is kept). Placeholders (`$0`, `$1`) and markup are kept as
the catalogues write them. Cut at 500 characters. The rule selects 121 of the 2,324 msgids (73 by
app_strings.SELECT_RE alone) and gives 460 texts (119 en, 117 es, 117 zh-Hans, 107 zh-Hant; two
English msgids collapse as near-duplicates of earlier ones, a spelling and a capitalisation
variant; 4 Spanish and 4 zh-Hans translations collapse likewise; zh_TW.po leaves 5 of the keys
empty and 9 fuzzy; no translation equals the English), about the round's ~450; it was not narrowed.
No text is longer than 500 characters.

Split: the unit is the message key (`cockpit-project/cockpit:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split): 76 keys dev, 45 held
out. Ids are `cockpit-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates277.tsv, assigned by an AI reader reading each text; the
scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates277.tsv")
RAW = os.path.join(HERE, "raw", "cockpit")
COCKPIT_COMMIT = "233b1c178dcb95ccef356832afd9d60023d601e9"
MIN_WORDS = 4
# (catalogue code, lang); "en" is the msgids of es.po themselves
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ENGLISH_FROM = "es"
SELECT_RE = re.compile(BASE_RE.pattern + r"|credential|authenticat|key|passphrase|sudo"
                       r"|administrative access", re.I)


def cockpit_items():
    cats = {code: po_catalogue(os.path.join(RAW, f"{code}.po")) for code, _ in LANGS[1:]}
    en = cats[ENGLISH_FROM]
    assert all(list(c) == list(en) for c in cats.values()), "catalogues differ in their keys"
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= MIN_WORDS and SELECT_RE.search(msgid)]
    english = {k: en[k][0] for k in keys}
    for code, lang in LANGS:
        if code == "en":
            strings, base = english, None
        else:
            strings, base = {k: v[1] for k, v in cats[code].items() if not v[2]}, english
        for key, text in new_texts(strings, keys, base):
            where = (f"msgid of po/{ENGLISH_FROM}.po" if code == "en" else f"po/{code}.po")
            yield item(f"cockpit-{code}-{sha(key)[:10]}", lang, text, "cockpit_app",
                       f"github.com/cockpit-project/cockpit@{COCKPIT_COMMIT[:12]}:{where} (msgid "
                       f"at {en[key][3]}; copied to scripts/real_corpus/raw/cockpit/)",
                       f"cockpit-project/cockpit:{key}", "keyword_rule_app_strings")


def items():
    yield from cockpit_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
