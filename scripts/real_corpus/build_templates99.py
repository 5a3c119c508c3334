#!/usr/bin/env python3
"""Rebuild the hundred-and-third batch of tests/data/real/: the in-app messages of the BitPay
wallet, formerly Copay (bitpay/wallet, MIT), about recovery phrases, wallet keys, passwords,
PINs, backups, restoring, logging in and two-factor codes, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates99.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates99.py assemble     # write the jsonl files

Source: github.com/bitpay/wallet at WALLET_COMMIT (2022-07-27, release v12.12.2), gettext
catalogues src/assets/i18n/en.po, es.po and zh.po (Crowdin zh-CN, Chinese Simplified), copied
verbatim to scripts/real_corpus/raw/bitpay_wallet/ (see SOURCE.md there). The product has no
zh-Hant catalogue.

Selection (mechanical): every live (not `#~` obsolete) entry of en.po whose English text (its
msgid; en.po's msgstr where it differs) has at least four words (white-space separated) and
matches, case-insensitively, the regular expression SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The entry's text is taken in every
catalogue that translates it; an empty or untranslated (equal to the English) text is skipped.
Near-duplicates (digits and white space aside) collapse within the language. Placeholders
`{{name}}` are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key, the msgid (`bitpay/wallet:<msgid>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids carry
the first 12 hex digits of SHA-256 of the msgid. Labels come from
scripts/real_corpus/labels/labels_templates99.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates99.tsv")
RAW = os.path.join(HERE, "raw", "bitpay_wallet")
WALLET_COMMIT = "ec93459d1d181b2f500f78a25ccc367a4bf2374b"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def unquote(s):
    """The text of one quoted PO string."""
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    out, i, body = [], 0, s[1:-1]
    esc = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(esc.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load(code):
    """msgid -> msgstr of the live entries of <code>.po, in file order (obsolete `#~` skipped)."""
    entries, cur, field = {}, {}, None
    with open(os.path.join(RAW, f"{code}.po"), encoding="utf-8") as f:
        lines = f.read().split("\n")

    def flush():
        if "msgid" in cur and cur["msgid"]:
            entries[cur["msgid"]] = cur.get("msgstr", "")

    for line in lines:
        if line.startswith("#") or not line.strip():
            if cur and (not line.strip()):
                flush()
                cur, field = {}, None
            continue
        m = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")\s*$", line)
        if m:
            if m.group(1) == "msgid" and "msgid" in cur:
                flush()
                cur = {}
            field = m.group(1)
            cur[field] = unquote(m.group(2))
        elif line.startswith('"') and field:
            cur[field] += unquote(line)
    flush()
    return entries


def wallet_items():
    en = load("en")
    english = {k: (v if v.strip() else k) for k, v in en.items()}
    keys = [k for k in en if len(english[k].split()) >= 4 and SELECT_RE.search(english[k])]
    for code, lang in LANGS:
        strings = english if code == "en" else load(code)
        for key, text in new_texts(strings, keys, english if code != "en" else None):
            h = sha(key)[:12]
            yield item(f"bitpay-wallet-{code}-{h}", lang, text, "bitpay_wallet_app",
                       f"github.com/bitpay/wallet@{WALLET_COMMIT[:12]}:src/assets/i18n/{code}.po "
                       f"(msgid sha256 {h}; copied to scripts/real_corpus/raw/bitpay_wallet/)",
                       f"bitpay/wallet:{key}", "keyword_rule_app_strings")


def items():
    yield from wallet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
