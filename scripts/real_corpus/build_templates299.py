#!/usr/bin/env python3
"""Rebuild the three-hundred-and-third batch of tests/data/real/: the web-app strings of
Documenso (documenso/documenso, AGPL-3.0), the open-source document-signing platform, about
passwords, passkeys' neighbours (two-factor, recovery codes), backups, log-in / sign-in (and, by
the rule's `sign ?in`, signing), in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates299.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates299.py assemble     # write the jsonl files

Source: github.com/documenso/documenso at DOCUMENSO_COMMIT (2026-08-19, "v2.17.0", the stored
head; the catalogues last changed at a5e37af3e8ec, 2026-08-14), the Lingui catalogues
packages/lib/translations/{en,es,zh}/web.po (zh is Crowdin's zh-CN, Simplified; there is no
zh-Hant catalogue), copied verbatim with LICENSE to scripts/real_corpus/raw/documenso/ (see
SOURCE.md there). Licence: AGPL-3.0 (LICENSE at the same commit; copyleft). web.po is the
catalogue of the whole web app: apps/remix, packages/ui, packages/lib and the strings of the
e-mail components in packages/email; all are taken (the first `#:` reference of each entry is
kept in `origin`). Documenso's e-mails as whole messages were examined and rejected in the tenth
batch; here each catalogue string is one text, as for the other app-string batches.

Selection (mechanical, decided before any text was read): the English text is the msgid of
en/web.po (its msgstrs equal the msgids or are empty). Every live entry whose msgid has at least
four words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor). Note that
`sign ?in` also matches "signing". The message key is the msgid (`<msgctxt>::<msgid>` when it has
a context). For es and zh the msgstr of the same key in that catalogue is taken; an empty or
fuzzy entry, or a translation equal to the English text (untranslated), is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first in catalogue order is kept). Placeholders (`{0}`, `{email}`) and Lingui's numbered tags
(`<0>…</0>`) are kept as written (they are the product's own). Cut at 500 characters (none is
cut). The rule selects 187 of the 3,155 msgids and gives 551 texts (186 en, 183 es, 182 zh-Hans).
The round also asked for `sign|signature|account|2fa|passkey|token|verify`; with them the rule
selects 448 msgids and 1,309 texts, about three times the round's ~450, so before any text was
read the batch was narrowed to the standard rule alone. es and zh each hold 4 of the keys empty;
near-duplicates collapse: 1 in English ("Enable Direct Link Signing" / "Enable direct link
signing"), 1 in zh-Hans.

Split: the unit is the message key (`documenso/documenso:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`documenso-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates299.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates299.tsv")
RAW = os.path.join(HERE, "raw", "documenso")
DOCUMENSO_COMMIT = "75330166cc00b29c14399bc2e391e4b4d8080c00"
TR = f"{DOCUMENSO_COMMIT[:12]}:packages/lib/translations"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (code "en").
CATALOGUES = [("en.web.po", f"{TR}/en/web.po", "en", "en"),
              ("es.web.po", f"{TR}/es/web.po", "es", "es"),
              ("zh.web.po", f"{TR}/zh/web.po", "zh", "zh-Hans")]


def documenso_items():
    for code, lang, path, key, text, ref in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"documenso-{code}-{sha(key)[:10]}", lang, text, "documenso_app",
                   f"github.com/documenso/documenso@{path} (msgid at {ref}; copied to "
                   f"scripts/real_corpus/raw/documenso/)",
                   f"documenso/documenso:{key}", "keyword_rule_app_strings")


def items():
    yield from documenso_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
