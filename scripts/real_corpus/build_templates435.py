#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-ninth batch of tests/data/real/: the desktop strings of
Cinnamon, Linux Mint's desktop (linuxmint/cinnamon-translations, GPL-2.0), from the catalogues of
cinnamon (the shell, its applets and cinnamon-settings: user accounts, polkit authentication,
online accounts, network secrets, keyring prompts), cinnamon-screensaver (the unlock dialog) and
cinnamon-control-center (network and user panels), about passwords, PINs, passphrases, backups,
restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates435.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates435.py assemble     # write the jsonl files

Source: github.com/linuxmint/cinnamon-translations at CINNAMON_COMMIT (2026-01-08, Launchpad
export of 2026-01-08), reached with `fetch`. po-export/<domain>/<domain>-es.po, -zh_CN.po and
-zh_TW.po for the domains cinnamon, cinnamon-screensaver and cinnamon-control-center are copied
verbatim to scripts/real_corpus/raw/cinnamon/ with COPYING (see SOURCE.md there). The repository
holds no .pot file: the English texts are the msgids of the Spanish catalogue of each domain
(Launchpad exports every template msgid, translated or not).

Licence: GNU General Public License version 2 (COPYING at the same commit is the GPL-2.0 text;
copyleft). The catalogues say they are distributed under the same licence as their package.

Selection (mechanical, decided before any text was read): every live entry of a domain's Spanish
catalogue whose msgid (the English text) has at least four words (white-space separated) and
matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor), extended with `authenticat`, `secret`,
`keyring`, `account` and `unlock` (the brief asks for the screensaver unlock, polkit
authentication, online accounts, network secret and keyring strings; the base rule alone gives
147 texts, the extended one 175, so it was not narrowed). The message key is the
msgid (`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for es, zh_CN
and zh_TW the msgstr of the same key in that domain's catalogue (msgstr[0] for a plural entry);
an empty or fuzzy entry or a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language, over
the three domains in the order cinnamon-screensaver, cinnamon, cinnamon-control-center (the
first is kept). Placeholders (`%s`, `%(name)s`, `{name}`) and markup are kept as written. Cut at
500 characters.

Split: the unit is the message key (`linuxmint/cinnamon-translations:<key>`), all languages (and
domains) of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates435.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates435.tsv")
RAW = os.path.join(HERE, "raw", "cinnamon")
CINNAMON_COMMIT = "8a8faebc0b080082a39cb59ec57cba477b389d02"
DOMAINS = ["cinnamon-screensaver", "cinnamon", "cinnamon-control-center"]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authenticat|secret|keyring|account|unlock", re.I)
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def cinnamon_texts():
    """(code, lang, domain, key, text) of the keyword rule, near-duplicates collapsing per
    language over the three domains."""
    for code, lang in LANGS:
        seen = set()
        for domain in DOMAINS:
            en = po_catalogue(os.path.join(RAW, f"{domain}-es.po"))
            keys = [k for k, (msgid, _, _, _) in en.items()
                    if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
            english = {k: en[k][0] for k in keys}
            if code == "en":
                strings, base = english, None
            else:
                cat = po_catalogue(os.path.join(RAW, f"{domain}-{code}.po"))
                strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
            for key, text in new_texts(strings, keys, base, seen):
                yield code, lang, domain, key, text


def cinnamon_items():
    for code, lang, domain, key, text in cinnamon_texts():
        po = f"po-export/{domain}/{domain}-{'es' if code == 'en' else code}.po"
        yield item(f"cinnamon-{code}-{sha(key)[:10]}", lang, text, "cinnamon_app",
                   f"github.com/linuxmint/cinnamon-translations@{CINNAMON_COMMIT[:12]}:{po} "
                   f"({'msgid' if code == 'en' else 'msgstr'}; copied to "
                   f"scripts/real_corpus/raw/cinnamon/)",
                   f"linuxmint/cinnamon-translations:{key}", "keyword_rule_app_strings")


def items():
    yield from cinnamon_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
