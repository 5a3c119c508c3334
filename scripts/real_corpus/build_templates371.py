#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-fifth batch of tests/data/real/: the web client strings
of Apache Guacamole (apache/guacamole-client, Apache-2.0) about passwords, log-in, one-time
codes, two-factor authentication, backups and recovery, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates371.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates371.py assemble     # write the jsonl files

Source: github.com/apache/guacamole-client at GUAC_COMMIT (2026-08-10), licence Apache-2.0
(LICENSE at that commit): the translation catalogues en.json, es.json and zh.json (zh is
Simplified Chinese; the repository has no zh-Hant catalogue) of the web application
(guacamole/src/main/frontend/src/translations/) and of every extension that has translations
(extensions/*/src/main/resources/translations/, modules included), copied verbatim to
scripts/real_corpus/raw/guacamole/<module>/ (see SOURCE.md there).

Selection (mechanical): in each module (the web application first, then the extensions in
MODULES order), every key of its flattened en.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language catalogue of that module that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
product and language (the first module in order keeps the text). Placeholders and HTML markup are
kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`apache/guacamole-client:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates371.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates371.tsv")
RAW = os.path.join(HERE, "raw", "guacamole")
GUAC_COMMIT = "5be18be1eeadc4cc544c737c54bd761261d2ad65"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
# module (folder under raw/guacamole/) -> its translations folder in the repository
MODULES = [
    ("guacamole", "guacamole/src/main/frontend/src/translations"),
    ("guacamole-auth-ban", "extensions/guacamole-auth-ban/src/main/resources/translations"),
    ("guacamole-auth-duo", "extensions/guacamole-auth-duo/src/main/resources/translations"),
    ("guacamole-auth-jdbc-base", "extensions/guacamole-auth-jdbc/modules/guacamole-auth-jdbc-base"
                                 "/src/main/resources/translations"),
    ("guacamole-auth-json", "extensions/guacamole-auth-json/src/main/resources/translations"),
    ("guacamole-auth-ldap", "extensions/guacamole-auth-ldap/src/main/resources/translations"),
    ("guacamole-auth-quickconnect",
     "extensions/guacamole-auth-quickconnect/src/main/resources/translations"),
    ("guacamole-auth-radius", "extensions/guacamole-auth-radius/src/main/resources/translations"),
    ("guacamole-auth-restrict",
     "extensions/guacamole-auth-restrict/src/main/resources/translations"),
    ("guacamole-auth-sso-base", "extensions/guacamole-auth-sso/modules/guacamole-auth-sso-base"
                                "/src/main/resources/translations"),
    ("guacamole-auth-totp", "extensions/guacamole-auth-totp/src/main/resources/translations"),
    ("guacamole-display-statistics",
     "extensions/guacamole-display-statistics/src/main/resources/translations"),
    ("guacamole-history-recording-storage",
     "extensions/guacamole-history-recording-storage/src/main/resources/translations"),
    ("guacamole-vault-base", "extensions/guacamole-vault/modules/guacamole-vault-base"
                             "/src/main/resources/translations"),
    ("guacamole-vault-ksm", "extensions/guacamole-vault/modules/guacamole-vault-ksm"
                            "/src/main/resources/translations"),
]


def load(module, code):
    path = os.path.join(RAW, module, f"{code}.json")
    return load_json(path, flat=True) if os.path.exists(path) else None


def guacamole_items():
    for code, lang in LANGS:
        seen = set()
        for module, upstream in MODULES:
            en = load(module, "en")
            strings = load(module, code)
            if strings is None:
                continue
            keys = keyword_keys(en, SELECT_RE)
            short = "webapp" if module == "guacamole" else module[len("guacamole-"):]
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"guacamole-{short}-{code}-{key}", lang, text, "guacamole_app",
                           f"github.com/apache/guacamole-client@{GUAC_COMMIT[:12]}:{upstream}/"
                           f"{code}.json ({key}; copied to scripts/real_corpus/raw/guacamole/"
                           f"{module}/)",
                           f"apache/guacamole-client:{key}", "keyword_rule_app_strings")


def items():
    yield from guacamole_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
