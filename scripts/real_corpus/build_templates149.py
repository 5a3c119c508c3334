#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-third batch of tests/data/real/: the in-app strings of the
Electrum Bitcoin wallet about seeds, keys, passwords, PINs, passphrases, backups, restoring and
logging in, in English, Spanish, zh-Hans and zh-Hant (Electrum's gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates149.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates149.py assemble     # write the jsonl files

Source: github.com/spesmilo/electrum-locale at LOCALE_COMMIT (2026-07-02), the frozen Crowdin
translations that Electrum builds with (the submodule `electrum/locale` of github.com/spesmilo/
electrum, pinned at this very commit by Electrum's head 923578010e56 of 2026-08-21):
locale/es_ES/electrum.po, locale/zh_CN/electrum.po, locale/zh_TW/electrum.po, copied verbatim to
scripts/real_corpus/raw/electrum/ (see SOURCE.md there). The English texts are the msgids.
Licence: MIT (Electrum's LICENCE; electrum-locale carries no licence file of its own, its
catalogues are part of Electrum as the submodule `electrum/locale`).

Selection (mechanical, fixed before any text was read): every msgid (English) with at least SIX
words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The batch rule's
four words gives 240 msgids and 704 texts over the four languages, far above the cap of ~450, so
the rule was narrowed to six words (193 msgids), as the round allowed. Msgids in the order of
zh_CN (the catalogue that holds all 2,406 msgids). A msgid already in the corpus is skipped: one
whose English, or whose translation in any of the three catalogues, appears verbatim inside a
text of tests/data/real/*_electrum_warning.jsonl (the fiftieth batch built Electrum's seed and
private-key warnings from these msgids). The catalogues carry Qt contexts (msgctxt); a msgid
under several contexts is one message: in each language its first non-empty, non-fuzzy msgstr in
catalogue order is taken. A translation equal to the English (untranslated) is skipped; a msgid
missing from a catalogue is not taken in that language (the app shows English). Near-duplicates
(digits and white space aside) collapse within a language (first in order kept). Placeholders
(`{}`, `{name}`, `%s`) and HTML tags are kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`spesmilo/electrum-locale:<msgid>`), all languages of one
msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`electrum-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates149.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates149.tsv")
RAW = os.path.join(HERE, "raw", "electrum")
LOCALE_COMMIT = "3d7594c27c4e74f1334c0c2b396ed8b1d46efa07"
MIN_WORDS = 6
# (catalogue code, lang); "en" is the msgids themselves
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ORDER = "zh_CN"  # the catalogue whose msgid order is used (it holds every msgid)


def load(code):
    """[(msgctxt, msgid, msgstr, fuzzy)] of catalogue `code` (`app_strings.po_entries`)."""
    return [e[:4] for e in po_entries(os.path.join(RAW, f"{code}.po"), context=True)]


def translations(code):
    """msgid -> its first non-empty, non-fuzzy msgstr in catalogue `code`."""
    out = {}
    for _, msgid, msgstr, fuzzy in load(code):
        if msgstr.strip() and not fuzzy:
            out.setdefault(msgid, msgstr)
    return out


def in_corpus():
    """The texts of the earlier Electrum batch (its warnings), to skip msgids already taken."""
    texts = []
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*_electrum_warning.jsonl"))):
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def electrum_items():
    msgids = []
    for _, msgid, _, _ in load(ORDER):
        if msgid not in msgids:
            msgids.append(msgid)
    tr = {code: translations(code) for code, _ in LANGS if code != "en"}
    taken = in_corpus()

    def already(m):
        cands = [m] + [tr[c][m] for c in tr if m in tr[c]]
        return any(c.strip() in t for c in cands for t in taken)

    keys = [m for m in msgids
            if len(m.split()) >= MIN_WORDS and SELECT_RE.search(m) and not already(m)]
    for code, lang in LANGS:
        seen = set()
        for key in keys:
            text = key if code == "en" else tr[code].get(key)
            if not text or not text.strip():
                continue
            if code != "en" and text.strip() == key.strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            where = ("msgid of locale/zh_CN/electrum.po" if code == "en"
                     else f"locale/{code}/electrum.po")
            yield item(f"electrum-{code}-{sha(key)[:10]}", lang, text, "electrum_app",
                       f"github.com/spesmilo/electrum-locale@{LOCALE_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/electrum/)",
                       f"spesmilo/electrum-locale:{key}", "keyword_rule_app_strings_6words")


def items():
    yield from electrum_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
