#!/usr/bin/env python3
"""Rebuild the four-hundred-and-seventeenth batch of tests/data/real/: the admin and user
interface strings of Postfix Admin (postfixadmin/postfixadmin, GPL-2.0-or-later) about logins,
passwords, password recovery codes, TOTP/two-factor and app passwords of mailboxes and admin
accounts, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates413.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates413.py assemble     # write the jsonl files

Source: github.com/postfixadmin/postfixadmin at PFA_COMMIT (2026-08-07), languages/en.lang,
es.lang, cn.lang (Simplified Chinese) and tw.lang (Traditional Chinese), copied verbatim to
scripts/real_corpus/raw/postfixadmin/ (see SOURCE.md there). Licence: GPL-2.0-or-later
(LICENSE.TXT and GPL-LICENSE.TXT at the same commit).

Reading the catalogues: each `$PALANG['key'] = <value>;` of a .lang file (PHP) is read without
running PHP. The value is the concatenation of its string literals: single-quoted (\\' and \\\\
resolved, nothing else), double-quoted (\\n, \\t, \\", \\\\, \\$ resolved) and heredoc
(<<<EOM … EOM, taken as written); a non-literal part of a concatenation (`$CONF['admin_name']`)
is dropped; a value with no literal at all (a reference to another $PALANG key) is no text.
A later assignment of the same key replaces an earlier one (as PHP does).

Selection (mechanical): every key of en.lang whose English text has at least four words (white-
space separated) and matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, before any
text was read, by `mailbox|account` (the round asked for this product's mailbox and account
strings) and `totp` (the catalogue's name for its one-time-password second factor). The
standard rule alone gives 45 keys / 139 texts; the widened one 79 keys / 244 texts, still
under the ~450 cap, so it was not narrowed. The key's text is taken in every language file that holds it; a
translation equal to the English text (untranslated, as the catalogues' many `# XXX` entries
are) is skipped. Near-duplicates (digits and white space aside) collapse within the language.
Placeholders (%s, <%From_Date>) and HTML are kept as written. Cut at 500 characters.

Split: the unit is the message key (`postfixadmin/postfixadmin:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates413.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates413.tsv")
RAW = os.path.join(HERE, "raw", "postfixadmin")
PFA_COMMIT = "65b10f7285524bc6753f604bd11ff3c3de5cbf97"
SELECT_RE = re.compile(BASE_RE.pattern + r"|mailbox|account|totp", re.I)
LANGS = [("en", "en"), ("es", "es"), ("cn", "zh-Hans"), ("tw", "zh-Hant")]

ASSIGN_RE = re.compile(r"^\$PALANG\['([^']+)'\]\s*=\s*", re.M)
DQ_ESC = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "$": "$"}


def parse_value(src, i):
    """The literal text of the PHP expression starting at src[i] (up to its `;`), or None."""
    parts = []
    n = len(src)
    while i < n:
        c = src[i]
        if c in " \t\r\n.":
            i += 1
        elif c == ";":
            break
        elif c == "'":
            j, buf = i + 1, []
            while src[j] != "'":
                if src[j] == "\\" and src[j + 1] in "'\\":
                    buf.append(src[j + 1])
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            parts.append("".join(buf))
            i = j + 1
        elif c == '"':
            j, buf = i + 1, []
            while src[j] != '"':
                if src[j] == "\\" and src[j + 1] in DQ_ESC:
                    buf.append(DQ_ESC[src[j + 1]])
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            parts.append("".join(buf))
            i = j + 1
        elif src.startswith("<<<", i):
            m = re.compile(r"<<<\s*'?(\w+)'?\n(.*?)\n\1;", re.S).match(src, i)
            parts.append(m.group(2))
            i = m.end() - 1
        elif c == "$":
            m = re.compile(r"\$\w+(\[[^\]]*\])*").match(src, i)
            i = m.end()
        else:
            raise ValueError(f"unexpected {src[i:i + 40]!r}")
    return "".join(parts) if parts else None


def load(code):
    with open(os.path.join(RAW, f"{code}.lang"), encoding="utf-8") as f:
        src = f.read()
    out = {}
    for m in ASSIGN_RE.finditer(src):
        text = parse_value(src, m.end())
        if text is not None:
            out[m.group(1)] = text
    return out


def pfa_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"postfixadmin-{code}-{key}", lang, text, "postfixadmin_app",
                   f"github.com/postfixadmin/postfixadmin@{PFA_COMMIT[:12]}:languages/{code}.lang "
                   f"({key}; copied to scripts/real_corpus/raw/postfixadmin/)",
                   f"postfixadmin/postfixadmin:{key}", "keyword_rule_app_strings")


def items():
    yield from pfa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
