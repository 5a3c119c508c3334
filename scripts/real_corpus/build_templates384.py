#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-eighth batch of tests/data/real/: the web UI's messages
of NetBox (netbox-community/netbox, Apache-2.0) about log-in, passwords, API tokens, users,
permissions and secrets, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates384.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates384.py assemble     # write the jsonl files

Source: github.com/netbox-community/netbox at NETBOX_COMMIT (2026-08-22), the gettext
catalogues netbox/translations/{en,es,zh}/LC_MESSAGES/django.po: the English texts are the
msgids of en (the source catalogue, msgstr empty), es gives Spanish, zh gives zh-Hans (its
strings are in simplified characters; NetBox has no traditional-Chinese catalogue), copied
verbatim to scripts/real_corpus/raw/netbox/ with the licence (LICENSE.txt) (see SOURCE.md
there). Licence: Apache-2.0 (LICENSE.txt at the same commit is the Apache License, Version 2.0).

Selection (mechanical, decided before any text was read): every live entry of en's django.po
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened with token, secret, permission and user
(the product's log-in, API-token, user, permission and secret strings). The plain rule gives
only 16 English entries (48 texts over the three languages); the widened rule gives 69 entries
and 202 texts, below the batch's cap of ~450, so no narrowing was needed. The message key is
the msgid, with its msgctxt in front (`<msgctxt>::<msgid>`) when it has one. For en the msgid is
the text; for es and zh the msgstr of the same key is taken (msgstr[0] for a plural entry); an
empty or fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`{name}`, `%(name)s`) and inline markup are kept
as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`netbox-community/netbox:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`netbox-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates384.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates384.tsv")
RAW = os.path.join(HERE, "raw", "netbox")
NETBOX_COMMIT = "43fe81f9e833228c9869f7ddadb67e6c5f145060"
LOCALE = "netbox/translations/{}/LC_MESSAGES/django.po"
# (file under RAW, path in the repository, catalogue code, lang); the English catalogue first.
CATALOGUES = [("en.po", LOCALE.format("en"), "en", "en"),
              ("es.po", LOCALE.format("es"), "es", "es"),
              ("zh.po", LOCALE.format("zh"), "zh", "zh-Hans")]
# app_strings.SELECT_RE widened with token|secret|permission|user (see the docstring).
SELECT_RE = re.compile(BASE_RE.pattern + r"|token|secret|permission|user", re.I)


def netbox_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"netbox-{code}-{sha(key)[:10]}", lang, text, "netbox_app",
                   f"github.com/netbox-community/netbox@{NETBOX_COMMIT[:12]}:{path} (msgid at "
                   f"{ref}; copied to scripts/real_corpus/raw/netbox/)",
                   f"netbox-community/netbox:{key}", "keyword_rule_app_strings")


def items():
    yield from netbox_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
