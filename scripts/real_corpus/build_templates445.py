#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-ninth batch of tests/data/real/: the web console's messages
of the Pandora FMS monitoring system (pandorafms/pandorafms, GPL-2.0) about passwords, log-in,
double authentication, codes, backups and the like, in English, Spanish and zh-Hans (the zh-Hant
catalogue holds no translation of a selected key).

Usage:
    python3 scripts/real_corpus/build_templates445.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates445.py assemble     # write the jsonl files

Source: github.com/pandorafms/pandorafms at PANDORA_COMMIT (2024-03-28), the gettext template
pandora_console/include/languages/index.pot (the English texts are its msgids) and the
catalogues es.po (es), zh_CN.po (zh-Hans) and zh_TW.po (zh-Hant) in the same folder, copied
verbatim to scripts/real_corpus/raw/pandorafms/ with the licence (pandora_console/COPYING) (see
SOURCE.md there). Licence: GPL-2.0 (pandora_console/COPYING at the same commit; the repository
has no licence file at its root).

Selection (mechanical, decided before any text was read): every live entry of index.pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `double auth`,
`authentication code`, `code` (a whole word). The message key is the msgid, with its msgctxt
in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); an
empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`%s`, HTML tags) are kept as written (they are
the product's own). Cut at 500 characters. No narrowing was needed (440 texts in all).

Split: the unit is the message key (`pandorafms/pandorafms:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`pandorafms-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates445.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates445.tsv")
RAW = os.path.join(HERE, "raw", "pandorafms")
PANDORA_COMMIT = "42cdcc1b31e5c3b000e8eea8273d21086d6c87e4"
TR = "pandora_console/include/languages"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("index.pot", f"{TR}/index.pot", "en", "en"),
              ("es.po", f"{TR}/es.po", "es", "es"),
              ("zh_CN.po", f"{TR}/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", f"{TR}/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|double auth|authentication code|\bcode\b", re.I)


def pandorafms_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"pandorafms-{code}-{sha(key)[:10]}", lang, text, "pandorafms_app",
                   f"github.com/pandorafms/pandorafms@{PANDORA_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/pandorafms/)",
                   f"pandorafms/pandorafms:{key}", "keyword_rule_app_strings")


def items():
    yield from pandorafms_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
