#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninety-fourth batch of tests/data/real/: the messages of
GnuPG (gpg/gnupg, GPL-3.0) about passphrases, PINs, private keys, passwords, backups and
log-in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates390.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates390.py assemble     # write the jsonl files

Source: github.com/gpg/gnupg (the GitHub mirror of dev.gnupg.org's gnupg.git) at GNUPG_COMMIT
(2025-10-17), the gettext catalogues po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po
(zh-Hant), copied verbatim to scripts/real_corpus/raw/gnupg/ with the licence (COPYING, GNU GPL
version 3) (see SOURCE.md there). The repository holds no .pot file (it is generated at build
time); the English texts are the msgids, read from es.po (the three catalogues hold the same
set of message keys at this commit). Licence: GPL-3.0-or-later (COPYING at the same commit;
copyleft).

Selection (mechanical, decided before any text was read): every live entry whose msgid (the
English text) has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The brief allowed narrowing to passphrase/PIN/smartcard/private or secret
key/backup/revocation strings; the base rule alone gives 467 texts (near the ~450 aimed at), so
it is used unchanged; adding `secret key|smartcard|smart card|revoc` would give 746, so those
words were not added. The message key is the msgid (`<msgctxt>::<msgid>` with a context). For
en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key (msgstr[0] for a
plural entry); an empty or fuzzy entry, or a translation equal to the English text, is
skipped. Near-duplicates (digits and white space aside) collapse within the product and
language (the first in catalogue order is kept). Placeholders (`%s`, `%d`) and line breaks are
kept as written. Cut at 500 characters. The catalogues carry no `#:` source references, so
the origin names the catalogue only.

Split: the unit is the message key (`gpg/gnupg:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`gnupg-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates390.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates390.tsv")
RAW = os.path.join(HERE, "raw", "gnupg")
GNUPG_COMMIT = "89f6537840310c06cacfb1e82b1d9382af830afd"
# (file under RAW, path in the repository, catalogue code, lang); the English msgids from es.po
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def gnupg_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid" if code == "en" else "msgstr"
        yield item(f"gnupg-{code}-{sha(key)[:10]}", lang, text, "gnupg_app",
                   f"github.com/gpg/gnupg@{GNUPG_COMMIT[:12]}:{path} ({where}; the catalogue has no "
                   f"source references; "
                   f"copied to scripts/real_corpus/raw/gnupg/)",
                   f"gpg/gnupg:{key}", "keyword_rule_app_strings")


def items():
    yield from gnupg_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
