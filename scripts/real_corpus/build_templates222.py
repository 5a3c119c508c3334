#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-sixth batch of tests/data/real/: the webmail's own strings
of SnappyMail (the-djmaze/snappymail, AGPL-3.0) about passwords (it calls them passphrases),
log-in, two-factor / TOTP codes, backup codes, accounts, security, PGP/S-MIME keys and
recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates222.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates222.py assemble     # write the jsonl files

Source: github.com/the-djmaze/snappymail at SNAPPY_COMMIT (2025-06-16), the core catalogues
snappymail/v/0.0.0/app/localization/{en,es,zh,zh-TW}/{user,admin,static}.json and the plugin
catalogues plugins/two-factor-auth/langs/{en,es,zh}.ini and plugins/change-password/langs/
{en,es,zh}.ini (those two plugins have no zh-TW file), copied verbatim to
scripts/real_corpus/raw/snappymail/ (see SOURCE.md there). `zh` is Simplified Chinese (zh-Hans),
`zh-TW` Traditional (zh-Hant).

Selection (mechanical, fixed before any text was read): every key of an English catalogue
(nested JSON flattened to dotted keys; ini keys as SECTION.KEY) whose English text has at least
four words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard
keyword rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) plus `account|two factor|TOTP|security|login` as the round
asked. The key's text is taken in every language catalogue that holds it; a translation equal
(ends' white space aside) to the English is skipped as untranslated. Near-duplicates (digits and
white space aside) collapse within a language over all catalogues (first in the order user,
admin, static, two-factor-auth, change-password keeps the text). Placeholders (`%NAME%`,
`{{name}}`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`the-djmaze/snappymail:<catalogue>:<key>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates222.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates222.tsv")
RAW = os.path.join(HERE, "raw", "snappymail")
SNAPPY_COMMIT = "ba496919ddea82804c38a0a5aa2a77516f61d8fe"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|two factor|TOTP|security|login", re.I)
CORE = "snappymail/v/0.0.0/app/localization"
# (catalogue name, raw file name for a language code, repository path for a language code)
CATALOGUES = [
    ("user", "{code}.user.json", CORE + "/{code}/user.json"),
    ("admin", "{code}.admin.json", CORE + "/{code}/admin.json"),
    ("static", "{code}.static.json", CORE + "/{code}/static.json"),
    ("two-factor-auth", "two-factor-auth.{code}.ini", "plugins/two-factor-auth/langs/{code}.ini"),
    ("change-password", "change-password.{code}.ini", "plugins/change-password/langs/{code}.ini"),
]
INI_LINE = re.compile(r'^([A-Za-z0-9_]+)\s*=\s*"(.*)"\s*$')


def load_ini(path):
    """{SECTION.KEY: value} of a plugin's ini catalogue (lines `KEY = "value"` under `[SECTION]`;
    the files hold no escapes)."""
    out, section = {}, ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
                continue
            m = INI_LINE.match(line)
            assert m, (path, line)
            out[f"{section}.{m.group(1)}"] = m.group(2)
    return out


def load(name, code):
    """The flat catalogue `name` in language `code`, or None when the product has no such file."""
    fname = dict((n, f) for n, f, _ in CATALOGUES)[name].format(code=code)
    path = os.path.join(RAW, fname)
    if not os.path.exists(path):
        return None
    return load_ini(path) if path.endswith(".ini") else load_json(path, flat=True)


def snappymail_items():
    for code, lang in LANGS:
        seen = set()
        for name, _, repo_path in CATALOGUES:
            en = load(name, "en")
            strings = load(name, code)
            if strings is None:
                continue
            keys = keyword_keys(en, SELECT_RE)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"snappymail-{code}-{name}-{key}", lang, text, "snappymail_app",
                           f"github.com/the-djmaze/snappymail@{SNAPPY_COMMIT[:12]}:"
                           f"{repo_path.format(code=code)} ({key}; copied to "
                           f"scripts/real_corpus/raw/snappymail/)",
                           f"the-djmaze/snappymail:{name}:{key}", "keyword_rule_app_strings")


def items():
    yield from snappymail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
