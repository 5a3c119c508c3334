#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-sixth batch of tests/data/real/: the interface strings of
the ONLYOFFICE web editors (ONLYOFFICE/web-apps, AGPL-3.0) about passwords, document protection,
encryption, digital signatures and certificates, keys and codes, recovery, restoring and logging
in, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates422.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates422.py assemble     # write the jsonl files

Source: ONLYOFFICE/web-apps is over the snapshot size limit, so the catalogues come from its
import github.com/UnivaultOffice/web-apps at IMPORT_COMMIT ("Initial UnivaultOffice import",
2026-01-27), the commit before that fork's rebranding commits; licence AGPL-3.0 (LICENSE.txt at
that commit; the files carry "(c) Copyright Ascensio System SIA" headers). The locale catalogues
apps/<editor>/<app>/locale/{en,es,zh,zh-tw}.json of CATALOGUES (main and mobile of the five
editors) are copied verbatim to scripts/real_corpus/raw/onlyoffice/ as <editor>-<app>-<lang>.json
(see SOURCE.md there). Nested (mobile) catalogues are flattened to dotted keys.

Selection (mechanical, fixed before reading texts): every key of an English catalogue whose text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
shared keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened, as the brief asked for this product, by protect, encrypt, signature,
certificate, key(s) and code(s) as words or word starts (the shared rule alone gives 255 texts
over the nine catalogues and four languages; the widened one about 500). The key's text is taken
in every language that holds it; a translation equal to the English text (untranslated) is
skipped; near-duplicates (digits and white space aside, app_strings.norm) collapse within a
language across all nine catalogues (first in CATALOGUES order wins). Placeholders (%1, {0})
and inline HTML are kept as written. Cut at 500 characters.

Split: the unit is the message key (`ONLYOFFICE/web-apps:<key>`), all languages and editors of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates422.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, load_json, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates422.tsv")
RAW = os.path.join(HERE, "raw", "onlyoffice")
IMPORT_COMMIT = "1126fdcafb966bef1f5ac83dc54a92d3fbe92fa8"
CATALOGUES = ["documenteditor/main", "spreadsheeteditor/main", "presentationeditor/main",
              "pdfeditor/main", "visioeditor/main", "documenteditor/mobile",
              "spreadsheeteditor/mobile", "presentationeditor/mobile", "visioeditor/mobile"]
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|protect|encrypt|signature|certificate|\bkeys?\b"
                       r"|\bcodes?\b", re.I)


def load(catalogue, code):
    return load_json(os.path.join(RAW, f"{catalogue.replace('/', '-')}-{code}.json"), flat=True)


def onlyoffice_items():
    english = {c: load(c, "en") for c in CATALOGUES}
    for code, lang in LANGS:
        seen = set()
        for catalogue in CATALOGUES:
            en = english[catalogue]
            strings = en if code == "en" else load(catalogue, code)
            for key, source in en.items():
                if not (isinstance(source, str) and len(source.split()) >= 4
                        and SELECT_RE.search(source)):
                    continue
                text = strings.get(key)
                if not isinstance(text, str) or not text.strip():
                    continue
                if code != "en" and text.strip() == source.strip():
                    continue
                n = norm(text)
                if n in seen:
                    continue
                seen.add(n)
                path = f"apps/{catalogue}/locale/{code}.json"
                yield item(f"onlyoffice-{catalogue.replace('/', '-')}-{code}-{key}", lang, text,
                           "onlyoffice_app",
                           f"github.com/UnivaultOffice/web-apps@{IMPORT_COMMIT[:12]} (import of "
                           f"ONLYOFFICE/web-apps):{path} ({key}; copied to "
                           f"scripts/real_corpus/raw/onlyoffice/)",
                           f"ONLYOFFICE/web-apps:{key}", "keyword_rule_app_strings")


def items():
    yield from onlyoffice_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
