#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-third batch of tests/data/real/: the messages of Password
Safe's wxWidgets user interface (pwsafe/pwsafe, Artistic License 2.0) about the master password
(safe combination), passphrases, PINs, backups, restoring and YubiKey log-in, in English, Spanish
and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates459.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates459.py assemble     # write the jsonl files

Source: github.com/pwsafe/pwsafe at PWSAFE_COMMIT (head of 2026-08-19), the wxWidgets gettext
catalogues src/ui/wxWidgets/I18N/pwsafe.pot (English msgids), pos/pwsafe_es.po and
pos/pwsafe_zh_CN.po, copied verbatim to scripts/real_corpus/raw/pwsafe/ (see SOURCE.md there).
The wxWidgets UI has no zh_TW catalogue; the Windows UI's catalogues (src/ui/Windows/I18N/) are
not used.

Selection (mechanical): every live entry of pwsafe.pot (the key is its msgid, with `<msgctxt>::`
in front when it has a context) whose English msgid has at least four words (white-space
separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in English (the
msgid) and in each translation that holds it, non-empty and not fuzzy; a translation equal to the
English (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
a language. Placeholders (%ls, %d, …) and accelerator ampersands are kept as written. Cut at 500
characters.

Split: the unit is the message key (`pwsafe/pwsafe:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates459.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates459.tsv")
RAW = os.path.join(HERE, "raw", "pwsafe")
PWSAFE_COMMIT = "12d4b62bd33c661685e0f61d7160a0131e11808c"
# (file under RAW, path in the repository, catalogue code, lang); the .pot first.
CATALOGUES = [("pwsafe.pot", "src/ui/wxWidgets/I18N/pwsafe.pot", "en", "en"),
              ("pwsafe_es.po", "src/ui/wxWidgets/I18N/pos/pwsafe_es.po", "es", "es"),
              ("pwsafe_zh_CN.po", "src/ui/wxWidgets/I18N/pos/pwsafe_zh_CN.po", "zh_CN",
               "zh-Hans")]


def pwsafe_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        kind = "msgid" if code == "en" else "msgstr"
        yield item(f"pwsafe-{code}-{sha(key)[:10]}", lang, text, "pwsafe_app",
                   f"github.com/pwsafe/pwsafe@{PWSAFE_COMMIT[:12]}:{path} ({kind}; "
                   f"msgid at {ref}; copied to scripts/real_corpus/raw/pwsafe/)",
                   f"pwsafe/pwsafe:{key}", "keyword_rule_app_strings")


def items():
    yield from pwsafe_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
