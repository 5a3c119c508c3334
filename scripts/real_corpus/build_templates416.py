#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twentieth batch of tests/data/real/: the web UI strings of
openmediavault (the Debian-based NAS, openmediavault/openmediavault, GPL-3.0) about passwords,
users, logging in, keys, certificates, notifications and two-factor codes, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates416.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates416.py assemble     # write the jsonl files

Source: github.com/openmediavault/openmediavault at OMV_COMMIT (2026-08-21), reached with
`fetch`: the gettext catalogues of three packages (DOMAINS: the main web UI `openmediavault`
and the two-factor plugins `openmediavault-2fa-emailotp` and `openmediavault-2fa-totp`), each
deb/<package>/usr/share/openmediavault/locale/<package>.pot (English msgids) and
<ll_CC>/<package>.po for es_ES (es), zh_CN (zh-Hans) and zh_TW (zh-Hant), copied verbatim to
scripts/real_corpus/raw/openmediavault/ as <package>.pot and <package>.<ll_CC>.po, with the
licence files COPYING and LICENSE-GPL3 (see SOURCE.md there).

Licence: GNU General Public License version 3 (COPYING, a Debian copyright-format file, at the
same commit: "Files: * ... License: GPL-3 (see LICENSE-GPL3), unless otherwise specified";
LICENSE-GPL3 holds the GPL-3.0 text; the catalogues say they are distributed under the same
licence as the openmediavault package; copyleft). The .pot files carry no `#:` references.

Selection (mechanical, decided before any text was read): every live entry of a domain's .pot
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `user...` (a word
starting with "user"), `key`/`keys`, `certificate` and `notification` (the brief asks for the
password, user, login, key, certificate and notification strings). The base rule alone gives 72
texts over the four languages, with the extra words 275; nothing is narrowed. The message key is
the msgid (`<msgctxt>::<msgid>` when it has a context); a key already taken from an earlier
domain (in DOMAINS order) is not taken again. For en the msgid is the text; for the other
languages the msgstr of the same key in that domain's catalogue (msgstr[0] for a plural entry);
an empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the language over all three
domains (the first in DOMAINS and catalogue order is kept). Placeholders and line breaks are kept
as written (the item strips the ends). Cut at 500 characters.

Split: the unit is the message key (`openmediavault/openmediavault:<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates416.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates416.tsv")
RAW = os.path.join(HERE, "raw", "openmediavault")
OMV_COMMIT = "45858fa94f2da45d584103e3ce469bdc1d6479a3"
DOMAINS = ["openmediavault", "openmediavault-2fa-emailotp", "openmediavault-2fa-totp"]
# (catalogue code, lang); "en" is the .pot's msgids.
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|\buser|\bkeys?\b|certificate|notification", re.I)


def upstream(domain, code):
    loc = f"deb/{domain}/usr/share/openmediavault/locale"
    return f"{loc}/{domain}.pot" if code == "en" else f"{loc}/{code}/{domain}.po"


def omv_items():
    seen = {code: set() for code, _ in LANGS}
    taken = set()
    for domain in DOMAINS:
        en = po_catalogue(os.path.join(RAW, f"{domain}.pot"))
        keys = [k for k, (msgid, _, _, _) in en.items()
                if k not in taken and len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
        taken.update(keys)
        english = {k: en[k][0] for k in keys}
        for code, lang in LANGS:
            if code == "en":
                strings, base = english, None
            else:
                cat = po_catalogue(os.path.join(RAW, f"{domain}.{code}.po"))
                strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
            for key, text in new_texts(strings, keys, base, seen[code]):
                yield item(f"openmediavault-{code}-{sha(key)[:10]}", lang, text,
                           "openmediavault_app",
                           f"github.com/openmediavault/openmediavault@{OMV_COMMIT[:12]}:"
                           f"{upstream(domain, code)} (copied to "
                           f"scripts/real_corpus/raw/openmediavault/)",
                           f"openmediavault/openmediavault:{key}", "keyword_rule_app_strings")


def items():
    yield from omv_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
