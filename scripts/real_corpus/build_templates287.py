#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-first batch of tests/data/real/: the in-app strings of
Tailscale for Android (tailscale/tailscale-android, BSD-3-Clause), the WireGuard-based mesh VPN,
about logging in and signing in, auth keys, accounts, keys, the tailnet, re-authentication and
verification, in English (the app ships no other catalogue).

Usage:
    python3 scripts/real_corpus/build_templates287.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates287.py assemble     # write the jsonl files

Source: github.com/tailscale/tailscale-android at TS_COMMIT (2026-06-29, "android: derive
versionCode from tailscale version (#807)", the stored head), reached with `fetch`. The app's
strings live in one catalogue, android/src/main/res/values/strings.xml (English); there is no
values-es, values-zh, values-zh-rCN or values-zh-rTW catalogue (no translation at all), so the
batch is English only. The catalogue and LICENSE are copied verbatim to
scripts/real_corpus/raw/tailscale_android/ (see SOURCE.md there). Licence BSD-3-Clause (LICENSE at
the same commit).

Selection (mechanical, fixed before any text was read): the translatable top-level <string>s of
the English catalogue (translatable="false" skipped; Android rendering: inner markup dropped,
enclosing quotes removed, escapes \\n, \\', \\", \\uXXXX resolved) with at least four white-space
separated words matching, case-insensitively, SELECT_RE: the standard app-string rule (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, as the
batch's brief asked, by auth key, account, key, tailnet, reauthenticate and verify. The catalogue
holds no <plurals>. Near-duplicates (digits and white space aside) collapse (the first name in
catalogue order keeps the text). Placeholders (%1$s, %s) are kept as the app writes them. Cut at
500 characters (build_templates.item).

Split: the unit is the string name (`tailscale/tailscale-android:<name>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates287.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, android_first_strings, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates287.tsv")
RAW = os.path.join(HERE, "raw", "tailscale_android")
TS_COMMIT = "582940f78d31337997993db317bb7dd372cf691a"
LANGS = [("values", "en")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|auth key|account|key|tailnet|reauthenticate|verify",
                       re.I)


def load(folder):
    return android_first_strings([os.path.join(RAW, folder, "strings.xml")])


def tailscale_items():
    en = load("values")
    keys = keyword_keys(en, SELECT_RE)
    for folder, lang in LANGS:
        for key, text in new_texts(load(folder), keys, None if lang == "en" else en):
            yield item(f"tsa-{lang}-{key}", lang, text, "tailscale_android_app",
                       f"github.com/tailscale/tailscale-android@{TS_COMMIT[:12]}:android/src/"
                       f"main/res/{folder}/strings.xml ({key}; copied to "
                       f"scripts/real_corpus/raw/tailscale_android/)",
                       f"tailscale/tailscale-android:{key}", "keyword_rule_app_strings")


def items():
    yield from tailscale_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
