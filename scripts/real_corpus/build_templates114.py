#!/usr/bin/env python3
"""Rebuild the hundred-and-eighteenth batch of tests/data/real/: the authentication-UI strings and
the e-mail/SMS message templates of Authgear (authgear/authgear-server, Apache-2.0) about
passwords, one-time and verification codes, recovery codes, 2FA, log-in and sign-in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates114.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates114.py assemble     # write the jsonl files

Source: github.com/authgear/authgear-server at AUTHGEAR_COMMIT (2026-08-21), from
resources/authgear/templates/<lang>/ for lang in en, es, zh-CN, zh-TW, zh-HK: translation.json
(the auth UI's flat key -> ICU-message catalogue) and messages/*.txt (the plain-text e-mail and
SMS messages as sent, Go-template placeholders included), copied verbatim to
scripts/real_corpus/raw/authgear/<lang>/ (see SOURCE.md there). messages/translation.json (the
pieces the messages/*.txt files are rendered from) is not taken: its strings are inside the .txt
messages.

Selection (mechanical, fixed before any text was read): (a) every key of en/translation.json whose
English text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor); (b) every en/messages/<name>.txt whose English text passes the same test, keyed
`messages/<name>`. Each key's text is taken in every language that holds it (zh-CN as zh-Hans;
zh-TW, then zh-HK, as zh-Hant); a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within a language, the first in
the order en, es, zh-CN, zh-TW, zh-HK and catalogue order (messages after the UI keys) keeping
it. Placeholders (`{AppName}`, `{{ .Code }}`, `{{ template "app.name" }}`) are kept as written.
Cut at 500 characters.

Split: the unit is the message key (`authgear/authgear-server:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates114.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os

from app_strings import SELECT_RE, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates114.tsv")
RAW = os.path.join(HERE, "raw", "authgear")
AUTHGEAR_COMMIT = "fa7a7d551dda42c274bf388ae57aadc780e8472c"
TEMPLATES = "resources/authgear/templates"
LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"),
         ("zh-HK", "zh-Hant")]


def load_ui(code):
    with open(os.path.join(RAW, code, "translation.json"), encoding="utf-8") as f:
        return json.load(f)


def load_messages(code):
    """messages/<name>.txt of one language, keyed `messages/<name>`, in file-name order."""
    folder = os.path.join(RAW, code, "messages")
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                out["messages/" + name[: -len(".txt")]] = f.read()
    return out


def catalogue(code):
    strings = dict(load_ui(code))
    strings.update(load_messages(code))
    return strings


def selected(text):
    return isinstance(text, str) and len(text.split()) >= 4 and bool(SELECT_RE.search(text))


def path_of(code, key):
    if key.startswith("messages/"):
        return f"{TEMPLATES}/{code}/{key}.txt"
    return f"{TEMPLATES}/{code}/translation.json ({key})"


def authgear_items():
    en_ui, en_msg = load_ui("en"), load_messages("en")
    keys = [k for k, v in en_ui.items() if selected(v)] + [k for k, v in en_msg.items() if selected(v)]
    en = catalogue("en")
    seen = {}
    for code, lang in LANGS:
        strings = catalogue(code)
        done = seen.setdefault(lang, set())
        for key, text in new_texts(strings, keys, en if code != "en" else None, done):
            yield item(f"authgear-{code}-{key}", lang, text, "authgear_app",
                       f"github.com/authgear/authgear-server@{AUTHGEAR_COMMIT[:12]}:"
                       f"{path_of(code, key)} (copied to scripts/real_corpus/raw/authgear/)",
                       f"authgear/authgear-server:{key}", "keyword_rule_app_strings")


def items():
    yield from authgear_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
