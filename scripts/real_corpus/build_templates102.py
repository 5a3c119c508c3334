#!/usr/bin/env python3
"""Rebuild the hundred-and-sixth batch of tests/data/real/: the in-app messages of Authenticator
Pro, now called Stratum (stratumauth/app, formerly jamie-mh/AuthenticatorPro; GPL-3.0), a TOTP/HOTP
authenticator for Android and Wear OS, about passwords, PINs, backups, restoring, recovery,
log-in/sign-in, verification codes, one-time codes and 2FA, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates102.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates102.py assemble     # write the jsonl files

Source: github.com/stratumauth/app at STRATUM_COMMIT (tag v1.6.2, 2026-05-08), the Android string
resources Stratum.Droid/Resources/values{,-es,-zh-rCN,-zh-rTW}/strings.xml and the same four of
Stratum.WearOS, copied verbatim to scripts/real_corpus/raw/authenticator_pro/{Droid,WearOS}/ (see
SOURCE.md there); the builder reads only those copies.

Selection (mechanical, fixed before any text was read): every <string> key of an English
values/strings.xml (Droid first, then WearOS) whose English text has at least four words (white-space
separated) and matches, case-insensitively, the regular expression SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
catalogue of the same app that holds it; a translation equal to the English text (untranslated) is
skipped. Android escapes (\\n, \\t, \\', \\", \\@ …) are undone and surrounding double quotes
dropped; format placeholders (%s, %1$d …) are kept as written (they are the app's own).
Near-duplicates (digits and white space aside) collapse within the product and language. Cut at 500
characters (build_templates.item).

Split: the unit is the message key (`stratumauth/app:<key>`, `stratumauth/app:WearOS/<key>` for the
watch app), all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates102.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from app_strings import SELECT_RE, android_text, keyword_keys, new_texts  # noqa: E402
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates102.tsv")
RAW = os.path.join(HERE, "raw", "authenticator_pro")
STRATUM_COMMIT = "2306d75ad15badd220e5a1ce9b93a8e64e76318c"
APPS = [("Droid", ""), ("WearOS", "WearOS/")]
LANGS = [("values", "en", "en"), ("values-es", "es", "es"), ("values-zh-rCN", "zh-Hans", "zh_CN"),
         ("values-zh-rTW", "zh-Hant", "zh_TW")]


def load(app, folder):
    root = ET.parse(os.path.join(RAW, app, folder, "strings.xml")).getroot()
    return {e.get("name"): android_text(e) for e in root.iter("string")}


def stratum_items():
    seen = {lang: set() for _, lang, _ in LANGS}
    for app, prefix in APPS:
        en = load(app, "values")
        keys = keyword_keys(en, SELECT_RE)
        for folder, lang, short in LANGS:
            # android_text strips, so new_texts' comparison is the exact one
            english = None if lang == "en" else en
            for key, text in new_texts(load(app, folder), keys, english, seen[lang]):
                yield item(f"stratum-{short}-{prefix.replace('/', '-')}{key}", lang, text,
                           "authenticator_pro_app",
                           f"github.com/stratumauth/app@{STRATUM_COMMIT[:12]}:Stratum.{app}/Resources/"
                           f"{folder}/strings.xml ({key}; copied to scripts/real_corpus/raw/"
                           f"authenticator_pro/{app}/)",
                           f"stratumauth/app:{prefix}{key}", "keyword_rule_app_strings")


def items():
    yield from stratum_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
