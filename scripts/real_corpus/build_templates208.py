#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twelfth batch of tests/data/real/: the in-app strings of Element X
for Android (element-hq/element-x-android, AGPL-3.0, copyleft), the Matrix messenger, about
recovery keys, key storage and backup, encryption, device and session verification, signing in
and out, PINs, passwords and log-in by QR code, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates208.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates208.py assemble     # write the jsonl files

Source: github.com/element-hq/element-x-android at EXA_COMMIT (2026-08-22, "Merge pull request
#7505 from element-hq/bma/matrixModule", the stored head). The app's strings live in one catalogue
per Gradle module: `<module>/src/main/res/values/localazy.xml` (English) and
`values-es/translations.xml`, `values-zh/translations.xml` (zh-Hans: simplified characters),
`values-zh-rTW/translations.xml` (zh-Hant) next to it (there is no values-zh-rCN catalogue of
strings). The four catalogues of the 18 modules (MODULES) whose English catalogue holds at least
one selected string are copied verbatim to scripts/real_corpus/raw/element_x_android/<module>/
<folder>/ (see SOURCE.md there; the other 34 modules hold no selected string). Licence AGPL-3.0
(LICENSE at the same commit, copied there; the project is also offered under a commercial
licence).

Selection (mechanical, fixed before any text was read): the translatable top-level <string>s of
the English catalogues, read module by module in MODULES order (a name seen in an earlier module
keeps its first text: several modules repeat the same strings), whose English text (Android
rendering: inner markup dropped, enclosing quotes removed, escapes \\n, \\', \\", \\uXXXX
resolved) has at least four white-space separated words and matches, case-insensitively,
SELECT_RE: the standard app-string rule (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) widened, as the batch's brief asked, by recovery key, encryption,
verify, device and session. <plurals> are not read (two match). The string is taken in every
language (the language's catalogues merged the same way); a translation equal to the English text
(untranslated) is skipped. The corpus already holds Element Android's notifications and Element
Web's messages (tests/data/real/{dev,heldout}_element_{android_notification,web_message}.jsonl,
ELEMENT_FILES): a text appearing verbatim there (in any language) is skipped; these files hold no
English. Near-duplicates (digits and white space aside) collapse within a language (the first name
in MODULES and catalogue order keeps the text). Placeholders (%1$s, %1$d) are kept as the app
writes them. Cut at 500 characters (build_templates.item).

Split: the unit is the string name (`element-hq/element-x-android:<name>`), all languages of one
name on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates208.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_first_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates208.tsv")
RAW = os.path.join(HERE, "raw", "element_x_android")
EXA_COMMIT = "477aa3664007dda468c7e44681392a522fc07f3f"
MODULES = ["features/call/impl", "features/ftue/impl", "features/home/impl",
           "features/linknewdevice/impl", "features/location/impl", "features/lockscreen/impl",
           "features/login/impl", "features/logout/impl", "features/messages/impl",
           "features/preferences/impl", "features/roomdetails/impl", "features/securebackup/impl",
           "features/securityandprivacy/impl", "features/signedout/impl",
           "features/userprofile/shared", "features/verifysession/impl", "libraries/push/impl",
           "libraries/ui-strings"]
LANGS = [("values", "localazy.xml", "en"), ("values-es", "translations.xml", "es"),
         ("values-zh", "translations.xml", "zh-Hans"),
         ("values-zh-rTW", "translations.xml", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|recovery key|encryption|verify|device|session", re.I)
ELEMENT_FILES = [os.path.join(OUT_DIR, f"{split}_element_{src}.jsonl")
                 for split in ("dev", "heldout") for src in ("android_notification", "web_message")]


def in_corpus():
    """The texts of the Element files already in the corpus."""
    texts = set()
    for path in ELEMENT_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.add(json.loads(line)["text"])
    return texts


def load(folder, name):
    """name -> text of one language's catalogues, merged in MODULES order (first text kept)."""
    return android_first_strings([os.path.join(RAW, m, folder, name) for m in MODULES])


def first_module(folder, name, key):
    for m in MODULES:
        path = os.path.join(RAW, m, folder, name)
        if key in android_first_strings([path]):
            return m
    raise KeyError(key)


def exa_items():
    en = load("values", "localazy.xml")
    keys = keyword_keys(en, SELECT_RE)
    seen_texts = in_corpus()
    keys = [k for k in keys if en[k] not in seen_texts]
    for folder, name, lang in LANGS:
        strings = load(folder, name)
        strings = {k: v for k, v in strings.items() if v not in seen_texts}
        for key, text in new_texts(strings, keys, None if lang == "en" else en):
            module = first_module(folder, name, key)
            yield item(f"exa-{lang}-{key}", lang, text, "element_x_android_app",
                       f"github.com/element-hq/element-x-android@{EXA_COMMIT[:12]}:{module}/src/"
                       f"main/res/{folder}/{name} ({key}; copied to "
                       f"scripts/real_corpus/raw/element_x_android/)",
                       f"element-hq/element-x-android:{key}", "keyword_rule_app_strings")


def items():
    yield from exa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
