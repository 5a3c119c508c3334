#!/usr/bin/env python3
"""Rebuild the thirteenth batch of tests/data/real/ (issue 12): legitimate account, security and
ticket messages of help-desk products, in zh-Hans and zh-Hant (and es where the product translates
the message), never English: the corpus has enough English texts, and this batch is to raise the
Chinese share. English strings serve only to find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-13.sh   # or set the *_GIT variables below to bare git dirs of the repositories
    python3 scripts/real_corpus/build_templates9.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates9.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirteenth batch (templates)"):
  * zammad_email: Zammad (AGPL-3.0), over the fetch limit, so its mail templates
    app/views/mailer/<template>/<lang>.{html,txt}.erb in zh-cn, zh-tw and es were read through the
    file index, one stored version each (its commit in raw/zammad/SOURCES.tsv), and copied verbatim
    into scripts/real_corpus/raw/zammad/; every template of the mailer set (ZAMMAD_TEMPLATES) whose
    file is plain text with `#{...}` fields (the ticket notices, which have ERB control code and
    catalogue lookups, are left out); the first line is the subject.
  * znuny_notification: Znuny, the continuation of ((OTRS)) Community Edition (GPL-3.0), over the
    fetch limit, so the rows of table notification_event_message in es_MX and zh_CN (its only
    Chinese and Spanish rows; no zh_TW) of scripts/database/initial_insert.mysql.sql (stored version
    ZNUNY_COMMIT) were read through the file index and copied verbatim into
    scripts/real_corpus/raw/znuny/; every row: subject, then text.

Selection is mechanical: every template of each product's message set, one text per template and
language. A template is skipped in a language whose file lacks it or leaves a line in English
(build_templates6.english). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen` / `bob`, `Demo …` names, links on `*.example.com`, code 482913,
203.0.113.7, dates 2026-11-27 10:00); a value that code supplies from elsewhere is `Demo`. HTML tags
are dropped (a link keeps its label and address). Near-duplicates collapse within a product and
language (digits and white space ignored). Cut at 500 characters.

Split: the unit is one template of one product with all its languages (`<owner/repo>:<template>`);
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any
scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates9.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates6 import english
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates9.tsv")
RAW = os.path.join(HERE, "raw")

# --- Zammad --------------------------------------------------------------------------------------
ZAMMAD_LANGS = [("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant"), ("es", "es")]
# Every template folder of app/views/mailer/ in the file index (the union of its stored history):
# the account and security mails, the postmaster's bounce, and the agents' ticket notices.
ZAMMAD_TEMPLATES = [
    "admin_password_auth", "email_oversized", "password_change", "password_reset", "signup",
    "signup_taken_reset", "user_invite", "user_device_new", "user_device_new_location",
    "ticket_create", "ticket_update", "ticket_escalation", "ticket_escalation_warning",
    "ticket_reminder_reached",
]
ZM = "https://helpdesk.example.com"
ZAMMAD_TOKEN = "5f2c9a0e1b7d4c3a"
ZAMMAD_FILL = {
    "config.product_name": "Demo Helpdesk", "config.fqdn": "helpdesk.example.com",
    "config.http_type": "https", "config.postmaster_max_size": "10",
    "user.firstname": "Alice", "user.lastname": "Chen", "user.login": "alice",
    "current_user.firstname": "Bob", "current_user.lastname": "Demo",
    "token.name": ZAMMAD_TOKEN, "token.token": ZAMMAD_TOKEN,
    "user_device.created_at": "2026-11-27 10:00", "user_device.name": "Demo",
    "user_device.location": "Demo", "user_device.ip": "203.0.113.7",
    "mail.from_display_name": "Alice Chen", "mail.subject": "Demo", "mail.msg_size": "12",
}
# `#{url}`, which newer versions of the mailer pass instead of writing the link into the template.
ZAMMAD_URL = {
    "admin_password_auth": f"{ZM}/#login/admin/{ZAMMAD_TOKEN}",
    "password_reset": f"{ZM}/#password_reset_verify/{ZAMMAD_TOKEN}",
    "signup_taken_reset": f"{ZM}/#password_reset_verify/{ZAMMAD_TOKEN}",
    "signup": f"{ZM}/#email_verify/{ZAMMAD_TOKEN}",
}


def zammad_sources():
    """{raw file: origin} from raw/zammad/SOURCES.tsv (the stored version each file was copied from)."""
    with open(os.path.join(RAW, "zammad", "SOURCES.tsv"), encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#")]
    return {r[0]: r[1] for r in rows}


def zammad_render(src, template):
    """A Zammad mail template as sent: `#{...}` fields filled, HTML tags dropped (a link keeps its
    label and address, once when the label is the address)."""
    fill = dict(ZAMMAD_FILL, url=ZAMMAD_URL.get(template, "Demo"))
    text = re.sub(r"#\{([\w.]+)\}", lambda m: fill.get(m.group(1), "Demo"), src)
    text = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>\1</a>", r"\1", text)
    return html_to_text(text)


def zammad_items():
    """Zammad (AGPL-3.0): every mail template of app/views/mailer/ in zh-cn, zh-tw and es (first
    line the subject). The ticket notices, whose files have ERB control code (`<% if %>`, loops over
    the changes) and catalogue lookups (`t('Group')`, the link label), are not rendered (left out)."""
    sources = zammad_sources()
    for code, lang in ZAMMAD_LANGS:
        seen = set()
        for template in ZAMMAD_TEMPLATES:
            name = next((p for p in (f"{template}/{code}.html.erb", f"{template}/{code}.txt.erb")
                         if p in sources), None)
            if name is None:
                continue
            with open(os.path.join(RAW, "zammad", name), encoding="utf-8") as f:
                src = f.read()
            if "<%" in src or re.search(r"\bt\(", src):
                continue
            if english(re.sub(r"#\{[^}]*\}|<[^>]+>", "", src), lang):
                continue
            text = zammad_render(src, template)
            if not is_new(seen, text):
                continue
            yield item(f"zmd-{code}-{template}", lang, text, "zammad_email",
                       f"{sources[name]} (copied to scripts/real_corpus/raw/zammad/{name})",
                       f"zammad/zammad:{template}", "all_mailer_templates")


# --- Znuny ---------------------------------------------------------------------------------------
ZNUNY_COMMIT = "dd5143b7052ea9fd8eae093b0405512f12bf7185"
ZNUNY_SQL = "scripts/database/initial_insert.mysql.sql"
ZNUNY_RAW = "notification_event_message.es_MX.zh_CN.sql"
ZNUNY_LANGS = {"es_MX": "es", "zh_CN": "zh-Hans"}
ZNUNY_ROW = re.compile(r"\((\d+), (\d+), '([^']*)', '(\w+)', '((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\);")
# notification_id -> a name for the event, after the English subject of the same notification_id
# in the same table (`en` rows 1-14).
ZNUNY_EVENTS = {
    1: "new-ticket", 2: "follow-up-unlocked", 3: "follow-up-locked", 4: "lock-timeout",
    5: "owner-update", 6: "responsible-update", 7: "add-note", 8: "queue-update",
    9: "pending-reminder-locked", 10: "pending-reminder-unlocked", 11: "escalation",
    12: "escalation-warning", 13: "service-update", 14: "appointment-reminder",
}
ZNUNY_FILL = {
    "NOTIFICATION_RECIPIENT_UserFirstname": "Alice", "NOTIFICATION_RECIPIENT_UserLastname": "Chen",
    "CONFIG_Ticket::Hook": "Ticket#", "CONFIG_Ticket::HookDivider": "",
    "TICKET_TicketNumber": "2026112710000042", "TICKET_TicketID": "42", "TICKET_Title": "Demo",
    "TICKET_Queue": "Demo", "TICKET_Service": "Demo", "CUSTOMER_REALNAME": "bob",
    "CUSTOMER_BODY": "Demo", "CUSTOMER_SUBJECT": "Demo", "AGENT_SUBJECT": "Demo", "AGENT_BODY": "Demo",
    "OWNER_UserFullname": "Alice Chen", "TICKET_OWNER_UserFullname": "Alice Chen",
    "RESPONSIBLE_UserFullname": "Alice Chen", "TICKET_RESPONSIBLE_UserFullname": "Alice Chen",
    "CURRENT_UserFullname": "bob", "TICKET_EscalationDestinationDate": "2026-11-27 10:00",
    "TICKET_EscalationDestinationIn": "2 h", "CONFIG_HttpType": "https",
    "CONFIG_FQDN": "helpdesk.example.com", "CONFIG_ScriptAlias": "otrs/",
    "CONFIG_NotificationSenderName": "Demo Notifications",
}


def znuny_fill(text):
    """A Znuny notification with its `<OTRS_…>` tags filled (unknown ones `Demo`)."""
    return re.sub(r"<OTRS_([\w:]+?)(?:\[\d+\])?>", lambda m: ZNUNY_FILL.get(m.group(1), "Demo"), text)


def znuny_items():
    """Znuny (GPL-3.0): every es_MX and zh_CN row of notification_event_message in its initial
    data, the agents' ticket notices (new ticket, follow-ups, lock timeout, owner, responsible,
    note, queue, pending reminders, escalation, escalation warning, service): subject, then text."""
    with open(os.path.join(RAW, "znuny", ZNUNY_RAW), encoding="utf-8") as f:
        sql = f.read()
    seen = {lang: set() for lang in ZNUNY_LANGS.values()}
    for row_id, notification, content_type, code, subject, body in ZNUNY_ROW.findall(sql):
        lang = ZNUNY_LANGS[code]
        unescape = lambda v: re.sub(r"\\(.)", r"\1", v)  # MySQL's `\;`
        subject, body = unescape(subject), unescape(body)
        if content_type == "text/html":
            body = html_to_text(body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))
        if english(subject, lang) or english(body, lang):
            continue
        text = znuny_fill(subject).strip() + "\n" + znuny_fill(body).strip()
        if not is_new(seen[lang], text):
            continue
        event = ZNUNY_EVENTS[int(notification)]
        yield item(f"znuny-{code}-{event}", lang, text, "znuny_notification",
                   f"github.com/znuny/Znuny@{ZNUNY_COMMIT[:12]}:{ZNUNY_SQL} (notification_event_message"
                   f" id {row_id}, copied to scripts/real_corpus/raw/znuny/{ZNUNY_RAW})",
                   f"znuny/Znuny:{event}", "all_notification_event_messages")


def items():
    yield from zammad_items()
    yield from znuny_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
