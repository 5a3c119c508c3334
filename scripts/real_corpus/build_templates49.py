#!/usr/bin/env python3
"""Rebuild the fifty-third batch of tests/data/real/ (issue 12): the notices PhotoPrism's server
sends back to its users (the toasts of internal/i18n/messages.go) and Plane's account, SSO,
workspace and webhook toasts, in Chinese only. Only zh-Hans /
zh-Hant texts are taken, never Spanish or English: the English strings (the catalogues' msgids)
serve only as the reference of the "untranslated" check (build_templates3.untranslated_lines) and
to find the templates.

Usage:
    . /work/rebuild-53.sh   # nothing to set: every source is read from raw/ (read through the
                            # file index, the fetch tool being broken in this session)
    python3 scripts/real_corpus/build_templates49.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates49.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Fifty-third batch"):
  * photoprism_notice: photoprism/photoprism (AGPL-3.0), read through the file index and copied
    verbatim to raw/photoprism/ (SOURCE.md names the stored versions): the backend catalogues
    assets/locales/zh/default.po (zh-Hans) and assets/locales/zh_TW/default.po (zh-Hant), each a
    different stored version (the index keeps one version a file). Every msgid of each catalogue
    (the error and success messages of internal/i18n/messages.go, which the API returns and the web
    app shows as a toast), in the catalogue's order; obsolete (#~) entries and the header are not
    taken. A message whose msgstr is empty or equal to its msgid, or whose filled text keeps a line
    of the filled English msgid (untranslated_lines), is skipped in that language.
  * plane_toast: makeplane/plane (AGPL-3.0, packages/i18n/package.json), read through the file
    index; every subtree under a `toast`/`toasts` key of four i18next files of
    packages/i18n/src/locales/{zh-CN,zh-TW}/ (auth.json, workspace-settings.json, settings.json,
    workspace.json; PL_VERSIONS names each stored version) copied verbatim to raw/plane/ (SOURCE.md).
    Every toast of those subtrees (pl_toasts: a `title` + `message` node, a flat
    `<kind>_message` with its `<kind>_title`, or a one-line toast string), its title and message
    joined by a line break as the toast shows them. No English file was read (the stored en
    versions are of other commits): the untranslated check is build_templates30.zh_untranslated.

Placeholders (Go's fmt verbs %s and %d, in order) get fixed values of the earlier batches' kind
(PP_FILLS: the album or item "Demo Album", the folder "import/demo", the wake-up interval "2h",
counts 3 and 2, durations 12 s); Plane's one placeholder {entity} is "Demo Project". A zh-Hant text equal to the zh-Hans text of the same message is
not taken twice (three zh_TW msgstrs are the Simplified strings); near-duplicates (digits and white
space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the message (`<owner/repo>:<msgid>`, Plane's `<owner/repo>:<file>:<key path>`), both languages of one message on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates49.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates49.tsv")

# --- PhotoPrism ---------------------------------------------------------------------------------
PP_REPO = "photoprism/photoprism"
PP_RAW = os.path.join(HERE, "raw", "photoprism")
# (raw file, language, path in the repository, stored version read through the index)
PP_LANGS = [("zh.default.po", "zh-Hans", "assets/locales/zh/default.po",
             "00a52fbeb4ee139ac4d70f830d8a204cd7c7f1bc"),
            ("zh_TW.default.po", "zh-Hant", "assets/locales/zh_TW/default.po",
             "0929b4302910a8985140bd17626c2ec4c8c3a209")]
PP_ALBUM = "Demo Album"
PP_FOLDER = "import/demo"
# msgid -> the values of its verbs, in order; any other %s is PP_ALBUM
PP_FILLS = {
    "The wakeup interval is %s, but must be 1h or less": ("2h",),
    "%d entries added to %s": (3, PP_ALBUM),
    "%d entries removed from %s": (3, PP_ALBUM),
    "Import completed in %d s": (12,),
    "Indexing completed in %d s": (12,),
    "Indexing files in %s": (PP_FOLDER,),
    "Removed %d files and %d photos": (3, 2),
    "Moving files from %s": (PP_FOLDER,),
    "Copying files from %s": (PP_FOLDER,),
    "%d files uploaded in %d s": (3, 12),
    "Zip created in %d s": (12,),
}


def po_entries(text):
    """(msgid, msgstr) of every live entry of a gettext catalogue whose strings are one quoted line
    each (as these are): the header and obsolete (#~) entries left out."""
    out = []
    for m in re.finditer(r'^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$', text, re.M):
        if m.group(1):
            out.append((m.group(1).replace('\\"', '"'), m.group(2).replace('\\"', '"')))
    return out


def go_fill(fmt, values):
    """Go's fmt for the %s and %d verbs, the values taken in order."""
    it = iter(values)
    return re.sub(r"%[sd]", lambda m: str(next(it)), fmt)


def pp_items():
    hans = {}
    for raw, lang, path, commit in PP_LANGS:
        with open(os.path.join(PP_RAW, raw), encoding="utf-8") as f:
            entries = po_entries(f.read())
        seen = set()
        for msgid, msgstr in entries:
            if not msgstr or msgstr == msgid:
                continue
            values = PP_FILLS.get(msgid, (PP_ALBUM,) * msgid.count("%s"))
            en, text = go_fill(msgid, values), clean(go_fill(msgstr, values))
            if untranslated_lines(text, en):
                continue
            if not is_new_text(seen, hans, lang, msgid, text):
                continue
            yield item(f"pprism-{sha(lang + '#' + msgid)[:12]}", lang, text, "photoprism_notice",
                       f"github.com/{PP_REPO}@{commit[:12]}:{path}", f"{PP_REPO}:{msgid}",
                       "every_backend_message")


# --- Plane --------------------------------------------------------------------------------------
PL_REPO = "makeplane/plane"
PL_RAW = os.path.join(HERE, "raw", "plane")
PL_LOCALES = "packages/i18n/src/locales/"
PL_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
# (file, {language folder: stored version read through the index})
PL_VERSIONS = {
    "auth.json": {"zh-CN": "01e7172118b2", "zh-TW": "01e7172118b2"},
    "workspace-settings.json": {"zh-CN": "0058a713136c", "zh-TW": "01e7172118b2"},
    "settings.json": {"zh-CN": "01e7172118b2", "zh-TW": "01e7172118b2"},
    "workspace.json": {"zh-CN": "01e7172118b2", "zh-TW": "01e7172118b2"},
}
PL_FILLS = {"entity": "Demo Project"}


def pl_toasts(node, path):
    """(unit path, text) of every toast of a `toast`/`toasts` subtree: a node with a `message` is
    one toast (its `title`, a line break, its message); a flat `<kind>_message` string is one toast
    with the sibling `<kind>_title`, or else the `success_title`/`error_title` sibling its key names;
    any other string that is not a title is a toast of its own (a one-line toast)."""
    out = []
    if "message" in node:
        title = node.get("title")
        out.append((path, f"{title}\n{node['message']}" if title else node["message"]))
        return out
    for key, value in node.items():
        if isinstance(value, dict):
            out.extend(pl_toasts(value, f"{path}.{key}"))
        elif key.endswith("message"):
            title = node.get(key[:-len("message")] + "title")
            if title is None:
                kind = "success" if "success" in key else "error" if "error" in key else None
                title = node.get(f"{kind}_title") if kind else None
            out.append((f"{path}.{key}", f"{title}\n{value}" if title else value))
        elif not key.endswith("title"):
            out.append((f"{path}.{key}", value))
    return out


def pl_items():
    hans = {}
    for folder, lang in PL_LANGS:
        with open(os.path.join(PL_RAW, f"{folder}.toasts.json"), encoding="utf-8") as f:
            files = json.load(f)
        seen = set()
        for name, subtrees in files.items():
            for toast_path, node in subtrees.items():
                for path, text in pl_toasts(node, toast_path):
                    text = clean(re.sub(r"\{(\w+)\}", lambda m: PL_FILLS[m.group(1)], text))
                    if zh_untranslated(text):
                        continue
                    unit = f"{name}:{path}"
                    if not is_new_text(seen, hans, lang, unit, text):
                        continue
                    yield item(f"plane-{sha(lang + '#' + unit)[:12]}", lang, text, "plane_toast",
                               f"github.com/{PL_REPO}@{PL_VERSIONS[name][folder]}:"
                               f"{PL_LOCALES}{folder}/{name}#{path}", f"{PL_REPO}:{unit}",
                               "every_toast")


def items():
    yield from pp_items()
    yield from pl_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
