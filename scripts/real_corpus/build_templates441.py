#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-fifth batch of tests/data/real/: the web UI messages of
Icinga Web 2 (Icinga/icingaweb2; catalogues in Icinga/L10n, GPL-2.0, a copyleft licence) about
passwords, log-in, authentication backends, accounts and the like, in English and Spanish.

Usage:
    python3 scripts/real_corpus/build_templates441.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates441.py assemble     # write the jsonl files

Source: github.com/Icinga/L10n at L10N_COMMIT (2026-08-19), the core's gettext template
src/icingaweb2/messages.pot (the English texts are its msgids) and its Spanish catalogue
src/icingaweb2/es_AR/LC_MESSAGES/icinga.po (es), copied verbatim to
scripts/real_corpus/raw/icingaweb2/ with the licence (LICENSE) (see SOURCE.md there). Icinga
Web 2's own repository dropped its locales (commit c42653a9b "Drop core locales") in favour of
Icinga/L10n. Licence: GPL-2.0 (LICENSE at the same commit is the GNU General Public License
version 2). The core has no zh_CN or zh_TW catalogue, and no es_ES (Spanish is es_AR).

Selection (mechanical, decided before any text was read): every live entry of messages.pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the brief's extra words `authenticat` and
`account` (109 English entries; without the extra words 56). Only the core catalogue
(src/icingaweb2) is used, not the modules'. The message key is the msgid, with its msgctxt in
front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es_AR the
msgstr of the same key (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation
equal to the English text (untranslated), is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language (the first in catalogue order is kept).
Placeholders (`%s`, `%d`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`Icinga/icingaweb2:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`icingaweb2-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates441.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates441.tsv")
RAW = os.path.join(HERE, "raw", "icingaweb2")
L10N_COMMIT = "a95102ab72e71b6c89e550a18e967c8e1d10b0ae"
# (file under RAW, path in the repository, catalogue code, lang)
CATALOGUES = [("messages.pot", "src/icingaweb2/messages.pot", "en", "en"),
              ("es_AR.po", "src/icingaweb2/es_AR/LC_MESSAGES/icinga.po", "es_AR", "es")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|account", re.I)


def icingaweb2_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"icingaweb2-{code}-{sha(key)[:10]}", lang, text, "icingaweb2_app",
                   f"github.com/Icinga/L10n@{L10N_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/icingaweb2/)",
                   f"Icinga/icingaweb2:{key}", "keyword_rule_app_strings")


def items():
    yield from icingaweb2_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
