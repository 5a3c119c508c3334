#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-eighth batch of tests/data/real/: the in-app strings of
Shotwell, GNOME's photo manager (GNOME/shotwell, LGPL-2.1-or-later), about passwords, logging in,
authentication and accounts of its publishing services (Flickr, Google Photos, Piwigo, YouTube,
Tumblr…), backups and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates464.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates464.py assemble     # write the jsonl files

Source: github.com/GNOME/shotwell (the GitHub mirror of gitlab.gnome.org/GNOME/shotwell) at
SHOTWELL_COMMIT (2026-08-10), reached with `fetch`. po/es.po, po/zh_CN.po and po/zh_TW.po are
copied verbatim to scripts/real_corpus/raw/shotwell/ with COPYING (see SOURCE.md there). The
repository holds no .pot file: the English texts are the msgids of the Spanish catalogue.

Licence: GNU Lesser General Public License version 2.1 or later (COPYING at the same commit is
the LGPL-2.1 text; copyleft). The catalogues say "See COPYING for license."

Selection (mechanical, decided before any text was read): every live entry of po/es.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), extended with `authenticat`, `authoriz`, `secret`, `keyring`,
`credential`, `account` and `unlock` (the brief names the publishing-service login and
authentication prompts; the base rule alone takes 15 English keys, the extended one 27, so it
was not narrowed). The message key is the msgid (`<msgctxt>::<msgid>` when it has a context).
For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the same key in that
language's catalogue (msgstr[0] for a plural entry); an empty or fuzzy entry or a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within the language. Placeholders (`%s`, `%d`) and markup are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`GNOME/shotwell:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates464.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates464.tsv")
RAW = os.path.join(HERE, "raw", "shotwell")
SHOTWELL_COMMIT = "f21018a187787f2fab0d15afeae3320242f8a499"
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|authoriz|secret|keyring|credential"
                       r"|account|unlock", re.I)
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def shotwell_texts():
    """(code, lang, key, text) of the keyword rule, near-duplicates collapsing per language."""
    en = po_catalogue(os.path.join(RAW, "es.po"))
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
    english = {k: en[k][0] for k in keys}
    for code, lang in LANGS:
        if code == "en":
            strings, base = english, None
        else:
            cat = po_catalogue(os.path.join(RAW, f"{code}.po"))
            strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
        for key, text in new_texts(strings, keys, base, set()):
            yield code, lang, key, text


def shotwell_items():
    for code, lang, key, text in shotwell_texts():
        po = f"po/{'es' if code == 'en' else code}.po"
        yield item(f"shotwell-{code}-{sha(key)[:10]}", lang, text, "shotwell_app",
                   f"github.com/GNOME/shotwell@{SHOTWELL_COMMIT[:12]}:{po} "
                   f"({'msgid' if code == 'en' else 'msgstr'}; copied to "
                   f"scripts/real_corpus/raw/shotwell/)",
                   f"GNOME/shotwell:{key}", "keyword_rule_app_strings")


def items():
    yield from shotwell_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
