#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-seventh batch of tests/data/real/: the in-app messages of
the Talisman browser-extension wallet (Polkadot/Ethereum; TalismanSociety/talisman, GPL-3.0)
about recovery phrases, private keys, passwords, backups, restoring, logging in and codes, in
English (the only language the repository ever held a translated catalogue of: its cn, fr and ru
catalogues were committed empty but for a few test strings, and there is no Spanish one).

Usage:
    python3 scripts/real_corpus/build_templates343.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates343.py assemble     # write the jsonl files

Source: github.com/TalismanSociety/talisman at TALISMAN_COMMIT (2023-07-10, on the `dev` branch),
the last commit whose tree holds the extension's English catalogues: the five i18next namespaces
apps/extension/public/locales/en/{admin,common,onboard,request,send-funds}.json (natural-language
keys, the English text as value). The next commit (6a3081032, "Integrate simple localize")
deleted them: since then the catalogues are pulled from SimpleLocalize at build time and
git-ignored. Copied verbatim to scripts/real_corpus/raw/talisman/ (see SOURCE.md there).
Licence: GPL-3.0 (apps/extension/LICENSE at the same commit; package.json "GPL-3.0-or-later";
the repository has no top-level LICENSE at that commit).

Selection (mechanical): every key of the five namespaces, in the order NAMESPACES and then file
order, whose English text has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). Near-duplicates (digits and white space aside) collapse over the
whole English catalogue (the first namespace in NAMESPACES keeps the text). Placeholders
`{{name}}` and `<0>…</0>` tags are kept as written (they are the app's own). Cut at 500
characters. Spanish, zh-Hans and zh-Hant: none (no catalogue).

Split: the unit is the message key with its namespace (`TalismanSociety/talisman:<ns>:<key>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates343.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates343.tsv")
RAW = os.path.join(HERE, "raw", "talisman")
TALISMAN_COMMIT = "accd198fa7010ad23ab7873d1a96590ccc10565f"
NAMESPACES = ["onboard", "common", "admin", "request", "send-funds"]


def talisman_items():
    seen = set()
    for ns in NAMESPACES:
        en = load_json(os.path.join(RAW, f"{ns}.json"))
        for key, text in new_texts(en, keyword_keys(en, SELECT_RE), None, seen):
            yield item(f"talisman-en-{ns}-{sha(ns + ':' + key)[:12]}", "en", text,
                       "talisman_app",
                       f"github.com/TalismanSociety/talisman@{TALISMAN_COMMIT[:12]}:"
                       f"apps/extension/public/locales/en/{ns}.json (key = the English text; "
                       f"copied to scripts/real_corpus/raw/talisman/)",
                       f"TalismanSociety/talisman:{ns}:{key}", "keyword_rule_app_strings")


def items():
    yield from talisman_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
