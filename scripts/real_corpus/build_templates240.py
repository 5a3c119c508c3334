#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-fourth batch of tests/data/real/: the web interface strings
of SOGo, the groupware webmail (Alinto/sogo, GPL-2.0 with LGPL-2 parts: copyleft) about
passwords, accounts, certificates, logging in, sessions, two-factor codes, Sieve filters and
the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates240.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates240.py assemble     # write the jsonl files

Source: github.com/Alinto/sogo at SOGO_COMMIT (2026-04-02), the Localizable.strings of every
UI/<module>/ that has one (AdministrationUI, Common, Contacts, MailPartViewers, MailerUI, MainUI,
PreferencesUI, Scheduler) in English.lproj, SpanishSpain.lproj, ChineseChina.lproj and
ChineseTaiwan.lproj, copied verbatim to scripts/real_corpus/raw/sogo/ (see SOURCE.md there).
Licence: COPYING.GPL (GNU GPL version 2) and COPYING.LGPL (GNU LGPL 2.1) at the root; the UI
modules' sources say "GPL version 2, or (at your option) any later version" and some UI folders
carry a COPYING with the GNU Library GPL 2. Copyleft: raw/sogo/ is kept out of the crate.

Reading a .strings file: `"key" = "value";` pairs (a bare word may stand for a quoted string),
/* */ and // comments skipped, backslash escapes resolved (\\n, \\t, \\r, \\Uxxxx, else the
character); a key given twice in one file keeps its last value (as a property-list dictionary
does). The catalogue key is `UI/<module>:<key>`, module by module in the order above. Ids are
`sogo-<lang>-<module>-<key>` with the key's white space as `_` (see key_slug).

Selection (mechanical): every key of the English catalogues whose English text (the value) has
at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard secret-word rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) plus account, certificate, TOTP, sieve, login and session. The key's
text is taken in every language catalogue that holds it; a translation equal to the English
text (ends' white space aside) is skipped. Near-duplicates (digits and white space aside, case
folded) collapse within the product and language. Markup and placeholders (%@, %{0}, HTML
tags) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`Alinto/sogo:UI/<module>:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates240.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates240.tsv")
RAW = os.path.join(HERE, "raw", "sogo")
SOGO_COMMIT = "ee2ebbb81cc0538626988e47d70ce4c0d4195377"
MODULES = ["AdministrationUI", "Common", "Contacts", "MailPartViewers", "MailerUI", "MainUI",
           "PreferencesUI", "Scheduler"]
LANGS = [("English", "en"), ("SpanishSpain", "es"), ("ChineseChina", "zh-Hans"),
         ("ChineseTaiwan", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|account|certificate|totp|sieve|login|session", re.I)

TOKEN_RE = re.compile(r'\s+|/\*.*?\*/|//[^\n]*|"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_.$:/-]+)|([=;])',
                      re.S)


def unescape(s):
    def rep(m):
        c = m.group(1)
        if c[0] in "Uu" and len(c) == 5:
            return chr(int(c[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(c, c)
    return re.sub(r"\\([Uu][0-9a-fA-F]{4}|.)", rep, s, flags=re.S)


def strings_file(path):
    """key -> value of a .strings file (last value of a repeated key), in first-seen order."""
    with open(path, encoding="utf-8-sig") as f:
        data = f.read()
    toks, pos = [], 0
    while pos < len(data):
        m = TOKEN_RE.match(data, pos)
        if not m:
            raise ValueError(f"{path}: cannot read at {pos}: {data[pos:pos + 40]!r}")
        pos = m.end()
        if m.group(1) is not None:
            toks.append(("s", unescape(m.group(1))))
        elif m.group(2) is not None:
            toks.append(("s", m.group(2)))
        elif m.group(3) is not None:
            toks.append(("p", m.group(3)))
    out, i = {}, 0
    while i < len(toks):
        if toks[i][0] == "s" and toks[i + 1] == ("p", "=") and toks[i + 2][0] == "s" \
                and toks[i + 3] == ("p", ";"):
            out[toks[i][1]] = toks[i + 2][1]
            i += 4
        elif toks[i] == ("p", ";"):
            i += 1
        else:
            raise ValueError(f"{path}: unexpected tokens {toks[i:i + 4]!r}")
    return out


def load(code):
    out = {}
    for module in MODULES:
        path = os.path.join(RAW, "UI", module, f"{code}.lproj", "Localizable.strings")
        for key, value in strings_file(path).items():
            out[f"UI/{module}:{key}"] = value
    return out


def key_slug(key):
    """The key as an id part: white-space runs as `_`; a key over 60 characters cut to 60 and
    followed by `-` and the first 8 hex digits of its SHA-256 (SOGo keys are often English
    sentences)."""
    slug = re.sub(r"\s+", "_", key)
    return slug if len(slug) <= 60 else f"{slug[:60]}-{sha(key)[:8]}"


def sogo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="English"):
        module, k = key.split(":", 1)
        yield item(f"sogo-{lang}-{module[3:]}-{key_slug(k)}", lang, text, "sogo_app",
                   f"github.com/Alinto/sogo@{SOGO_COMMIT[:12]}:{module}/{code}.lproj/"
                   f"Localizable.strings ({k}; copied to scripts/real_corpus/raw/sogo/)",
                   f"Alinto/sogo:{key}", "keyword_rule_app_strings")


def items():
    yield from sogo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
