#!/usr/bin/env python3
"""Rebuild the twenty-second batch of tests/data/real/ (issue 12): legitimate account, security,
workspace and billing messages of products not yet in the corpus, in zh-Hans and zh-Hant (and es
where the product translates the message), never English: the corpus has enough English texts, and
this batch is to raise the Chinese share. English strings serve only to find the templates and to
tell an untranslated string.

Usage:
    . /work/rebuild-22.sh   # or set the variables below (bare git dirs of the repositories)
    python3 scripts/real_corpus/build_templates18.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates18.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twenty-second batch (templates)"):
  * dify_email: Dify (github.com/langgenius/dify; Dify Open Source License, Apache-2.0 with
    additional conditions). The repository is over the fetch limit, so the `<body>` element of each
    zh-CN mail template under api/templates/ was read through the file index and copied verbatim
    into scripts/real_corpus/raw/dify/ (commit in each file's first line); the subjects and the
    template of each mail type are those of api/libs/email_i18n.py (DIFY_I18N_COMMIT), copied into
    DIFY_MAILS below. Every mail type with a zh-Hans template stored in the index is taken.

Selection is mechanical: every template of each product's message set, one text per template and
language (the functions below say what "every" is for each product). A template is skipped in a
language whose file lacks one of its strings or leaves one in English
(build_templates8.english_line: a line of 12+ characters with two Latin words and no Chinese
character). Placeholders are filled with the fixed values of the earlier batches (`alice`, `bob`,
`Demo …` names, links on `*.example.com`, code 482913, dates 2026-11-27 10:00, 30 for counts); a
value that code outside the repository supplies is `Demo`. HTML tags are dropped (a link keeps its
label and address). Near-duplicates collapse within a product and language (digits and white space
ignored). Cut at 500 characters.

Split: the unit is one template of one product with all its languages and variants
(`<owner/repo>:<template>`); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates18.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

import jinja2

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates8 import english_line
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates18.tsv")
RAW = os.path.join(HERE, "raw")


def tidy(text):
    """Lines stripped, runs of blank lines reduced to one."""
    lines = [ln.strip() for ln in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- Dify ----------------------------------------------------------------------------------------
DIFY_REPO = "langgenius/dify"
DIFY_I18N_COMMIT = "07a73d524a5dc4df61da69d96b9e200ba7981ff5"  # api/libs/email_i18n.py
DIFY_SITE = "https://dify.example.com"
# create_default_email_config(): every mail type, its zh-Hans subject and its (unbranded, the
# default) zh-CN template. Left out: ACCOUNT_DELETION_VERIFICATION, QUEUE_MONITOR_ALERT and
# DOCUMENT_CLEAN_NOTIFY (their zh-CN templates are not in the file index), ENTERPRISE_CUSTOM (the
# operator's own text). The trigger-event and API-rate mails are sent by Dify's hosted billing,
# whose code is not in the repository: the plan is the one the type names.
DIFY_MAILS = [
    ("reset_password", "设置您的 {application_title} 密码", "reset_password_mail_template", {}),
    ("invite_member", "立即加入 {application_title} 工作空间", "invite_member_mail_template", {}),
    ("email_code_login", "{application_title} 登录验证码", "email_code_login_mail_template", {}),
    ("change_email_old", "检测您现在的邮箱", "change_mail_confirm_old_template", {}),
    ("change_email_new", "确认您的邮箱地址变更", "change_mail_confirm_new_template", {}),
    ("change_email_completed", "您的登录邮箱已更改", "change_mail_completed_template", {}),
    ("owner_transfer_confirm", "验证您转移工作空间所有权的请求", "transfer_workspace_owner_confirm_template", {}),
    ("owner_transfer_old_notify", "工作区所有权已转移", "transfer_workspace_old_owner_notify_template", {}),
    ("owner_transfer_new_notify", "您现在是 {WorkspaceName} 的所有者", "transfer_workspace_new_owner_notify_template", {}),
    ("account_deletion_success", "您的 Dify.AI 账户已成功删除", "delete_account_success_template", {}),
    ("trigger_events_limit_sandbox", "您的 Sandbox 触发事件额度已用尽", "trigger_events_limit_template",
     {"planName": "Sandbox"}),
    ("trigger_events_limit_professional", "您的月度触发事件额度已用尽", "trigger_events_limit_template",
     {"planName": "Professional"}),
    ("trigger_events_usage_warning_sandbox", "您的 Sandbox 触发事件额度接近上限",
     "trigger_events_usage_warning_template", {"planName": "Sandbox"}),
    ("trigger_events_usage_warning_professional", "您的月度触发事件额度接近上限",
     "trigger_events_usage_warning_template", {"planName": "Professional"}),
    ("api_rate_limit_limit_sandbox", "您的 API 速率额度已用尽", "api_rate_limit_limit_template",
     {"planName": "Sandbox"}),
    ("api_rate_limit_warning_sandbox", "您的 API 速率额度接近上限", "api_rate_limit_warning_template",
     {"planName": "Sandbox"}),
    ("email_register", "注册您的 {application_title} 账户", "register_email_template", {}),
    ("email_register_when_account_exist", "注册您的 {application_title} 账户",
     "register_email_when_account_exist_template", {}),
    ("reset_password_when_account_not_exist", "重置您的 {application_title} 密码",
     "reset_password_mail_when_account_not_exist_template", {}),
    ("reset_password_when_account_not_exist_no_register", "重置您的 {application_title} 密码",
     "reset_password_mail_when_account_not_exist_no_register_template", {}),
]
DIFY_VALUES = {
    "application_title": "Dify", "branding_enabled": False, "to": "alice@example.com", "email": "alice@example.com",
    "code": "482913", "inviter_name": "bob", "url": DIFY_SITE + "/activate?token=5f2c9a0e1b7d4c3a",
    "WorkspaceName": "Demo Workspace", "NewOwnerEmail": "bob@example.com", "account_name": "alice",
    "login_url": DIFY_SITE + "/signin", "reset_password_url": DIFY_SITE + "/reset-password",
    "sign_up_url": DIFY_SITE + "/signup", "workspaceName": "Demo Workspace", "recipientName": "alice",
    "planLimit": "30", "resetDate": "2026-11-27", "upgradeUrl": DIFY_SITE + "/billing", "ctaLabel": "Demo",
    "triggerSources": "Demo", "resetDescription": "Demo",
}


def dify_raw(template):
    """The verbatim copy of a zh-CN template and the commit it was read at."""
    with open(os.path.join(RAW, "dify", template + "_zh-CN.html"), encoding="utf-8") as f:
        src = f.read()
    header, body = src.split("\n", 1)
    commit = re.search(r"dify ([0-9a-f]{40}):", header).group(1)
    return body, commit


def dify_items():
    env = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined)
    seen = set()
    for name, subject, template, extra in DIFY_MAILS:
        body, commit = dify_raw(template)
        values = dict(DIFY_VALUES, **extra)
        html = env.from_string(body).render(**values)
        text = subject.format(**values) + "\n" + tidy(html_to_text(html))
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"dify-{name}-zh-Hans", "zh-Hans", text, "dify_email",
                   f"{DIFY_REPO}@{commit}:api/templates/{template}_zh-CN.html "
                   f"(subject: {DIFY_I18N_COMMIT[:12]}:api/libs/email_i18n.py)",
                   f"{DIFY_REPO}:{template}", "every mail type of email_i18n with a zh-CN template")


def items():
    yield from dify_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
