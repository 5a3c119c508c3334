#!/usr/bin/env python3
"""Rebuild the fifty-eighth batch of tests/data/real/ (issue 12): the messages the Casdoor identity
server returns to its users (sign-in, sign-up, verification-code, password, MFA, token, permission
and payment errors) and the toasts and form messages of its web app, in zh-Hans (Casdoor ships no
zh-Hant catalogue). Only Chinese texts are taken, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates54.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates54.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/casdoor/ (copied verbatim from the fetched
repository; SOURCE.md names repository, path and commit).

Sources (see tests/data/real/README.md, section "Fifty-eighth batch"):
  * casdoor_server: casdoor/casdoor (Apache-2.0) at commit CASDOOR_COMMIT, file
    i18n/locales/zh/data.json — the Go backend's catalogue of the messages its API returns (one
    object per section, English message -> Chinese). Selection: the whole catalogue (every string
    of every section). Go verbs get fixed values (SERVER_FILLS: %s "demo", %d 3, %v 100, %w EOF).
  * casdoor_web: the same commit's web/src/locales/zh/data.json (the React web app's catalogue,
    one object per page, English key -> Chinese). Selection (mechanical, web_messages): every
    string whose English key does not contain "Tooltip" and either begins with "Successfully " or
    "Failed to " (the toasts after an action), or ends with "!" (the form-validation messages and
    exclamations), or ends with a single "." (not "..") and has at least four words (the
    sentence messages). The keys decide, not a reading of the values. {label} gets a fixed value
    (WEB_FILLS).

A text with a line holding Latin letters and no Chinese character is skipped
(build_templates30.zh_untranslated). Near-duplicates (digits and white space aside) collapse within
a source (build_templates31.is_new_text): the first key in file order keeps the text. Cut at 500
characters.

Split: the unit is the message key (`casdoor/casdoor:server.<section>.<English key>`,
`casdoor/casdoor:web.<section>.<English key>`); held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come
from scripts/real_corpus/labels/labels_templates54.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates54.tsv")

CASDOOR_REPO = "casdoor/casdoor"
CASDOOR_COMMIT = "e6b2338f8955455254ec2f48ef0a0390cbef9ec5"  # master, 2026-08-22
CASDOOR_RAW = os.path.join(HERE, "raw", "casdoor")
SERVER_PATH = "i18n/locales/zh/data.json"  # last changed 04b1ca115, 2026-03-06
WEB_PATH = "web/src/locales/zh/data.json"  # last changed 36c39710d, 2026-08-16
SERVER_FILLS = {"s": "demo", "d": "3", "v": "100", "w": "EOF"}
WEB_FILLS = {"label": "地址"}


def load(name):
    with open(os.path.join(CASDOOR_RAW, name), encoding="utf-8") as f:
        return json.load(f)


def server_messages():
    """(section, English key, value) of every string of the server catalogue, in file order."""
    for section, strings in load("server_zh_data.json").items():
        for key, value in strings.items():
            yield section, key, value


def is_web_message(key):
    if "Tooltip" in key:
        return False
    if key.startswith(("Successfully ", "Failed to ")) or key.endswith("!"):
        return True
    return bool(re.search(r"[^.]\.$", key)) and len(key.split()) >= 4


def web_messages():
    for section, strings in load("web_zh_data.json").items():
        for key, value in strings.items():
            if is_web_message(key):
                yield section, key, value


def server_text(value):
    return clean(re.sub(r"%([sdvw])", lambda m: SERVER_FILLS[m.group(1)], value))


def web_text(value):
    return clean(re.sub(r"\{(\w+)\}", lambda m: WEB_FILLS[m.group(1)], value))


def casdoor_items(part, messages, fill, source, path, selection):
    seen, hans, lang = set(), {}, "zh-Hans"
    for section, key, value in messages():
        text = fill(value)
        if zh_untranslated(text):
            continue
        unit = f"{CASDOOR_REPO}:{part}.{section}.{key}"
        if not is_new_text(seen, hans, lang, unit, text):
            continue
        yield item(f"casdoor-{sha(lang + '#' + part + '.' + section + '.' + key)[:12]}", lang,
                   text, source, f"github.com/{CASDOOR_REPO}@{CASDOOR_COMMIT[:12]}:{path}", unit,
                   selection)


def items():
    yield from casdoor_items("server", server_messages, server_text, "casdoor_server",
                             SERVER_PATH, "whole_server_catalogue")
    yield from casdoor_items("web", web_messages, web_text, "casdoor_web", WEB_PATH,
                             "every_toast_and_form_message")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
