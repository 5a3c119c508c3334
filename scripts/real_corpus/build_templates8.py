#!/usr/bin/env python3
"""Rebuild the twelfth batch of tests/data/real/ (issue 12): legitimate account and security mails of
chat and project tools, in zh-Hans and zh-Hant (and es where the product translates the mail), never
English: the corpus has enough English texts, and this batch is to raise the held-out template count
and the Chinese share. English strings serve only to find the templates and to tell an untranslated
string.

Usage:
    python3 scripts/real_corpus/build_templates8.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates8.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twelfth batch (templates)"):
  * mattermost_email: Mattermost server (github.com/mattermost/mattermost; AGPL-3.0 for the server,
    see its LICENSE.txt). The repository is over the fetch limit, so the `api.templates.*` entries of
    server/i18n/zh-CN.json (stored version MATTERMOST_ZH_CN_COMMIT) and server/i18n/zh-TW.json
    (stored version MATTERMOST_ZH_TW_COMMIT) were copied verbatim from the file index into
    scripts/real_corpus/raw/mattermost/<lang>.api_templates.json. Every mail that the v5 server's
    app/email.go puts together from these strings (MATTERMOST_MAILS: subject, then the body strings
    in the order the code sets them, then the sign-off lines email_info1 + support address,
    email_info2, email_info3 that its NewEmailTemplate adds to every mail).

Selection is mechanical: every mail of each product's set, one text per mail and language. A mail is
skipped in a language whose file lacks any of its strings (Mattermost would send that part in
English) or leaves one in English (a line of 12+ characters with two Latin words and no Chinese
character, as no English file was read for Mattermost). Placeholders are filled with the fixed values
of the earlier batches (`alice`, `Demo …` names, links on `*.example.com`); a value the code supplies
from elsewhere (the password-change method) is `Demo`. Near-duplicates collapse within a product and
language (digits and white space ignored). Cut at 500 characters.

Split: the unit is one mail of one product with all its languages (`mattermost/mattermost:<mail>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates8.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates8.tsv")
RAW = os.path.join(HERE, "raw")

CJK = re.compile(r"[\u3400-\u9fff]")


def english_line(text):
    """True when a line of `text` (12+ characters, two Latin words, no Chinese character) would be
    sent in English: the test for a Chinese text when no English file was read."""
    for ln in text.splitlines():
        s = re.sub(r"\S+@\S+|https?://\S+", "", ln).strip()
        if len(s) >= 12 and not CJK.search(s) and len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
            return True
    return False


def go_fill(template, values):
    """A go-i18n string with its `{{ .Name }}` placeholders filled from `values`."""
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: values[m.group(1)], template)


# --- Mattermost ----------------------------------------------------------------------------------
MATTERMOST_ZH_CN_COMMIT = "00c8d25538d608ba1f831603a8d5e76d08a1f461"
MATTERMOST_ZH_TW_COMMIT = "063f208dc5bf9e4321afdd096bb493f04a2b128a"
MATTERMOST_LANGS = [("zh-CN", "zh-Hans", MATTERMOST_ZH_CN_COMMIT),
                    ("zh-TW", "zh-Hant", MATTERMOST_ZH_TW_COMMIT)]
MM_SITE = "https://chat.example.com"
MM_VERIFY = MM_SITE + "/do_verify_email?token=5f2c9a0e1b7d4c3a&email=alice%40example.com"
MM_RESET = MM_SITE + "/reset_password_complete?token=5f2c9a0e1b7d4c3a"
MM_VALUES = {
    "SiteName": "Demo Chat", "SiteURL": MM_SITE, "ServerURL": "chat.example.com", "TeamURL": MM_SITE,
    "TeamDisplayName": "Demo Chat", "NewEmail": "alice@example.com", "NewUsername": "alice",
    "Method": "Demo", "SenderName": "bob",
}
MM_SUPPORT = "support@chat.example.com"
# Every mail of app/email.go (Mattermost server v5): name, subject key, body keys in the order the
# code sets them; a (key, link) pair is a button. The team invitation is left out: the code sends it
# in the server's default locale (English) whatever the reader's language.
MATTERMOST_MAILS = [
    ("username_change", "username_change_subject",
     ["username_change_body.title", "username_change_body.info", "email_warning"]),
    ("email_change_verify", "email_change_verify_subject",
     ["email_change_verify_body.title", "email_change_verify_body.info",
      ("email_change_verify_body.button", MM_VERIFY)]),
    ("email_change", "email_change_subject",
     ["email_change_body.title", "email_change_body.info", "email_warning"]),
    ("verify", "verify_subject",
     ["verify_body.title", "verify_body.info", ("verify_body.button", MM_VERIFY)]),
    ("signin_change", "signin_change_email.subject",
     ["signin_change_email.body.title", "signin_change_email.body.info", "email_warning"]),
    ("welcome", "welcome_subject",
     ["welcome_body.title", "welcome_body.info", ("welcome_body.button", MM_VERIFY), "welcome_body.info2",
      "welcome_body.info3", ("welcome_body.app_download_info", MM_SITE + "/download")]),
    ("password_change", "password_change_subject",
     ["password_change_body.title", "password_change_body.info", "email_warning"]),
    ("user_access_token", "user_access_token_subject",
     ["user_access_token_body.title", "user_access_token_body.info", "email_warning"]),
    ("reset", "reset_subject",
     ["reset_body.title", "reset_body.info1", "reset_body.info2", ("reset_body.button", MM_RESET)]),
    ("mfa_activated", "mfa_change_subject",
     ["mfa_activated_body.title", "mfa_activated_body.info", "email_warning"]),
    ("mfa_deactivated", "mfa_change_subject",
     ["mfa_deactivated_body.title", "mfa_deactivated_body.info", "email_warning"]),
    ("deactivate", "deactivate_subject",
     ["deactivate_body.title", "deactivate_body.info", "deactivate_body.warning"]),
]
MATTERMOST_SIGNOFF = ["email_info1", "email_info2", "email_info3"]


def mattermost_items():
    """Mattermost's account and security mails (MATTERMOST_MAILS) in zh-Hans and zh-Hant."""
    for code, lang, commit in MATTERMOST_LANGS:
        path = os.path.join(RAW, "mattermost", f"{code}.api_templates.json")
        with open(path, encoding="utf-8") as f:
            strings = {e["id"][len("api.templates."):]: e["translation"] for e in json.load(f)}
        seen = set()
        for name, subject, body in MATTERMOST_MAILS:
            keys = [subject] + [k if isinstance(k, str) else k[0] for k in body] + MATTERMOST_SIGNOFF
            if any(k not in strings for k in keys):
                continue
            fill = dict(MM_VALUES)
            if name == "signin_change":  # the caller passes the method's name in the reader's language
                fill["Method"] = strings["signin_change_email.body.method_email"]
            lines = [go_fill(strings[subject], fill)]
            for k in body:
                if isinstance(k, str):
                    lines.append(go_fill(strings[k], fill))
                else:
                    lines.append(f"{go_fill(strings[k[0]], fill)} {k[1]}")
            lines.append(strings["email_info1"].strip() + " " + MM_SUPPORT)
            lines.append(go_fill(strings["email_info2"], fill))
            lines.append(go_fill(strings["email_info3"], fill))
            text = "\n".join(ln.strip() for ln in lines)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"mmost-{code}-{name}", lang, text, "mattermost_email",
                       f"github.com/mattermost/mattermost@{commit[:12]}:server/i18n/{code}.json"
                       f" (api.templates.*, copied to scripts/real_corpus/raw/mattermost/)",
                       f"mattermost/mattermost:{name}", "all_email_templates")


def items():
    yield from mattermost_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
