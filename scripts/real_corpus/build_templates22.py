#!/usr/bin/env python3
"""Rebuild the twenty-sixth batch of tests/data/real/ (issue 12): the Chinese messages that
open-source Chinese shop systems send to their users (site messages, SMS, group-robot notices).
Only zh-Hans / zh-Hant (and es) texts are taken, never English: the corpus has enough English texts.

Usage:
    . /work/rebuild-26.sh   # or set CORECMS_GIT, LIKEADMIN_GIT, NIUCLOUD_GIT, MAGENTO_ZH_GIT and
                            # MAGENTO_ES_GIT, TINYSHOP_GIT to bare git dirs of the repositories below
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
  * magento_email: Magento 2 (github.com/magento/magento2, over the fetch limit; OSL-3.0 per its
    COPYING.txt), the customer-account and newsletter mails
    app/code/Magento/{Customer,Newsletter}/view/frontend/email/*.html (9 + 3 templates) and the
    admin-user mails app/code/Magento/User/view/adminhtml/email/*.html (6, copied as admin_*), one stored version each read through the file index and copied verbatim to
    scripts/real_corpus/raw/magento/ (commits in SOURCES.tsv), rendered with the Mageplaza language
    packs (MIT): github.com/mageplaza/magento-2-chinese-language-pack (zh_Hans_CN.csv, MAGENTO_ZH_GIT
    at MAGENTO_ZH_COMMIT) and magento-2-spanish-language-pack (es_ES.csv, MAGENTO_ES_GIT at
    MAGENTO_ES_COMMIT). Magento's own repository holds only en_US; no Traditional Chinese pack of
    Mageplaza was found.
  * tinyshop_notice: TinyShop (RF商城, github.com/jianyan74/TinyShop, Apache-2.0 with the supplemental
    conditions of LICENSE-SUPPLEMENTAL.md, TINYSHOP_GIT at TINYSHOP_COMMIT): the default site-message
    notices of common/enums/SubscriptionActionEnum.php (21 events).

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
(only the SMS contents are). niucloud: every `content` of the SMS dictionary. Magento: every
template, rendered as its template filter does: subject from `<!--@subject … @-->`; `{{trans "…"
key=$value}}` looked up in the pack (one dictionary, a later row overriding an earlier one, as
Magento reads a pack) and its `%key` filled (a placeholder the translator changed, as `%名称` for
`%name`, stays as the pack has it); `{{store url=…}}` and `{{var …}}` filled; header and footer
templates and the `{{depend store_phone}}` part (no phone set) dropped; HTML dropped, a link keeping
its label and address (once where they are the same). A template with an unclosed `{{trans` directive in its stored version
(account_new_no_password) is skipped; a language whose rendering keeps an English sentence of the
English rendering (build_templates3.untranslated_lines) is skipped. TinyShop: every entry of
`default()` whose content is not empty, as NotifyService sends it (the event's getMap() label as the
title, a line break, the content, `{a.b}` values filled). Cut at 500
characters.

Split: the unit is the notice (`crmeb/CRMEB:<mark>`, all its channels together) or the SMS setting
(`CoreUnion/CoreShop:<setting>`), the notice scene (`likeadmin-likeshop/likeadmin_php:<scene_id>`),
the notice key (`niucloud/niucloud-admin-saas:<key>`), the mail template (`magento/magento2:<template>`,
both languages together), the event (`jianyan74/TinyShop:<CONST>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on
these texts. Labels come from scripts/real_corpus/labels/labels_templates22.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import csv
import io
import json
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
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


# --- Magento 2 (customer mails) with the Mageplaza language packs ---------------------------------
MAGENTO_RAW = os.path.join(HERE, "raw", "magento")
MAGENTO_ZH_COMMIT = "d9229e145dfebeca6dcf85d3b24dfbad4a3b2a7c"  # mageplaza/magento-2-chinese-language-pack
MAGENTO_ES_COMMIT = "83a0c3cec86804115ca4beed3b0aea0be1b2fd58"  # mageplaza/magento-2-spanish-language-pack
MAGENTO_LANGS = [("zh-Hans", "MAGENTO_ZH_GIT", MAGENTO_ZH_COMMIT, "zh_Hans_CN.csv"),
                 ("es", "MAGENTO_ES_GIT", MAGENTO_ES_COMMIT, "es_ES.csv")]
SHOP = "https://shop.example.com"
MAGENTO_FILL = {
    "store_name": "Demo Shop", "name": "Alice Chen", "customer_email": "alice@example.com",
    "store_email": "support@shop.example.com", "customer_url": SHOP + "/customer/account/",
    "reset_url": SHOP + "/customer/account/createPassword/?id=42&token=5f2c9a0e1b7d4c3a",
    "newsletter_url": SHOP + "/newsletter/subscriber/confirm/?id=42&code=5f2c9a0e1b7d4c3a",
    "user_name": "Alice Chen", "first_name": "Alice", "last_name": "Chen", "email": "alice@example.com",
}
MAGENTO_VARS = {"user.name": "Alice Chen", "store.getFrontendName()": "Demo Shop",
                "store_frontend_name": "Demo Shop", "customer.email": "alice@example.com",
                "subscriber_data.confirmation_link": MAGENTO_FILL["newsletter_url"]}
MAGENTO_STORE_URLS = {
    "customer/account/": SHOP + "/customer/account/",
    "customer/account/confirm/": SHOP + "/customer/account/confirm/?id=42&key=5f2c9a0e1b7d4c3a",
    "customer/account/createPassword/": MAGENTO_FILL["reset_url"],
    "customer/account/createPassword": MAGENTO_FILL["reset_url"],
    "admin/auth/resetpassword/": SHOP + "/admin/admin/auth/resetpassword/?id=7&token=5f2c9a0e1b7d4c3a",
}
MAGENTO_TRANS = re.compile(r"""\{\{trans\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')(.*?)\}\}""", re.S)


def magento_dictionary(lang_env, commit, path):
    """A language pack's CSV (source, translation, type, module) as Magento's pack dictionary reads
    it: one dictionary for all modules, a later row overriding an earlier one."""
    rows = csv.reader(io.StringIO(git_show(os.environ[lang_env], commit, path)))
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def magento_render(src, tr):
    """(subject, body) of a mail template as Magento's template filter renders it with the
    dictionary `tr` (None: the English source), or None when a `{{trans}}` directive is left
    unclosed (the stored version of account_new_no_password has one)."""
    if re.search(r"""\{\{trans\s+("[^"]*"|'[^']*')[^}]*\{\{""", src):
        return None

    def trans(m):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        out = tr.get(text, text) if tr is not None else text
        for key in sorted(re.findall(r"(\w+)=", m.group(3)), key=len, reverse=True):
            if key == "changes":  # the changed field's name, in the reader's language
                value = tr.get("password", "password") if tr is not None else "password"
            else:
                value = MAGENTO_FILL[key]
            out = out.replace("%" + key, value)
        return out

    def var(m):
        return MAGENTO_VARS[m.group(1)]

    subject = MAGENTO_TRANS.sub(trans, re.search(r"<!--@subject (.*?) @-->", src, re.S).group(1))
    subject = re.sub(r"\{\{var ([\w.()]+)\}\}", var, subject)
    body = re.sub(r"<!--.*?-->", "", src, flags=re.S)
    body = re.sub(r"\{\{template [^}]*\}\}", "", body)
    body = re.sub(r"\{\{depend store_phone\}\}.*?\{\{/depend\}\}", "", body, flags=re.S)  # no phone set
    body = MAGENTO_TRANS.sub(trans, body)
    body = re.sub(r"""\{\{store url=['"]([^'"]*)['"][^}]*\}\}""", lambda m: MAGENTO_STORE_URLS[m.group(1)], body)
    body = re.sub(r"\{\{var this\.getUrl\([^}]*createPassword[^}]*\}\}", MAGENTO_FILL["reset_url"], body)
    body = re.sub(r"\{\{var ([\w.()]+)\}\}", var, body)
    assert "{{" not in body, body
    body = html_to_text(body)
    body = re.sub(r"(\S+) mailto:\1", r"\1", body)
    body = re.sub(r"(https?://\S+) \1", r"\1", body)  # a link whose label is its address, once
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    return subject.strip(), "\n".join(lines)


def magento_items():
    """Every customer-account and newsletter mail of Magento 2 (Magento_Customer and
    Magento_Newsletter view/frontend/email/*.html) and every admin-user mail (Magento_User
    view/adminhtml/email/*.html, copied as admin_*.html), the stored versions copied to raw/magento/
    (paths in its SOURCES.tsv), rendered in zh-Hans and es with the Mageplaza packs."""
    with open(os.path.join(MAGENTO_RAW, "SOURCES.tsv"), encoding="utf-8") as f:
        paths = dict(ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#"))
    paths = {n: src.split(":", 1)[1] for n, src in paths.items()}
    names = sorted(n for n in os.listdir(MAGENTO_RAW) if n.endswith(".html"))
    assert len(names) == 18 and set(names) == set(paths), names
    dicts = [(lang, magento_dictionary(env, commit, path)) for lang, env, commit, path in MAGENTO_LANGS]
    seen = {}
    for name in names:
        with open(os.path.join(MAGENTO_RAW, name), encoding="utf-8") as f:
            src = f.read()
        en = magento_render(src, None)
        if en is None:
            continue
        en_text = en[0] + "\n" + en[1]
        template = name[:-len(".html")]
        for lang, tr in dicts:
            subject, body = magento_render(src, tr)
            text = subject + "\n" + body
            if untranslated_lines(text, en_text) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"mage-{template}-{lang}", lang, text, "magento_email",
                       f"github.com/magento/magento2:{paths[name]} "
                       f"(stored version in scripts/real_corpus/raw/magento/SOURCES.tsv) with "
                       f"mageplaza/magento-2-{'chinese' if lang == 'zh-Hans' else 'spanish'}-language-pack@"
                       f"{(MAGENTO_ZH_COMMIT if lang == 'zh-Hans' else MAGENTO_ES_COMMIT)[:12]}",
                       f"magento/magento2:{template}", "all_customer_mail_templates")


# --- TinyShop (RF商城) -----------------------------------------------------------------------------
TINYSHOP_COMMIT = "0c8aaec13ebdbc8348d228b1b9456fc18b323e3b"  # master of 2023-08-03
TINYSHOP_FILE = "common/enums/SubscriptionActionEnum.php"
TINYSHOP_FILL = {"order.order_sn": "2026112700002", "afterSafe.order_sn": "2026112700002",
                 "afterSale.order_sn": "2026112700002", "orderProduct.refund_balance_money": "99.00",
                 "couponType.type": "Demo"}


def tinyshop_items():
    """Every default notice of SubscriptionActionEnum::default() whose content is not empty, as
    NotifyService::createRemindByReceiver sends it: the event's label from getMap() as the title, a
    line break, the content with its `{a.b}` values filled."""
    src = git_show(os.environ["TINYSHOP_GIT"], TINYSHOP_COMMIT, TINYSHOP_FILE)
    labels = dict(re.findall(r"self::(\w+) => '([^']*)'",
                             src.split("function getMap()", 1)[1].split("function getMemberMap()", 1)[0]))
    body = src.split("function default(", 1)[1]
    rows = re.findall(r"\n {12}self::(\w+) => \[\n {16}'title' => '([^']*)',\n {16}'content' => '([^']*)',", body)
    assert len(rows) == 21, len(rows)
    seen = set()
    for const, _title, content in rows:
        if not content.strip():
            continue
        content = re.sub(r"\{([\w.]+)\}", lambda m: TINYSHOP_FILL[m.group(1)], content)
        text = labels[const].strip() + "\n" + content.strip()
        if not is_new(seen, text):
            continue
        yield item(f"tinyshop-{const.lower()}", "zh-Hans", text, "tinyshop_notice",
                   f"github.com/jianyan74/TinyShop@{TINYSHOP_COMMIT[:12]}:{TINYSHOP_FILE}#{const}",
                   f"jianyan74/TinyShop:{const}", "all_notice_templates")


def items():
    yield from crmeb_items()
    yield from corecms_items()
    yield from likeadmin_items()
    yield from niucloud_items()
    yield from magento_items()
    yield from tinyshop_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
