#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-eighth batch of tests/data/real/: the in-app strings of
ConnectBot, the Android SSH client (connectbot/connectbot, Apache-2.0), about passwords,
passphrases, keys (public/private key pairs, host keys), hosts, authentication, backup and
restore, log-in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates264.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates264.py assemble     # write the jsonl files

Source: github.com/connectbot/connectbot at CB_COMMIT (2026-08-04, the stored head of its
default branch, reached with `fetch`). Licence: Apache-2.0 (LICENSE at the same commit, copied
there). The app's translatable catalogues app/src/main/res/values{,-es,-zh-rCN,-zh-rTW}/
strings.xml, copied verbatim to scripts/real_corpus/raw/connectbot/<folder>/strings.xml (see
SOURCE.md there).

Selection (mechanical, fixed before any text was read): every translatable `<string>` and
`<plurals>` of the English catalogue with a text of at least four words (white-space separated)
matching, case-insensitively, SELECT_RE: the common keyword rule app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) together with the
product words key, passphrase, host, authenticat(e/ion), password, matched as substrings as the
brief wrote them (so `key` also takes "keyboard", `host` also "hostname"). The common rule alone
takes 25 strings; with the product words 88 strings, 352 texts over the four languages (under
the batch's ~450, so not narrowed). The string is taken in every language folder that holds it;
a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits and
white space aside) collapse within the product and language; the first in catalogue order keeps
the text. Text: as Android's resource compiler reads a string (android_resource_text): an
unescaped double quote opens or closes a quoted segment and is dropped (the English catalogue
writes multi-line texts as "line one"\\n"line two"), white space runs outside quotes collapse to
one space, backslash escapes are resolved (\\n, \\t, \\uXXXX, else the character), ends
stripped; format placeholders (%1$s, %s) are kept as the app writes them. (The first commit read
the texts with app_strings.android_plurals, which drops only one enclosing pair of quotes and
left stray quote marks inside four English texts; the rendering was corrected before labelling,
the selected strings and the split are unchanged.) A plural gives one text per quantity. Cut at 500 characters.

Split: the unit is the string name (`connectbot/connectbot:<name>`), all languages and
quantities of one name on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates264.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

import xml.etree.ElementTree as ET

from app_strings import SELECT_RE as STANDARD_RE, new_plural_entries
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates264.tsv")
RAW = os.path.join(HERE, "raw", "connectbot")
CB_COMMIT = "198abd6de2f3fff1645d50f55e7301807118b3c5"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|key|passphrase|host|authenticat|password", re.I)


def android_resource_text(e):
    """The text Android shows for a strings.xml <string> or plural <item> element `e`: unescaped
    double quotes delimit quoted segments and are dropped, white space outside them collapses to
    one space, backslash escapes are resolved, the ends are stripped."""
    raw = "".join(e.itertext())
    out, quoted, i = [], False, 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            n = raw[i + 1]
            if n == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", raw[i + 2:i + 6]):
                out.append(chr(int(raw[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({"n": "\n", "t": "\t"}.get(n, n))
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c.isspace() and not quoted:
            if not (out and out[-1] == " "):
                out.append(" ")
        else:
            out.append(c)
        i += 1
    return "".join(out).strip()


def load(folder):
    """name -> [(quantity or None, text)] of a catalogue's translatable <string>s and <plurals>."""
    out = {}
    for e in ET.parse(os.path.join(RAW, folder, "strings.xml")).getroot():
        if e.get("translatable") == "false":
            continue
        if e.tag == "string":
            out[e.get("name")] = [(None, android_resource_text(e))]
        elif e.tag == "plurals":
            out[e.get("name")] = [(q.get("quantity"), android_resource_text(q))
                                  for q in e.iter("item")]
    return out


def connectbot_items():
    en = load("values")
    for folder, lang, code in LANGS:
        seen = set()
        for name, quantity, text in new_plural_entries(load(folder), en, SELECT_RE, seen,
                                                       english=code == "en"):
            q = f"-{quantity}" if quantity else ""
            yield item(f"connectbot-{code}-{name}{q}", lang, text, "connectbot_app",
                       f"github.com/connectbot/connectbot@{CB_COMMIT[:12]}:app/src/main/res/"
                       f"{folder}/strings.xml ({name}{' ' + quantity if quantity else ''}; "
                       f"copied to scripts/real_corpus/raw/connectbot/)",
                       f"connectbot/connectbot:{name}", "keyword_rule_app_strings")


def items():
    yield from connectbot_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
