#!/usr/bin/env python3
"""Rebuild the sixty-second batch of tests/data/real/ (issue 12): Chinese notices of Grafana (the
sign-in, password-reset, sign-up, invitation, session, profile, OAuth and notification strings of
its web app) and Metabase (its e-mails, subscription and alert messages sent by the server, and
the sign-in and password-reset pages of its web app). zh-Hans and zh-Hant, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates58.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates58.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/grafana/ and raw/metabase/ (copied verbatim from
the fetched repositories; each SOURCE.md names repository, path and commit).

Sources (see scripts/real_corpus/notes/batch62.md, "Sixty-second batch"):
  * grafana_app: Grafana v12.3.3 (AGPL-3.0), files public/locales/zh-Hans/grafana.json and
    public/locales/zh-Hant/grafana.json, as carried unchanged by the first commit
    (GRAFANA_COMMIT, "first commit v12.3.3") of github.com/makaspacex/grafnaut (grafana/grafana
    itself is over the fetch limit). Nested i18next JSON, one top-level section per part of the
    UI. Selection (mechanical, grafana_messages): every string (nested keys joined by ".") of the
    sections GRAFANA_SECTIONS — login, forgot-password, sign-up, invites, user-session,
    user-sessions, profile, user-profile, oauth, notifications — whose value holds at least four
    Chinese characters (drops one-word captions). Inline tags (<1>…</1>, <strong>) are taken out;
    {{name}} placeholders get the fixed values of GRAFANA_FILLS.
  * metabase_notice: Metabase (AGPL-3.0 outside its enterprise/ folder; the catalogues are
    outside it), files locales/zh.po (zh-Hans) and locales/zh-TW.po (zh-Hant) at commit
    METABASE_COMMIT of github.com/zhouxiaoxiang/meta, a fork of metabase/metabase whose master
    is upstream's commit of 2023-03-27 (metabase/metabase itself is over the fetch limit).
    Selection (mechanical, metabase_messages): every non-fuzzy entry one of whose source
    references (#: lines) is in the back end's e-mail or pulse code (matches MB_REFS: a path
    beginning `metabase/email/`, `metabase/email.clj`, `metabase/pulse/` or `metabase/pulse.clj`,
    optionally after `src/` or `target/classes/`; the web app's pulse components are not taken)
    or in the web app's sign-in pages (`frontend/src/metabase/auth/`), and whose translation holds at least
    four Chinese characters. Plural entries give their first form. {0}, {1}… placeholders get the
    fixed values of MB_FILLS (by position); doubled '' (the catalogue's MessageFormat quoting) is
    read as one '.

A text with a line holding Latin letters and no Chinese character once the fill values are taken
out is skipped (untranslated). Near-duplicates (digits and white space aside) collapse within the
source and language, and a zh-Hant text equal to the zh-Hans text of the same message is not
taken twice (build_templates31.is_new_text): the first key in file order keeps the text. Cut at
500 characters (build_templates.item).

Split: the unit is the message key (`grafana/grafana:<key path>`, `metabase/metabase:<msgid>`),
both scripts of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come
from scripts/real_corpus/labels/labels_templates58.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates29 import clean
from build_templates31 import is_new_text
from build_templates53 import flat
from build_templates56 import HAN, untranslated
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates58.tsv")

# --- Grafana -------------------------------------------------------------------------------------
GRAFANA_REPO = "grafana/grafana"
GRAFANA_CARRIER = "makaspacex/grafnaut"
GRAFANA_COMMIT = "4bbdef0517fd92a0084420c18e240b39be6c8fe8"  # "first commit v12.3.3", 2026-02-20
GRAFANA_DIR = "public/locales/"
GRAFANA_SECTIONS = ("login", "forgot-password", "sign-up", "invites", "user-session",
                    "user-sessions", "profile", "user-profile", "oauth", "notifications")
GRAFANA_FILLS = {"orgName": "Main Org.", "invitedBy": "admin", "serviceName": "GitHub",
                 "browser": "Chrome", "os": "Windows", "osVersion": "11"}


def grafana_messages(cat):
    for path, value in flat(cat):
        if isinstance(value, str) and path[0] in GRAFANA_SECTIONS and len(HAN.findall(value)) >= 4:
            yield ".".join(path), value


def grafana_fill(value):
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: GRAFANA_FILLS[m.group(1)], value)


def grafana_items():
    seen_hans = {}
    for lang in ("zh-Hans", "zh-Hant"):
        with open(os.path.join(HERE, "raw", "grafana", lang + ".json"), encoding="utf-8") as f:
            cat = json.load(f)
        seen = set()
        for key, value in grafana_messages(cat):
            value = re.sub(r"<br\s*/?>", "\n", value)
            value = re.sub(r"</?\w+\s*/?>", "", value)
            text = clean(grafana_fill(value))
            if untranslated(text, GRAFANA_FILLS.values()):
                continue
            unit = f"{GRAFANA_REPO}:{key}"
            if not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"grafana-{sha(lang + '#' + key)[:12]}", lang, text, "grafana_app",
                       f"github.com/{GRAFANA_CARRIER}@{GRAFANA_COMMIT[:12]}:"
                       f"{GRAFANA_DIR}{lang}/grafana.json", unit, "every_account_section_string")


# --- Metabase ------------------------------------------------------------------------------------
MB_REPO = "metabase/metabase"
MB_CARRIER = "zhouxiaoxiang/meta"
MB_COMMIT = "b653ce1115b3fe91ad98578eaefed7b6d1d1c5e6"  # master, 2023-03-27 (upstream commit)
METABASE_COMMIT = MB_COMMIT
MB_REFS = re.compile(r"^(?:src/|target/classes/)?metabase/(?:email|pulse)(?:/|\.clj)"
                     r"|^frontend/src/metabase/auth/")
MB_FILLS = ("Demo", "Main Org.", "3", "demo@example.com")


def po_entries(text):
    """(references, flags, fields) of every entry of a gettext catalogue with a msgid."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        refs, flags, cur, field = [], "", {}, None
        for line in block.splitlines():
            if line.startswith("#:"):
                refs += line[2:].split()
            elif line.startswith("#,"):
                flags += line
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r'(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
                if m:
                    field = m.group(1)
                    cur[field] = m.group(2)
                elif line.startswith('"') and field:
                    cur[field] += line[1:-1]
        if cur.get("msgid"):
            out.append((refs, flags, cur))
    return out


def unquote(s):
    return s.replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")


def mb_fill(s):
    s = s.replace("''", "'")
    return re.sub(r"\{(\d)\}", lambda m: MB_FILLS[int(m.group(1))], s)


def metabase_messages(entries):
    for refs, flags, cur in entries:
        msgstr = cur.get("msgstr", cur.get("msgstr[0]", ""))
        if any(MB_REFS.search(r) for r in refs) and "fuzzy" not in flags \
                and len(HAN.findall(msgstr)) >= 4:
            yield unquote(cur["msgid"]), unquote(msgstr)


def metabase_items():
    seen_hans = {}
    for fname, lang in (("zh", "zh-Hans"), ("zh-TW", "zh-Hant")):
        with open(os.path.join(HERE, "raw", "metabase", fname + ".po"), encoding="utf-8") as f:
            entries = po_entries(f.read())
        seen = set()
        for msgid, msgstr in metabase_messages(entries):
            text = clean(mb_fill(msgstr))
            if untranslated(text, MB_FILLS):
                continue
            unit = f"{MB_REPO}:{msgid}"
            if not is_new_text(seen, seen_hans, lang, unit, text):
                continue
            yield item(f"metabase-{sha(lang + '#' + msgid)[:12]}", lang, text, "metabase_notice",
                       f"github.com/{MB_CARRIER}@{MB_COMMIT[:12]}:locales/{fname}.po", unit,
                       "every_email_pulse_signin_message")


def items():
    yield from grafana_items()
    yield from metabase_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
