#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-first batch of tests/data/real/: the messages of Evolution
Data Server (GNOME/evolution-data-server, LGPL-2.0-or-later), the back end of the Evolution mail,
calendar and contacts client, about passwords, passphrases, PINs, log-in, sign-in and recovery
(account password prompts, OAuth, Kerberos, S/MIME and PGP passphrases), in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates457.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates457.py assemble     # write the jsonl files

Source: github.com/GNOME/evolution-data-server at EDS_COMMIT (2026-08-20), the gettext catalogues
po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/evolution_data_server/ with the licence (COPYING) (see SOURCE.md there).
Licence: LGPL-2.0-or-later (COPYING at the root, same commit: GNU Library General Public License,
version 2; the sources say "version 2 of the License, or (at your option) any later version"),
a copyleft licence.

The repository holds no .pot template (it is generated at build time), so the English texts are
the msgids of po/zh_CN.po, the catalogue merged with the newest template (POT-Creation-Date
2025-04-24; es.po 2023-09-16, zh_TW.po 2023-02-20), decided before any text was read.

Selection (mechanical, decided before any text was read): every live entry of zh_CN.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor): 56 keys, 192 texts in all, so no narrowing was needed (the
rule is applied as written: `sign ?in` also matches "Signing", which takes 8 keys about S/MIME
and PGP signing). The
message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For
en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is
taken (msgstr[0] for a plural entry); a missing, empty or fuzzy entry, or a translation equal to
the English text (untranslated), is skipped. Near-duplicates (digits and white space aside)
collapse within the product and language (the first in catalogue order is kept). Placeholders
(`%s`, `%d`) and mnemonic underscores are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the message key (`GNOME/evolution-data-server:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`eds-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates457.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates457.tsv")
RAW = os.path.join(HERE, "raw", "evolution_data_server")
EDS_COMMIT = "ccb3cba2c0458ee08b1ea5f34b0521d3fde4d231"
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the
# msgids of zh_CN.po (no .pot in the repository; zh_CN.po carries the newest template).
CATALOGUES = [("zh_CN.po", "po/zh_CN.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def eds_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        kind = "msgid" if code == "en" else "msgstr"
        yield item(f"eds-{code}-{sha(key)[:10]}", lang, text, "evolution_data_server_app",
                   f"github.com/GNOME/evolution-data-server@{EDS_COMMIT[:12]}:{path} ({kind}; "
                   f"msgid at {ref}; copied to scripts/real_corpus/raw/evolution_data_server/)",
                   f"GNOME/evolution-data-server:{key}", "keyword_rule_app_strings")


def items():
    yield from eds_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
