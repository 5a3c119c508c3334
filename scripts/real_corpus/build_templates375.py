#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-ninth batch of tests/data/real/: the web UI's and
command-line tools' messages of FreeIPA (freeipa/freeipa, GPL-3.0, a copyleft licence) about
passwords, log-in, OTP tokens, two-factor authentication, keys, backups and the like, in English,
Spanish and zh-Hans (the project has no zh_TW catalogue).

Usage:
    python3 scripts/real_corpus/build_templates375.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates375.py assemble     # write the jsonl files

Source: github.com/freeipa/freeipa at IPA_COMMIT (2026-08-20), the gettext template po/ipa.pot
(the English texts are its msgids; it holds the web UI's strings, which install/ui/src/freeipa/
reads as `@i18n:` keys from the messages of ipaserver/plugins/internal.py, and the server
plugins' and client tools' messages) and the catalogues po/es.po (es) and po/zh_CN.po (zh-Hans),
copied verbatim to scripts/real_corpus/raw/freeipa/ with the licence (COPYING) (see SOURCE.md
there). Licence: GPL-3.0 (COPYING at the same commit is the GNU General Public License
version 3).

Selection (mechanical, decided before any text was read): every live entry of ipa.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `OTP` (whole word) and
`token` (215 entries; without the extra words 162; with `Kerberos` as well 263, about 570 texts
over the three languages, so Kerberos was left out to stay near 450). The message key is the
msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the
text; for es and zh_CN the msgstr of the same key in that catalogue is taken (msgstr[0] for a
plural entry); an empty or fuzzy entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%(name)s`, `%s`)
are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`freeipa/freeipa:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`freeipa-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates375.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates375.tsv")
RAW = os.path.join(HERE, "raw", "freeipa")
IPA_COMMIT = "b16f3b80dc5969c303ea71fe5d5080977d2c50c4"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("ipa.pot", "po/ipa.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|\bOTP\b|token", re.I)


def freeipa_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"freeipa-{code}-{sha(key)[:10]}", lang, text, "freeipa_app",
                   f"github.com/freeipa/freeipa@{IPA_COMMIT[:12]}:{path} (msgid at "
                   f"{ref or 'no reference'}; copied to scripts/real_corpus/raw/freeipa/)",
                   f"freeipa/freeipa:{key}", "keyword_rule_app_strings")


def items():
    yield from freeipa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
