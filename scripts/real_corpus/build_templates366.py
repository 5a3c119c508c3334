#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventieth batch of tests/data/real/: the in-app and e-mail
strings of Tryton (the open-source ERP of the Tryton foundation / B2CK, GPL-3.0) about
passwords, logging in, SMS codes and password-reset mails, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates366.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates366.py assemble     # write the jsonl files

Source: Tryton's GitHub mirrors under github.com/tryton/, archived when the project moved to one
repository (the stored github.com/tryton/tryton monorepo is over the fetch limit), each at its
stored head (series 6.6, 2022-10/12), reached with `fetch`:
  trytond (the server)             TRYTOND_COMMIT  trytond/res/locale/es.po, zh_CN.po
  web_user (the web users module)  WEB_USER_COMMIT locale/es.po, zh_CN.po
  authentication_sms (SMS codes)   AUTH_SMS_COMMIT locale/es.po, zh_CN.po
  tryton-client (desktop client)   CLIENT_COMMIT   tryton/data/locale/tryton.pot, es and zh_CN
                                                   LC_MESSAGES/tryton.po
copied verbatim with the LICENSE (GPL-3.0, the same file in all four repositories) to
scripts/real_corpus/raw/tryton/ (see SOURCE.md there). Tryton ships no zh_TW (zh-Hant)
catalogue. The web client sao (github.com/tryton/sao 8eb1e9ca0f8d, locale/messages.pot) and
trytond/ir/locale give no text under the rule below (their login strings are one or two words)
and are not copied.

Selection (mechanical, decided before any text was read): every live entry of the English
catalogue (tryton.pot for the client; for trytond and the modules, which ship no .pot, the
msgids of es.po, the catalogues holding the same entries) whose msgid has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor). The message key is
`<msgctxt>::<msgid>` (the msgid alone when it has no context). For es and zh_CN (zh-Hans) the
msgstr of the same key is taken; an empty or fuzzy entry, or a translation equal to the English
text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within
a language over all four catalogues, in the order above. Placeholders (`%(name)s`, `%s`) are kept
as written. Cut at 500 characters. No narrowing was needed.

Split: the unit is the message key prefixed by its repository (`tryton/<repo>:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Ids are `tryton-<repo>-<code>-<first 10 hex digits of SHA-256 of the
key>`. Labels come from scripts/real_corpus/labels/labels_templates366.tsv, assigned by an AI
reader reading each text; the scanner played no part.
"""
import os

from app_strings import SELECT_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates366.tsv")
RAW = os.path.join(HERE, "raw", "tryton")
TRYTOND_COMMIT = "3df41d95dd2758c253cbf1c52043a104a2cae51a"
WEB_USER_COMMIT = "42456ecb41d48fe07cba1c6bce38d60ade64d10d"
AUTH_SMS_COMMIT = "5b59474b225aecca5716ba2237aec9942acb4776"
CLIENT_COMMIT = "72b3b0705aa643808d8af9acd74a24ffea00c9b4"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans")]
# (repository, commit, English file under RAW, {code: (file under RAW, path in the repository)}).
CATALOGUES = [
    ("trytond", TRYTOND_COMMIT, "trytond.res.es.po",
     {"en": ("trytond.res.es.po", "trytond/res/locale/es.po (msgids)"),
      "es": ("trytond.res.es.po", "trytond/res/locale/es.po"),
      "zh_CN": ("trytond.res.zh_CN.po", "trytond/res/locale/zh_CN.po")}),
    ("web_user", WEB_USER_COMMIT, "web_user.es.po",
     {"en": ("web_user.es.po", "locale/es.po (msgids)"),
      "es": ("web_user.es.po", "locale/es.po"),
      "zh_CN": ("web_user.zh_CN.po", "locale/zh_CN.po")}),
    ("authentication_sms", AUTH_SMS_COMMIT, "authentication_sms.es.po",
     {"en": ("authentication_sms.es.po", "locale/es.po (msgids)"),
      "es": ("authentication_sms.es.po", "locale/es.po"),
      "zh_CN": ("authentication_sms.zh_CN.po", "locale/zh_CN.po")}),
    ("tryton-client", CLIENT_COMMIT, "tryton-client.pot",
     {"en": ("tryton-client.pot", "tryton/data/locale/tryton.pot"),
      "es": ("tryton-client.es.po", "tryton/data/locale/es/LC_MESSAGES/tryton.po"),
      "zh_CN": ("tryton-client.zh_CN.po", "tryton/data/locale/zh_CN/LC_MESSAGES/tryton.po")}),
]


def tryton_items():
    for code, lang in LANGS:
        seen = set()
        for repo, commit, en_file, files in CATALOGUES:
            en = po_catalogue(os.path.join(RAW, en_file))
            keys = [k for k, (msgid, _, _, _) in en.items()
                    if len(msgid.split()) >= 4 and SELECT_RE.search(msgid)]
            english = {k: en[k][0] for k in keys}
            file, path = files[code]
            if code == "en":
                strings, base = english, None
            else:
                cat = po_catalogue(os.path.join(RAW, file))
                strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
            for key, text in new_texts(strings, keys, base, seen):
                yield item(f"tryton-{repo}-{code}-{sha(key)[:10]}", lang, text, "tryton_app",
                           f"github.com/tryton/{repo}@{commit[:12]}:{path} "
                           f"(copied to scripts/real_corpus/raw/tryton/{file})",
                           f"tryton/{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from tryton_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
