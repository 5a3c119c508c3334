#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifty-ninth batch of tests/data/real/: the interface messages of
GnuCash (Gnucash/gnucash, GPL-2.0-or-later) about passwords, PINs, TANs, online banking
(AqBanking/HBCI), backups, restoring and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates455.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates455.py assemble     # write the jsonl files

Source: GnuCash 4.13, its gettext catalogues es, zh_CN and zh_TW as compiled (.mo) and shipped in
Debian's package gnucash-common 1:4.13-1 (bookworm; usr/share/locale/<code>/LC_MESSAGES/
gnucash.mo), copied verbatim to scripts/real_corpus/raw/gnucash/ with the package's copyright
file (see SOURCE.md there; po/* falls under its `Files: *`, GPL-2+). The GitHub repository was
over the fetch size limit (610 MB), and its po files (0.9 MB and more each) too long to read
through the file index in the time; no fork could be fetched.

English texts: the msgids of the three catalogues (a .mo holds only translated, non-fuzzy entries,
so a message untranslated in all three is absent). A plural entry gives its singular msgid and
its first translation (msgstr[0]); a context entry (msgctxt) is keyed `<context>::<msgid>`.

Selection (mechanical, fixed before any text was read): every msgid (in byte order, as the .mo
files sort them) of at least four words (white-space separated) matching, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) or EXTRA_RE (TAN/TANs, token, online banking, HBCI, AqBanking), the online-banking
words widening the rule because the common rule alone takes only 24 msgids. The key's text is
taken in English and in every catalogue that translates it; a translation equal to the English
is skipped; near-duplicates (digits and white space aside) collapse within a language.
Placeholders (%s, %d, {1}) and markup are kept as written. Cut at 500 characters.

Split: the unit is the message key (`Gnucash/gnucash:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates455.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, mo_catalogue, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates455.tsv")
RAW = os.path.join(HERE, "raw", "gnucash")
VERSION = "4.13 (Debian gnucash-common 1:4.13-1)"
LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
EXTRA_RE = re.compile(r"\btans?\b|token|online banking|\bhbci\b|aqbanking", re.I)


def selected(text):
    return len(text.split()) >= 4 and bool(SELECT_RE.search(text) or EXTRA_RE.search(text))


def gnucash_items():
    cats = {code: mo_catalogue(os.path.join(RAW, f"{code}.mo")) for code, _ in LANGS}
    english = {}
    for code, _ in LANGS:
        for key, (msgid, *_) in cats[code].items():
            english.setdefault(key, msgid)
    keys = [k for k in sorted(english, key=lambda k: k.encode("utf-8")) if selected(english[k])]
    tables = [("en", "en", english, None)] + [
        (code, lang, {k: v[1] for k, v in cats[code].items()}, english) for code, lang in LANGS]
    for code, lang, strings, base in tables:
        for key, text in new_texts(strings, keys, base):
            origin = "msgid" if code == "en" else f"{code}.mo"
            yield item(f"gnucash-{code}-{sha(key)[:12]}", lang, text, "gnucash_app",
                       f"GnuCash {VERSION}: {origin} ({key[:80]}; "
                       f"copied to scripts/real_corpus/raw/gnucash/)",
                       f"Gnucash/gnucash:{key}", "keyword_rule_app_strings")


def items():
    yield from gnucash_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
