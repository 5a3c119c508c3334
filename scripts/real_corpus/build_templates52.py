#!/usr/bin/env python3
"""Rebuild the fifty-sixth batch of tests/data/real/ (issue 12): the notices Typecho (a PHP blog
engine) shows its users — the admin notices, the form-validation errors and the error messages of
its widgets — in Chinese only (zh-Hans: the source strings; zh-Hant: the zh_TW catalogue of the
typecho/languages repository). Only zh-Hans / zh-Hant texts are taken, never Spanish or English.

Usage:
    python3 scripts/real_corpus/build_templates52.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates52.py assemble     # write the jsonl files
Nothing to set: every source is read from raw/typecho/ (copied verbatim from the fetched
repositories; raw/typecho/SOURCE.md names repository, path and commit of every file).

Source (see tests/data/real/README.md, section "Fifty-sixth batch"):
  * typecho_notice: typecho/typecho (GPL-2.0, LICENSE.txt) at commit TC_COMMIT and the zh_TW
    catalogue zh_TW.po of typecho/languages (the same project's translations) at TL_COMMIT.
    Typecho is written in Chinese: its msgids, the first argument of every _t(...) call, are the
    zh-Hans texts, and zh_TW.po gives their zh-Hant msgstr.
    Selection (mechanical, tc_messages): in every PHP file of the repository (sorted by path), every
    _t('literal') call that stands inside the argument list of
      - a Notice set call (`Notice::alloc()->set(` / `->notice()->set(`): the admin notice shown
        after an action ("notice");
      - an `->addRule(` call: the error message a form shows when a field fails its rule ("rule");
      - a `new ...Exception(` call: the error message of a widget, shown as the error page or
        returned by the XML-RPC API ("exception");
    each msgid once (its first place in that order). The raw copies hold exactly the PHP files
    that contain a taken call.
    A message is taken in zh-Hans always and in zh-Hant when zh_TW.po has a non-empty msgstr for
    it; a zh-Hant text equal to the zh-Hans text of the same message is not taken twice.

Placeholders (PHP sprintf's %s / %d, in order) get fixed values of the earlier batches' kind
(TC_FILLS, per msgid: the post "Demo Post", the category "Demo Category", the tag "Demo Tag", the
user "demo", the file "demo.jpg", the plugin "Demo Plugin", the link https://blog.example.com/...,
the version 1.2.1, the generated password "k3Hq8Zp2"). The notices are HTML shown in the page:
tags are taken out and entities decoded (what the reader sees). A text with a line holding Latin
letters and no Chinese character is skipped (build_templates30.zh_untranslated; the msgids are
Chinese, so this catches only untranslated fills). Near-duplicates (digits and white space aside)
collapse within the source and language (build_templates31.is_new_text). Cut at 500 characters.

Split: the unit is the message (`typecho/typecho:<msgid>`), both scripts of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from scripts/real_corpus/labels/
labels_templates52.tsv (id, category, credential_request, credentials, borderline), assigned by an
AI reader reading each text; the scanner played no part.
"""
import html
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
LABELS = os.path.join(HERE, "labels", "labels_templates52.tsv")

TC_REPO = "typecho/typecho"
TC_COMMIT = "56f4c6f33955a87969c399b5d5912d7f9fd7347c"  # master, 2026-07-17
TL_REPO = "typecho/languages"
TL_COMMIT = "950b49ae43287772dc5bbe02bd65a4e4d3642519"  # master, 2025-07-02 (zh_TW.po: 2025-01-28)
TC_RAW = os.path.join(HERE, "raw", "typecho")

MARKERS = [
    ("notice", re.compile(r"Notice::alloc\(\)\s*->set\(|->notice\(\)\s*->set\(")),
    ("rule", re.compile(r"->addRule\(")),
    ("exception", re.compile(r"new\s+[\\\w]*Exception\(")),
]
T_CALL = re.compile(r"""_t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")

POST, LINK = "Demo Post", "https://blog.example.com/archives/1/"
TC_FILLS = {
    "恢复过程中遇到如下错误: %s": ("database is locked",),
    "用户 <strong>%s</strong> 已经成功注册, 密码为 <strong>%s</strong>": ("demo", "k3Hq8Zp2"),
    "请先升级至版本 %s": ("1.2.1",),
    "插件%s的配置信息没有找到": ("Demo Plugin",),
    "%s 设置已经保存": ("Demo Plugin",),
    "文件 <a href=\"%s\">%s</a> 已经被更新": (LINK, "demo.jpg"),
    "未归档文件 %s 已经被更新": ("demo.jpg",),
    "页面 \"<a href=\"%s\">%s</a>\" 已经发布": (LINK, "Demo Page"),
    "草稿 \"%s\" 已经被保存": (POST,),
    "页面已经被标记为<strong>%s</strong>": ("私密",),
    "文章 \"<a href=\"%s\">%s</a>\" 已经发布": (LINK, POST),
    "文章 \"%s\" 等待审核": (POST,),
    "文章已经被标记为<strong>%s</strong>": ("私密",),
    "分类 <a href=\"%s\">%s</a> 已经被增加": (LINK, "Demo Category"),
    "分类 <a href=\"%s\">%s</a> 已经被更新": (LINK, "Demo Category"),
    "<a href=\"%s\">%s</a> 已经被设为默认分类": (LINK, "Demo Category"),
    "标签 <a href=\"%s\">%s</a> 已经被增加": (LINK, "Demo Tag"),
    "标签 <a href=\"%s\">%s</a> 已经被更新": (LINK, "Demo Tag"),
    "文件 %s 的更改已经保存": ("index.php",),
    "文件 %s 无法被写入": ("index.php",),
    "用户 %s 已经被增加": ("demo",),
    "用户 %s 已经被更新": ("demo",),
}


def php_literal(lit):
    """The value of a PHP string literal (single- or double-quoted; the escapes these use)."""
    body = lit[1:-1]
    if lit[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    return re.sub(r'\\([\\"$])', r"\1", body).replace("\\n", "\n")


def call_args(src, start):
    """The text of a call's argument list, from `start` (just after its opening parenthesis) to
    the matching closing one, quoted strings skipped."""
    depth, j, quote = 1, start, None
    while j < len(src) and depth:
        c = src[j]
        if quote:
            if c == "\\":
                j += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        j += 1
    return src[start:j - 1]


def tc_messages():
    """(msgid, kind, path) of every taken message, each msgid once, in file and marker order."""
    out = {}
    src_dir = os.path.join(TC_RAW, "src")
    paths = []
    for d, _, files in os.walk(src_dir):
        paths += [os.path.relpath(os.path.join(d, f), src_dir) for f in files if f.endswith(".php")]
    for path in sorted(paths):
        with open(os.path.join(src_dir, path), encoding="utf-8") as f:
            src = f.read()
        for kind, rx in MARKERS:
            for m in rx.finditer(src):
                for t in T_CALL.finditer(call_args(src, m.end())):
                    out.setdefault(php_literal(t.group(1)), (kind, path))
    return [(msgid, kind, path) for msgid, (kind, path) in out.items()]


def po_catalogue(text):
    """msgid -> msgstr of a gettext catalogue (strings over several quoted lines joined)."""
    def unq(parts):
        return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', parts)).replace('\\"', '"') \
            .replace("\\n", "\n").replace("\\\\", "\\")
    cat = {}
    for m in re.finditer(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', text, re.M):
        cat[unq(m.group(1))] = unq(m.group(2))
    return cat


def php_sprintf(fmt, values):
    it = iter(values)
    return re.sub(r"%%|%[sd]", lambda m: "%" if m.group(0) == "%%" else str(next(it)), fmt)


def show(text):
    """What the reader sees of a notice: HTML tags out, entities decoded."""
    return clean(html.unescape(re.sub(r"<[^>]+>", "", text)))


def tc_items():
    with open(os.path.join(TC_RAW, "zh_TW.po"), encoding="utf-8") as f:
        hant = po_catalogue(f.read())
    messages = tc_messages()
    hans = {}
    for lang in ("zh-Hans", "zh-Hant"):
        seen = set()
        for msgid, kind, path in messages:
            fmt = msgid if lang == "zh-Hans" else hant.get(msgid)
            if not fmt:
                continue
            values = TC_FILLS.get(msgid, ())
            if fmt.count("%s") + fmt.count("%d") != len(values):
                raise SystemExit(f"placeholders of {msgid!r}: {fmt!r} vs {values!r}")
            text = show(php_sprintf(fmt, values))
            if zh_untranslated(text):
                continue
            if not is_new_text(seen, hans, lang, msgid, text):
                continue
            origin = (f"github.com/{TC_REPO}@{TC_COMMIT[:12]}:{path}" if lang == "zh-Hans" else
                      f"github.com/{TL_REPO}@{TL_COMMIT[:12]}:zh_TW.po (msgid of {TC_REPO}:{path})")
            yield item(f"typecho-{sha(lang + '#' + msgid)[:12]}", lang, text, "typecho_notice",
                       origin, f"{TC_REPO}:{msgid}", f"every_{kind}_message")


def items():
    yield from tc_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
