#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-seventh batch of tests/data/real/: the e-mail strings of
Twenty CRM (twentyhq/twenty, AGPL-3.0), its `packages/twenty-emails` lingui catalogues, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates133.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates133.py assemble     # write the jsonl files

Source: github.com/twentyhq/twenty (over the fetch limit, so read through the search tool's file
index), the four catalogues packages/twenty-emails/src/locales/{en,es-ES,zh-CN,zh-TW}.po at the
stored versions named in CATALOGUES (one generation of the catalogue: the same 66 msgids in the
same mails in all four files, POT-Creation-Date 2025-02-01 18:53+0100), copied verbatim to
scripts/real_corpus/raw/twenty/ (see SOURCE.md there). Licence: AGPL-3.0 (the repository's
LICENSE; `"license": "AGPL-3.0"` in packages/twenty-emails/package.json; the catalogues carry no
`@license Enterprise` mark).

Selection (mechanical, no keyword rule: an e-mail catalogue is small): every entry of en.po
whose English text (its msgstr: the msgid itself, except the four `serverAdminAccessChanged.*`
explicit ids, whose English is in en.po's msgstr) has at least four words (white-space
separated). For es-ES, zh-CN and zh-TW the msgstr of the same msgid in that catalogue is taken;
an empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Lingui's component tags (`<0>…</0>`) and placeholders
(`{userName}`) are kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`twentyhq/twenty:<msgid>`), all languages of one msgid on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`twenty-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates133.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import norm, po_entries
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates133.tsv")
RAW = os.path.join(HERE, "raw", "twenty")
LOCALES = "packages/twenty-emails/src/locales"
# (file under RAW, catalogue code, lang, stored commit of that file)
CATALOGUES = [
    ("en.po", "en", "en", "007cf5e2f80e04a05210c92397cd4e3ce3c193c7"),
    ("es-ES.po", "es-ES", "es", "04c195a54e0442cb1b76867e30c41743ce7d46e9"),
    ("zh-CN.po", "zh-CN", "zh-Hans", "007cf5e2f80e04a05210c92397cd4e3ce3c193c7"),
    ("zh-TW.po", "zh-TW", "zh-Hant", "012c1b3bfea4d0bebb61005c3ad296f2481be6a6"),
]
def parse_po(name):
    """The live entries of one of the catalogues under RAW (`app_strings.po_entries`)."""
    return po_entries(os.path.join(RAW, name))


def twenty_items():
    en = parse_po("en.po")
    english = {msgid: msgstr for msgid, msgstr, _, _ in en}
    refs = {msgid: ref for msgid, _, _, ref in en}
    keys = [msgid for msgid, msgstr, _, _ in en if len(msgstr.split()) >= 4]
    for fname, code, lang, commit in CATALOGUES:
        strings = {msgid: msgstr for msgid, msgstr, fuzzy, _ in parse_po(fname) if not fuzzy}
        seen = set()
        for key in keys:
            text = strings.get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == english[key].strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"twenty-{code}-{sha(key)[:10]}", lang, text, "twenty_email",
                       f"github.com/twentyhq/twenty@{commit[:12]}:{LOCALES}/{fname} "
                       f"(msgid at packages/twenty-emails/{refs[key]}; copied to "
                       f"scripts/real_corpus/raw/twenty/)",
                       f"twentyhq/twenty:{key}", "all_email_strings")


def items():
    yield from twenty_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
