#!/usr/bin/env python3
"""Rebuild the twenty-fourth batch of tests/data/real/ (issue 12): the alarm notices that Tencent
BlueKing Monitor sends to its users by mail, SMS, WeChat, WeCom robot (markdown) and its other
channels (the default text) for the five alarm events (alarm, recovery, close, acknowledgement,
assignment; one alarm or a summary), in zh-Hans only, never English: English templates (`*_en`)
are not read.

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
    (a JSON card of the BK-Chat channel) is not rendered.

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

Split: `corpus.hashed_split` on `TencentBlueKing/bk-monitor:alarm/<event>`, every channel and kind
(one alarm, summary) of one event on one side; these units are disjoint from `bkmonitor_notice`'s.
"""

import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates16 import (BKMONITOR_COMMIT, BKMONITOR_REPO, MON, NOTICE_EVENTS, NO_TITLE, WHEN,
                               bkmonitor_context, markdown_to_text, obj, render_jinja, tidy, to_text)
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


def items():
    yield from bkmonitor_alarm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
