#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-third batch of tests/data/real/: the in-app strings of
Trilium Notes (TriliumNext/Notes, AGPL-3.0, copyleft), the hierarchical note-taking application,
about passwords, protected (encrypted) notes and sessions, log-in, synchronisation, ETAPI tokens,
backups and restoring, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates239.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates239.py assemble     # write the jsonl files

Source: github.com/TriliumNext/Notes at TRILIUM_COMMIT (2025-04-19, "Merge pull request #1753
from TriliumNext/renovate/eslint-monorepo", the stored head), the predecessor of
github.com/TriliumNext/Trilium (whose snapshot is over the fetch size limit). Two i18next JSON
catalogues per language: the client's src/public/translations/<code>/translation.json and the
server's translations/<code>/server.json, codes en, es, cn (zh-Hans) and tw (zh-Hant), copied
verbatim to scripts/real_corpus/raw/trilium/{client,server}/<code>.json (see SOURCE.md there).
Licence AGPL-3.0 (LICENSE at the same commit, copied there).

Selection (mechanical, fixed before any text was read): every leaf of the English catalogues
(nested keys flattened with dots, client catalogue first, then server) whose English text has at
least four white-space separated words and matches, case-insensitively, SELECT_RE: the standard
app-string rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened, as the batch's brief asked, by protected, encrypt, session, sync, token and
ETAPI. The key's text is taken in every language that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language, over both catalogues (the first key, client before server, keeps the text).
HTML tags and i18next placeholders ({{title}}) are kept as the catalogue writes them. Cut at 500
characters (build_templates.item).

Split: the unit is the catalogue-qualified message key (`TriliumNext/Notes:client:<key>` or
`TriliumNext/Notes:server:<key>`), all languages of one key on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates239.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates239.tsv")
RAW = os.path.join(HERE, "raw", "trilium")
TRILIUM_COMMIT = "841fddb2ec04934a350044f3ef9666b4175b8591"
LANGS = [("en", "en"), ("es", "es"), ("cn", "zh-Hans"), ("tw", "zh-Hant")]
CATALOGUES = [("client", "src/public/translations/{code}/translation.json"),
              ("server", "translations/{code}/server.json")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|protected|encrypt|session|sync|token|ETAPI", re.I)


def load(cat, code):
    return load_json(os.path.join(RAW, cat, f"{code}.json"), flat=True)


def trilium_items():
    for code, lang in LANGS:
        seen = set()
        for cat, path in CATALOGUES:
            en = load(cat, "en")
            keys = keyword_keys(en, SELECT_RE)
            for key, text in new_texts(load(cat, code), keys, None if code == "en" else en, seen):
                yield item(f"trilium-{code}-{cat}-{key}", lang, text, "trilium_notes_app",
                           f"github.com/TriliumNext/Notes@{TRILIUM_COMMIT[:12]}:"
                           f"{path.format(code=code)} ({key}; copied to "
                           f"scripts/real_corpus/raw/trilium/{cat}/{code}.json)",
                           f"TriliumNext/Notes:{cat}:{key}", "keyword_rule_app_strings")


def items():
    yield from trilium_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
