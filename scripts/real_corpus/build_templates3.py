#!/usr/bin/env python3
"""Rebuild the seventh batch of tests/data/real/ (issue 12): legitimate notification and account
e-mails (subscription confirmations and welcomes, password reminders that supply the password,
held-post, bounce and moderation notices, password-recovery, e-mail-change and verification mails,
project, invitation and journal-editorial notices, new-location sign-in alerts and mails that
deliver a code) of five more products (GNU Mailman 2.1, GNU Mailman 3, Taiga, JumpServer, Open
Journal Systems), in zh-Hans, zh-Hant, es and en, taken from their own per-language templates and
catalogues.

Usage:
    MAILMAN2_GIT=/path/to/gnu-mailman/.git MAILMAN3_DIR=/path/to/unpacked/mailman3-deb \
        TAIGA_GIT=/path/to/taiga-back/.git JUMPSERVER_GIT=/path/to/jumpserver/.git \
        OJS_GIT=/path/to/ojs/.git PKP_LIB_GIT=/path/to/pkp-lib/.git \
        python3 scripts/real_corpus/build_templates3.py candidates   # print the texts
    ... python3 scripts/real_corpus/build_templates3.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Seventh batch (templates)"):
  * mailman2_email: GNU Mailman 2.1's e-mail templates, templates/{en,es,zh_CN,zh_TW}/*.txt (the
    `.html` files are web pages, not mails), from the GitHub copy github.com/jurov/gnu-mailman at
    upstream commit 77e40fbbc6bcc5107ab3cf761d312566afda97d5 (Mark Sapiro, 2014-10-25, Mailman
    2.1.18+; before the copy's own changes began), GPL-2.0-or-later (`gnu-COPYING-GPL`).
  * mailman3_email: GNU Mailman 3.3.8's templates as Debian ships them (package mailman3
    3.3.8-2~deb12u2, GPL-3.0-or-later), usr/lib/python3/dist-packages/mailman/templates/
    {en,es,zh_Hans}/*.txt.
  * taiga_email: Taiga's e-mails (github.com/taigaio/taiga-back, MPL-2.0, commit
    3bea7114007afd83478a8d6f2a70afd70d94dc21): every `*-body-text.jinja` template with its `*-subject.jinja`,
    rendered with Jinja2's i18n extension and taiga/locale/{es,zh_Hans,zh_Hant}/LC_MESSAGES/django.po.
  * jumpserver_email: JumpServer's notification templates (github.com/jumpserver/jumpserver,
    GPL-3.0, see JUMPSERVER_COMMIT), apps/*/templates/*/_msg_*.html, rendered by
    django_text.Renderer with apps/i18n/core/{es,zh,zh_Hant}/LC_MESSAGES/django.po.
  * ojs_email: the default e-mails of Open Journal Systems and of the PKP library it is built on
    (github.com/pkp/ojs and github.com/pkp/pkp-lib, GPL-3.0, see PKP_SOURCES), locale/<lang>/emails.po:
    every `emails.<name>.body` with its `emails.<name>.subject`.
Labels come from scripts/real_corpus/labels/labels_templates3.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.

Every template of each product is taken, one text per template and language. A template is skipped
in a language that leaves any of its strings untranslated (Mailman: a line of 12 or more characters
identical to a line of the English template, or a template the language lacks; the others: any
message the catalogue does not translate or leaves in English). Near-duplicates collapse within a product and language (digits
and white space ignored). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen`, `bob` / `Bob Li`, `Demo …` names, links on `*.example.com`/`.org`, the
password `Tq7m-Wz4k-Rb9x` where a mail supplies one, `203.0.113.7`); unknown values `Demo`. Cut at
500 characters as before.

Split: the unit is one template of one product with all its languages (`mailman/mailman2:<template>`,
`mailman/mailman3:<template>`, `taigaio/taiga-back:<template>`, `jumpserver/jumpserver:<template path>`,
`pkp/ojs:<name>`); held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these texts.
"""
import html
import os
import re
import subprocess

from build_templates import html_to_text, item
from build_templates2 import is_new
from corpus import git_files, git_ls, git_show, git_show_bytes, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates3.tsv")

PASSWORD = "Tq7m-Wz4k-Rb9x"
LIST = "https://lists.example.org"


def english_lines(text):
    return {ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 12 and re.search(r"[A-Za-z]{3}", ln)}


def untranslated_lines(text, en_text):
    """True when a line of `text` (12+ characters, with words, not only placeholders or an address)
    is also a line of the English template: that sentence would be sent in English."""
    en = english_lines(en_text)
    for ln in text.splitlines():
        s = ln.strip()
        if s not in en:
            continue
        bare = re.sub(r"%\([a-z_]+\)s|\$\{?[a-z_]+\}?|\S+@\S+|https?://\S+", "", s)
        if len(re.findall(r"[A-Za-z]{2,}", bare)) >= 2:
            return True
    return False


# --- GNU Mailman 2.1 --------------------------------------------------------------------------
MAILMAN2_COMMIT = "77e40fbbc6bcc5107ab3cf761d312566afda97d5"
MAILMAN2_LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
MAILMAN2_VALUES = {
    "listname": "demo-list", "real_name": "Demo-list", "requestaddr": "demo-list-request@lists.example.org",
    "listinfo_url": LIST + "/mailman/listinfo/demo-list", "hostname": "lists.example.org",
    "host_name": "lists.example.org", "confirmurl": LIST + "/mailman/confirm/demo-list/5f2c9a0e1b7d4c3a",
    "reason": "Post by non-member to a members-only list", "password": PASSWORD,
    "owneraddr": "demo-list-owner@lists.example.org", "optionsurl": LIST + "/mailman/options/demo-list/alice%40example.com",
    "options_url": LIST + "/mailman/options/demo-list/alice%40example.com",
    "adminaddr": "demo-list-owner@lists.example.org", "subject": "Meeting on Friday",
    "listaddr": "demo-list@lists.example.org", "email": "alice@example.com", "cookie": "5f2c9a0e1b7d4c3a",
    "admindb_url": LIST + "/mailman/admindb/demo-list", "version": "2.1.18", "username": "alice@example.com",
    "sender": "bob@example.com", "remote": "", "member": "alice@example.com",
    "listadmin": "demo-list-owner@lists.example.org", "welcome": "",
    "useraddr": "alice@example.com", "user": "alice@example.com", "umbrella": "", "siteowner": "mailman-owner@lists.example.org",
    "request": "subscribe", "reenable": "", "owneremail": "demo-list-owner@lists.example.org",
    "owner": "demo-list-owner@lists.example.org", "num": "2", "noticesleft": "2", "negative": "",
    "listowner": "demo-list-owner@lists.example.org", "got_request_email": "demo-list-request@lists.example.org",
    "got_owner_email": "demo-list-owner@lists.example.org", "got_listinfo_url": LIST + "/mailman/listinfo/demo-list",
    "got_list_email": "demo-list@lists.example.org", "fqdn_lname": "demo-list@lists.example.org",
    "exreq": "", "emailaddr": "demo-list-request@lists.example.org", "did": "", "commands": "",
    "cmd": "help", "but": "", "admin_url": LIST + "/mailman/admin/demo-list", "address": "alice@example.com",
    "addr": "alice@example.com", "date": "2026-11-27", "interval": "3", "sender_email": "bob@example.com", "count": "2",
}


MAILMAN2_CHARSETS = {"en": "us-ascii", "es": "iso-8859-1", "zh_CN": "gb18030", "zh_TW": "big5"}


def decode(raw, code):
    """A Mailman 2 template: UTF-8, else the language's legacy charset (Mailman's own table)."""
    for enc in ("utf-8", MAILMAN2_CHARSETS[code]):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue


def mailman2_fill(text):
    return re.sub(r"%\((\w+)\)[sd]", lambda m: MAILMAN2_VALUES.get(m.group(1), "Demo"), text).replace("%%", "%")


def mailman2_items():
    git_dir = os.environ["MAILMAN2_GIT"]
    names = [n.split("/")[-1] for n in git_ls(git_dir, MAILMAN2_COMMIT, "templates/en") if n.endswith(".txt")]
    en = {n: decode(git_show_bytes(git_dir, MAILMAN2_COMMIT, f"templates/en/{n}"), "en") for n in names}
    for code, lang in MAILMAN2_LANGS:
        have = set(git_ls(git_dir, MAILMAN2_COMMIT, f"templates/{code}"))
        seen = set()
        for name in names:
            if name not in have:
                continue
            path = f"templates/{code}/{name}"
            src = decode(git_show_bytes(git_dir, MAILMAN2_COMMIT, path), code)
            if code != "en" and untranslated_lines(src, en[name]):
                continue
            text = mailman2_fill(src).strip()
            if not is_new(seen, text):
                continue
            tmpl = name[: -len(".txt")]
            yield item(f"mm2-{code}-{tmpl}", lang, text, "mailman2_email",
                       f"github.com/jurov/gnu-mailman@{MAILMAN2_COMMIT[:12]}:{path}",
                       f"mailman/mailman2:{tmpl}", "all_email_templates")


# --- GNU Mailman 3 --------------------------------------------------------------------------
MAILMAN3_VERSION = "debian:mailman3=3.3.8-2~deb12u2"
MAILMAN3_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans")]
MAILMAN3_VALUES = {
    "listname": "demo-list@lists.example.org", "owner_email": "demo-list-owner@lists.example.org",
    "member": "Alice Chen <alice@example.com>", "display_name": "Demo-list",
    "request_email": "demo-list-request@lists.example.org", "sender_email": "bob@example.com",
    "domain": "lists.example.org", "user_email": "alice@example.com", "token": "5f2c9a0e1b7d4c3a9e8f",
    "subject": "Meeting on Friday", "reasons": "The message is not from a list member", "short_listname": "demo-list",
    "count": "2", "version": "3.3.8", "site_email": "postmaster@lists.example.org", "request": "subscribe",
    "reason": "The message is not from a list member", "data": "", "commands": "", "administrator": "Alice Chen",
}


def mailman3_fill(text):
    return re.sub(r"\$\{?(\w+)\}?", lambda m: MAILMAN3_VALUES.get(m.group(1), "Demo"), text).replace("$$", "$")


def mailman3_items():
    root = os.path.join(os.environ["MAILMAN3_DIR"], "usr/lib/python3/dist-packages/mailman/templates")
    names = sorted(n for n in os.listdir(os.path.join(root, "en")) if n.endswith(".txt"))
    en = {n: open(os.path.join(root, "en", n), encoding="utf-8").read() for n in names}
    for code, lang in MAILMAN3_LANGS:
        seen = set()
        for name in names:
            path = os.path.join(root, code, name)
            if not os.path.exists(path):
                continue
            src = open(path, encoding="utf-8").read()
            if code != "en" and untranslated_lines(src, en[name]):
                continue
            text = mailman3_fill(src).strip()
            if not text or not is_new(seen, text):
                continue
            tmpl = name[: -len(".txt")]
            yield item(f"mm3-{code}-{tmpl.replace(':', '-')}", lang, text, "mailman3_email",
                       f"{MAILMAN3_VERSION}:mailman/templates/{code}/{name}",
                       f"mailman/mailman3:{tmpl}", "all_email_templates")


# --- Taiga -------------------------------------------------------------------------------------
TAIGA_COMMIT = "3bea7114007afd83478a8d6f2a70afd70d94dc21"
TAIGA_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
TG = "https://taiga.example.com"


class TaigaValue:
    """A context value of a Taiga template: attribute access and calls give further values, its text
    is the fixed value of its dotted name (`Demo` when none is set), it iterates as empty and is
    false in an `if` unless it has a value (so optional parts such as extra invitation text stay
    out, as for a mail that has none)."""
    def __init__(self, path):
        self._path = path

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return TaigaValue(f"{self._path}.{attr}")

    def __getitem__(self, key):
        return TaigaValue(f"{self._path}.{key}")

    def __call__(self, *args, **kwargs):
        return TaigaValue(f"{self._path}()")

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return self._path in TAIGA_VALUES

    def __str__(self):
        return TAIGA_VALUES.get(self._path, "Demo")

    __html__ = __str__


TAIGA_VALUES = {
    "project.name": "Demo Project", "project.slug": "demo-project", "project.transfer_token": "5f2c9a0e1b7d",
    "user.get_full_name()": "Alice Chen", "user.token": "5f2c9a0e1b7d4c3a", "user.email": "alice@example.com",
    "user.email_token": "5f2c9a0e1b7d4c3a",
    "changer.get_full_name()": "Bob Li", "old_owner.get_full_name()": "Bob Li",
    "new_owner.get_full_name()": "Alice Chen", "rejecter.get_full_name()": "Alice Chen",
    "requester.get_full_name()": "Alice Chen", "receiver.get_full_name()": "Alice Chen", "snapshot.ref": "42", "snapshot.subject": "Login page shows a blank screen",
    "snapshot.name": "Sprint 3", "snapshot.slug": "meeting-notes", "membership.project": "Demo Project",
    "membership.token": "5f2c9a0e1b7d4c3a", "membership.user.get_full_name()": "Alice Chen",
    "membership.project.slug": "demo-project", "project.owner.get_full_name()": "Bob Li",
    "feedback_entry.full_name": "Bob Li", "feedback_entry.email": "bob@example.com",
    "feedback_entry.comment": "The search page is slow.", "membership.invited_by": "Bob Li",
    "membership.invited_by.get_full_name()": "Bob Li", "error_subject": "Import failed",
    "error_message": "The file is not a valid project dump.", "deletion_date": "2026-12-04",
    "project_name": "Demo Project", "owner_name": "Bob Li", "old_owner_name": "Bob Li", "new_owner_name": "Alice Chen",
    "rejecter_name": "Alice Chen", "requester_name": "Alice Chen", "receiver_name": "Alice Chen", "reason": "",
    "url": TG + "/project/demo-project/", "project_settings_url": TG + "/project/demo-project/admin/project-profile/details",
    "email": "alice@example.com", "comment": "The search page is slow.", "full_name": "Alice Chen",
    "role": "Back", "name": "Alice Chen",
}
TAIGA_SITE = {"signature": "The Taiga Team", "support.email": "support@taiga.example.com", "product_name": "Taiga",
              "taigaio_url": "https://taiga.example.com", "social.twitter_url": "https://twitter.example.com/taigaio",
              "social.github_url": "https://github.example.com/taigaio", "support.url": TG + "/support"}


def taiga_items():
    """Every `*-body-text.jinja` e-mail of Taiga (taiga-back, MPL-2.0) with its `*-subject.jinja`,
    rendered by Jinja2 with the i18n extension and each language's django.po. A template is
    skipped in a language whose catalogue leaves any message it uses untranslated."""
    import jinja2
    import polib
    git_dir = os.environ["TAIGA_GIT"]
    files = git_files(git_dir, TAIGA_COMMIT)
    by_name = {f.split("/templates/", 1)[1]: f for f in files if "/templates/emails/" in f and f.endswith(".jinja")}
    sources = {n: git_show(git_dir, TAIGA_COMMIT, p) for n, p in by_name.items()}
    bodies = sorted(n for n in by_name if n.endswith("-body-text.jinja") and "/includes/" not in n
                    and not n.endswith("updates-body-text.jinja"))
    for code, lang in TAIGA_LANGS:
        catalogue = {}
        if code != "en":
            po = polib.pofile(git_show(git_dir, TAIGA_COMMIT, f"taiga/locale/{code}/LC_MESSAGES/django.po"))
            catalogue = {e.msgid: e.msgstr for e in po if e.msgstr and "fuzzy" not in e.flags}
        missing = []

        def gettext(msgid):
            if code == "en":
                return msgid
            if msgid not in catalogue:
                missing.append(msgid)
                return msgid
            return catalogue[msgid]

        def ngettext(s, p, n):
            return gettext(s if n == 1 else p)
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), extensions=["jinja2.ext.i18n"],
                                 undefined=jinja2.ChainableUndefined)
        env.install_gettext_callables(gettext, ngettext, newstyle=False)
        env.filters["date"] = lambda value, fmt="": " UTC" if fmt.strip() == "T" else "2026-12-04 10:00"
        seen = set()
        for name in bodies:
            subject = name.replace("-body-text.jinja", "-subject.jinja")
            ctx = {k: TaigaValue(k) for k in ("project", "user", "changer", "snapshot", "membership", "old_owner",
                                               "new_owner", "rejecter", "requester", "receiver", "feedback_entry")}
            ctx.update({k: v for k, v in TAIGA_VALUES.items() if "." not in k and "(" not in k})
            ctx.update({"sr": lambda key: TAIGA_SITE.get(key, "Demo"),
                        "resolve_front_url": lambda *a: TG + "/" + "/".join(str(x) for x in a),
                        "history_entries": [], "_": gettext})
            missing.clear()
            try:
                parts = [env.get_template(n).render(ctx) for n in ([subject] if subject in sources else []) + [name]]
            except (jinja2.UndefinedError, KeyError):
                continue  # the translation names a placeholder the template does not pass: broken
            if missing:
                continue
            text = "\n".join(p.strip() for p in parts)
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            if not is_new(seen, text):
                continue
            tmpl = name.split("emails/", 1)[1][: -len("-body-text.jinja")]
            yield item(f"tg-{code}-{tmpl.replace('/', '-')}", lang, text, "taiga_email",
                       f"github.com/taigaio/taiga-back@{TAIGA_COMMIT[:12]}:{by_name[name]}",
                       f"taigaio/taiga-back:{tmpl}", "all_email_templates")


# --- JumpServer ---------------------------------------------------------------------------------
JUMPSERVER_COMMIT = "54b5d374e36b17b99d6377997272c648e9978601"
JUMPSERVER_LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_Hant", "zh-Hant")]
JS = "https://jms.example.com"
JUMPSERVER_CTX = {
    "name": "Alice Chen", "username": "alice", "email": "alice@example.com", "user": "Alice Chen",
    "user.name": "Alice Chen",
    "time": "2026-11-27 10:00", "city": "Berlin", "ip": "203.0.113.7", "ip_address": "203.0.113.7",
    "browser": "Firefox on Linux", "code": "482913", "oauth_name": "GitHub", "oauth_id": "alice-gh",
    "rest_password_url": JS + "/core/auth/password/reset/", "rest_password_token": "5f2c9a0e1b7d4c3a",
    "forget_password_url": JS + "/core/auth/password/forgot/", "update_password_url": JS + "/ui/#/profile/password",
    "url": JS + "/ui/#/profile/", "date_expired": "2026-12-04", "date_password_expired": "2026-12-04",
    "item_type": "assets", "count": "2", "start_time": "2026-11-27 10:00", "end_time": "2026-11-27 10:05",
    "cost_time": "300", "session_url": JS + "/ui/#/audit/sessions/5f2c9a0e", "command": "rm -rf /tmp/cache",
    "recipient.name": "Alice Chen", "recipient.username": "alice", "asset": "web-01", "account": "root",
    "remote_addr": "203.0.113.7", "login_from": "Web", "protocol": "ssh", "risk_level": "Warning",
    "cmd_filter_acl": "Dangerous commands", "cmd_group": "Dangerous commands", "org": "Default",
    "created_by": "Bob Li", "verify_code": "482913", "ticket_detail_url": JS + "/ui/#/tickets/5f2c9a0e",
}


def jumpserver_items():
    """JumpServer's notification templates (apps/*/templates/*/_msg_*.html, GPL-3.0), rendered by
    django_text.Renderer with apps/i18n/core/<lang>/LC_MESSAGES/django.po (compiled in memory).
    Strings the code supplies to a template (a title, tip, honorific or content) are not in the
    template and are filled with `Demo`; a template without any translatable text is left out."""
    import gettext as gettext_mod
    import io
    import polib
    from django_text import Renderer
    git_dir = os.environ["JUMPSERVER_GIT"]
    files = git_files(git_dir, JUMPSERVER_COMMIT)
    templates = sorted(f for f in files if re.search(r"/templates/.*/_msg_[^/]+\.html$", f))
    sources = {f: git_show(git_dir, JUMPSERVER_COMMIT, f) for f in templates}
    for code, lang in JUMPSERVER_LANGS:
        po = polib.pofile(git_show(git_dir, JUMPSERVER_COMMIT, f"apps/i18n/core/{code}/LC_MESSAGES/django.po"))
        if code == "en":
            trans = gettext_mod.NullTranslations()
        else:
            for e in po:
                if "fuzzy" in e.flags:
                    e.msgstr = ""
            trans = gettext_mod.GNUTranslations(io.BytesIO(po.to_binary()))
        seen = set()
        for path in templates:
            src = sources[path]
            if not re.search(r"\{%\s*(trans|translate|blocktrans|blocktranslate)\b", src):
                continue
            r = Renderer(lambda name: sources[name], trans)
            ctx = dict(JUMPSERVER_CTX)
            for var in re.findall(r"\{\{\s*(\w+)", src):
                ctx.setdefault(var, "Demo")
            html = r.render_file(path, ctx, check=code != "en")
            # a link's label may span lines; html_to_text keeps "label URL" for one-line links
            html = re.sub(r"<a\b[^>]*>.*?</a>", lambda m: re.sub(r"\s+", " ", m.group(0)), html, flags=re.S)
            text = html_to_text(html)
            if r.untranslated:
                continue
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            if not is_new(seen, text):
                continue
            tmpl = re.sub(r"^apps/|templates/|_msg_|\.html$", "", path).replace("//", "/")
            yield item(f"js-{code}-{tmpl.replace('/', '-')}", lang, text, "jumpserver_email",
                       f"github.com/jumpserver/jumpserver@{JUMPSERVER_COMMIT[:12]}:{path}",
                       f"jumpserver/jumpserver:{tmpl}", "all_message_templates")


# --- Open Journal Systems (PKP) ------------------------------------------------------------------
PKP_SOURCES = [  # (env, commit, repository): OJS's own e-mails, then those of the library it shares
    ("OJS_GIT", "718a023c28e01fea6161f2719ba14c745eb36356", "pkp/ojs"),
    ("PKP_LIB_GIT", "f2f41aa3d7adcd966e27d79b7054c096fc429c47", "pkp/pkp-lib"),
]
PKP_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
JO = "https://journal.example.edu/index.php/demo"
PKP_VALUES = {
    "recipientName": "Alice Chen", "recipientUsername": "alice", "contextName": "Demo Journal",
    "contextAcronym": "DJ", "contextUrl": JO, "contextSignature": "Demo Journal editorial team",
    "signature": "Bob Li", "senderName": "Bob Li", "siteTitle": "Demo Journals", "siteContactName": "Bob Li",
    "siteSignature": "Demo Journals", "principalContactSignature": "Bob Li, Demo Journal",
    "subscriptionSignature": "Bob Li, Demo Journal", "submissionTitle": "Rust in embedded systems",
    "publicationTitle": "Rust in embedded systems", "submissionId": "42", "authors": "Alice Chen",
    "authorsShort": "Chen", "authorsWithAffiliation": "Alice Chen (Demo University)",
    "submittingAuthorName": "Alice Chen", "submitterName": "Alice Chen", "reviewerName": "Alice Chen",
    "inviterName": "Bob Li", "contactName": "Bob Li", "contactEmail": "editor@journal.example.edu",
    "password": PASSWORD, "passwordResetUrl": JO + "/login/resetPassword/alice?confirm=5f2c9a0e1b7d",
    "activateUrl": JO + "/user/activateUser/alice/5f2c9a0e1b7d", "newEmail": "alice.chen@example.com",
    "submissionAbstract": "We compare memory safety bugs in embedded firmware.",
    "reviewDueDate": "2026-12-18", "responseDueDate": "2026-12-04", "expiryDate": "2026-12-31",
    "domain": "journal.example.edu", "ipRanges": "203.0.113.0/24", "institutionName": "Demo University",
    "institutionMailingAddress": "1 Demo Street, Berlin", "membership": "Demo Society", "month": "November",
    "year": "2026", "volume": "3", "number": "2", "issueIdentification": "Vol. 3 No. 2 (2026)",
    "announcementTitle": "Call for papers", "announcementSummary": "Submissions are open until March.",
    "subscriptionType": "Individual, 1 year", "subscriberDetails": "Alice Chen, alice@example.com",
    "reviewMethod": "Double anonymous", "decisionDescription": "The submission is accepted.",
    "messageToSubmittingAuthor": "Your submission has been accepted.", "recommendation": "Accept Submission",
    "reviewRecommendation": "Accept Submission", "numberOfSubmissions": "12", "newSubmissions": "4",
    "declinedSubmissions": "3", "acceptedSubmissions": "2", "totalSubmissions": "12", "outstandingTasks": "2",
    "roleNameAndDates": "Reviewer (2026-11-27 - )", "rolesAdded": "Reviewer", "roleRemoved": "Reviewer",
    "existingRoles": "Author", "reviewTypeDescription": "Double anonymous", "allReviewerComments": "Well argued.",
    "issueToc": "Rust in embedded systems (Alice Chen)",
}


def pkp_value(name):
    if name in PKP_VALUES:
        return PKP_VALUES[name]
    if name.endswith("Url") or name.endswith("Link"):
        return JO + "/" + re.sub(r"(Url|Link)$", "", name)
    return "Demo"


def pkp_items():
    """The default e-mail templates of Open Journal Systems and of the PKP library it is built on
    (github.com/pkp/ojs and github.com/pkp/pkp-lib, GPL-3.0): every `emails.<name>.body` of
    locale/<lang>/emails.po with its `emails.<name>.subject` (English: locale/en/emails.po).
    A template is skipped in a language that lacks either string or leaves one in English."""
    from build_templates import untranslated
    from build_templates2 import po_entries
    seen_by_lang = {}  # one product: near-duplicates collapse across both repositories
    for env, commit, repo in PKP_SOURCES:
        git_dir = os.environ[env]

        def strings(code):
            try:
                return {i: t for _, i, t in po_entries(git_show(git_dir, commit, f"locale/{code}/emails.po")) if t}
            except subprocess.CalledProcessError:
                return {}
        en = strings("en")
        bodies = [k for k in en if k.startswith("emails.") and k.endswith(".body")]
        for code, lang in PKP_LANGS:
            cat = strings(code)
            seen = seen_by_lang.setdefault(code, set())
            for key in bodies:
                subj = key[: -len(".body")] + ".subject"
                used = [k for k in (subj, key) if k in en]
                if any(k not in cat for k in used) or (code != "en" and untranslated([(cat[k], en[k]) for k in used])):
                    continue
                text = "\n".join(cat[k] for k in used)
                text = re.sub(r"\{\$(\w+)\}", lambda m: pkp_value(m.group(1)), text)
                text = html_to_text(re.sub(r"</p>\s*<p>", "</p>\n<p>", text.replace("\\t", "\t")))
                text = html.unescape(text)
                if not is_new(seen, text):
                    continue
                name = key[len("emails."): -len(".body")]
                yield item(f"oj-{code}-{name}", lang, text, "ojs_email",
                           f"github.com/{repo}@{commit[:12]}:locale/{code}/emails.po#{key}",
                           f"pkp/ojs:{name}", "all_email_templates")


def items():
    yield from mailman2_items()
    yield from mailman3_items()
    yield from taiga_items()
    yield from jumpserver_items()
    yield from pkp_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
