#!/usr/bin/env python3
"""Rebuild the hundred-and-sixteenth batch of tests/data/real/: the in-app messages of the
Specter Desktop bitcoin wallet (cryptoadvance/specter-desktop, MIT) about seeds, recovery,
mnemonics, private keys, passwords, PINs, passphrases, backups, restoring and logging in, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates112.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates112.py assemble     # write the jsonl files

Source: github.com/cryptoadvance/specter-desktop at SPECTER_COMMIT (head of 2026-08-21; the
catalogues were last changed 2021-12-20), its gettext catalogues babel/messages.pot (the English
msgids) and src/cryptoadvance/specter/translations/{es,zh_Hans_CN,zh_Hant_TW}/LC_MESSAGES/
messages.po, copied verbatim to scripts/real_corpus/raw/specter_desktop/ (see SOURCE.md there).

Selection (mechanical): every msgid of messages.pot whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). English is
the msgid itself; for es, zh-Hans and zh-Hant the msgstr of the same msgid in that catalogue is
taken; an empty, fuzzy or obsolete (#~) entry, or a translation equal to the English text
(untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first in catalogue order is kept). Placeholders (%(name)s, {name})
and HTML tags are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message (`cryptoadvance/specter-desktop:<msgid>`), all languages of one
msgid on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`specter-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates112.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, norm, po_entries
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates112.tsv")
RAW = os.path.join(HERE, "raw", "specter_desktop")
SPECTER_COMMIT = "2a4088374444c2dfba44a2cf0dc7e628716c1917"
# (file under RAW, catalogue code, lang, path in the repository)
CATALOGUES = [
    ("messages.pot", "en", "en", "babel/messages.pot"),
    ("es.po", "es", "es", "src/cryptoadvance/specter/translations/es/LC_MESSAGES/messages.po"),
    ("zh_Hans_CN.po", "zh_Hans_CN", "zh-Hans",
     "src/cryptoadvance/specter/translations/zh_Hans_CN/LC_MESSAGES/messages.po"),
    ("zh_Hant_TW.po", "zh_Hant_TW", "zh-Hant",
     "src/cryptoadvance/specter/translations/zh_Hant_TW/LC_MESSAGES/messages.po"),
]
def parse_po(name):
    """The live entries of one of the catalogues under RAW (`app_strings.po_entries`)."""
    return po_entries(os.path.join(RAW, name))


def specter_items():
    pot = parse_po("messages.pot")
    refs = {msgid: ref for msgid, _, _, ref in pot}
    keys = [msgid for msgid, _, _, _ in pot
            if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
    for fname, code, lang, path in CATALOGUES:
        if code == "en":
            strings = {k: k for k in keys}
        else:
            strings = {msgid: msgstr for msgid, msgstr, fuzzy, _ in parse_po(fname) if not fuzzy}
        seen = set()
        for key in keys:
            text = strings.get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == key.strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"specter-{code}-{sha(key)[:10]}", lang, text, "specter_desktop_app",
                       f"github.com/cryptoadvance/specter-desktop@{SPECTER_COMMIT[:12]}:{path} "
                       f"(msgid at {refs[key]}; copied to scripts/real_corpus/raw/specter_desktop/)",
                       f"cryptoadvance/specter-desktop:{key}", "keyword_rule_app_strings")


def items():
    yield from specter_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
