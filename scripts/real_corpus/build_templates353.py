#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-seventh batch of tests/data/real/: the server and web-UI
strings of LinOTP (LinOTP/LinOTP, AGPL-3.0), the open-source one-time-password / two-factor
authentication server, about passwords, PINs, one-time passwords, recovery, backups and restoring,
log-in, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates353.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates353.py assemble     # write the jsonl files

Source: github.com/LinOTP/LinOTP at LINOTP_COMMIT (2024-11-13, "Merge branch
'chore/fix-linotp2-tests' into 'branch-v2.12'", the stored head of branch-v2.12). The current
master keeps only a German catalogue (linotp/i18n/de); the Spanish and Chinese catalogues were
removed from master in 2020 ("chore: remove unkept translations for now") but live on in the
LinOTP 2 maintenance branch as linotpd/src/linotp/i18n/es/LC_MESSAGES/linotp.po and
linotpd/src/linotp/i18n/zh/LC_MESSAGES/linotp.po (last changed in f1525c0ce507, 2022-12-21,
identical blobs at LINOTP_COMMIT). Both are copied verbatim, with linotpd/src/LICENSE (AGPL-3.0)
and the top-level LICENSE.md (linotpd AGPL v3), to scripts/real_corpus/raw/linotp/ (see
SOURCE.md there). Licence: AGPL-3.0 (copyleft). The zh catalogue ("Language: zh") is written in
Simplified Chinese and is taken as zh-Hans; there is no zh-Hant catalogue and no .pot: the
English texts are the msgids (identical in both catalogues). The catalogues cover the server's
controllers, the selfservice and manage web UIs and the token enrolment forms; the first `#:`
reference of each entry is kept in `origin`.

Selection (mechanical, decided before any text was read): every live entry of es/linotp.po whose
msgid has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The message key is the msgid (`<msgctxt>::<msgid>` if it had a context). For
es and zh-Hans the msgstr of the same key in that catalogue is taken; an empty or fuzzy entry,
or a translation equal to the English text (untranslated), is skipped. Near-duplicates (digits
and white space aside) collapse within the product and language (the first in catalogue order
is kept). Placeholders (`%s`, `%(name)s`) and inline markup are kept as written (they are the
product's own). Cut at 500 characters (none is cut). The rule selects 68 of the 1,167 msgids
and gives 168 texts (67 en: "Protect your token with a static pin" collapses into its
capitalised twin; 50 es: 10 fuzzy, 4 empty, 4 near-duplicates skipped; 51 zh-Hans: 11 fuzzy, 4
empty, 2 near-duplicates skipped). No narrowing was needed.

Split: the unit is the message key (`LinOTP/LinOTP:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`linotp-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates353.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates353.tsv")
RAW = os.path.join(HERE, "raw", "linotp")
LINOTP_COMMIT = "bd34904e6ac24cdd599c3854f7c4651b81aaf3d8"
LOC = "linotpd/src/linotp/i18n"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (code "en").
CATALOGUES = [("es.po", f"{LINOTP_COMMIT[:12]}:{LOC}/es/LC_MESSAGES/linotp.po", "en", "en"),
              ("es.po", f"{LINOTP_COMMIT[:12]}:{LOC}/es/LC_MESSAGES/linotp.po", "es", "es"),
              ("zh.po", f"{LINOTP_COMMIT[:12]}:{LOC}/zh/LC_MESSAGES/linotp.po", "zh", "zh-Hans")]


def linotp_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"linotp-{code}-{sha(key)[:10]}", lang, text, "linotp_app",
                   f"github.com/LinOTP/LinOTP@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/linotp/)",
                   f"LinOTP/LinOTP:{key}", "keyword_rule_app_strings")


def items():
    yield from linotp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
