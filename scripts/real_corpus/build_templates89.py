#!/usr/bin/env python3
"""Build the ninety-third batch of tests/data/real/: wallet, passphrase, private-key, backup,
sending/receiving and log-in messages of Bitcoin Core's GUI (bitcoin-qt), in English and Spanish
(a verbatim excerpt of the old stored Spanish Qt catalogue: the repository is over the fetch
limit; no Chinese).

Usage:
    python3 scripts/real_corpus/build_templates89.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates89.py assemble     # write the jsonl files

The builder reads only scripts/real_corpus/raw/bitcoin_qt/bitcoin_es_excerpt.ts (see its
SOURCE.md: github.com/bitcoin/bitcoin, src/qt/locale/bitcoin_es.ts at 0179a39f9da1, MIT).

Source and mechanical rule (see scripts/real_corpus/notes/batch93.md):
  * bitcoin_qt_notice: every <message> of the excerpt (the messages of the whole file: all 114,799
    characters of bitcoin_es.ts whose English <source> has 4 or more words, split on white space,
    and matches BTC_WORDS), in file order. English from <source>, Spanish from <translation>
    (XML escapes decoded; `<b>` tags and Qt `&` accelerators dropped; `%1` / `%2` filled with
    BTC_FILL, `%s` / `%d` kept as written; each line's white space collapsed). A Spanish text equal to the English one
    (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
    source and language. Cut at 500 characters. The key of a message is its context and English
    source text (Qt catalogues have no other key).

Split: the unit is the message key (`bitcoin/bitcoin:<context>:<source>`), both languages of one
message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates89.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import os
import re
import xml.etree.ElementTree as ET

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates89.tsv")
RAW = os.path.join(HERE, "raw")

BTC = "bitcoin/bitcoin"
BTC_COMMIT = "0179a39f9da1fa417a592e7bf3ebbb1390a292b9"
BTC_WORDS = re.compile(
    r"wallet|passphrase|password|private key|back ?-?up|\bsend|receiv|encrypt|unlock|\blocked\b|"
    r"\blog(?:ged|ging)? ?-?(?:in|on)\b|seed|mnemonic|recover|restore", re.I)
# %1 / %2 of the selected messages (what the GUI passes: the client's name, a size in GB).
BTC_FILL = {"%1": "Bitcoin Core", "%2": "100"}


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def render(s):
    s = re.sub(r"</?b>", "", s)
    s = re.sub(r"&(?=\w)", "", s)
    s = re.sub(r"%[12]", lambda m: BTC_FILL[m.group(0)], s)
    lines = [" ".join(l.split()) for l in s.replace("\r", "").split("\n")]
    return "\n".join(lines).strip()


def items():
    root = ET.parse(os.path.join(RAW, "bitcoin_qt", "bitcoin_es_excerpt.ts")).getroot()
    msgs = []
    for ctx in root.iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            src = m.find("source").text
            if len(src.split()) >= 4 and BTC_WORDS.search(src):
                msgs.append((name, src, m.find("translation").text or ""))
    out = []
    for lang in ("en", "es"):
        seen = set()
        for name, src, tr in msgs:
            key = f"{name}:{src}"
            text = render(src if lang == "en" else tr)
            if lang == "es" and (not text or text == render(src)):
                continue
            if not is_new(seen, text):
                continue
            out.append(item(f"btc-{lang}-{short_id(key)}", lang, text, "bitcoin_qt_notice",
                            f"{BTC}@{BTC_COMMIT[:12]}:src/qt/locale/bitcoin_es.ts#{key}",
                            f"{BTC}:{key}",
                            "Qt catalogue messages whose English text has 4+ words and a wallet, "
                            "passphrase, private-key, backup, send/receive, encryption or log-in word"))
    return out


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
