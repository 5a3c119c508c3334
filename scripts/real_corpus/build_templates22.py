#!/usr/bin/env python3
"""Rebuild the twenty-sixth batch of tests/data/real/ (issue 12): the Chinese messages that
open-source Chinese shop systems send to their users (site messages, SMS, group-robot notices).
Only zh-Hans / zh-Hant (and es) texts are taken, never English: the corpus has enough English texts.

Usage:
    . /work/rebuild-26.sh   # or set CORECMS_GIT to a bare git dir of CoreUnion/CoreShop
    python3 scripts/real_corpus/build_templates22.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates22.py assemble     # write the jsonl files
(CRMEB is read from the verbatim excerpt committed under scripts/real_corpus/raw/crmeb/.)

Sources (see tests/data/real/README.md, section "Twenty-sixth batch"):
  * crmeb_notice: CRMEB, the open-source WeChat shop system of 西安众邦网络科技 (github.com/crmeb/CRMEB,
    Apache-2.0). Its notices are the rows of the table `eb_system_notification` in the installation
    dump `crmeb/public/install/crmeb.sql`, a 9 MB file that is absent from the repository's own
    snapshot (a large blob); the stored version of a copy of the repository in the file index
    (github.com/xiangyumou/CRMEB at CRMEB_COMMIT) was read page by page with read_file (characters
    5,746,000-5,776,000 of 9,002,274) and the table's CREATE TABLE and INSERT statements were copied
    verbatim to scripts/real_corpus/raw/crmeb/eb_system_notification.sql.
  * corecms_sms: CoreShop (核心商城) of CoreUnion, the .NET shop system (github.com/CoreUnion/CoreShop,
    Apache-2.0, CORECMS_GIT at CORECMS_COMMIT): the default SMS texts, the block `//短信发送内容模板`
    of CoreCms.Net.Configuration/SystemSettingDictionary.cs (11 settings, each the text that
    CoreCmsSmsServices sends for one event after replacing `{code}`).
  * likeadmin_notice: likeadmin (PHP edition) of the likeshop community, an admin and user-centre
    framework (github.com/likeadmin-likeshop/likeadmin_php, MIT, LIKEADMIN_GIT at LIKEADMIN_COMMIT):
    the notice settings `la_notice_setting` of server/public/install/db/like.sql (4 rows, the code
    messages for sign-in, binding and changing a phone number, and password recovery). Not the
    likeshop shop of the sixth batch: another product, with other notices.
  * niucloud_sms: niucloud-admin (Niushop's open-source SaaS base, github.com/niucloud/niucloud-admin-saas,
    MIT, NIUCLOUD_GIT at NIUCLOUD_COMMIT): the SMS contents of niucloud/app/dict/notice/sms.php
    (3 notices: two code messages, one recharge notice).

Selection is mechanical. CRMEB: every row of the table (18 notices), and of each row every channel whose
text is not empty: the site message (`system_title`, a line break, `system_text`; stored by
SystemMsgService as the message's title and content), the SMS (`sms_text`) and the WeCom group-robot
notice to the shop's staff (`ent_wechat_text`, split on its literal `\\n` and joined by line breaks,
as EnterpriseWechatService does, the markdown quote marks dropped). The WeChat template and
mini-program subscription messages (`wechat_content`, `routine_content`) are only field frames
(`订单号{{character_string2.DATA}}`) whose values the code sets; not taken. Placeholders `{key}` and
`{$key}` are filled with the fixed values of the earlier batches (CRMEB_FILL). Near-duplicates (digits
and white space aside) collapse within the source, in row order and in the order site message, SMS,
group notice. CoreShop: every setting of the SMS block, in file order, `{code}` filled. likeadmin: every row of
`la_notice_setting`, its site message (title, line break, content) and SMS content when not empty
(only the SMS contents are). niucloud: every `content` of the SMS dictionary. Cut at 500
characters.

Split: the unit is the notice (`crmeb/CRMEB:<mark>`, all its channels together) or the SMS setting
(`CoreUnion/CoreShop:<setting>`), the notice scene (`likeadmin-likeshop/likeadmin_php:<scene_id>`),
the notice key (`niucloud/niucloud-admin-saas:<key>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on
these texts. Labels come from scripts/real_corpus/labels/labels_templates22.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates6 import sql_rows
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates22.tsv")

# --- CRMEB ---------------------------------------------------------------------------------------
CRMEB_COMMIT = "010e431a5d70feab07c6764ec4e9947a82bcd52a"  # xiangyumou/CRMEB, the stored version
CRMEB_SQL = "crmeb/public/install/crmeb.sql"
CRMEB_RAW = os.path.join(HERE, "raw", "crmeb", "eb_system_notification.sql")
CRMEB_FILL = {
    "code": "482913", "time": "5", "pay_price": "99.00", "order_id": "wx2026112700002",
    "nickname": "alice", "store_name": "Demo 商品", "refund_price": "99.00", "title": "Demo 拼团",
    "admin_name": "bob",
}


def crmeb_fill(text):
    return re.sub(r"\{\$?(\w+)\}", lambda m: CRMEB_FILL[m.group(1)], text).strip()


def crmeb_items():
    with open(CRMEB_RAW, encoding="utf-8") as f:
        sql = f.read()
    m = re.search(r"INSERT INTO `eb_system_notification` \(([^)]*)\) VALUES\n(.*);\n", sql, re.S)
    cols = [c.strip("` ") for c in m.group(1).split(",")]
    seen = set()
    rows = [dict(zip(cols, r)) for r in sql_rows(m.group(2))]
    assert len(rows) == 18 and all(len(r) == len(cols) for r in rows)
    for r in rows:
        texts = []
        if r["system_text"].strip():
            texts.append(("system", r["system_title"].strip() + "\n" + r["system_text"].strip()))
        if r["sms_text"].strip():
            texts.append(("sms", r["sms_text"]))
        if r["ent_wechat_text"].strip():
            lines = [ln.lstrip(">").strip() for ln in r["ent_wechat_text"].split("\\n")]
            texts.append(("entwechat", "\n".join(ln for ln in lines if ln)))
        for channel, text in texts:
            text = crmeb_fill(text)
            if not is_new(seen, text):
                continue
            yield item(f"crmeb-{r['id']}-{channel}", "zh-Hans", text, "crmeb_notice",
                       f"github.com/crmeb/CRMEB (file-index copy xiangyumou/CRMEB@{CRMEB_COMMIT[:12]}):"
                       f"{CRMEB_SQL}#eb_system_notification.{r['mark']}.{channel}",
                       f"crmeb/CRMEB:{r['mark']}", "all_notice_templates")


# --- CoreShop (核心商城, CoreUnion) -----------------------------------------------------------------
CORECMS_COMMIT = "b5d2310c04c70755068d0d702c127321990aeff3"  # master of 2025-12-10
CORECMS_FILE = "CoreCms.Net.Configuration/SystemSettingDictionary.cs"


def corecms_items():
    """Every default of the block `//短信发送内容模板` (the SMS texts) of the settings dictionary."""
    src = git_show(os.environ["CORECMS_GIT"], CORECMS_COMMIT, CORECMS_FILE)
    block = src.split("//短信发送内容模板", 1)[1].split("return di;", 1)[0]
    seen = set()
    rows = re.findall(r'di\.Add\(SystemSettingConstVars\.(\w+), new DictionaryKeyValues\(\) '
                      r'\{ sKey = "([^"]*)", sValue = "([^"]*)" \}\);', block)
    assert len(rows) == 11, rows
    for key, _name, text in rows:
        text = text.replace("{code}", "482913")
        if not is_new(seen, text):
            continue
        yield item(f"corecms-{key}", "zh-Hans", text, "corecms_sms",
                   f"github.com/CoreUnion/CoreShop@{CORECMS_COMMIT[:12]}:{CORECMS_FILE}#{key}",
                   f"CoreUnion/CoreShop:{key}", "all_sms_templates")


# --- likeadmin (PHP) ------------------------------------------------------------------------------
LIKEADMIN_COMMIT = "79734cb1cbf004ced91634ce0bb5f619a515aa3f"  # master of 2026-02-12
LIKEADMIN_SQL = "server/public/install/db/like.sql"


def likeadmin_items():
    """Every row of `la_notice_setting` in the installation dump; of each, the site message (title,
    line break, content) and the SMS content when not empty (the WeChat channels hold only field
    frames, all empty here)."""
    sql = git_show(os.environ["LIKEADMIN_GIT"], LIKEADMIN_COMMIT, LIKEADMIN_SQL)
    seen = set()
    m = re.search(r"INSERT INTO `la_notice_setting` VALUES (.*);\s*$", sql, re.M)
    for row in sql_rows(m.group(1)):
        # id, scene_id, scene_name, scene_desc, recipient, type, system_notice, sms_notice, oa, mnp, …
        for channel, raw in (("system", row[6]), ("sms", row[7])):
            n = json.loads(raw)
            text = "\n".join(x for x in (n.get("title", ""), n.get("content", "")) if x.strip())
            text = text.replace("${code}", "482913").strip()
            if not text or not is_new(seen, text):
                continue
            yield item(f"likeadmin-{row[1]}-{channel}", "zh-Hans", text, "likeadmin_notice",
                       f"github.com/likeadmin-likeshop/likeadmin_php@{LIKEADMIN_COMMIT[:12]}:{LIKEADMIN_SQL}"
                       f"#la_notice_setting.{row[1]}.{channel}",
                       f"likeadmin-likeshop/likeadmin_php:{row[1]}", "all_notice_templates")


# --- niucloud-admin ------------------------------------------------------------------------------
NIUCLOUD_COMMIT = "f7288afe809f226d6d0ea059f57be3623d63bc0e"  # master of 2024-03-08
NIUCLOUD_FILE = "niucloud/app/dict/notice/sms.php"
NIUCLOUD_FILL = {"code": "482913", "price": "99.00", "balance": "199.00"}


def niucloud_items():
    """Every SMS content of the core notice dictionary (app/dict/notice/sms.php)."""
    src = git_show(os.environ["NIUCLOUD_GIT"], NIUCLOUD_COMMIT, NIUCLOUD_FILE)
    seen = set()
    rows = re.findall(r"'(\w+)' => \[\s*'content' => '([^']*)'", src)
    assert len(rows) == 3, rows
    for key, text in rows:
        text = re.sub(r"\{(\w+)\}", lambda m: NIUCLOUD_FILL[m.group(1)], text).strip()
        if not is_new(seen, text):
            continue
        yield item(f"niucloud-{key}", "zh-Hans", text, "niucloud_sms",
                   f"github.com/niucloud/niucloud-admin-saas@{NIUCLOUD_COMMIT[:12]}:{NIUCLOUD_FILE}#{key}",
                   f"niucloud/niucloud-admin-saas:{key}", "all_sms_templates")


def items():
    yield from crmeb_items()
    yield from corecms_items()
    yield from likeadmin_items()
    yield from niucloud_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
