#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-seventh batch of tests/data/real/: the in-app strings of
the Quassel IRC client and core (quassel/quassel, GPL-2.0 or GPL-3.0) about the core login, the
core admin password, NickServ/SASL passwords, key-file passphrases, restoring state and logging
in, in English, Spanish and zh-Hans (the product ships no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates463.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates463.py assemble     # write the jsonl files

Source: github.com/quassel/quassel at QUASSEL_COMMIT (newest stored snapshot, 2026-06-27),
whose po/ is the git submodule quassel/quassel-i18n pinned at I18N_COMMIT (2021-10-12, "Update
translations from Transifex"; the i18n repository's master, ad984f1ec4e4 of 2022-05-12, holds
the same blobs of the three files). The gettext catalogues quassel.pot (English msgids), es.po
and zh_CN.po at I18N_COMMIT are copied verbatim to scripts/real_corpus/raw/quassel/ with the
main repository's COPYING (see SOURCE.md there). Licence: GPL-2.0 or (at your option) GPL-3.0
(COPYING of quassel/quassel; the i18n repository has no licence file of its own): copyleft. A
zh_TW.po existed in the i18n history but was empty and was removed in 2018 ("Remove empty
translation files").

Selection (mechanical, decided before any text was read): every live entry of quassel.pot whose
msgid, as plain text (`plain`: app_strings.qt_plain, <br> and </p> to line breaks, other HTML
tags dropped, entities decoded, but a `<word>` that is no HTML tag, such as the command-line
placeholder <username>, kept as written), has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The message key is `<msgctxt>::<msgid>` (every Quassel entry
has a Qt context as msgctxt). For en the plain msgid is the text; for es and zh_CN the plain
msgstr of the same key (fuzzy or empty entries skipped, a translation equal to the English
skipped). Near-duplicates (digits and white space aside) collapse within a language, the first
in catalogue order kept. Placeholders (%1, %2, <username>) are kept as written. Cut at 500
characters. The rule gives 37 texts (25 en, 6 es, 6 zh-Hans), far under the round's ~450: most
of Quassel's password strings are labels and titles of fewer than four words, and most longer
keyword strings are untranslated; nothing was narrowed or widened.

Split: the unit is the message key (`quassel/quassel:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`quassel-<catalogue code>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates463.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, norm, po_catalogue, qt_plain
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates463.tsv")
RAW = os.path.join(HERE, "raw", "quassel")
QUASSEL_COMMIT = "c63fc1eecc4abc130b742ffc678b22f6a852f782"
I18N_COMMIT = "abed52e9409aba784fe405f13bd652f19edd3426"
# (file under RAW, catalogue code, lang), the English template first
CATALOGUES = [("quassel.pot", "en", "en"), ("es.po", "es", "es"), ("zh_CN.po", "zh_CN", "zh-Hans")]
HTML_TAGS = ("a|b|big|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|nobr|ol|p|pre|"
             "qt|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul")
NOT_TAG = re.compile(r"<(?!/?(?:%s)\b)([^<>]*)>" % HTML_TAGS, re.I)


def plain(s):
    """qt_plain, with a `<word>` that is no HTML tag (a placeholder) kept as written."""
    s = NOT_TAG.sub(lambda m: "\ue000" + m.group(1) + "\ue001", s or "")
    return qt_plain(s).replace("\ue000", "<").replace("\ue001", ">")


def selected_keys(en):
    out = []
    for key, (msgid, _, _, _) in en.items():
        text = plain(msgid)
        if len(text.split()) >= 4 and SELECT_RE.search(text):
            out.append(key)
    return out


def quassel_items():
    en = po_catalogue(os.path.join(RAW, CATALOGUES[0][0]))
    keys = selected_keys(en)
    for file, code, lang in CATALOGUES:
        cat = en if code == "en" else po_catalogue(os.path.join(RAW, file))
        seen = set()
        for key in keys:
            english = plain(en[key][0])
            if code == "en":
                text = english
            else:
                entry = cat.get(key)
                if entry is None or entry[2] or not entry[1].strip():
                    continue
                text = plain(entry[1])
                if not text or text == english:
                    continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"quassel-{code}-{sha(key)[:10]}", lang, text, "quassel_app",
                       f"github.com/quassel/quassel@{QUASSEL_COMMIT[:12]}:po/{file} (submodule "
                       f"quassel/quassel-i18n@{I18N_COMMIT[:12]}; msgid at {en[key][3]}; copied "
                       f"to scripts/real_corpus/raw/quassel/)",
                       f"quassel/quassel:{key}", "keyword_rule_app_strings")


def items():
    yield from quassel_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
