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
  * forgejo_email: Forgejo (GPL-3.0-or-later; FORGEJO_GIT, the mirror github.com/yonasBSD/forgejo,
    whose head FORGEJO_COMMIT is read): every mail of services/mailer (FORGEJO_MAILS, the strings
    each template under templates/mail/ takes with `.locale.Tr`, in template order) in zh-CN,
    zh-TW, zh-HK and es-ES, from options/locale/locale_<lang>.ini; a key missing from a catalogue or
    equal to the English one skips the mail in that language (Forgejo would fall back to English).
  * spug_notice: Spug (AGPL-3.0; SPUG_GIT, github.com/openspug/spug at SPUG_COMMIT): every text
    notice of libs/spug.py, apps/deploy/helper.py and apps/schedule/utils.py, produced by running
    those modules themselves with stand-ins for the models, settings, SMTP and HTTP they use and
    capturing what they would send (Chinese only; the product has no other language).
  * formbricks_email: Formbricks (AGPL-3.0 outside its `ee` folders; FORMBRICKS_GIT,
    github.com/formbricks/formbricks at FB_COMMIT): every mail apps/web/modules/email/index.tsx sends
    (FB_MAILS: the strings each packages/email/emails/ component takes with t(), in order), from
    apps/web/locales/{zh-Hans-CN,zh-Hant-TW,es-ES}.json.
  * hievents_email: Hi.Events (AGPL-3.0; HIEVENTS_GIT, github.com/HiEventsDev/Hi.Events at HE_COMMIT):
    every mail class of backend/app/Mail whose Blade view has no condition or loop (HE_MAILS),
    rendered by hievents_render with the strings of backend/lang/{zh-cn,zh-hk,es}.json; a string
    missing or empty there skips the mail in that language.
  * jpress_email: JPress (LGPL-3.0; JPRESS_GIT, github.com/JPressProjects/jpress at JPRESS_COMMIT):
    every mail whose text its own Java code writes (JPRESS_MAILS; the others are written by the site
    operator), read from the Java string expressions; Chinese only.
  * greenlight_email: Greenlight, BigBlueButton's front end (LGPL-3.0; GREENLIGHT_GIT,
    github.com/bigbluebutton/greenlight at GL_COMMIT): every mail of app/mailers/user_mailer.rb but
    the English test mail, its plain-text view with config/locales/{zh_TW,es}.yml.
  * teedy_email: Teedy, a document manager (GPL-2.0; TEEDY_GIT, github.com/sismics/docs at
    TEEDY_COMMIT): both FreeMarker mail templates with messages_{zh_CN,zh_TW}.properties.
  * sqle_notice: SQLE, a SQL audit platform (MPL-2.0; SQLE_GIT, github.com/actiontech/sqle at
    SQLE_COMMIT): every workflow notice of sqle/notification/notification.go, its Chinese messages
    (the default language) from sqle/locale/message_zh.go.

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
import json
import os
import re

import jinja2

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates8 import english_line
from corpus import git_show, hashed_split, main

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


# --- Forgejo -------------------------------------------------------------------------------------
FORGEJO_REPO = "forgejo/forgejo"
FORGEJO_COMMIT = "5e777a43a19d6562895954b5304979ebec1cbded"  # 2024-11-07, the head of the mirror FORGEJO_GIT
FORGEJO_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("es-ES", "es")]
FJ = "https://git.example.com/"
FJ_APP = "Demo Git"


def ini_strings(src):
    """`section.key` -> value of a go-ini locale file (keys before any section have no prefix)."""
    out, section = {}, ""
    for line in src.splitlines():
        s = line.strip()
        if not s or s[0] in ";#":
            continue
        if s.startswith("[") and s.endswith("]"):
            section = s[1:-1]
            continue
        if "=" in s:
            key, value = (x.strip() for x in s.split("=", 1))
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"`":
                value = value[1:-1]
            out[f"{section}.{key}" if section else key] = value
    return out


def go_sprintf(fmt, args):
    """Go's fmt.Sprintf for the verbs the locale strings use (%s, %d, %[n]s, %[n]d, %%)."""
    pos = iter(range(len(args)))

    def verb(m):
        if m.group(0) == "%%":
            return "%"
        index = int(m.group(1)) - 1 if m.group(1) else next(pos)
        return str(args[index])
    return re.sub(r"%%|%(?:\[(\d+)\])?[sd]", verb, fmt)


class Untranslated(Exception):
    """A string the mail needs is missing from a catalogue or left in English."""


def forgejo_tr(strings, en):
    def tr(key, *args):
        value = strings.get(key)
        if value is None or (value == en.get(key) and len(value) >= 12
                             and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^>]+>|%\S+", "", value))) >= 2):
            raise Untranslated(key)
        return go_sprintf(value, args)
    return tr


def fj_link(url, label=None):
    """A link as the template writes it; one whose label is its address is written once."""
    return f"<a href='{url}'>{label}</a>" if label else url


def fj_caution(tr):
    return (f"<p>{tr('mail.account_security_caution.text_1')}</p><br>"
            f"<p>{tr('mail.account_security_caution.text_2')}</p><br>")


def fj_copyright():
    return f"<p>© {fj_link(FJ, FJ_APP)}</p>"


def fj_view(tr, url):
    return f"<p>---<br>{fj_link(url, tr('mail.view_it_on', FJ_APP))}.</p>"


FJ_CODE = "5f2c9a0e1b7d4c3a"
FJ_REPO = FJ + "alice/demo"
# Every mail of services/mailer (templates/mail/**), each in a fixed context: a user `alice` with no
# other second factor (so the "no 2FA left" sentences show), a repository transferred to her, an issue
# and a pull request assigned to her, a release without notes. issue/default.tmpl (comments and
# actions around another user's text) is left out, as frames were in the earlier batches.
FORGEJO_MAILS = [
    ("activate_account", "auth/activate", lambda tr: tr("mail.activate_account"), lambda tr, lives: (
        f"<p>{tr('mail.activate_account.text_1', 'alice', FJ_APP)}</p><br>"
        f"<p>{tr('mail.activate_account.text_2', lives)}</p><p>{fj_link(FJ + 'user/activate?code=' + FJ_CODE)}</p><br>"
        f"<p>{tr('mail.link_not_working_do_paste')}</p>" + fj_copyright())),
    ("activate_email", "auth/activate_email", lambda tr: tr("mail.activate_email"), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br>"
        f"<p>{tr('mail.activate_email.text', lives)}</p>"
        f"<p>{fj_link(FJ + 'user/activate_email?code=' + FJ_CODE + '&email=alice.chen%40example.com')}</p><br>"
        f"<p>{tr('mail.link_not_working_do_paste')}</p>" + fj_copyright())),
    ("register_notify", "auth/register_notify", lambda tr: tr("mail.register_notify", FJ_APP), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br>"
        f"<p>{tr('mail.register_notify.text_1', FJ_APP)}</p><br>"
        f"<p>{tr('mail.register_notify.text_2', 'alice')}</p><p>{fj_link(FJ + 'user/login')}</p><br>"
        f"<p>{tr('mail.register_notify.text_3', FJ + 'user/forgot_password')}</p><br>" + fj_copyright())),
    ("reset_password", "auth/reset_passwd", lambda tr: tr("mail.reset_password"), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br>"
        f"<p>{tr('mail.reset_password.text', lives)}</p><p>{fj_link(FJ + 'user/recover_account?code=' + FJ_CODE)}</p><br>"
        f"<p>{tr('mail.link_not_working_do_paste')}</p>" + fj_copyright())),
    ("password_change", "auth/password_change", lambda tr: tr("mail.password_change.subject"), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br><p>{tr('mail.password_change.text_1')}</p><br>"
        + fj_caution(tr) + f"<p>{fj_link(FJ, FJ_APP)}</p>")),
    ("primary_mail_change", "auth/primary_mail_change", lambda tr: tr("mail.primary_mail_change.subject"),
     lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br>"
        f"<p>{tr('mail.primary_mail_change.text_1', 'alice.chen@example.com')}</p><br>"
        + fj_caution(tr) + f"<p>{fj_link(FJ, FJ_APP)}</p>")),
    ("totp_disabled", "auth/2fa_disabled", lambda tr: tr("mail.totp_disabled.subject"), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br><p>{tr('mail.totp_disabled.text_1')}</p><br>"
        f"<p>{tr('mail.totp_disabled.no_2fa')}</p><br>" + fj_caution(tr) + f"<p>{fj_link(FJ, FJ_APP)}</p>")),
    ("removed_security_key", "auth/removed_security_key", lambda tr: tr("mail.removed_security_key.subject"),
     lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br>"
        f"<p>{tr('mail.removed_security_key.text_1', 'Demo Key')}</p><br>"
        f"<p>{tr('mail.removed_security_key.no_2fa')}</p><br>" + fj_caution(tr) + f"<p>{fj_link(FJ, FJ_APP)}</p>")),
    ("totp_enrolled", "auth/totp_enrolled", lambda tr: tr("mail.totp_enrolled.subject"), lambda tr, lives: (
        f"<p>{tr('mail.hi_user_x', 'alice')}</p><br><p>{tr('mail.totp_enrolled.text_1.no_webauthn')}</p><br>"
        + fj_caution(tr) + f"<p>{fj_link(FJ, FJ_APP)}</p>")),
    ("admin_new_user", "notify/admin_new_user", lambda tr: tr("mail.admin.new_user.subject", "bob"),
     lambda tr, lives: (
        f"<h3>{tr('mail.admin.new_user.user_info')}: {fj_link(FJ + 'bob', '@bob')}</h3>"
        f"<li>{tr('admin.users.created')}: 2026-11-27 10:00</li>"
        f"<p> {tr('mail.admin.new_user.text', FJ + 'admin/users/43')} </p>")),
    ("collaborator_added", "notify/collaborator",
     lambda tr: tr("mail.repo.collaborator.added.subject", "bob", "bob/demo"), lambda tr, lives: (
        f"<p>{tr('mail.repo.collaborator.added.text')} <code>bob/demo</code></p>" + fj_view(tr, FJ + "bob/demo"))),
    ("repo_transfer", "notify/repo_transfer",
     lambda tr: tr("mail.repo.transfer.subject_to_you", "bob", "bob/demo"), lambda tr, lives: (
        f"<p>{tr('mail.repo.transfer.subject_to_you', 'bob', 'bob/demo')}. "
        f"{tr('mail.repo.transfer.body', fj_link(FJ + 'bob/demo', 'bob/demo'))}</p>" + fj_view(tr, FJ + "bob/demo"))),
    ("team_invite", "team_invite", lambda tr: tr("mail.team_invite.subject", "bob", "Demo Org"), lambda tr, lives: (
        f"<p>{tr('mail.team_invite.text_1', 'bob', 'Demo Team', 'Demo Org')}</p>"
        f"<p>{tr('mail.team_invite.text_2')}</p><p>{fj_link(FJ + 'org/invite/' + FJ_CODE)}</p>"
        f"<p>{tr('mail.link_not_working_do_paste')}</p>"
        f"<p>{tr('mail.team_invite.text_3', 'alice@example.com')}</p>" + fj_copyright())),
    ("issue_assigned_issue", "issue/assigned", lambda tr: "Re: [alice/demo] Demo issue (#42)", lambda tr, lives: (
        f"<p>{tr('mail.issue_assigned.issue', 'bob', fj_link(FJ_REPO + '/issues/42', '#42'), fj_link(FJ_REPO, 'alice/demo'))}</p>"
        + fj_view(tr, FJ_REPO + "/issues/42"))),
    ("issue_assigned_pull", "issue/assigned", lambda tr: "Re: [alice/demo] Demo pull request (PR #43)", lambda tr, lives: (
        f"<p>{tr('mail.issue_assigned.pull', 'bob', fj_link(FJ_REPO + '/pulls/43', '#43'), fj_link(FJ_REPO, 'alice/demo'))}</p>"
        + fj_view(tr, FJ_REPO + "/pulls/43"))),
    ("release", "release", lambda tr: tr("mail.release.new.subject", "v1.0", "alice/demo"), lambda tr, lives: (
        f"<p>{tr('mail.release.new.text', 'bob', fj_link(FJ_REPO + '/releases/tag/v1.0', 'v1.0'), fj_link(FJ_REPO, 'alice/demo'))}</p>"
        f"<h4>{tr('mail.release.title', 'v1.0')}</h4><p>{tr('mail.release.note')}<br></p><br><br>"
        f"<p>---<br>{tr('mail.release.downloads')}<ul>"
        f"<li>{fj_link(FJ_REPO + '/archive/v1.0.zip', tr('mail.release.download.zip'))}</li>"
        f"<li>{fj_link(FJ_REPO + '/archive/v1.0.tar.gz', tr('mail.release.download.targz'))}</li></ul></p>"
        + fj_view(tr, FJ_REPO + "/releases/tag/v1.0"))),
]


def forgejo_items():
    git = os.environ["FORGEJO_GIT"]
    en = ini_strings(git_show(git, FORGEJO_COMMIT, "options/locale/locale_en-US.ini"))
    seen = {}
    for code, lang in FORGEJO_LANGS:
        path = f"options/locale/locale_{code}.ini"
        tr = forgejo_tr(ini_strings(git_show(git, FORGEJO_COMMIT, path)), en)
        for name, template, subject, body in FORGEJO_MAILS:
            try:
                # ActiveCodeLives and ResetPwdCodeLives: the default 180 minutes, as MinutesToFriendly says them
                lives = tr("tool.hours", 3)
                html = re.sub(r"(<li>)|(</h[34]>)", lambda m: "\n<li>" if m.group(1) else m.group(2) + "\n",
                              body(tr, lives))
                body_text = tidy(html_to_text(html))
            except Untranslated:
                continue
            # (the subject of the issue mails is the title and repository, values, not text)
            if lang != "es" and english_line(body_text):
                continue
            text = subject(tr).strip() + "\n" + body_text
            if not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"fj-{name}-{code}", lang, text, "forgejo_email",
                       f"{FORGEJO_REPO}@{FORGEJO_COMMIT}:templates/mail/{template}.tmpl, {path}",
                       f"{FORGEJO_REPO}:{name.replace('_issue', '').replace('_pull', '')}",
                       "every mail of services/mailer but the issue-comment frame")


# --- Spug ----------------------------------------------------------------------------------------
SPUG_REPO = "openspug/spug"
SPUG_COMMIT = "a2193479d2c39b69da19abfde8ae42c9f91c58c4"  # master of 2024-03-22
SPUG_FILES = {"libs.spug": "spug_api/libs/spug.py", "apps.deploy.helper": "spug_api/apps/deploy/helper.py",
              "apps.schedule.utils": "spug_api/apps/schedule/utils.py"}
SPUG_NOW = "2026-11-27 10:00:00"


class _Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def spug_modules(git, sent):
    """Spug's three notice modules, executed with stand-ins for the Django models, settings, SMTP and
    HTTP they use; whatever they would send is appended to `sent` as (channel, payload)."""
    import sys
    import types

    def module(name, **attrs):
        m = types.ModuleType(name)
        m.__dict__.update(attrs)
        sys.modules[name] = m
        return m

    class Mail:
        def __init__(self, **kw):
            pass

        def send_text_mail(self, receivers, subject, body):
            sent.append(("mail", {"subject": subject, "body": body}))

    class AppSetting:
        @staticmethod
        def get_default(key, default=None):
            return {"mail_service": {"server": "smtp.example.com"}}.get(key, default)

    for name in ("apps", "apps.alarm", "apps.setting", "apps.notify", "apps.host", "apps.deploy", "apps.schedule",
                 "libs", "django", "django.template"):
        module(name)
    module("apps.alarm.models", Group=None, Contact=None)
    module("apps.setting.utils", AppSetting=AppSetting)
    module("apps.notify.models", Notify=None)
    module("apps.host.models", Host=None)
    module("libs.mail", Mail=Mail)
    module("libs.utils", human_datetime=lambda *a: SPUG_NOW, render_str=None, str_decode=None)
    module("libs.push", push_server="https://push.example.com")
    module("requests")
    module("django.template.defaultfilters", filesizeformat=None)
    out = {}
    for name, path in SPUG_FILES.items():
        m = module(name)
        exec(compile(git_show(git, SPUG_COMMIT, path), path, "exec"), m.__dict__)
        out[name] = m
    out["libs.spug"].Notification.handle_request = staticmethod(
        lambda url, data, mode=None: sent.append((mode, data)))
    return out


def spug_markdown(text):
    """A DingTalk or WeCom markdown message read as text: heading, bold and quote marks and <font>
    tags dropped."""
    lines = []
    for ln in text.split("\n"):
        ln = re.sub(r"</?font[^>]*>|\*\*", "", ln)
        ln = re.sub(r"^#+ |\s*##\s*$|^> (#+ )?", "", ln.strip())
        lines.append(ln.strip())
    return tidy("\n".join(lines))


def spug_text(channel, data):
    if channel == "mail":
        return data["subject"] + "\n" + tidy(data["body"].replace("\r\n", "\n"))
    if channel == "dd":
        return spug_markdown(data["markdown"]["text"])
    if channel == "wx":
        return spug_markdown(data["markdown"]["content"])
    post = data["content"]["post"]["zh_cn"]  # Feishu
    return post["title"] + "\n" + "\n".join(x[0]["text"] for x in post["content"] if x[0]["tag"] == "text")


def spug_items():
    """Every text notice Spug sends (mail, DingTalk, WeCom, Feishu; the JSON web hooks and the push
    service carry data, not text) from its monitor alarms, deploy approvals and results and failed
    scheduled tasks, in a fixed context: approval granted, deploy succeeded."""
    sent = []
    mods = spug_modules(os.environ["SPUG_GIT"], sent)
    units = []

    def run(unit, call):
        before = len(sent)
        call()
        units.extend([unit] * (len(sent) - before))

    notification = mods["libs.spug"].Notification
    for event, name in (("1", "monitor_alarm"), ("2", "monitor_recovery")):
        n = notification([1], event, "https://www.example.com", "Demo", "Demo", "Demo")
        run(f"{name}-mail", lambda: n.monitor_by_email(["alice@example.com"]))
        run(f"{name}-dd", lambda: n.monitor_by_dd(["https://oapi.dingtalk.example.com/robot/send"]))
        run(f"{name}-wx", lambda: n.monitor_by_qy_wx(["https://qyapi.weixin.example.com/cgi-bin/webhook/send"]))
    helper = mods["apps.deploy.helper"].Helper
    alice, bob = _Obj(nickname="alice"), _Obj(nickname="bob")
    deploy = _Obj(app=_Obj(name="Demo"), env=_Obj(name="Demo"))
    for action, status in (("approve_req", "0"), ("approve_rst", "1"), ("deploy_rst", "3")):
        req = _Obj(name="Demo", deploy=deploy, created_by=alice, approve_by=bob, do_by=alice, status=status,
                   reason="", approve_at=SPUG_NOW, type="1")
        for channel, make in (("dd", helper._make_dd_notify), ("wx", helper._make_wx_notify),
                              ("fs", helper._make_fs_notify)):
            run(f"deploy_{action}-{channel}", lambda: make("https://hook.example.com", action, req, "v1.0",
                                                            "demo-1, demo-2"))
    task = _Obj(id=1, name="Demo", type="Demo")
    for mode, channel in (("1", "dd"), ("3", "wx"), ("4", "fs")):
        run(f"schedule_fail-{channel}", lambda: mods["apps.schedule.utils"]._do_notify(
            task, mode, "https://hook.example.com", None))
    seen = set()
    for unit, (channel, data) in zip(units, sent):
        text = spug_text(channel or "mail", data)
        if not is_new(seen, text):
            continue
        name = unit.split("-")[0]
        yield item(f"spug-{unit}-zh-Hans", "zh-Hans", text, "spug_notice",
                   f"{SPUG_REPO}@{SPUG_COMMIT}:" + {"monitor": SPUG_FILES["libs.spug"],
                                                    "deploy": SPUG_FILES["apps.deploy.helper"],
                                                    "schedule": SPUG_FILES["apps.schedule.utils"]}[name.split("_")[0]],
                   f"{SPUG_REPO}:{name}", "every text notice of the monitor, deploy and schedule modules")


# --- Formbricks ----------------------------------------------------------------------------------
FB_REPO = "formbricks/formbricks"
FB_COMMIT = "b66c1dd978af618a0e402bd3343b456bed68594c"  # main of 2026-08-22
FB_LANGS = [("zh-Hans-CN", "zh-Hans"), ("zh-Hant-TW", "zh-Hant"), ("es-ES", "es")]
FB = "https://forms.example.com"
FB_TOKEN = "5f2c9a0e1b7d4c3a"
FB_FOOTER = ["emails.email_footer_text_1", "emails.email_footer_text_2"]
# Every mail apps/web/modules/email/index.tsx sends, with the strings its packages/email/emails/
# component takes with t() in order (a (key, link) pair is a button or a link), then EmailFooter's
# two lines where the component has it, then EmailTemplate's "sent via Formbricks" line (the imprint
# and privacy links show only when the operator sets them). Left out: the response-finished mail and
# the embed-survey preview (frames around a survey's answers or its HTML).
FB_MAILS = [
    ("verification_new_email", "auth/new-email-verification", "emails.verification_new_email_subject", [
        "emails.verification_email_heading", "emails.new_email_verification_text",
        "emails.verification_security_notice",
        ("emails.verification_email_verify_email", FB + "/verify-email-change?token=" + FB_TOKEN),
        "emails.verification_email_click_on_this_link", FB + "/verify-email-change?token=" + FB_TOKEN,
        "emails.verification_email_link_valid_for_24_hours"] + FB_FOOTER),
    ("verification_email", "auth/verification-email", "emails.verification_email_subject", [
        "emails.verification_email_heading", "emails.verification_email_text",
        ("emails.verification_email_verify_email", FB + "/auth/verify?token=" + FB_TOKEN),
        "emails.verification_email_click_on_this_link", FB + "/auth/verify?token=" + FB_TOKEN,
        "emails.verification_email_link_valid_for_24_hours",
        "emails.verification_email_if_expired_request_new_token",
        ("emails.verification_email_request_new_verification", FB + "/auth/verification-requested?token=" + FB_TOKEN),
    ] + FB_FOOTER),
    ("forgot_password", "auth/forgot-password-email", "emails.forgot_password_email_subject", [
        "emails.forgot_password_email_heading", "emails.forgot_password_email_text",
        ("emails.forgot_password_email_change_password", FB + "/auth/forgot-password/reset?token=" + FB_TOKEN),
        "emails.forgot_password_email_link_valid_for_24_hours", "emails.forgot_password_email_did_not_request",
    ] + FB_FOOTER),
    ("delete_account", "auth/delete-account-email", "emails.delete_account_email_subject", [
        "emails.delete_account_email_heading", "emails.delete_account_email_text",
        "emails.delete_account_email_warning",
        ("emails.delete_account_email_confirm_deletion", FB + "/auth/delete-account?token=" + FB_TOKEN),
        "emails.delete_account_email_link_valid_for_minutes", "emails.delete_account_email_did_not_request",
    ] + FB_FOOTER),
    ("password_reset_notify", "auth/password-reset-notify-email", "emails.password_reset_notify_email_subject", [
        "emails.password_changed_email_heading", "emails.password_changed_email_text"] + FB_FOOTER),
    ("invite_member", "invite/invite-email", "emails.invite_member_email_subject", [
        "emails.invite_email_heading", "emails.invite_email_text",
        ("emails.invite_email_button_label", FB + "/invite?token=" + FB_TOKEN)] + FB_FOOTER),
    ("invite_accepted", "invite/invite-accepted-email", "emails.invite_accepted_email_subject", [
        "emails.invite_accepted_email_heading", "emails.invite_accepted_email_text"] + FB_FOOTER),
    ("email_customization_preview", "general/email-customization-preview-email",
     "emails.email_customization_preview_email_subject", [
         "emails.email_customization_preview_email_heading", "emails.email_customization_preview_email_text"]),
    ("verified_link_survey", "survey/link-survey-email", "emails.verified_link_survey_email_subject", [
        "emails.verification_email_hey", "emails.verification_email_thanks",
        "emails.verification_email_to_fill_survey",
        ("emails.verification_email_take_survey", FB + "/s/demo?verify=" + FB_TOKEN),
        ("emails.verification_email_survey_name", ": Demo")] + FB_FOOTER),
]
FB_VALUES = {"minutes": "30", "inviteeName": "alice", "inviterName": "bob", "userName": "alice"}


def formbricks_items():
    git = os.environ["FORMBRICKS_GIT"]

    def catalogue(code):
        return json.loads(git_show(git, FB_COMMIT, f"apps/web/locales/{code}.json"))

    def lookup(strings, key):
        node = strings
        for part in key.split("."):
            node = node[part]
        return re.sub(r"\{(\w+)\}", lambda m: FB_VALUES[m.group(1)], node)

    en = catalogue("en-US")
    seen = {}
    for code, lang in FB_LANGS:
        path = f"apps/web/locales/{code}.json"
        strings = catalogue(code)
        for name, component, subject, parts in FB_MAILS:
            keys = [subject] + [p if isinstance(p, str) else p[0] for p in parts if not str(p).startswith("http")]
            keys.append("emails.email_template_text_1")
            try:
                if any(lookup(strings, k) == lookup(en, k) and len(re.findall(r"[A-Za-z]{2,}", lookup(en, k))) >= 2
                       for k in keys):
                    continue  # left in English
            except KeyError:
                continue
            lines = [lookup(strings, subject)]
            for p in parts:
                if isinstance(p, tuple):
                    label = lookup(strings, p[0])
                    lines.append(label + p[1] if p[1].startswith(":") else f"{label} {p[1]}")
                elif p.startswith("http"):
                    lines.append(p)
                else:
                    lines.append(lookup(strings, p))
            lines.append(f"{lookup(strings, 'emails.email_template_text_1')} https://formbricks.com/")
            text = "\n".join(lines)
            if not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"fb-{name}-{code}", lang, text, "formbricks_email",
                       f"{FB_REPO}@{FB_COMMIT}:packages/email/emails/{component}.tsx, {path}",
                       f"{FB_REPO}:{name}", "every mail of apps/web/modules/email but the two frames")


# --- Hi.Events -----------------------------------------------------------------------------------
HE_REPO = "HiEventsDev/Hi.Events"
HE_COMMIT = "944433c77947dc55278622cb8ceb5d208be89b07"  # main of 2026-04-08
HE_LANGS = [("zh-cn", "zh-Hans"), ("zh-hk", "zh-Hant"), ("es", "es")]
HE = "https://events.example.com"
HE_TOKEN = "5f2c9a0e1b7d4c3a"
# Every mail class of backend/app/Mail whose view has no condition or loop: (name, view, subject and
# its parameters as the class sets them, the view's links). Left out: the views with @if/@foreach
# (order summaries, tickets, waiting-list and changed-details mails, the message-review and custom
# templates) and the two frames around another person's message (event message, organizer contact).
HE_MAILS = [
    ("forgot_password", "auth/forgot-password", "Password reset", {"link": HE + "/auth/reset-password/" + HE_TOKEN}),
    ("reset_password_success", "auth/reset-password-success", "Your password has been reset", {}),
    ("confirm_email_address", "user/confirm-email-address", "Welcome to :app_name! Please confirm your email address",
     {"link": HE + "/manage/profile/confirm-email-address/" + HE_TOKEN}),
    ("email_confirmation_code", "user/email-confirmation-code", "Your confirmation code for :app_name is :code", {}),
    ("user_invited", "user/user-invited", "You've been invited to join :appName",
     {"inviteLink": HE + "/auth/accept-invitation/" + HE_TOKEN}),
    ("confirm_email_change", "user/confirm-email-change", "Confirm email change",
     {"link": HE + "/manage/profile/confirm-email-change/" + HE_TOKEN}),
    ("order_cancelled", "orders/order-cancelled", "Your order has been cancelled", {}),
    ("order_failed", "orders/order-failed", "Your order wasn't successful", {"eventUrl": HE + "/event/42/demo-event"}),
    ("order_refunded", "orders/order-refunded", "You've received a refund", {}),
    ("payment_success_but_order_expired", "orders/payment-success-but-order-expired",
     "We were unable to process your order", {}),
    ("ticket_lookup", "ticket-lookup/ticket-lookup", "Your Tickets",
     {"ticketLookupUrl": HE + "/my-tickets/" + HE_TOKEN}),
]
HE_PARAMS = {"appName": "Demo Events", "app_name": "Demo Events", "name": "alice", "code": "482913",
             "pendingEmail": "alice.chen@example.com", "refundAmount": "€10.00", "eventTitle": "Demo Event",
             "count": "2", "email": "alice@example.com"}
HE_EXPR = {"$event->getTitle()": "Demo Event", "$order->getPublicId()": "O-42",
           "$organizer->getName() ?: config('app.name')": "Demo Events", "$eventSettings->getGetEmailFooterHtml()": "",
           "$supportEmail ?? 'hello@hi.events'": "hello@hi.events", "$organizer->getEmail()": "bob@example.com",
           "$event->getEventUrl()": HE + "/event/42/demo-event", "$appName": "Demo Events", "$code": "482913"}
HE_CALL = re.compile(r"""__\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*(?:,\s*\[(.*?)\])?\s*\)""", re.S)


def php_literal(lit):
    return re.sub(r"\\(['\"\\])", r"\1", lit[1:-1])


def laravel_fill(text, params):
    for key in sorted(params, key=len, reverse=True):
        text = text.replace(":" + key, params[key])
    return text


def hievents_render(view, strings, links):
    """A Blade mail view with its `__()` strings taken from `strings` (raising Untranslated for one the
    catalogue lacks) and its expressions filled; Laravel's layout around the message is left out."""
    view = re.sub(r"@php.*?@endphp|\{\{--.*?--\}\}", "", view, flags=re.S)

    def translate(m):
        key = php_literal(m.group(1))
        if not strings.get(key):  # missing or empty: Laravel would not send this string translated
            raise Untranslated(key)
        names = re.findall(r"'(\w+)'\s*=>", m.group(2) or "")
        return laravel_fill(strings[key], {n: HE_PARAMS[n] for n in names})

    def expr(m):
        e = m.group(1).strip()
        if e.startswith("__("):
            return HE_CALL.sub(translate, e)
        if e.startswith("$") and e[1:] in links:
            return links[e[1:]]
        return HE_EXPR[e]
    view = re.sub(r"\{!!(.*?)!!\}|\{\{(.*?)\}\}", lambda m: expr(re.match(r"(.*)", m.group(1) or m.group(2), re.S)),
                  view, flags=re.S)
    view = re.sub(r"""<x-mail::button :url="\$(\w+)">(.*?)</x-mail::button>""",
                  lambda m: m.group(2).strip() + " " + links[m.group(1)], view, flags=re.S)
    view = re.sub(r"""<x-mail::button :url="([^"]*)">(.*?)</x-mail::button>""", lambda m: m.group(2).strip() + " " +
                  HE_EXPR[m.group(1)], view, flags=re.S)
    view = re.sub(r"</?x-mail::message>", "", view)
    view = re.sub(r"^# ", "", view, flags=re.M).replace("**", "")
    return tidy(html_to_text(view.replace("</h2>", "</h2>\n")))


def hievents_items():
    git = os.environ["HIEVENTS_GIT"]
    seen = {}
    for code, lang in HE_LANGS:
        path = f"backend/lang/{code}.json"
        strings = json.loads(git_show(git, HE_COMMIT, path))
        for name, view, subject, links in HE_MAILS:
            if not strings.get(subject):
                continue
            try:
                body = hievents_render(git_show(git, HE_COMMIT, f"backend/resources/views/emails/{view}.blade.php"),
                                       strings, links)
            except Untranslated:
                continue
            text = laravel_fill(strings[subject], HE_PARAMS) + "\n" + body
            if lang != "es" and english_line(body):
                continue
            if not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"hev-{name}-{code}", lang, text, "hievents_email",
                       f"{HE_REPO}@{HE_COMMIT}:backend/resources/views/emails/{view}.blade.php, {path}",
                       f"{HE_REPO}:{name}", "every mail whose view has no condition or loop, but two frames")


# --- JPress --------------------------------------------------------------------------------------
JPRESS_REPO = "JPressProjects/jpress"
JPRESS_COMMIT = "7b7fe7d896f2b103bbb88d63bcbe65a8d57f2835"  # master of 2023-07-18
JP = "https://jpress.example.com"
# Every mail whose text JPress's own Java code writes (the others take the subject and body the site
# operator enters in the admin panel): (name, file, the subject expression or None where the subject is
# the operator's setting, the body expression), both read from the file by the patterns below.
JPRESS_MAILS = [
    ("test_mail", "jpress-web/src/main/java/io/jpress/web/admin/_SettingController.java",
     r'email\.subject\((".*?")\);', r'email\.content\((".*?")\);'),
    ("email_code", "jpress-web/src/main/java/io/jpress/web/commons/controller/SendEmailCodeController.java",
     None, r'email\.content\((".*?)\);'),
    ("email_activate", "jpress-web/src/main/java/io/jpress/web/commons/email/EmailSender.java",
     r'String title = (webName \+ ".*?");', r'String content = (".*?);\n'),
    ("reset_password", "jpress-web/src/main/java/io/jpress/web/front/UserController.java",
     None, r'contentLink = ("重置密码地址.*?);\n'),
]
JPRESS_VALUES = {"code": "482913", "webName": "Demo Site", "url": None}
JPRESS_URLS = {"email_activate": JP + "/user/emailactivate?id=5f2c9a0e1b7d4c3a",
               "reset_password": JP + "/user/resetPwd?token=5f2c9a0e1b7d4c3a&isEmail=true"}


def java_concat(expr, values):
    """A Java string expression of literals and variables joined by `+`, evaluated."""
    out = []
    for lit, name in re.findall(r'"((?:[^"\\]|\\.)*)"|(\w+)', expr):
        out.append(re.sub(r'\\(.)', r'\1', lit) if not name else values[name])
    return "".join(out)


def jpress_items():
    git = os.environ["JPRESS_GIT"]
    for name, path, subject, body in JPRESS_MAILS:
        src = git_show(git, JPRESS_COMMIT, path)
        values = dict(JPRESS_VALUES, url=JPRESS_URLS.get(name))
        text = tidy(html_to_text(java_concat(re.search(body, src).group(1), values)))
        text = re.sub(r"(https?://\S+) \1", r"\1", text)  # a link whose label is its address, once
        if subject:
            text = java_concat(re.search(subject, src).group(1), values) + "\n" + text
        yield item(f"jpress-{name}-zh-Hans", "zh-Hans", text, "jpress_email", f"{JPRESS_REPO}@{JPRESS_COMMIT}:{path}",
                   f"{JPRESS_REPO}:{name}", "every mail whose text JPress's Java code writes")


# --- Greenlight (BigBlueButton) ------------------------------------------------------------------
GL_REPO = "bigbluebutton/greenlight"
GL_COMMIT = "15db765b7fab10414df1a838ae8b3501b215cec4"  # release-3.8.2.4
GL_LANGS = [("zh_TW", "zh-Hant"), ("es", "es")]  # the repository has no Simplified Chinese catalogue
GL = "https://bbb.example.com"
# Every mail of app/mailers/user_mailer.rb but the test mail (English literals): its subject key and
# the plain-text view it renders.
GL_MAILS = [("reset_password_email", "email.reset.password_reset"),
            ("activate_account_email", "email.activation.account_activation"),
            ("invitation_email", "email.invitation.invitation_to_join"),
            ("new_user_signup_email", "email.new_user_signup.new_user")]
GL_VALUES = {"@reset_url": GL + "/reset_password/5f2c9a0e1b7d4c3a", "@activation_url": GL + "/activate_account/5f2c9a0e1b7d4c3a",
             "@signup_url": GL + "/signup?inviteToken=5f2c9a0e1b7d4c3a", "@admin_panel_url": GL + "/admin/users",
             "@user.email": "alice@example.com", "@user.name": "alice", "@name": "bob"}


def greenlight_items():
    import yaml
    git = os.environ["GREENLIGHT_GIT"]
    for code, lang in GL_LANGS:
        path = f"config/locales/{code}.yml"
        strings = yaml.safe_load(git_show(git, GL_COMMIT, path))[code]
        en = yaml.safe_load(git_show(git, GL_COMMIT, "config/locales/en.yml"))["en"]

        def t(key, params=""):
            node, ref = strings, en
            for part in key.split("."):
                node, ref = (node or {}).get(part), ref[part]
            if not node or (node == ref and len(re.findall(r"[A-Za-z]{2,}", ref)) >= 2):
                raise Untranslated(key)
            for name, var in re.findall(r"(\w+):\s*(@[\w.]+)", params):
                node = node.replace("%{" + name + "}", GL_VALUES[var])
            return node

        for name, subject in GL_MAILS:
            view = f"app/views/user_mailer/{name}.text.erb"
            src = re.sub(r"<%#.*?%>", "", git_show(git, GL_COMMIT, view), flags=re.S)
            try:
                lines = [t(subject)]
                for m in re.finditer(r"<%=\s*(?:t\('([\w.]+)'(.*?)\)|(@[\w.]+))\s*%>", src):
                    lines.append(t(m.group(1), m.group(2)) if m.group(1) else GL_VALUES[m.group(3)])
            except Untranslated:
                continue
            yield item(f"gl-{name}-{code}", lang, "\n".join(lines), "greenlight_email",
                       f"{GL_REPO}@{GL_COMMIT}:{view}, {path}", f"{GL_REPO}:{name}",
                       "every mail of user_mailer.rb but the English test mail (plain-text part)")


# --- Teedy (sismics/docs) ------------------------------------------------------------------------
TEEDY_REPO = "sismics/docs"
TEEDY_COMMIT = "17cf68f95a12792031266988f03f9cd861e4aa7a"  # master of 2026-02-09
TEEDY_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]  # no Spanish catalogue
TD = "https://docs.example.com"
# Both mail templates of docs-core/src/main/resources/email_template/ (EmailUtil: subject
# "<app name> - <subject>"; the layout's header is the app name): the strings each takes from
# messages_<lang>.properties, in order, and its link.
TEEDY_MAILS = [
    ("password_recovery", ["hello", "instruction1", "instruction2"], ("click_here", TD + "/#/passwordreset/5f2c9a0e1b7d4c3a")),
    ("route_step_validate", ["hello", "instruction1", "instruction2"], (None, TD + "/#/document/view/42")),
]


def teedy_items():
    from build_templates8 import properties
    git = os.environ["TEEDY_GIT"]
    en = properties(git_show(git, TEEDY_COMMIT, "docs-core/src/main/resources/messages.properties"))
    for code, lang in TEEDY_LANGS:
        path = f"docs-core/src/main/resources/messages_{code}.properties"
        raw = properties(git_show(git, TEEDY_COMMIT, path))
        strings = {k: v.encode("ascii", "backslashreplace").decode("unicode_escape") for k, v in raw.items()}
        for name, keys, (label, link) in TEEDY_MAILS:
            full = [f"email.template.{name}.{k}" for k in ["subject"] + keys + ([label] if label else [])]
            if any(k not in strings or strings[k] == en.get(k) for k in full):
                continue
            s = lambda k: strings[f"email.template.{name}.{k}"].replace("{0}", "alice")
            html = (f"<div>Demo Docs</div><h1>Demo Docs - {s('subject')}</h1>" + "".join(f"<p>{s(k)}</p>" for k in keys)
                    + f"<a href='{link}'>{s(label) if label else 'Demo'}</a>")
            text = f"Demo Docs - {s('subject')}\n" + tidy(html_to_text(html))
            yield item(f"teedy-{name}-{code}", lang, text, "teedy_email",
                       f"{TEEDY_REPO}@{TEEDY_COMMIT}:docs-core/src/main/resources/email_template/{name}/template.ftl, {path}",
                       f"{TEEDY_REPO}:{name}", "both mail templates")


# --- SQLE ----------------------------------------------------------------------------------------
SQLE_REPO = "actiontech/sqle"
SQLE_COMMIT = "549e2008587fe2da2eceac5cb969dfdd708a196f"  # main of 2026-08-21
SQLE_LOCALE = "sqle/locale/message_zh.go"  # Chinese is the default language: each message's `Other`
SQLE_NOTIFY = "sqle/notification/notification.go"
# Every workflow notice of WorkflowNotification (NotificationSubject, NotificationBody with one task
# and the global URL set): (name, subject message and its argument, the task line buildNotifyBody adds).
SQLE_NOTICES = [
    ("create", ("NotifyWorkflowNotifyTypeWaiting", "NotifyWorkflowStepTypeSQLAudit"), ("NotifyWorkflowBodyReport", ["90"])),
    ("approve", ("NotifyWorkflowNotifyTypeWaiting", "NotifyWorkflowStepTypeSQLExecute"), ("NotifyWorkflowBodyReport", ["90"])),
    ("reject", ("NotifyWorkflowNotifyTypeReject", None), ("NotifyWorkflowBodyReason", ["Demo"])),
    ("execute_success", ("NotifyWorkflowNotifyTypeExecuteSuccess", None),
     ("NotifyWorkflowBodyStartEnd", ["2026-11-27 10:00:00", "2026-11-27 10:05:00"])),
    ("execute_fail", ("NotifyWorkflowNotifyTypeExecuteFail", None),
     ("NotifyWorkflowBodyStartEnd", ["2026-11-27 10:00:00", "2026-11-27 10:05:00"])),
    ("complete", ("NotifyWorkflowNotifyTypeComplete", None), ("NotifyWorkflowBodyComplete", [])),
    ("cancel", ("NotifyWorkflowNotifyTypeCancel", None), ("NotifyWorkflowBodyCancel", [])),
]


def sqle_items():
    import ast
    git = os.environ["SQLE_GIT"]
    src = git_show(git, SQLE_COMMIT, SQLE_LOCALE)
    msgs = {name: ast.literal_eval(other) for name, other in
            re.findall(r'(\w+)\s*=\s*&i18n\.Message\{ID: "[^"]*", Other: ("(?:[^"\\]|\\.)*")\}', src)}
    notify = git_show(git, SQLE_COMMIT, SQLE_NOTIFY)
    assert "NotifyWorkflowBodyHead" in notify and "buildNotifyBody" in notify
    link = "https://sqle.example.com/project/700300/exec-workflow/1902"
    head = go_sprintf(msgs["NotifyWorkflowBodyHead"].replace("%v", "%s"),
                      ["Demo", "Demo", "1902", "Demo", "alice", "2026-11-27 10:00:00"])
    for name, (subject, arg), (line, args) in SQLE_NOTICES:
        subj = msgs[subject].replace("%v", "%s")
        subj = go_sprintf(subj, [msgs[arg]]) if arg else subj
        task = "\n".join([go_sprintf(msgs["NotifyWorkflowBodyInstanceAndSchema"].replace("%v", "%s"), ["Demo", "demo"]),
                          go_sprintf(msgs[line].replace("%v", "%s"), args)])
        body = "\n".join([head, go_sprintf(msgs["NotifyWorkflowBodyLink"].replace("%v", "%s"), [link]), "",
                          "────────────────", task])
        text = subj + "\n" + tidy(body)
        yield item(f"sqle-{name}-zh-Hans", "zh-Hans", text, "sqle_notice",
                   f"{SQLE_REPO}@{SQLE_COMMIT}:{SQLE_NOTIFY}, {SQLE_LOCALE}", f"{SQLE_REPO}:workflow_{name}",
                   "every workflow notice of notification.go")


def items():
    yield from dify_items()
    yield from forgejo_items()
    yield from spug_items()
    yield from formbricks_items()
    yield from hievents_items()
    yield from jpress_items()
    yield from greenlight_items()
    yield from teedy_items()
    yield from sqle_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
