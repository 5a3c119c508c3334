#!/usr/bin/env python3
"""Rebuild the twenty-fifth batch of tests/data/real/ (issue 12): legitimate alert and notice
messages of FIT2CLOUD's products (1Panel, KubeOperator, DataEase, Cordys CRM), in zh-Hans and zh-Hant
(and es where the product translates the message), never English: the corpus has enough English
texts, and this batch is to raise the Chinese share. English strings serve only to find the
templates and to tell an untranslated string.

Usage:
    . /work/rebuild-25.sh   # or set the variables below (bare git dirs of the repositories)
    python3 scripts/real_corpus/build_templates21.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates21.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twenty-fifth batch (templates)"):
  * onepanel_alert: 1Panel (github.com/1Panel-dev/1Panel, GPL-3.0). The fetched snapshot of the
    repository (October 2024) predates its alert module, so the "alert mail template" section of
    agent/i18n/lang/{zh,zh-Hant,es-ES,en}.yaml was read through the file index (each file at the
    commit the index holds, named in the first line of its copy) and copied verbatim into
    scripts/real_corpus/raw/1panel/. Every key of that section is taken: the test mail (its own
    subject) and each alert body under the alert subject, as agent/utils/alert/alert.go sends them
    (subject PanelAlertTitle, body the alert string). No fetch is needed to rebuild it.
  * kubeoperator_notice: KubeOperator (Apache-2.0; KUBEOPERATOR_GIT, github.com/KubeOperator/
    KubeOperator at KO_COMMIT): every distinct msgService.SendMsg call of pkg/ (message type,
    success or failure, content keys) whose type has templates in pkg/constant/message.go
    (constant.Templates), and the message-account test, rendered with its e-mail template (pkg/templates/*.html; the subject is the
    title pkg/service/msg.go builds, then the body) and its DingTalk/WeCom markdown template
    (pkg/templates/*.md; the message is the markdown text). Chinese only: the product has no other
    language for these messages.
  * dataease_message: DataEase 1.x (GPL-3.0; DATAEASE_GIT, github.com/dataease/dataease, its branch
    dev at DE_COMMIT): every DeMsgutil.sendMsg call (dashboard shared and unshared, dataset sync
    succeeded or failed, data source invalid), the content string read from the Java expressions.
    Chinese only (Java literals).
  * cordys_notice: Cordys CRM (GPL-3.0 with additional terms on logos and contributions;
    CORDYS_GIT, github.com/1Panel-dev/CordysCRM at CORDYS_COMMIT): every default template of
    NotificationConstants.TemplateText with its event's subject, from
    backend/crm/src/main/resources/i18n/cordys-crm_zh_CN.properties. Chinese only (the other
    catalogue is en_US).

Selection is mechanical: every template of each product's message set, one text per template and
language and channel. A template is skipped in a language whose file lacks one of its strings or
leaves one in English (build_templates3.untranslated_lines against the English rendering, and
build_templates8.english_line for Chinese). Placeholders are filled with the fixed values of the
earlier batches (`Demo …` names, 203.0.113.7, dates 2026-11-27 10:00, 30 for counts, days and
minutes); a value that code outside the template supplies is `Demo`. HTML and markdown marks are
dropped. Near-duplicates collapse within a product and language (digits and white space ignored).
Cut at 500 characters.

Split: the unit is one template of one product with all its languages and channels
(`<owner/repo>:<template>`); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates21.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re
import subprocess

import yaml

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates21.tsv")
RAW = os.path.join(HERE, "raw")


def tidy(text):
    """Lines stripped, runs of blank lines reduced to one."""
    lines = [ln.strip() for ln in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def go_template(text, values):
    """A Go text/template with only `{{ .name }}` fields, filled from `values` (every field must
    have a value)."""
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: values[m.group(1)], text)


# --- 1Panel --------------------------------------------------------------------------------------
OP_REPO = "1Panel-dev/1Panel"
# (file under raw/1panel/, corpus language, origin path); the commit is in each file's first line.
OP_LANGS = [("zh.alert.yaml", "zh-Hans", "agent/i18n/lang/zh.yaml"),
            ("zh-Hant.alert.yaml", "zh-Hant", "agent/i18n/lang/zh-Hant.yaml"),
            ("es-ES.alert.yaml", "es", "agent/i18n/lang/es-ES.yaml")]
OP_EN = "en.alert.yaml"
# The node name and its address are printed side by side (`{{ .node }}{{ .ip }}`): "Demo Node" and
# " 198.51.100.4"; the address of the sign-in being reported is 203.0.113.7.
OP_VALUES = {"node": "Demo Node", "ip": " 198.51.100.4", "day": "30", "num": "30", "time": "30",
             "used": "90%", "name": "Demo", "msg": "Demo", "loginIp": "203.0.113.7"}


def op_strings(name):
    path = os.path.join(RAW, "1panel", name)
    with open(path, encoding="utf-8") as f:
        first = f.readline()
        commit = re.search(r"\b([0-9a-f]{40}):", first).group(1)
        return commit, yaml.safe_load(f)


def onepanel_items():
    """Every key of the alert mail template section: the test mail (TestAlertTitle, TestAlert) and
    each alert string as the body under PanelAlertTitle."""
    _, en = op_strings(OP_EN)
    for fname, lang, path in OP_LANGS:
        commit, s = op_strings(fname)
        mails = [("TestAlert", "TestAlertTitle")] + [
            (k, "PanelAlertTitle") for k in s if k.endswith("Alert") and k != "TestAlert"]
        seen = set()
        for key, subject in mails:
            if key not in s or subject not in s:
                continue
            text = s[subject] + "\n\n" + go_template(s[key], OP_VALUES)
            if key in en and subject in en:
                en_text = en[subject] + "\n\n" + go_template(en[key], OP_VALUES)
                if untranslated_lines(text, en_text):
                    continue
            if lang.startswith("zh") and english_line(text):
                continue
            if not is_new(seen, text):
                continue
            yield item(f"1panel-{key}-{lang}", lang, text, "onepanel_alert",
                       f"{OP_REPO}@{commit}:{path}", f"{OP_REPO}:{key}",
                       "every key of the alert mail template section of agent/i18n")


# --- KubeOperator --------------------------------------------------------------------------------
KO_REPO = "KubeOperator/KubeOperator"
KO_COMMIT = "e68a52193e95d79b0a6cbd2c27a7a8c47fb5a9c7"  # master of 2024-07-02
KO_CONSTANTS = "pkg/constant/message.go"
KO_VALUES = {"projectName": "Demo Project", "resourceName": "Demo Cluster",
             "createdAt": "2026-11-27 10:00:00", "date": "2026-11-27 10:00:00"}


def ko_markdown(text):
    """A DingTalk or WeCom markdown message read as text: heading, bold and quote marks, the
    markdown line break (a trailing backslash) and <font> tags dropped."""
    lines = []
    for ln in text.split("\n"):
        ln = re.sub(r"</?font[^>]*>|\*\*", "", ln)
        ln = re.sub(r"^#+ |^> ?", "", ln.strip())
        ln = re.sub(r"\s*\\$", "", ln)
        lines.append(ln.strip())
    return tidy("\n".join(lines))


def ko_render(src, values):
    """The Go template `src` with its `{{ if .x }} … {{ end }}` blocks kept when `x` has a value and
    left out otherwise, then its fields filled."""
    src = re.sub(r"\{\{\s*if \.(\w+)\s*\}\}(.*?)\{\{\s*end\s*\}\}",
                 lambda m: m.group(2) if values.get(m.group(1)) else "", src, flags=re.S)
    return go_template(src, values)


KO_CALL = re.compile(r'SendMsg\(constant\.(\w+), constant\.\w+, [^,]+, (true|false), (?:map\[string\]string\{(.*?)\}|(\w+))\)')


def ko_calls(git):
    """(message type, success, content keys) of every distinct `msgService.SendMsg` call in pkg/,
    in file order; the account test of msg_account.go is added as ("MSG_TEST", True, ("message",))."""
    out = subprocess.run(["git", "--git-dir", git, "grep", "-h", "SendMsg(constant", KO_COMMIT, "--", "pkg"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    calls = []
    for const, ok, keys, var in KO_CALL.findall(out):
        ks = ("message",) if var else tuple(sorted(re.findall(r'"(\w+)":', keys)))
        call = (const, ok == "true", ks)
        if call not in calls:
            calls.append(call)
    return calls + [("MsgTest", True, ("message",))]


def kubeoperator_items():
    """Every message KubeOperator sends: each distinct `SendMsg` call (message type, success or
    failure, the content keys it passes) whose type has templates, and the message-account test, in
    the context msg.go builds (title "<type>成功" or "<type>失败", with " (<cluster>)" when the call
    passes detailName; the error line when it passes errMsg). Both channels: e-mail and
    DingTalk/WeCom (one markdown template)."""
    git = os.environ["KUBEOPERATOR_GIT"]
    consts = git_show(git, KO_COMMIT, KO_CONSTANTS)
    names = dict(re.findall(r'^\t(\w+)\s*=\s*"([A-Z_]+)"', consts, re.M))
    titles = {names[k]: v for k, v in re.findall(r'^\t(\w+):\s*"([^"]+)",', consts.split("var MsgTitle")[1].split("}")[0], re.M)}
    templates = {}
    block = consts.split("var Templates")[1]
    for key, body in re.findall(r"^\t(\w+): \{\n(.*?)\n\t\},", block, re.M | re.S):
        templates[names[key]] = dict(re.findall(r"^\t\t(\w+):\s*\"([^\"]+)\"", body, re.M))
    test_message = re.search(r'TestMessage = "([^"]+)"', consts).group(1)
    license_src = git_show(git, KO_COMMIT, "pkg/cron/job/license.go")
    license_fmt = re.search(r'message\["message"\] = fmt.Sprintf\("([^"]+)", day\)', license_src).group(1)
    seen = set()
    for const, ok, keys in ko_calls(git):
        msg_type = names[const]
        if msg_type not in templates:  # GetMsgContent fails: nothing is sent
            continue
        values = dict(KO_VALUES)
        if msg_type == "MSG_TEST":
            values["message"] = test_message
            title = titles[msg_type]
        elif msg_type == "LICENSE_EXPIRE":
            values["message"] = license_fmt.replace("%d", "30")
            title = values["message"]
        else:
            values["operator"] = titles[msg_type]
            title = titles[msg_type] + ("成功" if ok else "失败")
            if "detailName" in keys:
                title += " (" + values["resourceName"] + ")"
            if "errMsg" in keys:
                values["errMsg"] = "Demo"
        values["title"] = title
        variant = "success" if ok else "failure"
        for chan, path in (("email", templates[msg_type]["Email"]), ("im", templates[msg_type]["DingTalk"])):
            src = git_show(git, KO_COMMIT, path)
            body = ko_render(src, values)
            if chan == "email":
                body = re.sub(r"<head>.*?</head>|<style>.*?</style>", "", body, flags=re.S)
                lines = [ln for ln in html_to_text(body.replace("</tr>", "</p>")).splitlines() if ln.strip()]
                text = title + "\n\n" + "\n".join(lines)
            else:
                text = ko_markdown(body)
            text = tidy(text)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"ko-{msg_type.lower()}-{variant}-{chan}-zh-Hans", "zh-Hans", text, "kubeoperator_notice",
                       f"{KO_REPO}@{KO_COMMIT}:{path}, {KO_CONSTANTS}", f"{KO_REPO}:{msg_type}",
                       "every SendMsg call of pkg/ whose message type has templates, and the account test; "
                       "e-mail and DingTalk/WeCom")


# --- DataEase ------------------------------------------------------------------------------------
DE_REPO = "dataease/dataease"
DE_COMMIT = "66ac9e2369887b57e2248c0ae29e5bedfbe776e6"  # branch dev (DataEase 1.x) of 2024-10-16
DE_FILES = ["core/backend/src/main/java/io/dataease/service/panel/ShareService.java",
            "core/backend/src/main/java/io/dataease/service/datasource/DatasourceService.java",
            "core/backend/src/main/java/io/dataease/service/dataset/ExtractDataService.java"]
# The Java expressions the calls use, as names java_concat can fill.
DE_EXPRS = {"user.getNickName()": "nick", "datasource.getName()": "datasource",
            "datasetTable.getName()": "dataset"}
DE_VALUES = {"nick": "bob", "msg": "Demo Dashboard", "datasource": "Demo Datasource", "dataset": "Demo Dataset"}
DE_CALL = re.compile(r"DeMsgutil\.sendMsg\(userId, (\w+), (.*?),\s*(?:gson|param)", re.S)


def dataease_items():
    """Every message of DataEase 1.x's message centre (DeMsgutil.sendMsg): the content string of
    each call, as the in-app, DingTalk, WeCom and Lark channels send it (the e-mail channel sends the
    same string as subject and body). The dataset-sync message builds its content in two statements:
    `"数据集【" + name + "】同步" + msg` with msg "成功" (type 5) or "失败" (type 6), both taken; its
    optional task-name suffix (an `if` without else) is left out. Chinese only (Java literals)."""
    from build_templates18 import java_concat
    git = os.environ["DATAEASE_GIT"]
    seen = set()
    for path in DE_FILES:
        src = git_show(git, DE_COMMIT, path)
        contents = []
        for type_id, expr in DE_CALL.findall(src):
            if expr == "content":  # built in the statement before the call
                expr = re.findall(r'String content = ("[^;]*);', src)[-1]
            if type_id == "typeId":  # a variable set before the call
                type_id = re.search(r"Long typeId = (\w+);", src).group(1) if "Long typeId = status" not in src else ""
            ternary = re.search(r'String msg = status \? "(\w+)" : "(\w+)";', src)
            if "msg" in expr and ternary:  # the dataset sync: typeId = status ? 5L : 6L
                assert "Long typeId = status ? 5L : 6L;" in src
                for k, v in DE_EXPRS.items():
                    expr = expr.replace(k, v)
                for tid, word in (("5L", ternary.group(1)), ("6L", ternary.group(2))):
                    contents.append((tid, java_concat(expr, dict(DE_VALUES, msg=word))))
                continue
            for k, v in DE_EXPRS.items():
                expr = expr.replace(k, v)
            contents.append((type_id, java_concat(expr, DE_VALUES)))
        for type_id, text in contents:
            if not is_new(seen, text):
                continue
            n = len(seen)
            yield item(f"de1-{type_id.lower()}-{n}-zh-Hans", "zh-Hans", text, "dataease_message",
                       f"{DE_REPO}@{DE_COMMIT}:{path}", f"{DE_REPO}:msg-{type_id}",
                       "every DeMsgutil.sendMsg call of DataEase 1.x (branch dev)")


# --- Cordys CRM ----------------------------------------------------------------------------------
CORDYS_REPO = "1Panel-dev/CordysCRM"
CORDYS_COMMIT = "cd8ee9fa289319583eb92df2d99317c4cec7fcb0"  # main of 2026-08-21
CORDYS_CONSTANTS = "backend/crm/src/main/java/cn/cordys/crm/system/constants/NotificationConstants.java"
CORDYS_PROPS = "backend/crm/src/main/resources/i18n/cordys-crm_zh_CN.properties"
CORDYS_VALUES = {"OPERATOR": "bob", "operator": "bob", "name": "Demo", "uName": "alice", "cName": "Demo",
                 "customerName": "Demo", "expireDays": "30", "count": "30", "type": "Demo", "state": "Demo"}


def java_properties(src):
    """key -> value of a UTF-8 .properties file (no continuation lines in the files read)."""
    out = {}
    for ln in src.splitlines():
        if ln.strip() and not ln.lstrip().startswith("#") and "=" in ln:
            k, v = ln.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def schema_fields(src, interface):
    """field name -> @Schema description key, in order, of one interface of NotificationConstants."""
    body = re.search(r"public interface " + interface + r" \{(.*?)\n    \}", src, re.S).group(1)
    return dict((f, d) for d, f in re.findall(r'@Schema\(description = "([^"]+)"\)\s*String (\w+) =', body))


def cordys_items():
    """Every default message template of Cordys CRM (NotificationConstants.TemplateText, the strings
    MessageTemplateUtils.getTemplate gives each event when the organisation has not written its own),
    as the mail and in-site senders send it: the subject AbstractNoticeSender builds (the event's
    name + "通知"), a blank line, then the content with its ${…} fields filled. A template whose
    event is not an Event constant has no such subject: its content alone. Chinese only (zh_CN;
    the en_US catalogue is the English reference)."""
    git = os.environ["CORDYS_GIT"]
    consts = git_show(git, CORDYS_COMMIT, CORDYS_CONSTANTS)
    zh = java_properties(git_show(git, CORDYS_COMMIT, CORDYS_PROPS))
    en = java_properties(git_show(git, CORDYS_COMMIT, CORDYS_PROPS.replace("zh_CN", "en_US")))
    events = schema_fields(consts, "Event")
    suffix = zh["notice.event.subject"]
    seen = set()
    for field, key in schema_fields(consts, "TemplateText").items():
        event = field[:-len("_TEXT")]
        if key not in zh:
            continue
        fill = lambda t: re.sub(r"\$\{(\w+)\}", lambda m: CORDYS_VALUES[m.group(1)], t)
        content = fill(zh[key])
        en_content = fill(en.get(key, ""))
        if event in events and events[event] in zh:
            text = zh[events[event]] + suffix + "\n\n" + content
        else:
            text = content
        if untranslated_lines(text, en_content) or english_line(text) or not is_new(seen, text):
            continue
        yield item(f"cordys-{event.lower()}-zh-Hans", "zh-Hans", text, "cordys_notice",
                   f"{CORDYS_REPO}@{CORDYS_COMMIT}:{CORDYS_PROPS}, {CORDYS_CONSTANTS}",
                   f"{CORDYS_REPO}:{event}", "every default template of NotificationConstants.TemplateText")


def items():
    yield from onepanel_items()
    yield from kubeoperator_items()
    yield from dataease_items()
    yield from cordys_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
