#!/usr/bin/env python3
"""Rebuild the eighteenth batch of tests/data/real/ (issue 12): legitimate e-mails, SMS and
notifications that products send to their users (password reset, welcome and set-password, sign-in
links, two-factor registration and reset, verification codes, administrator log-in alerts, account,
share, invitation, moderation, poll, meeting, proposal, backup, quota, deposit and withdrawal
notices, a code SMS), of eleven products not yet in the corpus, in zh-Hans, zh-Hant and es only, never English: English strings serve only to
find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-18.sh   # sets FRAPPE_GIT, FRAPPE_TW_GIT, LOGTO_GIT, NEXTCLOUD_GIT,
                            # SEAHUB_GIT, AUTHENTIK_GIT, LOOMIO_GIT, CONSUL_GIT, DECIDIM_GIT,
                            # OPENPROJECT_GIT, OSM_GIT and PEATIO_GIT (bare git dirs); needs polib
                            # and PyYAML
    python3 scripts/real_corpus/build_templates14.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates14.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Eighteenth batch (templates)"), each read at a pinned
upstream commit with `git show <commit>:<path>` from a bare git dir. Most upstream repositories are over
the fetch limit, so the commit was read from a mirror (a fork) whose history holds it unchanged; the
mirrors are named in the README and in /work/rebuild-18.sh:
  * frappe_email: the Frappe framework (frappe/frappe, MIT) v15.79.0 (FRAPPE_COMMIT), every mail of
    FRAPPE_MAILS as the code named for it renders it, with frappe/locale/{zh,es}.po of that release
    and zh_TW.po of FRAPPE_TW_COMMIT (the release no longer ships it);
  * logto_sms: Logto (logto-io/logto, MPL-2.0), the default code SMS of every connector that ships one
    in Chinese;
  * nextcloud_server_email: Nextcloud server (nextcloud/server, AGPL-3.0), NEXTCLOUD_MAILS: the mails
    of core, settings, sharing, share-by-mail and encryption and the notifications of comments,
    federated sharing, update notification and LDAP, with each domain's l10n/<lang>.json;
  * seahub_email: Seafile's Seahub (haiwen/seahub, Apache-2.0), SEAHUB_MAILS, Django templates
    rendered with django_text.Renderer and locale/<lang>/LC_MESSAGES/django.po;
  * authentik_email: authentik (goauthentik/authentik, MIT), the e-mail stage's two templates;
  * loomio_email, consul_email, decidim_email, openproject_email: Loomio, Consul Democracy, Decidim
    (AGPL-3.0) and OpenProject (GPL-3.0), the mail and notification strings of their Rails catalogues
    (see each function for the keys taken);
  * openstreetmap_email (openstreetmap/openstreetmap-website, GPL-2.0) and peatio_message
    (hpyhacking/peatio, MIT, a cryptocurrency exchange): the same from their Rails catalogues
    (`user_mailer`; every `*_mailer` mapping and the `sms` strings).

Selection: every mail of each list or every catalogue mapping the rule of its function names; a mail
is skipped in a language whose catalogue lacks one of its strings (the product would fall back to
English) or leaves a line in English (`untranslated_lines`). Values: `alice@example.com` /
`Alice Chen` / `bob`, `Demo …` names, links on `*.example.com`, the code 482913, `203.0.113.7`,
2026-11-27 10:00, the password `Tq7m-Wz4k-Rb9x` where a message supplies one. HTML tags dropped (a
link keeps its label and address, once where they are the same). Near-duplicates collapse within a
product and language. Cut at 500 characters.

Split: `corpus.hashed_split` on `<owner/repo>:<mail>`, all languages of one mail on one side.
"""

import json
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates14.tsv")
SELECTION = "templates14"

CODE = "482913"

# --- Frappe --------------------------------------------------------------------------------------
FRAPPE_COMMIT = "35b41c15636031dde4868315323594d0081de826"  # v15.79.0
FRAPPE_TW_COMMIT = "9788e47bb030a24600d7a1fc4c03d73c5e408cff"
FRAPPE_LANGS = [("zh", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]

SITE = "Demo ERP"
HOST = "erp.example.com"
URL = "https://erp.example.com"
EMAIL = "alice@example.com"
NAME = "Alice Chen"
KEY = "5f2c9a0e1b7d4c3a"


class Missing(Exception):
    """A string the catalogue does not translate: Frappe would send it in English."""


def frappe_catalogue(lang):
    """msgid -> msgstr of the language's .po (no context, translated, not fuzzy); None for English."""
    if lang is None:
        return None
    import polib

    git, commit = (os.environ["FRAPPE_TW_GIT"], FRAPPE_TW_COMMIT) if lang == "zh_TW" else \
        (os.environ["FRAPPE_GIT"], FRAPPE_COMMIT)
    po = polib.pofile(git_show(git, commit, f"frappe/locale/{lang}.po"))
    return {e.msgid: e.msgstr for e in po
            if not e.msgctxt and e.msgstr and not e.obsolete and "fuzzy" not in e.flags}


def translator(cat):
    def t(msgid):
        if cat is None:
            return msgid
        if msgid not in cat:
            raise Missing(msgid)
        return cat[msgid]
    return t


def fallback(cat):
    """Frappe's `_()` for a document type name: the translation, else the name itself."""
    return lambda s: s if cat is None else cat.get(s, s)


def bold(s):
    return f"<strong>{s}</strong>"


def title_html(s):
    return f'<span class="subject-title">{s}</span>'


def link(label, href):
    """An anchor; one whose label is its address becomes the address alone (kept once)."""
    return href if label == href else f'<a href="{href}">{label}</a>'


def notification_log(header, subject, description=None, doc="Demo-0001", doctype="todo"):
    """new_notification.html as notification_log.send_notification_email fills it: subject (tags
    stripped), the header the mail shows, the subject again, the description, the document link."""
    def render(t, f):
        body = [subject(t, f)]
        if description:
            body.append(description)
        body.append(link(t("Open Document"), f"{URL}/app/{doctype}/{doc}"))
        return html_to_text(subject(t, f)), [header(t, f)] + body
    return render


RESET = f"{URL}/update-password?key={KEY}"
LOGIN_LINK = f"{URL}/api/method/frappe.www.login.login_via_key?key={KEY}"
DELETE_LINK = f"{URL}/api/method/frappe.website.doctype.personal_data_deletion_request." \
              f"personal_data_deletion_request.confirm_deletion?email={EMAIL}&name=Demo-0001&host_name={HOST}"
DOWNLOAD_LINK = f"{URL}/private/files/{KEY}.json"

# (name, where the code is, render(t, f) -> (subject, [body parts in HTML]))
FRAPPE_MAILS = [
    ("password_reset", "frappe/core/doctype/user/user.py (password_reset_mail) + password_reset.html",
     lambda t, f: (t("Password Reset"), [
         f"{t('Dear')} {NAME},",
         f"{t('Please click on the following link to set your new password')}:",
         link(t("Reset your password"), RESET),
         f"{t('Thank you')},<br>Administrator"])),
    ("new_user", "frappe/core/doctype/user/user.py (send_welcome_mail_to_user) + new_user.html",
     lambda t, f: (t("Welcome to {0}").format(SITE), [
         f"{t('Hello')} {NAME},",
         t("A new account has been created for you at {0}").format(link(URL, URL)) + ".",
         f"{t('Your login id is')}: <b>{EMAIL}</b>",
         t("Click on the link below to complete your registration and set a new password") + ".",
         link(t("Complete Registration"), RESET),
         f"{t('You can also copy-paste following link in your browser')}<br>{link(RESET, RESET)}"])),
    ("administrator_logged_in", "frappe/core/doctype/user/user.py (notify_admin_access_to_system_manager)"
     " + administrator_logged_in.html",
     lambda t, f: (t("Administrator Logged In"), [
         t("Dear System Manager,"),
         t("Administrator accessed {0} on {1} via IP Address {2}.").format(
             link(URL + "/", URL + "/"), bold("2026-11-27 10:00"), "203.0.113.7"),
         t("If you think this is unauthorized, please change the Administrator password.")])),
    ("login_with_email_link", "frappe/www/login.py (send_login_link) + login_with_email_link.html",
     lambda t, f: (t("Login To {0}").format(SITE), [
         t("Click on the button to log in to {0}").format(SITE),
         t("The link will expire in {0} minutes").format(10),
         link(t("Log In To {0}").format(SITE), LOGIN_LINK)])),
    ("two_factor_code", "frappe/twofactor.py (send_token_via_email: get_email_subject_for_2fa, "
     "get_email_body_for_2fa)",
     lambda t, f: (t("Login Verification Code from {}").format(SITE), [
         t("Verification Code"),
         f"Enter this code to complete your login:<br><br><b>{CODE}</b>"])),
    ("two_factor_qrcode", "frappe/twofactor.py (get_email_subject_for_qr_code, get_email_body_for_qr_code)",
     lambda t, f: (t("One Time Password (OTP) Registration Code from {}").format(SITE), [
         t("Please click on the following link and follow the instructions on the page. {0}").format(
             "<br><br> " + link(f"{URL}/qrcode?k={KEY}", f"{URL}/qrcode?k={KEY}"))])),
    ("otp_secret_reset", "frappe/twofactor.py (reset_otp_secret)",
     lambda t, f: (t("OTP Secret Reset - {0}").format(SITE), [
         t("<p>Your OTP secret on {0} has been reset. If you did not perform this reset and did not "
           "request it, please contact your System Administrator immediately.</p>").format(SITE)])),
    ("delete_data_confirmation", "frappe/website/doctype/personal_data_deletion_request/"
     "personal_data_deletion_request.py (send_verification_mail) + delete_data_confirmation.html",
     lambda t, f: (t("Confirm Deletion of Account"), [
         t("Dear User,"),
         t("We have received a request for deletion of {0} data associated with: {1}").format(HOST, EMAIL) + ".",
         t("This will permanently remove your data."),
         t("Click on the link below to verify your request") + ".",
         link(t("Confirm Request"), DELETE_LINK),
         # the template's own link is the literal "{{ link }}" (a string inside {% set %}): label only
         t("You can also copy-paste this {0} to your browser").format(t("Verification Link"))])),
    ("data_deletion_approval", "frappe/website/doctype/personal_data_deletion_request/"
     "personal_data_deletion_request.py (notify_system_managers) + data_deletion_approval.html",
     lambda t, f: (t("User {0} has requested for data deletion").format(EMAIL), [
         t("User {0} has requested for data deletion").format(EMAIL) + ".",
         t("Click on the link below to approve the request") + ".",
         link(t("Confirm Request"), f"{URL}/app/personal-data-deletion-request/Demo-0001")])),
    ("account_deletion_notification", "frappe/website/doctype/personal_data_deletion_request/"
     "personal_data_deletion_request.py (notify_user_after_deletion) + account_deletion_notification.html",
     lambda t, f: (t("Your account has been deleted"), [
         t("Dear User,"),
         t("As per your request, your account and data on {0} associated with email {1} has been "
           "permanently deleted").format(HOST, EMAIL) + "."])),
    ("download_data", "frappe/website/doctype/personal_data_download_request/"
     "personal_data_download_request.py (generate_file_and_send_mail) + download_data.html",
     lambda t, f: (t("Download Your Data"), [
         t("Dear {0}").format(NAME) + ",",
         t("We have received a request from you to download your {0} data associated with: {1}").format(
             HOST, EMAIL) + ".",
         t("Click on the link below to download your data") + ".",
         link(t("Download Data"), DOWNLOAD_LINK),
         t("You can also copy-paste this ") + " " + link(t("Download Link"), DOWNLOAD_LINK) + t(" to your browser")])),
    ("contact_reply", "frappe/www/contact.py (send_message)",
     lambda t, f: (t("We've received your query!"), [
         t("Thank you for reaching out to us. We will get back to you at the earliest.\n\n\n"
           "Your query:\n\n{0}").format("Demo")])),
    ("auto_reply", "frappe/email/doctype/email_account/email_account.py (send_auto_reply) + auto_reply.html",
     lambda t, f: (" ".join([t("Re:"), "Demo"]), [
         t("Thank you for your email"),
         t("Your query has been received. We will reply back shortly. If you have any additional "
           "information, please reply to this mail."),
         t("Reference: {0} {1}").format("ToDo", "Demo-0001"),
         t("This is an automatically generated reply")])),
    ("auto_repeat_fail", "frappe/automation/doctype/auto_repeat/auto_repeat.py (notify_error_to_user)"
     " + auto_repeat_fail.html",
     lambda t, f: (t("Auto Repeat Document Creation Failed"), [
         t("Auto Repeat failed for {0}").format(link("Demo-0001", f"{URL}/app/todo/Demo-0001")),
         t("The Auto Repeat for this document has been disabled."),
         t("Check the Error Log for more information: {0}").format(
             link("Demo-0002", f"{URL}/app/error-log/Demo-0002")),
         t("This email is autogenerated")])),
    ("upcoming_events", "frappe/desk/doctype/event/event.py (send_event_digest) + upcoming_events.html",
     lambda t, f: (t("Upcoming Events for Today"), [
         "2026-11-27 10:00: Demo",
         t("Daily Event Digest is sent for Calendar Events where reminders are set.")])),
    ("file_backup_notification", "frappe/desk/page/backups/backups.py (backup_files_and_notify_user)"
     " + file_backup_notification.html",
     lambda t, f: (t("File backup is ready"), [
         "Hello,",
         t("Please use following links to download file backup."),
         t("Public Files Backup:") + " " + link(f"{URL}/backups/demo-files.tar", f"{URL}/backups/demo-files.tar"),
         t("Private Files Backup:") + " " + link(f"{URL}/backups/demo-private-files.tar",
                                                  f"{URL}/backups/demo-private-files.tar")])),
    ("assignment_new", "frappe/desk/form/assign_to.py (notify_assignment) + notification_log.py",
     notification_log(
         lambda t, f: t("Assignment Update on {0}").format("Demo-0001"),
         lambda t, f: t("{0} assigned a new task {1} {2} to you").format(
             bold("bob"), bold(f("ToDo")), title_html("Demo")))),
    ("assignment_removed", "frappe/desk/form/assign_to.py (notify_assignment) + notification_log.py",
     notification_log(
         lambda t, f: t("Assignment Update on {0}").format("Demo-0001"),
         lambda t, f: t("Your assignment on {0} {1} has been removed by {2}").format(
             bold(f("ToDo")), title_html("Demo"), bold("bob")))),
    ("share", "frappe/share.py (notify_assignment) + notification_log.py",
     notification_log(
         lambda t, f: t("New Document Shared {0}").format("Demo-0001"),
         lambda t, f: t("{0} shared a document {1} {2} with you").format(
             bold("bob"), bold(f("ToDo")), title_html("Demo")))),
    ("mention", "frappe/desk/notifications.py (notify_mentions) + notification_log.py",
     notification_log(
         lambda t, f: t("New Mention on {0}").format("Demo-0001"),
         lambda t, f: t("{0} mentioned you in a comment in {1} {2}").format(
             bold("bob"), bold("ToDo"), title_html("Demo")),
         description="Demo")),
    ("impersonation", "frappe/core/doctype/user/user.py (impersonate) + notification_log.py",
     notification_log(
         lambda t, f: t("New Notification"),
         lambda t, f: t("{0} just impersonated as you. They gave this reason: {1}").format(
             "Administrator", "Demo"),
         doc=EMAIL, doctype="user")),
]


def frappe_render(render, cat):
    t, f = translator(cat), fallback(cat)
    subject, body = render(t, f)
    return html_to_text(subject) + "\n\n" + html_to_text("\n".join(f"<p>{b}</p>" for b in body))


def frappe_items():
    english = {name: frappe_render(render, None) for name, _, render in FRAPPE_MAILS}
    for lang, code in FRAPPE_LANGS:
        cat = frappe_catalogue(lang)
        commit = FRAPPE_TW_COMMIT if lang == "zh_TW" else FRAPPE_COMMIT
        seen = set()
        for name, where, render in FRAPPE_MAILS:
            try:
                text = frappe_render(render, cat)
            except Missing:
                continue
            if untranslated_lines(text, english[name]) or not is_new(seen, text):
                continue
            yield item(f"fr-{name}-{code}", code, text, "frappe_email",
                       f"frappe/frappe@{FRAPPE_COMMIT[:12]}:{where}; frappe/locale/{lang}.po@{commit[:12]}",
                       f"frappe/frappe:{name}", SELECTION)


# --- Logto ---------------------------------------------------------------------------------------
LOGTO_COMMIT = "1fbc55441fd28d9e3e7d69c1522e7654dccfe99c"
LOGTO_CONNECTORS = ["connector-smsbao-sms", "connector-yunpian-sms"]


def logto_items():
    seen = set()
    for conn in LOGTO_CONNECTORS:
        path = f"packages/connectors/{conn}/src/constant.ts"
        src = git_show(os.environ["LOGTO_GIT"], LOGTO_COMMIT, path)
        for m in re.finditer(r"(?:defaultTemplateContent =|content:) '([^']*[\u4e00-\u9fff][^']*)'", src):
            text = m.group(1).replace("{{code}}", CODE)
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"lg-{conn}-zh-Hans", "zh-Hans", text, "logto_sms",
                       f"logto-io/logto@{LOGTO_COMMIT[:12]}:{path}", f"logto-io/logto:{conn}", SELECTION)

# --- Nextcloud server ----------------------------------------------------------------------------
NEXTCLOUD_COMMIT = "f212c692ac5204fbea4639727db8e464152dba5d"  # master, 2018-05-01 (14.0.0 alpha)
NEXTCLOUD_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("es", "es")]
NC = "https://cloud.example.com"
NC_NAME = "Demo Cloud"
NC_RESET = f"{NC}/index.php/lostpassword/reset/form/{KEY}/alice"
NC_SHARE = f"{NC}/index.php/s/{KEY}"
NC_PASSWORD = "Tq7m-Wz4k-Rb9x"
NC_L10N = {"core": "core/l10n", "lib": "lib/l10n", "settings": "settings/l10n",
           "sharebymail": "apps/sharebymail/l10n", "encryption": "apps/encryption/l10n",
           "comments": "apps/comments/l10n", "files_sharing": "apps/files_sharing/l10n",
           "updatenotification": "apps/updatenotification/l10n", "user_ldap": "apps/user_ldap/l10n"}


def php_sprintf(text, args):
    """vsprintf as Nextcloud's IL10N::t() applies it: %n$s, then %s in order, %% for %."""
    args = [str(a) for a in args]
    text = re.sub(r"%(\d+)\$s", lambda m: args[int(m.group(1)) - 1], text)
    it = iter(args)
    return re.sub(r"%%|%s", lambda m: "%" if m.group(0) == "%%" else next(it), text)


def nextcloud_catalogues(lang, git_env="NEXTCLOUD_GIT", commit=NEXTCLOUD_COMMIT, folders=None):
    """domain -> msgid -> translation of `lang` (the l10n/<lang>.json of each domain's folder) at
    `commit`; None for English. Used for Nextcloud."""
    if lang is None:
        return None
    import json

    cats = {}
    for domain, folder in (folders or NC_L10N).items():
        try:
            data = json.loads(git_show(os.environ[git_env], commit, f"{folder}/{lang}.json"))
        except Exception:  # no catalogue of this language for the domain: every string falls back
            data = {"translations": {}}
        cats[domain] = data["translations"]
    return cats


def nc_translator(cats):
    """t(domain, msgid, args) as IL10N::t(); t(domain, (singular, plural), n) as IL10N::n() (the
    catalogues here have one plural form for Chinese and two, n != 1, for Spanish)."""
    def t(domain, msgid, args=()):
        if isinstance(msgid, tuple):
            n = args
            if cats is None:
                return msgid[0 if n == 1 else 1].replace("%n", str(n))
            forms = cats[domain].get(f"_{msgid[0]}_::_{msgid[1]}_") or []
            tr = forms[0 if n == 1 or len(forms) == 1 else 1] if forms else None
            if not tr:
                raise Missing(msgid[0])
            return tr.replace("%n", str(n))
        if cats is None:
            return php_sprintf(msgid, args)
        tr = cats[domain].get(msgid)
        if isinstance(tr, list):
            tr = tr[0] if tr else None
        if not tr:
            raise Missing(msgid)
        return php_sprintf(tr, args)
    return t


def rich(text, values):
    """A rich subject or message with its {placeholders} given the names the client shows."""
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)


def nc_button(label, href):
    return f"{label} {href}"


def nc_password_changed(text_msgid, text_args):
    return lambda t: (t("settings", "Password for %1$s changed on %2$s", [NAME, NC + "/"]), [
        t("settings", "Password changed for %s", [NAME]),
        t("settings", text_msgid, text_args) + " " +
        t("settings", "If you did not request this, please contact an administrator.")])


def nc_email_changed(text_msgid, text_args):
    return lambda t: (t("settings", "Email address for %1$s changed on %2$s", [NAME, NC + "/"]), [
        t("settings", "Email address changed for %s", [NAME]),
        t("settings", text_msgid, text_args) + " " +
        t("settings", "If you did not request this, please contact an administrator."),
        t("settings", "The new email address is %s", ["alice.chen@example.com"])])


def nc_welcome(token):
    link = NC_RESET if token else NC + "/"
    return lambda t: (t("settings", "Your %s account was created", [NC_NAME]), [
        t("settings", "Welcome aboard %s", [NAME]),
        t("settings", "Welcome to your %s account, you can add, protect, and share your data.", [NC_NAME]),
        t("settings", "Your username is: %s", ["alice"]),
        nc_button(t("settings", "Set your password") if token else t("settings", "Go to %s", [NC_NAME]), link),
        nc_button(t("settings", "Install Client"), "https://nextcloud.com/install/#install-clients")])


def nc_share(domain):
    return lambda t: (t(domain, "%s shared »%s« with you", ["bob", "Demo.txt"]), [
        t(domain, "%s shared »%s« with you", ["bob", "Demo.txt"]),
        t(domain, "%s shared »%s« with you.", ["bob", "Demo.txt"]) + " " +
        t(domain, "Click the button below to open it."),
        nc_button(t(domain, "Open »%s«", ["Demo.txt"]), NC_SHARE)])


# (name, where, render(t) -> (subject, [body parts])); header images and the server's default
# footer are frames and left out
NEXTCLOUD_MAILS = [
    ("lost_password", "core/Controller/LostController.php (sendEmail)",
     lambda t: (t("core", "%s password reset", [NC_NAME]), [
         t("core", "Password reset"),
         t("core", "Click the following button to reset your password. If you have not requested the "
                   "password reset, then ignore this email."),
         nc_button(t("core", "Reset your password"), NC_RESET)])),
    ("welcome_set_password", "settings/Mailer/NewUserMailHelper.php (generateTemplate, with a reset token)",
     nc_welcome(True)),
    ("welcome", "settings/Mailer/NewUserMailHelper.php (generateTemplate, without a token)", nc_welcome(False)),
    ("password_changed_by", "settings/Hooks.php (onChangePassword, by another user)",
     nc_password_changed("%1$s changed your password on %2$s.", ["bob", NC + "/"])),
    ("password_changed_self", "settings/Hooks.php (onChangePassword, by the user)",
     nc_password_changed("Your password on %s was changed.", [NC + "/"])),
    ("password_reset_by_admin", "settings/Hooks.php (onChangePassword, by an administrator)",
     nc_password_changed("Your password on %s was reset by an administrator.", [NC + "/"])),
    ("email_changed_by", "settings/Hooks.php (onChangeEmail, by another user)",
     nc_email_changed("%1$s changed your email address on %2$s.", ["bob", NC + "/"])),
    ("email_changed_self", "settings/Hooks.php (onChangeEmail, by the user)",
     nc_email_changed("Your email address on %s was changed.", [NC + "/"])),
    ("email_changed_by_admin", "settings/Hooks.php (onChangeEmail, by an administrator)",
     nc_email_changed("Your email address on %s was changed by an administrator.", [NC + "/"])),
    ("test_email", "settings/Controller/MailSettingsController.php (sendTestMail)",
     lambda t: (t("settings", "Email setting test"), [
         t("settings", "Well done, %s!", [NAME]),
         t("settings", "If you received this email, the email configuration seems to be correct.")])),
    ("share", "lib/private/Share20/Manager.php (sendMailNotification)", nc_share("lib")),
    ("sharebymail_share", "apps/sharebymail/lib/ShareByMailProvider.php (sendMailNotification)",
     nc_share("sharebymail")),
    ("sharebymail_password", "apps/sharebymail/lib/ShareByMailProvider.php (sendPassword)",
     lambda t: (t("sharebymail", "Password to access »%s« shared to you by %s", ["Demo.txt", "bob"]), [
         t("sharebymail", "Password to access »%s«", ["Demo.txt"]),
         t("sharebymail", "%s shared »%s« with you. You should have already received a separate mail with "
                          "a link to access it.", ["bob", "Demo.txt"]),
         t("sharebymail", "It is protected with the following password: %s", [NC_PASSWORD])])),
    ("sharebymail_password_owner", "apps/sharebymail/lib/ShareByMailProvider.php (sendPasswordToOwner)",
     lambda t: (t("sharebymail", "Password to access »%s« shared with %s", ["Demo.txt", "alice@example.com"]), [
         t("sharebymail", "Password to access »%s«", ["Demo.txt"]),
         t("sharebymail", "You just shared »%s« with %s. The share was already send to the recipient. Due to "
                          "the security policies defined by the administrator of %s each share needs to be "
                          "protected by password and it is not allowed to send the password directly to the "
                          "recipient. Therefore you need to forward the password manually to the recipient.",
           ["Demo.txt", "alice@example.com", NC_NAME]),
         t("sharebymail", "This is the password: %s", [NC_PASSWORD]),
         t("sharebymail", "You can choose a different password at any time in the share dialog.")])),
    ("encryption_password", "apps/encryption/lib/Crypto/EncryptAll.php (sendPasswordsByMail) + "
     "apps/encryption/templates/altmail.php",
     lambda t: (t("encryption", "one-time password for server-side-encryption"), [
         t("encryption", "Hey there,\n\nthe admin enabled server-side-encryption. Your files were encrypted "
                         "using the password '%s'.\n\nPlease login to the web interface, go to the section "
                         "'basic encryption module' of your personal settings and update your encryption "
                         "password by entering this password into the 'old log-in password' field and your "
                         "current login-password.\n\n", [NC_PASSWORD]),
         t("encryption", "Cheers!")])),
    # notifications (Notifier::prepare): the rich subject with its placeholders filled where the
    # code sets one, else the parsed subject; then the message where there is one
    ("comment_mention", "apps/comments/lib/Notification/Notifier.php (mention)",
     lambda t: (rich(t("comments", "{user} mentioned you in a comment on “{file}”"),
                     {"user": "bob", "file": "Demo.txt"}), [])),
    ("comment_mention_deleted_user", "apps/comments/lib/Notification/Notifier.php (mention by a deleted user)",
     lambda t: (rich(t("comments", "You were mentioned on “{file}”, in a comment by a user that has since "
                                   "been deleted"), {"file": "Demo.txt"}), [])),
    ("remote_share", "apps/federatedfilesharing/lib/Notifier.php (remote_share)",
     lambda t: (rich(t("files_sharing", "You received {share} as a remote share from {user}"),
                     {"share": "Demo.txt", "user": "bob@cloud.example.org"}), [
         t("files_sharing", "Accept") + " / " + t("files_sharing", "Decline")])),
    ("remote_share_on_behalf", "apps/federatedfilesharing/lib/Notifier.php (remote_share on behalf of)",
     lambda t: (rich(t("files_sharing", "You received {share} as a remote share from {user} (on behalf of "
                                        "{behalf})"),
                     {"share": "Demo.txt", "user": "bob@cloud.example.org",
                      "behalf": "carol@cloud.example.org"}), [
         t("files_sharing", "Accept") + " / " + t("files_sharing", "Decline")])),
    ("update_connection_error", "apps/updatenotification/lib/Notification/Notifier.php (connection_error)",
     lambda t: (t("updatenotification", "The update server could not be reached since %d days to check for "
                                        "new updates.").replace("%d", "7"), [
         t("updatenotification", "Please check the Nextcloud and server log files for errors.")])),
    ("update_core", "apps/updatenotification/lib/Notification/Notifier.php (core)",
     lambda t: (t("updatenotification", "Update to %1$s is available.", ["Nextcloud 14.0.0"]), [])),
    ("update_app", "apps/updatenotification/lib/Notification/Notifier.php (app)",
     lambda t: (rich(t("updatenotification", "Update for {app} to version %s is available.", ["2.0.1"]),
                     {"app": "Demo"}), [])),
    ("ldap_password_expires_tomorrow", "apps/user_ldap/lib/Notification/Notifier.php (pwd_exp_warn_days, 2)",
     lambda t: (t("user_ldap", "Your password will expire tomorrow."), [])),
    ("ldap_password_expires_today", "apps/user_ldap/lib/Notification/Notifier.php (pwd_exp_warn_days, 1)",
     lambda t: (t("user_ldap", "Your password will expire today."), [])),
    ("ldap_password_expires_days", "apps/user_ldap/lib/Notification/Notifier.php (pwd_exp_warn_days, 5)",
     lambda t: (t("user_ldap", ("Your password will expire within %n day.",
                                "Your password will expire within %n days."), 5), [])),
]


def nextcloud_render(render, cats):
    subject, body = render(nc_translator(cats))
    return (subject + "\n\n" + "\n\n".join(b.strip() for b in body)).strip()


def nextcloud_items():
    english = {name: nextcloud_render(render, None) for name, _, render in NEXTCLOUD_MAILS}
    seen = {}
    for lang, code in NEXTCLOUD_LANGS:
        cats = nextcloud_catalogues(lang)
        for name, where, render in NEXTCLOUD_MAILS:
            try:
                text = nextcloud_render(render, cats)
            except Missing:
                continue
            text = re.sub(r"\n{3,}", "\n\n", text)
            if untranslated_lines(text, english[name]) or not is_new(seen.setdefault(code, set()), text):
                continue
            yield item(f"ncs-{name}-{lang.replace('_', '-')}", code, text, "nextcloud_server_email",
                       f"nextcloud/server@{NEXTCLOUD_COMMIT[:12]}:{where}", f"nextcloud/server:{name}", SELECTION)

# --- Seafile's Seahub ----------------------------------------------------------------------------
SEAHUB_COMMIT = "e830b069b65c06d5faabc83f297a11c46c829782"  # master, 2021-02-25
SEAHUB_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]
SEA = "https://seafile.example.com"
SEA_NAME = "Demo Files"
SEAHUB_TEMPLATE_DIRS = ["seahub/templates", "seahub/group/templates", "seahub/invitations/templates",
                        "seahub/notifications/templates", "seahub/share/templates"]
SEAHUB_LOCALES = ["locale", "thirdpart/registration/locale"]
SEAHUB_URLS = {
    "auth_password_reset_confirm": f"/accounts/password/reset/confirm/5f2c/{KEY}/",
    "auth_login": "/accounts/login/", "registration_register": "/accounts/register/",
    "invitations:token_view": f"/invitations/token/{KEY}/", "sys_virus_scan_records": "/sys/virus-scan-records/",
    "registration_activate": f"/accounts/activate/{KEY}/", "sys_search_users": "/sys/search-users/",
}
SEAHUB_CTX = {"site_name": SEA_NAME, "url_base": SEA, "media_url": "/media/", "logo_path": "img/seafile-logo.png",
              "email": EMAIL, "password": "Tq7m-Wz4k-Rb9x", "to_email": EMAIL, "token": KEY,
              "activation_key": KEY, "expiration_days": 7, "code": CODE, "extra_msg": None,
              "user_search_link": f"{SEA}/sys/search-users/?query={EMAIL}", "reg_email": EMAIL,
              "site": {"name": SEA_NAME}}

# (name, subject: msgid with its %-values or ("template", path), body template, context, where)
SEAHUB_MAILS = [
    ("password_reset", ("Reset Password on %s", SEA_NAME), "registration/password_reset_email.html",
     {"user": {"username": EMAIL}, "uid": "5f2c"}, "seahub/auth/forms.py"),
    ("user_add", ("You are invited to join %s", SEA_NAME), "sysadmin/user_add_email.html",
     {"user": "bob", "org": None}, "seahub/views/sysadmin.py"),
    ("user_add_org", ("You are invited to join %s", SEA_NAME), "sysadmin/user_add_email.html",
     {"user": "bob", "org": {"org_name": "Demo Org"}}, "seahub/views/sysadmin.py"),
    ("user_batch_add", ("You are invited to join %s", SEA_NAME), "sysadmin/user_batch_add_email.html",
     {"user": "bob"}, "seahub/api2/endpoints/admin/users_batch.py"),
    ("user_activation", ("Your account on %s is activated", SEA_NAME), "sysadmin/user_activation_email.html",
     {"username": EMAIL}, "seahub/views/sysadmin.py"),
    ("user_reset", ("Password has been reset on %s", SEA_NAME), "sysadmin/user_reset_email.html", {},
     "seahub/views/sysadmin.py"),
    ("user_freeze", ("Account %(account)s froze on %(site)s.", {"account": EMAIL, "site": SEA_NAME}),
     "sysadmin/user_freeze_email.html", {"user": EMAIL}, "seahub/base/accounts.py"),
    ("invitation", ("%(user)s invited you to join %(site_name)s.", {"user": "bob", "site_name": SEA_NAME}),
     "invitations/invitation_email.html", {"inviter": "bob"}, "seahub/invitations/models.py"),
    ("invitation_revoke", ("%(user)s revoked your access to %(site_name)s.", {"user": "bob", "site_name": SEA_NAME}),
     "invitations/invitation_revoke_email.html", {"inviter": "bob"}, "seahub/api2/endpoints/invitation.py"),
    ("repo_new_password", ("New password of library %s", "Demo"), "snippets/reset_repo_password.html",
     {"repo_name": "Demo"}, "seahub/api2/endpoints/repo_send_new_password.py"),
    ("shared_file_link", ("A file is shared to you on %s", SEA_NAME), "shared_link_email.html",
     {"email": "bob", "file_shared_type": ("file",), "file_shared_name": "Demo.txt",
      "file_shared_link": f"{SEA}/f/{KEY}/"}, "seahub/share/views.py"),
    ("shared_dir_link", ("A directory is shared to you on %s", SEA_NAME), "shared_link_email.html",
     {"email": "bob", "file_shared_type": ("directory",), "file_shared_name": "Demo",
      "file_shared_link": f"{SEA}/d/{KEY}/"}, "seahub/share/views.py"),
    ("shared_upload_link", ("An upload link is shared to you on %s", SEA_NAME), "shared_upload_link_email.html",
     {"email": "bob", "shared_upload_link": f"{SEA}/u/d/{KEY}/"}, "seahub/share/views.py"),
    ("share_link_code", ("Verification code for visiting share links", None), "share/audit_code_email.html", {},
     "seahub/share/views.py"),
    ("quota_full", ("Your quota is almost full on %s", SEA_NAME), "user_quota_full.html",
     {"quota_usage": "9.5 GB", "quota_total": "10 GB"}, "seahub/base/management/commands/check_user_quota.py"),
    ("group_add_member", ("You are invited to join a group on %s", SEA_NAME), "group/add_member_email.html",
     {"email": "bob", "group": {"group_name": "Demo"}}, "seahub/group/views.py"),
    ("virus_owner", ("Virus detected on %s", SEA_NAME), "notifications/notify_virus.html",
     {"owner": "alice", "file_url": "/lib/demo/file/Demo.exe", "file_name": "Demo.exe"},
     "seahub/notifications/management/commands/notify_admins_on_virus.py"),
    ("virus_admin", ("Virus detected on %s", SEA_NAME), "notifications/notify_virus.html", {"owner": None},
     "seahub/notifications/management/commands/notify_admins_on_virus.py"),
    ("registration_activation", ("template", "registration/activation_email_subject.txt"),
     "registration/activation_email.html", {}, "thirdpart/registration/models.py"),
    ("registration_activate_request", ("template", "registration/activate_request_email_subject.txt"),
     "registration/activate_request_email.txt", {}, "thirdpart/registration/models.py"),
    ("registration_complete", ("template", "registration/register_complete_email_subject.html"),
     "registration/register_complete_email.html", {}, "thirdpart/registration/models.py"),
]


class PoCatalogue:
    """gettext/ngettext over the translated, not fuzzy entries of .po files (msgid when missing); an
    entry of an earlier file wins, as Django's merged catalogues do (the project's locale first, then
    the apps')."""

    def __init__(self, *texts):
        import polib
        self.one, self.many = {}, {}
        for text in texts:
            for e in (polib.pofile(text) if text else []):
                if e.obsolete or "fuzzy" in e.flags or e.msgctxt:
                    continue
                if e.msgid_plural and e.msgstr_plural and all(e.msgstr_plural.values()):
                    self.many.setdefault(e.msgid, e.msgstr_plural)
                elif e.msgstr:
                    self.one.setdefault(e.msgid, e.msgstr)

    def gettext(self, msgid):
        return self.one.get(msgid, msgid)

    def ngettext(self, sing, plur, n):
        forms = self.many.get(sing)
        if not forms:
            return sing if n == 1 else plur
        return forms.get(0 if n == 1 or len(forms) == 1 else 1, forms[0])


def seahub_items():
    from django_text import Renderer
    git = os.environ["SEAHUB_GIT"]
    files = set(git_files(git, SEAHUB_COMMIT))

    def load(name):
        for d in SEAHUB_TEMPLATE_DIRS:
            if f"{d}/{name}" in files:
                return git_show(git, SEAHUB_COMMIT, f"{d}/{name}")
        raise FileNotFoundError(name)

    def render(cat, check, name, subject, body, ctx):
        c = dict(SEAHUB_CTX, **ctx)
        c = {k: (cat.gettext(v[0]) if isinstance(v, tuple) else v) for k, v in c.items()}
        if check and any(isinstance(v, tuple) and cat.gettext(v[0]) == v[0] for v in ctx.values()):
            return None
        r = Renderer(load, cat, urls=SEAHUB_URLS)
        if subject[0] == "template":
            subj = " ".join(r.render_file(subject[1], dict(c), check=check).split())
        else:
            msgid, values = subject
            subj = cat.gettext(msgid)
            if check and subj == msgid:
                return None
            subj = subj % values if values is not None else subj
        text = r.render_file(body, dict(c), check=check)
        if r.untranslated:
            return None
        text = subj + "\n\n" + html_to_text(text)
        return re.sub(r"(https?://\S+) \1(?!\S)", r"\1", text)  # a link labelled with its address

    english = {m[0]: render(PoCatalogue(None), False, *m[:4]) for m in SEAHUB_MAILS}
    for lang, code in SEAHUB_LANGS:
        cat = PoCatalogue(*(git_show(git, SEAHUB_COMMIT, f"{d}/{lang}/LC_MESSAGES/django.po")
                            for d in SEAHUB_LOCALES if f"{d}/{lang}/LC_MESSAGES/django.po" in files))
        seen = set()
        for name, subject, body, ctx, where in SEAHUB_MAILS:
            text = render(cat, True, name, subject, body, ctx)
            if text is None:
                continue
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            if untranslated_lines(text, english[name]) or not is_new(seen, text):
                continue
            tdir = next(d for d in SEAHUB_TEMPLATE_DIRS if f"{d}/{body}" in files)
            yield item(f"sh-{name}-{lang.replace('_', '-')}", code, text, "seahub_email",
                       f"haiwen/seahub@{SEAHUB_COMMIT[:12]}:{where} + {tdir}/{body}",
                       f"haiwen/seahub:{name}", SELECTION)

# --- authentik ------------------------------------------------------------------------------------
AUTHENTIK_COMMIT = "147ebf1a5e8b1f3731c6279517397fea01fe9c34"  # main, 2022-11-28
# the zh_TW catalogue is written in simplified characters: its texts are zh-Hans
AUTHENTIK_LANGS = [("zh-Hans", "zh-Hans"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hans"), ("es", "es")]
AK = "https://auth.example.com"
AUTHENTIK_CTX = {"url": f"{AK}/if/flow/default-recovery-flow/?flow_token={KEY}",
                 "user": {"username": "alice"}, "expires": "2026-11-27 10:00"}
# (name, template): the e-mail stage's templates (EmailTemplates in authentik/stages/email/models.py)
# that a user receives; the subject is the stage's, "authentik" by default (a name, not text)
AUTHENTIK_MAILS = [("password_reset", "email/password_reset.html"),
                   ("account_confirmation", "email/account_confirmation.html")]


def authentik_items():
    from django_text import Renderer
    git = os.environ["AUTHENTIK_GIT"]
    tdir = "authentik/stages/email/templates"

    def load(name):
        if name == "email/base.html":  # the layout: its footer ("Powered by authentik.") is a frame
            return "{% block content %}{% endblock %}"
        return git_show(git, AUTHENTIK_COMMIT, f"{tdir}/{name}")

    def render(cat, check, template):
        r = Renderer(load, cat)
        text = r.render_file(template, json.loads(json.dumps(AUTHENTIK_CTX)), check=check)
        if r.untranslated:
            return None
        text = re.sub(r"(https?://\S+) \1(?!\S)", r"\1", "authentik\n\n" + html_to_text(text))
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    english = {name: render(PoCatalogue(None), False, t) for name, t in AUTHENTIK_MAILS}
    seen = {}
    for lang, code in AUTHENTIK_LANGS:
        cat = PoCatalogue(git_show(git, AUTHENTIK_COMMIT, f"locale/{lang}/LC_MESSAGES/django.po"))
        for name, template in AUTHENTIK_MAILS:
            text = render(cat, True, template)
            if text is None or untranslated_lines(text, english[name]) or \
                    not is_new(seen.setdefault(code, set()), text):
                continue
            yield item(f"ak-{name}-{lang}", code, text, "authentik_email",
                       f"goauthentik/authentik@{AUTHENTIK_COMMIT[:12]}:{tdir}/{template}; "
                       f"locale/{lang}/LC_MESSAGES/django.po", f"goauthentik/authentik:{name}", SELECTION)

# --- Loomio --------------------------------------------------------------------------------------
LOOMIO_COMMIT = "4ff2cd27c944cf0a8f5985b3347b6ac164e77364"  # master, 2018-01-07
LOOMIO_LANGS = [("zh_TW", "zh-Hant"), ("es", "es")]  # the server catalogues of these languages
LOOMIO_FILL = {"site_name": "Demo Loomio", "name": "Alice Chen", "email": EMAIL, "member": "bob",
               "who": "bob", "actor": "bob", "person": "bob", "participant": "bob", "group_name": "Demo",
               "which_group": "Demo", "group": "Demo", "discussion": "Demo", "title": "Demo", "text": "Demo",
               "hostname": "loomio.example.com", "zone": "UTC", "count": "2", "reason": "Demo",
               "url": "https://loomio.example.com/d/5f2c9a0e", "link_path": "https://loomio.example.com/email_preferences",
               "link_text": "Demo", "email_preferences_url": "https://loomio.example.com/email_preferences"}


def loomio_fill(text):
    text = re.sub(r"%\{(\w+)\}", lambda m: LOOMIO_FILL.get(m.group(1), "Demo"), text)
    return html_to_text(text)


def loomio_templates(tree):
    """(name, [key paths]) of every message of the server catalogue: each mapping with a `subject`
    under user_mailer, email and thread_mailer (its strings in file order, `<key>_html` left out
    beside a plain `<key>`), and each event of each poll type of poll_mailer (its subject and header)."""
    out = []
    for section in ("user_mailer", "email", "thread_mailer"):
        for name, node in tree[section].items():
            if isinstance(node, dict) and "subject" in node:
                out.append((f"{section}.{name}", [(section, name, k) for k in mail_keys(node)]))
    for ptype, node in tree["poll_mailer"].items():
        if ptype == "common" or not isinstance(node, dict) or "subject" not in node:
            continue
        for event in node["subject"]:
            paths = [("poll_mailer", ptype, "subject", event)]
            if event in node.get("header", {}):
                paths.append(("poll_mailer", ptype, "header", event))
            out.append((f"poll_mailer.{ptype}.{event}", paths))
    return out


def rails_get(tree, path):
    """The non-empty string at key path `path` of a Rails catalogue tree, else None."""
    for k in path:
        if not isinstance(tree, dict) or k not in tree:
            return None
        tree = tree[k]
    return tree if isinstance(tree, str) and tree.strip() else None


def mail_keys(node):
    """A mail mapping's keys: `subject`, then its other strings in file order (`<key>_html` left
    out beside a plain `<key>`)."""
    return ["subject"] + [k for k, v in node.items() if k != "subject" and isinstance(v, str)
                          and not (k.endswith("_html") and k[:-5] in node)]


RAILS_MARKUP = r"%\{\w+\}|<[^>]+>"


def rails_texts(en, tree, messages, fill, seen, markup=RAILS_MARKUP, check_english=True, reject=None):
    """(name, text) of each message (name, key paths) translated in `tree`: skipped when a string
    is missing there or in `en` (Rails falls back to English), or (with `check_english`) left in
    English (a string of 12 or more characters with two English words, once `markup` is removed,
    equal to the English one), when `reject(text)`, when a line is untranslated, or when it
    repeats a text of `seen`. `fill(path, string)` fills a string's placeholders."""
    for name, paths in messages:
        strings = [rails_get(tree, p) for p in paths]
        english = [rails_get(en, p) for p in paths]
        if any(x is None for x in strings + english):
            continue
        if check_english and any(
                x.strip() == e.strip() and len(e.strip()) >= 12 and
                len(re.findall(r"[A-Za-z]{2,}", re.sub(markup, "", e))) >= 2
                for x, e in zip(strings, english)):
            continue
        text = "\n\n".join(fill(p, x) for p, x in zip(paths, strings))
        if (reject and reject(text)) or \
                untranslated_lines(text, "\n\n".join(fill(p, e) for p, e in zip(paths, english))) or \
                not is_new(seen, text):
            continue
        yield name, text


def loomio_items():
    import yaml
    git = os.environ["LOOMIO_GIT"]

    def load(lang):
        data = yaml.safe_load(git_show(git, LOOMIO_COMMIT, f"config/locales/server.{lang}.yml"))
        return next(iter(data.values()))
    en = load("en")
    templates = loomio_templates(en)
    for lang, code in LOOMIO_LANGS:
        tree = load(lang)
        seen = set()
        for name, text in rails_texts(en, tree, templates, lambda _, x: loomio_fill(x), seen):
            yield item(f"lo-{name.replace('.', '-')}-{lang}", code, text, "loomio_email",
                       f"loomio/loomio@{LOOMIO_COMMIT[:12]}:config/locales/server.{lang}.yml#{name}",
                       f"loomio/loomio:{name}", SELECTION)

# --- Consul Democracy ----------------------------------------------------------------------------
CONSUL_COMMIT = "f1fcdc62da2a05a971c66d881a6397bf50434978"  # master, 2021-03-25
CONSUL_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
CONSUL_FILL = {"org_name": "Demo Consul", "org": "Demo Consul", "name": "Alice Chen", "author": "bob",
               "commenter": "bob", "sender": "bob", "receiver": "Alice Chen", "title": "Demo",
               "investment": "Demo", "budget": "Demo", "commentable": "Demo", "code": "12",
               "account": "Demo", "link": "https://consul.example.com/budgets/1",
               "url": "https://consul.example.com/proposals/1", "verification_link": "https://consul.example.com/verification",
               "link_to_published": "https://consul.example.com/proposals/1", "time": "2026-11-27 10:00",
               "document_type": "DNI", "document_number": "Demo", "days_count": "30", "votes_count": "2",
               "max_votes": "10", "max_votes_count": "10", "max_month": "2026-12",
               "created_at_day": "27", "created_at_month": "2026-11", "published_at_day": "27",
               "published_at_month": "2026-11"}


def consul_items():
    """Consul's mailers.yml: every mapping with a `subject` under `mailers` (its strings in file order,
    `<key>_html` left out beside a plain `<key>`), as for Loomio."""
    import yaml
    git = os.environ["CONSUL_GIT"]

    def load(lang):
        data = yaml.safe_load(git_show(git, CONSUL_COMMIT, f"config/locales/{lang}/mailers.yml"))
        return next(iter(data.values()))

    def fill(text):
        text = re.sub(r"%\{(\w+)\}", lambda m: CONSUL_FILL.get(m.group(1), "Demo"), text)
        return html_to_text(text)
    en = load("en")
    templates = []
    for name, node in en["mailers"].items():
        if isinstance(node, dict) and "subject" in node:
            templates.append((name, [("mailers", name, k) for k in mail_keys(node)]))
    for lang, code in CONSUL_LANGS:
        tree = load(lang)
        seen = set()
        for name, text in rails_texts(en, tree, templates, lambda _, x: fill(x), seen):
            yield item(f"cd-{name}-{lang}", code, text, "consul_email",
                       f"consuldemocracy/consuldemocracy@{CONSUL_COMMIT[:12]}:config/locales/{lang}/mailers.yml#mailers.{name}",
                       f"consuldemocracy/consuldemocracy:{name}", SELECTION)

# --- Decidim -------------------------------------------------------------------------------------
DECIDIM_COMMIT = "4446b1c9c3237b2d39673c3886ae109e7fe2352c"  # develop, 2024-10-18
DECIDIM_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
DECIDIM_SITE = "https://decidim.example.com"


def decidim_value(name):
    """The fixed value of a Decidim placeholder, by its name."""
    if name.endswith(("_url", "_path", "link")) or name in ("url", "path"):
        return f"{DECIDIM_SITE}/processes/demo/f/1/"
    if "nickname" in name:
        return "@bob"
    if "email" in name:
        return EMAIL
    if name.endswith("name") or name in ("author", "user", "sender", "inviter"):
        return "bob"
    if "date" in name or "time" in name:
        return "2026-11-27 10:00"
    if name in ("count", "votes", "days", "hours", "number", "points", "rank", "limit"):
        return "2"
    return "Demo"


def decidim_messages(tree, path=()):
    """(key path, mapping) of every message of a catalogue: each event mapping (one with
    `email_subject`; its mail: subject, intro, outro) and each mailer mapping (one with `subject`
    under a key containing `mailer`; its strings in file order, `<key>_html` left out beside `<key>`)."""
    if not isinstance(tree, dict):
        return
    if "email_subject" in tree:
        yield path, [k for k in ("email_subject", "email_intro", "email_outro") if k in tree]
    elif "subject" in tree and any("mailer" in k for k in path):
        yield path, mail_keys(tree)
    for k, v in tree.items():
        yield from decidim_messages(v, path + (k,))


def decidim_items():
    import yaml
    git = os.environ["DECIDIM_GIT"]
    files = git_files(git, DECIDIM_COMMIT)
    modules = sorted(f.split("/")[0] for f in files if re.fullmatch(r"decidim-[a-z_]+/config/locales/en\.yml", f))

    def load(module, lang):
        path = f"{module}/config/locales/{lang}.yml"
        if path not in files:
            return {}
        data = yaml.safe_load(git_show(git, DECIDIM_COMMIT, path)) or {}
        return next(iter(data.values()), {}) or {}

    def fill(text):
        return html_to_text(re.sub(r"%\{(\w+)\}", lambda m: decidim_value(m.group(1)), text))
    for lang, code in DECIDIM_LANGS:
        seen = set()
        for module in modules:
            en, tree = load(module, "en"), load(module, lang)
            messages = [(path, [path + (k,) for k in keys]) for path, keys in decidim_messages(en)]
            for path, text in rails_texts(en, tree, messages, lambda _, x: fill(x), seen):
                name = ".".join(path)
                yield item(f"dc-{module[8:]}-{'-'.join(path)}-{lang}", code, text, "decidim_email",
                           f"decidim/decidim@{DECIDIM_COMMIT[:12]}:{module}/config/locales/{lang}.yml#{name}",
                           f"decidim/decidim:{module}:{name}", SELECTION)

# --- OpenProject ---------------------------------------------------------------------------------
OPENPROJECT_COMMIT = "76a53f56749e21139f477cb7182b4f50e7c83951"  # dev, 2021-07-21
OPENPROJECT_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
OP_FILL = {"value": "Demo OpenProject", "user": "bob", "project": "Demo", "email": EMAIL,
           "host": "openproject.example.com", "count": "2", "days": "3", "group": "Demo", "id": "Demo",
           "author": "bob", "hours": "24", "name": "Alice Chen"}
# (name, key paths): each mail of app/mailers/user_mailer.rb and the member mailers with the catalogue
# keys its subject and body take (the keys named after it: mail_subject_<name>, mail_body_<name>*,
# or the mapping mail_<name>; a mapping's alternative branches (with and without a message, the
# user's and the administrator's version) give one text each)
OPENPROJECT_MAILS = [
    ("lost_password", ["mail_subject_lost_password", "mail_body_lost_password"]),
    ("register", ["mail_subject_register", "mail_body_register"]),
    ("account_activation_request", ["mail_subject_account_activation_request",
                                    "mail_body_account_activation_request"]),
    ("account_information", ["mail_subject_register", "mail_body_account_information",
                             "mail_body_account_information_external"]),
    ("backup_ready", ["mail_subject_backup_ready", "mail_body_backup_ready"]),
    ("backup_token_reset_user", ["mail_subject_backup_token_reset", "mail_body_backup_token_reset_user_info",
                                 "mail_body_backup_token_info", "mail_body_backup_waiting_period",
                                 "mail_body_backup_token_warning"]),
    ("backup_token_reset_admin", ["mail_subject_backup_token_reset", "mail_body_backup_token_reset_admin_info",
                                  "mail_body_backup_token_info", "mail_body_backup_waiting_period"]),
    ("reminder", ["mail_subject_reminder", "mail_body_reminder"]),
    ("group_reminder", ["mail_subject_group_reminder", "mail_body_group_reminder"]),
    ("wiki_content_added", ["mail_subject_wiki_content_added", "mail_body_wiki_content_added"]),
    ("wiki_content_updated", ["mail_subject_wiki_content_updated", "mail_body_wiki_content_updated"]),
    ("member_added_project", ["mail_member_added_project.subject",
                              "mail_member_added_project.body.added_by.without_message",
                              "mail_member_added_project.body.roles"]),
    ("member_updated_project", ["mail_member_updated_project.subject",
                                "mail_member_updated_project.body.updated_by.without_message",
                                "mail_member_updated_project.body.roles"]),
    ("member_updated_global", ["mail_member_updated_global.subject",
                               "mail_member_updated_global.body.updated_by.without_message",
                               "mail_member_updated_global.body.roles"]),
    ("user_activation_limit_reached", ["mail_user_activation_limit_reached.subject",
                                       "mail_user_activation_limit_reached.message",
                                       "mail_user_activation_limit_reached.steps.label",
                                       "mail_user_activation_limit_reached.steps.a",
                                       "mail_user_activation_limit_reached.steps.b"]),
]
OP_OVERRIDE = {"mail_body_account_activation_request": {"value": "alice"},
               "mail_body_account_information_external": {"value": "Demo"}}


def openproject_items():
    import yaml
    git = os.environ["OPENPROJECT_GIT"]

    def load(path, lang):
        data = yaml.safe_load(git_show(git, OPENPROJECT_COMMIT, path))
        return data[lang]

    def fill(path, text):
        values = dict(OP_FILL, **OP_OVERRIDE.get(".".join(path), {}))
        text = re.sub(r"%\{(\w+)\}", lambda m: values.get(m.group(1), "Demo"), text)
        text = re.sub(r"\[([^\]]+)\]\((\w+)\)", r"\1 https://openproject.example.com/\2", text)  # markdown links
        return html_to_text(text)
    en = load("config/locales/en.yml", "en")
    for lang, code in OPENPROJECT_LANGS:
        tree = load(f"config/locales/crowdin/{lang}.yml", lang)
        seen = set()
        messages = [(name, [tuple(k.split(".")) for k in keys]) for name, keys in OPENPROJECT_MAILS]
        for name, text in rails_texts(en, tree, messages, fill, seen):
            keys = dict(OPENPROJECT_MAILS)[name]
            yield item(f"op-{name}-{lang}", code, text, "openproject_email",
                       f"opf/openproject@{OPENPROJECT_COMMIT[:12]}:config/locales/crowdin/{lang}.yml#{','.join(keys)}",
                       f"opf/openproject:{name}", SELECTION)

# --- OpenStreetMap website -----------------------------------------------------------------------
OSM_COMMIT = "9da0fa5ecbff8adc5e6e91c7cf22546755a91f77"  # master, 2026-08-20
OSM_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("es", "es")]
OSM_FILL = {"user": "bob", "to_user": "Alice Chen", "from_user": "bob", "commenter": "bob", "id": "12",
            "subject": "Demo", "message_title": "Demo", "place": "Demo", "changeset_comment": "Demo",
            "site_url": "https://osm.example.com", "server_url": "https://osm.example.com",
            "new_address": EMAIL, "url": "https://osm.example.com/user/alice/traces",
            "readurl": "https://osm.example.com/messages/12", "replyurl": "https://osm.example.com/messages/12/reply",
            "commenturl": "https://osm.example.com/user/bob/diary/12#newcomment",
            "unsubscribeurl": "https://osm.example.com/user/bob/diary/12/unsubscribe",
            "userurl": "https://osm.example.com/user/bob", "followurl": "https://osm.example.com/user/bob/follow"}


def osm_messages(section):
    """(name, key paths) of user_mailer: every mapping with a `subject` (its strings in file order,
    `<key>_html` left out beside `<key>`), and in a mapping of events with `subject_own` /
    `subject_other`, each event's mail to the note's or changeset's owner (subject_own, your_<…>)
    and to another participant (subject_other, commented_<…>)."""
    def plain(node, k):
        return isinstance(node[k], str) and not (k.endswith("_html") and k[:-5] in node)
    out = []
    for name, node in section.items():
        if not isinstance(node, dict):
            continue
        if "subject" in node:
            out.append((name, [(name, k) for k in mail_keys(node)]))
            continue
        for event, sub in node.items():
            if isinstance(sub, dict) and "subject_own" in sub:
                own = [k for k in sub if k.startswith("your_") and plain(sub, k)]
                other = [k for k in sub if k.startswith("commented_") and plain(sub, k)]
                out.append((f"{name}.{event}.own", [(name, event, "subject_own")] + [(name, event, k) for k in own]))
                out.append((f"{name}.{event}.other", [(name, event, "subject_other")] + [(name, event, k) for k in other]))
    return out


def osm_items():
    import yaml
    git = os.environ["OSM_GIT"]

    def load(lang):
        data = yaml.safe_load(git_show(git, OSM_COMMIT, f"config/locales/{lang}.yml"))
        return data[lang]["user_mailer"]

    def fill(text):
        return html_to_text(re.sub(r"%\{(\w+)\}", lambda m: OSM_FILL.get(m.group(1), "Demo"), text))
    en = load("en")
    templates = osm_messages(en)
    seen = {}
    for lang, code in OSM_LANGS:
        tree = load(lang)
        for name, text in rails_texts(en, tree, templates, lambda _, x: fill(x), seen.setdefault(code, set()),
                                      markup=RAILS_MARKUP + r"|https?://\S+"):
            yield item(f"osm-{name.replace('.', '-')}-{lang}", code, text, "openstreetmap_email",
                       f"openstreetmap/openstreetmap-website@{OSM_COMMIT[:12]}:config/locales/{lang}.yml#user_mailer.{name}",
                       f"openstreetmap/openstreetmap-website:{name}", SELECTION)

# --- Peatio --------------------------------------------------------------------------------------
PEATIO_COMMIT = "6fe7e960a12c40053370cb25cdd0968b67041aa0"  # master, 2018-02-23 (the last with the code)
PEATIO_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]  # no Spanish catalogue
PEATIO_FILL = {"code": CODE, "name": "Alice Chen", "email": EMAIL, "ip": "203.0.113.7",
               "time": "2026-11-27 10:00", "amount": "0.5", "currency": "BTC", "state": "Demo",
               "sn": "Demo-0001", "id": "12", "url": "https://exchange.example.com/withdraws/12",
               "fund_uid": "Demo", "created_at": "2026-11-27 10:00", "updated_at": "2026-11-27 10:00"}


def peatio_items():
    """Peatio's server catalogue: every mapping with a `subject` under a `*_mailer` key (its strings in
    file order, `<key>_html` left out beside `<key>`), and every string of `sms` (an SMS each)."""
    import yaml
    git = os.environ["PEATIO_GIT"]

    def load(lang):
        data = yaml.safe_load(git_show(git, PEATIO_COMMIT, f"config/locales/server.{lang}.yml"))
        return next(iter(data.values())) or {}

    def fill(text):
        return html_to_text(re.sub(r"%\{(\w+)\}", lambda m: PEATIO_FILL.get(m.group(1), "Demo"), text))
    en = load("en")
    templates = []
    for section, node in en.items():
        if section.endswith("_mailer") and isinstance(node, dict):
            for name, sub in node.items():
                if isinstance(sub, dict) and "subject" in sub:
                    templates.append((f"{section}.{name}", [(section, name, k) for k in mail_keys(sub)]))
    for k, v in en.get("sms", {}).items():
        if isinstance(v, str):
            templates.append((f"sms.{k}", [("sms", k)]))
    for lang, code in PEATIO_LANGS:
        tree = load(lang)
        seen = set()
        for name, text in rails_texts(en, tree, templates, lambda _, x: fill(x), seen,
                                      check_english=False, reject=english_line):
            yield item(f"pe-{name.replace('.', '-')}-{lang}", code, text, "peatio_message",
                       f"hpyhacking/peatio@{PEATIO_COMMIT[:12]}:config/locales/server.{lang}.yml#{name}",
                       f"hpyhacking/peatio:{name}", SELECTION)


def items():
    yield from frappe_items()
    yield from logto_items()
    yield from nextcloud_items()
    yield from seahub_items()
    yield from authentik_items()
    yield from loomio_items()
    yield from consul_items()
    yield from decidim_items()
    yield from openproject_items()
    yield from osm_items()
    yield from peatio_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
