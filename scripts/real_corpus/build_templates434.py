#!/usr/bin/env python3
"""Rebuild the four-hundred-and-thirty-eighth batch of tests/data/real/: the password, login,
account, verification-code, authentication and biometric messages of the UKUI control center
(ukui/ukui-control-center, the settings application of openKylin's UKUI desktop, GPL-2.0+), in
English and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates434.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates434.py assemble     # write the jsonl files

Source: github.com/ukui/ukui-control-center at UKUI_COMMIT (2022-05-20, head of branch dev-3.1,
"Merge branch '3.1-0520' into 'dev-3.1'"), the Qt Linguist catalogue shell/res/i18n/zh_CN.ts,
copied verbatim to scripts/real_corpus/raw/ukui-control-center/ (see SOURCE.md there) with
COPYING and debian/copyright. Licence GPL-2.0-or-later (COPYING is the GPL version 2 text,
debian/copyright says GPL-2+), copyleft. The repository has no Spanish and no zh_HK/zh_TW
catalogue, so the batch is English and zh-Hans only.

English text = the <source> string of each <message> of zh_CN.ts (the code's source strings are
English), in file order, live or not; zh-Hans = the <translation> of the same (context, source,
comment), the last numerus form for a numerus message, taken when finished, including messages
marked vanished or obsolete (strings of the product's earlier releases, still shipped in the
catalogue with their translation: of the catalogue's 2418 messages only 915 are live and
finished, 1431 are vanished), skipped when unfinished, empty or equal to the English text.

Selection (mechanical, fixed before any text was read, on counts only): every message whose
English text, as plain text (HTML tags dropped, <br>/</p> a line break, entities unescaped, %n
read as 3), has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard app-string keyword rule app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor) widened, as the batch brief asks for the
account, verification-code and authentication strings, by
`account|authenticat|verif|\\bcode\\b|biometric|fingerprint` (the standard rule alone
takes 108 messages, 87 distinct English texts; the widened rule 136 messages, 106 distinct
English texts, 210 texts with zh-Hans, far below ~450, so nothing is narrowed).
Near-duplicates (digits and white space aside) collapse within a language.
Placeholders %1, %2 are kept as written. Cut at 500 characters.

Split: the unit is the message (`ukui/ukui-control-center:<context>:<source>`, with `#<comment>`
appended when the message has a disambiguating comment), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
ukui-cc-<en|zh_CN>-<first 10 hex of SHA-256 of the unit>. Labels come from
scripts/real_corpus/labels/labels_templates434.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE as APP_SELECT_RE
from app_strings import qt_keyword_texts, qt_unit
from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates434.tsv")
RAW = os.path.join(HERE, "raw", "ukui-control-center")
UKUI_COMMIT = "797b7462f5f06c64a42a4a1183af12adc012a7c9"  # dev-3.1, 2022-05-20
# (file code, id code, lang); English is the <source> side of zh_CN.ts
LANGS = [("en", "en", "en"), ("zh_CN", "zh_CN", "zh-Hans")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern
                       + r"|account|authenticat|verif|\bcode\b|biometric|fingerprint", re.I)


def catalogue(code):
    """[((context, source, comment), translation or None)] of zh_CN.ts, in file order (English:
    read on its <source> side). A translation is kept when finished, vanished or obsolete (None
    when unfinished); a numerus translation gives its last form."""
    out = []
    for ctx in ET.parse(os.path.join(RAW, "zh_CN.ts")).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            tr = None
            if t is not None and t.get("type") != "unfinished":
                forms = t.findall("numerusform")
                tr = forms[-1].text if forms else t.text
            out.append(((name, m.find("source").text or "", m.findtext("comment")), tr))
    return out


def ukui_items():
    for code, idcode, lang, key, text in qt_keyword_texts(catalogue, LANGS, SELECT_RE, is_new):
        unit = qt_unit("ukui/ukui-control-center", key)
        side = "<source>" if code == "en" else "<translation>"
        yield item(f"ukui-cc-{idcode}-{sha(unit)[:10]}", lang, text, "ukui_control_center_app",
                   f"github.com/ukui/ukui-control-center@{UKUI_COMMIT[:12]}:shell/res/i18n/"
                   f"zh_CN.ts ({side}; {key[0]}; copied to "
                   f"scripts/real_corpus/raw/ukui-control-center/)",
                   unit, "keyword_rule_app_strings")


def items():
    yield from ukui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
