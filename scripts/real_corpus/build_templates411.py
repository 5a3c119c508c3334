#!/usr/bin/env python3
"""Rebuild the four-hundred-and-fifteenth batch of tests/data/real/: the web-interface and e-mail
messages of Hestia Control Panel (hestiacp/hestiacp, GPL-3.0) about passwords, log-in,
two-factor authentication, password resets, backups/restoring and accounts, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates411.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates411.py assemble     # write the jsonl files

Source: github.com/hestiacp/hestiacp at HESTIA_COMMIT (2026-08-22): the gettext template
web/locale/hestiacp.pot (English msgids, in file order) and the compiled catalogues
web/locale/{es,zh-cn,zh-tw}/LC_MESSAGES/hestiacp.mo (the repository keeps no .po files for them),
copied verbatim to scripts/real_corpus/raw/hestiacp/ with the repository's LICENSE (see SOURCE.md
there). The web interface and the mails it sends (password reset, new account) take their
strings from these catalogues.

Selection (mechanical, fixed before any text was read): every msgid of the .pot (the header
left out; a plural entry gives its singular msgid; the .pot has no msgctxt) with at least four
words (white-space separated) matching, case-insensitively, SELECT_RE: app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened by
`reset|account`, the password-reset and account strings the round asked for (46 msgids, 36
without the widening; no narrowing was needed). The key's text is taken in English and in each
.mo that translates it (a plural entry: its first form); a translation equal to the English is
skipped; near-duplicates (digits and white space aside) collapse within a language. Placeholders
(%s, %d) and inline HTML are kept as written. Cut at 500 characters.

Split: the unit is the message key (`hestiacp/hestiacp:<msgid>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates411.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, mo_catalogue, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates411.tsv")
RAW = os.path.join(HERE, "raw", "hestiacp")
HESTIA_COMMIT = "d128cc6f37f2fb7599325cb2a7cf791cd2f874ad"
LANGS = [("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|reset|account", re.I)


def hestia_items():
    pot = po_catalogue(os.path.join(RAW, "hestiacp.pot"))
    keys = [k for k, (msgid, _, _, _) in pot.items()
            if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
    english = {k: pot[k][0] for k in keys}
    tables = [("en", "en", english, None, "web/locale/hestiacp.pot")] + [
        (code, lang, {k: v[1] for k, v in mo_catalogue(os.path.join(RAW, f"{code}.mo")).items()},
         english, f"web/locale/{code}/LC_MESSAGES/hestiacp.mo")
        for code, lang in LANGS]
    for code, lang, strings, base, path in tables:
        for key, text in new_texts(strings, keys, base):
            yield item(f"hestiacp-{code}-{sha(key)[:12]}", lang, text, "hestiacp_app",
                       f"github.com/hestiacp/hestiacp@{HESTIA_COMMIT[:12]}:{path} "
                       f"(msgid {key[:80]!r}, used at {pot[key][3]}; "
                       f"copied to scripts/real_corpus/raw/hestiacp/)",
                       f"hestiacp/hestiacp:{key}", "keyword_rule_app_strings")


def items():
    yield from hestia_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
