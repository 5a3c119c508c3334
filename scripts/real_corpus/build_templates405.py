#!/usr/bin/env python3
"""Rebuild the four-hundred-and-ninth batch of tests/data/real/: the Windows OpenVPN GUI's own
dialog and message strings (OpenVPN/openvpn-gui, GPL-2.0) about private-key passwords and
passphrases, user names and passwords, challenge/response (OTP) and connection authentication,
in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates405.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates405.py assemble     # write the jsonl files

Source: github.com/OpenVPN/openvpn-gui at GUI_COMMIT (2026-07-10), res/openvpn-gui-res-en.rc,
-es.rc, -zh-hans.rc, -zh-hant.rc, copied verbatim to scripts/real_corpus/raw/openvpn-gui/ with
COPYING and COPYRIGHT.GPL (GPL-2.0; see SOURCE.md there).

Reading the Windows resource scripts: a string continued with a backslash at the end of the line
is joined with the next line; every string literal of a DIALOG/DIALOGEX CAPTION (key
`<dialog>.CAPTION`), of a dialog control (key `<dialog>.<control id>`, a repeated id in one
dialog gets `#2`, `#3`…) and of the STRINGTABLE (key: the IDS_ name) is a text. Escapes are
resolved (`""` → `"`, `\\n`, `\\t`, `\\\\`), keyboard accelerators dropped (`&&` → `&`, an `&`
before a non-space character removed), `%ls`/`%d` placeholders kept as written.

Selection (mechanical, fixed before any text was read): every key whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
secret-word rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in, sign in, verification code,
one-time, 2FA, two-factor) widened, as the round asked for user names, challenge/response and
connection authentication, by `user ?name|challenge|response|authenticat|credential|token|otp`.
The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language. Cut at 500 characters.

Split: the unit is the message key (`OpenVPN/openvpn-gui:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates405.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE
from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates405.tsv")
RAW = os.path.join(HERE, "raw", "openvpn-gui")
GUI_COMMIT = "db2ed86f6b0509cf5f69d2517eea9cfe70a486ec"
LANGS = [("en", "en"), ("es", "es"), ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|user ?name|challenge|response|authenticat"
                       r"|credential|token|\botp\b", re.I)

STR = r'"((?:[^"\n]|"")*)"'
RES_RE = re.compile(r"^(\w+)\s+(DIALOGEX|DIALOG)\b")
CAPTION_RE = re.compile(r"^\s*CAPTION\s+" + STR)
CONTROL_RE = re.compile(r"^\s*[A-Z]+\s+" + STR + r"\s*,\s*([\w-]+)")
TABLE_RE = re.compile(r"^\s*(\w+)\s+" + STR)
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"'}


def rc_text(lit):
    t = lit.replace('""', '"')
    t = re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), t)
    t = t.replace("&&", "\0")
    t = re.sub(r"&(?=\S)", "", t)
    return t.replace("\0", "&").strip()


def rc_strings(path):
    """key -> text of a resource script's dialog captions, dialog controls and string table."""
    with open(path, encoding="utf-8") as f:
        src = re.sub(r"\\\r?\n", "", f.read())
    src = re.sub(r",[ \t]*\r?\n\s*", ", ", src)  # a control's id on the next line
    out, res, table, seen = {}, None, False, {}
    for line in src.splitlines():
        m = RES_RE.match(line)
        if m:
            res, table, seen = m.group(1), False, {}
            continue
        if re.match(r"^\s*STRINGTABLE\b", line):
            res, table = None, True
            continue
        if table:
            m = TABLE_RE.match(line)
            if m and m.group(1) not in ("LANGUAGE",):
                out[m.group(1)] = rc_text(m.group(2))
            continue
        if res is None:
            continue
        m = CAPTION_RE.match(line)
        if m:
            out[f"{res}.CAPTION"] = rc_text(m.group(1))
            continue
        m = CONTROL_RE.match(line)
        if m:
            cid = m.group(2)
            seen[cid] = seen.get(cid, 0) + 1
            key = f"{res}.{cid}" + (f"#{seen[cid]}" if seen[cid] > 1 else "")
            out[key] = rc_text(m.group(1))
    return out


def load(code):
    return rc_strings(os.path.join(RAW, f"openvpn-gui-res-{code}.rc"))


def gui_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"openvpn-gui-{code}-{key}", lang, text, "openvpn_gui_windows_app",
                   f"github.com/OpenVPN/openvpn-gui@{GUI_COMMIT[:12]}:res/openvpn-gui-res-{code}.rc"
                   f" ({key}; copied to scripts/real_corpus/raw/openvpn-gui/)",
                   f"OpenVPN/openvpn-gui:{key}", "keyword_rule_app_strings")


def items():
    yield from gui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
