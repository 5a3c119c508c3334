#!/usr/bin/env python3
"""Rebuild the hundred-and-first batch of tests/data/real/: the in-app messages of the AirGap
Vault offline signer (airgap-it/airgap-vault, MIT) about seed/recovery phrases, mnemonics, keys,
passwords, passcodes, PINs, passphrases, backups, restoring, logging in and one-time/2FA codes, in
English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates97.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates97.py assemble     # write the jsonl files

Source: github.com/airgap-it/airgap-vault at VAULT_COMMIT (2026-03-19, release 3.34.4),
src/assets/i18n/en.json, es.json, zh_CN.json, copied verbatim to
scripts/real_corpus/raw/airgap_vault/ (see SOURCE.md there). Licence: MIT (LICENSE.md at the same
commit, copied alongside).

Selection (mechanical, fixed before any text was read): the catalogues are nested JSON objects;
each string's key is its path with the levels joined by dots (`a.b.c`), in file order. Every key
of en.json whose English text has at least four words (white-space separated) and matches,
case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor; `sign ?in` also matches "signing", kept as
written). The key's text is taken in every language file
that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language (the
first key in file order keeps the text). HTML markup (`<span …>`, `<b>`, `<br />`) and `{{name}}`
placeholders are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`airgap-it/airgap-vault:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates97.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates97.tsv")
RAW = os.path.join(HERE, "raw", "airgap_vault")
VAULT_COMMIT = "aa50b7f0371ed2e681f358d22b546c7c000e05b7"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans")]


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"), flat=True)


def vault_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"airgap-vault-{code}-{key}", lang, text, "airgap_vault_app",
                   f"github.com/airgap-it/airgap-vault@{VAULT_COMMIT[:12]}:src/assets/i18n/"
                   f"{code}.json ({key}; copied to scripts/real_corpus/raw/airgap_vault/)",
                   f"airgap-it/airgap-vault:{key}", "keyword_rule_app_strings")


def items():
    yield from vault_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
