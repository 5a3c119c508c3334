#!/usr/bin/env python3
"""Rebuild the fifty-seventh batch of tests/data/real/ (issue 12): the messages the Nacos console
(Alibaba's service-discovery and configuration server) shows its users — sign-in and password
errors, success and failure toasts, confirmation prompts and validation errors — in zh-Hans (the
console's zh-CN catalogue; Nacos ships no zh-Hant one), and the toasts and the sign-in, invitation
and password-reset messages of the Medusa commerce admin in zh-Hans and zh-Hant. Only Chinese
texts are taken, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates53.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates53.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/nacos/ and raw/medusa/ (copied verbatim from the
fetched repositories; each SOURCE.md names repository, path and commit).

Source (see tests/data/real/README.md, section "Fifty-seventh batch"):
  * nacos_console: alibaba/nacos (Apache-2.0) at commit NACOS_COMMIT, file
    console-ui/src/locales/zh-CN.js (the console's I18N_CONF object: one `Section: {` block per
    page or dialog, one `key: 'value',` line per string).
    Selection (mechanical, nacos_messages): every string whose key (the name inside its section)
    contains, case-insensitively, one of the words of MESSAGE_WORDS — the names the console gives
    its messages (…Success, …Failed, …Error, invalid…, …Required, …NotConsistent, …Exist,
    confirm…, sure…, …Tip(s), …AlertContent, …Msg/Message, …CanNotBeEmpty, wrong, prompt…,
    notice, hint…, cannot…) — and whose value holds at least four Chinese characters (this drops
    the one-word dialog titles such as 提示 "notice", 错误 "error", 成功 "success"). The key
    names decide, not a reading of the values; button captions and placeholders that happen to
    carry such a name (e.g. useExistService, pleaseInputUsername) are taken and labelled.

  * medusa_admin: the Medusa admin dashboard's catalogues packages/admin/dashboard/src/i18n/
    translations/zhCN.json (zh-Hans) and zhTW.json (zh-Hant), MIT ("Copyright (c) 2021 Medusajs"),
    as carried by acmekit/acmekit at commit MEDUSA_COMMIT — a rebranded fork of medusajs/medusa
    (the only snapshot with these files that could be fetched; it writes "AcmeKit" where Medusa
    writes "Medusa"). Selection (mechanical, medusa_messages): every string (nested JSON keys
    joined by ".") whose key path has a component containing "toast" (case-insensitive: the
    successToast / toast / toasts messages shown after an action), and every string of the
    top-level sections MEDUSA_SECTIONS (login, invite, resetPassword, notifications, errors: the
    sign-in, invitation and password-reset pages and the server-error messages); of these, those
    whose value holds at least four Chinese characters. Inline component tags (<0>…</0>) are
    taken out; {{name}}-style placeholders get the fixed values of MEDUSA_FILLS.

Placeholders (the one `${namespaceName}` template) get a fixed value of the earlier batches' kind
(NACOS_FILLS: the namespace "demo-namespace"). A text with a line holding Latin letters and no
Chinese character is skipped (build_templates30.zh_untranslated). Near-duplicates (digits and
white space aside) collapse within the source and language (build_templates31.is_new_text): the
first key in file order keeps the text. Cut at 500 characters.

Split: the unit is the message key (`alibaba/nacos:<Section>.<key>`, `medusajs/medusa:<key
path>`), both scripts of one Medusa message on one side; held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
Labels come from scripts/real_corpus/labels/labels_templates53.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
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
LABELS = os.path.join(HERE, "labels", "labels_templates53.tsv")

NACOS_REPO = "alibaba/nacos"
NACOS_COMMIT = "486e19848605bbea24902b26e741a433d912e0a8"  # develop, 2025-09-02
NACOS_PATH = "console-ui/src/locales/zh-CN.js"  # last changed dc3b2cb4d06f, 2025-08-13
NACOS_RAW = os.path.join(HERE, "raw", "nacos", "zh-CN.js")

MESSAGE_WORDS = re.compile(
    r"success|succeed|fail|error|invalid|required|consistent|exist|confirm|sure|tip|alert|msg"
    r"|message|empty|wrong|prompt|notice|hint|cannot", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
NACOS_FILLS = {"namespaceName": "demo-namespace"}

SECTION = re.compile(r"^  (\w+): \{\s*$")
ENTRY = re.compile(r"^    '?(\w+)'?: '((?:[^'\\]|\\.)*)',?\s*$")


def js_unquote(body):
    return re.sub(r"\\(.)", r"\1", body)


def nacos_strings():
    """(section, key, value) of every string of the catalogue, in file order."""
    section = None
    with open(NACOS_RAW, encoding="utf-8") as f:
        for line in f:
            m = SECTION.match(line)
            if m:
                section = m.group(1)
                continue
            m = ENTRY.match(line)
            if m and section:
                yield section, m.group(1), js_unquote(m.group(2))


def nacos_messages():
    for section, key, value in nacos_strings():
        if MESSAGE_WORDS.search(key) and len(HAN.findall(value)) >= 4:
            yield section, key, value


def nacos_items():
    seen, hans, lang = set(), {}, "zh-Hans"
    for section, key, value in nacos_messages():
        text = clean(re.sub(r"\$\{(\w+)\}", lambda m: NACOS_FILLS[m.group(1)], value))
        if zh_untranslated(text):
            continue
        unit = f"{NACOS_REPO}:{section}.{key}"
        if not is_new_text(seen, hans, lang, unit, text):
            continue
        yield item(f"nacos-{sha(lang + '#' + section + '.' + key)[:12]}", lang, text,
                   "nacos_console", f"github.com/{NACOS_REPO}@{NACOS_COMMIT[:12]}:{NACOS_PATH}",
                   unit, "every_message_key")


MEDUSA_REPO = "acmekit/acmekit"
MEDUSA_COMMIT = "5222edb8a978b17ef1361573de4a8b5a21526388"  # 2026-02-10 (catalogues: 3a32be47, 2026-01-31)
MEDUSA_DIR = "packages/admin/dashboard/src/i18n/translations/"
MEDUSA_RAW = os.path.join(HERE, "raw", "medusa")
MEDUSA_LANGS = [("zhCN.json", "zh-Hans"), ("zhTW.json", "zh-Hant")]
MEDUSA_SECTIONS = ("login", "invite", "resetPassword", "notifications", "errors")
MEDUSA_FILLS = {"title": "Winter Jacket", "name": "Demo", "count": "3", "value": "demo",
                "label": "Wrong size", "email": "jane@example.com", "code": "SUMMER10",
                "items": "Winter Jacket", "time": "15"}


def flat(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flat(v, path + (k,))
        else:
            yield path + (k,), v


def medusa_messages(cat):
    """(key path, value) of every taken string of one catalogue, in file order."""
    for path, value in flat(cat):
        if not isinstance(value, str):
            continue
        if path[0] in MEDUSA_SECTIONS or any("toast" in p.lower() for p in path):
            if len(HAN.findall(value)) >= 4:
                yield ".".join(path), value


def medusa_text(value):
    value = re.sub(r"</?\d+/?>", "", value)
    return clean(re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: MEDUSA_FILLS[m.group(1)], value))


def medusa_items():
    hans = {}
    for fname, lang in MEDUSA_LANGS:
        with open(os.path.join(MEDUSA_RAW, fname), encoding="utf-8") as f:
            cat = json.load(f)
        seen = set()
        for key, value in medusa_messages(cat):
            text = medusa_text(value)
            if zh_untranslated(text):
                continue
            unit = f"medusajs/medusa:{key}"
            if not is_new_text(seen, hans, lang, unit, text):
                continue
            yield item(f"medusa-{sha(lang + '#' + key)[:12]}", lang, text, "medusa_admin",
                       f"github.com/{MEDUSA_REPO}@{MEDUSA_COMMIT[:12]}:{MEDUSA_DIR}{fname}",
                       unit, "every_toast_and_auth_message")


def items():
    yield from nacos_items()
    yield from medusa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
