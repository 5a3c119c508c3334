#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fiftieth batch of tests/data/real/: the web-app strings of
sysPass (nuxsmin/sysPass, GPL-3.0), the self-hosted PHP password manager for teams, about
passwords (master and temporary master passwords, account passwords, user passwords), PINs and
two-factor codes, backups and restoring, log-in / sign-in and LDAP/SMTP/API log-ins, in English,
Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates346.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates346.py assemble     # write the jsonl files

Source: github.com/nuxsmin/sysPass at SYSPASS_COMMIT (2022-07-02, "Merge pull request #1856",
the stored head of master), the gettext catalogues app/locales/en_US/LC_MESSAGES/messages.po and
app/locales/es_ES/LC_MESSAGES/messages.po; the product has no Chinese catalogue on any branch.
The zh-Hans texts come from the one Simplified Chinese catalogue in the repository, that of pull
request #1878 ("Add Simplified Chinese Translations", not merged), whose head ZH_COMMIT
(2022-11-14) has SYSPASS_COMMIT as its only parent and adds app/locales/zh_CN/LC_MESSAGES/
messages.po (+ .mo, and one line in lib/SP/Core/Language.php). All three are copied verbatim
with COPYING to scripts/real_corpus/raw/syspass/ (see SOURCE.md there). Licence: GPL-3.0
(COPYING at both commits, identical; copyleft). There is no zh-Hant catalogue. The catalogues
cover the whole web app (app/modules, lib, app/config): views, notices, e-mail bodies and
API/log messages; the first `#:` reference of each entry is kept in `origin`.

Selection (mechanical, decided before any text was read): the English text is the msgid of
en_US/messages.po (its msgstrs equal the msgids). Every live entry whose msgid has at least four
words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The message key is
the msgid (no entry has a msgctxt). For es and zh-Hans the msgstr of the same key in that
catalogue is taken; an empty or fuzzy entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`%s`, `%d`) and
inline markup are kept as written (they are the product's own). Cut at 500 characters (none is
cut). The rule selects 96 of the 1,287 msgids and gives 287 texts (96 en, 96 es, 95 zh-Hans:
one zh-Hans near-duplicate collapses).

Split: the unit is the message key (`nuxsmin/sysPass:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`syspass-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates346.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates346.tsv")
RAW = os.path.join(HERE, "raw", "syspass")
SYSPASS_COMMIT = "9d0e169d2163897238877fb65130db47fe1ddcfa"
ZH_COMMIT = "9c4095ac322290aee645f674bf38c894f3364380"  # pull request #1878, parent SYSPASS_COMMIT
LOC = "app/locales"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (code "en").
CATALOGUES = [("en_US.po", f"{SYSPASS_COMMIT[:12]}:{LOC}/en_US/LC_MESSAGES/messages.po", "en", "en"),
              ("es_ES.po", f"{SYSPASS_COMMIT[:12]}:{LOC}/es_ES/LC_MESSAGES/messages.po", "es", "es"),
              ("zh_CN.po", f"{ZH_COMMIT[:12]}:{LOC}/zh_CN/LC_MESSAGES/messages.po", "zh_CN",
               "zh-Hans")]


def syspass_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"syspass-{code}-{sha(key)[:10]}", lang, text, "syspass_app",
                   f"github.com/nuxsmin/sysPass@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/syspass/)",
                   f"nuxsmin/sysPass:{key}", "keyword_rule_app_strings")


def items():
    yield from syspass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
