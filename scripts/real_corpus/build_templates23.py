#!/usr/bin/env python3
"""Rebuild the twenty-seventh batch of tests/data/real/ (issue 12): legitimate notices that Chinese
low-code, forms and office products send to their users (workflow to-do and reminder messages,
meeting invitations, sign-up codes, password-reset and address-change links, new-data notices), in
zh-Hans only: these products ship their messages in Chinese (BuildAdmin and DzzOffice also in
English, which is not taken; none in Traditional Chinese or Spanish), and the batch adds no English
text (the corpus has enough; the issue asks for a larger Chinese share).

Usage:
    . /work/rebuild-27.sh   # or set the *_GIT variables below to bare git dirs of the repositories
    python3 scripts/real_corpus/build_templates23.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates23.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twenty-seventh batch (templates)"):
  * jeecgboot_message: JeecgBoot (Apache-2.0, JEECG_GIT at JEECG_COMMIT): every e-mail template of
    jeecg-boot-base-core/src/main/resources/templates/email/ (EmailTemplateEnum), and every row of
    the `sys_sms_template` table of its MySQL seed. The seed file (jeecg-boot/db/jeecgboot-mysql-5.7.sql)
    is too large for the snapshot (its blob is absent), so its one stored version in the file index
    (JEECG_SQL_COMMIT) was read page by page and the table's section copied verbatim to
    scripts/real_corpus/raw/jeecgboot/sys_sms_template.sql.
  * tduck_email: TDuck form platform (MIT, TDUCK_GIT at TDUCK_COMMIT): every mail template of
    tduck-api/src/main/resources/templates/mail/, with the subject its caller passes.
  * o2oa_message: O2OA (o2oa/o2oa, over the fetch limit): the message titles of five MessageFactory
    classes (process platform, meeting, CMS, forum, teamwork) and of the attendance reminder task,
    read through the file index (the commits in O2OA_FILES) and copied verbatim to
    scripts/real_corpus/raw/o2oa/; every title sent by
    `MessageConnector.send` to a person (the sends with an empty recipient are platform events, not
    messages to a user).
  * smartadmin_message: SmartAdmin (1024-lab/smart-admin, MIT, SMARTADMIN_GIT at SMARTADMIN_COMMIT):
    every row of `t_mail_template` in its MySQL seed and every constant of MessageTemplateEnum.
  * jeesite_message: JeeSite 5 (thinkgem/jeesite5, Apache-2.0, JEESITE_GIT at JEESITE_COMMIT): the
    verification-code e-mail and SMS of AccountController, per scene.
  * snowy_message: Snowy (xiaonuobase/Snowy, Apache-2.0, SNOWY_GIT at SNOWY_COMMIT): every e-mail and
    SMS message template of the DEV_CONFIG rows of its MySQL seed.
  * dzzoffice_message: DzzOffice (zyx0814/dzzoffice, AGPL-3.0, DZZ_GIT at DZZ_COMMIT): every
    notification of its zh-cn language files (site notice and WeChat text) and its three mails.
  * ruoyivueplus_message: RuoYi-Vue-Plus (dromara/RuoYi-Vue-Plus, MIT, RVP_GIT at RVP_COMMIT): its
    log-in code mail and its welcome push.
  * fastadmin_email: FastAdmin (karsonzhang/fastadmin, Apache-2.0, FASTADMIN_GIT at FASTADMIN_COMMIT):
    the mail of its e-mail code library.
  * buildadmin_email: BuildAdmin (build-admin/BuildAdmin, Apache-2.0, BUILDADMIN_GIT at
    BUILDADMIN_COMMIT): its e-mail code for every event.

Selection is mechanical: every template of each set, one text per template. Placeholders are filled
with the fixed values of the earlier batches (`alice`, `Alice Chen`, `bob`, `Demo …` names, links on
`*.example.com`, code 482913, dates 2026-11-27 10:00); a value the caller supplies from a user's data
is a `Demo …` name. HTML tags are dropped (a link keeps its label and address; style blocks and the
document head go). Near-duplicates collapse within a product (digits and white space ignored). Cut at
500 characters. BuildAdmin and DzzOffice ship English versions of their strings, and their texts are
checked against them (build_templates3.untranslated_lines); for all, build_templates8.english_line
guards that no kept text has an English sentence.

Split: the unit is one template of one product (`<owner/repo>:<template>`); held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these
texts. Labels come from scripts/real_corpus/labels/labels_templates23.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the scanner
played no part.
"""
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates8 import english_line
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates23.tsv")
RAW = os.path.join(HERE, "raw")

WHEN = "2026-11-27 10:00"


def mail_html_text(src):
    """The text a reader sees of an HTML mail: head, style blocks and images dropped, list items,
    table rows and headings on their own lines, then build_templates.html_to_text."""
    src = re.sub(r"<head>.*?</head>|<style[^>]*>.*?</style>|<!DOCTYPE[^>]*>", "", src, flags=re.S | re.I)
    src = re.sub(r"</li>|</tr>|</h\d>|<h\d[^>]*>", "\n", src)
    text = html_to_text(src)
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def dollar_fill(text, values):
    """`${name}` placeholders (FreeMarker, Jeecg's SQL templates) filled from `values`."""
    return re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text)


# --- JeecgBoot -----------------------------------------------------------------------------------
JEECG_GIT = os.environ.get("JEECG_GIT", "/work/.mirror/jeecgboot+JeecgBoot/repo")
JEECG_COMMIT = "cb4d60610d917988742bcf4b212787e028be2564"
JEECG_SQL_COMMIT = "109a95a96bd7da3cedb23ee476f1dc13fab0d5a6"
JEECG_MAIL_DIR = "jeecg-boot/jeecg-boot-base-core/src/main/resources/templates/email"
# Every template of EmailTemplateEnum (the four files of the folder).
JEECG_MAILS = ["bpm_cc_email", "bpm_cuiban_email", "bpm_new_task_email", "desform_new_data_email"]
JEECG_URL = "https://oa.example.com"
JEECG_VALUES = {
    "REALNAME": "Alice Chen", "userName": "alice", "user": "alice", "title": "Demo 请假申请",
    "name": "Demo 请假流程", "bpm_name": "Demo 请假流程", "task": "Demo 部门审批",
    "bpm_task": "Demo 部门审批", "taskName": "Demo 部门审批", "datetime": WHEN, "time": WHEN,
    "createTime": WHEN, "ts_date": WHEN, "remark": "Demo", "ts_content": "Demo", "dataMarkdown": "Demo",
    "url": JEECG_URL + "/bpm/task/5f2c9a0e1b7d4c3a", "formName": "Demo 表单",
    "formLink": JEECG_URL + "/desform/5f2c9a0e1b7d4c3a", "moreLink": JEECG_URL + "/desform/data/5f2c9a0e1b7d4c3a",
}


def sql_string(s):
    """A MySQL single-quoted literal's value (backslash escapes)."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(m.group(1), m.group(1)), s)


def jeecg_sql_rows():
    """(template_name, template_code, template_type, template_content) of every INSERT into
    sys_sms_template in the verbatim excerpt."""
    with open(os.path.join(RAW, "jeecgboot", "sys_sms_template.sql"), encoding="utf-8") as f:
        src = f.read()
    lit = r"'((?:[^'\\]|\\.)*)'"
    pat = re.compile(r"INSERT INTO `sys_sms_template` VALUES \(" + lit + r", " + lit + r", " + lit
                     + r", " + lit + r", " + lit)
    for m in pat.finditer(src):
        yield tuple(sql_string(g) for g in m.groups()[1:5])


def jeecg_items():
    """JeecgBoot: its four e-mail templates (body only: the caller, the closed workflow module,
    passes the subject) and the four rows of its message-template table (title + content)."""
    seen = set()
    for name in JEECG_MAILS:
        path = f"{JEECG_MAIL_DIR}/{name}.ftl"
        text = mail_html_text(dollar_fill(git_show(JEECG_GIT, JEECG_COMMIT, path), JEECG_VALUES))
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"jeecg-mail-{name}", "zh-Hans", text, "jeecgboot_message",
                   f"github.com/jeecgboot/JeecgBoot@{JEECG_COMMIT[:12]}:{path}",
                   f"jeecgboot/JeecgBoot:email:{name}", "all_message_templates")
    for title, code, _type, content in jeecg_sql_rows():
        body = content.replace("\r\n", "\n")
        if "<" in body:
            body = mail_html_text(body)
        text = dollar_fill(title, JEECG_VALUES) + "\n" + dollar_fill(body, JEECG_VALUES)
        text = "\n".join(ln.strip() for ln in text.splitlines())
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"jeecg-tpl-{code}", "zh-Hans", text, "jeecgboot_message",
                   f"github.com/jeecgboot/JeecgBoot@{JEECG_SQL_COMMIT[:12]}:jeecg-boot/db/jeecgboot-mysql-5.7.sql"
                   f" (table sys_sms_template, copied to scripts/real_corpus/raw/jeecgboot/)",
                   f"jeecgboot/JeecgBoot:sys_sms_template:{code}", "all_message_templates")


# --- TDuck ---------------------------------------------------------------------------------------
TDUCK_GIT = os.environ.get("TDUCK_GIT", "/work/.mirror/TDuckCloud+tduck-platform/repo")
TDUCK_COMMIT = "bb28d307842288502cc24b3962243c75a2514ed5"
TDUCK_DIR = "tduck-api/src/main/resources/templates/mail"
TDUCK_SITE = "https://forms.example.com"
# Every template of the folder with the subject its caller passes (UserValidateServiceImpl:
# REG_EMAIL_TITLE, RESET_PWD_EMAIL_TITLE, the latter also for the address change;
# UserFormResultController: "新回复通知").
TDUCK_MAILS = [("reg-code", "TDuck注册验证码"), ("reset-password", "重置密码"),
               ("update-account-email", "重置密码"), ("form-write-notify", "新回复通知")]
TDUCK_VALUES = {
    "code": "482913", "email": "alice@example.com", "projectName": "Demo 问卷",
    "resetPwdUrl": TDUCK_SITE + "/forget/password?code=5f2c9a0e1b7d4c3a&email=alice@example.com",
    "updateEmailUrl": TDUCK_SITE + "/account/forget/validate?type=updateEmail&code=5f2c9a0e-1b7d-4c3a"
                      "&email=alice@example.com",
}


def thymeleaf_fill(src, values):
    """An element `<x th:text="${name}">…</x>` replaced by the value (what Thymeleaf renders)."""
    return re.sub(r'<(\w+)[^>]*\sth:text="\$\{(\w+)\}"[^>]*>.*?</\1>',
                  lambda m: values[m.group(2)], src, flags=re.S)


def tduck_items():
    """TDuck: every mail template, subject and body."""
    seen = set()
    for name, subject in TDUCK_MAILS:
        path = f"{TDUCK_DIR}/{name}.html"
        body = mail_html_text(thymeleaf_fill(git_show(TDUCK_GIT, TDUCK_COMMIT, path), TDUCK_VALUES))
        text = subject + "\n" + body
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"tduck-{name}", "zh-Hans", text, "tduck_email",
                   f"github.com/TDuckCloud/tduck-platform@{TDUCK_COMMIT[:12]}:{path}",
                   f"TDuckCloud/tduck-platform:{name}", "all_email_templates")


# --- O2OA ----------------------------------------------------------------------------------------
O2OA_BASE = "o2server/{}/src/main/java/com/x/{}/MessageFactory.java"
# (module, path in o2oa/o2oa, commit of the stored version read through the file index); the copy is
# scripts/real_corpus/raw/o2oa/<module>_<file name>.
O2OA_FILES = [
    ("processplatform", O2OA_BASE.format("x_processplatform_service_processing", "processplatform/service/processing"),
     "1ff2978dee9a260004449a662dafe3521a7d55c0"),
    ("meeting", O2OA_BASE.format("x_meeting_assemble_control", "meeting/assemble/control"),
     "48465224e24afd563e9669397adcff2e302116a8"),
    ("cms", O2OA_BASE.format("x_cms_assemble_control", "cms/assemble/control"),
     "5d648cac2779a5d63a03658d2379adf2e89be4dd"),
    ("bbs", O2OA_BASE.format("x_bbs_assemble_control", "bbs/assemble/control"),
     "228ea8d99751c08d238c2c942aadc8f5893aed87"),
    ("teamwork", O2OA_BASE.format("x_teamwork_assemble_control", "teamwork/assemble/control/service"),
     "2df22c498cf21d9ef735627396bcace51adb0698"),
    ("attendance", "o2server/x_attendance_assemble_control/src/main/java/com/x/attendance/assemble/control/"
     "schedule/v2/AttendanceV2MessageSendTask.java", "9dc48ea585e53e22ab657bc527f2e41e81abc0c6"),
]
O2OA_WORK = "Demo 请假申请"
# adjustTitle(...) of the process platform: to-dos and reads carry the activity's name, reviews and
# works the process's only.
O2OA_WITH_ACTIVITY = O2OA_WORK + ", (Demo 部门审批,Demo 请假流程)"
O2OA_WITHOUT_ACTIVITY = O2OA_WORK + ", (Demo 请假流程)"
# The value of each non-literal term of a title, by class (white space inside a term ignored).
O2OA_VALUES = {
    "processplatform": {
        "OrganizationDefinition.name(from)": "bob",
        "adjustTitle(task)": O2OA_WITH_ACTIVITY, "adjustTitle(read)": O2OA_WITH_ACTIVITY,
        "adjustTitle(taskCompleted)": O2OA_WITH_ACTIVITY, "adjustTitle(readCompleted)": O2OA_WITH_ACTIVITY,
        "adjustTitle(review)": O2OA_WITHOUT_ACTIVITY, "adjustTitle(work)": O2OA_WITHOUT_ACTIVITY,
    },
    "meeting": {
        "OrganizationDefinition.name(person)": "bob", "meeting.getSubject()": "Demo 周例会",
        "DateTools.format(meeting.getStartTime(),DateTools.format_yyyyMMddHHmm)": WHEN,
        "room.getName()": "Demo 会议室",
    },
    "cms": {"messageWo.getTitle()": "Demo 公告"},
    # personName is "" whenever the post has a creator (the code's condition is inverted).
    "bbs": {"personName": "", "messageWo.getTitle()": "Demo 帖子"},
    # adjustTitle(Task): the task's name and its start and end dates; adjustTitle(Chat): the chat text.
    # the count of a person's exception records is 2
    "attendance": {"appealInfoList.size()": "2"},
    "teamwork": {
        "adjustTitle(task)": "Demo 任务, (2026-11-27 - 2026-11-30)",
        "adjustTitle(oldTask)": "Demo 任务, (2026-11-27 - 2026-11-30)",
        "adjustTitle(newTask)": "Demo 任务, (2026-11-27 - 2026-11-30)",
        "adjustTitle(chat)": "Demo",
    },
}


def o2oa_title(expr, values):
    """A Java `"…" + call() + "…"` concatenation evaluated with `values`."""
    out = []
    for lit, term in re.findall(r'"((?:[^"\\]|\\.)*)"|([^+"\s][^+"]*[^+"\s]|[^+"\s])', expr):
        out.append(lit if term == "" else values[re.sub(r"\s+", "", term)])
    return "".join(out)


def o2oa_items():
    """O2OA: in the five MessageFactory classes and the attendance reminder task, every method that
    sends a message to a person (MessageConnector.send with a recipient other than ""), one text per
    title the method assigns (a title with branches gives one text per branch); the message is that
    title."""
    seen = set()
    for cls, path, commit in O2OA_FILES:
        raw = f"{cls}_{os.path.basename(path)}"
        with open(os.path.join(RAW, "o2oa", raw), encoding="utf-8") as f:
            src = f.read()
        methods = r"(?:public|private) (?:static )?void (\w+)\([^)]*\)[^{]*\{(.*?)\n(?:\t|    )\}"
        for m in re.finditer(methods, src, flags=re.S):
            method, body = m.groups()
            sends = re.findall(r"MessageConnector\.send\(\s*MessageConnector\.\w+,\s*title,\s*([^,]+),", body)
            if not any(r.strip() != '""' for r in sends):
                continue
            titles = [e for e in re.findall(r'(?<![\w.])title = (.*?);', body, flags=re.S) if '"' in e]
            for n, expr in enumerate(titles, 1):
                text = o2oa_title(expr, O2OA_VALUES[cls])
                if english_line(text) or not is_new(seen, text):
                    continue
                suffix = f"-{n}" if len(titles) > 1 else ""
                yield item(f"o2oa-{cls}-{method}{suffix}", "zh-Hans", text, "o2oa_message",
                           f"github.com/o2oa/o2oa@{commit[:12]}:{path} (copied to scripts/real_corpus/raw/o2oa/{raw})",
                           f"o2oa/o2oa:{cls}.{method}", "all_person_messages")


# --- SmartAdmin ----------------------------------------------------------------------------------
SMARTADMIN_GIT = os.environ.get("SMARTADMIN_GIT", "/work/.mirror/1024-lab+smart-admin/repo")
SMARTADMIN_COMMIT = "18bbca2cbf1ca24989ad6879b88b57149021f0e2"
SMARTADMIN_SQL = "数据库SQL脚本/mysql/smart_admin_v3.sql"
SMARTADMIN_ENUM = ("smart-admin-api-java17-springboot3/sa-base/src/main/java/net/lab1024/sa/base/module/"
                   "support/message/constant/MessageTemplateEnum.java")
SMARTADMIN_VALUES = {"code": "482913", "orderNumber": "DEMO-20261127-0001"}


def smartadmin_items():
    """SmartAdmin: every row of its seed's mail-template table (subject, then the body) and every
    constant of MessageTemplateEnum (the site message: its title, then its content)."""
    seen = set()
    sql = git_show(SMARTADMIN_GIT, SMARTADMIN_COMMIT, SMARTADMIN_SQL)
    lit = r"'((?:[^'\\]|\\.)*)'"
    for m in re.finditer(r"INSERT INTO `t_mail_template` VALUES \(" + lit + ", " + lit + ", " + lit, sql):
        code, subject, content = (sql_string(g) for g in m.groups())
        body = mail_html_text(dollar_fill(content.replace("\r\n", "\n"), SMARTADMIN_VALUES))
        text = subject + "\n" + body
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"smartadmin-mail-{code}", "zh-Hans", text, "smartadmin_message",
                   f"github.com/1024-lab/smart-admin@{SMARTADMIN_COMMIT[:12]}:{SMARTADMIN_SQL} (t_mail_template)",
                   f"1024-lab/smart-admin:t_mail_template:{code}", "all_message_templates")
    enum = git_show(SMARTADMIN_GIT, SMARTADMIN_COMMIT, SMARTADMIN_ENUM)
    for name, title, content in re.findall(r'(\w+)\(\d+, "([^"]*)", MessageTypeEnum\.\w+, "([^"]*)"\)', enum):
        text = title + "\n" + dollar_fill(content, SMARTADMIN_VALUES)
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"smartadmin-msg-{name}", "zh-Hans", text, "smartadmin_message",
                   f"github.com/1024-lab/smart-admin@{SMARTADMIN_COMMIT[:12]}:{SMARTADMIN_ENUM}",
                   f"1024-lab/smart-admin:MessageTemplateEnum:{name}", "all_message_templates")


# --- JeeSite -------------------------------------------------------------------------------------
JEESITE_GIT = os.environ.get("JEESITE_GIT", "/work/.mirror/thinkgem+jeesite5/repo")
JEESITE_COMMIT = "a2da4f095bc3e67131a5fc9037580c20d098054a"
JEESITE_ACCOUNT = "modules/core/src/main/java/com/jeesite/modules/sys/web/AccountController.java"


def java_concat(expr):
    """The value of a Java concatenation of string literals (`"…" + "…"`), escapes resolved."""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', expr)
    return "".join(re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), p)
                   for p in parts)


def java_format(fmt, *args):
    """A MessageFormat-style `{0}` … `{n}` string filled with `args`."""
    return re.sub(r"\{(\d)\}", lambda m: args[int(m.group(1))], fmt)


def jeesite_items():
    """JeeSite: the verification-code e-mail and SMS of AccountController, for every scene that calls
    getValidCode (log-in by SMS only; password recovery and registration by e-mail or SMS): the
    e-mail as subject and body, the SMS as its body (it has no subject)."""
    src = git_show(JEESITE_GIT, JEESITE_COMMIT, JEESITE_ACCOUNT)
    scenes = re.findall(r'getValidCode\("(\w+)", [^;]*?"([^"]+)"\);', src)
    scenes += [("reg", t) for t in re.findall(r'sendEmailValidCode\(user, regValidCode, text\("([^"]+)"\)', src)]
    email = re.search(r"private String sendEmailValidCode\(.*?\n\t\}", src, flags=re.S).group(0)
    sms = re.search(r"private String sendSmsValidCode\(.*?\n\t\}", src, flags=re.S).group(0)
    subject_fmt = java_concat(re.search(r"title = text\((\"[^\"]*\")", email).group(1))
    email_body = java_format(java_concat(re.search(r"String content = text\((.*?), code\);", email, flags=re.S).group(1)), "482913")
    sms_body = java_format(java_concat(re.search(r"String content = text\((.*?), code\);", sms, flags=re.S).group(1)), "482913")
    seen = set()
    origin = f"github.com/thinkgem/jeesite5@{JEESITE_COMMIT[:12]}:{JEESITE_ACCOUNT}"
    for scene, title in scenes:
        if scene == "login":  # the log-in code goes by SMS only ("mobile")
            continue
        text = java_format(subject_fmt, "Alice Chen", "alice", title) + "\n" + email_body
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"jeesite-email-{scene}", "zh-Hans", text, "jeesite_message", origin,
                   f"thinkgem/jeesite5:validcode:email:{scene}", "all_message_templates")
    if is_new(seen, sms_body) and not english_line(sms_body):
        yield item("jeesite-sms-validcode", "zh-Hans", sms_body, "jeesite_message", origin,
                   "thinkgem/jeesite5:validcode:sms", "all_message_templates")


# --- Snowy ---------------------------------------------------------------------------------------
SNOWY_GIT = os.environ.get("SNOWY_GIT", "/work/.mirror/xiaonuobase+Snowy/repo")
SNOWY_COMMIT = "da0291a8f1031e89da99378ba73a7a32914a5529"
SNOWY_SQL = "snowy-web-app/src/main/resources/_sql/snowy_mysql.sql"
SNOWY_VALUES = {"sysName": "Demo 平台", "userEmail": "alice@example.com", "validCode": "482913",
                "validTime": "5", "userNewPassword": "Tq7m-Wz4k-Rb9x", "sysNowTime": WHEN}


def snowy_items():
    """Snowy: every e-mail and SMS message template of its seed's DEV_CONFIG table
    (`SNOWY_EMAIL_TEMPLATE_*`: subject and HTML content; `SNOWY_SMS_TEMPLATE_*`: content), for the
    back-office (_FOR_B) and client (_FOR_C) users; the two sets are the same texts and collapse."""
    import json
    sql = git_show(SNOWY_GIT, SNOWY_COMMIT, SNOWY_SQL)
    lit = r"'((?:[^'\\]|\\.)*)'"
    seen = set()
    for _id, key, value in re.findall(r"INSERT INTO `DEV_CONFIG` VALUES \(" + lit + ", " + lit + ", " + lit, sql):
        m = re.fullmatch(r"SNOWY_(EMAIL|SMS)_TEMPLATE_(\w+)_FOR_([BC])", key)
        if not m:
            continue
        channel, event, _side = m.groups()
        tpl = json.loads(sql_string(value))
        fill = lambda t: re.sub(r"\$?\{(\w+)\}", lambda v: SNOWY_VALUES[v.group(1)], t)
        if channel == "EMAIL":
            text = fill(tpl["subject"]) + "\n" + mail_html_text(fill(tpl["content"]))
        else:
            text = fill(tpl["content"])
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"snowy-{channel.lower()}-{event}", "zh-Hans", text, "snowy_message",
                   f"github.com/xiaonuobase/Snowy@{SNOWY_COMMIT[:12]}:{SNOWY_SQL} (DEV_CONFIG {key})",
                   f"xiaonuobase/Snowy:{event}", "all_message_templates")


# --- DzzOffice -----------------------------------------------------------------------------------
DZZ_GIT = os.environ.get("DZZ_GIT", "/work/.mirror/zyx0814+dzzoffice/repo")
DZZ_COMMIT = "0ddb8e4195b9ef70074425e4e33d71dd3047807b"
DZZ_SITE = "https://office.example.com"
DZZ_VALUES = {
    "author": "bob", "url": DZZ_SITE + "/index.php?mod=explorer", "message": "Demo", "title": "Demo 认证",
    "profile": "Demo", "reason": "Demo", "fname": "Demo 文件夹", "comment": "Demo", "permtitle": "Demo 成员",
    "sitename": "Demo 办公", "siteurl": DZZ_SITE, "username": "alice", "password": "Tq7m-Wz4k-Rb9x",
    "email": "alice@example.com", "adminusername": "bob",
}
# Every email_*_subject of core's file, with the link its {url} is (none in the password mail).
DZZ_MAILS = [("email_password", None),
             ("email_verify", DZZ_SITE + "/user.php?mod=activate&uid=1&id=5f2c9a0e1b7d4c3a"),
             ("email_register", DZZ_SITE + "/user.php?mod=register&hash=5f2c9a0e1b7d4c3a")]


def dzz_fill(text, url=None):
    """A Dzz language string with its `{name}` variables filled (what its lang() does)."""
    values = dict(DZZ_VALUES, url=url) if url else DZZ_VALUES
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)


def dzz_items():
    """DzzOffice: every notification of its zh-cn language files (a key K with K_title and K_wx or
    K_redirecturl beside it, as dzz_notification::notification_add reads them): the site notice as
    title and message, and the WeChat text K_wx; and the three mails of core's language file. Each
    text is checked against the same strings of the en-us file beside it (untranslated_lines)."""
    from build_templates3 import untranslated_lines
    from build_templates4 import parse_php_array
    all_files = set(git_files(DZZ_GIT, DZZ_COMMIT))
    files = [f for f in all_files if f.endswith("language/zh-cn/lang.php")]
    seen = set()

    def catalogue(path):
        arr = parse_php_array(git_show(DZZ_GIT, DZZ_COMMIT, path)) if path in all_files else {}
        return arr["lang"] if isinstance(arr.get("lang"), dict) else arr

    def untranslated(text, en, render):
        """A line of `text` left as in the en-us file (where that file has the strings)."""
        try:
            return untranslated_lines(text, render(en))
        except (KeyError, TypeError):
            return False
    for path in sorted(files):
        arr = catalogue(path)
        en = catalogue(path.replace("/zh-cn/", "/en-us/"))
        origin = f"github.com/zyx0814/dzzoffice@{DZZ_COMMIT[:12]}:{path}"
        for key, value in arr.items():
            if not (isinstance(value, str) and key + "_title" in arr
                    and (key + "_wx" in arr or key + "_redirecturl" in arr)):
                continue
            unit = f"zyx0814/dzzoffice:{key}"
            site = lambda a, k=key: dzz_fill(a[k + "_title"]) + "\n" + mail_html_text(dzz_fill(a[k]))
            wx = lambda a, k=key: mail_html_text(dzz_fill(a[k + "_wx"]))
            texts = [("site", site)]
            if isinstance(arr.get(key + "_wx"), str):
                texts.append(("wx", wx))
            for channel, render in texts:
                text = render(arr)
                if english_line(text) or untranslated(text, en, render) or not is_new(seen, text):
                    continue
                yield item(f"dzz-{channel}-{key}", "zh-Hans", text, "dzzoffice_message", origin, unit,
                           "all_message_templates")
        if path == "core/language/zh-cn/lang.php":
            for name, url in DZZ_MAILS:
                mail = lambda a, n=name, u=url: (dzz_fill(a[n + "_subject"]) + "\n"
                                                 + mail_html_text(dzz_fill(a[n + "_message"], u)))
                text = mail(arr)
                if english_line(text) or untranslated(text, en, mail) or not is_new(seen, text):
                    continue
                yield item(f"dzz-{name}", "zh-Hans", text, "dzzoffice_message", origin,
                           f"zyx0814/dzzoffice:{name}", "all_message_templates")


# --- RuoYi-Vue-Plus ------------------------------------------------------------------------------
RVP_GIT = os.environ.get("RVP_GIT", "/work/.mirror/dromara+RuoYi-Vue-Plus/repo")
RVP_COMMIT = "098d3347a0df808908aab8c554cd7c4febc5e6d9"
RVP_CAPTCHA = "ruoyi-admin/src/main/java/org/dromara/web/controller/CaptchaController.java"
RVP_AUTH = "ruoyi-admin/src/main/java/org/dromara/web/controller/AuthController.java"
RVP_CONSTANTS = "ruoyi-common/ruoyi-common-core/src/main/java/org/dromara/common/core/constant/Constants.java"


def rvp_items():
    """RuoYi-Vue-Plus: every message its code writes to a user: the log-in code mail of
    CaptchaController (subject, then body; its SMS is a template ID at the provider) and the welcome
    push AuthController sends after a log-in."""
    captcha = git_show(RVP_GIT, RVP_COMMIT, RVP_CAPTCHA)
    expiry = re.search(r"Integer CAPTCHA_EXPIRATION = (\d+);", git_show(RVP_GIT, RVP_COMMIT, RVP_CONSTANTS)).group(1)
    m = re.search(r'MailUtils\.sendText\(email, "([^"]+)", (.*?)\);', captcha)
    body = m.group(2).replace("code", '"482913"').replace("Constants.CAPTCHA_EXPIRATION", f'"{expiry}"')
    yield item("rvp-mail-login-code", "zh-Hans", m.group(1) + "\n" + java_concat(body), "ruoyivueplus_message",
               f"github.com/dromara/RuoYi-Vue-Plus@{RVP_COMMIT[:12]}:{RVP_CAPTCHA}",
               "dromara/RuoYi-Vue-Plus:CaptchaController:email", "all_message_templates")
    auth = git_show(RVP_GIT, RVP_COMMIT, RVP_AUTH)
    welcome = re.search(r'dto\.setMessage\("([^"]+)"\);', auth).group(1)
    yield item("rvp-sse-welcome", "zh-Hans", welcome, "ruoyivueplus_message",
               f"github.com/dromara/RuoYi-Vue-Plus@{RVP_COMMIT[:12]}:{RVP_AUTH}",
               "dromara/RuoYi-Vue-Plus:AuthController:welcome", "all_message_templates")


# --- FastAdmin and BuildAdmin --------------------------------------------------------------------
FASTADMIN_GIT = os.environ.get("FASTADMIN_GIT", "/work/.mirror/karsonzhang+fastadmin/repo")
FASTADMIN_COMMIT = "cc9802877ab3255d66776875ecffdfbff3a68afb"
FASTADMIN_EMS = "application/common/library/Ems.php"
BUILDADMIN_GIT = os.environ.get("BUILDADMIN_GIT", "/work/.mirror/build-admin+BuildAdmin/repo")
BUILDADMIN_COMMIT = "7e525ce580025b89b5fb05557c7865b1e74f567a"
BUILDADMIN_LANG = "app/api/lang/zh-cn/ems.php"
# The events app/api/controller/Ems.php sends a code for (the four its send() doc comment lists).
BUILDADMIN_EVENTS = ["user_register", "user_change_email", "user_retrieve_pwd", "user_email_verify"]


def fastadmin_items():
    """FastAdmin: the one mail of its e-mail code library (Ems::send's default sender): subject, then
    the body with the code's lifetime (`$expire` seconds, in minutes rounded up)."""
    src = git_show(FASTADMIN_GIT, FASTADMIN_COMMIT, FASTADMIN_EMS)
    expire = int(re.search(r"\$expire = (\d+);", src).group(1))
    subject = re.search(r"->subject\('([^']+)'\)", src).group(1)
    body = re.search(r'->message\((.*?)\)\s*->send', src, flags=re.S).group(1)
    body = body.replace("$params->code", '"482913"').replace("ceil(self::$expire / 60)", f'"{-(-expire // 60)}"')
    text = subject + "\n" + "".join(re.findall(r'"([^"]*)"', body))
    yield item("fastadmin-ems-code", "zh-Hans", text, "fastadmin_email",
               f"github.com/karsonzhang/fastadmin@{FASTADMIN_COMMIT[:12]}:{FASTADMIN_EMS}",
               "karsonzhang/fastadmin:Ems::send", "all_email_templates")


def buildadmin_items():
    """BuildAdmin: its e-mail code for every event (subject `<event's name>-<site name>`, then the
    body), the strings from its zh-cn catalogue (checked against its English one, app/api/lang/en/)."""
    from build_templates3 import untranslated_lines
    from build_templates4 import parse_php_array
    arr = parse_php_array(git_show(BUILDADMIN_GIT, BUILDADMIN_COMMIT, BUILDADMIN_LANG))
    en = parse_php_array(git_show(BUILDADMIN_GIT, BUILDADMIN_COMMIT, BUILDADMIN_LANG.replace("zh-cn", "en")))
    seen = set()
    for event in BUILDADMIN_EVENTS:
        text, en_text = (f"{a[event]}-Demo 站点\n" + a["Your verification code is: %s"].replace("%s", "482913")
                         for a in (arr, en))
        if english_line(text) or untranslated_lines(text, en_text) or not is_new(seen, text):
            continue
        yield item(f"buildadmin-ems-{event}", "zh-Hans", text, "buildadmin_email",
                   f"github.com/build-admin/BuildAdmin@{BUILDADMIN_COMMIT[:12]}:{BUILDADMIN_LANG} (app/api/controller/Ems.php)",
                   f"build-admin/BuildAdmin:ems:{event}", "all_email_templates")


def items():
    yield from jeecg_items()
    yield from tduck_items()
    yield from o2oa_items()
    yield from smartadmin_items()
    yield from jeesite_items()
    yield from snowy_items()
    yield from dzz_items()
    yield from rvp_items()
    yield from fastadmin_items()
    yield from buildadmin_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
