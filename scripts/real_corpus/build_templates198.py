#!/usr/bin/env python3
"""Rebuild the two-hundred-and-second batch of tests/data/real/: the authentication prompts,
action descriptions and command-line help of polkit (polkit-org/polkit, LGPL-2.0-or-later, a
copyleft licence) about authentication, authorization, privileges, the super user, passwords and
the like, in English and zh-Hans and zh-Hant (polkit has no Spanish catalogue).

Usage:
    python3 scripts/real_corpus/build_templates198.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates198.py assemble     # write the jsonl files

Source: github.com/polkit-org/polkit at POLKIT_COMMIT (2026-06-19), the gettext catalogues
po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/polkit/ with the licence (COPYING) (see SOURCE.md there). polkit keeps
no .pot and no es.po at that commit; the English texts are the catalogues' msgids (the two
catalogues hold the same 26 msgids, which the builder checks).
Licence: LGPL-2.0-or-later (COPYING at the same commit is the GNU Library General Public License
version 2; the sources say "version 2 of the License, or (at your option) any later version").

Selection (mechanical): every live entry of zh_CN.po whose msgid (the English text) has at least
four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) or `authenticat`, `authoriz`, `privilege`, `administrator`, `root`.
The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one.
For en the msgid is the text; for zh_CN and zh_TW the msgstr of the same key in that catalogue
is taken; an empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within the product and language
(the first in catalogue order is kept). Placeholders (`$(user.display)`) and the help text's
layout are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`polkit-org/polkit:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`polkit-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates198.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates198.tsv")
RAW = os.path.join(HERE, "raw", "polkit")
POLKIT_COMMIT = "db2f1e054b901e20c79620c5bb29ee9f43a997ea"
# (file under RAW, catalogue code, lang); en is the msgids of zh_CN.po
CATALOGUES = [("zh_CN.po", "en", "en"), ("zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|authoriz|privilege|administrator|root",
                       re.I)


def polkit_items():
    en = po_catalogue(os.path.join(RAW, "zh_CN.po"))
    assert list(en) == list(po_catalogue(os.path.join(RAW, "zh_TW.po"))), "the catalogues' msgids differ"
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
    english = {k: en[k][0] for k in keys}
    for fname, code, lang in CATALOGUES:
        if code == "en":
            strings, base = english, None
        else:
            cat = po_catalogue(os.path.join(RAW, fname))
            strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
        for key, text in new_texts(strings, keys, base):
            po = "po/zh_CN.po msgid" if code == "en" else f"po/{code}.po"
            yield item(f"polkit-{code}-{sha(key)[:10]}", lang, text, "polkit_app",
                       f"github.com/polkit-org/polkit@{POLKIT_COMMIT[:12]}:{po} (msgid at "
                       f"{en[key][3]}; copied to scripts/real_corpus/raw/polkit/)",
                       f"polkit-org/polkit:{key}", "keyword_rule_app_strings")


def items():
    yield from polkit_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
