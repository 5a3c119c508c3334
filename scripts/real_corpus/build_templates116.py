#!/usr/bin/env python3
"""Rebuild the hundred-and-twentieth batch of tests/data/real/: the in-app strings about seeds,
recovery, passwords, PINs, passphrases, backups, restoring, log-in and one-time / two-factor
codes of two Android apps, FreeOTP+ (helloworld1/FreeOTPPlus, Apache-2.0) and Threema for
Android (threema-ch/threema-android, AGPL-3.0), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates116.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates116.py assemble     # write the jsonl files

Sources (see SOURCE.md in each raw folder), copied verbatim, the builder reads only the copies:
  * FreeOTP+ at FREEOTP_COMMIT (2025-02-25), app/src/main/res/{values,values-es-rES,values-zh-rCN,
    values-zh-rTW}/strings.xml -> scripts/real_corpus/raw/freeotpplus/strings_<folder>.xml
    (the app has no plain values-es folder; values-es-rES is its Spanish);
  * Threema for Android at THREEMA_COMMIT (2026-04-23, version 6.4.2), app/src/main/res/{values,
    values-es,values-zh-rCN,values-zh-rTW}/strings.xml -> scripts/real_corpus/raw/threema/.

Selection (mechanical, fixed before any text was read): every translatable <string> of the English
file whose English text (after Android unescaping, placeholders filled) has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). <plurals> and <string-array> are not
taken. The key's text is taken in every language file that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within the product and language (the first key in file order keeps the text). Placeholders:
%s / %1$s -> Demo, %d / %1$d -> 3; Threema's build-time names ${app_name}, ${app_name_short},
${company_name}, ${app_name_desktop} -> Threema (the main flavour's appName), ${remote_secret} ->
DualLock (its untranslatable string remote_secret). Cut at 500 characters (build_templates.item).
Cap: 450 texts over the batch, taken as whole keys, FreeOTP+ first, then Threema in its English
file's order; the keys after the one that would pass the cap are not taken.

Split: the unit is the message key (`helloworld1/FreeOTPPlus:<key>`,
`threema-ch/threema-android:<key>`), all languages of one key on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates116.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import hashed_split, main  # noqa: E402
from app_strings import SELECT_RE, keyword_keys, norm
from build_templates import item  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "labels", "labels_templates116.tsv")
OUT_DIR = os.path.join(HERE, "..", "..", "tests", "data", "real")
FREEOTP_COMMIT = "92e9b4d87a44b504fab9633b910159e7101147d5"
THREEMA_COMMIT = "e2defbb87a37804816cac633885f61fb6abb04e6"
NAMES = {"app_name": "Threema", "app_name_short": "Threema", "company_name": "Threema",
         "app_name_desktop": "Threema", "remote_secret": "DualLock"}
CAP = 450
# (tag, repository, commit, raw folder, source name, [(res folder, lang)])
PRODUCTS = [
    ("freeotpplus", "helloworld1/FreeOTPPlus", FREEOTP_COMMIT, "freeotpplus", "freeotpplus_app",
     [("values", "en"), ("values-es-rES", "es"), ("values-zh-rCN", "zh-Hans"),
      ("values-zh-rTW", "zh-Hant")]),
    ("threema", "threema-ch/threema-android", THREEMA_COMMIT, "threema", "threema_app",
     [("values", "en"), ("values-es", "es"), ("values-zh-rCN", "zh-Hans"),
      ("values-zh-rTW", "zh-Hant")]),
]


def text_of(el):
    """The string as Android shows it: inner markup dropped, escapes resolved, quotes removed."""
    t = "".join(el.itertext())
    t = t.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"').replace("\\@", "@")
    t = t.replace("\\?", "?")
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
    t = re.sub(r"%(\d+\$)?s", "Demo", t)
    t = re.sub(r"%(\d+\$)?d", "3", t)
    t = t.replace("%%", "%")
    t = re.sub(r"\$\{(\w+)\}", lambda m: NAMES.get(m.group(1), m.group(0)), t)
    return "\n".join(ln.strip() for ln in t.splitlines()).strip()


def strings(raw, folder):
    root = ET.parse(os.path.join(HERE, "raw", raw, f"strings_{folder}.xml")).getroot()
    out = {}
    for el in root.findall("string"):
        if el.get("translatable") == "false":
            continue
        out[el.get("name")] = text_of(el)
    return out


def items():
    n = 0
    for tag, repo, commit, raw, source, langs in PRODUCTS:
        files = {lang: strings(raw, folder) for folder, lang in langs}
        en = files["en"]
        keys = keyword_keys(en, SELECT_RE)
        seen = {lang: set() for _, lang in langs}
        for key in keys:
            batch = []
            for folder, lang in langs:
                t = files[lang].get(key)
                if not t or (lang != "en" and t == en[key]):
                    continue
                if norm(t) in seen[lang]:
                    continue
                batch.append((folder, lang, t))
            if n + len(batch) > CAP:  # the cap takes whole keys, in file order
                return
            n += len(batch)
            for folder, lang, t in batch:
                seen[lang].add(norm(t))
                yield item(f"{tag}-{lang}-{key}", lang, t, source,
                           f"github.com/{repo}@{commit[:12]}:app/src/main/res/{folder}/strings.xml "
                           f"({key}; copied to scripts/real_corpus/raw/{raw}/)",
                           f"{repo}:{key}", "keyword_rule_app_strings")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
