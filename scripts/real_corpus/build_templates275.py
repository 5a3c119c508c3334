#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-ninth batch of tests/data/real/: the web-UI strings of
Proxmox VE and its sibling products (the shared proxmox/proxmox-i18n catalogues, AGPL-3.0-or-later)
about passwords, PINs, two-factor (TFA, TOTP, WebAuthn, recovery keys), API tokens, tickets,
realms, backups, restoring, logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates275.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates275.py assemble     # write the jsonl files

Source: github.com/proxmox/proxmox-i18n at PROXMOX_COMMIT (2026-06-26, "bump version to 3.9.0",
the stored head), es.po, zh_CN.po and zh_TW.po (POT-Creation-Date 2026-06-21), copied verbatim
with debian/copyright to scripts/real_corpus/raw/proxmox-i18n/ (see SOURCE.md there). The
repository has no LICENSE file: debian/copyright says GNU AGPL version 3 or any later version,
and every po file starts `SPDX-License-Identifier: AGPL-3.0-or-later` (copyleft). One set of
catalogues serves the web UIs of Proxmox VE (pve-manager), Backup Server, Mail Gateway,
Datacenter Manager and the shared widget toolkits; all are taken (the first `#:` reference of
each entry is kept in `origin`).

Selection (mechanical, decided before any text was read): the English text is the msgid (the
three po files hold the same 3,934 keys, the union of the repository's .pot templates; es.po's
entries are read for the msgids). Every live entry whose msgid has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) or the
batch's extra words `ticket`, `token`, `two factor`, `tfa`, `totp`, `webauthn`, `realm`. The
message key is the msgid (`<msgctxt>::<msgid>` when it has a context). For en the msgid is the
text; for es, zh_CN and zh_TW the msgstr of the same msgid in that catalogue is taken (msgstr[0]
for a plural entry); an empty or fuzzy entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (`{0}`, `{}`, `%s`) and
markup are kept as written (they are the product's own). Cut at 500 characters (none is cut).
The rule selects 113 of the 3,934 msgids (82 by app_strings.SELECT_RE alone) and gives 431 texts,
near the round's ~450; it was not narrowed. es lacks none of the keys; zh_CN has 6 empty and 5
fuzzy entries among them and keeps 1 in English, zh_TW keeps 1 in English. Near-duplicates
collapse: 1 in English and 1 in Spanish (a password-confirmation prompt written with `{0}` and
with `{}`), 2 in zh-Hans, 4 in zh-Hant.

Split: the unit is the message key (`proxmox/proxmox-i18n:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`proxmox-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates275.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates275.tsv")
RAW = os.path.join(HERE, "raw", "proxmox-i18n")
PROXMOX_COMMIT = "afe9a46e291834a3f559f18003fcdff870caadc3"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (read from es.po's entries, code "en").
CATALOGUES = [("es.po", f"{PROXMOX_COMMIT[:12]}:es.po (msgids)", "en", "en"),
              ("es.po", f"{PROXMOX_COMMIT[:12]}:es.po", "es", "es"),
              ("zh_CN.po", f"{PROXMOX_COMMIT[:12]}:zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", f"{PROXMOX_COMMIT[:12]}:zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|ticket|token|two factor|tfa|totp|webauthn|realm",
                       re.I)


def proxmox_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"proxmox-{code}-{sha(key)[:10]}", lang, text, "proxmox_app",
                   f"github.com/proxmox/proxmox-i18n@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/proxmox-i18n/)",
                   f"proxmox/proxmox-i18n:{key}", "keyword_rule_app_strings")


def items():
    yield from proxmox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
