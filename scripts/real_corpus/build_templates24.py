#!/usr/bin/env python3
"""Rebuild the twenty-eighth batch of tests/data/real/ (issue 12): Chinese messages that apps
and carriers showed or sent to their users, taken from the test data and message resources of
four open-source projects: real Alipay and WeChat Pay service messages captured on a user's phone
(YAQianjiAuto's test data), real SMS of three Chinese carriers in a ModemManager port's parser
tests, the notices SmsForwarder sends through its forwarding channels and shows at start-up, and
the SMS texts SMS4J's example tests send. Only zh-Hans / zh-Hant (and es)
texts are taken, never English: English strings serve only for the "untranslated" check
(build_templates3.untranslated_lines) and build_templates8.english_line.

Usage:
    . /work/rebuild-28.sh   # or set YAQIANJIAUTO_GIT / SMSFORWARDER_GIT / SMS4J_GIT to bare git
                            # dirs of duzhaokun123/YAQianjiAuto, pppscn/SmsForwarder, dromara/SMS4J
    python3 scripts/real_corpus/build_templates24.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates24.py assemble     # write the jsonl files
    (MODEMMANAGER_GIT: a bare git dir of XXXXzzzz000/ModemManager, which holds MM_COMMIT on its
    branch hx_master.)

Sources (see tests/data/real/README.md, section "Twenty-eighth batch"); each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`):
  * yaqianji_pay: duzhaokun123/YAQianjiAuto (GPL-3.0), an Xposed module that books Alipay and
    WeChat Pay messages into the Qianji app. `testdata/data/*.json` are messages its author's
    phone received (Alipay service-account messages of 支付助手 / 蚂蚁庄园 / 蚂蚁财富, WeChat Pay
    card messages), kept as the module captured them.
  * smsforwarder_notice: pppscn/SmsForwarder (BSD-2-Clause), an Android app that forwards SMS,
    calls and app notifications. Its messages to the user: the sender-test message and the
    four battery alerts it sends through the user's channels (the strings that reach a MsgInfo
    body: test_sender_sms, below_level_min, over_level_max, reach_level_min, reach_level_max),
    in values-zh-rCN (zh-Hans) and values-zh-rTW (zh-Hant), and the start-up tips of
    app/src/main/assets/tips.json (zh-Hans only).
  * sms4j_sms: dromara/SMS4J (Apache-2.0), an SMS-provider library: every string literal with a
    Chinese character outside comments in sms4j-spring-boot-example's Sms4jTest.java (the texts
    its example tests send to a phone through the providers).
  * modemmanager_sms: XXXXzzzz000/ModemManager (GPL-2.0-or-later), a modem vendor's port of
    ModemManager whose `src/tests/test-sms-part-3gpp.c` (branch hx_master, MM_COMMIT) tests the
    PDU parser on SMS its modems received from China Unicom (10010), China Telecom (10001) and
    China Mobile (10086) (`#if CUSTOMER_PDU`, functions test_askey_pdu_china_*): every
    expected text of those functions; the parts of a multipart SMS (consecutive `TRUE` entries
    of one function, as the PDUs' concatenation headers number them) are joined into one
    message, `\r\n` read as a line break. A full phone number becomes 13800000000 (MM_MASK).

Selection is mechanical (above); placeholders get the fixed values of the earlier batches
(code 482913, a sender named "Demo", battery level 15%); HTML tags are dropped (a link keeps
its label and address). Text of a captured message: its title, then the amount, then each
"field value" line and the button labels, as the app shows them. Personal data of private
persons (a payee's name) is replaced by fixed values (MASK). A language that leaves a line in
English is skipped. Near-duplicates (digits and white space aside) collapse within a source.
Cut at 500 characters.

Split: the unit is the data file (YAQianjiAuto), the string name or tip (SmsForwarder), the
test method (SMS4J) or test function (ModemManager); held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed
and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates24.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates24.tsv")

CODE = "482913"


def git_paths(git, commit, folder):
    out = subprocess.run(["git", "--git-dir", git, "-c", "core.quotepath=off", "ls-tree", "-r",
                          "--name-only", commit, folder], check=True, capture_output=True)
    return sorted(out.stdout.decode("utf-8").splitlines())


def clean(text):
    return "\n".join(ln.strip() for ln in text.strip().splitlines() if ln.strip())


# --- YAQianjiAuto --------------------------------------------------------------------------------
YAQ_COMMIT = "6179e186d2a911d1e9bb03d324fc29c4d78514e2"  # main of 2024-07-29
MASK = {"刘勤续": "张三"}  # a private payee's name -> the conventional placeholder name


def alipay_text(d):
    """An Alipay service message (title, content: a string or the 支付助手 card)."""
    c = d["content"]
    if isinstance(c, str):
        lines = [d["title"], c.replace("∝", "")]
    else:
        lines = [d["title"], f"{c['money']}{c['unit']}"]
        lines += [f"{f['title']}{f['content']}" for f in c.get("content") or []]
        lines += [a["name"] for a in c.get("actions") or [] if a.get("name")]
    return "\n".join(lines)


def wechat_text(d):
    """A WeChat Pay card message: the title, the top line, the key/value lines, the button."""
    appmsg = d["content"]["msg"]["appmsg"]
    tmpl = appmsg["mmreader"]["template_detail"]
    lc = tmpl["line_content"]
    lines = [appmsg["title"]]
    top = lc.get("topline")
    if top:
        lines.append(f"{top['key']['word']} {top['value']['word']}")
    rows = (lc.get("lines") or {}).get("line") or []
    if isinstance(rows, dict):
        rows = [rows]
    lines += [f"{r['key']['word']} {r['value']['word']}" for r in rows]
    op = (tmpl.get("opitems") or {}).get("opitem")
    if isinstance(op, dict) and op.get("word"):
        lines.append(op["word"])
    return "\n".join(lines)


def yaq_message(d):
    if "pl" in d and isinstance(d["pl"], str):  # a raw capture: the message is the payload
        d = json.loads(d["pl"])
    if isinstance(d.get("content"), str) and d["content"].startswith("{"):
        d = dict(d, content=json.loads(d["content"]))
    if isinstance(d.get("content"), dict) and "msg" in d["content"]:
        return wechat_text(d)
    if "title" in d and "content" in d:
        return alipay_text(d)
    return None


def yaq_items():
    git = os.environ["YAQIANJIAUTO_GIT"]
    seen, used = set(), set()
    for path in git_paths(git, YAQ_COMMIT, "testdata/data/"):
        if not path.endswith(".json"):
            continue
        text = yaq_message(json.loads(git_show(git, YAQ_COMMIT, path)))
        if text is None:
            continue
        for k, v in MASK.items():
            if k in text:
                text, _ = text.replace(k, v), used.add(k)
        text = clean(text)
        if english_line(text) or not is_new(seen, text):
            continue
        yield item(f"yaqj-{sha(path)[:12]}", "zh-Hans", text, "yaqianji_pay",
                   f"github.com/duzhaokun123/YAQianjiAuto@{YAQ_COMMIT[:12]}:{path}",
                   f"duzhaokun123/YAQianjiAuto:{path}", "every_test_message")
    assert used == set(MASK), set(MASK) - used


# --- SmsForwarder --------------------------------------------------------------------------------
SMSF_COMMIT = "32300b2fbb37507f6ff2afeb4565dae29d92673a"  # main of 2026-06-11
SMSF_LANGS = [("values-zh-rCN", "zh-Hans"), ("values-zh-rTW", "zh-Hant")]
SMSF_MESSAGES = ["test_sender_sms", "below_level_min", "over_level_max", "reach_level_min",
                 "reach_level_max"]


def android_strings(src):
    return {e.get("name"): "".join(e.itertext()).replace("\\n", "\n").replace("\\'", "'")
            for e in ET.fromstring(src) if e.tag == "string"}


def smsf_items():
    git = os.environ["SMSFORWARDER_GIT"]
    res = "app/src/main/res/"
    en = android_strings(git_show(git, SMSF_COMMIT, res + "values-en/strings.xml"))
    seen = {}
    for folder, lang in SMSF_LANGS:
        path = res + folder + "/strings.xml"
        s = android_strings(git_show(git, SMSF_COMMIT, path))
        battery = "\n" + s["battery_level"] % "15%"
        for name in SMSF_MESSAGES:
            arg = "Demo" if name == "test_sender_sms" else battery
            text = clean(s[name] % arg)
            en_text = en[name] % ("Demo" if name == "test_sender_sms" else "\n" + en["battery_level"] % "15%")
            if untranslated_lines(text, en_text) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"smsf-{sha(path + '#' + name)[:12]}", lang, text, "smsforwarder_notice",
                       f"github.com/pppscn/SmsForwarder@{SMSF_COMMIT[:12]}:{path}#{name}",
                       f"pppscn/SmsForwarder:{name}", "every_message_string")
    path = "app/src/main/assets/tips.json"
    for n, tip in enumerate(json.loads(git_show(git, SMSF_COMMIT, path))["Data"]):
        text = clean(tip["title"] + "\n" + html_to_text(tip["content"]))
        if english_line(text) or not is_new(seen.setdefault("zh-Hans", set()), text):
            continue
        yield item(f"smsf-{sha(path + '#' + str(n))[:12]}", "zh-Hans", text, "smsforwarder_notice",
                   f"github.com/pppscn/SmsForwarder@{SMSF_COMMIT[:12]}:{path}#{n}",
                   f"pppscn/SmsForwarder:tips.json#{n}", "every_tip")


# --- SMS4J ---------------------------------------------------------------------------------------
SMS4J_COMMIT = "bc5af3a68a193ccb355e131348e2030f08f0af3f"  # main of 2025-05-10
SMS4J_FILE = "sms4j-spring-boot-example/src/test/java/org/dromara/sms4j/example/Sms4jTest.java"
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
CJK = re.compile(r"[\u3400-\u9fff]")


def sms4j_fill(text):
    text = text.replace("{}", CODE, 1)
    text = text.replace("{$val}", CODE, 1).replace("{$val}", "5", 1)
    return text


def sms4j_items():
    git = os.environ["SMS4J_GIT"]
    seen = set()
    method = ""
    for line in git_show(git, SMS4J_COMMIT, SMS4J_FILE).splitlines():
        m = re.search(r"\bvoid\s+(\w+)\s*\(", line)
        if m:
            method = m.group(1)
        code = line.split("//", 1)[0] if not line.strip().startswith("*") else ""
        for lit in LITERAL.findall(code):
            if not CJK.search(lit):
                continue
            text = clean(sms4j_fill(lit))
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"sms4j-{sha(method + '#' + lit)[:12]}", "zh-Hans", text, "sms4j_sms",
                       f"github.com/dromara/SMS4J@{SMS4J_COMMIT[:12]}:{SMS4J_FILE}#{method}",
                       f"dromara/SMS4J:{SMS4J_FILE}#{method}", "every_chinese_literal")


# --- ModemManager (a vendor port) ----------------------------------------------------------------
MM_COMMIT = "d46c36a7fc90e36dfcb8d5632c147a3262378861"  # branch hx_master, 2021-08-24
MM_FILE = "src/tests/test-sms-part-3gpp.c"
MM_MASK = {"13423853304": "13800000000"}  # the subscriber's own number in China Mobile's SMS
MM_ENTRY = re.compile(r'"(\d+)",\s*/\* number \*/\s*"[^"]*",\s*/\* timestamp \*/\s*(TRUE|FALSE),'
                      r'\s*/\* expected multipart \*/\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*/\* text \*/')


def mm_items():
    git = os.environ["MODEMMANAGER_GIT"]
    src = git_show(git, MM_COMMIT, MM_FILE)
    block = src.split("#if CUSTOMER_PDU", 1)[1].split("#endif\n\n/****", 1)[0]
    seen, used = set(), set()
    for func in re.split(r"\nstatic void\n", block)[1:]:
        name = func.split("(", 1)[0].strip()
        if not name.startswith("test_askey_pdu_china_"):
            continue
        messages, parts = [], []
        for number, multi, lits in MM_ENTRY.findall(func):
            text = "".join(LITERAL.findall(lits)).replace("\\r\\n", "\n")
            if multi == "FALSE":
                if parts:
                    messages.append("".join(parts))
                    parts = []
                messages.append(text)
            else:
                parts.append(text)
        if parts:
            messages.append("".join(parts))
        for n, text in enumerate(messages):
            for k, v in MM_MASK.items():
                if k in text:
                    text, _ = text.replace(k, v), used.add(k)
            text = clean(text)
            if not CJK.search(text) or english_line(text) or not is_new(seen, text):
                continue
            yield item(f"mmsms-{sha(name + '#' + str(n))[:12]}", "zh-Hans", text, "modemmanager_sms",
                       f"github.com/XXXXzzzz000/ModemManager@{MM_COMMIT[:12]}:{MM_FILE}#{name}",
                       f"XXXXzzzz000/ModemManager:{name}", "every_customer_test_sms")
    assert used == set(MM_MASK), set(MM_MASK) - used


def items():
    yield from yaq_items()
    yield from smsf_items()
    yield from sms4j_items()
    yield from mm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
