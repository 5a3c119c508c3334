#!/usr/bin/env python3
"""Rebuild the four-hundred-and-second batch of tests/data/real/: the messages of cryptsetup (the
LUKS / dm-crypt disk-encryption tool, cryptsetup/cryptsetup on GitLab, GPL-2.0-or-later) about
passphrases, key slots, tokens, keyfiles, PINs and header backups, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates398.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates398.py assemble     # write the jsonl files

Source: github.com/mbroz/cryptsetup, the GitHub mirror kept by cryptsetup's maintainer of
gitlab.com/cryptsetup/cryptsetup (the github.com/cryptsetup/cryptsetup mirror could not be
fetched here), at CRYPTSETUP_COMMIT (2026-06-29, "Add Release notes for 2.8.7-rc1 from stable
branch"), reached with `fetch`: the gettext template po/cryptsetup.pot (English msgids,
cryptsetup 2.8.1) and the catalogues po/es.po (es) and po/zh_CN.po (zh-Hans), copied verbatim to
scripts/real_corpus/raw/cryptsetup/ with the licence files COPYING and README.licensing (see
SOURCE.md there). The repository has no zh_TW catalogue at that commit, so there is no zh-Hant.

Licence: GNU General Public License 2 or later (COPYING at the same commit, the default licence
of the project per README.licensing; copyleft). po/es.po says it is put in the public domain,
po/zh_CN.po that it is distributed under the package's licence.

Selection (mechanical, decided before any text was read): every live entry of po/cryptsetup.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `key ?slot`, `token`
and `key ?file` (the brief asks for the key slot, token and keyfile strings; header-backup
strings are already taken by `backup`). The base rule alone gives 205 texts; with `key ?slot`
395, with `token` 447, with `key ?file` 518; the brief names all three, so all are kept (about
15% above the ~450 guide), and `volume key` (573) and `header` (679) are not added. The message
key is the msgid (`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for
es and zh_CN the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural
entry); an empty or fuzzy entry, a key the catalogue lacks, or a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language (the first in catalogue order is kept). Placeholders (`%s`, `%d`,
`%u`) and trailing line breaks are kept as written (the item strips the ends). Cut at 500
characters.

Split: the unit is the message key (`cryptsetup/cryptsetup:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates398.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates398.tsv")
RAW = os.path.join(HERE, "raw", "cryptsetup")
CRYPTSETUP_COMMIT = "38f95b7001c7680d29093e2a73aa389467deb9a0"
# (file under RAW, path in the repository, catalogue code, lang); the .pot gives the English.
CATALOGUES = [("cryptsetup.pot", "po/cryptsetup.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|key ?slot|token|key ?file", re.I)


def cryptsetup_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"cryptsetup-{code}-{sha(key)[:10]}", lang, text, "cryptsetup_app",
                   f"github.com/mbroz/cryptsetup@{CRYPTSETUP_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/cryptsetup/)",
                   f"cryptsetup/cryptsetup:{key}", "keyword_rule_app_strings")


def items():
    yield from cryptsetup_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
