#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-sixth batch of tests/data/real/: the messages of the
TigerVNC viewer (TigerVNC/tigervnc, GPL-2.0-or-later) about passwords, log-in and the like, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates462.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates462.py assemble     # write the jsonl files

Source: github.com/TigerVNC/tigervnc at TIGERVNC_COMMIT (2026-08-21, "Don't try PulseAudio for
Apple builds"), the gettext template po/tigervnc.pot (the English texts are its msgids; it holds
the vncviewer client's strings) and the catalogues po/es.po (es), po/zh_CN.po (zh-Hans) and
po/zh_TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/tigervnc/ with LICENCE.TXT
(see SOURCE.md there). Licence: GPL-2.0-or-later (LICENCE.TXT at the same commit, copyleft).

Selection (mechanical, decided before any text was read): every live entry of tigervnc.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and zh_TW
the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an empty
or fuzzy entry, an entry missing from the catalogue, or a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%s`) and
accelerators are kept as written (they are the product's own). Cut at 500 characters. The rule
takes only 3 keys (TigerVNC's password prompts are one- or two-word labels); it was not widened.

Split: the unit is the message key (`TigerVNC/tigervnc:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`tigervnc-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates462.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates462.tsv")
RAW = os.path.join(HERE, "raw", "tigervnc")
TIGERVNC_COMMIT = "ff59f40894270c622d6b927e74a658bfe1d8e4fd"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("tigervnc.pot", "po/tigervnc.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def tigervnc_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"tigervnc-{code}-{sha(key)[:10]}", lang, text, "tigervnc_app",
                   f"github.com/TigerVNC/tigervnc@{TIGERVNC_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/tigervnc/)",
                   f"TigerVNC/tigervnc:{key}", "keyword_rule_app_strings")


def items():
    yield from tigervnc_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
