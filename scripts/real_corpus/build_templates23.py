#!/usr/bin/env python3
"""Rebuild the twenty-seventh batch of tests/data/real/ (issue 12): legitimate notices that Chinese
low-code, forms and office products send to their users (workflow to-do and reminder messages,
meeting invitations, sign-up codes, password-reset and address-change links, new-data notices), in
zh-Hans only: these products ship their messages in Chinese alone, and the batch adds no English
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
  * o2oa_message: O2OA (o2oa/o2oa, over the fetch limit): the message titles of three MessageFactory
    classes (process platform, meeting, CMS), read through the file index (the commits in
    O2OA_FILES) and copied verbatim to scripts/real_corpus/raw/o2oa/; every `MessageConnector.send`
    whose recipient is a person (the sends with an empty recipient are platform events, not
    messages to a user).

Selection is mechanical: every template of each set, one text per template. Placeholders are filled
with the fixed values of the earlier batches (`alice`, `Alice Chen`, `bob`, `Demo …` names, links on
`*.example.com`, code 482913, dates 2026-11-27 10:00); a value the caller supplies from a user's data
is a `Demo …` name. HTML tags are dropped (a link keeps its label and address; style blocks and the
document head go). Near-duplicates collapse within a product (digits and white space ignored). Cut at
500 characters. No English reference exists for these products (they ship Chinese only), so the
"untranslated" test does not apply; build_templates8.english_line guards that no kept text has an
English sentence.

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
from corpus import git_show, hashed_split, main

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
# (raw file, path in o2oa/o2oa, commit of the stored version read through the file index)
O2OA_FILES = [
    ("processplatform_MessageFactory.java",
     "o2server/x_processplatform_service_processing/src/main/java/com/x/processplatform/service/processing/MessageFactory.java",
     "1ff2978dee9a260004449a662dafe3521a7d55c0"),
    ("meeting_MessageFactory.java",
     "o2server/x_meeting_assemble_control/src/main/java/com/x/meeting/assemble/control/MessageFactory.java",
     "48465224e24afd563e9669397adcff2e302116a8"),
    ("cms_MessageFactory.java",
     "o2server/x_cms_assemble_control/src/main/java/com/x/cms/assemble/control/MessageFactory.java",
     "5d648cac2779a5d63a03658d2379adf2e89be4dd"),
]
# adjustTitle(...) by the type of the object: tasks and reads carry the activity's name.
O2OA_WORK = "Demo 请假申请"
O2OA_ADJUST_WITH_ACTIVITY = O2OA_WORK + ", (Demo 部门审批,Demo 请假流程)"
O2OA_ADJUST = O2OA_WORK + ", (Demo 请假流程)"
O2OA_VALUES = {
    "OrganizationDefinition.name(from)": "bob", "OrganizationDefinition.name(person)": "bob",
    "meeting.getSubject()": "Demo 周例会",
    "DateTools.format(meeting.getStartTime(), DateTools.format_yyyyMMddHHmm)": WHEN,
    "room.getName()": "Demo 会议室", "messageWo.getTitle()": "Demo 公告",
}


def o2oa_value(expr, param_type):
    """The value of one non-literal term of a title expression."""
    if expr.startswith("adjustTitle("):
        if param_type in ("Task", "Read", "TaskCompleted", "ReadCompleted"):
            return O2OA_ADJUST_WITH_ACTIVITY
        if param_type in ("Review", "Work", "WorkCompleted"):
            return O2OA_ADJUST
        raise KeyError(param_type)
    return O2OA_VALUES[expr]


def o2oa_title(expr, param_type):
    """A Java `"…" + call() + "…"` concatenation evaluated with O2OA_VALUES."""
    out = []
    for lit, term in re.findall(r'"((?:[^"\\]|\\.)*)"|([^+"\s][^+"]*[^+"\s]|[^+"\s])', expr):
        out.append(lit if term == "" else o2oa_value(term.strip(), param_type))
    return "".join(out)


def o2oa_items():
    """O2OA: the title of every MessageConnector.send to a person in the three MessageFactory
    classes (the message is that title)."""
    seen = set()
    for raw, path, commit in O2OA_FILES:
        with open(os.path.join(RAW, "o2oa", raw), encoding="utf-8") as f:
            src = f.read()
        cls = raw.split("_")[0]
        for m in re.finditer(r"public static void (\w+)\(\s*(\w+)[^)]*\)[^{]*\{(.*?)\n\t\}", src, flags=re.S):
            method, param_type, body = m.groups()
            if method.startswith("meeting_"):
                param_type = "Meeting"
            send = re.search(r"MessageConnector\.send\(\s*MessageConnector\.\w+,\s*title,\s*([^,]+),", body)
            if not send or send.group(1).strip() == '""':
                continue
            expr = re.search(r"String title = (.*?);", body, flags=re.S).group(1)
            text = o2oa_title(expr, param_type)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"o2oa-{cls}-{method}", "zh-Hans", text, "o2oa_message",
                       f"github.com/o2oa/o2oa@{commit[:12]}:{path} (copied to scripts/real_corpus/raw/o2oa/{raw})",
                       f"o2oa/o2oa:{cls}.{method}", "all_person_messages")


def items():
    yield from jeecg_items()
    yield from tduck_items()
    yield from o2oa_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
