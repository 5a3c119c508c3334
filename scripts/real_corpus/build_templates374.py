#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-eighth batch of tests/data/real/: MeshCentral's own
web-page strings (the remote-management server's log-in, account, password, two-factor,
one-time-password, recovery/backup and e-mail verification messages, Ylianst/MeshCentral,
Apache-2.0) in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates374.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates374.py assemble     # write the jsonl files

Source: github.com/Ylianst/MeshCentral, translate/translate.json as published in the project's
npm package meshcentral@MESHCENTRAL_VERSION (2026-01-15; the repository is over the fetch size
limit), copied verbatim to scripts/real_corpus/raw/meshcentral/ (see SOURCE.md there). Licence
Apache-2.0 (LICENSE of the package).

translate.json is one list of entries, each with the English text (`en`) and its translations
(`es`, `zh-chs`, `zh-cht`, …). The catalogue has no named keys (the English text is the key);
a message is named here by its index N in the `strings` list: key `N`, unit
`Ylianst/MeshCentral:N`.

Selection (mechanical, fixed before any text was read): every entry whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
app-strings rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened, as the round asked, by account and e-mail verification (`\\baccount`,
`e-?mail verification`, `verif… (your|the) e-mail`). The entry's text is taken in en, es,
zh-chs (zh-Hans) and zh-cht (zh-Hant); a translation equal to the English text (ends' white
space aside) is skipped. Near-duplicates (digits and white space aside) collapse within a
language (the first entry in catalogue order keeps the text). `{0}`-style placeholders are kept
as written. Cut at 500 characters.

Split: the unit is the message key (`Ylianst/MeshCentral:<index>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates374.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as APP_SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates374.tsv")
RAW = os.path.join(HERE, "raw", "meshcentral")
MESHCENTRAL_VERSION = "1.1.55"
LANGS = [("en", "en"), ("es", "es"), ("zh-chs", "zh-Hans"), ("zh-cht", "zh-Hant")]
SELECT_RE = re.compile(APP_SELECT_RE.pattern + r"|\baccount|e-?mail verification"
                       r"|verif\w* (your |the )?e-?mail", re.I)

_STRINGS = None


def load(code):
    """{index as str: text} of one language of translate.json (entries lacking it left out)."""
    global _STRINGS
    if _STRINGS is None:
        with open(os.path.join(RAW, "translate.json"), encoding="utf-8") as f:
            _STRINGS = json.load(f)["strings"]
    return {str(i): e[code] for i, e in enumerate(_STRINGS) if isinstance(e.get(code), str)}


def meshcentral_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"meshcentral-{code}-{key}", lang, text, "meshcentral_web",
                   f"github.com/Ylianst/MeshCentral (npm meshcentral@{MESHCENTRAL_VERSION}):"
                   f"translate/translate.json (strings[{key}].{code}; copied to "
                   f"scripts/real_corpus/raw/meshcentral/)",
                   f"Ylianst/MeshCentral:{key}", "keyword_rule_app_strings")


def items():
    yield from meshcentral_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
