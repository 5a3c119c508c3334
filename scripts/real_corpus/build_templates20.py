#!/usr/bin/env python3
"""Rebuild the twenty-fourth batch of tests/data/real/ (issue 12): the alarm notices that Tencent
BlueKing Monitor sends to its users by mail, SMS, WeChat, WeCom robot (markdown) and its other
channels (the default text) for the five alarm events (alarm, recovery, close, acknowledgement,
assignment; one alarm or a summary), and the thread-pool alarm and parameter-change notices of
Dynamic-TP and Hippo4j (DingTalk, WeCom, Lark, YunZhiJia, mail), in zh-Hans only, never English:
English templates (`*_en`) are not read; these products ship no Spanish.

Usage:
    . /work/rebuild-24.sh   # sets BKMONITOR_GIT (a bare git dir); needs jinja2
    python3 scripts/real_corpus/build_templates20.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates20.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Twenty-fourth batch (templates)"), read at the
pinned commit of the twentieth batch with `git show <commit>:<path>` from a bare git dir fetched
whole:
  * bkmonitor_alarm: Tencent BlueKing Monitor (TencentBlueKing/bk-monitor, MIT, BKMONITOR_COMMIT of
    build_templates16.py), the 39 channel templates `<way>_content.jinja` (not `_en`) of
    `bkmonitor/templates/notice/<event>/<kind>/` that wrap the alarm strategy's own content
    (`{{user_content}}`), which the twentieth batch (`bkmonitor_notice`) left; `layouts_content`
    (a JSON card of the BK-Chat channel) is not rendered;
  * dynamictp_notice: Dynamic-TP (dromara/dynamic-tp, Apache-2.0, DTP_COMMIT), the alarm and
    change-notice templates of its DingTalk, WeCom and Lark notifiers
    (`common/.../constant/{Ding,Wechat,Lark}NotifyConst.java`), of its YunZhiJia extension
    (`YunZhiJiaNotifyConst.java`) and its two mail templates
    (`extension/extension-notify-email/.../templates/{alarm,notice}.html`, Thymeleaf), filled as
    `AbstractDtpNotifier` and `DtpEmailNotifier` fill them (highlight keys included);
  * hippo4j_notice: Hippo4j (opengoofy/hippo4j, Apache-2.0, HIPPO_COMMIT), the six robot templates
    of `kernel/message/core/src/main/resources/message/robot/dynamic-thread-pool/` (DingTalk, WeCom,
    Lark; alarm and config change), filled as `AbstractRobotSendMessageHandler` and
    `LarkSendMessageHandler` fill them, with the DingTalk titles of `DingAlarmConstants.java`.

Selection: every such template, under the channel's title template as the twentieth batch looks
it up (`<way>_title.jinja`, else `default_title.jinja`; SMS carries the content only).
`user_content` is the strategy's default message template (`DEFAULT_TEMPLATE` of
`constants/alert.py`, the one every built-in strategy uses) rendered as the product renders it:
Jinja2, then `NoticeRowRenderer` (rows `<label>: <value>`, a mail row a table row, a markdown row
`**<label>: **<value>`; an empty value drops its row, except in markdown), the row values and
labels of `DimensionCollectContent` (one alarm, kind `action`) or `MultiStrategyCollectContent`
(a summary, kind `converge`) of `alarm_backends/core/context/content.py`, ported in CONTENT_ROWS
below with their per-channel variants (`<field>_<way>`). The content of the wrapper templates
(`content.ack_operators`, `content.appointees`, ...) goes through the same port. One fixed,
documented sample alarm (SAMPLE_ALARM). Values as the twentieth batch: `alice` / `bob`, `Demo …`
names, links on `monitor.example.com`, `203.0.113.7`, 2026-11-27 10:00:00. HTML head, styles,
images and tags dropped (a link keeps its label and address), markdown emphasis and quote marks
dropped, `[label](url)` becomes `label url`. Near-duplicates collapse within the product. Cut at
500 characters.

Dynamic-TP and Hippo4j: one fixed sample pool (POOL) with a capacity alarm and a change of the
core and maximum sizes; chat markdown tags dropped (a mention keeps its name), a Lark card read as
its header title and its lark_md texts.

Split: `corpus.hashed_split` on `TencentBlueKing/bk-monitor:alarm/<event>`, every channel and kind
(one alarm, summary) of one event on one side; these units are disjoint from `bkmonitor_notice`'s.
Dynamic-TP and Hippo4j: `<owner/repo>:alarm` and `<owner/repo>:change`, every channel of one
notice on one side.
"""

import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates16 import (BKMONITOR_COMMIT, BKMONITOR_REPO, MON, NOTICE_EVENTS, NO_TITLE, WHEN,
                               bkmonitor_context, markdown_to_text, obj, render_jinja, strip_frame, tidy,
                               to_text)
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates20.tsv")
SELECTION = "templates20"

# constants/alert.py DEFAULT_TEMPLATE: the message template of every built-in strategy
DEFAULT_TEMPLATE = (
    "{{content.level}}\n{{content.begin_time}}\n{{content.time}}\n{{content.duration}}\n"
    "{{content.target_type}}\n{{content.data_source}}\n{{content.content}}\n"
    "{{content.current_value}}\n{{content.biz}}\n{{content.target}}\n{{content.dimension}}\n"
    "{{content.detail}}\n{{content.assign_detail}}\n{{content.related_info}}\n"
)

# The one sample alarm: a fatal (level 1) host alarm of the strategy `Demo CPU 使用率` (a
# time series of 监控采集指标, the bk_monitor collector) on 203.0.113.7 in business 2 `Demo`,
# first and latest anomaly at WHEN (so no duration: `新告警`), no dimensions beyond the target,
# topology 集群(Demo) 模块(Demo), current value 96%; acknowledged by alice (reason `Demo`),
# assigned to bob (reason `Demo`); a summary gathers 3 alarms.
SAMPLE_ALARM = {
    "alert_id": "1764237600201",
    "event_description": "Demo CPU 使用率 >= 95%, 当前值 96%",
    "biz": "[2]Demo (业务)",
    "target": "203.0.113.7",
    "target_link": MON + "/route/?bizId=2&route_path=I3BlcmZvcm1hbmNlL2RldGFpbC8yMDMuMC4xMTMuNy0w",
    "related_info": "集群(Demo) 模块(Demo)",
    "current_value": "96%",
    "data_source": "监控采集指标",
    "target_type": "IP",
    "severity": "致命",
    "ack_operators": "alice",
    "ack_reason": "Demo",
    "appointees": "bob",
    "assign_reason": "Demo",
}
# alarm.description: `新告警, <event>` while abnormal, else the end description `当前告警<status>`
# (EVENT_STATUS: RECOVERED 已恢复, CLOSED 已失效)
END_DESCRIPTION = {"recovered": "当前告警已恢复", "closed": "当前告警已失效"}

# labels of DimensionCollectContent (`action`) and MultiStrategyCollectContent (`converge`):
# field -> (default label, {way: label})
LABELS_DIM = {
    "begin_time": ("首次异常", {}), "time": ("最近异常", {}), "level": ("级别", {"mail": "告警级别"}),
    "duration": ("持续时间", {}), "target_type": ("告警对象", {}), "data_source": ("数据来源", {}),
    "content": ("内容", {"mail": "告警内容"}), "biz": ("所属空间", {}),
    "target": ("目标", {"mail": "告警目标"}), "dimension": ("维度", {"mail": "告警维度"}),
    "detail": ("详情", {"sms": "告警ID"}), "current_value": ("当前值", {}),
    "related_info": ("关联信息", {}), "appointees": ("负责人", {}), "assign_reason": ("分派原因", {}),
    "ack_reason": ("确认原因", {}), "ack_operators": ("确认人", {}), "assign_detail": ("分派详情", {}),
}
LABELS_MULTI = dict(LABELS_DIM, **{
    "time": ("最近异常", {"mail": "时间范围"}), "level": ("级别", {"mail": "告警级别"}),
    "content": ("内容", {"sms": "代表"}), "biz": ("告警业务", {}), "target": ("目标", {}),
    "dimension": ("维度", {}), "detail": ("详情", {"sms": "告警ID", "markdown": ""}),
})


def content_values(kind, event):
    """field -> (default value, {way: value}) of the content class of `kind` for the sample alarm,
    as content.py computes them (None: the row is left out)."""
    a = SAMPLE_ALARM
    description = END_DESCRIPTION.get(event) or "新告警, " + a["event_description"]
    detail = MON + f"/?bizId=2#/event-center/detail/{a['alert_id']}"
    # DefaultContent: the base values and the markdown variants both classes inherit
    v = {
        "level": (None, {}), "time": (WHEN, {}), "begin_time": (WHEN, {}), "duration": (None, {}),
        "target_type": (None, {}), "data_source": (None, {}), "content": (description, {}),
        "biz": (a["biz"], {"markdown": a["biz"]}),
        "target": (a["target"], {"markdown": f"[{a['target']}]({a['target_link']})"}),
        "dimension": (None, {}),  # no display dimension beyond the target
        "detail": (detail, {"markdown": None}), "current_value": (None, {}),
        "related_info": (a["related_info"], {}),
        "appointees": (a["appointees"] if event == "assign" else None, {}),
        "assign_reason": (a["assign_reason"] if event == "assign" else None, {}),
        "ack_reason": (a["ack_reason"] if event == "ack" else "",
                       {"markdown": "\\n> " + a["ack_reason"] + "\\n" if event == "ack" else "\\n"}),
        "ack_operators": (a["ack_operators"] if event == "ack" else "", {}),
        "assign_detail": (None, {"markdown": None}),
    }
    if kind == "action":  # DimensionCollectContent
        v["time"] = (WHEN, {"sms": None})
        v["begin_time"] = (WHEN, {"sms": None})
        v["detail"] = (detail, {"sms": a["alert_id"], "mail": None, "markdown": None})
        v["related_info"] = (a["related_info"], {"sms": None, "markdown": a["related_info"]})
        v["duration"] = (None, {"mail": None})  # duration_string: None when latest == first
        v["target_type"] = (None, {"mail": a["target_type"]})
        v["data_source"] = (None, {"mail": a["data_source"]})
        v["content"] = (description, {"mail": description})
        v["target"] = (a["target"], {"mail": a["target"], "markdown": v["target"][1]["markdown"]})
        v["current_value"] = (None, {"mail": a["current_value"]})
        v["level"] = (None, {"mail": a["severity"]})
        v["dimension"] = (None, {"markdown": ""})  # dimension_markdown: "" without dimensions
        v["assign_detail"] = (None, {"markdown": None})  # the class's assign_detail returns None
    else:  # MultiStrategyCollectContent
        sms = description if event in END_DESCRIPTION else \
            f"[致命]Demo CPU 使用率 10:00告警,{a['event_description']}"
        v["detail"] = (detail, {"weixin": None, "sms": a["alert_id"], "mail": None, "markdown": None})
        v["time"] = (WHEN, {"sms": None, "mail": f"{WHEN} ~ {WHEN}"})
        v["begin_time"] = (WHEN, {"sms": None, "mail": None})
        v["related_info"] = (None, {"sms": None, "markdown": None})
        v["content"] = (description, {"sms": sms, "mail": None})
        v["level"] = (None, {"mail": a["severity"]})
        v["data_source"] = (None, {"mail": a["data_source"]})
        v["dimension"] = (None, {"mail": None})
        v["target"] = (a["target"], {"mail": None, "markdown": v["target"][1]["markdown"]})
    return v


def row(way, title, content):
    """NoticeRowRenderer.format (bkmonitor/utils/template.py)."""
    title, content = str(title).strip(), str(content).strip()
    if title:
        title += ": "
    if not title and not content:
        return ""
    if way == "mail":
        return f"<tr><td>{title}</td><td>{content}</td></tr>"
    if way == "markdown":
        return f"**{title}**{content}"
    return f"{title}{content}"


class Content:
    """The `content` object of a notice's context: each field renders as its row for the way."""

    def __init__(self, kind, event, way):
        self.values = content_values(kind, event)
        self.labels = LABELS_DIM if kind == "action" else LABELS_MULTI
        self.way = way

    def __getattr__(self, field):
        if field not in self.__dict__.get("values", {}):
            raise AttributeError(field)
        default, by_way = self.values[field]
        value = by_way.get(self.way, default) if self.way in by_way else default
        if value is None:
            return ""
        label, label_by_way = self.labels[field]
        return row(self.way, label_by_way.get(self.way, label), value)


def user_content(ctx, way):
    """Jinja2Renderer then NoticeRowRenderer.render on DEFAULT_TEMPLATE: empty lines dropped except
    in markdown."""
    lines = render_jinja(DEFAULT_TEMPLATE, ctx).splitlines()
    return "\n".join(line for line in lines if line.strip() or way == "markdown")


# notice_way of each content template: `markdown` is what the WeCom robot (wxwork-bot, the
# MD_SUPPORTED_NOTICE_WAYS) reads; `default` is read by a way without its own template (e.g. rtx)
WAY = {"mail": "mail", "sms": "sms", "weixin": "weixin", "markdown": "markdown", "default": "rtx"}


def alarm_messages(git_dir):
    """(event, kind, way, title path or None, content path) of every template wrapping user_content."""
    files = set(git_files(git_dir, BKMONITOR_COMMIT))
    base = "bkmonitor/templates/notice"
    for event in NOTICE_EVENTS:
        for kind in ("action", "converge"):
            folder = f"{base}/{event}/{kind}"
            for path in sorted(f for f in files if f.startswith(folder + "/")):
                m = re.fullmatch(re.escape(folder) + r"/([a-z_]+)_content\.jinja", path)
                if not m or m.group(1).endswith("_en") or m.group(1) == "layouts":
                    continue
                way = m.group(1)
                if "user_content" not in git_show(git_dir, BKMONITOR_COMMIT, path):
                    continue  # taken by the twentieth batch (bkmonitor_notice)
                title = None
                if way not in NO_TITLE:
                    for cand in (f"{folder}/{way}_title.jinja", f"{folder}/default_title.jinja"):
                        if cand in files:
                            title = cand
                            break
                yield event, kind, way, title, path


def alarm_context(event, kind, way):
    ctx = bkmonitor_context(kind, f"{event}/{kind}/{way}")
    notice_way = WAY[way]
    detail = MON + f"/?bizId=2#/event-center/detail/{SAMPLE_ALARM['alert_id']}"
    count = ctx["alarm"]["collect_count"]
    ctx["alarm"] = obj(
        collect_count=count, ack_title=ctx["alarm"]["ack_title"], detail_url=detail, time=WHEN,
        name="Demo CPU 使用率", level=1, link_layouts=[], chart_name=None, example_detail_url=detail,
        quick_ack_url=detail + "&autoShowAlertAction=confirm",
        quick_shield_url=detail + "&autoShowAlertAction=shield" if count == 1 else None,
        redirect_infos=[obj(text="告警详情", url=detail), obj(text="指标检索", url=detail + "&type=query")])
    ctx["level_color"] = "#EA3636"
    ctx["action"] = obj(**ctx["action"], create_user="alice")  # who assigned the alarms to bob
    # the summary mails' alert table (the sample alarm's row)
    ctx["alerts_info"] = [obj(id=SAMPLE_ALARM["alert_id"], name="Demo CPU 使用率", target=SAMPLE_ALARM["target"],
                              dimension="", current_value=SAMPLE_ALARM["current_value"])]
    # closed/converge/mail_content.jinja loops over `alert_infos`, a name the context does not
    # have: the product's renderer (UndefinedSilently) renders nothing, and so does this port
    ctx["alerts"] = ctx["alerts_info"]
    ctx["alert_infos"] = []
    ctx["notice_way"] = "wxwork-bot" if notice_way == "markdown" else notice_way
    ctx["content"] = Content(kind, event, notice_way)
    ctx["user_content"] = user_content(ctx, notice_way)
    return ctx


def bkmonitor_alarm_items():
    git_dir = os.environ["BKMONITOR_GIT"]
    seen = set()
    for event, kind, way, title_path, content_path in alarm_messages(git_dir):
        ctx = alarm_context(event, kind, way)
        parts = []
        if title_path:
            parts.append(tidy(to_text(render_jinja(git_show(git_dir, BKMONITOR_COMMIT, title_path), ctx),
                                      title_path)))
        rendered = render_jinja(git_show(git_dir, BKMONITOR_COMMIT, content_path), ctx)
        if way == "markdown":
            # the robot reads the literal `\n` of the markdown rows as line breaks
            body = tidy(markdown_to_text(rendered.replace("\\n", "\n")))
        else:
            body = tidy(to_text(rendered, content_path))
        if parts and body.split("\n", 1)[0] == parts[-1]:
            parts.pop()
        text = "\n".join(parts + [body])
        if not is_new(seen, text):
            continue
        origin = f"github.com/{BKMONITOR_REPO}@{BKMONITOR_COMMIT[:12]}:" + \
            ",".join(p for p in (title_path, content_path) if p) + ",bkmonitor/constants/alert.py," \
            "bkmonitor/alarm_backends/core/context/content.py"
        yield item(f"bkalarm-{event}-{kind}-{way}-zh-Hans", "zh-Hans", text, "bkmonitor_alarm",
                   origin, f"{BKMONITOR_REPO}:alarm/{event}", SELECTION)


# --- Dynamic-TP and Hippo4j: thread-pool alarm and change notices ---------------------------------
DTP_COMMIT = "e304f1832db7afc2a83bd7440b1b95018c0562c5"
DTP_REPO = "dromara/dynamic-tp"
DTP_CONST = "common/src/main/java/org/dromara/dynamictp/common/constant/"
DTP_MAIL = "extension/extension-notify-email/src/main/resources/templates/"
HIPPO_COMMIT = "29ad46fd9f873cbc214eddfa30f01aa2e22e2b42"
HIPPO_REPO = "opengoofy/hippo4j"
HIPPO_DIR = "kernel/message/core/src/main/resources/message/robot/dynamic-thread-pool/"
HIPPO_CONST = "kernel/message/core/src/main/java/cn/hippo4j/threadpool/message/core/constant/"

# The one sample pool, alike for both products: service `demo-service` on 203.0.113.7:8080 in
# environment `prod`, pool `demo-pool`; a capacity alarm (queue 420 of 500, threshold 80%) raised
# at WHEN, receiver alice; the change notice raises the core size 10 -> 20 and the maximum 20 -> 40.
POOL = {"service": "demo-service", "address": "203.0.113.7:8080", "env": "prod", "pool": "demo-pool",
        "core": 10, "max": 20, "size": 10, "active": 10, "largest": 20, "tasks": 3000,
        "completed": 2480, "queue_type": "VariableLinkedBlockingQueue", "capacity": 500, "queued": 420,
        "remaining": 80, "reject": "AbortPolicy", "rejected": 0, "receiver": "alice"}
UNKNOWN = "---"  # DynamicTpConst.UNKNOWN: no last alarm, no trace id


def java_const(src, name):
    """The value of a Java `static final String NAME = "…" + "…";` (escapes decoded)."""
    m = re.search(r"\b" + re.escape(name) + r"\s*=\s*(.*?);\s*\n", src, flags=re.S)
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    refs = re.findall(r"\+\s*([A-Z_]+)\s*(?=\+|$)", m.group(1))
    value = "".join(p.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") for p in parts)
    for ref in refs:  # a constant concatenated by name (Hippo4j's trace line)
        value += java_const(src, ref)
    return value


def java_format(fmt, *args):
    """Java's String.format for the %s and %d of these templates."""
    args = iter(args)
    return re.sub(r"%[sd]", lambda m: str(next(args)), fmt)


def lark_text(card_json):
    """A Lark interactive card as its reader sees it: the header title, then every lark_md text."""
    import json
    card = json.loads(card_json)["card"]
    texts = [card["header"]["title"]["content"]]

    def walk(node):
        if isinstance(node, dict):
            if node.get("tag") == "lark_md":
                texts.append(node["content"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(card["elements"])
    return "\n".join(texts)


def chat_text(text):
    """A DingTalk, WeCom or Lark markdown message as plain text: tags dropped (an `<at>` keeps its
    name), markdown emphasis, quote marks and rules dropped."""
    text = re.sub(r"<@([^<>]+)>", r"@\1", text)  # a WeCom mention
    text = re.sub(r"<[^>]+>", "", text)
    text = markdown_to_text(text)
    text = re.sub(r"^\s*(?:---|\*\*\s*)$", "", text, flags=re.M)
    return tidy(text.replace("**", "").replace("###", ""))


def highlight(content, keys, all_keys, left, right):
    """AbstractDtpNotifier.highlightAlarmContent / highlightNotifyContent."""
    for k in keys:
        content = content.replace(k, left)
    for k in all_keys:
        content = content.replace(k, right)
    return content


ALL_ALARM_KEYS = ["corePoolSize", "maximumPoolSize", "poolSize", "activeCount", "queueType", "queueCapacity",
                  "queueSize", "queueRemaining", "rejectType", "rejectCount", "runTimeoutCount",
                  "queueTimeoutCount", "alarmType", "alarmValue"]
CAPACITY_KEYS = ["queueType", "queueCapacity", "queueSize", "queueRemaining", "alarmType", "alarmValue"]
MAIN_FIELDS = ["threadPoolName", "corePoolSize", "maxPoolSize", "keepAliveTime", "queueType", "queueCapacity",
               "rejectType", "allowCoreThreadTimeOut"]
CHANGED = ["corePoolSize", "maxPoolSize"]


def dtp_alarm_args(receivers):
    p = POOL
    return (p["service"], p["address"], p["env"], p["pool"], "capacity (80%)", "2 / 2", p["core"], p["max"],
            p["size"], p["active"], p["largest"], p["tasks"], p["completed"], p["queued"], p["queue_type"],
            p["capacity"], p["queued"], p["remaining"], p["reject"], p["rejected"], 0, 0, UNKNOWN, WHEN,
            receivers, 120, 3600, UNKNOWN,
            "SystemMetric{sAvgLoad=1.20, sCpuUsage=0.35, pCpuUsage=0.20, cpuCores=8, oldMemUsage=0.40}")


def dtp_notice_args(receivers):
    p = POOL
    return (p["service"], p["address"], p["env"], p["pool"], 10, 20, 20, 40, "false", "false", 60, 60,
            p["queue_type"], p["capacity"], p["capacity"], p["reject"], p["reject"], receivers, WHEN)


def thymeleaf(html, ctx):
    """The two Thymeleaf constructs of Dynamic-TP's mail templates: `th:if` on a set and `th:text`."""
    html = re.sub(r'<span th:if="\$\{#sets\.contains\((\w+), \'(\w+)\'\)\}"[^>]*>(.*?)</span>',
                  lambda m: m.group(3) if m.group(2) in ctx[m.group(1)] else "", html, flags=re.S)
    return re.sub(r'<span th:text="\$\{(\w+)\}"\s*(?:/>|></span>)', lambda m: str(ctx[m.group(1)]), html)


def dtp_items():
    git_dir = os.environ["DTP_GIT"]
    origin = f"github.com/{DTP_REPO}@{DTP_COMMIT[:12]}:"
    ding = git_show(git_dir, DTP_COMMIT, DTP_CONST + "DingNotifyConst.java")
    wechat = git_show(git_dir, DTP_COMMIT, DTP_CONST + "WechatNotifyConst.java")
    lark = git_show(git_dir, DTP_COMMIT, DTP_CONST + "LarkNotifyConst.java")
    title = java_const(ding, "DING_NOTICE_TITLE")  # the DingTalk markdown's title (DingNotifier)
    lark_at = "<at id='alice'>alice</at>"  # LARK_AT_FORMAT_USERNAME for a user name
    msgs = [
        # (unit, channel, text)
        ("alarm", "ding", title + "\n" + chat_text(highlight(
            java_format(java_const(ding, "DING_ALARM_TEMPLATE"), *dtp_alarm_args("alice")),
            CAPACITY_KEYS, ALL_ALARM_KEYS, "#EA9F00", "#664B4B")), "DingNotifyConst.java"),
        ("alarm", "wechat", chat_text(highlight(
            java_format(java_const(wechat, "WECHAT_ALARM_TEMPLATE"), *dtp_alarm_args("alice")),
            CAPACITY_KEYS, ALL_ALARM_KEYS, "warning", "comment")), "WechatNotifyConst.java"),
        ("alarm", "lark", chat_text(lark_text(highlight(
            java_format(java_const(lark, "LARK_ALARM_JSON_STR"), *dtp_alarm_args(lark_at)),
            CAPACITY_KEYS, ALL_ALARM_KEYS, "\U0001F534", ""))), "LarkNotifyConst.java"),
        ("change", "ding", title + "\n" + chat_text(highlight(
            java_format(java_const(ding, "DING_CHANGE_NOTICE_TEMPLATE"), *dtp_notice_args("alice")),
            CHANGED, MAIN_FIELDS, "#EA9F00", "#664B4B")), "DingNotifyConst.java"),
        ("change", "wechat", chat_text(highlight(
            java_format(java_const(wechat, "WECHAT_CHANGE_NOTICE_TEMPLATE"), *dtp_notice_args("alice")),
            CHANGED, MAIN_FIELDS, "warning", "comment")), "WechatNotifyConst.java"),
        ("change", "lark", chat_text(lark_text(highlight(
            java_format(java_const(lark, "LARK_CHANGE_NOTICE_JSON_STR"), *dtp_notice_args(lark_at)),
            CHANGED, MAIN_FIELDS, "\U0001F534", ""))), "LarkNotifyConst.java"),
    ]
    # the YunZhiJia extension notifier (plain text; its colour keys do not occur in its templates)
    yzj_path = "extension/extension-notify-yunzhijia/src/main/java/org/dromara/dynamictp/extension/notify/" \
        "yunzhijia/YunZhiJiaNotifyConst.java"
    yzj = git_show(git_dir, DTP_COMMIT, yzj_path)
    msgs.append(("alarm", "yunzhijia", chat_text(java_format(java_const(yzj, "ALARM_TEMPLATE"),
                                                             *dtp_alarm_args("alice"))), yzj_path))
    msgs.append(("change", "yunzhijia", chat_text(java_format(java_const(yzj, "CHANGE_NOTICE_TEMPLATE"),
                                                              *dtp_notice_args("alice"))), yzj_path))
    p = POOL
    base = {"serviceName": p["service"], "serviceAddress": p["address"], "serviceEnv": p["env"],
            "poolName": p["pool"]}
    alarm_ctx = dict(base, alarmType="capacity (80%)", alarmValue="2 / 2", corePoolSize=p["core"],
                     maximumPoolSize=p["max"], poolSize=p["size"], activeCount=p["active"],
                     largestPoolSize=p["largest"], taskCount=p["tasks"], completedTaskCount=p["completed"],
                     waitingTaskCount=p["queued"], queueType=p["queue_type"], queueCapacity=p["capacity"],
                     queueSize=p["queued"], queueRemaining=p["remaining"], rejectType=p["reject"],
                     rejectCount=p["rejected"], runTimeoutCount=0, queueTimeoutCount=0,
                     lastAlarmTime=UNKNOWN, alarmTime=WHEN, alarmPeriod=120, alarmSilencePeriod=3600,
                     highlightVariables=set(CAPACITY_KEYS), trace=UNKNOWN,
                     ext=dtp_alarm_args("")[-1])
    notice_ctx = dict(base, oldCorePoolSize=10, newCorePoolSize=20, oldMaxPoolSize=20, newMaxPoolSize=40,
                      oldIsAllowCoreThreadTimeOut="false", newIsAllowCoreThreadTimeOut="false",
                      oldKeepAliveTime=60, newKeepAliveTime=60, queueType=p["queue_type"],
                      oldQueueCapacity=p["capacity"], newQueueCapacity=p["capacity"],
                      oldRejectType=p["reject"], newRejectType=p["reject"], notifyTime=WHEN,
                      diffs=set(CHANGED))
    subject = "ThreadPool Notify"  # EmailNotifier: `spring.mail.title`, default `ThreadPool Notify`
    for unit, ctx in (("alarm", alarm_ctx), ("change", notice_ctx)):
        path = DTP_MAIL + ("alarm.html" if unit == "alarm" else "notice.html")
        html = thymeleaf(git_show(git_dir, DTP_COMMIT, path), ctx).replace("&#8202;", "")
        # a paragraph is one line (the highlight mark and its row are laid out on several source lines)
        html = re.sub(r"<p\b[^>]*>(.*?)</p>", lambda m: "<p>" + re.sub(r"\s+", " ", m.group(1)) + "</p>", html,
                      flags=re.S)
        body = tidy(html_to_text(strip_frame(html)))
        msgs.append((unit, "email", subject + "\n" + body, path))
    seen = set()
    for unit, channel, text, path in msgs:
        if not is_new(seen, text):
            continue
        src = path if "/" in path else DTP_CONST + path
        yield item(f"dtp-{unit}-{channel}-zh-Hans", "zh-Hans", text, "dynamictp_notice", origin + src,
                   f"{DTP_REPO}:{unit}", SELECTION)


def hippo_items():
    git_dir = os.environ["HIPPO4J_GIT"]
    origin = f"github.com/{HIPPO_REPO}@{HIPPO_COMMIT[:12]}:"
    ding_const = git_show(git_dir, HIPPO_COMMIT, HIPPO_CONST + "DingAlarmConstants.java")
    p = POOL
    # AbstractRobotSendMessageHandler / LarkSendMessageHandler: a capacity alarm has no timeout lines
    alarm = ["prod", "CAPACITY", p["pool"], p["service"], p["address"], p["core"], p["max"], p["size"],
             p["active"], p["largest"], p["completed"], p["queue_type"], p["capacity"], p["queued"],
             p["remaining"], p["reject"], p["rejected"]]

    def change(sep):
        return ["prod", p["pool"], p["service"], p["address"], f"10{sep}20", f"20{sep}40", f"false{sep}false",
                f"60{sep}60", f"0{sep}0", p["queue_type"], f"500{sep}500", p["reject"], p["reject"]]
    msgs = []
    for channel, sep, title_alarm, title_change in (
            ("ding", " -> ", java_const(ding_const, "DING_ALARM_TITLE"), java_const(ding_const, "DING_NOTICE_TITLE")),
            ("wechat", "  \u27b2  ", None, None)):
        a = git_show(git_dir, HIPPO_COMMIT, HIPPO_DIR + f"{channel}-alarm.txt").replace("${timeout-content}", "")
        c = git_show(git_dir, HIPPO_COMMIT, HIPPO_DIR + f"{channel}-config.txt")
        a = java_format(a, *alarm, "alice", 5, WHEN)
        c = java_format(c, *change(sep), "alice", WHEN)
        msgs.append(("alarm", channel, "\n".join(t for t in (title_alarm, chat_text(a)) if t), f"{channel}-alarm.txt"))
        msgs.append(("change", channel, "\n".join(t for t in (title_change, chat_text(c)) if t),
                     f"{channel}-config.txt"))
    at = "<at id=''>alice</at>"  # LARK_AT_FORMAT_USERNAME
    la = git_show(git_dir, HIPPO_COMMIT, HIPPO_DIR + "lark-alarm.json")
    la = la.replace(git_show(git_dir, HIPPO_COMMIT, HIPPO_DIR + "lark-alarm-timeout-replace.json"), "")
    la = java_format(la, "1764237600", "", *alarm, at, WHEN, 5)
    # LarkSendMessageHandler.sendChangeMessage passes the queue type before the capacity and the
    # execution timeout after it
    lc = java_format(git_show(git_dir, HIPPO_COMMIT, HIPPO_DIR + "lark-config.json"),
                     *change("  \u27b2  ")[:8], p["queue_type"], "500  \u27b2  500", "0  \u27b2  0", p["reject"],
                     p["reject"], at, WHEN)
    msgs.append(("alarm", "lark", chat_text(lark_text(la)), "lark-alarm.json"))
    msgs.append(("change", "lark", chat_text(lark_text(lc)), "lark-config.json"))
    seen = set()
    for unit, channel, text, name in msgs:
        if not is_new(seen, text):
            continue
        yield item(f"hippo4j-{unit}-{channel}-zh-Hans", "zh-Hans", text, "hippo4j_notice",
                   origin + HIPPO_DIR + name, f"{HIPPO_REPO}:{unit}", SELECTION)


def items():
    yield from bkmonitor_alarm_items()
    yield from dtp_items()
    yield from hippo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
