#!/usr/bin/env python3
"""Rebuild the three-hundred-and-seventy-fourth batch of tests/data/real/: the web-UI strings of
Jenkins core (jenkinsci/jenkins, MIT; the sign-in, sign-up, setup-wizard, user, API-token,
password-rule and security-realm views and messages) about passwords, logging in, signing in,
restoring and recovery, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates370.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates370.py assemble     # write the jsonl files

Source: github.com/jenkinsci/jenkins at JENKINS_COMMIT (stored head, 2026-08-21),
core/src/main/resources/**/<view>.properties (English), <view>_es.properties,
<view>_zh_TW.properties and <view>_zh_CN.properties (Jenkins core ships only a few zh_CN files),
plus the Simplified Chinese catalogues of github.com/jenkinsci/localization-zh-cn-plugin at
ZH_CN_COMMIT (stored head, 2025-03-21; MIT), core/src/main/resources/**/<view>_zh_CN.properties,
the plugin Jenkins installs for zh_CN. The files of every view that has a selected text are
copied verbatim, with both LICENSE files, to scripts/real_corpus/raw/jenkins/ (core/ and
zh_cn_plugin/; see SOURCE.md there). Licence MIT (both repositories).

How Jenkins reads a view's strings: a Jelly view writes ${%Some text}; the key is the English
text itself, shown as written unless <view>.properties gives it another English value (long
texts use short keys such as `blurb`, given in <view>.properties). So the English text of a key
of a view is its value in <view>.properties, else the key itself; the keys of a view are those of
<view>.properties, then those of its _es, _zh_TW, core _zh_CN and plugin _zh_CN files not seen
before (in that order). Messages.properties bundles are read the same way (all their keys are in
the English file).

Selection (mechanical, fixed before any text was read): every (view, key) whose English text has
at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), over every view of core/src/main/resources (no narrowing was needed: the rule
takes 37 English texts). The key's text is taken in every language file that holds it (zh-Hans:
the core _zh_CN file first, else the plugin's); a translation equal to the English text (ends'
white space aside) or empty is skipped. Near-duplicates (digits and white space aside) collapse
within a language (first in view order, views sorted by path). Java properties escapes are
resolved and '' is shown as ' (build_templates166.load_properties); placeholders {0} and the
HTML markup inside the messages are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the view and key (`jenkinsci/jenkins:<view path>:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels
come from scripts/real_corpus/labels/labels_templates370.tsv, assigned by an AI reader reading
each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, new_texts
from build_templates import item
from build_templates166 import load_properties
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates370.tsv")
RAW = os.path.join(HERE, "raw", "jenkins")
JENKINS_COMMIT = "ff9430ee1dc6e319349a488650d914444fe141f3"
ZH_CN_COMMIT = "24015969c5c80d609a3f2dff0261a270380de42a"
FOLDER = "core/src/main/resources"
# (id code, language, [(raw subfolder, file suffix)] in the order a key's text is looked up)
LANGS = [("en", "en", [("core", "")]), ("es", "es", [("core", "_es")]),
         ("zh_CN", "zh-Hans", [("core", "_zh_CN"), ("zh_cn_plugin", "_zh_CN")]),
         ("zh_TW", "zh-Hant", [("core", "_zh_TW")])]
SUFFIX_RE = re.compile(r"(_es|_zh_CN|_zh_TW)?\.properties$")


def views():
    """The view paths (relative to core/src/main/resources, no suffix) of the raw files, sorted."""
    out = set()
    for sub in ("core", "zh_cn_plugin"):
        top = os.path.join(RAW, sub)
        for d, _, names in os.walk(top):
            for n in names:
                if n.endswith(".properties"):
                    rel = os.path.relpath(os.path.join(d, n), top).replace(os.sep, "/")
                    out.add(SUFFIX_RE.sub("", rel))
    return sorted(out)


def catalogue(view, sub, suffix):
    path = os.path.join(RAW, sub, f"{view}{suffix}.properties")
    return load_properties(path) if os.path.exists(path) else {}


def origin(view, sub, suffix, key):
    repo, commit = (("jenkinsci/jenkins", JENKINS_COMMIT) if sub == "core" else
                    ("jenkinsci/localization-zh-cn-plugin", ZH_CN_COMMIT))
    return (f"github.com/{repo}@{commit[:12]}:{FOLDER}/{view}{suffix}.properties ({key}; "
            f"copied to scripts/real_corpus/raw/jenkins/{sub}/)")


def jenkins_items():
    per_view = []
    for view in views():
        base = catalogue(view, "core", "")
        files = {(sub, suf): catalogue(view, sub, suf) for _, _, subs in LANGS for sub, suf in subs}
        keys = []
        for cat in files.values():
            keys += [k for k in cat if k not in keys]
        english = {k: base.get(k, k) for k in keys}
        chosen = [k for k in keys if len(english[k].split()) >= 4 and SELECT_RE.search(english[k])]
        per_view.append((view, files, english, chosen))
    for code, lang, subs in LANGS:
        seen = set()
        for view, files, english, chosen in per_view:
            where, strings = {}, {}
            if code == "en":
                strings = english
                where = {k: subs[0] for k in chosen}
            else:
                for sub_suf in subs:
                    for k, v in files[sub_suf].items():
                        if k in chosen and k not in strings:
                            strings[k], where[k] = v, sub_suf
            for key, text in new_texts(strings, chosen, None if code == "en" else english, seen):
                slug = re.sub(r"\s+", "_", key)
                yield item(f"jenkins-{code}-{view}#{slug}", lang, text, "jenkins_ui",
                           origin(view, *where[key], key), f"jenkinsci/jenkins:{view}:{key}",
                           "keyword_rule_app_strings")


def items():
    yield from jenkins_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
