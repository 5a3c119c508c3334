#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-sixth batch of tests/data/real/: the in-app messages of Stratum
Authenticator (stratumauth/app, formerly Authenticator Pro, jamie-mh/AuthenticatorPro; GPL-3.0), a
TOTP/HOTP authenticator for Android and Wear OS, about codes, secrets, accounts, encryption, import
and export that the hundred-and-sixth batch (build_templates102.py, `authenticator_pro_app`) did not
take, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates292.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates292.py assemble     # write the jsonl files

Source: github.com/stratumauth/app at STRATUM_COMMIT (tag v1.6.2, 2026-05-08, the stored head), the
Android string resources Stratum.Droid/Resources/values{,-es,-zh-rCN,-zh-rTW}/strings.xml and the
same four of Stratum.WearOS, copied verbatim to scripts/real_corpus/raw/stratum_authenticator/
{Droid,WearOS}/ with LICENSE (GPL-3.0; see SOURCE.md there); the builder reads only those copies
and the hundred-and-sixth batch's two jsonl files (for the overlap rule).

Selection (mechanical, fixed before any text was read): every <string> key of an English
values/strings.xml (Droid first, then WearOS) whose English text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE: the common rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor)
widened, as the brief for this product asked, with code|secret|account|encrypt|import|export
(substrings, as in the common rule). The key's text is taken in every catalogue of the same app that
holds it; a translation equal to the English text (untranslated) is skipped. Android escapes (\\n,
\\t, \\', \\" …) are undone and surrounding double quotes dropped (app_strings.android_text); the
.NET placeholders {0}, {1} … are kept as written (they are the app's own).

Overlap rule (the product is already in the corpus as `authenticator_pro_app`, built from the same
commit with the common rule alone): a key whose split unit occurs in
tests/data/real/{dev,heldout}_authenticator_pro_app.jsonl is skipped in every language, and a text
that is a near-duplicate (digits, white space and letter case aside; app_strings.norm) of a text of
the same language there is skipped. Near-duplicates likewise collapse within the batch and language
(the first key in catalogue order keeps the text). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`stratumauth/app:<key>`, `stratumauth/app:WearOS/<key>` for the
watch app), the same unit scheme as the hundred-and-sixth batch; all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates292.tsv, assigned by an AI reader reading each text; the
scanner played no part.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from app_strings import SELECT_RE as COMMON_RE, android_text, keyword_keys, new_texts, norm  # noqa: E402
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates292.tsv")
RAW = os.path.join(HERE, "raw", "stratum_authenticator")
STRATUM_COMMIT = "2306d75ad15badd220e5a1ce9b93a8e64e76318c"
SOURCE = "stratum_authenticator_app"
EARLIER = [os.path.join(OUT_DIR, f"{split}_authenticator_pro_app.jsonl") for split in ("dev", "heldout")]
APPS = [("Droid", ""), ("WearOS", "WearOS/")]
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|code|secret|account|encrypt|import|export", re.I)


def load(app, folder):
    root = ET.parse(os.path.join(RAW, app, folder, "strings.xml")).getroot()
    return {e.get("name"): android_text(e) for e in root.iter("string")}


def earlier():
    """The split units of the hundred-and-sixth batch and, per language, the norm of its texts."""
    units, seen = set(), {lang: set() for _, lang, _ in LANGS}
    for path in EARLIER:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                units.add(r["split_unit"])
                seen[r["lang"]].add(norm(r["text"]))
    return units, seen


def stratum_items():
    units, seen = earlier()
    for app, prefix in APPS:
        en = load(app, "values")
        keys = [k for k in keyword_keys(en, SELECT_RE) if f"stratumauth/app:{prefix}{k}" not in units]
        for folder, lang, short in LANGS:
            # android_text strips, so new_texts' comparison is the exact one
            english = None if lang == "en" else en
            for key, text in new_texts(load(app, folder), keys, english, seen[lang]):
                yield item(f"stratum296-{short}-{prefix.replace('/', '-')}{key}", lang, text, SOURCE,
                           f"github.com/stratumauth/app@{STRATUM_COMMIT[:12]}:Stratum.{app}/Resources/"
                           f"{folder}/strings.xml ({key}; copied to scripts/real_corpus/raw/"
                           f"stratum_authenticator/{app}/)",
                           f"stratumauth/app:{prefix}{key}", "keyword_rule_app_strings")


def items():
    yield from stratum_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
