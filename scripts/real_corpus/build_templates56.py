#!/usr/bin/env python3
"""Rebuild the sixtieth batch of tests/data/real/ (issue 12): the messages the Excalidraw
whiteboard shows its users (toasts, error messages, alerts and confirmation prompts, the
collaboration dialog, the end-to-end-encryption notes and the crash screen) and the messages of
Apache HertzBeat (the monitoring and alerting system): its web app's toasts, confirmation prompts,
sign-in, validation, token and alert-notification messages, and the alerter's notification
strings. zh-Hans and zh-Hant, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates56.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates56.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/excalidraw/ and raw/hertzbeat/ (copied verbatim
from the fetched repositories; each SOURCE.md names repository, path and commit).

Sources (see tests/data/real/README.md, section "Sixtieth batch"):
  * excalidraw_app: excalidraw/excalidraw (MIT) at commit EXCALIDRAW_COMMIT, files
    packages/excalidraw/locales/zh-CN.json (zh-Hans) and zh-TW.json (zh-Hant): nested JSON, one
    top-level section per part of the UI. Selection (mechanical, excalidraw_messages): every
    string (nested keys joined by ".") of the sections EXCALIDRAW_SECTIONS — toast, errors,
    alerts, roomDialog (the collaboration dialog), encrypted, errorSplash, canvasError,
    publishSuccessDialog — whose value holds at least four Chinese characters (drops one-word
    captions such as 画布 "canvas"). Inline tags (<bold>…</bold>, <button>, <link>, <br></br>)
    are taken out; {{name}} / {name} placeholders get the fixed values of EXCALIDRAW_FILLS, except
    {{exportSelection}}, which the app fills with its own `toast.selection` string of the same
    catalogue (所选项 / 選取項目-style).

  * hertzbeat_web: apache/hertzbeat (Apache-2.0) at commit HERTZBEAT_COMMIT, files
    web-app/src/assets/i18n/zh-CN.json (zh-Hans) and zh-TW.json (zh-Hant): flat JSON, one
    dotted key per string. Selection (mechanical, hertzbeat_messages): every string whose key
    has a dot-separated component equal to one of HB_COMPONENTS (notify, confirm, validation,
    error: the app's toast, confirm-prompt, validation and error families) or whose last
    component contains, case-insensitively, one of the words of HB_LAST_WORDS (success, fail,
    error, invalid, required, confirm, empty, wrong, not-found, notice, message, exist, expire),
    and whose value holds at least four Chinese characters. HTML tags are taken out (<br> as a
    line break); {{name}} placeholders get the fixed values of HB_FILLS.
  * hertzbeat_alerter: the same commit, files hertzbeat-alerter/src/main/resources/
    alerter_zh_CN.properties (zh-Hans) and alerter_zh_TW.properties (zh-Hant): every
    `key = value` string (the alert-notification titles, field names, priorities and the
    alerter's errors) whose value holds at least four Chinese characters.

A text with a line holding Latin letters and no Chinese character once the fill values are taken
out is skipped (untranslated). Near-duplicates (digits and white space aside) collapse within the
source and language, and a zh-Hant text equal to the zh-Hans text of the same message is not
taken twice (build_templates31.is_new_text): the first key in file order keeps the text. Cut at
500 characters (build_templates.item).

Split: the unit is the message key (`excalidraw/excalidraw:<key path>`,
`apache/hertzbeat:web-app:<key>`, `apache/hertzbeat:alerter:<key>`), both scripts of one message
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and
committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates56.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates29 import clean
from build_templates31 import is_new_text
from build_templates53 import flat
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates56.tsv")

HAN = re.compile(r"[\u4e00-\u9fff]")
LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def untranslated(text, fills):
    for v in fills:
        text = text.replace(v, "")
    return any(re.search(r"[A-Za-z]", ln) and not HAN.search(ln) for ln in text.splitlines())


def fill(value, fills):
    return re.sub(r"\{\{\s*(\w+)\s*\}\}|\{(\w+)\}",
                  lambda m: fills[m.group(1) or m.group(2)], value)


# --- Excalidraw ----------------------------------------------------------------------------------
EXCALIDRAW_REPO = "excalidraw/excalidraw"
EXCALIDRAW_COMMIT = "4872083c044491b6d5c96ae134a75464f96d6831"  # master, 2026-08-07
EXCALIDRAW_DIR = "packages/excalidraw/locales/"  # both files last changed 39103bd33a, 2026-08-03
EXCALIDRAW_SECTIONS = ("toast", "errors", "alerts", "roomDialog", "encrypted", "errorSplash",
                       "canvasError", "publishSuccessDialog")
EXCALIDRAW_FILLS = {"exportColorScheme": "light", "shortcut": "Ctrl+Shift+V", "maxSize": "20 MB",
                    "numShapes": "3", "count": "3", "eventId": "a1b2c3d4e5f6",
                    "authorName": "Demo", "filename": "drawing.excalidraw"}


def excalidraw_messages(cat):
    for path, value in flat(cat):
        if isinstance(value, str) and path[0] in EXCALIDRAW_SECTIONS \
                and len(HAN.findall(value)) >= 4:
            yield ".".join(path), value


def excalidraw_items():
    seen_hans = {}
    for fname, lang in LANGS:
        with open(os.path.join(HERE, "raw", "excalidraw", fname + ".json"), encoding="utf-8") as f:
            cat = json.load(f)
        fills = dict(EXCALIDRAW_FILLS, exportSelection=cat["toast"]["selection"])
        seen = set()
        for key, value in excalidraw_messages(cat):
            value = re.sub(r"<br\s*/?>(</br>)?", "\n", value)
            value = re.sub(r"</?\w+\s*/?>", "", value)
            text = clean(fill(value, fills))
            if untranslated(text, fills.values()):
                continue
            unit = f"{EXCALIDRAW_REPO}:{key}"
            if not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"excalidraw-{sha(lang + '#' + key)[:12]}", lang, text, "excalidraw_app",
                       f"github.com/{EXCALIDRAW_REPO}@{EXCALIDRAW_COMMIT[:12]}:"
                       f"{EXCALIDRAW_DIR}{fname}.json", unit, "every_message_section_string")


# --- Apache HertzBeat ----------------------------------------------------------------------------
HB_REPO = "apache/hertzbeat"
HB_COMMIT = "f64da5fcf70c969a333268f0273964cb06bb49d0"  # master, 2026-08-22
HB_WEB_DIR = "web-app/src/assets/i18n/"  # both files last changed 0c4136cade, 2026-08-22
HB_ALERTER_DIR = "hertzbeat-alerter/src/main/resources/"  # last changed 40c842b0d7, 2026-03-04
HB_COMPONENTS = {"notify", "confirm", "validation", "error"}
HB_LAST_WORDS = re.compile(r"success|fail|error|invalid|required|confirm|empty|wrong|not-found"
                           r"|notice|message|exist|expire", re.I)
HB_FILLS = {"taskName": "demo-task", "errMsg": "timeout", "progress": "60", "name": "demo-token",
            "app": "mysql"}


def hertzbeat_messages(cat):
    for key, value in cat.items():
        parts = key.split(".")
        if (HB_COMPONENTS & set(parts) or HB_LAST_WORDS.search(parts[-1])) \
                and len(HAN.findall(value)) >= 4:
            yield key, value


def hb_web_items():
    seen_hans = {}
    for fname, lang in LANGS:
        with open(os.path.join(HERE, "raw", "hertzbeat", fname + ".json"), encoding="utf-8") as f:
            cat = json.load(f)
        seen = set()
        for key, value in hertzbeat_messages(cat):
            value = re.sub(r"<br\s*/?>", "\n", value)
            value = re.sub(r"<[^>]+>", "", value)
            text = clean(fill(value, HB_FILLS))
            if untranslated(text, HB_FILLS.values()):
                continue
            unit = f"{HB_REPO}:web-app:{key}"
            if not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"hertzbeat-{sha(lang + '#web#' + key)[:12]}", lang, text,
                       "hertzbeat_web", f"github.com/{HB_REPO}@{HB_COMMIT[:12]}:"
                       f"{HB_WEB_DIR}{fname}.json", unit, "every_message_key")


def properties(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            yield key.strip(), value.strip()


def hb_alerter_items():
    seen_hans = {}
    for fname, lang in [("alerter_zh_CN", "zh-Hans"), ("alerter_zh_TW", "zh-Hant")]:
        seen = set()
        for key, value in properties(os.path.join(HERE, "raw", "hertzbeat", fname + ".properties")):
            if len(HAN.findall(value)) < 4:
                continue
            text = clean(value)
            unit = f"{HB_REPO}:alerter:{key}"
            if untranslated(text, ()) or not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"hertzbeat-{sha(lang + '#alerter#' + key)[:12]}", lang, text,
                       "hertzbeat_alerter", f"github.com/{HB_REPO}@{HB_COMMIT[:12]}:"
                       f"{HB_ALERTER_DIR}{fname}.properties", unit, "every_alerter_string")


def items():
    yield from excalidraw_items()
    yield from hb_web_items()
    yield from hb_alerter_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
