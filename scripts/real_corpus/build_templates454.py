#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-eighth batch of tests/data/real/: the messages of the
NeoMutt terminal mail client (neomutt/neomutt, GPL-2.0-or-later) about passwords, PGP/GPG and
S/MIME passphrases and keys, encryption, IMAP/POP/SMTP log-in and authentication, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates454.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates454.py assemble     # write the jsonl files

Source: github.com/neomutt/neomutt at NEOMUTT_COMMIT (2026-07-24), the gettext catalogues
po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/neomutt/ with the licence (LICENSE.md) (see SOURCE.md there). The
repository holds no .pot template; every catalogue was made from the same template
(POT-Creation-Date 2026-06-12 13:14+0100), so the English texts are the msgids of po/es.po.
Licence: GPL-2.0-or-later (LICENSE.md at the root, GPL v2 text; README.md: "GPL v2+"), copyleft.

Selection (mechanical, decided before any text was read): every live entry of po/es.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `authenticat`,
`credential`, `secret`, `token`/`tokens` (word start), `oauth`, `sasl` (whole word), `key`/`keys`
(whole word), `pgp`, `gpg`, `smime`/`s/mime`, `encrypt`, `decrypt`. The base rule alone takes
only 7 keys (13 texts), so the batch's words were added (the brief's PGP/GPG passphrases and
IMAP/SMTP log-in); with them and also `account` and `certificate` the rule took 586 texts, so
`account` and `certificate` were dropped (counts only, no text read): 477 texts. The message key
is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid
is the text; for es, zh_CN and zh_TW the msgstr of the same key in that catalogue is taken
(msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation equal to the English
text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language (the first in catalogue order is kept). Placeholders (`%s`, `%d`) and
key hints are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`neomutt/neomutt:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`neomutt-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates454.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates454.tsv")
RAW = os.path.join(HERE, "raw", "neomutt")
NEOMUTT_COMMIT = "ed494b09e3e31d4c06edec00c2074ff1353952b4"
# (file under RAW, path in the repository, catalogue code, lang); the English texts are the
# msgids of po/es.po (no .pot in the repository).
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|credential|secret|\btokens?|oauth"
                       r"|\bsasl\b|\bkeys?\b|pgp|gpg|s/?mime|encrypt|decrypt", re.I)


def neomutt_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = f"msgid of {path}" if code == "en" else path
        yield item(f"neomutt-{code}-{sha(key)[:10]}", lang, text, "neomutt_app",
                   f"github.com/neomutt/neomutt@{NEOMUTT_COMMIT[:12]}:{where} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/neomutt/)",
                   f"neomutt/neomutt:{key}", "keyword_rule_app_strings")


def items():
    yield from neomutt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
