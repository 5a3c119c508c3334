#!/usr/bin/env python3
"""Rebuild the two-hundred-and-seventy-eighth batch of tests/data/real/: the web frontend
messages of the Zabbix monitoring system (zabbix/zabbix, through the faithful fork
yinhejianke/zabbix; GPL-2.0-or-later at this commit) about passwords, passphrases, private keys,
recovery, logging in and signing in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates274.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates274.py assemble     # write the jsonl files

Source: upstream Zabbix trunk commit ZABBIX_COMMIT (2019-06-02, "[ZBX-1357] automatic
translation file sync for trunk", Zabbix 4.4.0alpha1), read from github.com/yinhejianke/zabbix,
an unmodified fork sharing upstream's commit hashes (zabbix/zabbix itself is over the fetch size
limit); frontends/php/locale/{en_US,es,zh_CN,zh_TW}/LC_MESSAGES/frontend.po, copied verbatim with
the licence (COPYING, the GPL-2.0 text, and README, the "version 2 or any later version" notice)
to scripts/real_corpus/raw/zabbix/ (see SOURCE.md there). Licence: GPL-2.0-or-later (copyleft).

Selection (mechanical, decided before any text was read): every live entry of en_US/frontend.po
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor), the standard rule with no extra words. The message key is the
msgid (`<msgctxt>::<msgid>` when it has a context; none of the selected has one). For en the
msgid is the text; for es, zh_CN and zh_TW the msgstr of the same msgid in that catalogue is
taken (msgstr[0] for a plural entry); an empty or fuzzy entry, or a translation equal to the
English text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first in catalogue order is kept). Placeholders (`%1$s`,
`%s`) are kept as written (they are the product's own). Cut at 500 characters (no text is that
long). The rule selects 21 of the 3,450 msgids and gives 62 texts (en 21, zh-Hans 21, zh-Hant
13, es 7; es leaves 14 of the keys empty and zh_TW 8; no fuzzy entry, no translation equal to
the English, no near-duplicate among the selected), far under the round's ~450; it was not
narrowed.

Split: the unit is the message key (`zabbix/zabbix:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`zabbix-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates274.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates274.tsv")
RAW = os.path.join(HERE, "raw", "zabbix")
ZABBIX_COMMIT = "6c7eeb201c277388987eb180b56d94859261de93"
LOCALE = "frontends/php/locale"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang)
CATALOGUES = [(f"{code}.po", f"{ZABBIX_COMMIT[:12]}:{LOCALE}/{code}/LC_MESSAGES/frontend.po",
               short, lang)
              for code, short, lang in [("en_US", "en", "en"), ("es", "es", "es"),
                                        ("zh_CN", "zh_CN", "zh-Hans"),
                                        ("zh_TW", "zh_TW", "zh-Hant")]]


def zabbix_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"zabbix-{code}-{sha(key)[:10]}", lang, text, "zabbix_app",
                   f"github.com/yinhejianke/zabbix (upstream zabbix/zabbix)@{path} (msgid at "
                   f"frontends/php/{ref}; copied to scripts/real_corpus/raw/zabbix/)",
                   f"zabbix/zabbix:{key}", "keyword_rule_app_strings")


def items():
    yield from zabbix_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
