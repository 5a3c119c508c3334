#!/usr/bin/env python3
"""Rebuild the four-hundredth batch of tests/data/real/: the messages of systemd
(systemd/systemd, LGPL-2.1-or-later) about authentication, passwords, passphrases, PINs,
recovery keys and home areas (polkit action messages, systemd-homed's PAM prompts, the
ask-password and cryptsetup strings), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates396.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates396.py assemble     # write the jsonl files

Source: github.com/systemd/systemd at SYSTEMD_COMMIT (2026-07-30, "po: Translated using Weblate
(Kazakh)", committed by Yu Watanabe). The systemd/systemd snapshot is over the fetch size limit,
so the commit was read in the faithful fork github.com/bernaferrari/systemd, which holds upstream
history up to that commit and only adds its own commits on top (none of them touches po/ or the
licence files; po/ at the fork's head equals po/ at SYSTEMD_COMMIT). The template po/systemd.pot
(en, POT-Creation-Date 2026-06-01) and the catalogues po/es.po (es), po/zh_CN.po (zh-Hans) and
po/zh_TW.po (zh-Hant) are copied verbatim to scripts/real_corpus/raw/systemd/ with the licence
file LICENSE.LGPL2.1 (see SOURCE.md there).

Licence: GNU Lesser General Public License 2.1 or later (LICENSE.LGPL2.1 at the same commit;
LICENSES/README.md: "Unless otherwise noted, the systemd project sources are licensed under ...
LGPL-2.1-or-later"; each po file starts with `SPDX-License-Identifier: LGPL-2.1-or-later`;
copyleft).

Selection (mechanical, decided before any text was read): every live msgid of po/systemd.pot
(the English text) with at least four words (white-space separated) that matches,
case-insensitively, either
  * CORE_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
    PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
    one-time, 2FA, two-factor) plus `\\bhome` (the home-area strings the brief names) -- all such
    msgids are taken; or
  * AUTH_RE (`authenticat`) only -- nearly every polkit action description reads "Authentication
    is required to ...", and these 118 more msgids would give 633 texts over four languages
    (163 msgids; about 1.4 times the batch's ~450 cap), so only those whose SHA-256 of
    `sample:systemd/systemd:<msgid>` is 0 mod AUTH_SAMPLE are taken (a hashed sample, blind to
    the texts).
The message key is the msgid (the catalogues have no msgctxt). For en the msgid is the text; for
es, zh_CN and zh_TW the msgstr of the same msgid in that catalogue is taken; an empty or fuzzy
entry, a msgid the catalogue lacks, or a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and language
(the first in catalogue order is kept). Placeholders (`%s`, `%u`) and the prompts' trailing colon
and space are kept as written (stripped at the ends by `item`). Cut at 500 characters.

Split: the unit is the message key (`systemd/systemd:<msgid>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`systemd-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates396.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates396.tsv")
RAW = os.path.join(HERE, "raw", "systemd")
REPO = "systemd/systemd"
SYSTEMD_COMMIT = "c00fea9db1474f999656c567adc675cb51044881"
# (file under RAW, path in the repository, catalogue code, lang); the .pot gives the English.
CATALOGUES = [("systemd.pot", "po/systemd.pot", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
CORE_RE = re.compile(BASE_RE.pattern + r"|\bhome", re.I)
AUTH_RE = re.compile(r"authenticat", re.I)
AUTH_SAMPLE = 2


class Selection:
    """The batch's rule as a `search` (what po_keyword_texts calls on each msgid): CORE_RE, or
    AUTH_RE for the hashed sample of msgids."""

    @staticmethod
    def search(msgid):
        if CORE_RE.search(msgid):
            return True
        return bool(AUTH_RE.search(msgid)) and \
            int(sha(f"sample:{REPO}:{msgid}"), 16) % AUTH_SAMPLE == 0


def systemd_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, Selection):
        yield item(f"systemd-{code}-{sha(key)[:10]}", lang, text, "systemd_app",
                   f"github.com/systemd/systemd@{SYSTEMD_COMMIT[:12]}:{path} (msgid at {ref}; "
                   f"copied to scripts/real_corpus/raw/systemd/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from systemd_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
