#!/usr/bin/env python3
"""Rebuild the three-hundred-and-nineteenth batch of tests/data/real/: BookStack's own UI strings
(BookStackApp/BookStack, MIT) about passwords, log-in, multi-factor codes, API tokens, accounts
and e-mail, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates315.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates315.py assemble     # write the jsonl files

Source: github.com/BookStackApp/BookStack at BOOKSTACK_COMMIT (2024-10-15, the stored head; the
same commit as the bookstack_email batch), licence MIT (LICENSE), every language file
lang/{en,es,zh_CN,zh_TW}/*.php (Laravel language arrays) copied verbatim to
scripts/real_corpus/raw/bookstack_ui/<code>/ (see SOURCE.md there). A file's array is read with
build_templates4.parse_php_array and flattened (nested arrays give dotted keys); the message key is
`<file>.<key>` (e.g. `auth.mfa_setup`), in the order of lang/en's files (sorted by name) and of
each file's array.

Selection (mechanical, fixed before any text was read): every key whose English text is a string
of at least four words (white-space separated) matching, case-insensitively, SELECT_RE:
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) or mfa, totp, backup code, token, account, email. BookStack's e-mails are already in
the corpus (bookstack_email, build_templates6.py), so the keys those mails use are left out
(MAIL_KEYS: every trans() key of the classes under app/ that build a mail (`->subject(`), of
BaseActivityNotification, and of resources/views/vendor/notifications/email*.blade.php, the mail
layout). The key's text is taken in English and in each translation; a translation equal to the
English (ends' white space aside, untranslated) is skipped. Near-duplicates (digits and white
space aside) collapse within a language, the first key in order keeping the text. Placeholders
(`:appName`, `:attribute`, …) are kept as written (they are the app's own). Cut at 500
characters.

Split: the unit is the message key (`BookStackApp/BookStack:<file>.<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates315.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, flatten, new_texts
from build_templates import item
from build_templates4 import parse_php_array
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates315.tsv")
RAW = os.path.join(HERE, "raw", "bookstack_ui")
BOOKSTACK_COMMIT = "6f1c54d018f7d55301eb4c31055b04769f5924d7"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|mfa|totp|backup code|token|account|email", re.I)
# The keys of BookStack's mails (the bookstack_email batch), left out: the trans() keys of
# app/Access/Notifications/{ConfirmEmail,ResetPassword,UserInvite}Notification.php,
# app/Activity/Notifications/Messages/{CommentCreation,PageCreation,PageUpdate,BaseActivity}
# Notification.php, app/Settings/TestEmailNotification.php and
# resources/views/vendor/notifications/email.blade.php at BOOKSTACK_COMMIT.
MAIL_KEYS = {
    "auth.email_confirm_subject", "auth.email_confirm_greeting", "auth.email_confirm_text",
    "auth.email_confirm_action",
    "auth.email_reset_subject", "auth.email_reset_text", "auth.reset_password",
    "auth.email_reset_not_requested",
    "auth.user_invite_email_subject", "auth.user_invite_email_greeting",
    "auth.user_invite_email_text", "auth.user_invite_email_action",
    "notifications.detail_page_name", "notifications.detail_page_path",
    "notifications.detail_commenter", "notifications.detail_comment",
    "notifications.new_comment_subject", "notifications.new_comment_intro",
    "notifications.action_view_comment", "notifications.detail_created_by",
    "notifications.new_page_subject", "notifications.new_page_intro",
    "notifications.action_view_page", "notifications.detail_updated_by",
    "notifications.updated_page_subject", "notifications.updated_page_intro",
    "notifications.updated_page_debounce", "notifications.footer_reason",
    "notifications.footer_reason_link",
    "settings.maint_send_test_email_mail_subject", "settings.maint_send_test_email_mail_greeting",
    "settings.maint_send_test_email_mail_text",
    "common.email_action_help", "common.email_rights",
}


def load(code):
    """`<file>.<key>` -> value of every lang/<code>/*.php array (files in lang/en's order)."""
    out = {}
    for name in sorted(os.listdir(os.path.join(RAW, "en"))):
        path = os.path.join(RAW, code, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = parse_php_array(f.read())
        for key, value in flatten(data):
            out[f"{name[:-4]}.{key}"] = value
    return out


def selected_keys(en):
    return [k for k, v in en.items() if isinstance(v, str) and len(v.split()) >= 4
            and SELECT_RE.search(v) and k not in MAIL_KEYS]


def bookstack_ui_items():
    en = load("en")
    keys = selected_keys(en)
    for code, lang in LANGS:
        strings = en if code == "en" else load(code)
        base = None if code == "en" else en
        for key, text in new_texts(strings, keys, base):
            file, _ = key.split(".", 1)
            yield item(f"bsui-{code}-{key}", lang, text, "bookstack_ui",
                       f"github.com/BookStackApp/BookStack@{BOOKSTACK_COMMIT[:12]}:"
                       f"lang/{code}/{file}.php ({key}; copied to "
                       f"scripts/real_corpus/raw/bookstack_ui/)",
                       f"BookStackApp/BookStack:{key}", "keyword_rule_app_strings")


def items():
    yield from bookstack_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
