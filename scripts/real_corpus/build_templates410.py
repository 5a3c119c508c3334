#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fourteenth batch of tests/data/real/: the strings of plasma-nm
(KDE/plasma-nm, KDE Plasma's network-management applet, its connection editor, secret agent
(kded) and VPN plugins; GPL-2.0-or-later / LGPL-2.1-or-3 per file, copyleft) about passwords,
secrets, private keys, certificates, PINs, one-time passwords and log-in, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates410.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates410.py assemble     # write the jsonl files

Source: github.com/KDE/plasma-nm at PLASMA_NM_COMMIT (2026-08-22, the stored head, "GIT_SILENT
Sync po/docbooks with svn": KDE's scripty copies the l10n catalogues into po/), the gettext
catalogues po/{es,zh_CN,zh_TW}/<domain>.po of all 20 translation domains (the applet
plasma_applet_org.kde.plasma.networkmanagement, plasmanetworkmanagement-libs, -kded, -kcm,
-kcm-qml, the eleven plasmanetworkmanagement_<vpn>ui plugins and the four kcm_mobile_* /
kcm_cellular_network modules), copied verbatim with the LICENSES/ folder to
scripts/real_corpus/raw/plasma_nm/ (see SOURCE.md there). The repository ships no .pot and no
English catalogue: the English text is the msgid, read from the es catalogue (the three
languages' catalogues of a domain hold the same msgids). Licence: the repository follows REUSE;
its source files are GPL-2.0-only OR GPL-3.0-only OR LicenseRef-KDE-Accepted-GPL,
GPL-2.0-or-later, LGPL-2.1-only OR LGPL-3.0-only OR LicenseRef-KDE-Accepted-LGPL or
LGPL-2.0-or-later (texts in LICENSES/); each po file says "distributed under the same license
as the plasma-nm package" (copyleft).

Selection (mechanical, decided before any text was read): in each domain, every live entry
whose msgid has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) or `secret|certificate` (EXTRA_RE, added because the round asked for
this product's secret, private-key, certificate and VPN-authentication strings; the standard
rule alone selects 73 msgids, with it 102, about 400 texts, inside the round's ~450, so nothing
was narrowed). The message key is `<domain>:<msgid>` (`<domain>:<msgctxt>::<msgid>` when the
entry has a context). English is the msgid; for es, zh_CN (zh-Hans) and zh_TW (zh-Hant) the
msgstr of the same key (msgstr[0] of a plural entry); an empty or fuzzy entry, or a translation
equal to the English text (untranslated), is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language, across domains (the first in DOMAINS order,
then catalogue order, is kept). KDE's markup (`<html>`, `&` accelerators, `%1` placeholders)
is kept as written (it is the product's own). Cut at 500 characters.

Split: the unit is the message key (`KDE/plasma-nm:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`plasmanm-<code>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates410.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates410.tsv")
RAW = os.path.join(HERE, "raw", "plasma_nm")
PLASMA_NM_COMMIT = "3540a44912d392d0f5c4dfe4fa4b6bfef761ae0d"
EXTRA_RE = re.compile(r"secret|certificate", re.I)
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
DOMAINS = ["plasma_applet_org.kde.plasma.networkmanagement", "plasmanetworkmanagement-libs",
           "plasmanetworkmanagement-kded", "plasmanetworkmanagement-kcm",
           "plasmanetworkmanagement-kcm-qml", "plasmanetworkmanagement_fortisslvpnui",
           "plasmanetworkmanagement_iodineui", "plasmanetworkmanagement_l2tpui",
           "plasmanetworkmanagement_libreswanui", "plasmanetworkmanagement_openconnectui",
           "plasmanetworkmanagement_openvpnui", "plasmanetworkmanagement_pptpui",
           "plasmanetworkmanagement_sshui", "plasmanetworkmanagement_sstpui",
           "plasmanetworkmanagement_strongswanui", "plasmanetworkmanagement_vpncui",
           "kcm_cellular_network", "kcm_mobile_hotspot", "kcm_mobile_wifi", "kcm_mobile_wired"]


def selected(msgid):
    return len(msgid.split()) >= 4 and (SELECT_RE.search(msgid) or EXTRA_RE.search(msgid))


def plasma_nm_items():
    english = {}  # domain -> {key: msgid}
    refs = {}
    for domain in DOMAINS:
        cat = po_catalogue(os.path.join(RAW, "es", f"{domain}.po"))
        english[domain] = {k: v[0] for k, v in cat.items() if selected(v[0])}
        refs[domain] = {k: cat[k][3] for k in english[domain]}
    for code, lang in LANGS:
        seen = set()
        for domain in DOMAINS:
            keys = list(english[domain])
            if code == "en":
                strings, base = english[domain], None
                path = f"po/es/{domain}.po (msgid)"
            else:
                cat = po_catalogue(os.path.join(RAW, code, f"{domain}.po"))
                strings = {k: v[1] for k, v in cat.items() if not v[2]}
                base = english[domain]
                path = f"po/{code}/{domain}.po"
            for key, text in new_texts(strings, keys, base, seen):
                full = f"{domain}:{key}"
                yield item(f"plasmanm-{code}-{sha(full)[:10]}", lang, text, "plasma_nm_app",
                           f"github.com/KDE/plasma-nm@{PLASMA_NM_COMMIT[:12]}:{path} (msgid at "
                           f"{refs[domain][key]}; copied to scripts/real_corpus/raw/plasma_nm/)",
                           f"KDE/plasma-nm:{full}", "keyword_rule_app_strings")


def items():
    yield from plasma_nm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
