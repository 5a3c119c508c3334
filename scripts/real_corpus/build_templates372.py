#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-sixth batch of tests/data/real/: the interface messages of
phpMyAdmin (phpmyadmin/phpmyadmin, GPL-2.0) about passwords, log-in, two-factor authentication,
recovery and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates372.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates372.py assemble     # write the jsonl files

Source: phpMyAdmin 5.2.1, its gettext catalogues es, zh_CN and zh_TW as compiled (.mo) and shipped
in Debian's package phpmyadmin 4:5.2.1+dfsg-1+deb12u1 (bookworm; usr/share/phpmyadmin/locale/
<code>/LC_MESSAGES/phpmyadmin.mo), copied verbatim to scripts/real_corpus/raw/phpmyadmin/ with the
package's copyright file (see SOURCE.md there). The GitHub repository was over the fetch size limit
(2.6 GB) and its po files (0.5-0.7 MB each) too long to read through the file index.

English texts: the msgids of the three catalogues (a .mo holds only translated, non-fuzzy entries,
so a message untranslated in all three is absent). A plural entry gives its singular msgid and
its first translation (msgstr[0]); a context entry (msgctxt) is keyed `<context>::<msgid>`.

Selection (mechanical): every msgid (in byte order, as the .mo files sort them) of at least four
words (white-space separated) matching, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor); 70 msgids, so no
narrowing was needed. The key's text is taken in English and in every catalogue that translates
it; a translation equal to the English is skipped; near-duplicates (digits and white space aside)
collapse within a language. Placeholders (%s, %1$s) and inline HTML are kept as written. Cut at
500 characters.

Split: the unit is the message key (`phpmyadmin/phpmyadmin:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates372.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, mo_catalogue, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates372.tsv")
RAW = os.path.join(HERE, "raw", "phpmyadmin")
VERSION = "5.2.1 (Debian phpmyadmin 4:5.2.1+dfsg-1+deb12u1)"
LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]


def pma_items():
    cats = {code: mo_catalogue(os.path.join(RAW, f"{code}.mo")) for code, _ in LANGS}
    english = {}
    for code, _ in LANGS:
        for key, (msgid, *_) in cats[code].items():
            english.setdefault(key, msgid)
    keys = [k for k in sorted(english, key=lambda k: k.encode("utf-8"))
            if len(english[k].split()) >= 4 and SELECT_RE.search(english[k])]
    tables = [("en", "en", english, None)] + [
        (code, lang, {k: v[1] for k, v in cats[code].items()}, english) for code, lang in LANGS]
    for code, lang, strings, base in tables:
        for key, text in new_texts(strings, keys, base):
            origin = "msgid" if code == "en" else f"{code}.mo"
            yield item(f"phpmyadmin-{code}-{sha(key)[:12]}", lang, text, "phpmyadmin_app",
                       f"phpMyAdmin {VERSION}: {origin} ({key[:80]}; "
                       f"copied to scripts/real_corpus/raw/phpmyadmin/)",
                       f"phpmyadmin/phpmyadmin:{key}", "keyword_rule_app_strings")


def items():
    yield from pma_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
