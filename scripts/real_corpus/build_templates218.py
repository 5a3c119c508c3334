#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-second batch of tests/data/real/: the in-app messages and
the account e-mails of the Padloc password manager (padloc/padloc, AGPL-3.0) about master
passwords, vaults, unlocking, biometrics, accounts, e-mail verification, recovery, backups and
logging in, in English, Spanish and zh-Hant (Padloc has no zh-Hans catalogue).

Usage:
    python3 scripts/real_corpus/build_templates218.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates218.py assemble     # write the jsonl files

Source: github.com/padloc/padloc at PADLOC_COMMIT (stored head, 2023-12-10; the catalogues were
last changed 2023-03-05). In-app strings: packages/locale/res/translations/_template.json (the
English texts: a JSON list of [English, translation] pairs whose English is the message key and
whose translation is empty), es.json and tw.json (Chinese Traditional, Taiwan: zh-Hant), same
format. E-mails: assets/email/*.txt (English only; the .html twins carry the same words). All
copied verbatim to scripts/real_corpus/raw/padloc/ (see SOURCE.md there).

Selection (mechanical): every English message of _template.json that has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the standard secret-word rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus
master password, vault, unlock, biometric, account, email. English is the message itself; for
es and zh-Hant the translation paired with the same English in that catalogue is taken; an
empty translation, or one equal to the English (untranslated), is skipped. Near-duplicates
(digits and white space aside) collapse within the product and language (the first in catalogue
order is kept). Placeholders {0}, {1} are kept as written (they are the app's own). The e-mail
templates are taken by the same rule applied to a template's whole text (placeholders
`{{ name }}` kept). Cut at 500 characters.

Split: the unit is the message key (`padloc/padloc:<English message>`; for an e-mail
`padloc/padloc:assets/email/<file>`), all languages of one key on one side; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are `padloc-<en|es|tw>-<first 10 hex
digits of SHA-256 of the English message>` and `padloc-email-<file name without .txt>`. Labels
come from scripts/real_corpus/labels/labels_templates218.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, norm
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates218.tsv")
RAW = os.path.join(HERE, "raw", "padloc")
PADLOC_COMMIT = "1d2e9129d65afad72cf7fefc80fd5eb20b5671d9"
TR_DIR = "packages/locale/res/translations"
# (file under RAW, catalogue code, lang)
CATALOGUES = [("_template.json", "en", "en"), ("es.json", "es", "es"), ("tw.json", "tw", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|master password|vault|unlock|biometric|account"
                       r"|email", re.I)


def selected(text):
    return len(text.split()) >= 4 and bool(SELECT_RE.search(text))


def load_pairs(name):
    with open(os.path.join(RAW, name), encoding="utf-8") as f:
        return json.load(f)


def app_items():
    keys = [en for en, _ in load_pairs("_template.json") if selected(en)]
    for fname, code, lang in CATALOGUES:
        strings = {k: k for k in keys} if code == "en" else dict(load_pairs(fname))
        seen = set()
        for key in keys:
            text = strings.get(key)
            if not isinstance(text, str) or not text.strip():
                continue
            if code != "en" and text.strip() == key.strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"padloc-{code}-{sha(key)[:10]}", lang, text, "padloc_app",
                       f"github.com/padloc/padloc@{PADLOC_COMMIT[:12]}:{TR_DIR}/{fname} "
                       f"(copied to scripts/real_corpus/raw/padloc/)",
                       f"padloc/padloc:{key}", "keyword_rule_app_strings")


def email_items():
    email_dir = os.path.join(RAW, "email")
    for fname in sorted(os.listdir(email_dir)):
        if not fname.endswith(".txt"):
            continue
        with open(os.path.join(email_dir, fname), encoding="utf-8") as f:
            text = f.read()
        if not selected(text):
            continue
        yield item(f"padloc-email-{fname[:-len('.txt')]}", "en", text, "padloc_email",
                   f"github.com/padloc/padloc@{PADLOC_COMMIT[:12]}:assets/email/{fname} "
                   f"(copied to scripts/real_corpus/raw/padloc/email/)",
                   f"padloc/padloc:assets/email/{fname}", "keyword_rule_app_strings")


def items():
    yield from app_items()
    yield from email_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
