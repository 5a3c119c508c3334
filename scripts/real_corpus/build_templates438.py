#!/usr/bin/env python3
"""Rebuild the four-hundred-and-forty-second batch of tests/data/real/: the password, unlock,
authentication and account messages of MATE's screensaver (mate-desktop/mate-screensaver,
GPL-2.0-or-later, parts LGPL-2.0-or-later) and polkit authentication agent
(mate-desktop/mate-polkit, LGPL-2.0-or-later), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates438.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates438.py assemble     # write the jsonl files

Sources: github.com/mate-desktop/mate-screensaver at SCREENSAVER_COMMIT (2026-06-25) and
github.com/mate-desktop/mate-polkit at POLKIT_COMMIT (2026-05-06): each one's gettext template
(mate-screensaver.pot, mate-polkit.pot; the English texts are its msgids) and the catalogues
po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/mate_screensaver/ and raw/mate_polkit/ with the licence files (see
SOURCE.md there). Licence: mate-screensaver COPYING = GNU GPL version 2 (COPYING.LIB = GNU LGPL
2, for its library parts); mate-polkit COPYING = GNU LGPL version 2 (copyleft).

Selection (mechanical, decided before any text was read): every live entry of the .pot whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `unlock`,
`authenticat` and `account`. The catalogues being small (183 and 22 msgids), nothing was
narrowed. The message key is the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when
it has one. For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key
in that catalogue (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation
equal to the English text (untranslated), is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language (the first in catalogue order is kept).
Placeholders (`%s`) and inline markup are kept as written. Cut at 500 characters.

Split: the unit is the message key (`mate-desktop/<repo>:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`<product>-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates438.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates438.tsv")
SCREENSAVER_COMMIT = "60c1b431040a9fa5ef8c9265359a7a8527260094"
POLKIT_COMMIT = "9bc89696a38f93b5d6c6cf92539bd6526fb6df17"
SELECT_RE = re.compile(BASE_RE.pattern + r"|unlock|authenticat|account", re.I)
# (short id, repository, commit, raw folder, source, catalogues: (file under raw, upstream path,
# catalogue code, lang))
PRODUCTS = [
    ("matess", "mate-desktop/mate-screensaver", SCREENSAVER_COMMIT, "mate_screensaver",
     "mate_screensaver_app",
     [("mate-screensaver.pot", "mate-screensaver.pot", "en", "en"),
      ("es.po", "po/es.po", "es", "es"),
      ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
      ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]),
    ("matepk", "mate-desktop/mate-polkit", POLKIT_COMMIT, "mate_polkit", "mate_polkit_app",
     [("mate-polkit.pot", "mate-polkit.pot", "en", "en"),
      ("es.po", "po/es.po", "es", "es"),
      ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
      ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]),
]


def mate_items():
    for short, repo, commit, folder, source, catalogues in PRODUCTS:
        raw = os.path.join(HERE, "raw", folder)
        for code, lang, path, key, text, ref in po_keyword_texts(raw, catalogues, SELECT_RE):
            yield item(f"{short}-{code}-{sha(key)[:10]}", lang, text, source,
                       f"github.com/{repo}@{commit[:12]}:{path} (msgid at {ref}; copied to "
                       f"scripts/real_corpus/raw/{folder}/)",
                       f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from mate_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
