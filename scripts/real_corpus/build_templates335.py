#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-ninth batch of tests/data/real/: ToolJet's frontend
strings (the low-code platform's web UI) about passwords, log-in, sign-in, backups and the like,
in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates335.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates335.py assemble     # write the jsonl files

Source: github.com/ToolJet/ToolJet (AGPL-3.0) is over the fetch size limit, so its catalogues
are read from the fork github.com/mousheng/tooljet_cn (a Chinese localisation of ToolJet, AGPL-3.0,
same LICENSE) at FORK_COMMIT (2023-10-06), which merges upstream develop up to ToolJet's own
commit UPSTREAM_COMMIT (2023-07-28, PR #7159): frontend/assets/translations/en.json and es.json
at FORK_COMMIT are byte-identical to upstream's at UPSTREAM_COMMIT; zh.json is the fork's own
Chinese catalogue (upstream had none at that commit). The three files are copied verbatim to
scripts/real_corpus/raw/tooljet/ (see SOURCE.md there).

Selection (mechanical): every key of the flattened en.json (dotted key path) whose English text
has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in every language file that holds it; a translation
equal to the English text (untranslated) is skipped. Near-duplicates (digits and white space
aside) collapse within a language. Placeholders `{{name}}` are kept as written. Cut at 500
characters. es.json has trailing commas before a closing brace (not strict JSON); they are
dropped before parsing (load).

Split: the unit is the message key (`ToolJet/ToolJet:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates335.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, catalogue_texts, flatten
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates335.tsv")
RAW = os.path.join(HERE, "raw", "tooljet")
FORK_COMMIT = "ee1fedc4f041deb0c69cfce3d3e2368e13009d97"
UPSTREAM_COMMIT = "3b0c1f0de03cb55497335431805e36fd7dc570de"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def load(code):
    """The flattened catalogue `code`.json ({dotted key: text}); a comma before a closing brace
    or bracket (es.json has some) is dropped first."""
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        src = f.read()
    return dict(flatten(json.loads(re.sub(r",(\s*[}\]])", r"\1", src))))


def tooljet_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"tooljet-{code}-{key}", lang, text, "tooljet_app",
                   f"github.com/mousheng/tooljet_cn@{FORK_COMMIT[:12]}:frontend/assets/"
                   f"translations/{code}.json ({key}; en/es as ToolJet/ToolJet@"
                   f"{UPSTREAM_COMMIT[:12]}; copied to scripts/real_corpus/raw/tooljet/)",
                   f"ToolJet/ToolJet:{key}", "keyword_rule_app_strings")


def items():
    yield from tooljet_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
