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
import re

from app_strings import norm
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
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def unquote(s):
    """The value of one quoted po string literal."""
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), s[1:-1])


def parse_po(name):
    """[(msgid, msgstr, fuzzy, first reference)] of the live entries of a po file, in order
    (obsolete `#~` entries and the header are left out)."""
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = []
    cur = None
    field = None

    def flush():
        if cur is not None and "msgid" in cur and cur["msgid"]:
            entries.append((cur["msgid"], cur.get("msgstr", ""), cur["fuzzy"], cur["ref"]))

    for line in lines + [""]:
        if not line.strip():
            flush()
            cur, field = None, None
            continue
        if line.startswith("#~"):
            continue
        if cur is None:
            cur = {"fuzzy": False, "ref": ""}
        if line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
        elif line.startswith("#:"):
            if not cur["ref"]:
                cur["ref"] = line[2:].split()[0] if line[2:].split() else ""
        elif line.startswith("#"):
            continue
        elif line.startswith("msgid "):
            field = "msgid"
            cur[field] = unquote(line[len("msgid "):])
        elif line.startswith("msgstr "):
            field = "msgstr"
            cur[field] = unquote(line[len("msgstr "):])
        elif line.startswith('"'):
            cur[field] += unquote(line)
        else:
            raise ValueError(f"{name}: unexpected line {line!r}")
    return entries


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
