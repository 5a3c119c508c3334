#!/usr/bin/env python3
"""Rebuild the forty-ninth batch of tests/data/real/ (issue 12): the notices SiYuan's kernel shows
its users (sync, cloud storage, subscription, account, data repo, export and update notices), in
zh-Hans and zh-Hant only. This round needs Chinese: no Spanish and no English text is taken; the
English strings serve only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-49.sh   # or set SIYUAN_GIT to a bare git dir of siyuan-note/siyuan
    python3 scripts/real_corpus/build_templates45.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates45.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-ninth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * siyuan_notice: siyuan-note/siyuan (AGPL-3.0), SY_COMMIT. Every entry of the `_kernel` table of
    app/appearance/langs/{en,zh-CN,zh-TW}.json: the kernel's message table, whose entries the
    kernel (kernel/, `Conf.Language(N)`) pushes to the user as notices (util.PushMsg,
    PushErrMsg, PushUpdateMsg, PushStatusBar …) or returns as the error message a request shows.
    Every entry is taken (not chosen by reading); entries that are not a whole message (a word
    such as "Yesterday", a field label, a title) are labelled `drop`. zh-CN.json is zh-Hans,
    zh-TW.json zh-Hant.

Fills (the values of the earlier batches): a `%s` inside a link's address is
https://www.example.com/, any other `%s` "Demo Notes" (a notebook, document, file, path, error or
size named by the notice); `%d`, `%v` 3; `%.2f` 1.25; `%%` a percent sign;
`${accountServer}` https://account.example.com. HTML tags dropped (a link keeps its label and
address: "label address"), entities unescaped. An empty entry, one whose zh line is a line of the
English entry (untranslated_lines), and a zh-Hant text equal to the zh-Hans one are not taken;
near-duplicates (digits and white space aside) collapse within the language. Cut at 500
characters.

Split: the unit is the table entry (`siyuan-note/siyuan:_kernel/<N>`), both languages of one entry
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and
committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates45.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import html
import json
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates45.tsv")

# --- SiYuan --------------------------------------------------------------------------------------
SY_REPO = "siyuan-note/siyuan"
SY_COMMIT = "eef10568384e2e7cf547adb029ae46a72e43c287"  # master of 2026-07-21
SY_LANGS = "app/appearance/langs/"
SY_LANG_FILES = [("zh-Hans", "zh-CN.json"), ("zh-Hant", "zh-TW.json")]
SY_URL = "https://www.example.com/"
SY_NAME = "Demo Notes"
SY_ACCOUNT = "https://account.example.com"


def sy_fill(text):
    """The entry with its placeholders filled and its HTML reduced to text."""
    text = text.replace("${accountServer}", SY_ACCOUNT)
    text = re.sub(r"""(href=["'])%s""", lambda m: m.group(1) + SY_URL, text)
    text = re.sub(r"%%|%\.2f|%[sdv]", lambda m: {"%%": "%", "%.2f": "1.25", "%s": SY_NAME}.get(
        m.group(0), "3"), text)
    return html.unescape(html_to_text(text))


def sy_items():
    git = os.environ["SIYUAN_GIT"]

    def table(name):
        return json.loads(git_show(git, SY_COMMIT, SY_LANGS + name))["_kernel"]
    en = table("en.json")
    hans = {}
    for lang, name in SY_LANG_FILES:
        tab = table(name)
        seen = set()
        for key in sorted(tab, key=int):
            if key not in en or not tab[key].strip():
                continue
            text = sy_fill(tab[key])
            if not text or untranslated_lines(text, sy_fill(en[key])) or not is_new(seen, text) \
                    or (lang == "zh-Hant" and hans.get(key) == text):
                continue
            if lang == "zh-Hans":
                hans[key] = text
            yield item(f"synote-{sha(lang + '#' + key)[:12]}", lang, text, "siyuan_notice",
                       f"github.com/{SY_REPO}@{SY_COMMIT[:12]}:{SY_LANGS}{name}#_kernel.{key}",
                       f"{SY_REPO}:_kernel/{key}", "every_kernel_message")


def items():
    yield from sy_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
