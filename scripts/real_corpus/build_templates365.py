#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-ninth batch of tests/data/real/: the site strings of
Lichess (lichess-org/lila, AGPL-3.0-or-later per COPYING.md) about passwords, signing in and
two-factor authentication, in English, Spanish, zh-Hans and zh-Hant: the namespaces site,
tfa (two-factor), emails (account e-mails) and settings (account closing).

Usage:
    python3 scripts/real_corpus/build_templates365.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates365.py assemble     # write the jsonl files

Source: github.com/lichess-org/lila, translation/source/<ns>.xml (English) and
translation/dest/<ns>/es-ES.xml, zh-CN.xml, zh-TW.xml, each at the stored commit named in
FILES (the repository is over the fetch size limit; the files were read one by one from the
search tool's index, which holds them at different commits). Copied to
scripts/real_corpus/raw/lichess/ (see SOURCE.md there): tfa, emails and settings whole and
verbatim; site as verbatim extracts of the keyword-matching lines (the site catalogues are
about 40-50,000 characters each).

Selection (mechanical): every top-level <string> of an English namespace catalogue whose text
(inner text, stripped) has at least four white-space separated words and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The key's text is taken in every language file that holds
the key; a translation equal to the English is skipped. Near-duplicates (digits and white
space aside) collapse within a language, across namespaces. Placeholders (%s, %1$s) are kept
as written. Cut at 500 characters.

Split: the unit is the namespaced message key (`lichess-org/lila:<ns>.<key>`), all languages
of one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates365.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import os
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates365.tsv")
RAW = os.path.join(HERE, "raw", "lichess")
REPO = "lichess-org/lila"
NAMESPACES = ["site", "tfa", "emails", "settings"]
LANGS = [("en", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
# (namespace, language code) -> stored commit the copy in raw/lichess/ was read at.
FILES = {
    ("site", "en"): "0009ecfad634b98aae6ad83f4a98e7d331cfbdc1",
    ("site", "es-ES"): "004dff17cbe3860ab236ca34d41edd1934bcb496",
    ("site", "zh-CN"): "0005e968929d12be352725426380659811206e8d",
    ("site", "zh-TW"): "0108c7803a34676fbb970eaa484df52f3a4cd71b",
    ("tfa", "en"): "030dc64c70e8152e2a461870f49f5a39f3dfb4d0",
    ("tfa", "es-ES"): "0737dc4de9b7e36118734894647c13dbcc65bf38",
    ("tfa", "zh-CN"): "0404853de00e61a834661718ec5a31ee49cadf9b",
    ("tfa", "zh-TW"): "3af006ed04bf7b2472c9dd5842f9c23cb5793c73",
    ("emails", "en"): "032f32c1a5548490a7b721be2554d059e8112206",
    ("emails", "es-ES"): "023d5526e243bee8432ac8b0afba6d7370554a33",
    ("emails", "zh-CN"): "023d5526e243bee8432ac8b0afba6d7370554a33",
    ("emails", "zh-TW"): "023d5526e243bee8432ac8b0afba6d7370554a33",
    ("settings", "en"): "1eb0c366aca00ebfa45584b70ee186e817096c13",
    ("settings", "es-ES"): "07ef4ee7f580cf859e55ffacf3c4c3b6890dd882",
    ("settings", "zh-CN"): "0a1c1a00054cdf985f69a070d03a9099579d6e8d",
    ("settings", "zh-TW"): "078a7aa1e7a6d84302d3d13f244c872b2456d10f",
}


def repo_path(ns, code):
    return f"translation/source/{ns}.xml" if code == "en" else f"translation/dest/{ns}/{code}.xml"


def strings(ns, code):
    """name -> inner text (stripped) of the top-level <string>s of raw/lichess/<ns>/<code>.xml."""
    root = ET.parse(os.path.join(RAW, ns, f"{code}.xml")).getroot()
    return {e.get("name"): "".join(e.itertext()).strip() for e in root if e.tag == "string"}


def selected(en):
    return [k for k, v in en.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]


def lichess_items():
    seen = {code: set() for code, _ in LANGS}
    for ns in NAMESPACES:
        en = strings(ns, "en")
        keys = selected(en)
        for code, lang in LANGS:
            cat = en if code == "en" else strings(ns, code)
            for key in keys:
                text = cat.get(key)
                if not text or (code != "en" and text == en[key]):
                    continue
                n = norm(text)
                if n in seen[code]:
                    continue
                seen[code].add(n)
                commit = FILES[(ns, code)]
                yield item(f"lichess-{code}-{ns}.{key}", lang, text, "lichess_app",
                           f"github.com/{REPO}@{commit[:12]}:{repo_path(ns, code)} ({key}; "
                           f"copied to scripts/real_corpus/raw/lichess/)",
                           f"{REPO}:{ns}.{key}", "keyword_rule_app_strings")


def items():
    yield from lichess_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
