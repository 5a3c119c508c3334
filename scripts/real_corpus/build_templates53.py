#!/usr/bin/env python3
"""Rebuild the fifty-seventh batch of tests/data/real/ (issue 12): the messages the Nacos console
(Alibaba's service-discovery and configuration server) shows its users — sign-in and password
errors, success and failure toasts, confirmation prompts and validation errors — in Chinese only
(zh-Hans: the console's zh-CN catalogue; Nacos ships no zh-Hant one). Only zh-Hans texts are
taken, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates53.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates53.py assemble     # write the jsonl files
Nothing to set: the source is read from raw/nacos/ (copied verbatim from the fetched repository;
raw/nacos/SOURCE.md names repository, path and commit).

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

Placeholders (the one `${namespaceName}` template) get a fixed value of the earlier batches' kind
(NACOS_FILLS: the namespace "demo-namespace"). A text with a line holding Latin letters and no
Chinese character is skipped (build_templates30.zh_untranslated). Near-duplicates (digits and
white space aside) collapse within the source and language (build_templates31.is_new_text): the
first key in file order keeps the text. Cut at 500 characters.

Split: the unit is the message key (`alibaba/nacos:<Section>.<key>`); held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
Labels come from scripts/real_corpus/labels/labels_templates53.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
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


def items():
    yield from nacos_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
