#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifty-fifth batch of tests/data/real/: the web GUI's messages of
the OPNsense firewall (opnsense/lang, the translation kit of opnsense/core and opnsense/plugins,
BSD-2-Clause) about passwords, log-in, accounts, authorisation, credentials, backups,
restoring and the like, in English, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates251.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates251.py assemble     # write the jsonl files

Source: github.com/opnsense/lang at LANG_COMMIT (2026-03-11), the gettext template en_US.pot
(the English texts are its msgids, extracted from opnsense/core and opnsense/plugins) and the
catalogues zh_CN.po (zh-Hans) and zh_TW.po (zh-Hant), copied verbatim to
scripts/real_corpus/raw/opnsense/ with their licence notes zh_CN.po.license and
zh_TW.po.license (see SOURCE.md there). Licence: the repository has no LICENSE file; the two
Chinese catalogues' notes say "distributed under the same BSD license as the OPNsense project",
and the template's strings come from opnsense/core and opnsense/plugins, whose LICENSE files are
BSD-2-Clause. es_ES.po is left out: it carries no licence statement of its own (see SOURCE.md).
This batch was planned on OpenWrt's LuCI (openwrt/luci), whose snapshot (627 MB) is over the
fetch limit; OPNsense is the brief's fallback.

Selection (mechanical, decided before any text was read): every entry of en_US.pot whose msgid
(the English text) has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) or the round's extra words
`authorization`/`authorisation`, `credential`, `account`. The brief's extra word `key` is left
out: with it the rule gave 924 texts (405 msgids), far more than the ~450 aimed at; without it
621 (261 msgids); this narrowing was decided on those counts, before any text was read. The
message key is the msgid (no
entry has a msgctxt). For en the msgid is the text; for zh_CN and zh_TW the msgstr of the same
msgid in that catalogue is taken; an empty or fuzzy entry, or a translation equal to the English
text (untranslated), is skipped. Near-duplicates (digits and white space aside) collapse within
the product and language (the first in catalogue order is kept). Placeholders (`%s`, `%1$s`)
and markup are kept as written (they are the product's own); a text's leading and trailing
white space is stripped. Cut at 500 characters.

The OPNsense catalogues separate entries by comment lines, not blank lines, so they are read
with po_entries_nb below (app_strings.po_entries needs blank lines).

Split: the unit is the message key (`opnsense/lang:<msgid>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`opnsense-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates251.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts, po_unquote
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates251.tsv")
RAW = os.path.join(HERE, "raw", "opnsense")
LANG_COMMIT = "92e1f12efc5dae195bfae0112f1afc57bd313e49"
# (file under RAW and in the repository, catalogue code, lang); the template first
CATALOGUES = [("en_US.pot", "en", "en"),
              ("zh_CN.po", "zh_CN", "zh-Hans"),
              ("zh_TW.po", "zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|authori[sz]ation|credential|account", re.I)


def po_entries_nb(path):
    """{msgid: (msgstr, fuzzy, source file)} of a po/pot file whose entries may follow each
    other without a blank line: an entry ends at a blank line or where a comment, msgctxt or
    msgid line follows its msgstr. The header (empty msgid) is left out; a msgid's first entry
    wins. The source file is the path of the entry's first `#. File:` / `# File:` comment."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = {}
    cur, field = None, None

    def flush():
        if cur and cur.get("msgid"):
            msgstr = cur.get("msgstr", cur.get("msgstr[0]", ""))
            out.setdefault(cur["msgid"], (msgstr, cur["fuzzy"], cur["src"]))

    for line in lines + [""]:
        starts_new = (not line.strip() or line.startswith("#")
                      or line.startswith(("msgctxt ", "msgid ")))
        if starts_new and cur is not None and any(k.startswith("msgstr") for k in cur):
            flush()
            cur, field = None, None
        if not line.strip() or line.startswith("#~"):
            continue
        if cur is None:
            cur = {"fuzzy": False, "src": ""}
        if line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
        elif line.startswith("#"):
            m = re.match(r"#\.? File: (\S+?),", line)
            if m and not cur["src"]:
                cur["src"] = m.group(1)
        elif line.startswith(("msgctxt ", "msgid ", "msgid_plural ", "msgstr ", "msgstr[")):
            field, rest = line.split(" ", 1)
            cur[field] = po_unquote(rest)
        elif line.startswith('"'):
            cur[field] += po_unquote(line)
        else:
            raise ValueError(f"{path}: unexpected line {line!r}")
    return out


def opnsense_items():
    en = po_entries_nb(os.path.join(RAW, CATALOGUES[0][0]))
    keys = [k for k in en if len(k.split()) >= 4 and SELECT_RE.search(k)]
    english = {k: k for k in keys}
    for file, code, lang in CATALOGUES:
        if code == "en":
            strings, base = english, None
        else:
            cat = po_entries_nb(os.path.join(RAW, file))
            strings, base = {k: v[0] for k, v in cat.items() if not v[1]}, english
        for key, text in new_texts(strings, keys, base):
            yield item(f"opnsense-{code}-{sha(key)[:10]}", lang, text, "opnsense_app",
                       f"github.com/opnsense/lang@{LANG_COMMIT[:12]}:{file} (msgid from "
                       f"{en[key][2] or 'unknown file'}; copied to "
                       f"scripts/real_corpus/raw/opnsense/)",
                       f"opnsense/lang:{key}", "keyword_rule_app_strings")


def items():
    yield from opnsense_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
