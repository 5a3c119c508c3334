#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twelfth batch of tests/data/real/: the messages of GNOME
Authenticator (the two-factor code generator of gitlab.gnome.org/World/Authenticator,
GPL-3.0-or-later) about passwords, OTP codes, tokens, backup/restore and encryption, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates408.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates408.py assemble     # write the jsonl files

Source: github.com/linuxleague/gnome-Authenticator, a GitHub mirror of
gitlab.gnome.org/World/Authenticator with its history (1,707 commits; the github.com/GNOME/
authenticator mirror has no snapshot here, and github.com/bilelmoussaoui/Authenticator is the
archived 2019 Python predecessor with no Chinese catalogue), at AUTH_COMMIT (2023-09-03, "Update
Czech translation", version 4.3.1), reached with `fetch`: the gettext catalogues po/es.po (es),
po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/gnome-authenticator/ with the licence file LICENSE (see SOURCE.md there).
The repository holds no .pot template (it is generated at build time), so the English texts are
the msgids of po/zh_CN.po, the catalogue merged from the newest template (POT-Creation-Date
2023-08-30; es.po is from 2023-07-07, zh_TW.po from 2022-05-07).

Licence: GNU General Public License 3 (LICENSE at the same commit; meson.build declares
GPL-3.0-or-later; copyleft). The catalogues say they are distributed under the same licence as the
authenticator package.

Selection (mechanical, decided before any text was read): every live entry of po/zh_CN.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `otp`, `token`,
`encrypt` and `decrypt` (the brief asks for the password, OTP, token, backup/restore and
encryption strings; the catalogue is small, so nothing needed narrowing). The message key is the
msgid (`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for es, zh_CN
and zh_TW the msgstr of the same key in that catalogue is taken (msgstr[0] for a plural entry);
an empty or fuzzy entry, a key the catalogue lacks, or a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders and line breaks are kept
as written (the item strips the ends). Cut at 500 characters.

Split: the unit is the message key (`World/Authenticator:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates408.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates408.tsv")
RAW = os.path.join(HERE, "raw", "gnome-authenticator")
AUTH_COMMIT = "682cbed2de9cc5c2dabdca35fb281f77052a8597"
# (file under RAW, path in the repository, catalogue code, lang); the first gives the English
# (the msgids of po/zh_CN.po: the repository has no .pot).
CATALOGUES = [("zh_CN.po", "po/zh_CN.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|otp|token|encrypt|decrypt", re.I)


def authenticator_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = f"msgid of {path}" if code == "en" else path
        yield item(f"gnome-authenticator-{code}-{sha(key)[:10]}", lang, text,
                   "gnome_authenticator_app",
                   f"github.com/linuxleague/gnome-Authenticator@{AUTH_COMMIT[:12]}:{where} (msgid "
                   f"at {ref}; copied to scripts/real_corpus/raw/gnome-authenticator/)",
                   f"World/Authenticator:{key}", "keyword_rule_app_strings")


def items():
    yield from authenticator_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
