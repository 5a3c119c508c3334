#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-third batch of tests/data/real/: the UI strings of HedgeDoc
(hedgedoc/hedgedoc, collaborative markdown editor) about passwords, log-in/sign-in, accounts,
tokens, authentication, LDAP and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates169.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates169.py assemble     # write the jsonl files

Source: github.com/hedgedoc/hedgedoc, two lines of the product, copied verbatim to
scripts/real_corpus/raw/hedgedoc/ (see SOURCE.md there):
  * 1.x, branch master at V1_COMMIT (2026-08-22): locales/en.json, es.json, zh-CN.json,
    zh-TW.json (flat catalogues whose keys are the English source strings); licence AGPL-3.0;
  * 2.x, branch develop at V2_COMMIT (2026-08-22): frontend/locales/en.json (nested catalogue;
    the only language file left there); repository licence AGPL-3.0, REUSE.toml annotates
    frontend/locales/** as CC-BY-SA-4.0.
Both licences are copyleft.

Selection (mechanical, fixed before any text was read): every key of an English catalogue whose
English text (the value) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE (the app-strings rule of app_strings.SELECT_RE: seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor; plus token, auth, ldap, account).
1.x keys are taken in en, es, zh-CN and zh-TW; 2.x keys in English only. A translation equal to
the English text (ends' white space aside) is skipped as untranslated. Near-duplicates (digits
and white space aside) collapse within a language, over both lines (1.x first, in catalogue
order). Placeholders (`{{name}}`, `<0>…</0>`) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`hedgedoc/hedgedoc:1.x:<key>` or
`hedgedoc/hedgedoc:2.x:<dotted key>`), all languages of one key on one side; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates169.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates169.tsv")
RAW = os.path.join(HERE, "raw", "hedgedoc")
V1_COMMIT = "e34d4aef41c6e1d0857157da335b80a754c24056"
V2_COMMIT = "d706c2b2adc9c066125d08936b9f416ba911ef4e"
V1_LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|token|auth|ldap|account", re.I)
SOURCE = "hedgedoc_app"


def hedgedoc_items():
    seen = {}  # lang -> near-duplicate keys seen (shared by both lines)
    en1 = load_json(os.path.join(RAW, "1.x", "en.json"), flat=True)
    keys1 = keyword_keys(en1, SELECT_RE)
    for code, lang in V1_LANGS:
        strings = load_json(os.path.join(RAW, "1.x", f"{code}.json"), flat=True)
        for key, text in new_texts(strings, keys1, None if code == "en" else en1,
                                   seen.setdefault(lang, set())):
            yield item(f"hedgedoc-1x-{code}-{sha(key)[:10]}", lang, text, SOURCE,
                       f"github.com/hedgedoc/hedgedoc@{V1_COMMIT[:12]}:locales/{code}.json "
                       f"({key!r}; copied to scripts/real_corpus/raw/hedgedoc/1.x/)",
                       f"hedgedoc/hedgedoc:1.x:{key}", "keyword_rule_app_strings")
    en2 = load_json(os.path.join(RAW, "2.x", "en.json"), flat=True)
    for key, text in new_texts(en2, keyword_keys(en2, SELECT_RE), None, seen.setdefault("en", set())):
        yield item(f"hedgedoc-2x-en-{key}", "en", text, SOURCE,
                   f"github.com/hedgedoc/hedgedoc@{V2_COMMIT[:12]}:frontend/locales/en.json "
                   f"({key}; copied to scripts/real_corpus/raw/hedgedoc/2.x/)",
                   f"hedgedoc/hedgedoc:2.x:{key}", "keyword_rule_app_strings")


def items():
    yield from hedgedoc_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
