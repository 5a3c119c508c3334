#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-first batch of tests/data/real/: the in-app messages of
the Remmina remote desktop client (FreeRDP/Remmina, the GitHub mirror of gitlab.com/Remmina/Remmina,
GPL-2.0-or-later) about passwords, credentials, authentication, keys, tokens, certificates,
gateways, PINs, passphrases, logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates267.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates267.py assemble     # write the jsonl files

Source: github.com/FreeRDP/Remmina at REMMINA_COMMIT (2026-02-08, "Translated using Weblate
(Turkish)", the stored head of the mirror), po/remmina.pot (the English msgids), po/es.po,
po/zh_CN.po and po/zh_TW.po, copied verbatim with the licence (LICENSE, the GPL-2.0 text, and
COPYING, the "version 2 or any later version" notice) to scripts/real_corpus/raw/remmina/ (see
SOURCE.md there). Licence: GPL-2.0-or-later (copyleft).

Selection (mechanical, decided before any text was read): every live entry of remmina.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `credential`,
`authenticat`, `key`, `token`, `certificate`, `gateway`. The message key is the msgid
(`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same msgid in that catalogue is taken (msgstr[0] for a plural entry); an
empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`%s`, `%d`) and markup are kept as written (they
are the product's own). Cut at 500 characters (3 texts of two held-out keys, the command-line
examples and the paste-as-keystrokes caution, are cut). The rule selects 97 of the 1,065 msgids
(40 by app_strings.SELECT_RE alone) and gives 375 texts, under the round's ~450; it was not
narrowed. es and zh_TW lack 6 of the keys (empty entries), zh_CN none; no translation equals the
English; one near-duplicate collapses (zh-Hans "Send clipboard as keystrokes", translated like
"Send clipboard content as keystrokes").

Split: the unit is the message key (`FreeRDP/Remmina:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`remmina-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates267.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates267.tsv")
RAW = os.path.join(HERE, "raw", "remmina")
REMMINA_COMMIT = "bb33690d870e9121379ad86e8dec019e06695c96"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang)
CATALOGUES = [("remmina.pot", f"{REMMINA_COMMIT[:12]}:po/remmina.pot", "en", "en"),
              ("es.po", f"{REMMINA_COMMIT[:12]}:po/es.po", "es", "es"),
              ("zh_CN.po", f"{REMMINA_COMMIT[:12]}:po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", f"{REMMINA_COMMIT[:12]}:po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|credential|authenticat|key|token|certificate"
                       r"|gateway", re.I)


def remmina_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"remmina-{code}-{sha(key)[:10]}", lang, text, "remmina_app",
                   f"github.com/FreeRDP/Remmina@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/remmina/)",
                   f"FreeRDP/Remmina:{key}", "keyword_rule_app_strings")


def items():
    yield from remmina_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
