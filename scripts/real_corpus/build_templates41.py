#!/usr/bin/env python3
"""Rebuild the forty-fifth batch of tests/data/real/ (issue 12): the account and content
notification mails of two CMSs (Umbraco, Silverstripe), in Chinese and Spanish. Only zh-Hans /
zh-Hant / es texts are taken, never English: English strings serve only to find the templates and
as the reference of the "untranslated" check.

Usage:
    . /work/rebuild-45.sh   # or set SILVERSTRIPE_GIT to a bare git dir of
                            # silverstripe/silverstripe-framework
    python3 scripts/real_corpus/build_templates41.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates41.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-fifth batch"):
  * umbraco_email: Umbraco CMS (umbraco/Umbraco-CMS, MIT), over the fetch limit, so the mail keys
    of its back-office language files src/Umbraco.Core/EmbeddedResources/Lang/zh.xml and
    zh_tw.xml (stored versions UMBRACO_ZH_COMMIT, UMBRACO_ZH_TW_COMMIT, read through the file
    index) are copied verbatim, key by key, in scripts/real_corpus/raw/umbraco/. Every mail those
    files carry that the v8-v13 back office sends (UMBRACO_MAILS): the password-reset mail
    (login.resetPasswordEmailCopySubject/Format) and the content notification
    (notifications.mailSubject with mailBodyHtml, the HTML body that is sent unless HTML mails are
    switched off). The plain notifications.mailBody and the legacy translation.mailBody are not
    taken: the first is the fallback of the HTML one, and both keep the English line "Have a nice
    day!" in zh.xml; the translation mail is not sent by v8 and later.
  * silverstripe_email: Silverstripe framework (silverstripe/silverstripe-framework, BSD-3-Clause,
    SILVERSTRIPE_GIT at SS_COMMIT): every mail template of templates/SilverStripe/Control/Email/
    that is a mail body (ForgotPasswordEmail, ChangePasswordEmail; Email.ss is the generic frame),
    with its subject from SilverStripe\\Security\\Member (SUBJECTPASSWORDRESET,
    SUBJECTPASSWORDCHANGED), rendered in each of the lang/ files zh, zh_CN, zh_TW, es, es_AR,
    es_MX. A template is skipped in a file that lacks one of its strings (the framework would then
    fall back to another file or to the English default).

Placeholders are filled with the fixed values of the earlier batches (`alice`, `Alice Chen`,
`bob`, `Demo …` names, links on `*.example.com`, token 5f2c9a0e1b7d4c3a); a value the code supplies
from elsewhere (the notification's change summary) is `Demo`. HTML tags are dropped (a link keeps
its label and address). A language is skipped for a template whose text keeps an English line
(build_templates3.untranslated_lines against the English rendering for Silverstripe;
build_templates8.english_line for Umbraco, whose English file was not read). Near-duplicates
collapse within a product and language. Cut at 500 characters.

Split: the unit is the template (`<owner/repo>:<template>`), all languages of one template on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates41.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

import yaml

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates41.tsv")
RAW = os.path.join(HERE, "raw")


# --- Umbraco -------------------------------------------------------------------------------------
UMBRACO_ZH_COMMIT = "2a625389fa23b1e983b0bd08f5ed009def84ff4e"
UMBRACO_ZH_TW_COMMIT = "03f59ad7befcf35a3a2a1b5a6f7f2ba833ce7cda"
UMBRACO_LANGS = [("zh", "zh-Hans", UMBRACO_ZH_COMMIT), ("zh_tw", "zh-Hant", UMBRACO_ZH_TW_COMMIT)]
UMB_SITE = "cms.example.com/umbraco"  # siteUri.Authority + the back-office path, as the code joins them
UMB_RESET = ("https://cms.example.com/umbraco/#/login/false?flow=reset-password&userId=1"
             "&resetCode=5f2c9a0e1b7d4c3a")
# Every mail of the language files: name, subject key, body key, the subject's and the body's
# %n% arguments in the order the code passes them (BackOfficeController/AuthenticationController
# for the reset; NotificationService.CreateNotificationRequest for the notification, whose action
# name is the reader's actions.publish).
UMBRACO_MAILS = [
    ("password_reset", "login/resetPasswordEmailCopySubject", "login/resetPasswordEmailCopyFormat",
     [], ["alice", UMB_RESET]),
    ("content_notification", "notifications/mailSubject", "notifications/mailBodyHtml",
     [UMB_SITE, "{action}", "Demo Page"],
     ["Alice Chen", "{action}", "Demo Page", "bob", UMB_SITE, "1042", "Demo"]),
]


def umbraco_keys(code):
    """{"area/key": text} of the copied mail keys of one language file."""
    root = ET.parse(os.path.join(RAW, "umbraco", f"{code}.mail_keys.xml")).getroot()
    return {f"{area.get('alias')}/{key.get('alias')}": key.text
            for area in root.iter("area") for key in area.iter("key")}


def umbraco_fill(text, args):
    return re.sub(r"%(\d+)%", lambda m: args[int(m.group(1))], text)


def umbraco_items():
    """Umbraco's password-reset and content-notification mails in zh-Hans and zh-Hant."""
    for code, lang, commit in UMBRACO_LANGS:
        keys = umbraco_keys(code)
        seen = set()
        for name, subject, body, subject_args, body_args in UMBRACO_MAILS:
            if subject not in keys or body not in keys:
                continue
            action = keys["actions/publish"]
            s_args = [a.replace("{action}", action) for a in subject_args]
            b_args = [a.replace("{action}", action) for a in body_args]
            text = (umbraco_fill(keys[subject], s_args).strip() + "\n\n"
                    + html_to_text(umbraco_fill(keys[body], b_args)))
            text = "\n".join(ln.strip() for ln in text.splitlines())
            text = re.sub(r"\n{3,}", "\n\n", text)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"umbr-{code}-{name}", lang, text, "umbraco_email",
                       f"github.com/umbraco/Umbraco-CMS@{commit[:12]}:src/Umbraco.Core/EmbeddedResources/"
                       f"Lang/{code}.xml ({subject}, {body}; copied to scripts/real_corpus/raw/umbraco/)",
                       f"umbraco/Umbraco-CMS:{name}", "all_email_templates")


# --- Silverstripe --------------------------------------------------------------------------------
SS_COMMIT = "8621411c119b24fdf92119e33e2649f59d1553f7"  # 5.3.0-rc1-31, 2024-10-24
SS_LANGS = [("zh", "zh-Hans"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es"),
            ("es_AR", "es"), ("es_MX", "es")]
SS_BASE = "https://www.example.com/"
SS_VALUES = {"FirstName": "Alice", "AbsoluteBaseURL": SS_BASE, "Email": "alice@example.com",
             "PasswordResetLink": SS_BASE + "Security/changepassword?m=1&t=5f2c9a0e1b7d4c3a"}
SS_MEMBER = "SilverStripe\\Security\\Member"
# Every mail body of templates/SilverStripe/Control/Email/ and its subject key (Member.php).
SS_MAILS = [("ForgotPasswordEmail", "SUBJECTPASSWORDRESET"),
            ("ChangePasswordEmail", "SUBJECTPASSWORDCHANGED")]


def ss_render(src, strings, values):
    """A Silverstripe .ss mail body rendered with the `<%t Class.KEY 'default' … %>` strings of one
    language file (None when one is missing), `$Var`s from `values` and relative links on the
    site's base."""
    missing = []

    def t(m):
        cls, key = m.group(1).replace("\\\\", "\\").rsplit(".", 1)
        s = strings.get(cls, {}).get(key)
        if s is None:
            missing.append(m.group(1))
            return ""
        return re.sub(r"\{(\w+)\}", lambda v: values[v.group(1).capitalize()], str(s))
    out = re.sub(r"<%t\s+([\w\\.]+)\s+'(?:[^'\\]|\\.)*'.*?%>", t, src, flags=re.S)
    if missing:
        return None
    out = re.sub(r"\$(\w+)", lambda m: values[m.group(1)], out)
    out = re.sub(r'href="(?!https?:)([^"]+)"', lambda m: f'href="{SS_BASE}{m.group(1)}"', out)
    return html_to_text(out)


def silverstripe_items():
    """Silverstripe's forgotten-password and changed-password mails, subject then body."""
    git_dir = os.environ["SILVERSTRIPE_GIT"]

    def lang_file(code):
        return yaml.safe_load(git_show(git_dir, SS_COMMIT, f"lang/{code}.yml"))[code]

    def render(name, subject_key, strings):
        src = git_show(git_dir, SS_COMMIT, f"templates/SilverStripe/Control/Email/{name}.ss")
        subject = strings.get(SS_MEMBER, {}).get(subject_key)
        body = ss_render(src, strings, SS_VALUES)
        if subject is None or body is None:
            return None
        return subject + "\n\n" + "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
    en = lang_file("en")
    seen = {}
    for code, lang in SS_LANGS:
        strings = lang_file(code)
        for name, subject_key in SS_MAILS:
            text = render(name, subject_key, strings)
            if text is None or untranslated_lines(text, render(name, subject_key, en)):
                continue
            if not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"sstr-{code}-{name}", lang, text, "silverstripe_email",
                       f"github.com/silverstripe/silverstripe-framework@{SS_COMMIT[:12]}:"
                       f"templates/SilverStripe/Control/Email/{name}.ss with lang/{code}.yml",
                       f"silverstripe/silverstripe-framework:{name}", "all_email_templates")


def items():
    yield from umbraco_items()
    yield from silverstripe_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
