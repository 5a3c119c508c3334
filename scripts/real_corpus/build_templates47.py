#!/usr/bin/env python3
"""Rebuild the fifty-first batch of tests/data/real/ (issue 12): the notices three AI-chat clients
post into the conversation, in Chinese only — Chatbox's error notices (its Chatbox AI service's
licence, quota, rate-limit and file notices and the general error tips), NextChat's
access-denied notice and greeting, LibreChat's error notices, the command replies of the
chatgpt-on-wechat bot (CowAgent), and the account mails of chatgpt-web (chatgpt-web-dev). Only zh-Hans / zh-Hant texts are taken, never Spanish or
English: the English strings serve only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-51.sh   # or set CHATBOX_GIT / NEXTCHAT_GIT / COW_GIT to bare git dirs of
                            # Bin-Huang/chatbox, ChatGPTNextWeb/NextChat and
                            # zhayujie/chatgpt-on-wechat (LibreChat's strings and chatgpt-web's
                            # mails are read from raw/)
    python3 scripts/real_corpus/build_templates47.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates47.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Fifty-first batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * chatbox_notice: Bin-Huang/chatbox (GPL-3.0), CB_COMMIT. Every tip that
    src/renderer/components/MessageErrTips.tsx shows in a failed message's bubble (CB_NOTICES):
    the API, network (without and with the proxy tip), painting and unknown-error tips, and the
    tip of every code of ChatboxAIAPIError.codeNameMap (src/renderer/packages/models/errors.ts).
    For the first four the bubble also shows the raw error text of the request after the tip (in
    English, from the provider); it is not taken. Languages: src/renderer/i18n/locales/zh-Hans and
    zh-Hant/translation.json (i18next keys; a key missing in a language skips the notice there),
    en/translation.json as the reference.
  * nextchat_notice: ChatGPTNextWeb/NextChat (MIT), NC_COMMIT. The two messages the app puts into a
    conversation itself (app/store/chat.ts, app/components/chat.tsx): the greeting
    Store.BotHello and the access-denied notice Error.Unauthorized that replaces it, in both of its
    forms (web and desktop app). Languages: app/locales/cn.ts (zh-Hans), tw.ts (zh-Hant), en.ts as
    the reference; the JavaScript template literals unescaped, ${SAAS_CHAT_UTM_URL} given its value
    from app/constant.ts, the markdown line-break backslashes at line starts dropped.
  * librechat_notice: danny-avila/LibreChat (MIT), over the fetch limit: read through the file
    index, the com_error_ entries copied verbatim to raw/librechat/ (zh-Hans at LC_LANGS' commit
    00c01195, zh-Hant at 00fe7478; the index also holds forks' versions under this name, and these
    commits could not be checked against the upstream history). The error notices the message
    component client/src/components/Messages/Content/Error.tsx renders from a com_error_ string
    (LC_NOTICES, its errorMessages in order; the file-upload toasts com_error_files_* and
    com_error_heic_conversion are not message notices); a key missing in a language's file skips
    the notice there. No English file was read: the untranslated check is
    build_templates30.zh_untranslated.
  * chatgpt_on_wechat_reply: zhayujie/chatgpt-on-wechat (MIT), COW_COMMIT; zh-Hans only (the bot's
    replies are Chinese literals, no other language). Every reply of the Godcmd command plugin
    (plugins/godcmd/godcmd.py: on_handle_context and authenticate) and of the plugin-manager
    methods it replies with (plugins/plugin_manager.py, COW_MANAGER_METHODS), found in the syntax
    tree by cow_replies; each prefixed "[INFO]" or "[ERROR]" and a line break as
    channel/chat_channel.py's _decorate_reply does. Not taken: the help text (a list built from
    the loaded plugins), the plugin list and scan result (built with `result +=` over data), the
    user's id, and replies that are an exception's own text (str(e)).
  * chatgpt_web_email: chatgpt-web-dev/chatgpt-web (MIT), not fetched (the fetch tool had stopped
    working): read through the file index, copied verbatim to raw/chatgpt_web/ (SOURCES.txt): the
    four mails of service/src/utils/mail.ts (CW_MAILS: account verification, account
    application to the administrator, password reset, account activation), each its subject (the
    version of mail.ts whose subjects are Chinese, CW_MAIL_TS_COMMIT; the newest stored one has
    English subjects), a blank line, then its HTML template's text (cw_html_text); zh-Hans only
    (the mails have no other language). The test mail (a bilingual "测试邮件|Test mail") has no
    template and is not taken.

Placeholders get the fixed values of the earlier batches' kind (the model "Chatbox AI 3.5", the
provider names of Chatbox's aiProviderNameHash, LibreChat's endpoint OpenAI, model gpt-4o, agent
provider Ollama, expiry 2026-11-27 10:00, token counts "130000 / 128000", the bot's model gpt-4o,
plugin Demo with priority 5, unknown command "demo", the API key a user set sk-5f2c9a0e1b7d4c3a,
chatgpt-web's site "Demo Chat" on https://chat.example.com, its links with the token
5f2c9a0e1b7d4c3a, alice@example.com, host api.example.com, proxy
http://203.0.113.7:7890, the deployment https://chat.example.com for NextChat's relative links).
A link keeps its label and its address ("label (address)"); a link that only opens the settings
dialog keeps its label. A zh-Hant text equal to the zh-Hans one is not taken twice; near-duplicates
(digits and white space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the notice (`<owner/repo>:<notice>`), both languages of one notice on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates47.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates30 import zh_untranslated
from build_templates31 import is_new_text, strip_fills
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates47.tsv")

# --- Chatbox ------------------------------------------------------------------------------------
CB_REPO = "Bin-Huang/chatbox"
CB_COMMIT = "f6a7939d06e9210fb689603c91ad749620a038fd"  # main of 2025-02-13
CB_LOCALES = "src/renderer/i18n/locales/"
CB_LANGS = [("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
CB_MODEL = "Chatbox AI 3.5"  # msg.model
CB_HOST = "api.example.com"  # msg.errorExtra.host
CB_PROXY = "http://203.0.113.7:7890"  # settingActions.getProxy()
CB_FAQ = "https://chatboxai.app/redirect_app/faqs/{lang}"  # settingActions.getLanguage()
CB_PLANS = "https://chatboxai.app/redirect_app/view_more_plans"
# (notice, [(i18n key, values, {component: link address or None (opens the settings)})])
CB_FAQ_LINK = {"0": CB_FAQ}
CB_NOTICES = [
    ("api_error", [("api error tips", {"aiProvider": "OpenAI API"}, CB_FAQ_LINK)]),
    ("network_error", [("network error tips", {"host": CB_HOST}, {})]),
    ("network_error_proxy", [("network error tips", {"host": CB_HOST}, {}),
                             ("network proxy error tips", {"proxy": CB_PROXY}, {})]),
    ("paint_not_implemented", [("ai provider no implemented paint tips",
                                {"aiProvider": "Claude API"}, {"0": None})]),
    ("unknown_error", [("unknown error tips", {}, CB_FAQ_LINK)]),
]
CB_CODE_LINKS = {"OpenSettingButton": None, "OpenMorePlanButton": CB_PLANS}


def cb_notices(git):
    """CB_NOTICES, then one notice per code of ChatboxAIAPIError.codeNameMap
    (src/renderer/packages/models/errors.ts), in its order, with its i18n key."""
    src = git_show(git, CB_COMMIT, "src/renderer/packages/models/errors.ts")
    codes = re.findall(r"'(\w+)':\s*\{\s*name:\s*'\w+',\s*code:\s*\d+,[^\n]*\n\s*"
                       r"i18nKey:\s*'((?:[^'\\]|\\.)*)'", src)
    assert len(codes) == 15, len(codes)
    return CB_NOTICES + [(name, [(key, {"model": CB_MODEL}, CB_CODE_LINKS)])
                         for name, key in codes]


def cb_trans(res, lang, key, values, links):
    """react-i18next's <Trans>: the string of `key` with {{values}} filled and each
    <component>label</component> replaced by its label, followed by " (address)" for a link."""
    text = res[key]
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)

    def link(m):
        address = links.get(m.group(1), KeyError)
        if address is KeyError:
            raise KeyError(m.group(1))
        label = m.group(2)
        return f"{label} ({address.format(lang=lang)})" if address else label
    text = re.sub(r"<(\w+)>(.*?)</\1>", link, text)
    if "{{" in text or "<" in text:
        raise ValueError(f"unfilled: {text}")
    return text


def cb_text(res, lang, parts):
    return clean("\n".join(cb_trans(res, lang, *p) for p in parts))


def cb_items():
    def locale(folder):
        return json.loads(git_show(os.environ["CHATBOX_GIT"], CB_COMMIT,
                                   f"{CB_LOCALES}{folder}/translation.json"))
    en = locale("en")
    notices = cb_notices(os.environ["CHATBOX_GIT"])
    hans = {}
    for lang, folder in CB_LANGS:
        res = locale(folder)
        seen = set()
        for name, parts in notices:
            try:
                text = cb_text(res, lang, parts)
            except KeyError:
                continue
            if untranslated_lines(text, cb_text(en, lang, parts)) \
                    or not is_new_text(seen, hans, lang, name, text):
                continue
            yield item(f"cbxai-{sha(lang + '#' + name)[:12]}", lang, text, "chatbox_notice",
                       f"github.com/{CB_REPO}@{CB_COMMIT[:12]}:{CB_LOCALES}{folder}/"
                       f"translation.json#{name}", f"{CB_REPO}:{name}",
                       "every_message_error_tip")


# --- NextChat -----------------------------------------------------------------------------------
NC_REPO = "ChatGPTNextWeb/NextChat"
NC_COMMIT = "706a18b95b714ab29b2a4842d3b9ff4f887935d5"  # main of 2026-07-06
NC_LANGS = [("zh-Hans", "cn"), ("zh-Hant", "tw")]
NC_SITE = "https://chat.example.com"  # the deployment the relative links point into


def nc_unescape(literal):
    """A JavaScript string or template literal's escapes (\\\\ -> \\, \\<char> -> <char>)."""
    return re.sub(r"\\(.)", lambda m: m.group(1), literal, flags=re.S)


def nc_markdown(text):
    """The markdown as read: [label](address) as "label (address)", relative addresses on
    NC_SITE, a line-break backslash at a line's start dropped."""
    def link(m):
        address = m.group(2)
        return f"{m.group(1)} ({NC_SITE + address if address.startswith('/') else address})"
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", link, text)
    return clean("\n".join(re.sub(r"^\\\s*", "", ln.strip()) for ln in text.splitlines()))


def nc_locale(git, name, saas_url):
    """Error.Unauthorized (its desktop-app and web forms) and Store.BotHello of
    app/locales/<name>.ts."""
    src = git_show(git, NC_COMMIT, f"app/locales/{name}.ts")
    m = re.search(r"Unauthorized:\s*isApp\s*\?\s*`((?:[^`\\]|\\.)*)`\s*:\s*`((?:[^`\\]|\\.)*)`",
                  src, re.S)
    hello = re.search(r'BotHello:\s*"((?:[^"\\]|\\.)*)"', src)
    out = {}
    for notice, literal in (("unauthorized_app", m.group(1)), ("unauthorized_web", m.group(2))):
        out[notice] = nc_markdown(nc_unescape(literal).replace("${SAAS_CHAT_UTM_URL}", saas_url))
    out["bot_hello"] = clean(nc_unescape(hello.group(1)))
    return out


def nc_items():
    git = os.environ["NEXTCHAT_GIT"]
    saas_url = re.search(r'SAAS_CHAT_UTM_URL = "([^"]+)"',
                         git_show(git, NC_COMMIT, "app/constant.ts")).group(1)
    en = nc_locale(git, "en", saas_url)
    hans = {}
    for lang, name in NC_LANGS:
        res = nc_locale(git, name, saas_url)
        seen = set()
        for notice in ("unauthorized_app", "unauthorized_web", "bot_hello"):
            text = res[notice]
            if untranslated_lines(text, en[notice]) \
                    or not is_new_text(seen, hans, lang, notice, text):
                continue
            yield item(f"nxchat-{sha(lang + '#' + notice)[:12]}", lang, text, "nextchat_notice",
                       f"github.com/{NC_REPO}@{NC_COMMIT[:12]}:app/locales/{name}.ts#{notice}",
                       f"{NC_REPO}:{notice}", "every_app_message")


# --- LibreChat ----------------------------------------------------------------------------------
# Over the fetch limit: read through the file index (read_file), the entries used copied verbatim
# to raw/librechat/ (each excerpt's header names path and commit). The index holds versions of
# forks under the same repository name; these commits could not be checked against the upstream
# history (the stored Error.tsx, 00b3bc32, imports a fork's "bizu-data-provider").
LC_REPO = "danny-avila/LibreChat"
LC_RAW = os.path.join(HERE, "raw", "librechat")
LC_LANGS = [("zh-Hans", "zh-Hans", "00c01195011f1413273b1fb46150fd637d666e04"),
            ("zh-Hant", "zh-Hant", "00fe74781af9e94003bbf68752cfd776f33cfc1e")]
LC_ERROR_TSX = "00b3bc32f0f5dd65befa49a0773dae7d26d8e587"
# client/src/components/Messages/Content/Error.tsx (LC_ERROR_TSX), errorMessages: the error codes
# rendered from a com_error_ string, in its order, with their values (the endpoint, the expiry
# date, the token counts the server reports, the model and the agent's provider).
LC_VALUES = {"0": "OpenAI", "1": "2026-11-27 10:00"}
LC_NOTICES = [
    ("moderation", {}), ("no_user_key", {}), ("invalid_user_key", {}), ("no_base_url", {}),
    ("invalid_action_error", {}), ("invalid_request_error", {}), ("refusal", {}),
    ("missing_model", {"0": "OpenAI"}), ("models_not_loaded", {}),
    ("endpoint_models_not_loaded", {"0": "OpenAI"}), ("no_system_messages", {}),
    ("expired_user_key", LC_VALUES), ("input_length", {"0": "130000 / 128000"}),
    ("invalid_agent_provider", {"0": "Ollama"}), ("google_tool_conflict", {}),
    ("illegal_model_request", {"0": "gpt-4o", "1": "OpenAI"}),
]


def lc_entries(folder):
    """The com_error_ entries of raw/librechat/<folder>.translation.json.txt (verbatim JSON lines
    after a # header)."""
    with open(os.path.join(LC_RAW, f"{folder}.translation.json.txt"), encoding="utf-8") as f:
        lines = [ln.strip().rstrip(",") for ln in f if ln.strip() and not ln.startswith("#")]
    return json.loads("{" + ",".join(lines) + "}")


def lc_items():
    hans = {}
    for lang, folder, commit in LC_LANGS:
        res = lc_entries(folder)
        seen = set()
        for name, values in LC_NOTICES:
            key = "com_error_" + name
            if key not in res:
                continue
            text = res[key]
            for k, v in values.items():
                text = text.replace("{{" + k + "}}", v)
            text = clean(text)
            if "{{" in text:
                raise ValueError(text)
            if zh_untranslated(strip_fills(text, list(values.values()))) \
                    or not is_new_text(seen, hans, lang, name, text):
                continue
            yield item(f"lchat-{sha(lang + '#' + name)[:12]}", lang, text, "librechat_notice",
                       f"github.com/{LC_REPO}@{commit[:12]}:client/src/locales/{folder}/"
                       f"translation.json#{key}", f"{LC_REPO}:{name}", "every_message_error")


# --- chatgpt-on-wechat (CowAgent) ---------------------------------------------------------------
COW_REPO = "zhayujie/chatgpt-on-wechat"
COW_COMMIT = "55aaf60a57ea6e9f4b8a54797572d98f65e88d2f"  # master of 2026-05-06
COW_GODCMD = "plugins/godcmd/godcmd.py"
COW_PLUGINS = "plugins/plugin_manager.py"
# The plugin manager's methods whose (ok, message) the Godcmd commands reply with.
COW_MANAGER_METHODS = ("enable_plugin", "install_plugin", "update_plugin", "uninstall_plugin")
# Values per command (the branch's `cmd == "…"`): the argument the user typed, the model.
COW_FILLS = {
    "set_openai_api_key": {"args[0]": "sk-5f2c9a0e1b7d4c3a"},
    "set_gpt_model": {"args[0]": "gpt-4o"},
    "setpri": {"args[0]": "Demo", "args[1]": "5"},
}
COW_COMMON = {"model": "gpt-4o", "cmd": "demo"}


def cow_value(node, fills):
    """The text of a reply expression (string constants, `+`, f-strings, str(name), names and
    args[i] filled from `fills`), or None for an exception's own text (str(e)) or a reply with no
    string of its own (the user's id)."""
    import ast
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = cow_value(node.left, fills), cow_value(node.right, fills)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.JoinedStr):
        parts = [cow_value(v.value if isinstance(v, ast.FormattedValue) else v, fills)
                 for v in node.values]
        return None if None in parts else "".join(parts)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str":
        return cow_value(node.args[0], fills)
    key = ast.unparse(node)
    return fills.get(key)


def cow_replies(src, functions):
    """(line, ok, text) of every reply the functions in `functions` of `src` give: the
    `ok, result = <bool>, <text>` assignments, `result = <text>` under `if ok` / `else` / `if not
    ok`, the `return <bool>, <text>` tuples and the empty-command `reply.content`. A branch that
    builds its reply with `result +=` over data (the plugin list, the scan result) is left out."""
    import ast

    def has_augassign(body):
        """Whether this branch (not another command's branch inside it) has `result +=`."""
        for stmt in body:
            if isinstance(stmt, ast.AugAssign) and getattr(stmt.target, "id", None) == "result":
                return True
            if isinstance(stmt, ast.If) and re.fullmatch(r"cmd == '\w+'", ast.unparse(stmt.test)):
                continue
            for field in ("body", "orelse"):
                if has_augassign(getattr(stmt, field, []) or []):
                    return True
        return False

    out = []

    def visit(body, cmd, ok_state):
        if has_augassign(body):
            return
        for stmt in body:
            fills = dict(COW_COMMON, **COW_FILLS.get(cmd, {}))
            if isinstance(stmt, ast.If):
                test = ast.unparse(stmt.test)
                m = re.fullmatch(r"cmd == '(\w+)'", test)  # ast.unparse quotes with '…'
                if m:
                    visit(stmt.body, m.group(1), None)
                    visit(stmt.orelse, cmd, None)
                elif test == "ok":
                    visit(stmt.body, cmd, True)
                    visit(stmt.orelse, cmd, False)
                elif test == "not ok":
                    visit(stmt.body, cmd, False)
                    visit(stmt.orelse, cmd, True)
                else:
                    visit(stmt.body, cmd, ok_state)
                    visit(stmt.orelse, cmd, ok_state)
                continue
            if isinstance(stmt, (ast.For, ast.Try, ast.With)):
                visit(stmt.body, cmd, ok_state)
                for h in getattr(stmt, "handlers", []):
                    visit(h.body, cmd, ok_state)
                continue
            pair = None
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target = ast.unparse(stmt.targets[0])
                if target == "(ok, result)" and isinstance(stmt.value, ast.Tuple):
                    pair = stmt.value.elts
                elif target == "result" and ok_state is not None:
                    pair = [ast.Constant(ok_state), stmt.value]
                elif target == "reply.content":
                    pair = [ast.Constant(False), stmt.value]  # the empty command: ReplyType.ERROR
            elif isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Tuple):
                pair = stmt.value.elts
            if pair and isinstance(pair[0], ast.Constant) and isinstance(pair[0].value, bool):
                text = cow_value(pair[1], fills)
                if text is not None and text != "string":
                    out.append((stmt.lineno, pair[0].value, text))

    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            visit(node.body, None, None)
    return out


def cow_items():
    git = os.environ["COW_GIT"]
    seen = set()
    for path, functions in ((COW_GODCMD, ("on_handle_context", "authenticate")),
                            (COW_PLUGINS, COW_MANAGER_METHODS)):
        for line, ok, text in cow_replies(git_show(git, COW_COMMIT, path), functions):
            # chat_channel._decorate_reply: "[INFO]\n" or "[ERROR]\n" before the reply
            text = clean(("[INFO]\n" if ok else "[ERROR]\n") + text)
            if not is_new(seen, text):
                continue
            name = f"{path.split('/')[-1][:-3]}:L{line}"
            yield item(f"cowbot-{sha(name)[:12]}", "zh-Hans", text, "chatgpt_on_wechat_reply",
                       f"github.com/{COW_REPO}@{COW_COMMIT[:12]}:{path}#L{line}",
                       f"{COW_REPO}:{name}", "every_command_reply")


# --- chatgpt-web (chatgpt-web-dev, formerly Kerwin1202's fork of Chanzhaoyu/chatgpt-web) ---------
# Read through the file index, copied verbatim to raw/chatgpt_web/ (SOURCES.txt names the commits).
CW_REPO = "chatgpt-web-dev/chatgpt-web"
CW_RAW = os.path.join(HERE, "raw", "chatgpt_web")
CW_TEMPLATE_COMMIT = "16febf212d4fcf52b88d5d24cbd71f864522f6b6"
CW_MAIL_TS_COMMIT = "deebf10e866e4766f48363b60c62688ca878eca5"
# service/src/utils/mail.ts: the four mails in its order, with their templates
CW_MAILS = [("verify", "mail.template.html"), ("verify_admin", "mail.admin.template.html"),
            ("reset_password", "mail.resetpassword.template.html"),
            ("notice", "mail.notice.template.html")]
CW_VALUES = {"SITE_TITLE": "Demo Chat", "TO_MAIL": "alice@example.com",
             "VERIFY_URL": "https://chat.example.com/#/?verifytoken=5f2c9a0e1b7d4c3a",
             "SITE_DOMAIN": "https://chat.example.com"}


def cw_fill(text):
    return re.sub(r"\$\{(\w+)\}", lambda m: CW_VALUES[m.group(1)], text)


def cw_html_text(html):
    """The text of a mail template: comments and tags dropped, a link as "label (address)" (the
    address once where it is its own label), each line's white space trimmed, empty lines out."""
    html = re.sub(r"<!--.*?-->", "", html, flags=re.S)

    def link(m):
        address = m.group(1)
        label = " ".join(re.sub(r"<[^>]+>", "", m.group(2)).split())
        return label if label == address else f"{label} ({address})"
    html = re.sub(r'<a\b[^>]*?href="([^"]*)"[^>]*>(.*?)</a\s*>', link, html, flags=re.S)
    html = re.sub(r"<[^>]+>", "\n", html)
    return "\n".join(" ".join(ln.split()) for ln in html.splitlines() if ln.strip())


def cw_items():
    with open(os.path.join(CW_RAW, "mail.ts.subjects.txt"), encoding="utf-8") as f:
        subjects = re.findall(r"`\$\{config\.siteConfig\.siteTitle\} ([^`]*)`", f.read())
    assert len(subjects) == len(CW_MAILS)
    for (name, template), subject in zip(CW_MAILS, subjects):
        with open(os.path.join(CW_RAW, template), encoding="utf-8") as f:
            body = cw_html_text(cw_fill(f.read()))
        text = clean(f"{CW_VALUES['SITE_TITLE']} {subject}\n\n{body}")
        if zh_untranslated(strip_fills(text, list(CW_VALUES.values()))):
            continue
        yield item(f"cgweb-{sha(name)[:12]}", "zh-Hans", text, "chatgpt_web_email",
                   f"github.com/{CW_REPO}@{CW_TEMPLATE_COMMIT[:12]}:service/src/utils/templates/"
                   f"{template}", f"{CW_REPO}:{name}", "every_mail")


def items():
    yield from cb_items()
    yield from nc_items()
    yield from lc_items()
    yield from cow_items()
    yield from cw_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
