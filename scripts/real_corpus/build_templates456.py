#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixtieth batch of tests/data/real/: the user-interface strings of
the HexChat IRC client (hexchat/hexchat, GPL-2.0-or-later) about server, NickServ and SASL
passwords, log-in, authentication, certificates and keys, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates456.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates456.py assemble     # write the jsonl files

Source: github.com/hexchat/hexchat at HEXCHAT_COMMIT (2024-02-09), the gettext catalogues
po/es.po (es), po/zh_CN.po (Language: zh_CN, zh-Hans) and po/zh_TW.po (Language: zh_TW, zh-Hant),
copied verbatim to scripts/real_corpus/raw/hexchat/ with the licence (COPYING) (see SOURCE.md
there). Licence: GPL-2.0-or-later (COPYING at the root, GPL version 2, same commit; the source
headers say "or (at your option) any later version"). The repository has no .pot template; the
English texts are the msgids, identical (same 1446 live entries, same order) in the three
catalogues, read from es.po.

Selection (mechanical, decided before any text was read): every live entry whose msgid (the
English text) has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or the batch's extra words `nickserv`, `sasl`, `authenticat`, `identif`, `pass`
(whole word), `credential`, `secret`, `key`/`keys` (whole word), `certificat`, `encrypt`,
`account`, `code` (whole word), `verif`, `regist`. The base rule alone takes only 10 keys, so the
batch's words were added (the brief's NickServ/SASL passwords and server log-in, as the Movim
batch did); with them 30 keys, so no narrowing was needed. The message key is the msgid (no
entry has a msgctxt). For en the msgid is the text; for es, zh_CN and zh_TW the msgstr of the
same key in that catalogue (msgstr[0] for a plural entry); an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language (the first in catalogue order is
kept). Placeholders (`%s`, `%C`, `$1`, mnemonic underscores) are kept as written (they are the
product's own). Cut at 500 characters.

Split: the unit is the message key (`hexchat/hexchat:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`hexchat-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates456.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates456.tsv")
RAW = os.path.join(HERE, "raw", "hexchat")
HEXCHAT_COMMIT = "b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a"
# (file under RAW, path in the repository, catalogue code, lang); the first gives the English
# texts (its msgids: no .pot in the repository, the msgids are the same in every catalogue).
CATALOGUES = [("es.po", "po/es.po", "en", "en"),
              ("es.po", "po/es.po", "es", "es"),
              ("zh_CN.po", "po/zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "po/zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|nickserv|sasl|authenticat|identif|\bpass\b"
                       r"|credential|secret|\bkeys?\b|certificat|encrypt|account|\bcode\b"
                       r"|verif|regist", re.I)


def hexchat_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        what = "msgid" if code == "en" else "msgstr"
        yield item(f"hexchat-{code}-{sha(key)[:10]}", lang, text, "hexchat_app",
                   f"github.com/hexchat/hexchat@{HEXCHAT_COMMIT[:12]}:{path} ({what}; msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/hexchat/)",
                   f"hexchat/hexchat:{key}", "keyword_rule_app_strings")


def items():
    yield from hexchat_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
