#!/usr/bin/env python3
"""Rebuild the sixty-first batch of tests/data/real/ (issue 12): the messages AnythingLLM (the
self-hosted LLM chat and agent application) shows its users: toasts, error and success messages,
warnings, confirmation prompts, password, sign-in, security and privacy notices; and Chatwoot's
two-factor-authentication messages (set-up, backup codes, sign-in verification). zh-Hans and
zh-Hant, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates57.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates57.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/anythingllm/ (copied verbatim from the fetched
repository; SOURCE.md names repository, path and commit) and raw/chatwoot/ (transcribed
verbatim from the file index's stored text; SOURCE.md).

Source (see tests/data/real/README.md, section "Sixty-first batch"):
  * anythingllm_app: Mintplex-Labs/anything-llm (MIT) at commit ANYTHINGLLM_COMMIT, files
    frontend/src/locales/zh/common.js (zh-Hans) and frontend/src/locales/zh_TW/common.js
    (zh-Hant): one JavaScript object literal (`const TRANSLATIONS = {...}`), nested, read by
    js_object below (keys bare or quoted, values "…" or '…' strings with \\n escapes; no code).
    Selection (mechanical, anythingllm_messages): every string (nested keys joined by ".") one of
    whose key components contains, case-insensitively, one of the words of AL_WORDS (toast, error,
    success, fail, warn, alert, notice, message, confirm, invalid, required, expire, disclaimer,
    security, login, password, privacy, reset) and whose value holds at least four Chinese
    characters. Inline tags (<a>…</a>, <b>…</b>, <code>) are taken out, <br /> becomes a line
    break; {{name}} placeholders get the fixed values of AL_FILLS.
  * chatwoot_mfa: chatwoot/chatwoot (MIT) file app/javascript/dashboard/i18n/locale/zh_CN/mfa.json
    (zh-Hans) as stored at commit CHATWOOT_COMMIT (read through the file index; the repository is
    over the fetch limit): the dashboard's two-factor-authentication set-up, backup-code and
    sign-in verification strings. Selection (mechanical): every string of the file (nested keys
    joined by ".") whose value holds at least four Chinese characters. The zh_TW file is not
    taken (its stored values are English but for six one-word captions).

A text with a line holding Latin letters and no Chinese character once the fill values are taken
out is skipped (untranslated). Near-duplicates (digits and white space aside) collapse within the
source and language, and a zh-Hant text equal to the zh-Hans text of the same message is not
taken twice (build_templates31.is_new_text): the first key in file order keeps the text. Cut at
500 characters (build_templates.item).

Split: the unit is the message key (`Mintplex-Labs/anything-llm:<key path>`,
`chatwoot/chatwoot:mfa:<key path>`), both scripts of one
message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and
committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates57.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates29 import clean
from build_templates31 import is_new_text
from build_templates53 import flat
from build_templates56 import HAN, fill, untranslated
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates57.tsv")

AL_REPO = "Mintplex-Labs/anything-llm"
ANYTHINGLLM_COMMIT = "72aabbd15481ae405434efd4c83d46026eef1173"  # master, 2026-08-21
AL_DIR = "frontend/src/locales/"  # both files last changed b09fee658, 2026-08-19
AL_WORDS = re.compile(r"toast|error|success|fail|warn|alert|notice|message|confirm|invalid"
                      r"|required|expire|disclaimer|security|login|password|privacy|reset", re.I)
AL_FILLS = {"appName": "AnythingLLM", "count": "3", "error": "timeout", "folderCount": "2",
            "name": "demo-router", "title": "demo-rule"}
AL_FILES = [("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]

TOKEN = re.compile(r"\s+|//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'"
                   r"|[{}:,]|[A-Za-z_$][\w$]*|.", re.S)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "`": "`", "/": "/"}


def unquote(tok):
    def esc(m):
        c = m.group(1)
        if c.startswith("u"):
            return chr(int(c[1:], 16))
        return ESCAPES.get(c, c)
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", esc, tok[1:-1])


def js_object(src):
    """The object literal after `= ` in a locale file, as nested dicts of strings."""
    src = src[src.index("{", src.index("TRANSLATIONS")):]
    toks = [t for t in TOKEN.findall(src) if t.strip() and not t.startswith(("//", "/*"))]
    pos = 0

    def value():
        nonlocal pos
        t = toks[pos]
        pos += 1
        if t == "{":
            d = {}
            while toks[pos] != "}":
                k = toks[pos]
                k = unquote(k) if k[0] in "\"'" else k
                assert toks[pos + 1] == ":", (k, toks[pos + 1])
                pos += 2
                d[k] = value()
                if toks[pos] == ",":
                    pos += 1
            pos += 1
            return d
        if t[0] in "\"'":
            return unquote(t)
        if t == "null":
            return None
        raise ValueError(f"unexpected token {t!r}")
    return value()


def anythingllm_messages(cat):
    for path, value in flat(cat):
        if isinstance(value, str) and any(AL_WORDS.search(p) for p in path) \
                and len(HAN.findall(value)) >= 4:
            yield ".".join(path), value


def anythingllm_items():
    seen_hans = {}
    for dname, lang in AL_FILES:
        with open(os.path.join(HERE, "raw", "anythingllm", dname + ".common.js"),
                  encoding="utf-8") as f:
            cat = js_object(f.read())
        seen = set()
        for key, value in anythingllm_messages(cat):
            value = re.sub(r"<br\s*/?>", "\n", value)
            value = re.sub(r"</?\w+\s*/?>", "", value)
            text = clean(fill(value, AL_FILLS))
            if untranslated(text, AL_FILLS.values()):
                continue
            unit = f"{AL_REPO}:{key}"
            if not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"anythingllm-{sha(lang + '#' + key)[:12]}", lang, text, "anythingllm_app",
                       f"github.com/{AL_REPO}@{ANYTHINGLLM_COMMIT[:12]}:"
                       f"{AL_DIR}{dname}/common.js", unit, "every_message_key_string")


# --- Chatwoot -------------------------------------------------------------------------------------
CW_REPO = "chatwoot/chatwoot"
CHATWOOT_COMMIT = "ff35fdae4c8dfafc32f7e14e379e5967cb8841b9"  # stored version of zh_CN/mfa.json
CW_PATH = "app/javascript/dashboard/i18n/locale/zh_CN/mfa.json"


def chatwoot_items():
    with open(os.path.join(HERE, "raw", "chatwoot", "zh_CN.mfa.json"), encoding="utf-8") as f:
        cat = json.load(f)
    seen, seen_hans, lang = set(), {}, "zh-Hans"
    for path, value in flat(cat):
        if not isinstance(value, str) or len(HAN.findall(value)) < 4:
            continue
        key = ".".join(path)
        text = clean(value)
        unit = f"{CW_REPO}:mfa:{key}"
        if untranslated(text, ()) or not is_new_text(seen, seen_hans, lang, unit, text):
            continue
        yield item(f"chatwoot-{sha(lang + '#mfa#' + key)[:12]}", lang, text, "chatwoot_mfa",
                   f"github.com/{CW_REPO}@{CHATWOOT_COMMIT[:12]}:{CW_PATH}", unit,
                   "every_mfa_string")


def items():
    yield from anythingllm_items()
    yield from chatwoot_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
