#!/usr/bin/env python3
"""Rebuild the fourteenth batch of tests/data/real/ (issue 12): the account, invitation, sign-in
alert, password-reset, onboarding, organization and billing e-mails of Zulip (a team chat server)
and the messages its Welcome Bot and Notification Bot send, in zh-Hans, zh-Hant and es only, never English: the corpus has enough English texts, and this
batch is to raise the Chinese share. English strings serve only to find the templates and to tell
an untranslated string.

Usage:
    . /work/rebuild-14.sh   # or set DD_GIT to a bare git dir of github.com/moondin/dd
    python3 scripts/real_corpus/build_templates10.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates10.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Fourteenth batch (templates)"):
  * zulip_email: Zulip (github.com/zulip/zulip, Apache-2.0). The repository is over the fetch limit
    and the file index holds Zulip's templates and catalogues at many different dates (2017
    English-only templates beside 2025 catalogues), so both are read from one snapshot: a verbatim
    dump of Zulip's main branch of 2025-12-18 in github.com/moondin/dd (DD_GIT, DD_COMMIT; the
    files FULLSTACK_CODE_DATABASE_SAMPLES_ZULIP_MAIN.part<n>.md give each file of the branch
    between a `Location:` line and a fence, unchanged): the e-mail templates of
    templates/zerver/emails/ (TEMPLATE_PARTS) and the catalogues
    locale/{zh_Hans,zh_TW,es}/LC_MESSAGES/django.po (CATALOGUE_PARTS; POT-Creation-Date
    2025-10-22). Every mail of the folder that has a subject (`<name>.subject.txt`) and a
    plain-text part (`<name>.txt`) is taken, but the digest and missed-message mails (frames around
    other users' messages); onboarding_zulip_guide gives one text per organization type its subject
    and body branch on. Each is rendered with Jinja2 and its i18n extension set up as Zulip's
    zproject/jinja2/__init__.py sets it up (autoescape, new-style gettext, `{% trans %}` blocks
    trimmed) in a fixed context (CONTEXT: a self-hosted server, an ordinary member, the branches a
    new account takes). The mails Zulip sends to its own staff (demo, sales, sponsorship and support requests, billing notices) and
    realm_auto_downgraded have no translatable string in their plain-text part and are skipped by
    the English check below.
  * zulip_message: the messages Zulip's Welcome Bot sends (zerver/lib/onboarding.py of the same
    dump, ONBOARDING_PART, its `_()` strings read from the syntax tree): the welcome direct message
    as an ordinary member of an organization that is not an education one and has onboarding
    conversations receives it (no administrator or demo-organization paragraph), every reply of
    select_welcome_bot_response (WELCOME_BOT_REPLIES) and every initial channel message of
    send_initial_realm_messages (INITIAL_CHANNEL_MESSAGES, its topic as the first line), each passed
    through remove_single_newlines as the bot does; Zulip markdown read as text (markdown_text).
  * zulip_notice: the strings of Zulip's Notification Bot (same dump, NOTIFICATION_PARTS): every `_()`
    literal, outside a `raise`, of every function of a dumped module that names
    settings.NOTIFICATION_BOT (notification_bot_strings, read from the syntax tree), one text each,
    its format fields filled by name (notice_value) and its markdown read as text. Pieces that the
    code assembles into a message (setting values, labels, topic names) come out too and are
    labelled `drop`.

Selection rules: a template is skipped in a language when one of the strings it renders has no
translation in the catalogue (missing, empty, a msgstr whose %(name)s placeholders differ from the
msgid's, which Zulip could not fill, or a msgstr equal to the msgid with two or more Latin words),
or when a line of the text is also a line of the English rendering and has two or more Latin words
besides the values filled in (english_literal; build_templates3.untranslated_lines does the same
for templates whose placeholders are still in the text, and would count a filled-in name such as
`Demo Chat` as English). Near-duplicates collapse within the language (digits and white space
ignored). Placeholders take the fixed values of the earlier batches (alice / bob, `Demo Chat`, links on chat.example.com,
203.0.113.7, 2026-11-27 10:00). The text is the subject (white space collapsed, as Zulip does),
then the body with each line stripped and runs of blank lines reduced to one. Cut at 500
characters.

Split: the unit is one template with all its languages and variants (`zulip/zulip:<template>`), or
one Welcome Bot message with all its languages (`zulip/zulip:welcome_bot-<message>`), or every
Notification Bot string of one function with all its languages (`zulip/zulip:notice-<function>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates10.tsv
(id, category, credential_request, credentials, borderline), assigned by an AI reader reading each
text; the scanner played no part.
"""
import functools
import os
import re

import jinja2
import polib

from build_templates import item
from build_templates2 import is_new
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates10.tsv")

DD_COMMIT = "c5b3938922c8bc14f5bd14fd82612f65d4e895e3"
DUMP = "FULLSTACK_CODE_DATABASE_SAMPLES_ZULIP_MAIN.part{}.md"
TEMPLATE_PARTS = [539, 540, 541, 542]  # the whole of templates/zerver/emails/
EMAILS = "zulip-main/templates/zerver/emails/"
CATALOGUE_PARTS = {"es": 328, "zh_Hans": 428, "zh_TW": 431}
LANGS = [("zh_Hans", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]
FRAMES = {"digest", "missed_message"}  # frames around other users' messages
ORGANIZATION_TYPES = ["business", "opensource", "education", "research", "event", "nonprofit", "community"]
SITE = "https://chat.example.com"
CONTEXT = {
    "realm_name": "Demo Chat", "realm_url": SITE, "email": "alice@example.com",
    "support_email": "support@chat.example.com", "corporate_enabled": False,
    "realm_creation": False, "ldap": False, "is_realm_admin": False,
    "getting_user_started_link": SITE + "/help/getting-started-with-zulip",
    "getting_organization_started_link": SITE + "/help/moving-to-zulip",
    "new_email": "alice@example.com", "old_email": "alice.chen@example.com",
    "activate_url": SITE + "/accounts/do_confirm/5f2c9a0e1b7d4c3a", "organization_host": "chat.example.com",
    "create_realm": False, "deactivation_notification_comment": None,
    "account_found": True, "external_host": "chat.example.com", "realms": [{"name": "Demo Chat", "url": SITE}],
    "help_reset_password_link": SITE + "/help/change-your-password",
    "referrer_full_name": "bob", "referrer_name": "bob", "referrer_email": "bob@example.com",
    "referrer_realm_name": "Demo Chat",
    "user_email": "alice@example.com", "login_time": "2026-11-27 10:00", "device_browser": "Firefox",
    "device_os": "Linux", "device_ip": "203.0.113.7",
    "get_organization_started": SITE + "/help/moving-to-zulip", "invite_users": SITE + "/help/invite-new-users",
    "trying_out_zulip": SITE + "/help/trying-out-zulip", "why_zulip": SITE + "/why-zulip/",
    "unsubscribe_link": SITE + "/accounts/unsubscribe/welcome/5f2c9a0e1b7d4c3a",
    "move_messages_link": SITE + "/help/move-content-to-another-topic",
    "rename_topics_link": SITE + "/help/rename-a-topic",
    "move_channels_link": SITE + "/help/move-content-to-another-channel",
    "reset_url": SITE + "/accounts/password/reset/5f2c9a0e1b7d4c3a/", "active_account_in_realm": True,
    "event_date": "2026-11-27 10:00", "scheduled_deletion_date": "2026-12-27 10:00", "acting_user": True,
    "initiated_deactivation": False, "deactivating_owner": "bob", "data_already_deleted": False,
    "confirmation_url": SITE + "/accounts/do_confirm/5f2c9a0e1b7d4c3a",
    "remote_server_hostname": "chat.example.com", "validity_in_hours": 24,
    "remote_realm_host": "chat.example.com", "billing_help_link": "https://billing.example.com/help",
    "billing_contact_email": "billing@example.com", "billing_entity": "Demo Chat",
    "plans_link": "https://billing.example.com/plans/", "link_to_zulip": "https://billing.example.com/help/linking-to-zulip",
}
PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)\}")
# One file of the dump: its header, its `Location:` path, then its text between fences.
DUMPED_FILE = re.compile(r"---\[FILE: [^\]\n]+\]---\nLocation: (\S+)\n(?:\w+: [^\n]*\n)*\n```[\w-]*\n(.*?)\n```\n\n-{80}",
                         re.S)


@functools.lru_cache(maxsize=None)
def dumped(part):
    """{path: text} of the files in one part of the dump."""
    return dict(DUMPED_FILE.findall(git_show(os.environ["DD_GIT"], DD_COMMIT, DUMP.format(part))))


def template_files():
    """{template file name: text} of every file of templates/zerver/emails/, and the part of each."""
    files, parts = {}, {}
    for part in TEMPLATE_PARTS:
        for path, text in dumped(part).items():
            if path.startswith(EMAILS):
                files[path[len(EMAILS):]] = text
                parts[path[len(EMAILS):]] = part
    return files, parts


class Catalogue:
    """gettext over a dumped catalogue (None: the English source), noting every string it cannot
    translate (see the module docstring)."""

    def __init__(self, code):
        self.strings = {}
        if code is not None:
            text = dumped(CATALOGUE_PARTS[code])[f"zulip-main/locale/{code}/LC_MESSAGES/django.po"]
            for e in polib.pofile(text):
                if e.msgstr and "fuzzy" not in e.flags and not e.obsolete:
                    self.strings[e.msgid] = e.msgstr
        self.english = code is None
        self.untranslated = []

    def gettext(self, msgid):
        if self.english:
            return msgid
        out = self.strings.get(msgid)
        words = len(re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", msgid)))
        if (out is None or set(PLACEHOLDER.findall(out)) != set(PLACEHOLDER.findall(msgid))
                or (out == msgid and words >= 2)):
            self.untranslated.append(msgid)
            return msgid
        return out

    def ngettext(self, singular, plural, n):
        return self.gettext(singular if n == 1 else plural)


def english_literal(text, english, ctx):
    """True when a line of `text` is also a line of the English rendering `english` and has two or
    more Latin words once the values of `ctx` (names, addresses, links) are taken out: a sentence the
    template writes in English outside the catalogue."""
    en = {line.strip() for line in english.splitlines()}
    values = sorted((str(v) for v in ctx.values() if isinstance(v, str)), key=len, reverse=True)
    for line in text.splitlines():
        if line.strip() not in en:
            continue
        bare = line
        for v in values:
            bare = bare.replace(v, "")
        bare = re.sub(r"\S+@\S+|https?://\S+", "", bare)
        if len(re.findall(r"[A-Za-z]{2,}", bare)) >= 2:
            return True
    return False


def render(files, name, code, extra):
    """(subject + body text, untranslated strings) of a template in a language (None: English)."""
    cat = Catalogue(code)
    # As zproject/jinja2/__init__.py sets up Zulip's environment: autoescape, new-style gettext, the
    # `trimmed` policy for {% trans %} blocks, the `localize` filter (here on fixed date strings).
    env = jinja2.Environment(loader=jinja2.DictLoader(files), extensions=["jinja2.ext.i18n"], autoescape=True)
    env.filters["localize"] = lambda value: value
    env.install_gettext_callables(cat.gettext, cat.ngettext, newstyle=True)
    env.policies["ext.i18n.trimmed"] = True
    ctx = dict(CONTEXT, **extra)
    subject = " ".join(env.get_template(f"{name}.subject.txt").render(ctx).split())
    body = env.get_template(f"{name}.txt").render(ctx)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in body.splitlines())).strip()
    return subject + "\n" + body, cat.untranslated


def zulip_items():
    """Every mail of templates/zerver/emails/ with a subject and a plain-text part but the frames
    (each organization type of onboarding_zulip_guide) in each language of LANGS, skipped where a
    string is untranslated (see the module docstring)."""
    files, parts = template_files()
    names = sorted(f[:-len(".subject.txt")] for f in files
                   if f.endswith(".subject.txt") and f[:-len(".subject.txt")] + ".txt" in files)
    for code, lang in LANGS:
        seen = set()
        for name in names:
            if name in FRAMES:
                continue
            variants = ([(t, {"organization_type": t, "zulip_guide_link": f"{SITE}/for/{t}/"})
                         for t in ORGANIZATION_TYPES]
                        if name == "onboarding_zulip_guide" else [(None, {})])
            for variant, extra in variants:
                text, missing = render(files, name, code, extra)
                english, _ = render(files, name, None, extra)
                if missing or english_literal(text, english, dict(CONTEXT, **extra)) or not is_new(seen, text):
                    continue
                suffix = f"-{variant}" if variant else ""
                yield item(f"zlp-{code}-{name}{suffix}", lang, text, "zulip_email",
                           f"github.com/zulip/zulip main of 2025-12-18 (templates/zerver/emails/{name}.txt, "
                           f".subject.txt; locale/{code}/LC_MESSAGES/django.po) as dumped in "
                           f"github.com/moondin/dd@{DD_COMMIT[:12]}:"
                           f"{DUMP.format(parts[name + '.txt'])}, {DUMP.format(CATALOGUE_PARTS[code])}",
                           f"zulip/zulip:{name}", "all_email_templates")


# --- Welcome Bot messages (zerver/lib/onboarding.py) ---------------------------------------------
ONBOARDING_PART = 891
ONBOARDING = "zulip-main/zerver/lib/onboarding.py"
NAVIGATION_TOUR_VIDEO_URL = "https://static.zulipchat.com/static/navigation-tour-video/zulip-10.mp4"  # the default
BOT_COMMANDS = ["apps", "profile", "theme", "channels", "topics", "message formatting", "keyboard shortcuts"]
# The replies of select_welcome_bot_response, by the message that selects them (the first of each
# branch's list) and the English start of the string it returns.
WELCOME_BOT_REPLIES = [
    ("apps", "You can [download](/apps/)"), ("profile", "Go to [Profile settings]"),
    ("theme", "You can switch between [light and dark theme]"), ("channels", "Channels organize conversations"),
    ("topics", "[Topics](/help/introduction-to-topics)"), ("keyboard", "Zulip's [keyboard shortcuts]"),
    ("formatting", "You can **format**"), ("help", "Here are a few messages I understand"),
    ("other", "You can chat with me as much as you like!"),
]
# The initial channel messages of send_initial_realm_messages, in the order it sends them: topic,
# English start of the content string, its format arguments.
HELP = "/help/"
INITIAL_CHANNEL_MESSAGES = [
    ("moving messages", "If anything is out of place", {
        "move_content_another_topic_help_url": HELP + "move-content-to-another-topic",
        "rename_topic_help_url": HELP + "rename-a-topic",
        "move_content_another_channel_help_url": HELP + "move-content-to-another-channel"}),
    ("moving messages", ":point_right: Try moving this message", {}),
    ("experiments", ":point_right:  Use this topic", {"format_message_help_url": HELP + "format-your-message-using-markdown"}),
    ("experiments", "```spoiler Want to see some examples?", {"zulip_discussion_channel_name": "Zulip", "topic_name": "welcome to Zulip!"}),
    ("start a conversation", "To kick off a new conversation", {}),
    ("start a conversation", "Label your conversation with a topic", {}),
    ("start a conversation", ":point_right: Try starting a new conversation", {}),
    ("greetings", "This **greetings** topic", {}),
    ("greetings", ":point_right: Click on this message", {}),
    ("welcome to Zulip!", "Zulip is organized to help you", {"zulip_discussion_channel_name": "Zulip", "topic_name": "welcome to Zulip!"}),
    ("welcome to Zulip!", "You can read Zulip one conversation", {}),
    ("welcome to Zulip!", ":point_right: When you're ready", {}),
]


def onboarding_strings():
    """Every string literal of onboarding.py passed to `_()`, in source order."""
    import ast
    tree = ast.parse(dumped(ONBOARDING_PART)[ONBOARDING])
    return [n.args[0].value for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
            and n.args and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str)]


def remove_single_newlines(content):
    """zerver/lib/message.py's remove_single_newlines, which Welcome Bot applies to what it sends."""
    content = content.strip("\n")
    return re.sub(r"(?<!\n)\n(?!\n|[-*] |[0-9]+\. ) *", " ", content)


def markdown_text(text):
    """Zulip markdown as read: a link keeps its label and (site-relative links made absolute) its
    address; code fences dropped; bold, italic and code marks and channel-link marks dropped."""
    def link(m):
        url = m.group(2)
        if url.startswith("#"):
            url = SITE + "/" + url
        elif url.startswith("/"):
            url = SITE + url
        return f"{m.group(1)} {url}"
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", link, text)
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("```"))
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"(?<![*\w])\*([^*\s][^*]*)\*(?!\*)", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def welcome_bot_messages(code):
    """(name, text, untranslated strings) of every Welcome Bot message in a language (None: English):
    the welcome direct message as an ordinary member of an organization that is not an education
    one and has onboarding conversations receives it, every reply to a direct message, and every
    initial channel message of a new organization (its topic, then its content)."""
    strings = onboarding_strings()
    cat = Catalogue(code)
    _ = cat.gettext

    def lit(start):
        found = [x for x in strings if x.strip().startswith(start)]
        assert len(found) == 1, (start, len(found))
        return found[0]
    out = []  # (name, text, the untranslated strings met while composing it)

    def add(name, compose):
        before = len(cat.untranslated)
        text = compose()
        out.append((name, text, cat.untranslated[before:]))
    add("direct-intro", lambda: _(lit("Hello, and welcome to Zulip!")).format(
        inform_about_tracked_onboarding_messages_text=_(lit("I've kicked off some conversations")),
        getting_started_text=_(lit("To learn more, check out our [getting started guide]")).format(
            getting_started_url="/help/getting-started-with-zulip"),
        organization_setup_text="",
        navigation_tour_video_text=_(lit("You can always come back to the [Welcome to Zulip video]")).format(
            navigation_tour_video_url=NAVIGATION_TOUR_VIDEO_URL),
        demo_organization_text=""))
    for key, start in WELCOME_BOT_REPLIES:
        commands = BOT_COMMANDS + ([] if key == "help" else ["help"])
        add(f"reply-{key}", lambda start=start, commands=commands: _(lit(start)).format(
            help_link="/help/introduction-to-channels", settings_link="#channels/all",
            bot_commands=", ".join("`" + c + "`" for c in commands) + "."))
    for n, (topic, start, args) in enumerate(INITIAL_CHANNEL_MESSAGES, 1):
        def channel_message(topic=topic, start=start, args=args):
            values = {k: (_(v) if k in ("zulip_discussion_channel_name", "topic_name") else v) for k, v in args.items()}
            return _(topic) + "\n" + _(lit(start)).format(**values)
        add(f"channel-{n}", channel_message)
    return [(name, markdown_text(remove_single_newlines(text)), missing) for name, text, missing in out]


def welcome_bot_items():
    """Every Welcome Bot message (welcome_bot_messages) in each language of LANGS, skipped where a
    string is untranslated or a line is left in English (as for the mails)."""
    english = {name: text for name, text, _ in welcome_bot_messages(None)}
    for code, lang in LANGS:
        seen = set()
        for name, text, missing in welcome_bot_messages(code):
            if missing or english_literal(text, english[name], {}) or not is_new(seen, text):
                continue
            yield item(f"zlp-{code}-welcome_bot-{name}", lang, text, "zulip_message",
                       f"github.com/zulip/zulip main of 2025-12-18 (zerver/lib/onboarding.py; "
                       f"locale/{code}/LC_MESSAGES/django.po) as dumped in github.com/moondin/dd@{DD_COMMIT[:12]}:"
                       f"{DUMP.format(ONBOARDING_PART)}, {DUMP.format(CATALOGUE_PARTS[code])}",
                       f"zulip/zulip:welcome_bot-{name}", "all_welcome_bot_messages")


# --- Notification Bot messages --------------------------------------------------------------------
# The parts of the dump that hold a module naming settings.NOTIFICATION_BOT (git grep over the dump).
NOTIFICATION_PARTS = [22, 23, 30, 559, 845, 848, 850, 853, 854, 855, 867, 872, 879, 887, 905, 918, 941, 955,
                      957, 958, 992, 1009, 1022, 1028, 1041, 1042, 1052, 1056, 1063, 1074, 1105, 1109, 1212,
                      1272, 1284, 1285, 1286]


def notification_bot_strings():
    """[(module, function, msgid)]: every `_()` string literal of every function of a dumped Zulip module
    (tests, migrations and settings aside) that names settings.NOTIFICATION_BOT (the functions that send
    Notification Bot messages), outside a `raise` (error messages), first occurrence only."""
    import ast
    found = {}
    for part in NOTIFICATION_PARTS:
        for path, src in dumped(part).items():
            if (not path.endswith(".py") or "/tests/" in path or "/migrations/" in path or "settings" in path
                    or path.endswith("onboarding.py")):
                continue
            for fn in ast.walk(ast.parse(src)):
                if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                if not any(isinstance(n, ast.Attribute) and n.attr == "NOTIFICATION_BOT" for n in ast.walk(fn)):
                    continue
                raised = {id(m) for n in ast.walk(fn) if isinstance(n, ast.Raise) for m in ast.walk(n)}
                for c in ast.walk(fn):
                    if (isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in ("_", "gettext")
                            and c.args and isinstance(c.args[0], ast.Constant) and isinstance(c.args[0].value, str)
                            and id(c) not in raised):
                        found.setdefault(c.args[0].value, (path[len("zulip-main/"):], fn.name))
    return [(module, function, msgid) for msgid, (module, function) in found.items()]


def notice_value(field):
    """The fixed value of a format field of a Notification Bot string, by its name."""
    name = field.lower()
    if name in ("begin_link", "end_link"):  # the brackets of a markdown link around a phrase
        return "[" if name == "begin_link" else "](" + SITE + "/help/demo)"
    if "reported_user" in name:
        return "@bob"
    if "user" in name or "mention" in name or name == "fullname":
        return "@alice"
    if "email" in name:
        return "alice@example.com"
    if "link" in name or "url" in name:
        return SITE + "/help/demo"
    if "date" in name or "time" in name:
        return "2026-11-27 10:00"
    if "number" in name or "days" in name or "count" in name:
        return "30"
    return "Demo"


def notification_bot_messages(code):
    """(module, function, msgid, text, untranslated strings) of every Notification Bot string
    (notification_bot_strings) in a language (None: English): its format fields filled by
    notice_value, Zulip markdown read as text."""
    import string
    cat = Catalogue(code)
    out = []
    for module, function, msgid in notification_bot_strings():
        before = len(cat.untranslated)
        translated = cat.gettext(msgid)
        fields = {f for _, f, _, _ in string.Formatter().parse(translated) if f}
        text = markdown_text(translated.format(**{f: notice_value(f) for f in fields}))
        out.append((module, function, msgid, text, cat.untranslated[before:]))
    return out


def notice_name(module, function, msgid):
    """A short stable name for a Notification Bot string: module, function and a hash of the msgid."""
    import hashlib
    return f"{module.rsplit('/', 1)[-1][:-3]}-{function}-{hashlib.sha256(msgid.encode()).hexdigest()[:8]}"


def notification_bot_items():
    """Every Notification Bot string (notification_bot_messages) in each language of LANGS, skipped where
    it is untranslated or left in English (as for the mails)."""
    english = {msgid: text for _, _, msgid, text, _ in notification_bot_messages(None)}
    for code, lang in LANGS:
        seen = set()
        for module, function, msgid, text, missing in notification_bot_messages(code):
            if missing or english_literal(text, english[msgid], {}) or not is_new(seen, text):
                continue
            name = notice_name(module, function, msgid)
            yield item(f"zlp-{code}-notice-{name}", lang, text, "zulip_notice",
                       f"github.com/zulip/zulip main of 2025-12-18 ({module}, {function}; "
                       f"locale/{code}/LC_MESSAGES/django.po) as dumped in github.com/moondin/dd@{DD_COMMIT[:12]}",
                       f"zulip/zulip:notice-{function}", "all_notification_bot_strings")


def items():
    yield from zulip_items()
    yield from welcome_bot_items()
    yield from notification_bot_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
