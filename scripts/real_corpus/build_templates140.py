#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-fourth batch of tests/data/real/: the web app strings of
Ghostfolio (ghostfolio/ghostfolio, AGPL-3.0), an open-source wealth-management / portfolio
tracker, about passwords, security tokens, accounts, sign-in, verification and backups, in
English, Spanish and zh-Hans (the product has no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates140.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates140.py assemble     # write the jsonl files

Source: github.com/ghostfolio/ghostfolio at GF_COMMIT (2026-08-22), the Angular i18n catalogues
apps/client/src/locales/messages.xlf (English <source>), messages.es.xlf and messages.zh.xlf
(<target>), copied verbatim to scripts/real_corpus/raw/ghostfolio/ (see SOURCE.md there).
Licence AGPL-3.0 (LICENSE at the same commit): copyleft, raw/ stays out of the crate package.

Text of a <source>/<target>: the interpolation placeholders (<x id="INTERPOLATION…"/>,
<x id="PH…"/>) become their equiv-text as written (`{{ user.name }}`, the app's own), line
breaks become a new line, every other <x/> (HTML tags, links, @if blocks, ICU references) is
dropped; XML entities unescaped, runs of white space collapsed within a line.

Selection (mechanical): every <trans-unit> whose English text has at least four words (white-
space separated) and matches, case-insensitively, SELECT_RE: the standard secret-word rule (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus, for this
product, account, verif, confirm, token, access. The unit's text is taken in English and in
the es and zh <target> (state aside); a translation equal to the English text (untranslated)
is skipped. Near-duplicates (digits and white space aside) collapse within a language. Cut at
500 characters.

Split: the unit is the message id (`ghostfolio/ghostfolio:<trans-unit id>`), all languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates140.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import html
import os
import re

from app_strings import norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates140.tsv")
RAW = os.path.join(HERE, "raw", "ghostfolio")
GF_REPO = "ghostfolio/ghostfolio"
GF_COMMIT = "c542997d27990365b607c7a6c9fe4bc8835a55c8"
# (file suffix, id code, language); "" is the English source catalogue
LANGS = [("", "en", "en"), (".es", "es", "es"), (".zh", "zh", "zh-Hans")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|account|verif|confirm|token|access", re.I)
UNIT_RE = re.compile(r'<trans-unit id="([^"]+)"[^>]*>(.*?)</trans-unit>', re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TARGET_RE = re.compile(r"<target(?: [^>]*)?>(.*?)</target>", re.S)
X_RE = re.compile(r'<x id="([^"]*)"([^>]*)/>')
EQUIV_RE = re.compile(r'equiv-text="([^"]*)"')


def render(xml):
    """The shown text of a <source>/<target> body (see the module docstring)."""
    def sub(m):
        xid, attrs = m.group(1), m.group(2)
        if xid.startswith(("INTERPOLATION", "PH")):
            e = EQUIV_RE.search(attrs)
            return html.unescape(e.group(1)) if e else ""
        if xid.startswith("LINE_BREAK"):
            return "\n"
        return ""
    text = html.unescape(X_RE.sub(sub, xml))
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln).strip()


def load(suffix):
    """{trans-unit id: text} of messages<suffix>.xlf, in catalogue order: the English <source>
    for the source catalogue, the <target> otherwise (units without one left out)."""
    with open(os.path.join(RAW, f"messages{suffix}.xlf"), encoding="utf-8") as f:
        data = f.read()
    out = {}
    for uid, body in UNIT_RE.findall(data):
        m = (SOURCE_RE if suffix == "" else TARGET_RE).search(body)
        if m:
            out[uid] = render(m.group(1))
    return out


def gf_items():
    en = load("")
    keys = [k for k, v in en.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]
    for suffix, code, lang in LANGS:
        strings = en if suffix == "" else load(suffix)
        seen = set()
        for key in keys:
            text = strings.get(key)
            if not text:
                continue
            if suffix and text.strip() == en[key].strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"ghostfolio-{code}-{key}", lang, text, "ghostfolio_app",
                       f"github.com/{GF_REPO}@{GF_COMMIT[:12]}:apps/client/src/locales/"
                       f"messages{suffix}.xlf ({key}; copied to scripts/real_corpus/raw/ghostfolio/)",
                       f"{GF_REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from gf_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
