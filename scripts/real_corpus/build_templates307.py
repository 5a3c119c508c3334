#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eleventh batch of tests/data/real/: the user-interface strings of
Zammad (zammad/zammad, AGPL-3.0), the open-source help desk, about passwords, PINs, backups,
restoring, log-in / sign-in, two-factor authentication, verification codes, accounts, tokens,
security keys and verification, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates307.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates307.py assemble     # write the jsonl files

Source: github.com/zammad/zammad is over the fetch size limit; its catalogues were read in the
faithful fork github.com/Pako7/zammad, which carries Zammad's own history unchanged up to
ZAMMAD_COMMIT (2023-03-29, "Maintenance: Update dependency linkify-string to ^4.1.1", committed by
Zammad's Dominik Klein; the fork adds one commit of its own on top, not used). The upstream commit
f34b8febc801 (2022-10-06), an ancestor of ZAMMAD_COMMIT, holds an i18n/zammad.zh-cn.po of the
same length (491,213 characters) and beginning as the version of upstream's file index at that
commit. The gettext catalogues i18n/zammad.pot (the English msgids), zammad.es-es.po,
zammad.zh-cn.po and zammad.zh-tw.po at ZAMMAD_COMMIT are copied verbatim to
scripts/real_corpus/raw/zammad_ui/ with LICENSE (see SOURCE.md there). Licence: AGPL-3.0
(LICENSE at the same commit; copyleft).

Zammad's e-mail templates are already in the corpus (source `zammad_email`, the eleventh
template batch). The catalogue also carries them (and the Slack notices) as whole ERB templates
for translation; those entries are left out: every entry whose first `#:` reference is under
app/views/mailer/, app/views/slack/ or app/views/messaging/ (EXCLUDED_REFS). All other entries are
the product's UI strings (the desktop and mobile web apps, the knowledge-base pages, the settings,
seeds and server-side error messages) and are taken.

Selection (mechanical, decided before any text was read): every live entry of zammad.pot not
excluded above whose msgid has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) or the round's additions `account|token|two-factor|security
key|verify` (SELECT_RE_ZAMMAD). The message key is the msgid (`<msgctxt>::<msgid>` when it has a
context). For es-es, zh-cn and zh-tw the msgstr of the same key is taken; an empty or fuzzy entry,
or a translation equal to the English text (untranslated), is skipped. Near-duplicates (digits
and white space aside) collapse within the language (the first in catalogue order is kept).
Placeholders (`%s`, `|%s|`, `#{...}`) are kept as written (they are the product's own). Cut at
500 characters. The rule selects 114 of the 2,954 msgids; no narrowing was needed (the
round's cap is ~450 texts).

Split: the unit is the message key (`zammad/zammad:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`zammad_ui-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates307.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates307.tsv")
RAW = os.path.join(HERE, "raw", "zammad_ui")
ZAMMAD_COMMIT = "59c2e0fed35579729b3bf532a3585873975ceacf"
SELECT_RE_ZAMMAD = re.compile(SELECT_RE.pattern + r"|account|token|two-factor|security key|verify",
                              re.I)
EXCLUDED_REFS = ("app/views/mailer/", "app/views/slack/", "app/views/messaging/")
# (file under RAW, catalogue code, lang); the first row gives the English msgids.
CATALOGUES = [("zammad.pot", "en", "en"),
              ("zammad.es-es.po", "es-es", "es"),
              ("zammad.zh-cn.po", "zh-cn", "zh-Hans"),
              ("zammad.zh-tw.po", "zh-tw", "zh-Hant")]


def zammad_texts():
    """(code, lang, file, key, text, first reference of the msgid) of the rule above."""
    en = po_catalogue(os.path.join(RAW, CATALOGUES[0][0]))
    keys = [k for k, (msgid, _, _, ref) in en.items()
            if not ref.startswith(EXCLUDED_REFS) and len(msgid.split()) >= 4
            and SELECT_RE_ZAMMAD.search(msgid)]
    english = {k: en[k][0] for k in keys}
    for file, code, lang in CATALOGUES:
        if code == "en":
            strings, base = english, None
        else:
            cat = po_catalogue(os.path.join(RAW, file))
            strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
        for key, text in new_texts(strings, keys, base):
            yield code, lang, file, key, text, en[key][3]


def zammad_items():
    for code, lang, file, key, text, ref in zammad_texts():
        yield item(f"zammad_ui-{code}-{sha(key)[:10]}", lang, text, "zammad_ui",
                   f"github.com/zammad/zammad@{ZAMMAD_COMMIT[:12]}:i18n/{file} (read in the fork "
                   f"Pako7/zammad; msgid at {ref}; copied to scripts/real_corpus/raw/zammad_ui/)",
                   f"zammad/zammad:{key}", "keyword_rule_app_strings")


def items():
    yield from zammad_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
