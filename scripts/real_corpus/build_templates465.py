#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-ninth batch of tests/data/real/: the user-interface strings
of Balsa (GNOME's e-mail client, GPL-2.0-or-later) about mailbox and SMTP passwords, the GnuPG
passphrase, backups, logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates465.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates465.py assemble     # write the jsonl files

Source: upstream GNOME/balsa (gitlab.gnome.org/GNOME/balsa), reached as its GitHub mirror
github.com/GNOME/balsa at BALSA_COMMIT (2026-05-25, "Merge branch 'sk_translation' into
'master'", Albrecht Dreß); po/es.po (es), po/zh_CN.po (zh-Hans) and po/zh_TW.po (zh-Hant),
copied verbatim with COPYING (GNU GPL version 2; the sources say "or (at your option) any later
version") to scripts/real_corpus/raw/balsa/ (see SOURCE.md there). The licence is copyleft. The
repository holds no .pot template: the English texts are the msgids. zh_TW.po is old (its
POT-Creation-Date is 2006-04-01), so some of its msgids are strings of older Balsa releases.

Selection (mechanical, decided before any text was read): the English keys are the union of the
msgids of the three po files (es.po's entries in order, then those only in zh_CN.po, then those
only in zh_TW.po). Every key whose msgid has at least four words (white-space separated) and
matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor). The message key is the msgid
(`<msgctxt>::<msgid>` when it has a context). For en the msgid is the text; for es, zh_CN and
zh_TW the msgstr of the same msgid in that catalogue is taken (msgstr[0] for a plural entry); a
missing, empty or fuzzy entry, or a translation equal to the English text (untranslated), is
skipped. Near-duplicates (digits and white space aside) collapse within the language (the first
in key order is kept). Placeholders (`%s`, `%d`) and mnemonic underscores are kept as written
(they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`GNOME/balsa:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`balsa-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates465.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_merged_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates465.tsv")
RAW = os.path.join(HERE, "raw", "balsa")
BALSA_COMMIT = "270c45480d030dae8c67ffeecd2575cef03f1e89"
# (file under RAW, catalogue code, lang), in the order the English keys are gathered.
CATALOGUES = [("es.po", "es", "es"), ("zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "zh_TW", "zh-Hant")]


def balsa_items():
    for code, lang, file, key, text, ref in po_merged_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"balsa-{code}-{sha(key)[:10]}", lang, text, "balsa_app",
                   f"github.com/GNOME/balsa@{BALSA_COMMIT[:12]}:po/{file} "
                   f"(msgid at {ref}; copied to scripts/real_corpus/raw/balsa/)",
                   f"GNOME/balsa:{key}", "keyword_rule_app_strings")


def items():
    yield from balsa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
