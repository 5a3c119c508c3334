#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-fifth batch of tests/data/real/: the in-app messages of the
Valora mobile wallet (valora-inc/wallet, Apache-2.0) about recovery phrases, private keys, PINs,
passwords, backups, restoring, log-in, verification and the wallet itself, in English, Spanish and
zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates291.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates291.py assemble     # write the jsonl files

Source: github.com/valora-inc/wallet at VALORA_COMMIT (2025-03-04), the last commit holding the
i18next catalogues locales/<code>/translation.json (the next commit, 367b11dbc924 "chore: prepare
to divvi migration", deleted them; the stored head 22e94424005d keeps only the iOS permission
strings under locales/*.json). locales/base/translation.json (the English source catalogue),
es-419/translation.json and zh-CN/translation.json are copied verbatim to
scripts/real_corpus/raw/valora/ as base.json, es-419.json, zh-CN.json (see SOURCE.md there).
Licence: Apache-2.0 (LICENSE at the same commit).

Selection (mechanical, fixed before any text was read): every key of base.json, flattened to
dotted keys (arrays are leaves and so left out), whose English text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the common keyword rule of
app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) plus wallet, verify, verification, keyless, cloud backup. The round's rule also named
`account`; with it the rule gives 228 keys / 652 texts, far above the batch's ~450, so `account`
was dropped (184 keys / 523 texts). The key's text is taken in every catalogue that holds it; a
translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and white
space aside) collapse within the language. i18next placeholders `{{name}}` and `<0>…</0>` markup
are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`valora-inc/wallet:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates291.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as COMMON_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates291.tsv")
RAW = os.path.join(HERE, "raw", "valora")
VALORA_COMMIT = "f308880a6b84999ac611b8aa3ecebc4d2b9ea2ba"
LANGS = [("base", "en"), ("es-419", "es"), ("zh-CN", "zh-Hans")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|wallet|verify|verification|keyless|cloud backup",
                       re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def valora_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="base"):
        yield item(f"valora-{code}-{key}", lang, text, "valora_app",
                   f"github.com/valora-inc/wallet@{VALORA_COMMIT[:12]}:locales/{code}/"
                   f"translation.json ({key}; copied to scripts/real_corpus/raw/valora/)",
                   f"valora-inc/wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from valora_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
