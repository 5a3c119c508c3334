#!/usr/bin/env python3
"""Rebuild the fifty-third batch of tests/data/real/ (issue 12): the notices PhotoPrism's server
sends back to its users (the toasts of internal/i18n/messages.go), in Chinese only. Only zh-Hans /
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

Placeholders (Go's fmt verbs %s and %d, in order) get fixed values of the earlier batches' kind
(PP_FILLS: the album or item "Demo Album", the folder "import/demo", the wake-up interval "2h",
counts 3 and 2, durations 12 s). A zh-Hant text equal to the zh-Hans text of the same message is
not taken twice (three zh_TW msgstrs are the Simplified strings); near-duplicates (digits and white
space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the message (`<owner/repo>:<msgid>`), both languages of one message on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates49.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates3 import untranslated_lines
from build_templates29 import clean
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


def items():
    yield from pp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
