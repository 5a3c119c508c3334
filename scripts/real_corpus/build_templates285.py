#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eighty-ninth batch of tests/data/real/: the password, key,
credential, account, subscription, backup, restore, log-in and PIN messages of the Amnezia VPN
client (amnezia-vpn/amnezia-client, GPL-3.0), in English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates285.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates285.py assemble     # write the jsonl files

Source: github.com/amnezia-vpn/amnezia-client at AMNEZIA_COMMIT (2024-10-24, the newest stored
snapshot), the Qt Linguist catalogue client/translations/amneziavpn_zh_CN.ts (last changed
2024-09-15), copied verbatim to scripts/real_corpus/raw/amnezia/ (see SOURCE.md there). Licence
GPL-3.0 (LICENSE at the same commit), copyleft.

The product has no English, Spanish or zh_TW catalogue (its .ts files are ar_EG, fa_IR, hi_IN,
my_MM, ru_RU, uk_UA, ur_PK and zh_CN). English text = the <source> string of each <message> of
amneziavpn_zh_CN.ts (the app's source language is English), in file order; zh-Hans = the
<translation> of the same (context, source, comment) in the same file (the last numerus form for a
numerus message), skipped when missing, unfinished, vanished, obsolete, empty or equal to the
English text (untranslated).

Selection (mechanical, fixed before any text was read): every message whose English text, as
plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
app-string keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus credential, key, account, subscription. Near-duplicates (digits and white
space aside) collapse within a language. Placeholders %1, %2 are kept as written. Cut at 500
characters.

Split: the unit is the message (`amnezia-vpn/amnezia-client:<context>:<source>`, with
`#<comment>` appended when the message has a disambiguating comment), both languages of one
message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
amnezia-<en|zhs>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates285.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, qt_keyword_texts, qt_messages, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates285.tsv")
RAW = os.path.join(HERE, "raw", "amnezia")
AMNEZIA_COMMIT = "82d96a9691e4c623bacb6eca41b0f96e9944b4a6"  # dev, 2024-10-24
CATALOGUE = "amneziavpn_zh_CN.ts"
# (file code, id code, lang); English is the <source> side of amneziavpn_zh_CN.ts
LANGS = [("en", "en", "en"), ("zh_CN", "zhs", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|credential|key|account|subscription", re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of the one .ts file, in file order
    (the same file for English, read on its <source> side, and zh-Hans)."""
    return [((c, s, cm), t) for c, s, cm, t in qt_messages(os.path.join(RAW, CATALOGUE))]


def amnezia_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("amnezia-vpn/amnezia-client", key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"amnezia-{idcode}-{sha(unit)[:10]}", lang, text, "amnezia_app",
                   f"github.com/amnezia-vpn/amnezia-client@{AMNEZIA_COMMIT[:12]}:"
                   f"client/translations/{CATALOGUE} ({side}; {key[0]}; copied to "
                   f"scripts/real_corpus/raw/amnezia/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from amnezia_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
