#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-eighth batch of tests/data/real/: the in-app strings of the
Joplin note-taking apps (desktop, mobile, CLI, shared library) about passwords, master keys'
passwords, backups, restoring, logging in and signing in, in English, Spanish, zh-Hans and
zh-Hant (Joplin's gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates164.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates164.py assemble     # write the jsonl files

Source: github.com/laurent22/joplin at JOPLIN_COMMIT (2024-10-25), packages/tools/locales/
joplin.pot (the English msgids), es_ES.po, zh_CN.po, zh_TW.po, copied verbatim to
scripts/real_corpus/raw/joplin/ (see SOURCE.md there). Licence: AGPL-3.0-or-later (the
repository's LICENSE at that commit; packages/tools carries no licence file of its own), a
copyleft licence.

Why Joplin: the batch's first product, Standard Notes (github:standardnotes/app), has es_LA and
zh_CN catalogues (packages/web/locales/), but its snapshot (964,628,480 bytes) is over the fetch
limit and no fork or package holds the catalogues, so it was set aside for this fallback.

Selection (mechanical, fixed before any text was read): every msgid of joplin.pot (English) with
at least four words (white-space separated) that matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), in the order of joplin.pot. A plural entry is its singular msgid and its
msgstr[0]. In each language the msgid's msgstr is taken when it is non-empty and not fuzzy; a
translation equal to the English (untranslated) is skipped; a msgid missing from a catalogue is
not taken in that language (the app shows English). A text already in the corpus is skipped: one
that appears verbatim (ends' white space aside) as a text of tests/data/real/*_joplin_notice.jsonl
(the forty-ninth batch took some of Joplin's Chinese sync, sharing and encryption notices).
Near-duplicates (digits and white space aside) collapse within a language (first in order kept).
Placeholders (`%s`, `%d`) and markup are kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`laurent22/joplin:<msgid>`, the unit the forty-ninth batch
also used, so a msgid sits on the same side in both), all languages of one msgid on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`joplin-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates164.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import glob
import json
import os

from app_strings import SELECT_RE, norm, po_entries
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates164.tsv")
RAW = os.path.join(HERE, "raw", "joplin")
JOPLIN_COMMIT = "db966f919ea51f5f32fa454a10c7a64957a4e9de"
MIN_WORDS = 4
# (catalogue code, lang); "en" is the msgids of joplin.pot themselves
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def translations(code):
    """msgid -> its non-empty, non-fuzzy msgstr in catalogue `code`."""
    out = {}
    for msgid, msgstr, fuzzy, _ in po_entries(os.path.join(RAW, f"{code}.po")):
        if msgstr.strip() and not fuzzy:
            out.setdefault(msgid, msgstr)
    return out


def in_corpus():
    """The texts of the earlier Joplin batch (its Chinese notices), to skip texts already taken."""
    texts = set()
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*_joplin_notice.jsonl"))):
        with open(path, encoding="utf-8") as f:
            texts |= {json.loads(line)["text"].strip() for line in f if line.strip()}
    return texts


def joplin_items():
    msgids = []
    for msgid, _, _, _ in po_entries(os.path.join(RAW, "joplin.pot")):
        if msgid not in msgids:
            msgids.append(msgid)
    keys = [m for m in msgids if len(m.split()) >= MIN_WORDS and SELECT_RE.search(m)]
    tr = {code: translations(code) for code, _ in LANGS if code != "en"}
    taken = in_corpus()
    for code, lang in LANGS:
        seen = set()
        for key in keys:
            text = key if code == "en" else tr[code].get(key)
            if not text or not text.strip():
                continue
            if code != "en" and text.strip() == key.strip():
                continue
            if text.strip() in taken:
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            where = ("msgid of packages/tools/locales/joplin.pot" if code == "en"
                     else f"packages/tools/locales/{code}.po")
            yield item(f"joplin-{code}-{sha(key)[:10]}", lang, text, "joplin_app",
                       f"github.com/laurent22/joplin@{JOPLIN_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/joplin/)",
                       f"laurent22/joplin:{key}", "keyword_rule_app_strings")


def items():
    yield from joplin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
