#!/usr/bin/env python3
"""Rebuild the twenty-third batch of tests/data/real/ (issue 12): real Chinese SMS and app messages
that banks, payment services and public funds sent to their users, as collected in the test data
of open-source projects that parse them. Only zh-Hans / zh-Hant (and es) texts are taken, never
English: the corpus has enough English texts; English lines serve only to tell a message the phone
showed in English (build_templates8.english_line).

Usage:
    . /work/rebuild-23.sh   # or set AUTORULE_GIT / AUTOACCOUNTING_GIT to bare git dirs of
                            # AutoAccountingOrg/AutoRule and AutoAccountingOrg/AutoAccounting
    python3 scripts/real_corpus/build_templates19.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates19.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twenty-third batch"); each read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * autorule_sms, autorule_notice, autorule_wechat: AutoRule, the rule set of the AutoAccounting
    bookkeeping app (GPL-3.0, AUTORULE_GIT at AUTORULE_COMMIT). Every rule's `tests/*.txt` holds
    one message a user of the app received and submitted so that a rule could be written for it:
    an SMS (`{"sender", "body", "t"}`, under `src/rule/com.android.phone/`), an app's push
    notification (`{"title", "text", "t"}`) or a WeChat service-account message
    (`{"mMap": {"title", "description", …}}`, under `src/rule/com.tencent.mm/`).
    The app itself (AutoAccounting, GPL-3.0, AUTOACCOUNTING_GIT at AUTOACCOUNTING_COMMIT) keeps more
    such messages, recorded on its authors' phones, as the `data` of the records of
    `test/src/main/resources/test_data_*.json`; they go to the same three sources.

Selection is mechanical: every `src/rule/**/tests/*.txt` file at the commit, in path order, that
holds one message in one of the three shapes above, then every record of the app's test files (the Alipay message-box and bill-list dumps,
JSON arrays of app records with nested payloads, are not one message and are skipped). Text: the
SMS body; the notification's title, a line break, its text; the WeChat message's title, a line
break, its description. A message shown in English (build_templates8.english_line) is skipped.
Personal data of private persons that the submitters left in (names, full phone and account
numbers, a street address, car plates) is replaced by fixed values (MASK); numbers the submitters
masked themselves (`185****6220`) and partial card numbers are kept. Near-duplicates (digits and
white space aside, after masking) collapse within a source. Cut at 500 characters.

Split: the unit is the rule (`AutoAccountingOrg/AutoRule:<rule folder>`: one sender's message
kind, all its test messages together) or the app's test file
(`AutoAccountingOrg/AutoAccounting:<file>`); held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates19.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import subprocess

from build_templates import item
from build_templates2 import is_new
from build_templates8 import english_line
from corpus import git_ls, git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates19.tsv")

# --- AutoRule ------------------------------------------------------------------------------------
AUTORULE_COMMIT = "893f5273d7d636bc6d9b7e47f3ec647214775eb1"  # main of 2025-01-26

# Personal data of private persons in the submitted messages -> fixed values (names 张三 / 张先生,
# the conventional placeholder name; phone 13800000000; a street address; car plates).
MASK = {
    "张秦": "张三",
    "苟先生": "张先生",
    "黄胜辉": "张三",
    "消费支付宝-严)": "消费支付宝-张三)",
    "谢水生": "张三",
    "向陈阳的": "向张三的",
    "冯振冰": "张三",
    "田利威": "张三",
    "鲍灯兴": "张三",
    "李锆": "张三",
    "梁峻翊": "张三",
    "交易用户Nigori": "交易用户张三",
    "朋友\"JHL\"": "朋友\"张三\"",
    "太公摘花": "张三",
    "账号（～水）": "账号（张三）",
    "19314326581": "13800000000",
    "1273747744": "13800000000",
    "124039910024": "13800000000",
    "张江镇张江新苑14号402": "示例路1号",
    "宁A·T4386": "京A·12345",
    "陕FF93513": "京A12345",
    "沪AAM9312": "京A12345",
}
# AutoAccounting's own test data (AUTOACCOUNTING_COMMIT): the same kinds of messages.
AUTOACCOUNTING_COMMIT = "857c0327452e4885144197215f0865703e893906"  # main of 2026-04-30
AUTOACCOUNTING_MASK = {"徐贵江": "张三", "*贵江": "*三"}


def autorule_message(raw):
    """(source, text) of one test file's JSON, or None when it is not one message."""
    try:
        d = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(d, dict):
        return None
    if "body" in d:
        return "autorule_sms", d["body"]
    if "title" in d and "text" in d:
        return "autorule_notice", d["title"].strip() + "\n" + d["text"]
    m = d.get("mMap")
    if isinstance(m, dict) and "description" in m:
        return "autorule_wechat", m.get("title", "").strip() + "\n" + m["description"]
    return None


def masked(text, used, mask=MASK):
    for k, v in mask.items():
        if k in text:
            text = text.replace(k, v)
            used.add(k)
    return text


def autorule_items():
    git = os.environ["AUTORULE_GIT"]
    files = subprocess.run(["git", "--git-dir", git, "-c", "core.quotepath=off", "ls-tree", "-r",
                            "--name-only", AUTORULE_COMMIT],
                           check=True, capture_output=True).stdout.decode("utf-8").splitlines()
    seen, used = SEEN, set()
    for path in sorted(files):
        if not path.startswith("src/rule/") or "/tests/" not in path or not path.endswith(".txt"):
            continue
        msg = autorule_message(git_show(git, AUTORULE_COMMIT, path).lstrip("\ufeff"))
        if msg is None:
            continue
        source, text = msg
        text = "\n".join(ln.strip() for ln in masked(text, used).strip().splitlines() if ln.strip())
        if english_line(text) or not is_new(seen.setdefault(source, set()), text):
            continue
        rule = path[len("src/rule/"):].split("/tests/")[0]
        yield item(f"arule-{sha(path)[:12]}", "zh-Hans", text, source,
                   f"github.com/AutoAccountingOrg/AutoRule@{AUTORULE_COMMIT[:12]}:{path}",
                   f"AutoAccountingOrg/AutoRule:{rule}", "every_test_message")
    assert used == set(MASK), set(MASK) - used


def autoaccounting_items():
    """Every record of the app's test/src/main/resources/test_data_*.json files (file order) whose
    `data` is one message in a shape autorule_message knows."""
    git = os.environ["AUTOACCOUNTING_GIT"]
    folder = "test/src/main/resources/"
    used = set()
    for name in git_ls(git, AUTOACCOUNTING_COMMIT, folder):
        if not (name.startswith("test_data_") and name.endswith(".json")):
            continue
        for n, rec in enumerate(json.loads(git_show(git, AUTOACCOUNTING_COMMIT, folder + name))):
            msg = autorule_message(json.dumps(rec["data"], ensure_ascii=False))
            if msg is None:
                continue
            source, text = msg
            text = masked(text, used, AUTOACCOUNTING_MASK)
            text = "\n".join(ln.strip() for ln in text.strip().splitlines() if ln.strip())
            if english_line(text) or not is_new(SEEN.setdefault(source, set()), text):
                continue
            path = f"{folder}{name}#{n}"
            yield item(f"aacct-{sha(path)[:12]}", "zh-Hans", text, source,
                       f"github.com/AutoAccountingOrg/AutoAccounting@{AUTOACCOUNTING_COMMIT[:12]}:{path}",
                       f"AutoAccountingOrg/AutoAccounting:{name}", "every_test_message")
    assert used == set(AUTOACCOUNTING_MASK), set(AUTOACCOUNTING_MASK) - used


SEEN = {}  # near-duplicate keys per source, shared by the two repositories (AutoRule read first)


def items():
    SEEN.clear()
    yield from autorule_items()
    yield from autoaccounting_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
