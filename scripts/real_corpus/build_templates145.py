#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-ninth batch of tests/data/real/: the in-app messages of
Natrium, the Nano wallet (appditto/natrium_wallet_flutter, MIT) about seeds, secret phrases,
private keys, passwords, PINs, backups, log-out/log-in, accounts, verification and confirmation,
in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates145.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates145.py assemble     # write the jsonl files

Source: github.com/appditto/natrium_wallet_flutter at NATRIUM_COMMIT (2024-10-08, stored head),
lib/l10n/intl_messages.arb (the English source catalogue), intl_es.arb, intl_zh-Hans.arb,
intl_zh-Hant.arb, copied verbatim to scripts/real_corpus/raw/natrium/ (see SOURCE.md there).
Licence MIT (LICENSE at the same commit; only the logo, animations and `assets` folder are
reserved, none of them used here).

Selection (mechanical, fixed before any text was read): every key of intl_messages.arb (the
`@`-metadata entries left out) whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the shared app-string rule
(app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus account, verif, confirm, secret, phrase. The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language. Keys that only a
translation holds (Kalium's `...Kal` strings shared by the translation project) are not English
keys of Natrium and are not taken. Placeholders (`%1`, `%2`) and line breaks are kept as the app
writes them. Cut at 500 characters.

Split: the unit is the message key (`appditto/natrium_wallet_flutter:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates145.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as SHARED_RE
from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates145.tsv")
RAW = os.path.join(HERE, "raw", "natrium")
REPO = "appditto/natrium_wallet_flutter"
NATRIUM_COMMIT = "814c26f6106ab4696b7b34254a092b3502d2ea8b"
# (file code, lang); "messages" is the English source catalogue.
LANGS = [("messages", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|account|verif|confirm|secret|phrase", re.I)


def load(code):
    """key -> text of lib/l10n/intl_<code>.arb, the `@` entries (metadata) left out."""
    with open(os.path.join(RAW, f"intl_{code}.arb"), encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("@")}


def natrium_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="messages"):
        yield item(f"natrium-{lang}-{key}", lang, text, "natrium_app",
                   f"github.com/{REPO}@{NATRIUM_COMMIT[:12]}:lib/l10n/intl_{code}.arb ({key}; "
                   f"copied to scripts/real_corpus/raw/natrium/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from natrium_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
