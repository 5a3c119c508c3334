#!/usr/bin/env python3
"""Rebuild the fifty-ninth batch of tests/data/real/: the messages the Harbor portal (the CNCF
container-registry server's web UI) shows its users — sign-in and password errors, the session and
permission errors of its HTTP error handler, success and failure toasts, confirmation prompts,
validation errors and tooltips — in zh-Hans (the portal's zh-cn catalogue) and zh-Hant (its zh-tw
catalogue). Only Chinese texts are taken, never English.

Usage:
    python3 scripts/real_corpus/build_templates55.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates55.py assemble     # write the jsonl files
Nothing to set: the sources are read from raw/harbor/ (copied verbatim from the fetched
repository; SOURCE.md names repository, path and commit).

Source (see tests/data/real/README.md, section "Fifty-ninth batch"):
  * harbor_portal: goharbor/harbor (Apache-2.0) at commit HARBOR_COMMIT, files
    src/portal/src/i18n/lang/zh-cn-lang.json (zh-Hans) and zh-tw-lang.json (zh-Hant): one JSON
    object, a section per page or dialog (SIGN_IN, PROFILE, USER, REPLICATION, …), a few strings
    at top level (the HTTP error messages UNAUTHORIZED_ERROR, FORBIDDEN_ERROR, …).
    Selection (mechanical, harbor_messages): every string whose key (the last component of its
    key path) contains, case-insensitively, one of the words of MESSAGE_WORDS — the word list of
    the fifty-seventh batch's Nacos selection without "tip" (…SUCCESS, …FAILED, …ERROR, INVALID…,
    …REQUIRED, INCONSISTENT, …EXIST(S/ING), CONFIRM…, ALERT…, …MSG/MESSAGE, EMPTY, CANNOT…; the
    …TOOLTIP / …TIP(S) keys are the forms' help texts, not messages, and are left out) — and
    whose value holds at least four Chinese characters (this drops the one-word labels such as
    状态 "status"). The key names decide, not a reading of the values; captions and placeholders
    that happen to carry such a name (e.g. PLACEHOLDER.CONFIRM_PWD, BANNER_MESSAGE.MESSAGE_TYPE)
    are taken and labelled.

Placeholders ({{param}}, {{name}}, …) get the fixed values of HARBOR_FILLS, of the earlier batches'
kind. A text with a line holding Latin letters and no Chinese character is skipped
(build_templates30.zh_untranslated). Near-duplicates (digits and white space aside) collapse
within the source and language (build_templates31.is_new_text), and a zh-Hant text equal to the
zh-Hans text of the same key is not taken again: the first key in file order keeps the text. Cut
at 500 characters.

Split: the unit is the message key (`goharbor/harbor:<key path>`), both scripts of one message on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates55.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text
from build_templates53 import flat
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates55.tsv")

HARBOR_REPO = "goharbor/harbor"
HARBOR_COMMIT = "c50c7ddd6ea4e335a480b49c618281882ab7eec9"  # main, 2026-08-21 (catalogues: c3ec2b133e2b, 2026-08-10)
HARBOR_DIR = "src/portal/src/i18n/lang/"
HARBOR_RAW = os.path.join(HERE, "raw", "harbor")
HARBOR_LANGS = [("zh-cn-lang.json", "zh-Hans"), ("zh-tw-lang.json", "zh-Hant")]

MESSAGE_WORDS = re.compile(
    r"success|succeed|fail|error|invalid|required|consistent|exist|confirm|sure|alert|msg"
    r"|message|empty|wrong|prompt|notice|hint|cannot", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
HARBOR_FILLS = {
    "param": "demo", "params": "demo", "name": "demo", "names": "demo", "error": "timeout",
    "url": "https://scanner.example.com", "number": "3", "size": "15MB", "totalNum": "12",
    "fixableNum": "3", "totalPackages": "12", "package": "packages", "totalVulnerability": "3",
    "vulnerability": "vulnerabilities", "totalSbom": "3", "sbom": "SBOM", "scanner": "Trivy",
    "manifest": "3", "blob": "15", "repoName": "library/nginx", "providerName": "Dragonfly",
    "max_job_workers": "10",
}


def harbor_messages(cat):
    """(key path, value) of every taken string of one catalogue, in file order."""
    for path, value in flat(cat):
        if isinstance(value, str) and MESSAGE_WORDS.search(path[-1]) \
                and len(HAN.findall(value)) >= 4:
            yield ".".join(path), value


def harbor_text(value):
    return clean(re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: HARBOR_FILLS[m.group(1)], value))


def harbor_items():
    hans = {}
    for fname, lang in HARBOR_LANGS:
        with open(os.path.join(HARBOR_RAW, fname), encoding="utf-8") as f:
            cat = json.load(f)
        seen = set()
        for key, value in harbor_messages(cat):
            text = harbor_text(value)
            if zh_untranslated(text):
                continue
            unit = f"{HARBOR_REPO}:{key}"
            if not is_new_text(seen, hans, lang, unit, text):
                continue
            yield item(f"harbor-{sha(lang + '#' + key)[:12]}", lang, text, "harbor_portal",
                       f"github.com/{HARBOR_REPO}@{HARBOR_COMMIT[:12]}:{HARBOR_DIR}{fname}",
                       unit, "every_message_key")


def items():
    yield from harbor_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
