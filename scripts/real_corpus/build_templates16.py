#!/usr/bin/env python3
"""Rebuild the twentieth batch of tests/data/real/ (issue 12): legitimate notices that operations
products send to their users (alarm, recovery, acknowledgement and assignment notices by SMS, voice
call, mail and chat, self-healing action results and approval tickets, incident notices, alarm
masking notices, duty-roster mails, log-export mails, permission-expiry reminders and permission
application results, account-opening, password-expiry and verification-code mails, CMDB, patch and
report notices, a job-failure alarm mail) of products not yet in the corpus, in zh-Hans and zh-Hant
only, never English: English strings serve only to find the templates and to tell an untranslated
string.

Usage:
    . /work/rebuild-20.sh   # sets BKMONITOR_GIT, BKIAM_GIT, XXLJOB_GIT, BKLITE_GIT, BKAUDIT_GIT,
                            # BKHCM_GIT, BKAPIGW_GIT, GSEKIT_GIT and BKFLOW_GIT (bare git dirs)
                            # and BLUEAPPS_DIR (an unpacked sdist); needs jinja2, polib, PyYAML
    python3 scripts/real_corpus/build_templates16.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates16.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twentieth batch (templates)"), each read at a pinned
commit with `git show <commit>:<path>` from a bare git dir fetched whole:
  * bkmonitor_notice: Tencent BlueKing Monitor (TencentBlueKing/bk-monitor, MIT, BKMONITOR_COMMIT),
    every channel template `<way>_content.jinja` of `bkmonitor/templates/notice/<event>/<kind>/`,
    `notice/fta_action/`, `notice/incident/` and `notice/shield/` whose text does not wrap the alarm
    strategy's own content (`user_content`), with its title template, and the two duty-roster
    templates of `bkmonitor/templates/duty/`; Jinja2, rendered with jinja2 (gettext: the Chinese
    source strings are the zh-Hans text);
  * bklog_notice: Tencent BlueKing Log (the `bklog/` part of the same repository), the two
    log-export mails (`bklog/templates/email_template/email_template{,_err}.html`) under the titles
    the export task gives them, and the archive-restore notice of `log_databus/models.py`;
  * bkiam_notice: Tencent BlueKing IAM SaaS (TencentBlueKing/bk-iam-saas, MIT, BKIAM_COMMIT), the
    four templates of `saas/resources/templates/` (two expiry mails, two approval-bot summaries)
    under the subjects and titles the tasks give them;
  * xxljob_email: XXL-JOB (xuxueli/xxl-job, GPL-3.0, XXLJOB_COMMIT), the job-failure alarm mail of
    `EmailJobAlarm.java`, with `i18n/message_{zh_CN,zh_TC}.properties`;
  * bklite_notice: BlueKing Lite (TencentBlueKing/bk-lite, MIT, BKLITE_COMMIT), every message its
    server builds for a user (BKLITE_MESSAGES: one per function that formats a title and content
    and hands them to a mail or channel sender), ported from the code as it formats them, the
    verification-code mail with `console_mgmt/language/zh-Hans.yaml`;
  * bkaudit_notice: BlueKing Audit Center (TencentBlueKing/bk-audit, MIT, BKAUDIT_COMMIT), the risk
    and log-export builders of `apps/notice/builders/` in the default mail template, with
    `locale/zh_CN/LC_MESSAGES/django.po`;
  * bkhcm_notice: BlueKing HCM (TencentBlueKing/bk-hcm, MIT, BKHCM_COMMIT), its two mails (the
    second-account verification code, the account-created notice), Go format strings;
  * bkapigw_notice: BlueKing API Gateway (TencentBlueKing/blueking-apigateway, MIT, BKAPIGW_COMMIT),
    the four mail templates the dashboard's tasks render (bkapigw_messages);
  * blueapps_sms: blueapps, the BlueKing SaaS framework (PyPI sdist 4.17.4, LGPL-3.0, BLUEAPPS_DIR:
    the unpacked sdist), its one message: the verification-code SMS of `account/models.py`;
  * gsekit_notice: BlueKing GSEKit (TencentBlueKing/bk-process-config-manager, MIT, GSEKIT_COMMIT),
    its one mail (the job-result notice of `notification_maker.py`); bkflow_notice: BlueKing BKFlow
    (TencentBlueKing/BKFlow, MIT, BKFLOW_COMMIT), the default task notice of `task/utils.py` (node
    failed, task finished).

Selection: every template of each set (the rule of each function); a template is skipped in a
language whose catalogue lacks one of its strings or leaves a line in English (`untranslated_lines`
against the English catalogue). Values: `alice` / `Alice Chen` / `bob`, `Demo …` names, links on
`*.example.com`, the code 482913, `203.0.113.7`, 2026-11-27 10:00, the password `Tq7m-Wz4k-Rb9x`
where a message supplies one. HTML tags, styles and the head dropped (a link keeps its label and
address, once where they are the same); markdown emphasis and quote marks dropped, a markdown link
reduced to `label url`. Near-duplicates collapse within a product and language. Cut at 500
characters.

Split: `corpus.hashed_split` on `<owner/repo>:<template>`, all languages of one template on one side.
"""

import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates16.tsv")
SELECTION = "templates16"

WHEN = "2026-11-27 10:00:00"


def strip_frame(html):
    """An HTML mail without its head, styles, scripts, comments and images (frames, not text)."""
    html = re.sub(r"<head\b.*?</head>|<style\b.*?</style>|<script\b.*?</script>|<!--.*?-->", "", html,
                  flags=re.S | re.I)
    html = re.sub(r"<img\b[^>]*>|<!DOCTYPE[^>]*>", "", html, flags=re.I)
    html = re.sub(r"</(tr|h\d|li|section|label)>", "\n", html, flags=re.I)
    html = re.sub(r"</t[dh]>", " ", html, flags=re.I)
    html = re.sub(r"<a\s+", "<a ", html)
    # a link's label spread over lines is one line
    html = re.sub(r"(<a [^>]*>)\s*(.*?)\s*(</a>)", lambda m: m.group(1) + re.sub(r"\s+", " ", m.group(2)) +
                  m.group(3), html, flags=re.S)
    # a link whose label is its address keeps it once
    return re.sub(r"<a [^>]*href=[\"']([^\"']+)[\"'][^>]*>\s*\1\s*</a>", r"\1", html)


def markdown_to_text(text):
    """Markdown emphasis, code marks and quote marks dropped; `[label](url)` becomes `label url`."""
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 \2", text)
    text = text.replace("**", "").replace("`", "")
    text = re.sub(r"^\s*(?:>|---|#+)\s?", "", text, flags=re.M)
    return text


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


def render_jinja(src, ctx):
    import jinja2
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False,
                             extensions=["jinja2.ext.do"])
    env.globals["gettext"] = lambda s, **kw: s % kw if kw else s
    return env.from_string(src).render(**ctx)


def notice_unit(unit):
    """The split unit of a message: the notice, not its channel or branch. A product that sends one
    notice through several channels (mail, SMS, voice, chat) or two branches of one builder shares
    most of the text between them, so they stay on one side (as the twelfth batch did for BK-ITSM,
    BK-User, BK-JOB and BK-CI)."""
    for prefix, notice in SPLIT_NOTICE:
        if unit.startswith(prefix):
            return notice
    return unit


# (prefix of a message's unit, the notice it belongs to); first match wins
SPLIT_NOTICE = [
    # bk-monitor: `<event>/<kind>/<way>` -> `<event>` (one alarm or a summary of several, by any
    # channel); the self-healing approval ticket is its own message
    ("fta_action/itsm_ticket", "fta_action/itsm_ticket"), ("fta_action/", "fta_action"),
    ("incident/", "incident"), ("shield/", "shield"),
] + [(f"{e}/", e) for e in ("abnormal", "recovered", "closed", "ack", "assign")] + [
    # bk-iam-saas: the expiry mail and the bot summary of one reminder
    ("user_expired_", "user_expired"), ("group_expired_", "group_expired"),
    # blueking-apigateway: both branches of the application-result mail
    ("perm_handle_", "perm_handle"),
    # bk-lite: both branches of the password-expiry mail, of the report mail, and the alert
    # center's built-in notice with its recovery copy
    ("system_mgmt/password_expir", "system_mgmt/password_expiry"),
    ("operation_analysis/report_", "operation_analysis/report"),
    ("alerts/assigned", "alerts/builtin"), ("alerts/recovery", "alerts/builtin"),
    # bk-audit: the risk builder's two titles
    ("risk_", "risk"),
]


class Obj(dict):
    """A dict whose keys read as attributes too (`alarm.detail_url` in a template)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


def obj(**kw):
    return Obj(kw)


# --- Tencent BlueKing Monitor --------------------------------------------------------------------
BKMONITOR_COMMIT = "9675194285ee498c19ad46296901366d3654a738"
BKMONITOR_REPO = "TencentBlueKing/bk-monitor"
MON = "https://monitor.example.com"
NOTICE_EVENTS = ["abnormal", "recovered", "closed", "ack", "assign"]
# SMS and voice calls carry the content only; the other channels send the title template of the
# channel (`<way>_title.jinja`) or else the default title (`default_title.jinja`).
NO_TITLE = {"sms", "voice"}


def bkmonitor_context(kind, unit):
    """The fixed values of a notice's context; `kind` is `action` (one alarm) or `converge`
    (a summary of three); incident, masking and duty notices read a few names differently."""
    count = 1 if kind == "action" else 3
    ack_title = ("alice已确认告警【Demo CPU 使用率】" if count == 1
                 else "alice已确认【Demo CPU 使用率】等3个告警")
    detail = MON + "/?bizId=2#/event-center/detail/1764237600201"
    action_detail = MON + "/?bizId=2#/event-center/action-detail/17642376001024"
    rows = [("套餐名称", "Demo 套餐"), ("套餐类型", "HTTP回调"), ("负责人", "alice"),
            ("开始时间", WHEN), ("结束时间", "2026-11-27 10:01:00"), ("执行时长", "1m"),
            ("执行状态", "成功"), ("具体内容", "Demo"), ("处理链接", action_detail)]
    operate = "".join(f"<tr><td>{t}: </td><td>{v}</td></tr>" for t, v in rows)
    ctx = {
        "notice_title": "蓝鲸监控",
        "business": obj(bk_biz_name="Demo", bk_biz_id=2),
        "alert": obj(alert_name="Demo CPU 使用率"),
        "strategy": obj(name="Demo CPU 使用率"),
        "level_name": "致命",
        "level": obj(level_name="致命"),
        "alarm": obj(collect_count=count, ack_title=ack_title, detail_url=detail, time=WHEN),
        "user_title": "Demo - Demo CPU 使用率 发生告警",
        "action": obj(name="Demo 套餐", notice_status="成功"),
        "action_instance": obj(
            name="Demo 套餐", plugin_type_name="HTTP回调", assignees="alice",
            operate_target_string="203.0.113.7", start_time=WHEN, end_time="2026-11-27 10:01:00",
            duration_string="1m", status_display="成功", opt_content="Demo",
            opt_content_markdown="Demo", detail_url=action_detail, action_id="17642376001024",
            converged_description="Demo", notice_status_color="#2DCB56", defensed_alerts_info=[]),
        "alerts_info": [obj(id="1764237600201", name="Demo CPU 使用率", target="203.0.113.7",
                            dimension="Demo", current_value="95%")],
        "operate_content": operate,
        # incident notices
        "title": "【蓝鲸监控】故障通知", "subtitle": "", "incident_id": "1024",
        "incident_name": "Demo 故障", "incident_reason": "Demo", "business_name": "Demo",
        "status": "异常", "duration": "1h", "number": 3, "assignees": "alice",
        "url": MON + "/?bizId=2#/trace/incident/detail/1024", "process_url": "",
        "notify_time": WHEN,
        # masking notices (start)
        "shield_id": 42, "start_time": "10:00", "notice_type": "开始", "category_name": "策略屏蔽",
        "cycle_duration": "单次(2026-11-27 10:00:00 ~ 2026-11-27 12:00:00)",
        "shield_content": "Demo CPU 使用率", "description": "Demo",
        # duty roster
        "group_name": "Demo 告警组", "days": 7,
        "plan_content": "2026-11-27 10:00 -- 2026-11-28 10:00  alice(Alice Chen)",
        "notice_way": "", "mentioned_users": [],
    }
    if unit.startswith("incident/"):
        ctx["level"] = "致命"
    if unit.startswith("duty/"):
        ctx["start_time"] = "2026-11-27 10:00"
    return ctx


def bkmonitor_messages(git_dir):
    """(unit, title path or None, content path or None, context kind, fixed title) of every message."""
    files = set(git_files(git_dir, BKMONITOR_COMMIT))
    base = "bkmonitor/templates/notice"
    dirs = [(f"{event}/{kind}", kind) for event in NOTICE_EVENTS for kind in ("action", "converge")]
    dirs += [("fta_action", "action"), ("incident", "action"), ("shield", "action")]
    for d, kind in dirs:
        folder = f"{base}/{d}"
        for path in sorted(f for f in files if f.startswith(folder + "/")):
            m = re.fullmatch(re.escape(folder) + r"/([a-z_]+)_content\.jinja", path)
            if not m or m.group(1).endswith("_en"):
                continue
            way = m.group(1)
            if "user_content" in git_show(git_dir, BKMONITOR_COMMIT, path):
                continue  # a frame around the strategy's own alarm content
            title = None
            if way == "itsm_ticket":
                # the approval ticket's title is set in code (fta_action/__init__.py)
                yield f"{d}/{way}", None, path, kind, "[告警异常防御审批]:是否继续执行套餐【Demo 套餐】"
                continue
            if way not in NO_TITLE:
                for cand in (f"{folder}/{way}_title.jinja", f"{folder}/default_title.jinja"):
                    if cand in files:
                        title = cand
                        break
            yield f"{d}/{way}", title, path, kind, None
    yield "duty/personal", "bkmonitor/templates/duty/mail_title.jinja", \
        "bkmonitor/templates/duty/personal_content.jinja", "action", None
    yield "duty/plan", None, "bkmonitor/templates/duty/plan_content.jinja", "action", None


def to_text(rendered, path):
    if path.endswith(".html") or "<td" in rendered or "<div" in rendered or "<p" in rendered:
        return html_to_text(strip_frame(rendered))
    return markdown_to_text(rendered)


def bkmonitor_items():
    git_dir = os.environ["BKMONITOR_GIT"]
    seen = set()
    for unit, title_path, content_path, kind, fixed_title in bkmonitor_messages(git_dir):
        ctx = bkmonitor_context(kind, unit)
        if unit.endswith("/markdown"):
            ctx["notice_way"] = "markdown"
        parts = []
        if fixed_title:
            parts.append(fixed_title)
        if title_path:
            parts.append(tidy(to_text(render_jinja(git_show(git_dir, BKMONITOR_COMMIT, title_path), ctx),
                                      title_path)))
        body = tidy(to_text(render_jinja(git_show(git_dir, BKMONITOR_COMMIT, content_path), ctx),
                            content_path))
        # a body that repeats the title as its first line (incident, shield) keeps it once
        if parts and body.split("\n", 1)[0] == parts[-1]:
            parts.pop()
        text = "\n".join(parts + [body])
        if not is_new(seen, text):
            continue
        origin = f"github.com/{BKMONITOR_REPO}@{BKMONITOR_COMMIT[:12]}:" + \
            ",".join(p for p in (title_path, content_path) if p)
        yield item(f"bkmon-{unit.replace('/', '-')}-zh-Hans", "zh-Hans", text, "bkmonitor_notice",
                   origin, f"{BKMONITOR_REPO}:{notice_unit(unit)}", SELECTION)


# --- Tencent BlueKing Log (bklog/ of the bk-monitor repository) -----------------------------------
BKLOG_MAILS = [
    # (unit, template, title the export task formats: 【{platform}】{index_set_name} 检索导出[失败])
    ("export", "bklog/templates/email_template/email_template.html", "【{platform}】{index_set_name} 检索导出"),
    ("export_err", "bklog/templates/email_template/email_template_err.html",
     "【{platform}】{index_set_name} 检索导出失败"),
]
LOG = "https://log.example.com"


def bklog_items():
    git_dir = os.environ["BKMONITOR_GIT"]
    platform = "蓝鲸日志平台"  # EMAIL_TITLE.zh of bklog/prod.env.yml
    ctx = {"file": obj(
        platform=platform, created_at=WHEN, index_set_name="Demo 索引集", index="2_bklog_demo",
        create_by="alice", size=12, request_param='{"keyword": "error"}',
        search_url=LOG + "/#/retrieve/42?bizId=2",
        download_url=LOG + "/api/v1/search/index_set/download/?task_id=1024")}
    for unit, path, title in BKLOG_MAILS:
        body = tidy(html_to_text(strip_frame(render_jinja(git_show(git_dir, BKMONITOR_COMMIT, path), ctx))))
        text = title.format(platform=platform, index_set_name="Demo 索引集") + "\n" + body
        yield item(f"bklog-{unit}-zh-Hans", "zh-Hans", text, "bklog_notice",
                   f"github.com/{BKMONITOR_REPO}@{BKMONITOR_COMMIT[:12]}:{path},"
                   "bklog/apps/log_search/tasks/async_export.py", f"{BKMONITOR_REPO}:bklog/{unit}",
                   SELECTION)
    # log_databus/models.py `RestoreConfig.done`: the archive-restore notice (mail and WeChat)
    yield item("bklog-restore_done-zh-Hans", "zh-Hans", "【日志平台】\n你创建的归档回溯已经完成", "bklog_notice",
               f"github.com/{BKMONITOR_REPO}@{BKMONITOR_COMMIT[:12]}:bklog/apps/log_databus/models.py",
               f"{BKMONITOR_REPO}:bklog/restore_done", SELECTION)


# --- Tencent BlueKing IAM SaaS -------------------------------------------------------------------
BKIAM_COMMIT = "1605dc3cdbacab2eb03e59e7fd138c822556df02"
BKIAM_REPO = "TencentBlueKing/bk-iam-saas"
IAM = "https://iam.example.com"
BKIAM_MESSAGES = [
    # (unit, template, title as the task sends it: mail subject or the bot card's title)
    ("user_expired_mail", "user_expired_mail.html", "【蓝鲸权限中心】权限续期提醒"),
    ("group_expired_mail", "group_expired_mail.html", "【蓝鲸权限中心】用户组成员续期提醒"),
    ("user_expired_rtx", "user_expired_rtx.tpl", "【蓝鲸权限中心】权限续期提醒"),
    ("group_expired_rtx", "group_expired_rtx.tpl", "【蓝鲸权限中心】用户组成员续期提醒"),
]


def bkiam_items():
    git_dir = os.environ["BKIAM_GIT"]
    role = obj(name="Demo 分级管理员", type="grade_manager", get_type_display="分级管理员")
    group = obj(name="Demo 运维组", get_role_name="Demo 分级管理员", description="Demo",
                expired_at_display="3天后过期", subject_name="bob", subject_id="bob")
    policy = obj(action=obj(name="Demo 查看"), gen_resource_summary="Demo", system=obj(name="Demo 系统"),
                 expired_display="3天后过期")
    ctx = {"user": obj(username="alice", display_name="Alice Chen"), "role": role,
           "groups": [group], "policies": [policy], "index_url": IAM + "/",
           "url": IAM + "/perm-renewal?tab=group&source=notification"}
    for unit, name, title in BKIAM_MESSAGES:
        src = git_show(git_dir, BKIAM_COMMIT, f"saas/resources/templates/{name}")
        src = re.sub(r'{%\s*now\s+"[^"]*"\s*%}', WHEN, src)  # Django's {% now %}: the fixed date
        c = dict(ctx)
        if unit == "group_expired_mail":
            c["url"] = IAM + "/group-perm-renewal?source=notification&current_role_id=7&role_type=grade_manager"
        body = render_jinja(src, c)
        body = html_to_text(strip_frame(body)) if name.endswith(".html") else markdown_to_text(body)
        text = title + "\n" + tidy(body)
        task = "user" if unit.startswith("user") else "role"
        yield item(f"bkiam-{unit}-zh-Hans", "zh-Hans", text, "bkiam_notice",
                   f"github.com/{BKIAM_REPO}@{BKIAM_COMMIT[:12]}:saas/resources/templates/{name},"
                   f"saas/backend/apps/{task}/tasks.py", f"{BKIAM_REPO}:{notice_unit(unit)}", SELECTION)


# --- XXL-JOB -------------------------------------------------------------------------------------
XXLJOB_COMMIT = "128dd678962b8918b9abf2e82928818b0072ac50"
XXLJOB_REPO = "xuxueli/xxl-job"
XXLJOB_LANGS = [("zh_CN", "zh-Hans"), ("zh_TC", "zh-Hant")]
XXLJOB_DIR = "xxl-job-admin/src/main/resources/i18n"
XXLJOB_JAVA = ("xxl-job-admin/src/main/java/com/xxl/job/admin/business/scheduler/alarm/impl/"
               "EmailJobAlarm.java")


def properties(src):
    out = {}
    for line in src.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def xxljob_mail(p, content="Alarm Job LogId=1024<br>HandleCode=Demo"):
    """The alarm mail as EmailJobAlarm builds it: subject `jobconf_monitor`, then the body template
    (`loadEmailJobAlarmTemplate`) formatted with the group, job id, job name and alarm content (a
    run whose trigger succeeded and whose handler failed: "Alarm Job LogId=…<br>HandleCode=…")."""
    body = ("<h5>" + p["jobconf_monitor_detail"] + "：</span>"
            "<table><thead><tr>"
            "<td>" + p["jobinfo_field_jobgroup"] + "</td>\n"
            "<td>" + p["jobinfo_field_id"] + "</td>\n"
            "<td>" + p["jobinfo_field_jobdesc"] + "</td>\n"
            "<td>" + p["jobconf_monitor_alarm_title"] + "</td>\n"
            "<td>" + p["jobconf_monitor_alarm_content"] + "</td>\n"
            "</tr></thead><tbody><tr>"
            "<td>{0}</td>\n<td>{1}</td>\n<td>{2}</td>\n"
            "<td>" + p["jobconf_monitor_alarm_type"] + "</td>\n"
            "<td>{3}</td>\n</tr></tbody></table>")
    body = body.replace("{0}", "Demo").replace("{1}", "42").replace("{2}", "Demo")
    body = body.replace("{3}", content)
    body = re.sub(r"</tr>|</thead>", "\n", body)
    return p["jobconf_monitor"] + "\n" + tidy(html_to_text(body))


def xxljob_items():
    git_dir = os.environ["XXLJOB_GIT"]
    # the untranslated check compares the catalogue's strings only (the alarm content is a code
    # literal, the same in every language)
    en = xxljob_mail(properties(git_show(git_dir, XXLJOB_COMMIT, f"{XXLJOB_DIR}/message_en.properties")), "")
    seen = set()
    for code, lang in XXLJOB_LANGS:
        p = properties(git_show(git_dir, XXLJOB_COMMIT, f"{XXLJOB_DIR}/message_{code}.properties"))
        text = xxljob_mail(p)
        if untranslated_lines(xxljob_mail(p, ""), en) or not is_new(seen, text):
            continue
        yield item(f"xxljob-alarm-{lang}", lang, text, "xxljob_email",
                   f"github.com/{XXLJOB_REPO}@{XXLJOB_COMMIT[:12]}:{XXLJOB_JAVA},"
                   f"{XXLJOB_DIR}/message_{code}.properties", f"{XXLJOB_REPO}:alarm", SELECTION)



# --- Tencent BlueKing Lite -----------------------------------------------------------------------
BKLITE_COMMIT = "9fcbd6f815ec97025b4eb8aeb4737fc67a7862de"
BKLITE_REPO = "TencentBlueKing/bk-lite"
LITE = "https://lite.example.com"
PASSWORD = "Tq7m-Wz4k-Rb9x"
CODE = "482913"


def bklite_verification_code(lang_yaml):
    """console_mgmt/views.py `send_email_code`: the catalogue's `email.*` strings in its HTML."""
    e = lang_yaml["email"]
    title = e["verification_code_title"]
    content = (f"<html><body><h2>{title}</h2>"
               f"<p>{e['verification_code_body']}: <strong>{CODE}</strong></p>"
               f"<p>{e['verification_code_validity']}</p><p>{e['verification_code_ignore']}</p></body></html>")
    return title, content


def bklite_initial_password():
    """system_mgmt/services/password_init_email.py `_email_content` under its subject."""
    return "BK-Lite 账号开通通知", (
        "<p>您好：</p>"
        "<p>您的 BK-Lite 账号已由管理员开通，账号信息如下：</p>"
        f"<p><strong>用户名：</strong>alice</p>"
        f"<p><strong>初始密码：</strong>{PASSWORD}</p>"
        "<p>请使用以上初始密码登录，并在首次登录后立即修改密码。</p>"
        "<p><strong>安全提醒：</strong>请勿转发、截图或长期保存本邮件；如非本人操作，请联系管理员。</p>"
        "<p>此致<br>BK-Lite 平台</p>")


def bklite_password_expiry(days_left):
    """system_mgmt/tasks.py `check_password_expiry_and_notify`, both branches."""
    if days_left > 0:
        return "密码即将过期提醒", (f"<p>尊敬的 Alice Chen：</p><p>您的密码将在 <b>{days_left}</b> 天后过期，"
                              "请尽快修改密码。</p>")
    return "密码已过期提醒", "<p>尊敬的 Alice Chen：</p><p>您的密码已过期，请立即修改密码。</p>"


def bklite_monitor_alert(action):
    """monitor/services/alert_lifecycle_notify.py `_build_title` and `_build_content`."""
    label = {"created": "告警产生", "upgraded": "告警升级", "closed": "告警关闭",
             "recovered": "告警恢复"}[action]
    title = f"{label}：Demo"
    parts = ["告警内容：Demo", "资源：203.0.113.7", "级别：critical"]
    if action == "upgraded":
        parts.append("状态：告警级别已升级")
    elif action == "closed":
        parts += ["操作人：alice", "原因：Demo"]
    elif action == "recovered":
        parts.append("状态：已自动恢复")
    parts.append(f"开始时间：{WHEN}")
    return title, "\n".join(parts)


def bklite_log_alert():
    """log/tasks/services/policy_scan.py `_format_notice_content`."""
    url = f"{LITE}/log/event/alert"
    return "【日志告警通知】", "\n".join([
        f"时间：{WHEN}", "告警内容：Demo", "策略名称：Demo", f'查看告警详情：<a href="{url}">点击查看详情</a>'])


CMDB_TRIGGERS = {
    # trigger type: (display of TRIGGER_TYPE_CHOICES, title suffix of `_build_title`, change summary
    # as the detector of subscription_trigger.py writes it, after `_format_change_summary`)
    "attribute_change": ("属性变化", "属性变化", "字段变化: ip_addr: 203.0.113.7 → 203.0.113.8"),
    "relation_change": ("关联变化", "关联对象变化", "关联模型[Demo]变化: 新增关联: [demo-app]"),
    "expiration": ("临近到期", "临近到期提醒", "字段 expire_time 将在 7 天后到期（2026-12-04）"),
    "instance_added": ("实例新增", "出现新增实例", "+ demo-host"),
    "instance_deleted": ("实例删除", "已删除", "- demo-host"),
    "config_file": ("配置文件", "配置文件关联", "检测到配置采集任务采集到配置文件"),
}


def bklite_cmdb(trigger):
    """cmdb/services/subscription_task.py `_build_notification_content` for one instance."""
    display, suffix, summary = CMDB_TRIGGERS[trigger]
    title = f"Demo {suffix}" if trigger == "instance_added" else f"Demo demo-host {suffix}"
    lines = ["模型：Demo", "实例：demo-host", f"触发类型：{display}",
             (f"到期信息：{summary}" if trigger == "expiration" else f"变化摘要：{summary}"),
             f"触发时间：{WHEN}"]
    return title, "\n".join(lines)


def bklite_alert_center(kind):
    """alerts/common/notify/base.py `NotifyParamsFormat` (built-in and not) and
    alerts/service/recovery_notify.py (the recovery title over the built-in content)."""
    if kind == "unassigned":
        return "系统有3条告警未分派，请及时处理", "告警信息如下：\n" + "".join(
            f"Demo {WHEN} \n" for _ in range(3))
    title = "【致命】Demo"
    content = f"告警：Demo \n内容：Demo \n告警时间:：{WHEN} \n负责人:：alice \n"
    return ("【恢复】" + title if kind == "recovery" else title), content


def bklite_patch_assessment():
    """patch_mgmt/services/assessment_notification.py `_format_notification`."""
    return "【补丁管理】周期评估发现需关注项", "\n".join([
        "周期评估已完成。", f"评估完成时间：{WHEN}", "主机总数：12", "不合规主机：3", "评估失败主机：1"])


def bklite_report(scheduled):
    """operation_analysis/services/delivery_service.py `_build_title` and `_build_html`."""
    plan = "2026-11-27 10:00 (Asia/Shanghai)"
    title = f"[BK-Lite] Demo - {plan}" if scheduled else "[BK-Lite] Demo - 手动测试"
    parts = ["<p>仪表盘：Demo</p>", "<p>订阅名称：Demo</p>"]
    parts.append(f"<p>报告计划时间：{plan}</p>" if scheduled else "<p>本次为手动测试发送，无计划周期。</p>")
    parts.append("<p>由 BK-Lite 自动生成，请查阅附件。</p>")
    return title, "".join(parts)


BKLITE_MESSAGES = [
    # (unit, file the text is built in, builder)
    ("console_mgmt/verification_code", "server/apps/console_mgmt/views.py", None),
    ("system_mgmt/initial_password", "server/apps/system_mgmt/services/password_init_email.py",
     bklite_initial_password),
    ("system_mgmt/password_expiring", "server/apps/system_mgmt/tasks.py", lambda: bklite_password_expiry(5)),
    ("system_mgmt/password_expired", "server/apps/system_mgmt/tasks.py", lambda: bklite_password_expiry(0)),
] + [
    (f"monitor/alert_{a}", "server/apps/monitor/services/alert_lifecycle_notify.py",
     (lambda a=a: bklite_monitor_alert(a))) for a in ("created", "upgraded", "closed", "recovered")
] + [
    ("log/alert", "server/apps/log/tasks/services/policy_scan.py", bklite_log_alert),
] + [
    (f"cmdb/subscription_{t}", "server/apps/cmdb/services/subscription_task.py", (lambda t=t: bklite_cmdb(t)))
    for t in CMDB_TRIGGERS
] + [
    (f"alerts/{k}", "server/apps/alerts/common/notify/base.py" if k != "recovery"
     else "server/apps/alerts/service/recovery_notify.py", (lambda k=k: bklite_alert_center(k)))
    for k in ("assigned", "unassigned", "recovery")
] + [
    ("patch_mgmt/assessment", "server/apps/patch_mgmt/services/assessment_notification.py",
     bklite_patch_assessment),
    ("operation_analysis/report_scheduled", "server/apps/operation_analysis/services/delivery_service.py",
     lambda: bklite_report(True)),
    ("operation_analysis/report_test", "server/apps/operation_analysis/services/delivery_service.py",
     lambda: bklite_report(False)),
]


def bklite_items():
    import yaml
    git_dir = os.environ["BKLITE_GIT"]
    seen = set()
    for unit, path, build in BKLITE_MESSAGES:
        origin_paths = path
        if build is None:
            cat = "server/apps/console_mgmt/language/zh-Hans.yaml"
            zh = bklite_verification_code(yaml.safe_load(git_show(git_dir, BKLITE_COMMIT, cat)))
            en = bklite_verification_code(yaml.safe_load(git_show(
                git_dir, BKLITE_COMMIT, "server/apps/console_mgmt/language/en.yaml")))
            title, content = zh
            en_text = en[0] + "\n" + tidy(html_to_text(strip_frame(en[1])))
            origin_paths = f"{path},{cat}"
        else:
            title, content = build()
            en_text = ""
        body = html_to_text(strip_frame(content)) if "<" in content else content
        text = title + "\n" + tidy(body)
        if untranslated_lines(text, en_text) or not is_new(seen, text):
            continue
        yield item(f"bklite-{unit.replace('/', '-')}-zh-Hans", "zh-Hans", text, "bklite_notice",
                   f"github.com/{BKLITE_REPO}@{BKLITE_COMMIT[:12]}:{origin_paths}",
                   f"{BKLITE_REPO}:{notice_unit(unit)}", SELECTION)



# --- Tencent BlueKing Audit Center ---------------------------------------------------------------
BKAUDIT_COMMIT = "a86cc8452b1d73aaf37d9d46b1ba0d0b097445ad"
BKAUDIT_REPO = "TencentBlueKing/bk-audit"
AUDIT = "https://audit.example.com"
BKAUDIT_PO = "src/backend/locale/zh_CN/LC_MESSAGES/django.po"
BKAUDIT_MAIL = "src/backend/templates/notice/mail.html"
BKAUDIT_MESSAGES = [
    # (unit, builder file): the risk builder's two titles (to-do reminder, new risk), each with the
    # aggregated intro (three risks), and the log-export builder
    ("risk_todo", "src/backend/apps/notice/builders/risk.py"),
    ("risk_new", "src/backend/apps/notice/builders/risk.py"),
    ("log_export", "src/backend/apps/notice/builders/log_export.py"),
]


def bkaudit_security_statement(git_dir):
    """The msgid of LOG_EXPORT_SECURITY_STATEMENT, read from constants.py as Python would."""
    import ast
    src = git_show(git_dir, BKAUDIT_COMMIT, "src/backend/apps/notice/constants.py")
    m = re.search(r"LOG_EXPORT_SECURITY_STATEMENT = gettext_lazy\(\s*(\"\"\".*?\"\"\")\s*\)", src, re.S)
    return ast.literal_eval(m.group(1))


def bkaudit_items():
    import polib
    git_dir = os.environ["BKAUDIT_GIT"]
    po = polib.pofile(git_show(git_dir, BKAUDIT_COMMIT, BKAUDIT_PO))
    cat = {e.msgid: e.msgstr for e in po if e.msgstr and not e.obsolete}

    def _(msgid):
        if msgid not in cat:
            raise KeyError(msgid)
        return cat[msgid]

    mail = git_show(git_dir, BKAUDIT_COMMIT, BKAUDIT_MAIL)
    seen = set()
    for unit, path in BKAUDIT_MESSAGES:
        try:
            if unit.startswith("risk"):
                todo = unit == "risk_todo"
                title = "【{}】{} - {}".format(_("BkAudit"), _("风险单待办提醒") if todo else _("新增风险提醒"), "Demo")
                risk_url = f"{AUDIT}/risk-manage/detail/20261127100000001"
                intro = (_("您有共%d条风险待处理，请及时前往审计中心查看处理，以下为其中1个风险信息：") if todo
                         else _("发现共%d条新风险，请点击前往审计中心查看详情，以下为其中1个风险信息：")) % 3
                configs = [obj(display_name="", value=intro),
                           obj(display_name=_("Risk ID"), value=f'<a href="{risk_url}">20261127100000001</a>'),
                           obj(display_name=_("风险描述"), value="Demo"),
                           obj(display_name=_("命中策略"), value="Demo(42)"),
                           obj(display_name=_("责任人"), value="alice"),
                           obj(display_name=_("风险发现时间"), value=WHEN)]
                url = f"{AUDIT}/handle-manage/list" if todo else f"{AUDIT}/risk-manage/list"
                button = obj(text=_("Show Detail"), url=url)
            else:
                title = _("【审计中心】检索结果导出数据-%s") % WHEN
                configs = [obj(display_name=_("检索条件"), value='{"start_time": "2026-11-27 10:00:00"}'),
                           obj(display_name="", value=_(bkaudit_security_statement(git_dir)))]
                button = obj(text=_("日志下载"), url=f"{AUDIT}/api/v1/query/namespaces/default/"
                                                  "collector_query_task/1024/download/")
            ctx = {"title": title, "notice_time": WHEN, "content": obj(content_configs=configs),
                   "footer_content": _("此为系统邮件，由蓝鲸审计中心自动发送，请勿回复"), "button": button}
        except KeyError:
            continue  # a string the catalogue lacks: the mail would go out in English
        body = render_jinja(mail, ctx)
        # the button's label sits in a <button> inside the link: keep label and address
        body = re.sub(r'<a href="([^"]+)"[^>]*>\s*<button[^>]*>\s*(.*?)\s*</button>\s*</a>', r"\2 \1", body,
                      flags=re.S)
        text = title + "\n" + tidy(html_to_text(strip_frame(body)))
        if not is_new(seen, text):
            continue
        yield item(f"bkaudit-{unit}-zh-Hans", "zh-Hans", text, "bkaudit_notice",
                   f"github.com/{BKAUDIT_REPO}@{BKAUDIT_COMMIT[:12]}:{path},{BKAUDIT_MAIL},{BKAUDIT_PO}",
                   f"{BKAUDIT_REPO}:{notice_unit(unit)}", SELECTION)



# --- Tencent BlueKing Hybrid Cloud Management (HCM) ----------------------------------------------
BKHCM_COMMIT = "20400b2ad8edb340caca493451f692f353bef0f3"
BKHCM_REPO = "TencentBlueKing/bk-hcm"
BKHCM_VERIFY = "cmd/cloud-server/service/mail-verify/types.go"
BKHCM_CREATED = "cmd/cloud-server/service/application/handlers/main-account/create-main-account/types.go"


def go_const(src, name):
    """A Go string constant (`name = "…"` or a raw `…` string) of a source file."""
    m = re.search(name + r"\s*(?:string\s*)?=\s*(?:\"((?:[^\"\\]|\\.)*)\"|`([^`]*)`)", src)
    return m.group(1) if m.group(1) is not None else m.group(2)


def bkhcm_items():
    git_dir = os.environ["BKHCM_GIT"]
    verify = git_show(git_dir, BKHCM_COMMIT, BKHCM_VERIFY)
    created = git_show(git_dir, BKHCM_COMMIT, BKHCM_CREATED)
    # mail-verify/send.go: the second-account application's code mail (vendor, account name, mail,
    # code, validity in minutes: SecAccountAppCodeTTL/60 = 10)
    title = go_const(verify, "SecAccountAppMailTitle")
    body = go_const(verify, "SecAccountAppMailTemplate") % ("aws", "Demo", "alice@example.com", CODE, 10)
    yield title, body, "verification_code", f"{BKHCM_VERIFY},cmd/cloud-server/service/mail-verify/send.go"
    # create-main-account/complete.go `sendMail`: the vendor's Chinese name (亚马逊云 for aws, from
    # pkg/criteria/enumor/vendor.go), account name, cloud id, its login address twice
    login = go_const(created, "AwsLoginAddress")
    title = go_const(created, "EmailTitleTemplate") % "亚马逊云"
    body = go_const(created, "EmailContentTemplate") % ("亚马逊云", "Demo", "123456789012", login, login)
    yield title, body, "main_account_created", f"{BKHCM_CREATED},{BKHCM_CREATED.replace('types.go', 'complete.go')}"


def bkhcm_texts():
    seen = set()
    for title, body, unit, paths in bkhcm_items():
        text = title + "\n" + tidy(html_to_text(strip_frame(body)))
        if not is_new(seen, text):
            continue
        yield item(f"bkhcm-{unit}-zh-Hans", "zh-Hans", text, "bkhcm_notice",
                   f"github.com/{BKHCM_REPO}@{BKHCM_COMMIT[:12]}:{paths}", f"{BKHCM_REPO}:{unit}", SELECTION)



# --- Tencent BlueKing API Gateway ----------------------------------------------------------------
BKAPIGW_COMMIT = "048bdd762bf332e967d29738169023aa96bb4acf"
BKAPIGW_REPO = "TencentBlueKing/blueking-apigateway"
APIGW = "https://apigw.example.com"
APIGW_T = "src/dashboard/apigateway/apigateway/templates/"
APIGW_PERM = "src/dashboard/apigateway/apigateway/apps/permission/tasks.py"
APIGW_GW = "src/dashboard/apigateway/apigateway/apps/gateway/tasks.py"


def bkapigw_messages():
    """(unit, template, task file, title, context) of every mail the dashboard's tasks render: the
    permission application (to the gateway's maintainers), its result (both branches of
    `send_mail_for_perm_handle`: some resources approved, all rejected), the app-permission expiry
    alert and the inactive-gateway notice. Enum labels as constants.py gives them (6个月, 按资源)."""
    title = "【蓝鲸API网关】蓝鲸应用【demo-app】访问网关资源权限申请"
    yield "perm_apply", "permission/perm_apply_mail_template.html", APIGW_PERM, title, {
        "title": title, "api_name": "demo-gateway", "bk_app_code": "demo-app",
        "expire_days_display": "6个月", "grant_dimension_display": "按资源",
        "resource_names": ["demo_resource"], "perm_apply_link": f"{APIGW}/42/permission/apply"}
    title = "【蓝鲸API网关】你对网关【demo-gateway】资源访问权限的申请已完成"
    for unit, part1 in (("perm_handle_approved", obj(resource_names=["demo_resource"], apply_status="通过",
                                                      expire_days_display="6个月")),
                        ("perm_handle_rejected", obj(resource_names=["demo_resource"], apply_status="驳回",
                                                      expire_days_display="0天"))):
        yield unit, "permission/perm_handle_mail_template.html", APIGW_PERM, title, {
            "title": title, "api_name": "demo-gateway", "bk_app_code": "demo-app", "part1_permission": part1,
            "part2_permission": obj(resource_names=[]), "comment": "Demo", "grant_dimension_display": "按资源"}
    title = "【蓝鲸API网关】你的应用【demo-app】访问网关资源的权限即将过期，请尽快处理"
    yield "perm_expiring", "permission/alert_app_permission_expiring_soon_template.html", APIGW_PERM, title, {
        "title": title, "bk_app_code": "demo-app",
        "permissions": [obj(gateway_name="demo-gateway", grant_dimension_display="按资源",
                            resource_name="demo_resource", expire_days=7)],
        "renew_permission_link": "https://paas.example.com/developer-center/apps/demo-app/cloudapi"}
    title = "【蓝鲸API网关】你维护的网关存在不活跃网关，请及时处理"
    yield "inactive_gateway", "gateway/inactive_gateway_notify_template.html", APIGW_GW, title, {
        "title": title, "total": 1, "dashboard_link": APIGW,
        "gateways": [obj(name="demo-gateway", created_by="alice", stage_names="prod", resource_count=12,
                         request_count=0)]}


def bkapigw_items():
    git_dir = os.environ["BKAPIGW_GIT"]
    seen = set()
    for unit, template, task, title, ctx in bkapigw_messages():
        src = git_show(git_dir, BKAPIGW_COMMIT, APIGW_T + template)
        src = re.sub(r'{%\s*now\s+"[^"]*"\s*%}', WHEN, src)  # Django's {% now %}: the fixed date
        body = tidy(html_to_text(strip_frame(render_jinja(src, ctx))))
        # the mail repeats its subject as its heading: kept once
        text = body if body.split("\n", 1)[0] == title else title + "\n" + body
        if not is_new(seen, text):
            continue
        yield item(f"bkapigw-{unit}-zh-Hans", "zh-Hans", text, "bkapigw_notice",
                   f"github.com/{BKAPIGW_REPO}@{BKAPIGW_COMMIT[:12]}:{APIGW_T}{template},{task}",
                   f"{BKAPIGW_REPO}:{notice_unit(unit)}", SELECTION)



# --- blueapps (the BlueKing SaaS framework) ------------------------------------------------------
BLUEAPPS_VERSION = "4.17.4"  # PyPI sdist blueapps-4.17.4.tar.gz, sha256 a3252840…bb669e044


def blueapps_items():
    """blueapps/account/models.py `send_sms`: the sensitive-operation code SMS, the text of
    `SV_CONF["SMS_FORMAT"]` in blueapps/account/conf.py (a Chinese source string) with the code."""
    path = "blueapps/account/conf.py"
    with open(os.path.join(os.environ["BLUEAPPS_DIR"], path), encoding="utf-8") as f:
        src = f.read()
    fmt = re.search(r'"SMS_FORMAT":\s*_\(\s*u?"([^"]*)"\s*\)', src).group(1)
    yield item("blueapps-verify_code-zh-Hans", "zh-Hans", fmt.format(CODE), "blueapps_sms",
               f"blueapps=={BLUEAPPS_VERSION}:{path},blueapps/account/models.py",
               "TencentBlueKing/blueapps:verify_code", SELECTION)



# --- Tencent BlueKing GSEKit (process configuration manager) and BKFlow --------------------------
GSEKIT_COMMIT = "3ba5f7d8cc91ef1ae58e63365c7f208caf1a1bca"
GSEKIT_REPO = "TencentBlueKing/bk-process-config-manager"
GSEKIT_FILE = "apps/gsekit/utils/notification_maker.py"
BKFLOW_COMMIT = "0e6918a41f2d820c8e61d3de271800275e1fde3b"
BKFLOW_REPO = "TencentBlueKing/BKFlow"
BKFLOW_FILE = "bkflow/task/utils.py"


def class_attr(src, cls, attr):
    """The literal value of a class attribute in a Python source (dict keys that are names kept
    as their names)."""
    import ast
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for st in node.body:
                if isinstance(st, ast.Assign) and any(getattr(t, "id", None) == attr for t in st.targets):
                    v = st.value
                    if isinstance(v, ast.Dict):
                        return {ast.unparse(k): ast.literal_eval(val) for k, val in zip(v.keys, v.values)}
                    return ast.literal_eval(v)
    raise KeyError(f"{cls}.{attr}")


def gsekit_bkflow_items():
    import ast
    # GSEKit `JobNotificationMaker`: its title and HTML content templates (Chinese source strings
    # through `_`), the context `__init__` builds: APP_NAME 进程配置管理 (config/__init__.py), job type
    # = object alias + action alias (进程 + 重启), status 执行成功, environment 正式 (the choices of
    # job/models.py and cmdb/constants.py)
    git_dir = os.environ["GSEKIT_GIT"]
    src = git_show(git_dir, GSEKIT_COMMIT, GSEKIT_FILE)
    title_t = class_attr(src, "JobNotificationMaker", "TITLE_TEMPLATE")
    html_t = class_attr(src, "JobNotificationMaker", "CONTENT_TEMPLATE")["ContentType.HTML"]
    ctx = {"app_name": "进程配置管理", "job_id": 1024, "bk_biz_id": 2, "bk_biz_name": "Demo",
           "job_status_alias": "执行成功", "bk_set_env_alias": "正式", "job_type": "进程重启",
           "created_by": "alice", "expression": "Demo", "start_time": WHEN, "end_time": "2026-11-27 10:01:00",
           "succeeded": 3, "failed": 0, "ignored": 0, "bk_saas_host": "https://gsekit.example.com/"}
    title = title_t.format(**ctx)
    ctx["title"] = title
    text = title + "\n" + tidy(html_to_text(strip_frame(html_t.format(**ctx))))
    yield item("gsekit-job_result-zh-Hans", "zh-Hans", text, "gsekit_notice",
               f"github.com/{GSEKIT_REPO}@{GSEKIT_COMMIT[:12]}:{GSEKIT_FILE}", f"{GSEKIT_REPO}:job_result",
               SELECTION)
    # BKFlow `send_task_instance_message`: the default title and message templates, both branches
    # (a node failed, the task finished)
    git_dir = os.environ["BKFLOW_GIT"]
    src = git_show(git_dir, BKFLOW_COMMIT, BKFLOW_FILE)
    consts = {t.targets[0].id: ast.literal_eval(t.value) for t in ast.parse(src).body
              if isinstance(t, ast.Assign) and getattr(t.targets[0], "id", "") in
              ("DEFAULT_TITLE_TEMPLATE", "DEFAULT_TASK_INSTANCE_MESSAGE_TEMPLATE")}
    for unit, status in (("atom_failed", "失败"), ("task_finished", "完成")):
        values = {"task_name": "Demo", "status": status, "executor": "alice"}
        text = (consts["DEFAULT_TITLE_TEMPLATE"].format(**values) + "\n"
                + consts["DEFAULT_TASK_INSTANCE_MESSAGE_TEMPLATE"].format(**values))
        yield item(f"bkflow-{unit}-zh-Hans", "zh-Hans", text, "bkflow_notice",
                   f"github.com/{BKFLOW_REPO}@{BKFLOW_COMMIT[:12]}:{BKFLOW_FILE}",
                   f"{BKFLOW_REPO}:task_instance_message", SELECTION)


def items():
    yield from bkmonitor_items()
    yield from bklog_items()
    yield from bkiam_items()
    yield from xxljob_items()
    yield from bklite_items()
    yield from bkaudit_items()
    yield from bkhcm_texts()
    yield from bkapigw_items()
    yield from blueapps_items()
    yield from gsekit_bkflow_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
