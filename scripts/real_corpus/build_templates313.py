#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventeenth batch of tests/data/real/: the user-interface strings
of Wekan (wekan/wekan, MIT), the open-source kanban board, about passwords, log-in, accounts,
tokens, OIDC/LDAP, e-mail verification, backups and restoring, in English, Spanish, zh-Hans and
zh-Hant. Wekan's e-mail templates are already in the corpus (`wekan_email`, build_templates6.py)
and are left out here.

Usage:
    python3 scripts/real_corpus/build_templates313.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates313.py assemble     # write the jsonl files

Source: github.com/wekan/wekan at WEKAN_COMMIT (2026-08-22; LICENSE: MIT),
imports/i18n/data/en.i18n.json, es.i18n.json, zh-CN.i18n.json, zh-TW.i18n.json, copied verbatim
to scripts/real_corpus/raw/wekan_ui/ (see SOURCE.md there). The regional Spanish and Chinese
bundles (es-AR, zh-Hans, zh-HK, …) are not read.

Selection (mechanical): every key of en.i18n.json whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE (the
standard secret-word rule of app_strings.SELECT_RE: seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor; plus account, token, oidc, ldap, email, verify),
except the keys the `wekan_email` batch took (MAIL_KEYS: every `act-<type>` activity string and
every `email-<name>-subject` / `email-<name>-text` pair). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the language. The labels drop
the three non-English texts of `office-report-desc`: the es, zh-CN and zh-TW catalogues hold an
older English wording there, not a translation. Placeholders
`__name__` are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`wekan/wekan:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates313.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates313.tsv")
RAW = os.path.join(HERE, "raw", "wekan_ui")
WEKAN_COMMIT = "f5cc8e37319469dd6a4752e160540213a2094aa4"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|token|oidc|ldap|email|verify", re.I)


def load(code):
    return load_json(os.path.join(RAW, f"{code}.i18n.json"))


def mail_keys(en):
    """The keys the wekan_email batch took: every act-<type> string and every
    email-<name>-subject / email-<name>-text pair."""
    out = set()
    for key in en:
        m = re.fullmatch(r"email-(.+)-(subject|text)", key)
        if key.startswith("act-") or (m and f"email-{m.group(1)}-subject" in en
                                      and f"email-{m.group(1)}-text" in en):
            out.add(key)
    return out


def wekan_ui_items():
    en = load("en")
    skip = mail_keys(en)
    keys = [k for k in keyword_keys(en, SELECT_RE) if k not in skip]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"wkui-{code}-{key}", lang, text, "wekan_ui",
                       f"github.com/wekan/wekan@{WEKAN_COMMIT[:12]}:imports/i18n/data/"
                       f"{code}.i18n.json ({key}; copied to scripts/real_corpus/raw/wekan_ui/)",
                       f"wekan/wekan:{key}", "keyword_rule_app_strings")


def items():
    yield from wekan_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
