#!/usr/bin/env python3
"""Build the seventy-first batch of tests/data/real/: the account and security notices of the
mailcow mail-server suite (mailcow/mailcow-dockerized: its web UI's message catalogues in English,
Spanish, zh-Hans and zh-Hant) with its default mail templates (password reset, quarantine and quota
notifications, English), and the mails of Redash (getredash/redash: invitation, password reset,
disabled account, e-mail verification, failure report, alert, test message; English), rendered
with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates67.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates67.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/mailcow/ and raw/redash/
(see the SOURCE.md of each for repository, paths and commit; the default branch's head as stored).
Needs jinja2 (the templates are Jinja templates; mailcow's quarantine and quota mails are rendered
by jinja2 in the product too).

Sources (see scripts/real_corpus/notes/batch71.md):
  * mailcow_notice: the messages of the web UI's catalogues data/web/lang/lang.{en-gb,es-es,zh-cn,
    zh-tw}.json. Rule, on section names: the sections that hold messages shown to a user after an
    action (`success`, `danger`, `warning`, `info`: every key is a message) and the two-factor,
    FIDO2 and log-in sections (`tfa`, `fido2`, `login`: these mix messages with field labels and
    button captions, so only keys whose English value has 4 or more words are taken). That gives
    274 English keys (about 1,000 texts in four languages), more than this batch's ~450, so a
    mechanical subset is taken: the keys whose English value matches the account word pattern
    NOTICE_WORDS (password, log in, account, e-mail, verify, confirm, token, reset, session, 2FA /
    TFA / TOTP / WebAuthn / FIDO2 / OTP, credentials, username, access, recovery, mailbox ...), in
    file order (section order of MC_SECTIONS, key order of the English file). A key is taken in a
    language when that catalogue has it and its text differs from the English one.
    Placeholders (sprintf `%s`, `%d`, `%1$s`) are filled as the PHP code fills them, with MC_FILL
    (per key, for the %s values) and 10 for every %d; HTML tags dropped, `<br>` a line break.
  * mailcow_email: the default mail templates data/assets/templates/{pw_reset_text,quarantine,
    quota}.tpl (pw_reset_html.tpl is the same text as HTML: not taken twice), as
    data/web/inc/functions.inc.php (password reset), data/Dockerfiles/dovecot/quarantine_notify.py
    and quota_notify.py send them: the quarantine and quota mails with their default subjects
    ("Spam Quarantine Notification", "Quota warning"), the password-reset mail without a subject
    (it has no default: the admin must set one, else the reset is refused). English only (the
    templates are English literals, editable by the admin).
  * redash_email: every mail Redash sends: the text bodies redash/templates/emails/{verify,invite,
    reset,reset_disabled,failures}.txt with the subjects of redash/authentication/account.py and
    redash/tasks/failure_report.py, the alert mail (the default body template alert.html, rendered
    as the alert's mustache render does, with the default subject ALERTS_DEFAULT_MAIL_SUBJECT_TEMPLATE
    of redash/settings/__init__.py) and the CLI's test message (redash/cli/__init__.py). English
    only (Redash has no translations of its mails).
  Languages: en-gb → en, es-es → es, zh-cn → zh-Hans, zh-tw → zh-Hant. Near-duplicates (digits and
  white space aside) collapse within a source and language. Cut at 500 characters.

Placeholders. mailcow: mailbox alice@example.com on the host mail.example.com, recovery address
alice.recovery@example.net, reset link https://mail.example.com/reset-password?token=5F2C9A-0E1B7D-4C3A58-2913A7-C5E042
(the code's five groups of six hex digits), token lifetime 15 minutes (vars.inc.php), request date
"Friday, November 27, 2026 at 10:00:00 AM Coordinated Universal Time" (ICU's FULL format in
en_US); quarantine: one rejected message "Invoice 1042" from billing@shop.example, score 15.2,
2026-11-27 10:00:00, the user allowed to release (quarantine_acl 1), hash 5f2c9a0e1b7d4c3a; quota 85%.
Redash: user Alice Chen <alice@example.com>, inviter Bob Lee <bob@example.com>, organisation
"Demo Org" (single-organisation mode, base https://redash.example.com), links carrying the token
5f2c9a0e1b7d4c3a; the failing query "Demo daily signups" (id 42) failed once on 2026-11-27 10:00 with
"Connection refused"; the alert "Demo signups alert" TRIGGERED on 120 > 100 with a two-column
result (day, signups).

Split: the unit is the message key (`mailcow/mailcow-dockerized:<section>.<key>`,
`mailcow/mailcow-dockerized:mail:<template>`, `getredash/redash:<template>`), all languages of one
message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed
and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates67.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import html
import json
import os
import re

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates67.tsv")
RAW = os.path.join(HERE, "raw")

MC = "mailcow/mailcow-dockerized"
MC_COMMIT = "06424670fa5d60fee851f58bfc49f66086d5f0a6"
RD = "getredash/redash"
RD_COMMIT = "ca79fe988d81cdac9675b412f3dfcab107bc1fbc"

NOTICE_WORDS = re.compile(r"password|log(?:ged)? ?in|log ?out|sign|account|e-?mail|verif|confirm|link|"
                          r"code|token|reset|session|expire|unlock|secret|two-factor|2fa|tfa|totp|otp\b|"
                          r"webauthn|fido|authenticat|credential|username|access|recovery|activat|"
                          r"mailbox", re.I)


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def html_text(s):
    """Text of an HTML fragment: a link `label address` (the address alone when they are the same),
    tags dropped, one line per paragraph / break / div / table row (cells joined by ` | `), the
    source's own line breaks white space, entities undone."""
    def link(m):
        href, label = m.group(2), re.sub(r"<[^>]+>", "", m.group(3)).strip()
        return href if label == href else f"{label} {href}"
    s = re.sub(r"<head>.*?</head>", "", s, flags=re.S)
    s = re.sub(r"<style\b.*?</style>", "", s, flags=re.S)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"<a [^>]*href=(['\"])(.*?)\1[^>]*>(.*?)</a>", link, s, flags=re.S)
    s = re.sub(r"\s*</t[dh]>\s*<t[dh]\b[^>]*>\s*", " | ", s)
    s = re.sub(r"<br\s*/?>|</?p\b[^>]*>|</?div\b[^>]*>|</?tr\b[^>]*>|</?table\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = (re.sub(r"^\|\s*|\s*\|$", "", " ".join(l.split())) for l in s.split("\n"))
    return "\n".join(l for l in lines if l)


# --- mailcow: catalogue messages -------------------------------------------------------------------
MC_LANGS = [("en-gb", "en"), ("es-es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
MC_SECTIONS = ["success", "danger", "warning", "info", "tfa", "fido2", "login"]
MC_MIXED = {"tfa", "fido2", "login"}  # labels and captions mixed in: 4+ English words only
MAILBOX = "alice@example.com"
HOST = "mail.example.com"
MC_FILL = {  # key -> the %s values, in order (default: the mailbox)
    "success.app_passwd_removed": ["3"],
    "success.mailbox_renamed": [MAILBOX, "alice.chen@example.com"],
    "success.recovery_email_sent": ["alice.recovery@example.net"],
    "success.resource_modified": ["meeting-room@example.com"],
    "success.logged_in_as": [MAILBOX],
    "danger.app_passwd_id_invalid": ["3"],
    "danger.bcc_must_be_email": ["archive"],
    "danger.fido2_verification_failed": ["Invalid signature"],
    "danger.webauthn_verification_failed": ["Invalid signature"],
    "danger.yotp_verification_failed": ["Invalid OTP"],
    "danger.username_invalid": ["alice"],
    "danger.is_alias_or_mailbox": ["sales@example.com"],
    "danger.domain_quota_m_in_use": ["10240"],
    "login.delayed": ["3"],
}


def mc_fill(key, s):
    vals = iter(MC_FILL.get(key, [MAILBOX] * 4))
    pos = MC_FILL.get(key, [MAILBOX] * 4)

    def sub(m):
        if m.group(2) == "d":
            return "10"
        if m.group(1):  # %1$s
            return pos[int(m.group(1)) - 1]
        return next(vals)
    s = re.sub(r"%(?:(\d)\$)?([sd])", sub, s)
    return html_text(s)


def mc_catalogues():
    return {code: json.loads(read(f"mailcow/data/web/lang/lang.{name}.json")) for name, code in MC_LANGS}


def mc_keys(en):
    keys = []
    for sec in MC_SECTIONS:
        for k, v in en[sec].items():
            if sec in MC_MIXED and len(html_text(v).split()) < 4:
                continue
            if NOTICE_WORDS.search(html_text(v)):
                keys.append(f"{sec}.{k}")
    return keys


def mailcow_notices():
    cats = mc_catalogues()
    seen = {code: set() for _, code in MC_LANGS}
    out = []
    for key in mc_keys(cats["en"]):
        sec, k = key.split(".", 1)
        en_text = mc_fill(key, cats["en"][sec][k])
        for name, code in MC_LANGS:
            v = cats[code].get(sec, {}).get(k)
            if not v:
                continue
            text = mc_fill(key, v)
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"mc-{code}-{sec}-{k}", code, text, "mailcow_notice",
                            f"{MC}@{MC_COMMIT[:12]}:data/web/lang/lang.{name}.json#{key}",
                            f"{MC}:{key}",
                            "the message sections (success, danger, warning, info; tfa, fido2, login "
                            "with 4+ English words), keys whose English value has an account word"))
    return out


# --- mailcow: mail templates -----------------------------------------------------------------------
RESET_LINK = f"https://{HOST}/reset-password?token=5F2C9A-0E1B7D-4C3A58-2913A7-C5E042"


def mc_subject(script, var):
    src = read(f"mailcow/data/Dockerfiles/dovecot/{script}")
    return re.search(r"r\.get\('" + var + r"'\) or \"([^\"]+)\"", src).group(1)


def mailcow_mails():
    env = SandboxedEnvironment()
    out = []
    # password reset: functions.inc.php replaces the {{…}} fields with str_replace
    body = read("mailcow/data/assets/templates/pw_reset_text.tpl")
    for k, v in [("hostname", HOST), ("link", RESET_LINK), ("username", MAILBOX),
                 ("username2", "alice.recovery@example.net"),
                 ("date", "Friday, November 27, 2026 at 10:00:00 AM Coordinated Universal Time"),
                 ("token_lifetime", "15")]:
        body = body.replace("{{" + k + "}}", v)
    assert "{{" not in body
    texts = [("pw_reset", "data/assets/templates/pw_reset_text.tpl", body.strip())]
    # quarantine: quarantine_notify.py renders the template with jinja2
    meta = [{"subject": "Invoice 1042", "sender": "billing@shop.example", "score": 15.2,
             "action": "reject", "created": "2026-11-27 10:00:00", "qhash": "5f2c9a0e1b7d4c3a"}]
    q = env.from_string(read("mailcow/data/assets/templates/quarantine.tpl")).render(
        meta=meta, username=MAILBOX, counter=1, hostname=HOST, quarantine_acl=1)
    texts.append(("quarantine", "data/assets/templates/quarantine.tpl",
                  mc_subject("quarantine_notify.py", "Q_SUBJ") + "\n\n" + html_text(q)))
    qw = env.from_string(read("mailcow/data/assets/templates/quota.tpl")).render(
        username=MAILBOX, percent=85)
    texts.append(("quota", "data/assets/templates/quota.tpl",
                  mc_subject("quota_notify.py", "QW_SUBJ") + "\n\n" + html_text(qw)))
    seen = set()
    for name, path, text in texts:
        if not is_new(seen, text):
            continue
        out.append(item(f"mc-mail-en-{name}", "en", text, "mailcow_email", f"{MC}@{MC_COMMIT[:12]}:{path}",
                        f"{MC}:mail:{name}", "every default mail template (data/assets/templates), English"))
    return out


# --- Redash ----------------------------------------------------------------------------------------
RD_BASE = "https://redash.example.com"
RD_TOKEN = "5f2c9a0e1b7d4c3a"


class Obj(dict):
    __getattr__ = dict.__getitem__


def rd_subject(path, pattern):
    return re.search(pattern, read(f"redash/{path}")).group(1)


def redash_mails():
    env = jinja2.Environment()
    user = Obj(name="Alice Chen", email="alice@example.com")
    inviter = Obj(name="Bob Lee", email="bob@example.com")
    org = Obj(name="Demo Org", slug="demo")
    ctx = {"user": user, "inviter": inviter, "invited": user, "org": org,
           "verify_url": f"{RD_BASE}/verify/{RD_TOKEN}", "invite_url": f"{RD_BASE}/invite/{RD_TOKEN}",
           "reset_link": f"{RD_BASE}/reset/{RD_TOKEN}", "base_url": RD_BASE,
           "url_for": lambda *a, **k: RD_BASE + "/",
           "failures": [Obj(name="Demo daily signups", id=42, failed_at="2026-11-27 10:00 UTC",
                            failure_count=1, failure_reason="Connection refused", comment=None)]}
    subjects = {  # the format strings of the code, filled
        "verify": rd_subject("redash/authentication/account.py",
                             r'subject = "(\{\}, please verify your email address)"').format(user.name),
        "invite": rd_subject("redash/authentication/account.py",
                             r'subject = "(\{\} invited you to join Redash)"').format(inviter.name),
        "reset": rd_subject("redash/authentication/account.py", r'subject = "(Reset your password)"'),
        "reset_disabled": rd_subject("redash/authentication/account.py",
                                     r'subject = "(Your Redash account is disabled)"'),
        "failures": rd_subject("redash/tasks/failure_report.py",
                               r'subject = f"(Redash failed to execute \{len\(unique_errors\.keys\(\)\)\} '
                               r'of your scheduled queries)"').replace("{len(unique_errors.keys())}", "1"),
    }
    texts = []
    for name in ["verify", "invite", "reset", "reset_disabled", "failures"]:
        body = env.from_string(read(f"redash/redash/templates/emails/{name}.txt")).render(**ctx)
        body = "\n".join(l.rstrip() for l in body.split("\n"))
        body = re.sub(r"\n{3,}", "\n\n", body).strip()
        texts.append((name, f"redash/templates/emails/{name}.txt", subjects[name] + "\n\n" + body))
    # the alert: Alert.render_template fills the mustache fields of the default body template
    alert = read("redash/redash/templates/emails/alert.html")
    cols = "".join(f"<th>{c}</th>" for c in ["day", "signups"])
    rows = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>"
                   for r in [("2026-11-27", "120"), ("2026-11-26", "87")])
    alert = re.sub(r"\{\{#QUERY_RESULT_COLS\}\}.*?\{\{/QUERY_RESULT_COLS\}\}", cols, alert, flags=re.S)
    alert = re.sub(r"\{\{#QUERY_RESULT_TABLE\}\}.*?\{\{/QUERY_RESULT_TABLE\}\}", rows, alert, flags=re.S)
    for k, v in [("{{{ALERT_STATUS}}}", "TRIGGERED"), ("{{ALERT_STATUS}}", "TRIGGERED"),
                 ("{{QUERY_RESULT_VALUE}}", "120"), ("{{ALERT_CONDITION}}", ">"),
                 ("{{ALERT_THRESHOLD}}", "100"), ("{{QUERY_URL}}", f"{RD_BASE}/queries/42"),
                 ("{{QUERY_NAME}}", "Demo daily signups")]:
        alert = alert.replace(k, v)
    assert "{{" not in alert, alert
    subj = rd_subject("redash/settings/__init__.py",
                      r'"REDASH_ALERTS_DEFAULT_MAIL_SUBJECT_TEMPLATE", "([^"]+)"')
    texts.append(("alert", "redash/templates/emails/alert.html",
                  subj.format(alert_name="Demo signups alert", state="TRIGGERED") + "\n\n" + html_text(alert)))
    m = re.search(r'Message\(subject="([^"]+)", recipients=\[email\], body="([^"]+)"\)',
                  read("redash/redash/cli/__init__.py"))
    texts.append(("test_message", "redash/cli/__init__.py", m.group(1) + "\n\n" + m.group(2)))
    seen = set()
    out = []
    for name, path, text in texts:
        if not is_new(seen, text):
            continue
        out.append(item(f"rd-en-{name}", "en", text, "redash_email", f"{RD}@{RD_COMMIT[:12]}:{path}",
                        f"{RD}:{name}", "every mail the product sends (templates/emails, the CLI's test mail), English"))
    return out


def items():
    return mailcow_notices() + mailcow_mails() + redash_mails()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
