#!/usr/bin/env python3
"""Rebuild the twelfth batch of tests/data/real/ (issue 12): legitimate account, security, ticket,
task and project notices of chat, project and operations tools, in zh-Hans and zh-Hant (and es
where the product translates the message), never English: the corpus has enough English texts, and
this batch is to raise the held-out template count and the Chinese share. English strings serve
only to find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-12.sh   # or set the *_GIT variables below to bare git dirs of the repositories
    python3 scripts/real_corpus/build_templates8.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates8.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Twelfth batch (templates)"); each read at a
pinned commit from a bare git dir (`git show <commit>:<path>`):
  * mattermost_email: Mattermost server (AGPL-3.0), over the fetch limit, so the `api.templates.*`
    entries of server/i18n/zh-CN.json and zh-TW.json (stored versions MATTERMOST_ZH_CN_COMMIT,
    MATTERMOST_ZH_TW_COMMIT) are copied verbatim in scripts/real_corpus/raw/mattermost/; every mail
    the v5 app/email.go assembles from them (MATTERMOST_MAILS), with NewEmailTemplate's sign-off.
  * tinode_message: Tinode chat server (GPL-3.0, TINODE_GIT): every server/templ/ template (e-mail
    validation, password reset, SMS code) in zh, zh-TW, es; subject and plain body.
  * tailchat_email: Tailchat (Apache-2.0, TAILCHAT_GIT): the two OTP mails of its user service.
  * dootask_email: DooTask (AGPL-3.0, DOOTASK_GIT): the three mails of
    UserEmailVerification::sendMail in zh-Hans and, through key.json/zh-CHT.json, zh-Hant.
  * bkitsm_notice: BK-ITSM (MIT, ITSM_GIT): every row of its default notice-template tables.
  * bkuser_notice: BK-User (MIT, BKUSER_GIT): every default notification template (BKUSER_FILES).
  * bkjob_notice: BK-JOB (MIT, BKJOB_GIT): every row of its current default notice-template set.
  * bksops_notice: BK-SOPS (MIT, BKSOPS_GIT): every notice of its message module.
  * bkci_notice: BK-CI (MIT, BKCI_GIT): every channel template of its Chinese notice catalogue.
  * archery_notice: Archery (Apache-2.0, ARCHERY_GIT): every message of its legacy notifier.
  * metersphere_notice: MeterSphere (GPL-3.0, METERSPHERE_GIT): every `message.<event>` template of
    its project catalogue, zh-Hans and zh-Hant.
  * yearning_email: Yearning (AGPL-3.0, YEARNING_GIT): every mail its MessagePush builds.
  * waline_email: Waline (MIT; npm @waline/vercel 1.39.3, WALINE_DIR): every mail sent through its
    locale catalogue (zh-CN, zh-TW, es) and its instant-message pushes (zh-Hans).
  * cloudpods_notice: Cloudpods (Apache-2.0, CLOUDPODS_GIT): every Chinese notice template it ships
    that is plain field references (no conditions, loops or function calls).

Selection is mechanical: every template of each product's message set, one text per template,
channel and language (the functions below say what "every" is for each product). A template is
skipped in a language whose file lacks one of its strings or leaves one in English
(build_templates3.untranslated_lines where an English file was read; for Mattermost, whose English
file was not read, a line of 12+ characters with two Latin words and no Chinese character).
Placeholders are filled with the fixed values of the earlier batches (`alice`, `bob`, `Demo …`
names, links on `*.example.com`, code 482913, dates 2026-11-27 10:00, password Tq7m-Wz4k-Rb9x); a
value that code supplies from elsewhere is `Demo`. HTML tags are dropped (a link keeps its label
and address). Near-duplicates collapse within a product and language (digits and white space
ignored). Cut at 500 characters.

Split: the unit is one template of one product with all its languages, and, for products that
send one notice through several channels, all its channels (`<owner/repo>:<template or event>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates8.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re
import subprocess

from build_templates import item
from build_templates2 import is_new
from corpus import git_files, git_ls, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates8.tsv")
RAW = os.path.join(HERE, "raw")

CJK = re.compile(r"[\u3400-\u9fff]")


def english_line(text):
    """True when a line of `text` (12+ characters, two Latin words, no Chinese character) would be
    sent in English: the test for a Chinese text when no English file was read."""
    for ln in text.splitlines():
        s = re.sub(r"\S+@\S+|https?://\S+", "", ln).strip()
        if len(s) >= 12 and not CJK.search(s) and len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
            return True
    return False


def go_fill(template, values):
    """A go-i18n string with its `{{ .Name }}` placeholders filled from `values`."""
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: values[m.group(1)], template)


# --- Mattermost ----------------------------------------------------------------------------------
MATTERMOST_ZH_CN_COMMIT = "00c8d25538d608ba1f831603a8d5e76d08a1f461"
MATTERMOST_ZH_TW_COMMIT = "063f208dc5bf9e4321afdd096bb493f04a2b128a"
MATTERMOST_LANGS = [("zh-CN", "zh-Hans", MATTERMOST_ZH_CN_COMMIT),
                    ("zh-TW", "zh-Hant", MATTERMOST_ZH_TW_COMMIT)]
MM_SITE = "https://chat.example.com"
MM_VERIFY = MM_SITE + "/do_verify_email?token=5f2c9a0e1b7d4c3a&email=alice%40example.com"
MM_RESET = MM_SITE + "/reset_password_complete?token=5f2c9a0e1b7d4c3a"
MM_VALUES = {
    "SiteName": "Demo Chat", "SiteURL": MM_SITE, "ServerURL": "chat.example.com", "TeamURL": MM_SITE,
    "TeamDisplayName": "Demo Chat", "NewEmail": "alice@example.com", "NewUsername": "alice",
    "Method": "Demo", "SenderName": "bob",
}
MM_SUPPORT = "support@chat.example.com"
# Every mail of app/email.go (Mattermost server v5): name, subject key, body keys in the order the
# code sets them; a (key, link) pair is a button. The team invitation is left out: the code sends it
# in the server's default locale (English) whatever the reader's language.
MATTERMOST_MAILS = [
    ("username_change", "username_change_subject",
     ["username_change_body.title", "username_change_body.info", "email_warning"]),
    ("email_change_verify", "email_change_verify_subject",
     ["email_change_verify_body.title", "email_change_verify_body.info",
      ("email_change_verify_body.button", MM_VERIFY)]),
    ("email_change", "email_change_subject",
     ["email_change_body.title", "email_change_body.info", "email_warning"]),
    ("verify", "verify_subject",
     ["verify_body.title", "verify_body.info", ("verify_body.button", MM_VERIFY)]),
    ("signin_change", "signin_change_email.subject",
     ["signin_change_email.body.title", "signin_change_email.body.info", "email_warning"]),
    ("welcome", "welcome_subject",
     ["welcome_body.title", "welcome_body.info", ("welcome_body.button", MM_VERIFY), "welcome_body.info2",
      "welcome_body.info3", ("welcome_body.app_download_info", MM_SITE + "/download")]),
    ("password_change", "password_change_subject",
     ["password_change_body.title", "password_change_body.info", "email_warning"]),
    ("user_access_token", "user_access_token_subject",
     ["user_access_token_body.title", "user_access_token_body.info", "email_warning"]),
    ("reset", "reset_subject",
     ["reset_body.title", "reset_body.info1", "reset_body.info2", ("reset_body.button", MM_RESET)]),
    ("mfa_activated", "mfa_change_subject",
     ["mfa_activated_body.title", "mfa_activated_body.info", "email_warning"]),
    ("mfa_deactivated", "mfa_change_subject",
     ["mfa_deactivated_body.title", "mfa_deactivated_body.info", "email_warning"]),
    ("deactivate", "deactivate_subject",
     ["deactivate_body.title", "deactivate_body.info", "deactivate_body.warning"]),
]
MATTERMOST_SIGNOFF = ["email_info1", "email_info2", "email_info3"]


def mattermost_items():
    """Mattermost's account and security mails (MATTERMOST_MAILS) in zh-Hans and zh-Hant."""
    for code, lang, commit in MATTERMOST_LANGS:
        path = os.path.join(RAW, "mattermost", f"{code}.api_templates.json")
        with open(path, encoding="utf-8") as f:
            strings = {e["id"][len("api.templates."):]: e["translation"] for e in json.load(f)}
        seen = set()
        for name, subject, body in MATTERMOST_MAILS:
            keys = [subject] + [k if isinstance(k, str) else k[0] for k in body] + MATTERMOST_SIGNOFF
            if any(k not in strings for k in keys):
                continue
            fill = dict(MM_VALUES)
            if name == "signin_change":  # the caller passes the method's name in the reader's language
                fill["Method"] = strings["signin_change_email.body.method_email"]
            lines = [go_fill(strings[subject], fill)]
            for k in body:
                if isinstance(k, str):
                    lines.append(go_fill(strings[k], fill))
                else:
                    lines.append(f"{go_fill(strings[k[0]], fill)} {k[1]}")
            lines.append(strings["email_info1"].strip() + " " + MM_SUPPORT)
            lines.append(go_fill(strings["email_info2"], fill))
            lines.append(go_fill(strings["email_info3"], fill))
            text = "\n".join(ln.strip() for ln in lines)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"mmost-{code}-{name}", lang, text, "mattermost_email",
                       f"github.com/mattermost/mattermost@{commit[:12]}:server/i18n/{code}.json"
                       f" (api.templates.*, copied to scripts/real_corpus/raw/mattermost/)",
                       f"mattermost/mattermost:{name}", "all_email_templates")


# --- Tinode --------------------------------------------------------------------------------------
TINODE_COMMIT = "22a7c18e9cd695e9a061bf1b8c84175196ef5a15"
TINODE_LANGS = [("zh", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
TINODE_TEMPLATES = ["email-validation", "email-password-reset", "sms-universal"]  # every server/templ/*
TINODE_VALUES = {"HostUrl": "https://chat.example.com/", "Code": "482913", "Token": "5f2c9a0e1b7d4c3a",
                 "Scheme": "basic", "Cred": "alice@example.com", "Login": "alice"}


def go_text_template(src, values):
    """A Go text/template body with its comments dropped, `{{-`/`-}}` trimming white space,
    `{{with .X}}…{{.}}…{{end}}` kept when X has a value, and `{{.X}}` filled from `values`."""
    src = re.sub(r"\{\{-?\s*/\*.*?\*/\s*-?\}\}", "", src, flags=re.S)
    src = re.sub(r"\s*\{\{-\s*", "{{", src)
    src = re.sub(r"\s*-\}\}\s*", "}}", src)

    def with_block(m):
        v = values.get(m.group(1))
        return m.group(2).replace("{{.}}", v) if v else ""
    src = re.sub(r"\{\{with \.(\w+)\}\}(.*?)\{\{end\}\}", with_block, src, flags=re.S)
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: values[m.group(1)], src)


def tinode_parts(src):
    """{part: text} of a Tinode template: its `define`d parts, or the whole file (the SMS)."""
    parts = dict(re.findall(r'\{\{define "(\w+)" -\}\}(.*?)\{\{- end\}\}', src, flags=re.S))
    return parts or {"body_plain": src}


def tinode_items():
    """Tinode (GPL-3.0): every template of server/templ/ (e-mail address validation, password reset,
    the SMS code), subject and plain-text body, in each language that has a file for it."""
    from build_templates3 import untranslated_lines
    git_dir = os.environ["TINODE_GIT"]
    names = git_ls(git_dir, TINODE_COMMIT, "server/templ")

    def render(name, code):
        parts = tinode_parts(git_show(git_dir, TINODE_COMMIT, f"server/templ/{name}-{code}.templ"))
        body = go_text_template(parts["body_plain"], TINODE_VALUES)
        subject = parts.get("subject", "").strip()
        return (subject + "\n\n" + body.strip()).strip() if subject else body.strip()
    for code, lang in TINODE_LANGS:
        seen = set()
        for name in TINODE_TEMPLATES:
            if f"{name}-{code}.templ" not in names:
                continue
            text = render(name, code)
            if untranslated_lines(text, render(name, "en")) or not is_new(seen, text):
                continue
            yield item(f"tnd8-{code}-{name}", lang, text, "tinode_message",
                       f"github.com/tinode/chat@{TINODE_COMMIT[:12]}:server/templ/{name}-{code}.templ",
                       f"tinode/chat:{name}", "all_message_templates")


# --- Tailchat ------------------------------------------------------------------------------------
TAILCHAT_COMMIT = "70c1e2b3d425ca65dc1dab4bcb36aadc27adc0ee"
TAILCHAT_FILE = "server/services/core/user/user.service.ts"


def tailchat_items():
    """Tailchat (Apache-2.0): every mail its user service sends (`mail.sendMail` with a `subject`
    and an `html` template literal): the e-mail verification and forgotten-password codes, written
    in Chinese in the code (the product's only language for them)."""
    from build_templates import html_to_text
    src = git_show(os.environ["TAILCHAT_GIT"], TAILCHAT_COMMIT, TAILCHAT_FILE)
    calls = re.findall(r"const html = `(.*?)`;\s*await ctx\.call\('mail\.sendMail', \{\s*to: \w+,\s*"
                       r"subject: `(.*?)`", src, flags=re.S)
    seen = set()
    for n, (html, subject) in enumerate(calls):
        name = ["verify_email", "forget_password"][n] if len(calls) == 2 else f"mail{n}"
        fill = lambda t: t.replace("${otp}", "482913")  # noqa: E731
        text = fill(subject) + "\n\n" + html_to_text(fill(html))
        if not is_new(seen, text):
            continue
        yield item(f"tlc-zh-{name}", "zh-Hans", text, "tailchat_email",
                   f"github.com/msgbyte/tailchat@{TAILCHAT_COMMIT[:12]}:{TAILCHAT_FILE}",
                   f"msgbyte/tailchat:{name}", "all_email_templates")


# --- DooTask -------------------------------------------------------------------------------------
DOOTASK_COMMIT = "b9d1934211b1f60e2ac2cead730e816a8b24bfb7"
DOOTASK_FILE = "app/Models/UserEmailVerification.php"
DOOTASK_VALUES = {"$user->nickname": "alice", "$alias": "Demo Task", "$code": "482913",
                  "$url": "https://task.example.com/single/valid/email?code=5f2c9a0e1b7d4c3a"}
DOOTASK_NAMES = {"2": "change_email", "3": "delete_account", "default": "bind_email"}


def php_concat(expr):
    """The parts of a PHP concatenation of double-quoted literals and variables: ("str", text) or
    ("var", name)."""
    parts = []
    for lit, var in re.findall(r'"((?:[^"\\]|\\.)*)"|(\$[\w>-]+)', expr):
        parts.append(("var", var) if var else ("str", lit))
    return parts


def dootask_items():
    """DooTask (AGPL-3.0): the three mails of UserEmailVerification::sendMail (the `case 2`,
    `case 3` and `default` branches of its switch: change-e-mail code, delete-account code,
    bind-e-mail link), read from the code: each `Doo::translate(...)` argument and the `sprintf`
    format around them. zh-Hans is the code's own text (the source language, returned as it is);
    zh-Hant is its translation table (public/language/api/key.json → zh-CHT.json, entry by entry),
    whose keys write the concatenated values as (%T1), (%T2)."""
    from build_templates import html_to_text
    git_dir = os.environ["DOOTASK_GIT"]
    src = git_show(git_dir, DOOTASK_COMMIT, DOOTASK_FILE)
    keys = json.loads(git_show(git_dir, DOOTASK_COMMIT, "public/language/api/key.json"))
    hant = json.loads(git_show(git_dir, DOOTASK_COMMIT, "public/language/api/zh-CHT.json"))
    to_hant = dict(zip(keys, hant))
    switch = src[src.index("switch ($type)"):]
    branches = re.split(r"\n\s*(?:case (\d+)|(default)):", switch)
    mails = []
    for i in range(1, len(branches), 3):
        label = branches[i] or branches[i + 1]
        body = branches[i + 2].split("break;")[0]
        subject = re.search(r"\$subject = Doo::translate\((.*?)\);", body).group(1)
        m = re.search(r'\$content = sprintf\("(.*?)",\s*(.*)\);', body, flags=re.S)
        args = [a.strip() for a in re.split(r",\s*\n", m.group(2).strip())]
        mails.append((DOOTASK_NAMES[label], subject, m.group(1), args))

    def zh(expr):
        return "".join(DOOTASK_VALUES[v] if k == "var" else v for k, v in php_concat(expr))

    def zh_hant(expr):
        parts, key, vals = php_concat(expr), [], []
        for k, v in parts:
            if k == "var":
                vals.append(DOOTASK_VALUES[v])
                key.append(f"(%T{len(vals)})")
            else:
                key.append(v.strip())
        t = to_hant.get("".join(key))
        if not t:
            return None
        for n, v in enumerate(vals, 1):
            t = t.replace(f"(%T{n})", v)
        return t
    for code, lang, tr in [("zh", "zh-Hans", zh), ("zh-CHT", "zh-Hant", zh_hant)]:
        seen = set()
        for name, subject, fmt, args in mails:
            values = []
            for a in args:
                if a.startswith("Doo::translate("):
                    values.append(tr(a[len("Doo::translate("):-1]))
                elif a.startswith('"<a href='):  # the link argument, written as a string with $url in it
                    values.append(DOOTASK_VALUES["$url"])
                else:
                    values.append(DOOTASK_VALUES.get(a, "Demo"))
            subj = tr(subject)
            if subj is None or None in values:
                continue
            body = html_to_text(fmt.replace("'", '"') % tuple(values))
            text = subj + "\n\n" + "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
            if not is_new(seen, text):
                continue
            yield item(f"doo-{code}-{name}", lang, text, "dootask_email",
                       f"github.com/kuaifan/dootask@{DOOTASK_COMMIT[:12]}:{DOOTASK_FILE}"
                       + ("" if code == "zh" else " with public/language/api/zh-CHT.json"),
                       f"kuaifan/dootask:{name}", "all_email_templates")

# --- BK-ITSM -------------------------------------------------------------------------------------
ITSM_COMMIT = "ce32d105d883603cb354b95a76091cf88926956e"
ITSM_FILE = "itsm/iadmin/contants.py"
ITSM_VALUES = {
    "service_type_name": "Demo", "title": "Demo 工单", "sn": "NO2026112710000042",
    "catalog_service_name": "Demo 服务", "running_status": "Demo 审批", "task_name": "Demo 任务",
    "task_component_type_display": "Demo", "task_status_display": "Demo", "task_creator": "bob",
    "task_create_at": "2026-11-27 10:00", "ticket_url": "https://itsm.example.com/#/ticket/detail/?id=42",
    "ticket_current_processors": "alice", "message": "Demo", "today_date.year": "2026",
    "today_date.month": "11", "today_date.day": "27",
}


def itsm_tables():
    """The NOTIFY_TEMPLATE and GENERAL_NOTIFY_TEMPLATE_LIST rows (title, content, action,
    notify_type, used_by), SUPERVISE_MESSAGE and the action names, read by running the module
    with its imports stubbed: `_` is the identity, the constants it imports from
    itsm.component.constants are their own names, itsm.sla.constants is the repository's file."""
    import sys
    import types
    git_dir = os.environ["ITSM_GIT"]

    class Names(types.ModuleType):
        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            return name
    sla = types.ModuleType("itsm.sla.constants")
    exec(git_show(git_dir, ITSM_COMMIT, "itsm/sla/constants.py"), sla.__dict__)
    translation = types.ModuleType("django.utils.translation")
    translation.ugettext = lambda t: t
    stubs = {"django": types.ModuleType("django"), "django.utils": types.ModuleType("django.utils"),
             "django.utils.translation": translation, "itsm": types.ModuleType("itsm"),
             "itsm.component": types.ModuleType("itsm.component"),
             "itsm.component.constants": Names("itsm.component.constants"),
             "itsm.sla": types.ModuleType("itsm.sla"), "itsm.sla.constants": sla}
    saved = {k: sys.modules.get(k) for k in stubs}
    sys.modules.update(stubs)
    try:
        mod = {}
        exec(git_show(git_dir, ITSM_COMMIT, ITSM_FILE), mod)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return mod


def itsm_items():
    """BK-ITSM (Tencent BlueKing's IT service desk, MIT): every row of its default notice templates
    (NOTIFY_TEMPLATE: SMS, WeChat and e-mail; GENERAL_NOTIFY_TEMPLATE_LIST: the general notice
    channel) for ticket, task and SLA events, title then content, in Chinese (the product's source
    language). `${action}` is the event's name from ACTION_CHOICES_DICT; the supervise notice's
    `${message}` is SUPERVISE_MESSAGE, as the names say; other `${…}` get fixed values."""
    from build_templates import html_to_text
    mod = itsm_tables()
    actions = mod["ACTION_CHOICES_DICT"]
    rows = [tuple(r) for r in mod["NOTIFY_TEMPLATE"]] + [tuple(r) for r in mod["GENERAL_NOTIFY_TEMPLATE_LIST"]]
    seen = set()
    for title, content, action, notify_type, used_by in rows:
        values = dict(ITSM_VALUES, action=actions.get(action, "Demo"))
        if action == "SUPERVISE_OPERATE":
            values["message"] = re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], mod["SUPERVISE_MESSAGE"])

        def fill(t):
            return re.sub(r"\$\{([\w.]+)\}", lambda m: values[m.group(1)], t)
        body = re.sub(r"<style.*?</style>|<img[^>]*>", "", fill(content), flags=re.S)
        body = html_to_text(body)
        text = fill(title).strip() + "\n" + "\n".join(ln.strip() for ln in body.splitlines())
        name = f"{used_by}-{action}-{notify_type}".lower()
        if not is_new(seen, text):
            continue
        yield item(f"itsm-zh-{name}", "zh-Hans", text, "bkitsm_notice",
                   f"github.com/TencentBlueKing/bk-itsm@{ITSM_COMMIT[:12]}:{ITSM_FILE}",
                   f"TencentBlueKing/bk-itsm:{used_by}-{action}".lower(), "all_notice_templates")


# --- BK-User -------------------------------------------------------------------------------------
BKUSER_COMMIT = "99b74a44e3ae13d28ff53c7686db7d26f1ccb9dc"
BKUSER_FILES = ["src/bk-user/bkuser/plugins/local/defaults.py", "src/bk-user/bkuser/apps/notification/notifier.py",
                "src/bk-user/bkuser/apps/tenant/constants.py"]
BKUSER_VALUES = {"username": "alice", "password": "Tq7m-Wz4k-Rb9x", "url": "https://bk.example.com/reset-password/5f2c9a0e1b7d4c3a",
                 "valid_minutes": "30", "valid_days": "7", "verification_code": "482913"}


def py_str(node):
    """The value of a string expression made of literals joined with `+` (None for anything else)."""
    import ast
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = py_str(node.left), py_str(node.right)
        return None if a is None or b is None else a + b
    return None


def bkuser_templates(src):
    """(scene or enclosing function, method, title, text body) of every notification template in a
    bk-user module: each `NotificationTemplate(...)` call and each dict literal with the same fields
    (`method`, `title`, `content`, optionally `content_html` and `scene`). The code sends `content`
    by SMS and `content_html` (where there is one) by e-mail."""
    import ast
    tree = ast.parse(src)
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "NotificationTemplate":
            fields = {k.arg: k.value for k in node.keywords}
        elif isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
            fields = {k.value: v for k, v in zip(node.keys, node.values)}
        else:
            continue
        if not {"method", "title", "content"} <= set(fields):
            continue
        method = getattr(fields["method"], "attr", None)
        if method is None or py_str(fields["content"]) is None:  # rebuilt from stored settings, not a template
            continue
        scene = getattr(fields.get("scene"), "attr", None)
        if scene is None:
            up = node
            while up in parents and not isinstance(up, ast.FunctionDef):
                up = parents[up]
            scene = up.name.strip("_") if isinstance(up, ast.FunctionDef) else "template"
        body = fields["content"] if method == "SMS" or "content_html" not in fields else fields["content_html"]
        out.append((scene.lower(), method.lower(), py_str(fields["title"]), py_str(body)))
    return out


def bkuser_items():
    """BK-User (Tencent BlueKing's user management, MIT): every default notification template (account
    created with its initial password, password reset link, password reset by the administrator,
    verification code, password and account expiry reminders; e-mail and SMS), in Chinese (the source
    language)."""
    from build_templates import html_to_text
    git_dir = os.environ["BKUSER_GIT"]
    seen = set()
    for path in BKUSER_FILES:
        tag = path.split("/")[-2]
        for scene, method, title, body in bkuser_templates(git_show(git_dir, BKUSER_COMMIT, path)):
            fill = lambda t: re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: BKUSER_VALUES[m.group(1)], t)  # noqa: E731
            text = "\n".join(ln.strip() for ln in html_to_text(fill(body)).splitlines())
            if title:
                text = fill(title) + "\n" + text
            name = f"{tag}-{scene}-{method}"
            if not is_new(seen, text):
                continue
            yield item(f"bku-zh-{name}", "zh-Hans", text, "bkuser_notice",
                       f"github.com/TencentBlueKing/bk-user@{BKUSER_COMMIT[:12]}:{path}",
                       f"TencentBlueKing/bk-user:{tag}-{scene}", "all_notice_templates")


# --- BK-JOB --------------------------------------------------------------------------------------
BKJOB_COMMIT = "588f99bb3f99194cc0486ca66118ef85eee0aaa8"
BKJOB_FILE = "support-files/sql/job-manage/0013_job_manage_20210205-1000_V3.1.4.4_mysql.sql"
BKJOB_VALUES = {
    "APP_NAME": "Demo", "cron_name": "Demo 定时任务", "notify_time": "10", "BASE_HOST": "https://job.example.com",
    "cron_uri": "/cron/list?cronJobId=42", "task.app.name": "Demo", "task.name": "Demo 作业",
    "task.detail.url": "https://job.example.com/api_execute/42", "task.operator": "alice", "task.bk_biz_name": "Demo",
    "task.url": "https://job.example.com/cron/list?cronJobId=42", "task.step.name": "Demo 步骤",
    "task.step.confirm_info": "Demo", "task.step.confirm_message": "Demo",
}


def sql_rows(src):
    """The value tuples of every `INSERT INTO … VALUES (…);` statement of a MySQL dump (strings with
    backslash escapes, numbers and b'…' bits as text)."""
    rows = []
    for m in re.finditer(r"INSERT INTO [^(]+\(([^)]*)\) VALUES \(", src):
        cols = [c.strip(" `") for c in m.group(1).split(",")]
        i, vals = m.end(), []
        while True:
            while src[i] in " \r\n\t,":
                i += 1
            if src[i] == ")":
                break
            if src[i] == "'" or src[i:i + 2] == "b'":
                i += 1 if src[i] == "'" else 2
                buf = []
                while src[i] != "'":
                    if src[i] == "\\":
                        buf.append({"n": "\n", "r": "\r", "t": "\t"}.get(src[i + 1], src[i + 1]))
                        i += 2
                        continue
                    buf.append(src[i])
                    i += 1
                vals.append("".join(buf))
                i += 1
            else:
                j = i
                while src[i] not in ",)":
                    i += 1
                vals.append(src[j:i].strip())
        rows.append(dict(zip(cols, vals)))
    return rows


def bkjob_items():
    """BK-JOB (Tencent BlueKing's job platform, MIT): every default notice template of its current
    default set (the migration that replaces all defaults, BKJOB_FILE): cron-job reminders, job
    success, failure and confirmation notices, by the common channel, mail, WeChat, SMS and RTX; the
    Chinese title and content (the English columns are not used)."""
    from build_templates import html_to_text
    rows = sql_rows(git_show(os.environ["BKJOB_GIT"], BKJOB_COMMIT, BKJOB_FILE))
    seen = set()
    for r in rows:
        def fill(t):
            return re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lambda m: BKJOB_VALUES.get(m.group(1), "Demo"), t)
        body = re.sub(r"<style.*?</style>", "", fill(r["content"]), flags=re.S)
        body = html_to_text(body.replace("\r", "")) if "<" in body else body.replace("\r", "").strip()
        body = "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
        text = fill(r["title"]).strip() + "\n" + body
        name = f"{r['code']}-{r['channel']}"
        if not is_new(seen, text):
            continue
        yield item(f"bkj-zh-{name}", "zh-Hans", text, "bkjob_notice",
                   f"github.com/TencentBlueKing/bk-job@{BKJOB_COMMIT[:12]}:{BKJOB_FILE}",
                   f"TencentBlueKing/bk-job:{r['code']}", "all_notice_templates")


# --- BK-SOPS -------------------------------------------------------------------------------------
BKSOPS_COMMIT = "1c5e18d1dd2da6f33ecdc8c70585fe7a500f7cef"
BKSOPS_FILE = "gcloud/shortcuts/message/common.py"
BKSOPS_VALUES = {"cc_name": "Demo", "task_name": "Demo 任务", "node_name": "Demo 节点", "executor": "alice",
                 "url": "( https://sops.example.com/taskflow/execute/42/ )", "start_time": "2026-11-27 10:00",
                 "ex_data": "Demo", "plan_start_time": "2026-11-27 10:00"}


def bksops_items():
    """BK-SOPS (Tencent BlueKing's standard operations, MIT): every notice of its message module
    (each `title_and_content_for_*` function: the `_("…")` title, then the `_("…")` content as the
    code formats it for SMS and WeChat), in Chinese (the source language)."""
    import ast
    tree = ast.parse(git_show(os.environ["BKSOPS_GIT"], BKSOPS_COMMIT, BKSOPS_FILE))
    seen = set()
    for fn in tree.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("title_and_content_for_")):
            continue
        strings = [n.args[0].value for n in ast.walk(fn) if isinstance(n, ast.Call)
                   and getattr(n.func, "id", None) == "_" and isinstance(n.args[0], ast.Constant)]
        title, content = strings[0], strings[1]
        text = title + "\n" + content.format(**BKSOPS_VALUES)
        name = fn.name[len("title_and_content_for_"):]
        if not is_new(seen, text):
            continue
        yield item(f"sops-zh-{name}", "zh-Hans", text, "bksops_notice",
                   f"github.com/TencentBlueKing/bk-sops@{BKSOPS_COMMIT[:12]}:{BKSOPS_FILE}",
                   f"TencentBlueKing/bk-sops:{name}", "all_notice_templates")


# --- BK-CI ---------------------------------------------------------------------------------------
BKCI_COMMIT = "94743cb423652b51798b4dfe4dbdc05bdbe790de"
BKCI_FILE = "support-files/i18n/notify/template_zh_CN.yaml"
BKCI_USERS = {"userId", "username", "publisher", "trigger", "triggerUser", "rejectUserId", "storeAdmin", "atomAdmin",
              "reviewers", "handoverFrom", "handoverTo", "agentOwner", "replyToUser", "cc", "BK_CI_START_USER_ID"}


def bkci_value(name):
    """The fixed value of a BK-CI `${name}`: links on devops.example.com, users alice, numbers 42,
    times 2026-11-27 10:00, addresses 203.0.113.x, anything else `Demo`."""
    if name.lower().endswith("url"):
        return "https://devops.example.com/console/pipeline/demo/p-42/detail/b-42"
    if name in BKCI_USERS:
        return "alice"
    if re.search(r"Num$|NUM$|No$|[Ss]core$|^version$", name):
        return "42"
    if re.search(r"[Tt]ime$|^time$|dataTime", name):
        return "2026-11-27 10:00"
    if name in ("oldIp", "newIp"):
        return "203.0.113.7" if name == "oldIp" else "203.0.113.8"
    return "Demo"


def bkci_items():
    """BK-CI (Tencent BlueKing's CI/CD platform, MIT): every channel template (e-mail, WeCom,
    WeCom group, voice) of every notice template of its Chinese template catalogue (BKCI_FILE):
    title then body, `${…}` filled by bkci_value, HTML and markdown links reduced to text. A
    channel template without a title or a body (the HTML e-mails kept elsewhere) is skipped."""
    import yaml
    from build_templates import html_to_text
    catalogue = yaml.safe_load(git_show(os.environ["BKCI_GIT"], BKCI_COMMIT, BKCI_FILE))
    seen = set()
    for t in catalogue:
        code = t["templateCode"]
        for key in sorted(k for k, v in t.items() if k.endswith("Template") and isinstance(v, dict)):
            title, body = t[key].get("title"), t[key].get("body")
            if not title or not body:
                continue

            def fill(x):
                return re.sub(r"\$\{([\w.]+)\}", lambda m: bkci_value(m.group(1)), x)
            b = re.sub(r"\[([^\]]*)\]\((\S+?)\)", r"\1 \2", fill(body))
            b = re.sub(r"<style.*?</style>|<!--.*?-->", "", b, flags=re.S)
            b = html_to_text(b) if re.search(r"<[a-zA-Z/][^>]*>", b) else b
            b = "\n".join(ln.strip() for ln in b.splitlines() if ln.strip())
            text = fill(title).strip() + "\n" + b
            channel = key[: -len("Template")].lower()
            if not is_new(seen, text):
                continue
            yield item(f"bkci-zh-{code.lower()}-{channel}", "zh-Hans", text, "bkci_notice",
                       f"github.com/TencentBlueKing/bk-ci@{BKCI_COMMIT[:12]}:{BKCI_FILE}",
                       f"TencentBlueKing/bk-ci:{code}", "all_notice_templates")


# --- Archery -------------------------------------------------------------------------------------
ARCHERY_COMMIT = "94df32761586400cda23cd3b2b90a6e811dcccbe"
ARCHERY_FILE = "sql/notify.py"
# Fixed values for the expressions the messages format, by a word of the expression's source.
ARCHERY_VALUES = [("create_time", "2026-11-27 10:00:00"), ("workflow_from", "alice"), ("engineer", "alice"),
                  ("group_name", "Demo 组"), ("instance", "Demo 实例"), ("db_name", "demo_db"),
                  ("workflow_title", "Demo 工单"), ("workflow_name", "Demo 工单"), ("url", "https://archery.example.com/workflow/42"),
                  ("workflow_content", "select 1;"), ("preview", "select 1;"), ("audit_id", "42"),
                  ("file_path", "/data/my2sql/42"), ("remark", "Demo"), ("error", "Demo")]


def archery_items():
    """Archery (a SQL review and ticket platform, Apache-2.0): every message its notifier's legacy
    renderer composes (each assignment to `msg_title`/`title` with the `msg_content`/`content`
    that follows it in the same block: new ticket, approved, rejected, aborted, executed, DDL
    executed, My2SQL finished or failed), in Chinese (the source language). The expressions it
    formats get fixed values by a word of their source (ARCHERY_VALUES); any other is `Demo`."""
    import ast
    tree = ast.parse(git_show(os.environ["ARCHERY_GIT"], ARCHERY_COMMIT, ARCHERY_FILE))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "LegacyRender")

    def value(expr):
        src = ast.unparse(expr)
        return next((v for k, v in ARCHERY_VALUES if k in src), "Demo")

    def render(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(p.value if isinstance(p, ast.Constant) else value(p.value) for p in node.values)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)):
            return node.func.value.value.format(*[value(a) for a in node.args])
        return value(node)

    def blocks(node):
        for field in ("body", "orelse"):
            stmts = getattr(node, field, None)
            if isinstance(stmts, list) and stmts:
                yield stmts
                for st in stmts:
                    yield from blocks(st)
    seen = set()
    for fn in cls.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("render_"):
            continue
        n = 0
        for stmts in blocks(fn):
            title = None
            for st in stmts:
                if isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name):
                    name = st.targets[0].id
                    if name in ("msg_title", "title"):
                        title = render(st.value)
                    elif name in ("msg_content", "content") and title is not None:
                        text = title + "\n" + render(st.value).strip()
                        n += 1
                        unit = f"{fn.name[len('render_'):]}-{n}"
                        title = None
                        if not is_new(seen, text):
                            continue
                        yield item(f"arch-zh-{unit}", "zh-Hans", text, "archery_notice",
                                   f"github.com/hhyo/Archery@{ARCHERY_COMMIT[:12]}:{ARCHERY_FILE}",
                                   f"hhyo/Archery:{unit}", "all_notice_templates")


# --- MeterSphere ---------------------------------------------------------------------------------
METERSPHERE_COMMIT = "c7097715dca55868be02cba0b27f9a186525d738"
METERSPHERE_FILE = "backend/framework/sdk/src/main/resources/i18n/project_{}.properties"
METERSPHERE_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
METERSPHERE_VALUES = {"OPERATOR": "alice", "name": "Demo", "title": "Demo", "total": "42", "reviewName": "Demo",
                      "testPlanName": "Demo"}


def properties(src):
    """key -> value of a Java .properties file (UTF-8, one `key=value` a line, `#` comments)."""
    out = {}
    for ln in src.splitlines():
        if ln.strip() and not ln.lstrip().startswith(("#", "!")) and "=" in ln:
            k, v = ln.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def metersphere_items():
    """MeterSphere (a test-management platform, GPL-3.0): every default message template of its
    project catalogue, i.e. every `message.<event>` string with an `${OPERATOR}` field (the in-app
    and robot notice the platform sends for the event), after the event's `message.title.<event>`
    where there is one; zh-Hans and zh-Hant (skipped where equal to the English string)."""
    git_dir = os.environ["METERSPHERE_GIT"]
    en = properties(git_show(git_dir, METERSPHERE_COMMIT, METERSPHERE_FILE.format("en_US")))
    for code, lang in METERSPHERE_LANGS:
        props = properties(git_show(git_dir, METERSPHERE_COMMIT, METERSPHERE_FILE.format(code)))
        seen = set()
        for key, body in props.items():
            if not key.startswith("message.") or key.startswith("message.title.") or "${OPERATOR}" not in body:
                continue
            event = key[len("message."):]
            if body == en.get(key):
                continue
            title = props.get(f"message.title.{event}")
            fill = lambda t: re.sub(r"\$\{(\w+)\}", lambda m: METERSPHERE_VALUES.get(m.group(1), "Demo"), t)  # noqa: E731
            text = (fill(title) + "\n" if title else "") + fill(body)
            if not is_new(seen, text):
                continue
            yield item(f"msph-{code}-{event}", lang, text, "metersphere_notice",
                       f"github.com/metersphere/metersphere@{METERSPHERE_COMMIT[:12]}:{METERSPHERE_FILE.format(code)}",
                       f"metersphere/metersphere:{event}", "all_notice_templates")


# --- Yearning ------------------------------------------------------------------------------------
YEARNING_COMMIT = "6de5cbf9ab4f58fb5b7750108540fd1f7f30d927"
YEARNING_FILE = "src/lib/sendMail.go"
YEARNING_VALUES = {"WorkId": "20261127100000", "Username": "alice", "Domain": "https://yearning.example.com",
                   "Assigned": "bob", "reject": "Demo"}


def yearning_items():
    """Yearning (a SQL audit and ticket platform, AGPL-3.0): every mail `MessagePush` builds (each
    `fmt.Sprintf(Tmpl…Mail, …)` call: ticket submitted, executed, failed, handed on, withdrawn,
    rejected; query request submitted or rejected), under the fixed subject `SendMail` sets, in
    Chinese (the source language). Literal arguments as written; the others by the field they name
    (YEARNING_VALUES)."""
    from build_templates import html_to_text
    src = git_show(os.environ["YEARNING_GIT"], YEARNING_COMMIT, YEARNING_FILE)
    tmpls = dict(re.findall(r"var (Tmpl\w*Mail) = `(.*?)`", src, flags=re.S))
    subject = re.search(r'SetHeader\("Subject", "([^"]+)"\)', src).group(1)
    push = src[src.index("func MessagePush"):]
    seen = set()
    for n, m in enumerate(re.finditer(r"fmt\.Sprintf\((Tmpl\w*Mail), (.*?)\)\n", push), 1):
        args = []
        for a in [x.strip() for x in m.group(2).split(",")]:
            args.append(a.strip('"') if a.startswith('"') else YEARNING_VALUES.get(a.split(".")[-1], "Demo"))
        body = html_to_text(tmpls[m.group(1)] % tuple(args))
        text = subject + "\n" + "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
        unit = f"messagepush-{n}"
        if not is_new(seen, text):
            continue
        yield item(f"yrn-zh-{unit}", "zh-Hans", text, "yearning_email",
                   f"github.com/cookieY/Yearning@{YEARNING_COMMIT[:12]}:{YEARNING_FILE}",
                   f"cookieY/Yearning:{unit}", "all_email_templates")


# --- Waline --------------------------------------------------------------------------------------
WALINE_VERSION = "@waline/vercel@1.39.3"
WALINE_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
WB = "https://blog.example.com"
WALINE_SELF = {"nick": "bob", "mail": "bob@example.com", "comment": "<p>Nice post.</p>", "url": "/posts/demo/",
               "objectId": "42", "commentLink": ""}
WALINE_PARENT = {"nick": "alice", "mail": "alice@example.com", "comment": "<p>Demo post.</p>"}
WALINE_SITE = {"name": "Demo Blog", "url": WB, "postUrl": WB + "/posts/demo/#42"}
# Every mail the server sends through its locale catalogue: (name, subject key, body key, data).
WALINE_MAILS = [
    ("register", "[{{name | safe}}] Registration Confirm Mail",
     "Please click <a href=\"{{url}}\">{{url}}<a/> to confirm registration, the link is valid for 1 hour. "
     "If you are not registering, please ignore this email.",
     {"name": "Demo Blog", "url": WB + "/api/verification?token=5f2c9a0e1b7d4c3a&email=alice%40example.com"}),
    ("reset_password", "[{{name | safe}}] Reset Password",
     "Please click <a href=\"{{url}}\">{{url}}</a> to login and change your password as soon as possible!",
     {"name": "Demo Blog", "url": WB + "/ui/profile?token=5f2c9a0e1b7d4c3a"}),
    ("comment_reply", "MAIL_SUBJECT", "MAIL_TEMPLATE", {"self": WALINE_SELF, "parent": WALINE_PARENT, "site": WALINE_SITE}),
    ("comment_admin", "MAIL_SUBJECT_ADMIN", "MAIL_TEMPLATE_ADMIN",
     {"self": WALINE_SELF, "parent": WALINE_PARENT, "site": WALINE_SITE}),
]


def waline_items():
    """Waline (a comment system, MIT; npm @waline/vercel, WALINE_DIR the unpacked package): every mail
    its server sends through its locale catalogue (WALINE_MAILS: registration confirmation, password
    reset, reply notice to the parent commenter, new-comment notice to the site owner), subject and
    HTML body rendered with jinja2 (the catalogue's templates are nunjucks, whose syntax this uses)
    from src/locales/<lang>.json; a language lacking a key or leaving it in English is skipped."""
    import jinja2
    from build_templates import html_to_text
    from build_templates3 import untranslated_lines
    root = os.environ["WALINE_DIR"]
    env = jinja2.Environment(autoescape=False)

    def catalogue(code):
        with open(os.path.join(root, "src", "locales", f"{code}.json"), encoding="utf-8") as f:
            return json.load(f)
    en = catalogue("en")

    def render(cat, name, subject, body, data):
        if subject not in cat or body not in cat:
            return None

        def tmpl(src):  # `self` names the template itself in jinja2: the comment is passed as `comment_self`
            return env.from_string(re.sub(r"\bself\b", "comment_self", src))
        data = {("comment_self" if k == "self" else k): v for k, v in data.items()}
        html = tmpl(cat[body]).render(data)
        text = tmpl(cat[subject]).render(data).strip() + "\n" + html_to_text(html)
        return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
    for code, lang in WALINE_LANGS:
        cat = catalogue(code)
        seen = set()
        for name, subject, body, data in WALINE_MAILS:
            text = render(cat, name, subject, body, data)
            if text is None or untranslated_lines(text, render(en, name, subject, body, data) or ""):
                continue
            if not is_new(seen, text):
                continue
            yield item(f"wln-{code}-{name}", lang, text, "waline_email",
                       f"npm {WALINE_VERSION}: src/locales/{code}.json", f"walinejs/waline:{name}",
                       "all_email_templates")
    # The instant-message pushes to the site owner (WeChat, QQ, Telegram, Discord, Lark …): their
    # default templates are Chinese strings in src/service/notify.js, not catalogue entries.
    with open(os.path.join(root, "src", "service", "notify.js"), encoding="utf-8") as f:
        src = f.read()
    data = {"comment_self": dict(WALINE_SELF, comment="Nice post.", commentLink="\n" + WALINE_SITE["postUrl"]),
            "parent": WALINE_PARENT, "site": WALINE_SITE}
    seen = set()
    data["postName"] = "Demo"
    for key, tmpl in re.findall(r"think\.config\('(\w+Template)'\)\s*\|\|\s*`((?:[^`\\]|\\.)*)`", src, flags=re.S):
        tmpl = tmpl.replace("\\`", "`").replace("\\n", "\n")  # the template literal's escapes
        text = env.from_string(re.sub(r"\bself\b", "comment_self", tmpl)).render(data).strip()
        text = html_to_text(text) if "<a " in text else text
        if not is_new(seen, text):
            continue
        name = key[: -len("Template")].lower()
        yield item(f"wln-zh-CN-push-{name}", "zh-Hans", text, "waline_email",
                   f"npm {WALINE_VERSION}: src/service/notify.js ({key} default)", f"walinejs/waline:push-{name}",
                   "all_message_templates")


# --- Cloudpods -----------------------------------------------------------------------------------
CLOUDPODS_COMMIT = "2de295222d1c86abc1a43f701d94c99b76bdffe6"
GO_CONTROL = re.compile(r"\{\{-?\s*(if|range|with|else|end|template|define|block)\b")


def cloudpods_value(field):
    """The fixed value of a Cloudpods template field, by its name."""
    f = field.lower()
    if f in ("account", "user", "username", "owner", "operator", "name_user"):
        return "alice"
    if f == "password":
        return "Tq7m-Wz4k-Rb9x"
    if "day" in f:
        return "7"
    if "time" in f or f in ("date", "created_at"):
        return "2026-11-27 10:00"
    if f.endswith("ip") or f == "ips":
        return "203.0.113.7"
    if "url" in f or "link" in f:
        return "https://cloud.example.com/"
    if "count" in f or "num" in f:
        return "42"
    return "Demo"


def go_simple(src):
    """A Go text/template without conditions or loops: `{{- $d := .resource_details -}}` style
    assignments dropped, `{{ $d.x }}` and `{{ .x }}` filled by cloudpods_value, `{{-`/`-}}` trimming."""
    src = re.sub(r"\s*\{\{-\s*", "{{", src)
    src = re.sub(r"\s*-\}\}\s*", "}}", src)
    src = re.sub(r"\{\{\s*\$\w+\s*:=[^}]*\}\}", "", src)
    return re.sub(r"\{\{\s*(?:\$\w+)?\.?([\w.]*?)\s*\}\}", lambda m: cloudpods_value(m.group(1).split(".")[-1]), src)


def cloudpods_items():
    """Cloudpods (a multi-cloud management platform, Apache-2.0): every Chinese notice template it
    ships (`build/*/root/opt/yunion/share/{notify_templates/*,local-templates}/{title,content}@cn/<event>`:
    resource created, deleted, expiring, exceptions, account locked, password expiring, backups,
    sync and scheduled-task results), title then content. A template whose title or content has a
    condition, loop or function call is not rendered (left out); the others are Go templates of field
    references only, filled by cloudpods_value. zh-Hans only (the @en files are English); a text with
    an English line (english_line) is skipped."""
    git_dir = os.environ["CLOUDPODS_GIT"]
    paths = [p for p in git_files(git_dir, CLOUDPODS_COMMIT)
             if re.search(r"/share/(notify_templates/\w+|local-templates)/content@cn/", p)]
    seen = set()
    for path in sorted(paths):
        event = path.rsplit("/", 1)[1]
        title_path = path.replace("/content@cn/", "/title@cn/")
        content = git_show(git_dir, CLOUDPODS_COMMIT, path)
        try:
            title = git_show(git_dir, CLOUDPODS_COMMIT, title_path)
        except subprocess.CalledProcessError:
            continue
        if GO_CONTROL.search(content) or GO_CONTROL.search(title):
            continue
        module = path.split("/share/")[1].split("/")[-3] if "notify_templates" in path else "notify"
        name = f"{module}-{event.split('.')[0].lower()}" + (".email" if event.endswith(".email") else "")
        body = go_simple(content)
        if "<" in body:
            from build_templates import html_to_text
            body = html_to_text(re.sub(r"<style.*?</style>", "", body, flags=re.S))
        text = go_simple(title).strip() + "\n" + "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
        if "{{" in text or english_line(text):  # a template function call; an English line in the @cn file
            continue
        if not is_new(seen, text):
            continue
        yield item(f"cpods-zh-{name}", "zh-Hans", text, "cloudpods_notice",
                   f"github.com/yunionio/cloudpods@{CLOUDPODS_COMMIT[:12]}:{path}",
                   f"yunionio/cloudpods:{name}", "all_notice_templates")


def items():
    yield from mattermost_items()
    yield from tinode_items()
    yield from tailchat_items()
    yield from dootask_items()
    yield from itsm_items()
    yield from bkuser_items()
    yield from bkjob_items()
    yield from bksops_items()
    yield from bkci_items()
    yield from archery_items()
    yield from metersphere_items()
    yield from yearning_items()
    yield from waline_items()
    yield from cloudpods_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
