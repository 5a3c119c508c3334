#!/usr/bin/env python3
"""Rebuild the hundred-and-forty-sixth batch of tests/data/real/: the Authenticator strings of
AWS Amplify UI (aws-amplify/amplify-ui, Apache-2.0) about passwords, codes, sign-in, accounts,
verification and confirmation, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates142.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates142.py assemble     # write the jsonl files

Source: github.com/aws-amplify/amplify-ui at AMPLIFY_COMMIT (2026-08-05),
packages/ui/src/i18n/dictionaries/authenticator/defaultTexts.ts, en.ts, es.ts and zh.ts, copied
verbatim to scripts/real_corpus/raw/amplify_ui/ (see SOURCE.md there). The dictionaries map an
English phrase (the key) to its translation; the Authenticator shows the English phrase itself
when a language has no entry. zh.ts is Simplified Chinese (zh-Hans); Amplify UI ships no
Traditional Chinese dictionary.

Selection (mechanical): the English phrases are the keys of en.ts, then the values of
defaultTexts.ts (the English defaults), then the keys of es.ts and zh.ts (English error and
label phrases that customers added translations for), each phrase once, in that order. Taken:
every phrase of at least four words (white-space separated) matching, case-insensitively,
SELECT_RE: the standard app-string keyword rule (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus account, verif, confirm, code, token. The
phrase is the English text; its translation is taken from es.ts and zh.ts where they hold it; a
translation equal to the English is skipped. Near-duplicates (digits and white space aside)
collapse within a language. Cut at 500 characters.

Split: the unit is the message key, the English phrase (`aws-amplify/amplify-ui:<phrase>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates142.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates142.tsv")
RAW = os.path.join(HERE, "raw", "amplify_ui")
AMPLIFY_COMMIT = "816dc040d7fe811a50ec066096f69042066ad4a7"
DICT_DIR = "packages/ui/src/i18n/dictionaries/authenticator"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|verif|confirm|code|token", re.I)

# One `key: value,` entry of a TypeScript object literal: the key a bare identifier or a
# single-quoted string, the value a single-, double- or back-quoted string.
_STR = r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|`([^`]*)`"
ENTRY_RE = re.compile(r"(?:'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*))\s*:\s*(?:" + _STR + r")\s*,")


def _unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def ts_dict(name):
    """key -> value of the one object literal of raw/amplify_ui/<name>.ts, in file order
    (`//` comment lines dropped)."""
    with open(os.path.join(RAW, f"{name}.ts"), encoding="utf-8") as f:
        src = "\n".join(ln for ln in f.read().split("\n") if not ln.strip().startswith("//"))
    body = src[src.index("= {") + 3: src.rindex("}")]
    out = {}
    for m in ENTRY_RE.finditer(body):
        key = _unescape(m.group(1)) if m.group(1) is not None else m.group(2)
        value = next(g for g in m.groups()[2:] if g is not None)
        out[key] = _unescape(value)
    # every entry parsed: as many entries as top-level `key:` starts
    assert len(out) == len(re.findall(r"^  (?:'|[A-Za-z_$])", body, re.M)), name
    return out


def english():
    """phrase -> phrase: the keys of en.ts, the values of defaultTexts.ts, the keys of es.ts and
    zh.ts, each once, in that order."""
    phrases = list(ts_dict("en")) + list(ts_dict("defaultTexts").values())
    phrases += list(ts_dict("es")) + list(ts_dict("zh"))
    return {p: p for p in dict.fromkeys(phrases)}


def english_file(key):
    """The file an English phrase is read from: en.ts, else defaultTexts.ts, else es.ts/zh.ts."""
    if key in ts_dict("en"):
        return "en.ts"
    if key in ts_dict("defaultTexts").values():
        return "defaultTexts.ts"
    return "es.ts" if key in ts_dict("es") else "zh.ts"


def slug(key):
    return re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")[:48] + "-" + sha(key)[:6]


def amplify_items():
    en = english()
    keys = keyword_keys(en, SELECT_RE)
    for code, lang in LANGS:
        strings = en if code == "en" else ts_dict(code)
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"amplify-{code}-{slug(key)}", lang, text, "amplify_ui_app",
                       f"github.com/aws-amplify/amplify-ui@{AMPLIFY_COMMIT[:12]}:{DICT_DIR}/"
                       f"{english_file(key) if code == 'en' else code + '.ts'} ({key!r}; copied to "
                       f"scripts/real_corpus/raw/amplify_ui/)",
                       f"aws-amplify/amplify-ui:{key}", "keyword_rule_app_strings")


def items():
    yield from amplify_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
