#!/usr/bin/env python3
"""Rebuild the fifty-fifth batch of tests/data/real/ (issue 12): the toasts of Paperless-ngx's web
app (document, upload, sign-in security (TOTP, password, auth token), mail-account, workflow and
permission notices), in Chinese only. Only zh-Hans / zh-Hant texts are taken, never Spanish or
English: the English strings (the catalogues' <source>) serve only as the reference of the
"untranslated" check and to find the toasts.

Usage:
    PAPERLESS_GIT=/work/.mirror/paperless-ngx+paperless-ngx/repo \\
        python3 scripts/real_corpus/build_templates51.py prepare   # (once) write raw/paperless/
    python3 scripts/real_corpus/build_templates51.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates51.py assemble     # write the jsonl files

`candidates` and `assemble` read only raw/paperless/ (the excerpts `prepare` copied verbatim from
the repository at PL_COMMIT).

Sources (see tests/data/real/README.md, section "Fifty-fifth batch"):
  * paperless_toast: paperless-ngx/paperless-ngx (GPL-3.0, LICENSE), fetched snapshot of `main`
    at PL_COMMIT. Selection (`prepare`, mechanical): every <trans-unit> of the Angular source
    catalogue src-ui/messages.xlf that has a location in a TypeScript file of the app (not
    node_modules, not a .spec.ts) whose lines, from three lines before the location's first line
    to its last line, contain `toastService.show` (the call that shows a toast: showInfo,
    showError, show); 141 units. Their <trans-unit> elements in
    src-ui/src/locale/messages.zh_CN.xlf (zh-Hans) and messages.zh_TW.xlf (zh-Hant) are copied
    verbatim, in the catalogue's order, to raw/paperless/messages.<lang>.toasts.xlf. A unit whose
    <target> is not state="translated", is empty or equals its <source>, whose filled text keeps a
    line of the filled English source (build_templates3.untranslated_lines) or has a line of Latin
    text without a Chinese character (build_templates30.zh_untranslated) is skipped in that
    language.

Placeholders (<x id="PH…" equiv-text="expr"/>) get fixed values of the earlier batches' kind, by
the expression (PL_FILLS: the document "Demo Document", the file "demo.pdf", the user "demo_user",
the group "Demo Group", the mail account "Demo Mail", …; the object type `this.typeName`, itself a
localised word in the app, is 标签 / 標籤 (the catalogues' word for "tag")). A zh-Hant text equal to
the zh-Hans text of the same unit is not taken twice; near-duplicates (digits and white space
aside) collapse within a language. Cut at 500 characters.

Split: the unit is the message (`paperless-ngx/paperless-ngx:<trans-unit id>`), both languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates51.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import html
import os
import re
import subprocess
import sys

from build_templates import item
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates51.tsv")

PL_REPO = "paperless-ngx/paperless-ngx"
PL_COMMIT = "b0e0e8a35373a5d9d588a507cb63c79e50a23403"
PL_RAW = os.path.join(HERE, "raw", "paperless")
PL_SOURCE = "src-ui/messages.xlf"
# (language folder of the catalogue, language)
PL_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
PL_TYPE = {"zh-Hans": "标签", "zh-Hant": "標籤", "en": "tag"}
# placeholder expression -> fixed value (this.typeName is PL_TYPE, by language)
PL_FILLS = {
    "status.filename": "demo.pdf",
    "status.message": "demo error",
    "e.message": "demo error",
    "document.title": "Demo Document",
    "newValues.title": "Demo Document",
    "this.document().title": "Demo Document",
    "newUser.username": "demo_user",
    "user.username": "demo_user",
    "newGroup.name": "Demo Group",
    "group.name": "Demo Group",
    "newField.name": "Demo Field",
    "field.name": "Demo Field",
    "object.name": "Demo",
    "this.list.activeSavedViewTitle": "Demo View",
    "savedView.name": "Demo View",
    "newMailAccount.name": "Demo Mail",
    "account.name": "Demo Mail",
    "newMailRule.name": "Demo Rule",
    "rule.name": "Demo Rule",
    "newWorkflow.name": "Demo Workflow",
    "workflow.name": "Demo Workflow",
}
UNIT_RE = re.compile(r'( *<trans-unit id="([^"]+)"[^>]*>.*?</trans-unit>\n)', re.S)
LOC_RE = re.compile(r'<context context-type="sourcefile">([^<]+)</context>\s*'
                    r'<context context-type="linenumber">([^<]+)</context>')


def git_text(git, path):
    return subprocess.run(["git", "--git-dir", git, "show", f"{PL_COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def toast_ids(git):
    """The ids of the source catalogue's units located at a toastService.show call."""
    files, ids = {}, []
    for block, uid in UNIT_RE.findall(git_text(git, PL_SOURCE)):
        for path, lines in LOC_RE.findall(block):
            if not path.endswith(".ts") or path.endswith(".spec.ts") or path.startswith("node_modules"):
                continue
            if path not in files:
                files[path] = git_text(git, "src-ui/" + path).split("\n")
            first, last = (lines.split(",") + [lines])[:2]
            if "toastService.show" in "\n".join(files[path][max(0, int(first) - 4):int(last)]):
                ids.append(uid)
                break
    return ids


def prepare():
    git = os.environ["PAPERLESS_GIT"]
    ids = set(toast_ids(git))
    os.makedirs(PL_RAW, exist_ok=True)
    for folder, _ in PL_LANGS:
        text = git_text(git, f"src-ui/src/locale/messages.{folder}.xlf")
        blocks = [b for b, uid in UNIT_RE.findall(text) if uid in ids]
        with open(os.path.join(PL_RAW, f"messages.{folder}.toasts.xlf"), "w", encoding="utf-8") as f:
            f.write("".join(blocks))
        print(folder, len(blocks), "of", len(ids))


def fill(xml, lang):
    def sub(m):
        expr = html.unescape(m.group(1))
        return PL_TYPE[lang] if expr == "this.typeName" else PL_FILLS[expr]
    text = re.sub(r'<x id="[^"]*" equiv-text="([^"]*)"/>', sub, xml)
    return html.unescape(text)


def pl_items():
    hans = {}
    for folder, lang in PL_LANGS:
        with open(os.path.join(PL_RAW, f"messages.{folder}.toasts.xlf"), encoding="utf-8") as f:
            blocks = UNIT_RE.findall(f.read())
        seen = set()
        for block, uid in blocks:
            source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
            m = re.search(r'<target state="([^"]*)">(.*?)</target>', block, re.S)
            if not m or m.group(1) != "translated" or not m.group(2).strip() \
                    or m.group(2).strip() == source.strip():
                continue
            en, text = fill(source, "en"), clean(fill(m.group(2), lang))
            if untranslated_lines(text, en) or zh_untranslated(text):
                continue
            if not is_new_text(seen, hans, lang, uid, text):
                continue
            yield item(f"paperless-{sha(lang + '#' + uid)[:12]}", lang, text, "paperless_toast",
                       f"github.com/{PL_REPO}@{PL_COMMIT[:12]}:src-ui/src/locale/"
                       f"messages.{folder}.xlf#{uid}", f"{PL_REPO}:{uid}", "every_toast")


def items():
    yield from pl_items()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "prepare":
        prepare()
    else:
        main(items, LABELS, hashed_split, OUT_DIR, __doc__)
