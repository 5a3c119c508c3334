#!/usr/bin/env python3
"""Rebuild the three-hundred-and-tenth batch of tests/data/real/: the web UI strings of listmonk,
the self-hosted newsletter and mailing-list manager (knadh/listmonk, AGPL-3.0), about passwords,
log-in, two-factor codes, API tokens, OIDC, SMTP and accounts, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates306.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates306.py assemble     # write the jsonl files

Source: github.com/knadh/listmonk at LISTMONK_COMMIT (2026-07-21), the flat JSON catalogues
i18n/en.json, es.json, zh-CN.json, zh-TW.json, copied verbatim to scripts/real_corpus/raw/listmonk_ui/
(see SOURCE.md there). Licence: AGPL-3.0 (LICENSE at that commit). The system mails' strings are
already in the corpus (`listmonk_email`, build_templates6.py): every `email.*` key and every key
that static/email-templates/* references (MAIL_KEYS, listed at that commit) is left out.

Selection (mechanical, fixed before any text was read): every key of en.json (catalogue order)
whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the shared keyword rule of app_strings (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) widened by account, api, token, oidc, smtp
and credential. The key's text is taken in every language file that holds it; a translation equal
to the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within a language. Placeholders (`{name}`) and markup are kept as written. Cut at 500
characters.

Split: the unit is the message key (`knadh/listmonk:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates306.tsv, assigned by an AI reader reading each text;
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
LABELS = os.path.join(HERE, "labels", "labels_templates306.tsv")
RAW = os.path.join(HERE, "raw", "listmonk_ui")
LISTMONK_COMMIT = "911e0b774abad4fbf7b534be43a34a80fb6ace5b"
REPO = "knadh/listmonk"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|api|token|oidc|smtp|credential", re.I)
# The keys static/email-templates/* takes with L.T / L.Ts / L.Tf at LISTMONK_COMMIT (the mails of
# the `listmonk_email` source), besides the `email.*` keys.
MAIL_KEYS = {"public.poweredBy", "globals.terms.campaign", "settings.smtp.testConnection"}


def load(code):
    return load_json(os.path.join(RAW, f"{code}.json"))


def ui_keys(en):
    return [k for k in keyword_keys(en, SELECT_RE)
            if not k.startswith("email.") and k not in MAIL_KEYS]


def listmonk_items():
    en = load("en")
    keys = ui_keys(en)
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"listmonk-ui-{code}-{key}", lang, text, "listmonk_ui",
                       f"github.com/{REPO}@{LISTMONK_COMMIT[:12]}:i18n/{code}.json ({key}; "
                       f"copied to scripts/real_corpus/raw/listmonk_ui/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from listmonk_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
