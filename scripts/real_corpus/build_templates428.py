#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-second batch of tests/data/real/: the in-app strings of
Electron Cash, the Bitcoin Cash wallet, about seeds, keys, passwords, PINs, passphrases, backups,
restoring and logging in, in English, Spanish, zh-Hans and zh-Hant (its gettext catalogues).

Usage:
    python3 scripts/real_corpus/build_templates428.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates428.py assemble     # write the jsonl files

Source: github.com/Electron-Cash/electrum-locale at LOCALE_COMMIT (2024-03-06), the Crowdin
translations Electron Cash builds with (the submodule `contrib/electrum-locale` of
github.com/Electron-Cash/Electron-Cash, pinned at this very commit by Electron Cash's head
4487003a4c51 of 2026-07-17): locale/es_ES/electron-cash.po, locale/zh_CN/electron-cash.po,
locale/zh_TW/electron-cash.po, copied verbatim to scripts/real_corpus/raw/electron_cash/ (see
SOURCE.md there). The English texts are the msgids.
Licence: MIT (Electron Cash's LICENCE at 4487003a4c51; electrum-locale carries no licence file
of its own, its catalogues are part of Electron Cash as the submodule `contrib/electrum-locale`).

Selection (mechanical, fixed before any text was read): every msgid (English) with at least
MIN_WORDS words (white-space separated) that matches, case-insensitively, app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor), in the
order of zh_CN. Electron Cash is a fork of Electrum, whose strings are already in the corpus
(the hundred-and-fifty-third batch, `electrum_app`, and the fiftieth, `electrum_warning`): a
msgid is skipped when it is one of the msgids of `*_electrum_app.jsonl` (its split units), or
when its English or one of its translations appears verbatim inside a text of
`*_electrum_warning.jsonl`. A msgid is also skipped when its English, without its leading and
trailing white space, is such an Electrum msgid. The catalogues carry Qt contexts (msgctxt); a
msgid under several contexts is one message: in each language its first non-empty, non-fuzzy
msgstr in catalogue order is taken. A translation equal to the English (untranslated) is
skipped; a msgid missing from a catalogue is not taken in that language. Near-duplicates (digits
and white space aside) collapse within a language (first in order kept). Placeholders and HTML
tags are kept as the app writes them. Cut at 500 characters.

Split: the unit is the message key (`Electron-Cash/electrum-locale:<msgid>`), all languages of
one msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids
are `electron-cash-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates428.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates428.tsv")
RAW = os.path.join(HERE, "raw", "electron_cash")
LOCALE_COMMIT = "89ce57ff1fa0fbd0135888014c854c142753a166"
MIN_WORDS = 4
# (catalogue code, lang); "en" is the msgids themselves
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
ORDER = "zh_CN"  # the catalogue whose msgid order is used


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


def electrum_in_corpus():
    """(msgids of the Electrum app batch, texts of the Electrum warning batch)."""
    msgids, texts = set(), []
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*_electrum_app.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    unit = json.loads(line)["split_unit"]
                    msgids.add(unit.split(":", 1)[1])
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*_electrum_warning.jsonl"))):
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return msgids, texts


def electron_cash_items():
    msgids = []
    for _, msgid, _, _ in load(ORDER):
        if msgid not in msgids:
            msgids.append(msgid)
    tr = {code: translations(code) for code, _ in LANGS if code != "en"}
    electrum_msgids, taken = electrum_in_corpus()
    electrum_stripped = {m.strip() for m in electrum_msgids}

    def already(m):
        if m in electrum_msgids or m.strip() in electrum_stripped:
            return True
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
            where = ("msgid of locale/zh_CN/electron-cash.po" if code == "en"
                     else f"locale/{code}/electron-cash.po")
            yield item(f"electron-cash-{code}-{sha(key)[:10]}", lang, text, "electron_cash_app",
                       f"github.com/Electron-Cash/electrum-locale@{LOCALE_COMMIT[:12]}:{where} "
                       f"(copied to scripts/real_corpus/raw/electron_cash/)",
                       f"Electron-Cash/electrum-locale:{key}", "keyword_rule_app_strings")


def items():
    yield from electron_cash_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
