#!/usr/bin/env python3
"""Rebuild the thirteenth batch of tests/data/real/ (issue 12): legitimate account, security and
ticket messages of help-desk products, in zh-Hans and zh-Hant (and es where the product translates
the message), never English: the corpus has enough English texts, and this batch is to raise the
Chinese share. English strings serve only to find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-13.sh   # or set the *_GIT variables below to bare git dirs of the repositories
    python3 scripts/real_corpus/build_templates9.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates9.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirteenth batch (templates)"):
  * zammad_email: Zammad (AGPL-3.0), over the fetch limit, so its mail templates
    app/views/mailer/<template>/<lang>.{html,txt}.erb in zh-cn, zh-tw and es were read through the
    file index, one stored version each (its commit in raw/zammad/SOURCES.tsv), and copied verbatim
    into scripts/real_corpus/raw/zammad/; every template of the mailer set (ZAMMAD_TEMPLATES) whose
    file is plain text with `#{...}` fields (the ticket notices, which have ERB control code and
    catalogue lookups, are left out); the first line is the subject.
  * znuny_notification: Znuny, the continuation of ((OTRS)) Community Edition (GPL-3.0), over the
    fetch limit, so the rows of table notification_event_message in es_MX and zh_CN (its only
    Chinese and Spanish rows; no zh_TW) of scripts/database/initial_insert.mysql.sql (stored version
    ZNUNY_COMMIT) were read through the file index and copied verbatim into
    scripts/real_corpus/raw/znuny/; every row: subject, then text.
  * hanko_email: Hanko (AGPL-3.0 outside its frontend packages, HANKO_GIT): every plain-text mail
    template of backend/mail/templates/ rendered with backend/mail/locales/*.zh-CN.yaml (its only
    Chinese catalogue; no Spanish one), under the `subject_<template>` subject the flow API sends.
  * oneapi_email: One API (MIT, ONEAPI_GIT): every mail its Go code wraps in message.EmailTemplate
    (e-mail verification code, password reset, quota reminders, channel disabled / re-enabled),
    written in Chinese in the code (its only language for them).
  * artalk_email: Artalk (a comment system, MIT, ARTALK_GIT): every mail it sends, its reply mail and
    the site owner's new-comment mail (internal/template/email_tpl/default.html under the subjects of
    conf/artalk.example.zh-CN.yml; both skipped, an English line) and its sign-in code mail (subject
    from the example config of each language, body from i18n/<lang>.yml) in zh-CN and zh-TW.
  * discourse_email_es: Discourse (GPL-2.0-or-later), the Spanish mails the tenth batch left out: the
    mail sections of config/locales/server.es.yml (stored version DISCOURSE_ES_COMMIT), read through the
    file index and copied verbatim into scripts/real_corpus/raw/discourse/server.es.yml, rendered by
    the tenth batch's build_templates6.discourse_items (every mapping with a subject_template).

Selection is mechanical: every template of each product's message set, one text per template and
language. A template is skipped in a language whose file lacks it or leaves a line in English
(build_templates6.english). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen` / `bob`, `Demo …` names, links on `*.example.com`, code 482913,
203.0.113.7, dates 2026-11-27 10:00); a value that code supplies from elsewhere is `Demo`. HTML tags
are dropped (a link keeps its label and address). Near-duplicates collapse within a product and
language (digits and white space ignored). Cut at 500 characters.

Split: the unit is one template of one product with all its languages (`<owner/repo>:<template>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates9.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates6 import english
from corpus import git_files, git_ls, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates9.tsv")
RAW = os.path.join(HERE, "raw")

# --- Zammad --------------------------------------------------------------------------------------
ZAMMAD_LANGS = [("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant"), ("es", "es")]
# The template folders of app/views/mailer/ found in the file index (it lists 100 files a call, so a
# folder was found by listing each name tried; with the two layouts and a README they hold 512 of
# the 579 files the index has there, so two or three folders were not found): the account and
# security mails, the postmaster's bounce, the sample ticket of a new system, the agents' ticket
# notices.
ZAMMAD_TEMPLATES = [
    "admin_password_auth", "email_oversized", "password_change", "password_reset", "signup",
    "signup_taken_reset", "user_invite", "user_device_new", "user_device_new_location", "test_ticket",
    "ticket_create", "ticket_update", "ticket_escalation", "ticket_escalation_warning",
    "ticket_reminder_reached", "ticket_update_merged_into", "ticket_update_received_merge",
]
ZM = "https://helpdesk.example.com"
ZAMMAD_TOKEN = "5f2c9a0e1b7d4c3a"
ZAMMAD_FILL = {
    "config.product_name": "Demo Helpdesk", "config.fqdn": "helpdesk.example.com",
    "config.http_type": "https", "config.postmaster_max_size": "10",
    "user.firstname": "Alice", "user.lastname": "Chen", "user.login": "alice",
    "current_user.firstname": "Bob", "current_user.lastname": "Demo",
    "token.name": ZAMMAD_TOKEN, "token.token": ZAMMAD_TOKEN,
    "user_device.created_at": "2026-11-27 10:00", "user_device.name": "Demo",
    "user_device.location": "Demo", "user_device.ip": "203.0.113.7",
    "mail.from_display_name": "Alice Chen", "mail.subject": "Demo", "mail.msg_size": "12",
    "recipient.firstname": "Alice", "agent.firstname": "Alice", "customer.fullname": "bob",
    "current_user.longname": "Bob Demo", "ticket.title": "Demo", "ticket.id": "42",
}
# `#{url}`, which newer versions of the mailer pass instead of writing the link into the template.
ZAMMAD_URL = {
    "admin_password_auth": f"{ZM}/#login/admin/{ZAMMAD_TOKEN}",
    "password_reset": f"{ZM}/#password_reset_verify/{ZAMMAD_TOKEN}",
    "signup_taken_reset": f"{ZM}/#password_reset_verify/{ZAMMAD_TOKEN}",
    "signup": f"{ZM}/#email_verify/{ZAMMAD_TOKEN}",
}


def zammad_sources():
    """{raw file: origin} from raw/zammad/SOURCES.tsv (the stored version each file was copied from)."""
    with open(os.path.join(RAW, "zammad", "SOURCES.tsv"), encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#")]
    return {r[0]: r[1] for r in rows}


def zammad_render(src, template):
    """A Zammad mail template as sent: `#{...}` fields filled, HTML tags dropped (a link keeps its
    label and address, once when the label is the address)."""
    fill = dict(ZAMMAD_FILL, url=ZAMMAD_URL.get(template, "Demo"))
    text = re.sub(r"#\{([\w.]+)\}", lambda m: fill.get(m.group(1), "Demo"), src)
    text = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>\1</a>", r"\1", text)
    return html_to_text(text)


def zammad_items():
    """Zammad (AGPL-3.0): every mail template of app/views/mailer/ in zh-cn, zh-tw and es (first
    line the subject). The ticket notices, whose files have ERB control code (`<% if %>`, loops over
    the changes) and catalogue lookups (`t('Group')`, the link label), are not rendered (left out)."""
    sources = zammad_sources()
    for code, lang in ZAMMAD_LANGS:
        seen = set()
        for template in ZAMMAD_TEMPLATES:
            name = next((p for p in (f"{template}/{code}.html.erb", f"{template}/{code}.txt.erb")
                         if p in sources), None)
            if name is None:
                continue
            with open(os.path.join(RAW, "zammad", name), encoding="utf-8") as f:
                src = f.read()
            if "<%" in src or re.search(r"\bt\(", src):
                continue
            if english(re.sub(r"#\{[^}]*\}|<[^>]+>", "", src), lang):
                continue
            text = zammad_render(src, template)
            if not is_new(seen, text):
                continue
            yield item(f"zmd-{code}-{template}", lang, text, "zammad_email",
                       f"{sources[name]} (copied to scripts/real_corpus/raw/zammad/{name})",
                       f"zammad/zammad:{template}", "all_mailer_templates")


# --- Znuny ---------------------------------------------------------------------------------------
ZNUNY_COMMIT = "dd5143b7052ea9fd8eae093b0405512f12bf7185"
ZNUNY_SQL = "scripts/database/initial_insert.mysql.sql"
ZNUNY_RAW = "notification_event_message.es_MX.zh_CN.sql"
ZNUNY_LANGS = {"es_MX": "es", "zh_CN": "zh-Hans"}
ZNUNY_ROW = re.compile(r"\((\d+), (\d+), '([^']*)', '(\w+)', '((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\);")
# notification_id -> a name for the event, after the English subject of the same notification_id
# in the same table (`en` rows 1-14).
ZNUNY_EVENTS = {
    1: "new-ticket", 2: "follow-up-unlocked", 3: "follow-up-locked", 4: "lock-timeout",
    5: "owner-update", 6: "responsible-update", 7: "add-note", 8: "queue-update",
    9: "pending-reminder-locked", 10: "pending-reminder-unlocked", 11: "escalation",
    12: "escalation-warning", 13: "service-update", 14: "appointment-reminder",
}
ZNUNY_FILL = {
    "NOTIFICATION_RECIPIENT_UserFirstname": "Alice", "NOTIFICATION_RECIPIENT_UserLastname": "Chen",
    "CONFIG_Ticket::Hook": "Ticket#", "CONFIG_Ticket::HookDivider": "",
    "TICKET_TicketNumber": "2026112710000042", "TICKET_TicketID": "42", "TICKET_Title": "Demo",
    "TICKET_Queue": "Demo", "TICKET_Service": "Demo", "CUSTOMER_REALNAME": "bob",
    "CUSTOMER_BODY": "Demo", "CUSTOMER_SUBJECT": "Demo", "AGENT_SUBJECT": "Demo", "AGENT_BODY": "Demo",
    "OWNER_UserFullname": "Alice Chen", "TICKET_OWNER_UserFullname": "Alice Chen",
    "RESPONSIBLE_UserFullname": "Alice Chen", "TICKET_RESPONSIBLE_UserFullname": "Alice Chen",
    "CURRENT_UserFullname": "bob", "TICKET_EscalationDestinationDate": "2026-11-27 10:00",
    "TICKET_EscalationDestinationIn": "2 h", "CONFIG_HttpType": "https",
    "CONFIG_FQDN": "helpdesk.example.com", "CONFIG_ScriptAlias": "otrs/",
    "CONFIG_NotificationSenderName": "Demo Notifications",
}


def znuny_fill(text):
    """A Znuny notification with its `<OTRS_…>` tags filled (unknown ones `Demo`)."""
    return re.sub(r"<OTRS_([\w:]+?)(?:\[\d+\])?>", lambda m: ZNUNY_FILL.get(m.group(1), "Demo"), text)


def znuny_items():
    """Znuny (GPL-3.0): every es_MX and zh_CN row of notification_event_message in its initial
    data, the agents' ticket notices (new ticket, follow-ups, lock timeout, owner, responsible,
    note, queue, pending reminders, escalation, escalation warning, service): subject, then text."""
    with open(os.path.join(RAW, "znuny", ZNUNY_RAW), encoding="utf-8") as f:
        sql = f.read()
    seen = {lang: set() for lang in ZNUNY_LANGS.values()}
    for row_id, notification, content_type, code, subject, body in ZNUNY_ROW.findall(sql):
        lang = ZNUNY_LANGS[code]
        unescape = lambda v: re.sub(r"\\(.)", r"\1", v)  # MySQL's `\;`
        subject, body = unescape(subject), unescape(body)
        if content_type == "text/html":
            body = html_to_text(body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))
        if english(subject, lang) or english(body, lang):
            continue
        text = znuny_fill(subject).strip() + "\n" + znuny_fill(body).strip()
        if not is_new(seen[lang], text):
            continue
        event = ZNUNY_EVENTS[int(notification)]
        yield item(f"znuny-{code}-{event}", lang, text, "znuny_notification",
                   f"github.com/znuny/Znuny@{ZNUNY_COMMIT[:12]}:{ZNUNY_SQL} (notification_event_message"
                   f" id {row_id}, copied to scripts/real_corpus/raw/znuny/{ZNUNY_RAW})",
                   f"znuny/Znuny:{event}", "all_notification_event_messages")


# --- Hanko --------------------------------------------------------------------------------------
HANKO_COMMIT = "f742d49643b2c3c7f13c7e13a49225771e4d793f"
HANKO_FILL = {"ServiceName": "Demo", "Code": "482913", "TTL": "5", "OldEmailAddress": "alice@example.com",
              "NewEmailAddress": "alice.chen@example.com", "DeletedEmailAddress": "alice@example.com"}


def hanko_items():
    """Hanko (an authentication server, AGPL-3.0): every plain-text template of backend/mail/templates/
    (`<name>.txt.tmpl`), its
    `{{t "key" .}}` calls taken from the zh-CN catalogues and `{{ .Field }}` filled, under the subject
    `subject_<name>` (flow_api/services/email.go). A template whose subject or strings the zh-CN
    catalogue lacks is skipped."""
    import yaml
    git_dir = os.environ["HANKO_GIT"]
    strings = {}
    for path in git_files(git_dir, HANKO_COMMIT):
        if path.startswith("backend/mail/locales/") and path.endswith(".zh-CN.yaml"):
            data = yaml.safe_load(git_show(git_dir, HANKO_COMMIT, path))
            strings.update({k: v["other"] for k, v in data.items()})
    fill = lambda t: re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: HANKO_FILL[m.group(1)], t)
    seen = set()
    for path in sorted(git_ls(git_dir, HANKO_COMMIT, "backend/mail/templates")):
        if not path.endswith(".txt.tmpl"):
            continue
        name = path[: -len(".txt.tmpl")]
        src = git_show(git_dir, HANKO_COMMIT, f"backend/mail/templates/{path}")
        keys = re.findall(r'\{\{t "(\w+)" \.\}\}', src) + [f"subject_{name}"]
        if any(k not in strings for k in keys) or any(english(strings[k], "zh-Hans") for k in keys):
            continue
        body = re.sub(r'\{\{t "(\w+)" \.\}\}', lambda m: strings[m.group(1)], src)
        text = fill(strings[f"subject_{name}"]).strip() + "\n" + fill(body).strip()
        if not is_new(seen, text):
            continue
        yield item(f"hanko-zh-{name}", "zh-Hans", text, "hanko_email",
                   f"github.com/teamhanko/hanko@{HANKO_COMMIT[:12]}:backend/mail/templates/{path}"
                   " with backend/mail/locales/*.zh-CN.yaml", f"teamhanko/hanko:{name}", "all_email_templates")


# --- One API ------------------------------------------------------------------------------------
ONEAPI_COMMIT = "8df4a2670b98266bd287c698243fff327d9748cf"
ONEAPI_LINK = "https://api.example.com/user/reset?email=alice@example.com&token=5f2c9a0e1b7d4c3a"
# Every message.EmailTemplate call: (file, function, the subject as the code builds it, the values of
# the body's Sprintf arguments in order). model/token.go's quota reminder has two wordings
# (contentText), one text each. The two message.Notify(message.ByAll, …) calls in
# controller/channel-test.go send nothing (Notify returns "unknown notify method" for ByAll).
ONEAPI_MAILS = [
    ("email-verification", "controller/misc.go", "func SendEmailVerification", "One API 邮箱验证邮件",
     ("One API", "482913", 10)),
    ("password-reset", "controller/misc.go", "func SendPasswordResetEmail", "One API 密码重置",
     ("One API", ONEAPI_LINK, ONEAPI_LINK, 10)),
    ("quota-used-up", "model/token.go", "quotaTooLow :=", "额度提醒",
     ("您的额度已用尽", 0, "https://api.example.com/topup", "https://api.example.com/topup")),
    ("quota-low", "model/token.go", "quotaTooLow :=", "额度提醒",
     ("您的额度即将用尽", 900, "https://api.example.com/topup", "https://api.example.com/topup")),
    ("channel-disabled", "monitor/channel.go", "func DisableChannel", "渠道状态变更提醒",
     ("Demo", 42, "Demo")),
    ("channel-disabled-metric", "monitor/channel.go", "func MetricDisableChannel", "渠道状态变更提醒",
     (42, 10, 60.0, 80.0)),
    ("channel-enabled", "monitor/channel.go", "func EnableChannel", "渠道状态变更提醒", ("Demo", 42)),
]


def oneapi_items():
    """One API (an API gateway for language models, MIT): every mail of ONEAPI_MAILS: the body
    template (the first backquoted Sprintf format after the marker in the file) formatted with the
    listed values (Go's %s/%d/%.2f/%% verbs, which Python's % operator reads alike), wrapped by
    common/message/template.go's EmailTemplate (title, body, "sent automatically" line, site name),
    after the subject."""
    from build_templates import html_to_text
    git_dir = os.environ["ONEAPI_GIT"]
    frame = re.search(r"fmt\.Sprintf\(`(.*?)`", git_show(git_dir, ONEAPI_COMMIT, "common/message/template.go"),
                      flags=re.S).group(1)
    seen = set()
    for name, path, marker, subject, values in ONEAPI_MAILS:
        src = git_show(git_dir, ONEAPI_COMMIT, path)
        body = re.search(r"fmt\.Sprintf\(`(.*?)`", src[src.index(marker):], flags=re.S).group(1)
        page = frame % (subject, body % values, "One API")
        text = subject + "\n" + html_to_text(re.sub(r"<head>.*?</head>", "", page, flags=re.S))
        if not is_new(seen, text):
            continue
        yield item(f"oneapi-zh-{name}", "zh-Hans", text, "oneapi_email",
                   f"github.com/songquanpeng/one-api@{ONEAPI_COMMIT[:12]}:{path} (with common/message/template.go)",
                   f"songquanpeng/one-api:{name}", "all_email_templates")


# --- Artalk -------------------------------------------------------------------------------------
ARTALK_COMMIT = "d25beede911d59a571382c6821cb8e7a7c27850a"
ARTALK_FILL = {"site_name": "Demo Blog", "site_url": "https://blog.example.com", "nick": "alice",
               "page_title": "Demo", "reply_nick": "bob", "reply_content": "Nice post.",
               "link_to_reply": "https://blog.example.com/posts/demo#atk-comment-42", "code": "482913"}
ARTALK_CODE_BODY = ("Your code is: {{code}}. Use it to verify your email and sign in Artalk. If you didn't "
                    "request this, simply ignore this message.")


def artalk_items():
    """Artalk (MIT): the comment mails (reply to a commenter; new comment to the site owner, whose mail
    falls back to the same template), rendered from email_tpl/default.html under the subjects of
    conf/artalk.example.zh-CN.yml (the template is simplified Chinese only, so zh-Hans only), and the
    e-mail sign-in code mail in zh-CN and zh-TW: the example config's verify_subject, the i18n body.
    (The two comment mails end in the English line "Powered By Artalk Go", so the untranslated-line
    check skips them.) The IM push template (notify_tpl) is a language-neutral frame around the comment and is not taken."""
    import yaml
    from build_templates import html_to_text
    git_dir = os.environ["ARTALK_GIT"]
    fill = lambda t: re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: ARTALK_FILL[m.group(1)], t)
    page = git_show(git_dir, ARTALK_COMMIT, "internal/template/email_tpl/default.html")
    body = html_to_text(re.sub(r"<style.*?</style>", "", fill(page), flags=re.S))
    for code, lang in [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]:
        conf = yaml.safe_load(git_show(git_dir, ARTALK_COMMIT, f"conf/artalk.example.{code}.yml"))
        i18n = yaml.safe_load(git_show(git_dir, ARTALK_COMMIT, f"i18n/{code}.yml"))
        mails = []
        if lang == "zh-Hans":
            mails += [("reply", conf["email"]["mail_subject"], body),
                      ("admin-new-comment", conf["admin_notify"]["email"]["mail_subject"], body)]
        mails.append(("signin-code", conf["auth"]["email"]["verify_subject"], fill(i18n[ARTALK_CODE_BODY])))
        for name, subject, text in mails:
            if english(subject, lang) or english(text, lang):
                continue
            yield item(f"artalk-{code}-{name}", lang, fill(subject) + "\n" + text, "artalk_email",
                       f"github.com/ArtalkJS/Artalk@{ARTALK_COMMIT[:12]}:conf/artalk.example.{code}.yml"
                       + (" with i18n/" + code + ".yml" if name == "signin-code"
                          else " with internal/template/email_tpl/default.html"),
                       f"ArtalkJS/Artalk:{name}", "all_email_templates")


# --- Discourse, Spanish ------------------------------------------------------------------------------
DISCOURSE_ES_COMMIT = "0cebcccd3721a9d43023402b10e88297b0f365fc"


def discourse_es_items():
    """Discourse's Spanish mails, selected, filled and rendered exactly as the tenth batch's Chinese
    ones (build_templates6.discourse_items), under their own source name."""
    from build_templates6 import discourse_items
    yield from discourse_items([("es", "es", DISCOURSE_ES_COMMIT)], "discourse_email_es")


def items():
    yield from zammad_items()
    yield from znuny_items()
    yield from hanko_items()
    yield from oneapi_items()
    yield from artalk_items()
    yield from discourse_es_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
