#!/usr/bin/env python3
"""Rebuild the forty-sixth batch of tests/data/real/ (issue 12): the system notifications of the
Bitwarden Android app (and the further apps below), in Chinese and Spanish. Only zh-Hans /
zh-Hant / es texts are taken, never English: the app's default res/values/strings.xml serves only
as the reference of the "untranslated" check (build_templates3.untranslated_lines) and to find
the templates.

Usage:
    . /work/rebuild-46.sh   # or set BITWARDEN_ANDROID_GIT to a bare git dir of bitwarden/android
    python3 scripts/real_corpus/build_templates42.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates42.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-sixth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), with build_templates31.app_items (the
thirty-fifth batch's reader: each notification as its title, a line break, then its text; a
string missing in a language skips the notification there; a zh-Hant text equal to the zh-Hans
one is not taken twice):
  * bitwarden_android_notification: bitwarden/android (GPL-3.0), BW_COMMIT. The app's only system
    notification, the log-in request of AuthRequestNotificationManagerImpl.kt (BW_NOTIFICATIONS):
    title "log_in_requested", text "confim_log_in_attemp_for_x" with the account's e-mail address,
    or "confirm_log_in" where the app does not know the account's address. Languages:
    values-zh-rCN, values-zh-rTW, values-es-rES of ui/src/main/res (the module that holds the
    app's strings; the app has no values-es).

Placeholders get the fixed values of the earlier batches (the account alice@example.com). Near-
duplicates (digits and white space aside) collapse within a source and language. Cut at 500
characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates42.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates31 import app_items
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates42.tsv")

# --- Bitwarden Android -----------------------------------------------------------------------------
BW_COMMIT = "d817f6b4bf7c17172a74fabca1e09e738c7ec6c9"  # main of 2026-08-21
BW_RES = "ui/src/main/res/"
BW_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es-rES")]
BW_EMAIL = "alice@example.com"
BW_FILLS = [BW_EMAIL]
# app/.../data/auth/manager/AuthRequestNotificationManagerImpl.kt handlePasswordlessRequestData
BW_NOTIFICATIONS = [
    ("login_request", ["log_in_requested", ("confim_log_in_attemp_for_x", BW_EMAIL)]),
    ("login_request_no_email", ["log_in_requested", "confirm_log_in"]),
]


def bw_items():
    return app_items(os.environ["BITWARDEN_ANDROID_GIT"], "bitwarden/android", BW_COMMIT, BW_RES,
                     BW_LANGS, BW_NOTIFICATIONS, BW_FILLS, "bwapp", "bitwarden_android_notification")


def items():
    yield from bw_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
