#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-second batch of tests/data/real/: the in-app messages of the
Notesnook note-taking app (streetwriters/notesnook, GPL-3.0) about passwords, the notes vault,
encryption, accounts, sessions, recovery keys, two-factor codes, backups, restoring and logging
in, in English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates258.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates258.py assemble     # write the jsonl files

Source: github.com/streetwriters/notesnook. The default branch (stored head 360cd5431de9,
2026-08-19) holds only the English catalogue packages/intl/locale/en.po (Lingui gettext; the
msgid is the English text); the translations are on pull-request refs of the same repository:
packages/intl/locale/en.po and es.po at NOTESNOOK_COMMIT (2026-08-17, "intl: add more
languages", refs/pull/10232/head, by a Notesnook maintainer) and packages/intl/locale/zh-CN.po at
ZH_COMMIT (2025-10-09, "intl: update zh-CN", refs/pull/7689/head, a contributor's zh-CN
translation). Copied verbatim to scripts/real_corpus/raw/notesnook/ with the licence (LICENSE,
identical at both commits) (see SOURCE.md there). Licence: GPL-3.0 (copyleft). No zh-TW
catalogue exists anywhere in the stored history.

Selection (mechanical, decided before any text was read): every live entry of en.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words `vault`, `encrypt`,
`account`, `2fa`, `recovery key`, `session`. The message key is the msgid (`<msgctxt>::<msgid>`
when it has a context). For en the msgid is the text; for es and zh-CN the msgstr of the same
msgid in that catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a
msgid the catalogue does not hold (the zh-CN catalogue is older), or a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first in catalogue order is kept). Placeholders (`{0}`,
`{count}`) are kept as written (they are the product's own). Cut at 500 characters (no text is
longer). The selection gives 605 texts, a little over the round's ~450; it was not narrowed.

Split: the unit is the message key (`streetwriters/notesnook:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`notesnook-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates258.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates258.tsv")
RAW = os.path.join(HERE, "raw", "notesnook")
NOTESNOOK_COMMIT = "d8c4460c3a79af63d549b9317480b59e32966b84"
ZH_COMMIT = "52c007dd3a30bd848f945593ff6dd04f3d7cc7b0"
LOC = "packages/intl/locale"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang)
CATALOGUES = [("en.po", f"{NOTESNOOK_COMMIT[:12]}:{LOC}/en.po", "en", "en"),
              ("es.po", f"{NOTESNOOK_COMMIT[:12]}:{LOC}/es.po", "es", "es"),
              ("zh-CN.po", f"{ZH_COMMIT[:12]}:{LOC}/zh-CN.po", "zh-CN", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|vault|encrypt|account|2fa|recovery key|session",
                       re.I)


def notesnook_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"notesnook-{code}-{sha(key)[:10]}", lang, text, "notesnook_app",
                   f"github.com/streetwriters/notesnook@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/notesnook/)",
                   f"streetwriters/notesnook:{key}", "keyword_rule_app_strings")


def items():
    yield from notesnook_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
