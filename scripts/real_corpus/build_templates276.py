#!/usr/bin/env python3
"""Rebuild the two-hundred-and-eightieth batch of tests/data/real/: the web-UI strings of TrueNAS
(truenas/webui, GPL-3.0) about passwords, passphrases, private keys, log-in, two-factor
authentication, one-time passwords, seeds, recovery, backups and restoring, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates276.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates276.py assemble     # write the jsonl files

Source: github.com/truenas/webui at TRUENAS_COMMIT (2026-05-12, PR #13574 on master), LICENSE
(GNU GPL version 3), src/assets/i18n/en.json, es.json, zh-hans.json, zh-hant.json, copied
verbatim to scripts/real_corpus/raw/truenas/ (see SOURCE.md there). truenas/webui itself is over
the fetch size limit; the commit was read from the faithful fork chrislongros/webui, whose
history holds the upstream commit unchanged.

Catalogue shape: each catalogue maps the English string (the key) to its translation; en.json's
values are all empty, so the English text is the key itself. A string is shown as the UI renders
it: HTML tags dropped (each replaced by a space), entities decoded, white-space runs collapsed to
one space, ends stripped (`shown`). Placeholders ({name}, ICU plural forms) are kept as written.

Selection (mechanical, fixed before any text was read): every key of en.json whose shown English
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor): 255 keys, about 930 texts over four languages, far over the ~450 cap. Narrowed
mechanically, with every keyword kept: a key is taken only when SHA-256 of
"select:truenas/webui:<key>" is even (SELECT_SALT; independent of the split hash) — 117 keys.
The key's text is taken in every language catalogue that holds it; an empty translation or one
whose shown text equals the shown English (untranslated) is skipped. Near-duplicates (digits and
white space aside, app_strings.norm) collapse within a language. Cut at 500 characters (`item`).

Split: the unit is the message key (`truenas/webui:<key>`, the raw English key), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates276.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import hashlib
import html
import os
import re

from app_strings import SELECT_RE, load_json, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates276.tsv")
RAW = os.path.join(HERE, "raw", "truenas")
TRUENAS_COMMIT = "dabad689455e7c7918ff5dd2cad8dab9fcb4b8b3"
REPO = "truenas/webui"
LANGS = [("en", "en"), ("es", "es"), ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant")]
SELECT_SALT = "select:"


def shown(s):
    """A catalogue string as the UI shows it: tags dropped, entities decoded, white space
    collapsed."""
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def selected_keys(en):
    keys = []
    for key in en:
        text = shown(key)
        if len(text.split()) < 4 or not SELECT_RE.search(text):
            continue
        if int(sha(f"{SELECT_SALT}{REPO}:{key}"), 16) % 2 != 0:
            continue
        keys.append(key)
    return keys


def truenas_items():
    cats = {code: load_json(os.path.join(RAW, f"{code}.json")) for code, _ in LANGS}
    keys = selected_keys(cats["en"])
    for code, lang in LANGS:
        seen = set()
        for key in keys:
            english = shown(key)
            if code == "en":
                text = english
            else:
                value = cats[code].get(key)
                if not isinstance(value, str):
                    continue
                text = shown(value)
                if not text or text == english:
                    continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"truenas-{code}-{sha(key)[:12]}", lang, text, "truenas_webui",
                       f"github.com/{REPO}@{TRUENAS_COMMIT[:12]}:src/assets/i18n/{code}.json "
                       f"(key sha256 {sha(key)[:12]}; copied to scripts/real_corpus/raw/truenas/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from truenas_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
