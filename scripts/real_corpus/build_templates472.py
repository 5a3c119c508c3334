#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-sixth batch of tests/data/real/: the messages of the
Evolution mail, calendar and contacts client (GNOME/evolution, LGPL-2.0-or-later or LGPL-3.0,
a copyleft licence) about passwords, passphrases, PINs, log-in, sign-in, backup and restore
(mail-account passwords, S/MIME and PGP passphrases, backup/restore of the settings), in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates472.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates472.py assemble     # write the jsonl files

Source: github.com/GNOME/evolution could not be fetched (the snapshot is 601,815,040 bytes, over
the 524,288,000-byte limit; no fork is stored and the stored po/ files of the mirror are old,
mixed versions). The catalogues were therefore taken from the Debian package of the same upstream
release, evolution-common 3.46.4-2+deb12u1 (Debian 12 "bookworm", all; got with
`apt-get download evolution-common`; .deb SHA-256 DEB_SHA256), which ships the compiled gettext
catalogues of upstream Evolution 3.46.4 built from the release tarball's po/*.po:
usr/share/locale/{es,zh_CN,zh_TW}/LC_MESSAGES/evolution.mo, copied verbatim to
scripts/real_corpus/raw/evolution/ as es.mo, zh_CN.mo and zh_TW.mo, with the package's licence
file usr/share/doc/evolution-common/copyright (see SOURCE.md there).
Licence: "Evolution is licensed under the LGPLv2 or LGPLv3" (the copyright file: "either
version 2 of the License, or (at your option) version 3"), a copyleft licence.

A compiled catalogue holds no template, no fuzzy entry and no source reference; the English
texts are the msgids of zh_CN.mo (decided before any text was read), i.e. the English of every
entry the zh_CN translators translated; the reference given is the catalogue order (msgid order).

Selection (mechanical, decided before any text was read): every entry of zh_CN.mo whose msgid
(the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), applied as written (`sign ?in` also matches "signing", `log ?in`
"login"; "restore" also matches window/calendar restoring). The message key is the msgid, with
its msgctxt in front (`<msgctxt>::<msgid>`) when it has one; a plural entry is keyed by its
singular msgid and takes its first form (msgid, msgstr[0]). For en the msgid is the text; for
es, zh_CN and zh_TW the msgstr of the same key in that catalogue; a missing or empty entry, or a
translation equal to the English text, is skipped. Near-duplicates (digits and white space
aside) collapse within the language (the first in catalogue order is kept). Placeholders and
mnemonic underscores are kept as written. Cut at 500 characters.

Split: the unit is the message key (`GNOME/evolution:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`evo-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates472.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, mo_catalogue, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates472.tsv")
RAW = os.path.join(HERE, "raw", "evolution")
DEB = "evolution-common_3.46.4-2+deb12u1_all.deb"
DEB_SHA256 = "52e3a67ba3f2815fa864f600f5e3c2afd6ebc0b3487b50525df75006d4172b46"
# (file under RAW, path in the package, catalogue code, lang); the English texts are the msgids
# of zh_CN.mo.
CATALOGUES = [("zh_CN.mo", "usr/share/locale/zh_CN/LC_MESSAGES/evolution.mo", "en", "en"),
              ("es.mo", "usr/share/locale/es/LC_MESSAGES/evolution.mo", "es", "es"),
              ("zh_CN.mo", "usr/share/locale/zh_CN/LC_MESSAGES/evolution.mo", "zh_CN", "zh-Hans"),
              ("zh_TW.mo", "usr/share/locale/zh_TW/LC_MESSAGES/evolution.mo", "zh_TW", "zh-Hant")]


def evolution_items():
    for code, lang, path, key, text, idx in po_keyword_texts(RAW, CATALOGUES, SELECT_RE,
                                                             load=mo_catalogue):
        kind = "msgid" if code == "en" else "msgstr"
        yield item(f"evo-{code}-{sha(key)[:10]}", lang, text, "evolution_app",
                   f"Debian {DEB} (upstream GNOME/evolution 3.46.4):{path} ({kind}; zh_CN.mo "
                   f"entry {idx}; copied to scripts/real_corpus/raw/evolution/)",
                   f"GNOME/evolution:{key}", "keyword_rule_app_strings")


def items():
    yield from evolution_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
