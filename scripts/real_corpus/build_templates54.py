#!/usr/bin/env python3
"""Rebuild the fifty-eighth batch of tests/data/real/ (issue 12): the messages the Casdoor identity
server returns to its users (sign-in, sign-up, verification-code, password, MFA, token, permission
and payment errors) and the toasts and form messages of its web app, in zh-Hans (Casdoor ships no
zh-Hant catalogue), and the sign-in, password-policy and account messages of the MaxKey identity
server's Java catalogues (zh_CN only). Only Chinese texts are taken, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates54.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates54.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/casdoor/ and raw/maxkey/ (copied verbatim from the
fetched repositories; each SOURCE.md names repository, path and commit).

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
  * maxkey_server: dromara/MaxKey (Apache-2.0) at commit MAXKEY_COMMIT, two Java .properties
    catalogues (\\uXXXX escapes decoded): maxkey-core's passwordpolicy_message_zh_CN.properties
    (the password-policy violations and the login.error.* sign-in errors) — taken whole — and
    maxkey-web-maxkey's message_zh_CN.properties, of which every string whose key's last
    dot-separated part is, case-insensitively, one of MAXKEY_MESSAGE_ENDS (tip, error, exist,
    refuse, success, errorText, hintText: the names the catalogue gives its messages) and whose
    value holds at least four Chinese characters (the rest are form labels and captions).
    {0}..{3} get the fixed values of MAXKEY_FILLS. MaxKey's Angular catalogues (zh-CN/zh-TW) are
    not taken (see the README section).

A text with a line holding Latin letters and no Chinese character is skipped
(build_templates30.zh_untranslated). Near-duplicates (digits and white space aside) collapse within
a source (build_templates31.is_new_text): the first key in file order keeps the text. Cut at 500
characters.

Split: the unit is the message key (`casdoor/casdoor:server.<section>.<English key>`,
`casdoor/casdoor:web.<section>.<English key>`, `dromara/MaxKey:passwordpolicy.<key>`,
`dromara/MaxKey:message.<key>`); held out when SHA-256 of the unit is 0 mod 3
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


MAXKEY_REPO = "dromara/MaxKey"
MAXKEY_COMMIT = "dc59fc0ba918eb1f2736689750abd009d1aca44c"  # main, 2026-08-08
MAXKEY_RAW = os.path.join(HERE, "raw", "maxkey")
MAXKEY_PROPERTIES = [  # (raw file, unit prefix, repository path, selection)
    ("passwordpolicy_message_zh_CN.properties", "passwordpolicy",
     "maxkey-commons/maxkey-core/src/main/resources/messages/passwordpolicy_message_zh_CN.properties",
     "whole_catalogue"),
    ("message_zh_CN.properties", "message",
     "maxkey-webs/maxkey-web-maxkey/src/main/resources/messages/message_zh_CN.properties",
     "message_keys")]
MAXKEY_MESSAGE_ENDS = {"tip", "error", "exist", "refuse", "success", "errortext", "hinttext"}
MAXKEY_FILLS = {"0": "3", "1": "5", "2": "10", "3": "1"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def properties(name):
    """(key, value) of every `key=value` line of a Java .properties file, in file order."""
    with open(os.path.join(MAXKEY_RAW, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith(("#", "!")):
                continue
            assert not line.endswith("\\"), line  # no continuation lines in these files
            key, _, value = line.partition("=")
            value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
            yield key.strip(), value.strip()


def maxkey_fill(value):
    return clean(re.sub(r"\{(\d)\}", lambda m: MAXKEY_FILLS[m.group(1)], value))


def maxkey_server_items():
    seen, hans, lang = set(), {}, "zh-Hans"
    for name, prefix, path, selection in MAXKEY_PROPERTIES:
        for key, value in properties(name):
            if prefix == "message" and (key.rsplit(".", 1)[-1].lower() not in MAXKEY_MESSAGE_ENDS
                                        or len(HAN.findall(value)) < 4):
                continue
            text = maxkey_fill(value)
            if zh_untranslated(text):
                continue
            unit = f"{MAXKEY_REPO}:{prefix}.{key}"
            if not is_new_text(seen, hans, lang, unit, text):
                continue
            yield item(f"maxkey-{sha(lang + '#' + prefix + '.' + key)[:12]}", lang, text,
                       "maxkey_server", f"github.com/{MAXKEY_REPO}@{MAXKEY_COMMIT[:12]}:{path}",
                       unit, selection)


def items():
    yield from casdoor_items("server", server_messages, server_text, "casdoor_server",
                             SERVER_PATH, "whole_server_catalogue")
    yield from casdoor_items("web", web_messages, web_text, "casdoor_web", WEB_PATH,
                             "every_toast_and_form_message")
    yield from maxkey_server_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
