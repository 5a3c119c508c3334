#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-ninth batch of tests/data/real/: HumHub's UI strings
(github.com/humhub/humhub, AGPL-3.0-or-later) about passwords, logging in, accounts, tokens,
e-mail, two-factor, recovery and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates325.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates325.py assemble     # write the jsonl files

Source: github.com/humhub/humhub at HUMHUB_COMMIT (2026-08-19), the Yii message catalogues
protected/humhub/messages/{es,zh-CN,zh-TW}/*.php and
protected/humhub/modules/*/messages/{es,zh-CN,zh-TW}/*.php, copied verbatim to
scripts/real_corpus/raw/humhub_ui/<module or core>/<code>/<category>.php (see SOURCE.md there).
Licence: LICENSE (dual licensing, the open one taken) and LICENSE.AGPL-3.0-or-later.
The catalogues are keyed by the English source strings (HumHub ships no English catalogue).

Selection (mechanical): every English msgid (the union of the keys of the three languages'
catalogues of one category, es first, in file order; categories in sorted file order) with at
least four white-space separated words that matches, case-insensitively, SELECT_RE (the shared
app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor, plus account, token, e-mail/email), less the (category, msgid) pairs the
seventeenth batch's humhub_message texts already use (its mails and notification texts, read
off build_templates13.HUMHUB_MAILS and HUMHUB_NOTICES by recording their Yii::t calls) and less
the categories named notification(s) (the notification texts). The msgid is taken in English and
in each language whose catalogue holds a non-empty translation (an empty one makes Yii fall back to
the English); a translation equal to the English is skipped. Near-duplicates (digits and white
space aside) collapse within a language. Placeholders ({name}, %name%) and inline HTML are kept as
written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`humhub/humhub:<category>:<msgid>`, category as Yii names
it, e.g. UserModule.auth or base), all languages of one key on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates325.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE as BASE_RE, norm
from build_templates import item
from build_templates4 import parse_php_array
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates325.tsv")
RAW = os.path.join(HERE, "raw", "humhub_ui")
HUMHUB_COMMIT = "13dc14723e7bd227dd6bf78c12771842fb7acb28"
LANGS = [("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|token|e-?mail", re.I)


def category(module, name):
    """The Yii category of a catalogue file (core: 'base'; modules: 'UserModule.auth')."""
    return name if module == "core" else f"{module.capitalize()}Module.{name}"


def upstream(module, code, name):
    if module == "core":
        return f"protected/humhub/messages/{code}/{name}.php"
    return f"protected/humhub/modules/{module}/messages/{code}/{name}.php"


def catalogues():
    """{(module, name): {code: {msgid: translation}}} of the copied catalogues."""
    out = {}
    for module in sorted(os.listdir(RAW)):
        for code, _ in LANGS:
            d = os.path.join(RAW, module, code)
            if not os.path.isdir(d):
                continue
            for f in sorted(os.listdir(d)):
                if f.endswith(".php"):
                    with open(os.path.join(d, f), encoding="utf-8") as fh:
                        cat = parse_php_array(fh.read())
                    out.setdefault((module, f[:-4]), {})[code] = cat
    return out


def used_by_message_batch():
    """The (category, msgid) pairs the seventeenth batch's humhub_message texts use."""
    import build_templates13 as b13
    used = set()

    def t(cat, msgid, **params):
        used.add((cat, msgid))
        return msgid
    for _, _, build in b13.HUMHUB_MAILS:
        build(t)
    for _, cat, msgid in b13.HUMHUB_NOTICES:
        used.add((cat, msgid))
    used.add(("NotificationModule.base", "{displayName} and {displayName2}"))
    return used


def selected_keys(cats, used):
    keys = []
    for (module, name), by_code in sorted(cats.items()):
        if name in ("notification", "notifications"):
            continue
        cat = category(module, name)
        msgids = []
        for code, _ in LANGS:
            for k in by_code.get(code, {}):
                if k not in msgids:
                    msgids.append(k)
        for k in msgids:
            if (cat, k) in used or len(k.split()) < 4 or not SELECT_RE.search(k):
                continue
            keys.append((module, name, cat, k))
    return keys


def humhub_items():
    cats = catalogues()
    keys = selected_keys(cats, used_by_message_batch())
    for code, lang in [("en", "en")] + LANGS:
        seen = set()
        for module, name, cat, msgid in keys:
            if code == "en":
                text = msgid
            else:
                text = cats[(module, name)].get(code, {}).get(msgid)
                if not isinstance(text, str) or not text.strip() or text.strip() == msgid.strip():
                    continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            h = hashlib.sha256(f"{cat}:{msgid}".encode("utf-8")).hexdigest()[:10]
            path = upstream(module, "es" if code == "en" else code, name)
            where = f"msgid of {path}" if code == "en" else path
            yield item(f"hhui-{code}-{h}", lang, text, "humhub_ui",
                       f"github.com/humhub/humhub@{HUMHUB_COMMIT[:12]}:{where} ({cat}; copied to "
                       f"scripts/real_corpus/raw/humhub_ui/)",
                       f"humhub/humhub:{cat}:{msgid}", "keyword_rule_app_strings")


def items():
    yield from humhub_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
