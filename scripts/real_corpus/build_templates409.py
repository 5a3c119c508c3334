#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirteenth batch of tests/data/real/: the messages of GNOME
Secrets (formerly gnome-passwordsafe, the GTK password manager for KeePass databases,
gitlab.gnome.org/World/secrets, GPL-3.0) about passwords, key files, unlocking, one-time
passwords (OTP) and the safe (the database), in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates409.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates409.py assemble     # write the jsonl files

Source: github.com/FalkAlexander/PasswordSafe, the original author's GitHub repository, which
mirrors gitlab.gnome.org/World/secrets (the GNOME repository itself cannot be fetched here), at
SECRETS_COMMIT (2026-07-11, "flatpak: Bump pcsc-lite to 2.5.1"), reached with `fetch`: the
gettext catalogues po/es.po (es) and po/zh_CN.po (zh-Hans), copied verbatim to
scripts/real_corpus/raw/gnome-secrets/ with the licence file LICENSE (see SOURCE.md there). The
repository has no zh_TW (zh-Hant) catalogue, so there are no zh-Hant texts. It holds no .pot
template (it is generated at build time), so the English texts are the msgids of po/zh_CN.po,
the catalogue with the newest POT-Creation-Date (2026-03-29; po/es.po: 2025-12-25, which has 398
live entries against 400).

Licence: GNU General Public License version 3 (LICENSE at the same commit; meson.build says
GPL-3.0-only; copyleft). The catalogues say they are distributed under the same licence as the
PasswordSafe package.

Selection (mechanical, decided before any text was read): every live entry of po/zh_CN.po whose
msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the batch's extra words `keyfile`, `key file`,
`unlock`, `otp` and the word `safe`/`safes` (the brief asks for the password, keyfile, unlock,
OTP and safe strings). The base rule alone gives 36 keys, with the extra words 61 (60 English
texts: "Could not save safe" collapses into "Could not save Safe"); the catalogue is small, so
nothing is narrowed. The message key is the msgid (`<msgctxt>::<msgid>` when it has
a context). For en the msgid is the text; for es and zh_CN the msgstr of the same key in that
catalogue is taken (msgstr[0] for a plural entry); an empty or fuzzy entry, a key the catalogue
lacks, or a translation equal to the English text (untranslated) is skipped. Near-duplicates
(digits and white space aside) collapse within the product and language (the first in catalogue
order is kept). Placeholders and line breaks are kept as written (the item strips the ends). Cut
at 500 characters.

Split: the unit is the message key (`World/secrets:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates409.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates409.tsv")
RAW = os.path.join(HERE, "raw", "gnome-secrets")
SECRETS_COMMIT = "590d51d4e4e03c70c87fe43034df551c19afdf4c"
# (file under RAW, path in the repository, catalogue code, lang); the first gives the English
# (the msgids of po/zh_CN.po: the repository has no .pot).
CATALOGUES = [("zh_CN.po", "po/zh_CN.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|keyfile|key file|unlock|otp|\bsafes?\b", re.I)


def secrets_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        where = f"msgid of {path}" if code == "en" else path
        yield item(f"gnome-secrets-{code}-{sha(key)[:10]}", lang, text, "gnome_secrets_app",
                   f"github.com/FalkAlexander/PasswordSafe@{SECRETS_COMMIT[:12]}:{where} (msgid "
                   f"at {ref}; copied to scripts/real_corpus/raw/gnome-secrets/)",
                   f"World/secrets:{key}", "keyword_rule_app_strings")


def items():
    yield from secrets_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
