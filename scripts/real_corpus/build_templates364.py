#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-eighth batch of tests/data/real/: Chatwoot's dashboard UI
strings (chatwoot/chatwoot, MIT Expat outside `enterprise/`) about passwords, sign-in, password
resets, sign-up, IMAP/SMTP credentials and two-factor authentication, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates364.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates364.py assemble     # write the jsonl files

Source: upstream Chatwoot's develop commit CHATWOOT_COMMIT ("feat: add report download task
(#13250)", 2026-01-19). chatwoot/chatwoot itself is over the fetch size limit; the commit was
reached in the fork md-riaz/chatwoot, which carries upstream's history unchanged up to it (its
own commits come later and are not used). Files `app/javascript/dashboard/i18n/locale/<code>/
*.json` for en, es, zh_CN and zh_TW, copied verbatim to scripts/real_corpus/raw/
chatwoot_dashboard/<code>/ (see SOURCE.md there): every English file but mfa.json, and in the
other languages the ten files that hold a selected key. Nothing under `enterprise/` is used.

Selection (mechanical, fixed before the texts were read): every key (dotted path; arrays walked
with the index as a key part) of each English file whose text has at least four white-space
separated words and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor). mfa.json is left out
whole: its 25 selected keys are all in the corpus already (chatwoot_mfa, the sixty-first
batch). The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped; near-duplicates (digits and white space aside) collapse
within a language, across files, files in name order, keys in file order. Placeholders
(`{name}`, `@:`, HTML tags) are kept as written. Cut at 500 characters.

Split: the unit is the message key, `chatwoot/chatwoot:<file stem>:<key>` (the form the
chatwoot_mfa batch used), all languages of one key on one side; held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates364.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates364.tsv")
RAW = os.path.join(HERE, "raw", "chatwoot_dashboard")
CHATWOOT_COMMIT = "e13e3c873aaf812262a638ad728197fcc72bf515"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SKIP_FILES = {"mfa.json"}  # every selected key already in chatwoot_mfa


def load(code, name):
    path = os.path.join(RAW, code, name)
    return load_json(path, flat=True, lists=True) if os.path.exists(path) else {}


def selected():
    """[(file name, [keys])] of the English files, in name order, with a selected key."""
    out = []
    for name in sorted(os.listdir(os.path.join(RAW, "en"))):
        if not name.endswith(".json") or name in SKIP_FILES:
            continue
        keys = keyword_keys(load("en", name), SELECT_RE)
        if keys:
            out.append((name, keys))
    return out


def chatwoot_items():
    chosen = selected()
    for code, lang in LANGS:
        seen = set()
        for name, keys in chosen:
            en = load("en", name)
            strings = en if code == "en" else load(code, name)
            stem = name[:-len(".json")]
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                path = f"app/javascript/dashboard/i18n/locale/{code}/{name}"
                yield item(f"chatwoot-dash-{code}-{stem}-{key}", lang, text, "chatwoot_dashboard",
                           f"github.com/chatwoot/chatwoot@{CHATWOOT_COMMIT[:12]}:{path} ({key}; "
                           f"copied to scripts/real_corpus/raw/chatwoot_dashboard/)",
                           f"chatwoot/chatwoot:{stem}:{key}", "keyword_rule_app_strings")


def items():
    yield from chatwoot_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
