#!/usr/bin/env python3
"""Rebuild the hundred-and-thirty-eighth batch of tests/data/real/: the shop-front and e-mail
messages of the Aimeos e-commerce HTML client (aimeos/ai-client-html, LGPL-3.0) about accounts,
log-in, orders, payments, refunds and confirmations, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates134.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates134.py assemble     # write the jsonl files

Source: github.com/aimeos/ai-client-html, its gettext catalogues (domain `client`) at two stored
commits, copied verbatim to scripts/real_corpus/raw/aimeos_client_html/ (see SOURCE.md there):
* HEAD_COMMIT (head of 2026-06-30): i18n/source.pot (the English msgids), i18n/es.po, i18n/zh_CN.po,
  i18n/zh.po (the shop front; the e-mails left this repository in 2022-02);
* LTS_COMMIT (tag 2021.10.24, 2026-06-29, the 2021.10 long-term branch, which still has the e-mail
  templates under client/html/templates/email/): client/i18n/core-client.pot, es.po, zh_CN.po, zh.po.
zh_CN.po is Simplified Chinese (zh-Hans); zh.po ("Language: zh") is written in Traditional
characters (zh-Hant).

Selection (mechanical, fixed before any text was read): every msgid of either template catalogue
(HEAD first, then the LTS msgids not in HEAD, each in catalogue order) whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE (the standard
secret-word rule of app_strings: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) or EXTRA_RE (verif, confirm, payment, card, refund, order, account). English is
the msgid itself (en.po leaves these msgstrs empty). For es, zh-Hans and zh-Hant the msgstr of the
same msgid is taken from the HEAD catalogue of that language, else from the LTS one; an empty or
fuzzy entry, or a translation equal to the English text (untranslated), is skipped. A plural
entry's first form (msgstr[0]) stands for it. Near-duplicates (digits and white space aside)
collapse within the language (the first kept). Placeholders (%1$s) and line breaks are kept as
written (they are the product's own). Cut at 500 characters.

Split: the unit is the message (`aimeos/ai-client-html:<msgid>`), all languages of one msgid on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`aimeos-<catalogue>-<first 10 hex digits of SHA-256 of the msgid>`. Labels come from
scripts/real_corpus/labels/labels_templates134.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates134.tsv")
RAW = os.path.join(HERE, "raw", "aimeos_client_html")
HEAD_COMMIT = "98a618682e45ef451f6af5ca6d1963781a5666f8"
LTS_COMMIT = "770800ba88d220cc76b10dc64ce182be4350732e"  # tag 2021.10.24
EXTRA_RE = re.compile(r"verif|confirm|payment|card|refund|order|account", re.I)
# (folder under RAW, commit, folder in the repository, template file)
VERSIONS = [
    ("head", HEAD_COMMIT, "i18n", "source.pot"),
    ("lts_2021.10.24", LTS_COMMIT, "client/i18n", "core-client.pot"),
]
# (catalogue file, catalogue code, lang)
CATALOGUES = [("es.po", "es", "es"), ("zh_CN.po", "zh_CN", "zh-Hans"), ("zh.po", "zh", "zh-Hant")]
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def unquote(s):
    """The value of one quoted po string literal."""
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), "\\" + m.group(1)), s[1:-1])


def parse_po(path):
    """[(msgid, msgstr, fuzzy)] of the live entries of a po/pot file, in order (obsolete `#~`
    entries and the header left out; a plural entry gives its msgstr[0])."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = []
    cur = None
    field = None

    def flush():
        if cur is not None and cur.get("msgid"):
            entries.append((cur["msgid"], cur.get("msgstr", cur.get("msgstr[0]", "")),
                            cur["fuzzy"]))

    for line in lines + [""]:
        if not line.strip():
            flush()
            cur, field = None, None
            continue
        if line.startswith("#~"):
            continue
        if cur is None:
            cur = {"fuzzy": False}
        if line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            cur[field] += unquote(line)
        else:
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr) (".*")$', line)
            if not m:
                raise ValueError(f"{path}: unexpected line {line!r}")
            field = m.group(1)
            cur[field] = unquote(m.group(2))
    return entries


def selected(msgid):
    return len(msgid.split()) >= 4 and bool(SELECT_RE.search(msgid) or EXTRA_RE.search(msgid))


def aimeos_items():
    keys, where = [], {}
    for folder, commit, repo_dir, pot in VERSIONS:
        for msgid, _, _ in parse_po(os.path.join(RAW, folder, pot)):
            if selected(msgid) and msgid not in where:
                keys.append(msgid)
                where[msgid] = (commit, f"{repo_dir}/{pot}")
    for fname, code, lang in [("", "en", "en")] + CATALOGUES:
        seen = set()
        for key in keys:
            if code == "en":
                text, (commit, path) = key, where[key]
            else:
                text = None
                for folder, commit, repo_dir, _ in VERSIONS:
                    strings = {m: s for m, s, fuzzy in parse_po(os.path.join(RAW, folder, fname))
                               if not fuzzy}
                    if strings.get(key, "").strip():
                        text, path = strings[key], f"{repo_dir}/{fname}"
                        break
                if text is None or text.strip() == key.strip():
                    continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"aimeos-{code}-{sha(key)[:10]}", lang, text, "aimeos_client_html",
                       f"github.com/aimeos/ai-client-html@{commit[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/aimeos_client_html/)",
                       f"aimeos/ai-client-html:{key}", "keyword_rule_app_strings")


def items():
    yield from aimeos_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
