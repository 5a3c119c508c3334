#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-fifth batch of tests/data/real/: the Bitwarden browser
extension's own strings (bitwarden/browser, GPL-3.0) about master passwords, PINs, vault
unlocking, log-in, two-step log-in, verification codes, recovery codes, autofill and
credentials, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates161.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates161.py assemble     # write the jsonl files

Source: the extension now lives in github.com/bitwarden/clients (apps/browser/), whose snapshot
(1,821,583,360 bytes) is over the fetch limit; its own repository before the move,
github.com/bitwarden/browser (archived), was fetched and read at its stored head BW_COMMIT
(2021-07-23, manifest version 1.51.1): src/_locales/en, es, zh_CN, zh_TW/messages.json and
LICENSE.txt (GPL-3.0), copied verbatim to scripts/real_corpus/raw/bitwarden_browser/ (see
SOURCE.md there). The builder reads only those copies.

Selection (mechanical, fixed before any text was read): every key of en.json whose English
`message` has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE (the standard rule of app_strings: seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor; plus, for this product, vault, unlock, master, credential,
autofill). A key whose English message is, verbatim, the text of a record already in
tests/data/real/*bitwarden*.jsonl (the web vault, Android and authenticator batches) is skipped
in every language (SKIPPED_KEYS, listed so the build does not depend on those files). The key's
message is taken in every language file that holds it; a translation equal to the English
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. Chrome-i18n placeholders ($EMAIL$, $VALUE$) are kept as written (the app's own).
Cut at 500 characters.

Split: the unit is the message key (`bitwarden/browser:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates161.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates161.tsv")
RAW = os.path.join(HERE, "raw", "bitwarden_browser")
BW_COMMIT = "7cf4cfe3d10da07dc5b37a053ad71653067afbbf"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|vault|unlock|master|credential|autofill", re.I)
# The 16 selected keys whose English message (ends' white space aside) is verbatim the text of a
# record in tests/data/real/*bitwarden*.jsonl (all in the web vault batch), checked once when
# the builder was written; skipped in every language.
SKIPPED_KEYS = frozenset([
    "loginOrCreateNewAccount", "masterPassDesc", "getMasterPasswordHint", "yourVaultIsLocked",
    "masterPassRequired", "masterPassLength", "masterPassSent", "verificationCodeRequired",
    "ppremiumSignUpTotp", "enterVerificationCodeApp", "sendVerificationCodeEmailAgain",
    "useAnotherTwoStepMethod", "recoveryCodeDesc", "authenticatorAppDesc", "disableFaviconDesc",
    "masterPasswordPolicyRequirementsNotMet"])


def load(code):
    """key -> message of one messages.json (Chrome i18n format), in file order."""
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        return {k: v["message"] for k, v in json.load(f).items()}


def bitwarden_items():
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if k not in SKIPPED_KEYS]
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"bwbrowser-{code}-{key}", lang, text, "bitwarden_browser_app",
                       f"github.com/bitwarden/browser@{BW_COMMIT[:12]}:src/_locales/{code}/"
                       f"messages.json ({key}; copied to scripts/real_corpus/raw/bitwarden_browser/)",
                       f"bitwarden/browser:{key}", "keyword_rule_app_strings")


def items():
    yield from bitwarden_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
