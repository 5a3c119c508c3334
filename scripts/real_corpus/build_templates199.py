#!/usr/bin/env python3
"""Rebuild the two-hundred-and-third batch of tests/data/real/: the interface strings of Bisq 2
(bisq-network/bisq2, AGPL-3.0; the desktop client of the decentralised bitcoin exchange: pop-ups,
notices, wizard and settings texts, help texts) about seed/recovery phrases, keys, passwords,
PINs, passphrases, backups, restoring, logging in, wallets, identities and profiles, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates199.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates199.py assemble     # write the jsonl files

Source: github.com/bisq-network/bisq2 at BISQ2_COMMIT (stored head, 2026-08-22), the resource
bundles i18n/src/main/resources/<bundle>.properties (English default) and
<bundle>_{es,zh-Hans,zh-Hant}.properties for the 17 bundles of Res.DEFAULT_BUNDLE_NAMES (BUNDLES
below, in that order), copied verbatim to scripts/real_corpus/raw/bisq2/ (see SOURCE.md there,
with the LICENSE of the same commit). Licence AGPL-3.0 (copyleft).

Selection (mechanical, fixed before any text was read): every key of the English bundles whose
English text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or EXTRA_RE (wallet, key/keys as a word end, identity, profile, security
manager). A key whose English text appears verbatim (ends' white space aside) in a text of
tests/data/real/{dev,heldout}_bisq_notice.jsonl (Bisq 1, already in the corpus) is skipped. A
key is looked up as Res.get does: the bundles in Res.DEFAULT_BUNDLE_NAMES order, the first that
holds it wins (no English key is in two bundles). The key's text is taken in every language that
holds it; a translation equal to the English text (ends' white space aside) is skipped as
untranslated. Near-duplicates (digits and white space aside) collapse within a language (the
first key in bundle and file order keeps the text). Java properties escapes are resolved
(\\uXXXX, \\n, \\t, \\<char>, continuation lines joined with the next line's leading white space
dropped) and MessageFormat's doubled quote '' is shown as one ' (every '' of these bundles sits in
a text with {0}-style arguments, which Res.get formats); placeholders {0}, {1} are kept as
written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`bisq-network/bisq2:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates199.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates199.tsv")
RAW = os.path.join(HERE, "raw", "bisq2")
BISQ2_COMMIT = "f25ec295e665ac7445c600bdf87ab6e70d80c5d1"
FOLDER = "i18n/src/main/resources"
# Res.DEFAULT_BUNDLE_NAMES (i18n/src/main/java/bisq/i18n/Res.java), the order Res.get searches.
BUNDLES = ["default", "application", "bisq_easy", "reputation", "trade_apps", "academy", "chat",
           "support", "user", "network", "settings", "wallet", "authorized_role", "account",
           "mu_sig", "webcam", "bi2p"]
# (file suffix, language)
LANGS = [("", "en"), ("_es", "es"), ("_zh-Hans", "zh-Hans"), ("_zh-Hant", "zh-Hant")]
EXTRA_RE = re.compile(r"wallet|key\b|keys\b|identity|profile|security manager", re.I)
SELECT_ALL = re.compile(SELECT_RE.pattern + "|" + EXTRA_RE.pattern, re.I)
BISQ1 = ["dev_bisq_notice.jsonl", "heldout_bisq_notice.jsonl"]


def load(suffix):
    """key -> (bundle, text) over the 17 bundles of one language, first bundle wins."""
    out = {}
    for bundle in BUNDLES:
        for key, text in load_properties(os.path.join(RAW, f"{bundle}{suffix}.properties")).items():
            out.setdefault(key, (bundle, text))
    return out


def bisq1_texts():
    """The texts of the Bisq 1 batch already in the corpus."""
    texts = []
    for name in BISQ1:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def bisq2_items():
    en_full = load("")
    en = {k: t for k, (_, t) in en_full.items()}
    old = bisq1_texts()
    keys = [k for k in keyword_keys(en, SELECT_ALL)
            if not any(en[k].strip() in t for t in old)]
    for suffix, lang in LANGS:
        full = en_full if suffix == "" else load(suffix)
        strings = {k: t for k, (_, t) in full.items()}
        code = suffix.lstrip("_") or "en"
        for key, text in new_texts(strings, keys, None if suffix == "" else en):
            bundle = full[key][0]
            yield item(f"bisq2-{code}-{key}", lang, text, "bisq2_app",
                       f"github.com/bisq-network/bisq2@{BISQ2_COMMIT[:12]}:{FOLDER}/"
                       f"{bundle}{suffix}.properties ({key}; copied to "
                       f"scripts/real_corpus/raw/bisq2/)",
                       f"bisq-network/bisq2:{key}", "keyword_rule_app_strings")


def items():
    yield from bisq2_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
