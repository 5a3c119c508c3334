#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventy-first batch of tests/data/real/: the messages of the
Evince document viewer (GNOME/evince, GPL-2.0-or-later) about passwords (locked, encrypted
documents), log-in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates467.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates467.py assemble     # write the jsonl files

Source: github.com/GNOME/evince (the GitHub mirror of gitlab.gnome.org/GNOME/evince) at
EVINCE_COMMIT (2026-03-11, "Update Hungarian translation"), the gettext catalogues po/es.po (es),
po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to scripts/real_corpus/raw/evince/
with COPYING (see SOURCE.md there). The repository ships no .pot template: the English texts are
the msgids of zh_TW.po, the catalogue built from the newest template (POT-Creation-Date
2025-10-19; es.po's is 2024-08-03, zh_CN.po's 2025-09-04).
Licence: GPL-2.0-or-later (COPYING at the same commit is the GNU GPL version 2; README.md says
"licensed under the GPLv2" and the source files say "either version 2 of the License, or (at
your option) any later version"); copyleft.

Selection (mechanical, decided before any text was read): every live entry of zh_TW.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN and zh_TW
the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry); a key
missing from a catalogue, an empty or fuzzy entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%s`) and
accelerators (`_`) are kept as written (they are the product's own). Cut at 500 characters.
The rule was not narrowed.

Split: the unit is the message key (`GNOME/evince:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`evince-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates467.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates467.tsv")
RAW = os.path.join(HERE, "raw", "evince")
EVINCE_COMMIT = "869482688de5ba460b7d187907188cf4866f3183"
# (file under RAW, path in the repository, catalogue code, lang); no .pot: the English texts
# are zh_TW.po's msgids (the newest template).
CATALOGUES = [("zh_TW.po", "po/zh_TW.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]


def evince_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = "msgid" if code == "en" else "msgstr"
        yield item(f"evince-{code}-{sha(key)[:10]}", lang, text, "evince_app",
                   f"github.com/GNOME/evince@{EVINCE_COMMIT[:12]}:{path} ({where}; "
                   f"msgid at {ref}; copied to scripts/real_corpus/raw/evince/)",
                   f"GNOME/evince:{key}", "keyword_rule_app_strings")


def items():
    yield from evince_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
