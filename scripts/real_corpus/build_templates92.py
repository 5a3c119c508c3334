#!/usr/bin/env python3
"""Rebuild the ninety-sixth batch of tests/data/real/: Blockstream Green's wallet, recovery-phrase,
mnemonic, seed, private-key, password, PIN and passphrase messages (English, Spanish, zh-Hans).

Usage:
    python3 scripts/real_corpus/build_templates92.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates92.py assemble     # write the jsonl files

Source (see scripts/real_corpus/notes/batch96.md): Blockstream Green (Blockstream/green_android,
GPL-3.0) at GREEN_COMMIT; its shared Compose string resources
compose/src/commonMain/composeResources/values{,-es,-zh}/strings.xml are copied verbatim to
scripts/real_corpus/raw/blockstream_green/ (SOURCE.md), and the builder reads only those copies.

Mechanical selection: every <string> key of the English values/strings.xml whose text has at least
four words and names a secret of the wallet — the regular expression SECRET_RE (recovery phrase,
mnemonic, seed, private key, password, PIN, passphrase; case-insensitive, whole words). The wider
rule of the brief (also wallet, backup, restore, send/receive, funds, account, log-in, security)
matched 423 keys, about 940 texts, over the cap of ~450, so it was narrowed to the secret words
(152 keys). For each key the English text, the Spanish (values-es) and the Chinese (values-zh,
Simplified: zh-Hans) translation are taken; a translation that is missing or equal to the English
text (untranslated) is skipped. Android escapes (\\n, \\', \\") are undone; format placeholders are
filled with fixed values (%s / %1$s → "Demo", %d / %1$d → "3"). Near-duplicates (digits and white
space aside, build_templates2.is_new) collapse within the source and language. Cut at 500
characters (build_templates.item).

Split: the unit is the key (`Blockstream/green_android:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_templates import item  # noqa: E402
from build_templates2 import is_new  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates92.tsv")
RAW = os.path.join(HERE, "raw", "blockstream_green")
GREEN_COMMIT = "370cd508c8b99849973d0c2e1bcec25aff92e4bf"
GREEN_PATH = "compose/src/commonMain/composeResources"
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh", "zh-Hans", "zh")]
SECRET_RE = re.compile(r"\b(recovery phrase|mnemonic|seed|private key|password|pin|passphrase)s?\b",
                       re.I)


def android_text(e):
    t = "".join(e.itertext())
    t = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t)
    t = re.sub(r"%(\d+\$)?s", "Demo", t)
    t = re.sub(r"%(\d+\$)?d", "3", t)
    return t.strip().strip('"').strip()


def load(folder):
    root = ET.parse(os.path.join(RAW, folder, "strings.xml")).getroot()
    return {e.get("name"): android_text(e) for e in root.iter("string")}


def items():
    cats = {code: load(folder) for folder, code, _ in LANGS}
    en = cats["en"]
    keys = [k for k, v in en.items() if len(v.split()) >= 4 and SECRET_RE.search(v)]
    for folder, lang, short in LANGS:
        seen = set()
        cat = cats[lang]
        for k in keys:
            text = cat.get(k)
            if not text or (lang != "en" and text == en[k]) or not is_new(seen, text):
                continue
            yield item(f"green-{short}-{k}", lang, text, "blockstream_green_strings",
                       f"github.com/Blockstream/green_android@{GREEN_COMMIT[:12]}:{GREEN_PATH}/{folder}/strings.xml ({k})",
                       f"Blockstream/green_android:{k}", "secret_word_strings")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
