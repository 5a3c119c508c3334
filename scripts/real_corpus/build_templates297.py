#!/usr/bin/env python3
"""Rebuild the three-hundred-and-first batch of tests/data/real/: the web UI strings of 1Panel
(1Panel-dev/1Panel, GPL-3.0), a Linux server-management panel, about passwords, log-in, MFA,
keys, SSH, tokens, accounts, backups and restoring, in English, zh-Hans and zh-Hant (the stored
snapshot has no Spanish UI catalogue).

Usage:
    python3 scripts/real_corpus/build_templates297.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates297.py assemble     # write the jsonl files

Source: github.com/1Panel-dev/1Panel at ONEPANEL_COMMIT (branch `dev` = `release-1.10`,
2024-10-24, the newest commit of the stored snapshot), frontend/src/lang/modules/en.ts, zh.ts
(zh-Hans) and tw.ts (zh-Hant), copied verbatim to scripts/real_corpus/raw/onepanel_ui/ (see
SOURCE.md there). Only the web UI's language modules are read; 1Panel's alert templates (agent
i18n yaml) are another batch (`onepanel_alert`). Each module is a TypeScript file holding
`const message = { … };`, a nested object literal (bare keys, single-, double- or back-quoted
strings without interpolation); parse_ts reads it (tokens and literal of build_templates144.py)
and keys are dotted paths (flatten of app_strings).

Selection (mechanical): every key of en.ts whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the standard secret-word rule of
app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) plus ssh, key, credential, mfa, token, account. The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language (the first key in
catalogue order keeps the text). Texts are kept as written: `{0}` placeholders, HTML markup and
entities are the app's own. Cut at 500 characters.

Split: the unit is the message key (`1Panel-dev/1Panel:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates297.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SECRET_RE, catalogue_texts, flatten
from build_templates import item
from build_templates144 import literal, tokens
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates297.tsv")
RAW = os.path.join(HERE, "raw", "onepanel_ui")
ONEPANEL_COMMIT = "376d6609f2eebc2de52b90efcc891eb35484c5f1"
LANGS = [("en", "en"), ("zh", "zh-Hans"), ("tw", "zh-Hant")]
SELECT_RE = re.compile(SECRET_RE.pattern + r"|ssh|key|credential|mfa|token|account", re.I)

TOKEN_RE = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`"""
                      r"""|[A-Za-z_$][\w$]*|[{}:,;]""", re.S)


def parse_ts(path):
    """The object literal of the module's `const message = { … };`."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    start = src.index("const message = {")
    end = src.index("\n};\n", start) + 3
    toks = list(tokens(src[start + len("const message = "):end], TOKEN_RE))
    obj, pos = literal(toks, 0)
    assert toks[pos:] == [";"], toks[pos:]
    return obj


def load(code):
    flat = {}
    for k, v in flatten(parse_ts(os.path.join(RAW, f"{code}.ts"))):
        assert k not in flat, k
        flat[k] = v
    return flat


def onepanel_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"onepanelui-{code}-{key}", lang, text, "onepanel_ui",
                   f"github.com/1Panel-dev/1Panel@{ONEPANEL_COMMIT[:12]}:frontend/src/lang/modules/"
                   f"{code}.ts ({key}; copied to scripts/real_corpus/raw/onepanel_ui/)",
                   f"1Panel-dev/1Panel:{key}", "keyword_rule_app_strings")


def items():
    yield from onepanel_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
