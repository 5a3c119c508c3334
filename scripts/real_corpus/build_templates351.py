#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-fifth batch of tests/data/real/: the in-app strings of
Bisheng, DataElem's LLM application platform (dataelement/bisheng, Apache-2.0), about passwords,
log-in, sign-in, verification codes and the like, in English and zh-Hans (the product has no
Spanish and no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates351.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates351.py assemble     # write the jsonl files

Source: github.com/dataelement/bisheng at BISHENG_COMMIT (2026-07-20), licence Apache-2.0
(LICENSE at that commit). Two front-ends, each with its i18next catalogues:
  * the platform (admin) UI, src/frontend/platform/public/locales/<lang>/<namespace>.json, lang
    en-US and zh-Hans, namespaces PLATFORM_NAMESPACES;
  * the end-user chat client (derived from LibreChat, MIT, per its THIRD_PARTY_NOTICES.md),
    src/frontend/client/src/locales/<lang>/translation.json, lang en and zh-Hans;
copied verbatim to scripts/real_corpus/raw/bisheng/{platform,client}/<lang>/ (see SOURCE.md).

Selection (mechanical): in each catalogue (flattened to dotted keys), every key whose English
text has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The key's text is taken in English and zh-Hans; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (platform namespaces in PLATFORM_NAMESPACES order, then the
client; the first key keeps the text). i18next placeholders `{{name}}` are kept as written. Cut
at 500 characters.

Split: the unit is the message key with its catalogue (`dataelement/bisheng:platform/<namespace>:
<key>` or `dataelement/bisheng:client:<key>`), all languages of one key on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates351.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates351.tsv")
RAW = os.path.join(HERE, "raw", "bisheng")
BISHENG_COMMIT = "0172fb2846a52458f29affe9c23073fd1653da76"
PLATFORM_NAMESPACES = ["bs", "dashboard", "flow", "knowledge", "model", "orgSync", "permission",
                       "tool"]
# (lang, platform folder, client folder); English first.
LANGS = [("en", "en-US", "en"), ("zh-Hans", "zh-Hans", "zh-Hans")]


def catalogues():
    """(app, namespace, repository path template, raw path template) of every catalogue, with
    {folder} standing for the language folder."""
    for ns in PLATFORM_NAMESPACES:
        yield ("platform", ns, f"src/frontend/platform/public/locales/{{folder}}/{ns}.json",
               os.path.join(RAW, "platform", "{folder}", f"{ns}.json"))
    yield ("client", None, "src/frontend/client/src/locales/{folder}/translation.json",
           os.path.join(RAW, "client", "{folder}", "translation.json"))


def bisheng_items():
    for lang, p_folder, c_folder in LANGS:
        seen = set()
        for app, ns, repo_path, raw_path in catalogues():
            folder = p_folder if app == "platform" else c_folder
            en_folder = LANGS[0][1] if app == "platform" else LANGS[0][2]
            en = load_json(raw_path.format(folder=en_folder), flat=True)
            keys = keyword_keys(en, SELECT_RE)
            strings = load_json(raw_path.format(folder=folder), flat=True)
            name = f"platform/{ns}" if app == "platform" else "client"
            for key, text in new_texts(strings, keys, None if lang == "en" else en, seen):
                yield item(f"bisheng-{lang}-{name.replace('/', '-')}-{key}", lang, text,
                           "bisheng_app",
                           f"github.com/dataelement/bisheng@{BISHENG_COMMIT[:12]}:"
                           f"{repo_path.format(folder=folder)} ({key}; copied to "
                           f"scripts/real_corpus/raw/bisheng/)",
                           f"dataelement/bisheng:{name}:{key}", "keyword_rule_app_strings")


def items():
    yield from bisheng_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
