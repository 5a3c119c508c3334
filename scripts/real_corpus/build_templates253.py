#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-seventh batch of tests/data/real/: the password, GPG key,
git, clipboard, OTP, passphrase, PIN, backup and log-in messages of QtPass, the desktop GUI for
pass, the standard Unix password manager (IJHack/QtPass, GPL-3.0-or-later), in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates253.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates253.py assemble     # write the jsonl files

Source: github.com/IJHack/QtPass at QTPASS_COMMIT (head of 2026-08-17), the Qt Linguist
catalogues localization/localization_en_US.ts, localization_es_ES.ts, localization_zh_CN.ts and
localization_zh_Hant.ts, copied verbatim to scripts/real_corpus/raw/qtpass/ (see SOURCE.md
there). Licence GPL-3.0-or-later (LICENSE, a link to LICENSES/GPL-3.0-or-later.txt, and
REUSE.toml at the same commit), copyleft. Of QtPass's five Spanish catalogues (es_AR, es_EC,
es_ES, es_MX, es_UY) the one for Spain, es_ES, is taken, chosen before any text was read.

English text = the <source> string of each live <message> of localization_en_US.ts, in file
order (QtPass's source language is English; "live" = a translation that is not vanished or
obsolete; the four catalogues hold the same 322 live messages). Spanish, zh-Hans and zh-Hant =
the <translation> of the same (context, source, comment) in es_ES, zh_CN and zh_Hant (the last
numerus form for a numerus message), skipped when missing, unfinished, vanished, obsolete, empty
or equal to the English text (untranslated).

Selection (mechanical, fixed before any text was read): every live message whose English text,
as plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n read as 3), has
at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard app-string keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus gpg, key, git, clipboard, otp (as substrings, like the rest of the rule).
Near-duplicates (digits and white space aside) collapse within a language. Placeholders %1, %2
and keyboard-accelerator ampersands are kept as the catalogue writes them. Cut at 500 characters.

Split: the unit is the message (`IJHack/QtPass:<context>:<source>`, with `#<comment>` appended
when the message has a disambiguating comment), all languages of one message on one side; held
out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
qtpass-<en|es|zhs|zht>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates253.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE as BASE_RE, qt_plain as plain
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates253.tsv")
RAW = os.path.join(HERE, "raw", "qtpass")
QTPASS_COMMIT = "9972a3c2d6a5c1d2fbc58bece2dbfe4232249adc"  # main, 2026-08-17
# (file code, id code, lang); English is the <source> side of en_US
LANGS = [("en_US", "en", "en"), ("es_ES", "es", "es"), ("zh_CN", "zhs", "zh-Hans"),
         ("zh_Hant", "zht", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|gpg|key|git|clipboard|otp", re.I)
DEAD = ("vanished", "obsolete")


def catalogue(code):
    """[((context, source, comment), live, translation or None)] of one .ts file, in file order;
    `live` is False for a vanished or obsolete message; the translation is None when it is
    unfinished or dead, the last numerus form for a numerus message."""
    out = []
    for ctx in ET.parse(os.path.join(RAW, f"localization_{code}.ts")).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            live = t is None or t.get("type") not in DEAD
            tr = None
            if t is not None and t.get("type") not in ("unfinished",) + DEAD:
                forms = t.findall("numerusform")
                tr = forms[-1].text if forms else t.text
            out.append(((name, m.find("source").text or "", m.findtext("comment")), live, tr))
    return out


def selected(source):
    p = plain(source)
    return len(p.split()) >= 4 and bool(SELECT_RE.search(p))


def unit_of(key):
    context, source, comment = key
    unit = f"IJHack/QtPass:{context}:{source}"
    return unit + f"#{comment}" if comment else unit


def qtpass_items():
    en = [k for k, live, _ in catalogue("en_US") if live and selected(k[1])]
    tr = {code: {k: t for k, live, t in catalogue(code) if live} for code, _, _ in LANGS[1:]}
    for code, idcode, lang in LANGS:
        seen = set()
        for key in en:
            english = plain(key[1])
            if code == "en_US":
                text = english
            else:
                text = plain(tr[code].get(key))
                if not text or text == english:
                    continue
            if not is_new(seen, text):
                continue
            unit = unit_of(key)
            path = "localization_en_US.ts (<source>)" if code == "en_US" else \
                f"localization_{code}.ts"
            yield item(f"qtpass-{idcode}-{sha(unit)[:10]}", lang, text, "qtpass_app",
                       f"github.com/IJHack/QtPass@{QTPASS_COMMIT[:12]}:localization/{path} "
                       f"({key[0]}; copied to scripts/real_corpus/raw/qtpass/)",
                       unit, "keyword_rule_app_strings")


def items():
    yield from qtpass_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
