#!/usr/bin/env python3
"""Rebuild the hundred-and-seventieth batch of tests/data/real/: the log-in theme messages of
Keycloak (keycloak/keycloak, Apache-2.0) about passwords, one-time and recovery codes, backup
codes, signing in and logging in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates166.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates166.py assemble     # write the jsonl files

Source: github.com/keycloak/keycloak, read through the code index (the repository is over the
snapshot size limit, so it was not mirrored), one stored version per file (FILES below):
themes/src/main/resources/theme/base/login/messages/messages_en.properties (whole file, copied
verbatim) and themes/src/main/resources-community/theme/base/login/messages/
messages_{es,zh_Hans,zh_Hant}.properties (the lines of the selected keys, copied verbatim in file
order), under scripts/real_corpus/raw/keycloak_login/ (see SOURCE.md there). Licence Apache-2.0
(LICENSE.txt).

Selection (mechanical, fixed before any text was read): every key of messages_en.properties
whose English text has at least four words (white-space separated) and matches, case-
insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor); a key whose English text appears verbatim in a text of
tests/data/real/*keycloak*.jsonl (Keycloak's e-mails, already in the corpus) is skipped. The
key's text is taken in every language file that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language (the first key in catalogue order keeps the text). Java properties escapes are resolved
(\\uXXXX, \\n, \\t, \\<char>) and MessageFormat's doubled quote '' is shown as one '; placeholders
{0}, {1} and HTML entities are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the message key (`keycloak/keycloak:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates166.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import glob
import json
import os
import re

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates166.tsv")
RAW = os.path.join(HERE, "raw", "keycloak_login")
BASE = "themes/src/main/resources/theme/base/login/messages"
COMMUNITY = "themes/src/main/resources-community/theme/base/login/messages"
# (file code, language, commit of the stored version read, folder in the repository)
FILES = [
    ("en", "en", "00183820e60b979aa257f79e0f438a41fed42e50", BASE),
    ("es", "es", "008e27bd470f14b03e8e5d8d15545f077db80bf0", COMMUNITY),
    ("zh_Hans", "zh-Hans", "1d0806e68896242d051db27fd763d59907e5acbd", COMMUNITY),
    ("zh_Hant", "zh-Hant", "0ac222fec972dcabeb67e29132abf8fc1d135ebe", COMMUNITY),
]


def _unescape(s):
    def esc(m):
        c = m.group(1)
        if len(c) == 5 and c[0] == "u":
            return chr(int(c[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(c, c)
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", esc, s)


def load_properties(path):
    """key -> shown text of a Java properties file, in file order: comments (#, !) and blank
    lines skipped, continuation lines (trailing backslash) joined, escapes resolved, '' -> '."""
    out = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].lstrip()
        i += 1
        if not line or line[0] in "#!":
            continue
        while re.search(r"(?<!\\)(\\\\)*\\$", line) and i < len(lines):
            line = line[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"((?:[^=:\\\s]|\\.)+)\s*[=:]?(.*)$", line, re.S)
        out[_unescape(m.group(1))] = _unescape(m.group(2)).replace("''", "'")
    return out


def email_texts():
    """The texts of the Keycloak e-mail batch already in the corpus."""
    texts = []
    for path in sorted(glob.glob(os.path.join(OUT_DIR, "*keycloak*.jsonl"))):
        if "keycloak_login" in os.path.basename(path):
            continue
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def keycloak_login_items():
    en = load_properties(os.path.join(RAW, "messages_en.properties"))
    mails = email_texts()
    keys = [k for k in keyword_keys(en, SELECT_RE)
            if not any(en[k].strip() in t for t in mails)]
    for code, lang, commit, folder in FILES:
        strings = en if code == "en" else load_properties(
            os.path.join(RAW, f"messages_{code}.properties"))
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"kclogin-{code}-{key}", lang, text, "keycloak_login",
                       f"github.com/keycloak/keycloak@{commit[:12]}:{folder}/"
                       f"messages_{code}.properties ({key}; copied to "
                       f"scripts/real_corpus/raw/keycloak_login/)",
                       f"keycloak/keycloak:{key}", "keyword_rule_app_strings")


def items():
    yield from keycloak_login_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
