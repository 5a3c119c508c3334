#!/usr/bin/env python3
"""Rebuild the thirty-second batch of tests/data/real/ (issue 12): the mail and SMS templates and
QWeb message bodies that Odoo 19.0 has and the nineteenth batch (build_templates15.py, Odoo
16.0/17.0) does not (self-billing invoices and credit notes, e-invoice notification, invoice copy to
subscribers, Peppol registration, portal set-password mail, calendar event deleted, point-of-sale
receipt, self-order takeout and delivery mails, the point-of-sale SMS, pro-forma invoice, Gelato
print order status, event track reminder; discarded invoice-alias mail, task follower invitation),
and Odoo 19.0's seven account security mails (login, password or e-mail changed, two-factor
authentication on or off, new device sign-in, trusted device removed), in zh-Hans and zh-Hant, and
in es where the template has a Chinese text too; never English: English strings serve only to find
the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-32.sh   # sets ODOO19_GIT (bare git dir of the copy named below); needs polib
    python3 scripts/real_corpus/build_templates28.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates28.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Thirty-second batch (templates)"):
  * odoo_module_email: Odoo 19.0 Community (Odoo S.A. and its translators, LGPL-3.0), `addons/`
    only. github.com/odoo/odoo is over the fetch limit, so the files are read from a user's
    repository that holds an Odoo 19.0 tree and is small enough to fetch: jnvdx6/skymedic-odoo at
    its first (import) commit ODOO19_COMMIT; its later commits touch no file under `addons/`. The
    repository also holds Odoo Enterprise (`odoo/enterprise/`, not free software) and the owner's
    own addons (`custom-addons/`): neither is read.
    As in 16.0/17.0, a mail template's subject and its whole HTML body are each one catalogue entry
    (`model:mail.template,subject:<xmlid>`, `model:mail.template,body_html:<xmlid>`), an SMS
    template's text one entry (`model:sms.template,body:<xmlid>`), so the text is built from the
    module's `i18n/<lang>.po` alone.

Selection: every mail and SMS template with an entry in `addons/<module>/i18n/zh_CN.po`, `zh_TW.po`
and `es.po` of every module of the tree, **except** a template whose XML id is a split unit of the
nineteenth batch and a template whose id name (after the module) is one of them (a template moved to
another module, e.g. the sign-in code mail, moved from auth_totp_mail_enforce to auth_totp_mail).
A message is skipped in a language where its subject or body is untranslated (empty or fuzzy msgstr)
or where a line stays English (`english_line` for Chinese, `untranslated_lines` against the English
rendering; fill values and addresses masked first); an es text only where the same template gives a
Chinese text. Rendering, fill values and the untranslated check are build_templates15's (`qweb`,
`inline`, `masked`): Alice Chen, alice@example.com, Demo Company, links on odoo.example.com, 482913,
203.0.113.7, 2026-11-27 10:00, $ 1,250.00. HTML tags dropped. Near-duplicates collapse within a
language. Cut at 500 characters.

QWeb message bodies (ODOO19_VIEWS): the views of the 19.0 tree's `data/*.xml` that Odoo renders as
the whole body of a message to a user and that build_templates15's ODOO_VIEWS does not list,
translated term by term (`translate_arch`) and skipped in a language as there. Account security
mails (SECURITY_ALERTS): each call of `_notify_security_setting_update` in the tree's Python code
gives one message: its translated subject, then the view `mail.account_security_alert` translated
term by term with the call's translated content in place of `content` (the password-reset branch
dropped where the call suggests none); skipped in a language where a part is untranslated. The
views also fill `ip_address` (203.0.113.7), `base_url` and a token (`value19`).

Split: `corpus.hashed_split` on `odoo/odoo:<xmlid>`, all languages of one template on one side; the
seven security mails share `odoo/odoo:mail.account_security_alert` (one view).
"""

import glob
import html
import json
import os
import re

from build_templates import item
from build_templates15 import (ODOO_VIEWS, inline, kept, masked, odoo_catalogue, odoo_modules,
                                qweb, translate_arch, translated, translated_view, view_arch)
from corpus import git_show, hashed_split, main
import build_templates15
import polib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates28.tsv")
SELECTION = "templates28"
SOURCE = "odoo_module_email"

ODOO19_COMMIT = "85dffc07fba25f19927b3c87d0e9645b2ec697df"  # jnvdx6/skymedic-odoo, Odoo 19.0 tree
COPY = "jnvdx6/skymedic-odoo"
ODOO_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]


def value19(expr):
    """build_templates15's fixed values, with three names its `value` does not know and that only
    Odoo 19.0's views use: `ip_address` (203.0.113.7), `base_url` (the site's address) and an
    `email_token` (a fixed token rather than an e-mail address)."""
    e = expr.lower()
    if "ip_address" in e:
        return "203.0.113.7"
    if "base_url" in e:
        return build_templates15.HOST
    if "token" in e:
        return build_templates15.TOKEN
    return VALUE15(expr)


VALUE15 = build_templates15.value


def taken():
    """The XML ids, and their names after the module, of the nineteenth batch's templates."""
    units = set()
    for path in glob.glob(os.path.join(OUT_DIR, "*_odoo_email.jsonl")):
        with open(path, encoding="utf-8") as f:
            units.update(json.loads(line)["split_unit"].split(":", 1)[1] for line in f)
    return units, {u.split(".", 1)[1] for u in units}


def text_of(kind, parts, links=True):
    body = parts["body_html" if kind == "mail.template" else "body"]
    render = qweb if kind == "mail.template" else inline
    text = render(body.msgstr, links=links)
    en = render(body.msgid, links=False)
    if "subject" in parts:
        text = inline(parts["subject"].msgstr) + "\n" + text
        en = inline(parts["subject"].msgid) + "\n" + en
    return text, en


def items():
    units, names = taken()
    seen = {lang: set() for _, lang in ODOO_LANGS}
    yield from template_items(seen, units, names)
    yield from view_items(seen, units)
    yield from security_items(seen)


def template_items(seen, units, names):
    git = os.environ["ODOO19_GIT"]
    for module in odoo_modules(git, ODOO19_COMMIT):
        by_lang = {code: odoo_catalogue(git, ODOO19_COMMIT, module, code) for code, _ in ODOO_LANGS}
        xmlids = sorted({k for t in by_lang.values() for k in t})
        for kind, xmlid in xmlids:
            if xmlid in units or xmlid.split(".", 1)[1] in names:
                continue
            has_zh = False
            for code, lang in ODOO_LANGS:
                parts = by_lang[code].get((kind, xmlid))
                if not parts or not translated(parts):
                    continue
                if lang == "es" and not has_zh:
                    continue
                text, _ = text_of(kind, parts)
                check, en = text_of(kind, parts, links=False)
                if not kept(seen, lang, text, masked(check), masked(en)):
                    continue
                has_zh = has_zh or lang.startswith("zh")
                short = xmlid.split(".", 1)[1]
                yield item(f"odm-{module}-{short}-{lang}".replace("_", "-"), lang, text, SOURCE,
                           f"{COPY}@{ODOO19_COMMIT[:12]}:addons/{module}/i18n/{code}.po"
                           f" ({kind} {xmlid}; Odoo 19.0, github.com/odoo/odoo)",
                           f"odoo/odoo:{xmlid}", SELECTION)


# QWeb templates (ir.ui.view) of the 19.0 tree's `data/*.xml` that Odoo renders as the whole body of
# a mail or chatter message to a user and that the nineteenth batch's ODOO_VIEWS (16.0) does not
# list; as there, layouts (mail_notification_invite, mail_notification_channel_invite, …), digests,
# previews, lead-merge summaries, tracking and exception tables, lead-enrichment log notes, EDI and
# report templates, and views that only patch another view, are left out. Bodies only.
ODOO19_VIEWS = [
    ("account", "email_template_mail_gateway_failed"),
    ("hr_expense", "hr_expense_template_submitted_expenses"),
    ("mail", "discuss_channel_invitation_template"), ("mail", "message_notification_out_of_office"),
    ("project", "task_invitation_follower"),
]


def view_items(seen, units):
    """The view texts; build_templates15's renderer looks `value` up in its module when it
    renders, so `value19` is put there while the views are rendered (the mail and SMS templates
    above, and the nineteenth batch, keep build_templates15's own `value`)."""
    build_templates15.value = value19
    try:
        yield from view_texts(seen, units)
    finally:
        build_templates15.value = VALUE15


def view_texts(seen, units):
    git = os.environ["ODOO19_GIT"]
    listed = {f"{m}.{t}" for m, t in ODOO_VIEWS}
    for module, tid in ODOO19_VIEWS:
        unit = f"{module}.{tid}"
        if unit in units or unit in listed:
            continue
        path, arch = view_arch(git, ODOO19_COMMIT, module, tid)
        arch = arch.replace("\r\n", "\n")  # some 19.0 data files have CRLF line ends
        en = masked(qweb(arch, links=False))
        has_zh = False
        for code, lang in ODOO_LANGS:
            if lang == "es" and not has_zh:
                continue
            view = translated_view(git, ODOO19_COMMIT, module, tid, arch, code)
            if view is None:
                continue
            po_path, text, check = view
            if not kept(seen, lang, text, check, en):
                continue
            has_zh = has_zh or lang.startswith("zh")
            yield item(f"odm-{module}-{tid}-{lang}".replace("_", "-"), lang, text, SOURCE,
                       f"{COPY}@{ODOO19_COMMIT[:12]}:{path} with {po_path}"
                       f" (ir.ui.view {unit}; Odoo 19.0, github.com/odoo/odoo)",
                       f"odoo/odoo:{unit}", SELECTION)


# The account security mails: every call of `_notify_security_setting_update(subject, content, …)`
# in the tree's Python code (`git grep _notify_security_setting_update`: seven calls, in
# addons/mail/models/res_users.py, addons/auth_totp_mail/models/res_users.py and
# auth_totp_device.py), each with a literal `_()` subject and content. Odoo renders the view
# `mail.account_security_alert` with that content (wrapped in the `mail_notification_light` layout,
# a frame left out here) and sends it with that subject. (module of the strings, short name,
# subject, content, its %-arguments, whether the call suggests a password reset.)
SECURITY_ALERTS = [
    ("mail", "login-changed", "Security Update: Login Changed",
     "Your account login has been updated", {}, True),
    ("mail", "password-changed", "Security Update: Password Changed",
     "Your account password has been updated", {}, True),
    ("mail", "email-changed", "Security Update: Email Changed",
     "Your account email has been changed from %(old_email)s to %(new_email)s.",
     {"old_email": "alice@example.com", "new_email": "alice.chen@example.com"}, False),
    ("auth_totp_mail", "2fa-activated", "Security Update: 2FA Activated",
     "Two-factor authentication has been activated on your account", {}, True),
    ("auth_totp_mail", "2fa-deactivated", "Security Update: 2FA Deactivated",
     "Two-factor authentication has been deactivated on your account", {}, True),
    ("auth_totp_mail", "new-connection", "New Connection to your Account",
     "A new device was used to sign in to your account.", {}, True),
    ("auth_totp_mail", "device-removed", "Security Update: Device Removed",
     "A trusted device has just been removed from your account: %(device_names)s",
     {"device_names": "Demo"}, True),
]
RESET_BRANCH = re.compile(r'<div t-if="suggest_password_reset"[^>]*>.*?</div>.*?</div>', re.S)


def security_arch(arch, content, reset):
    """The view's arch with the call's content in place of `content` and, when the call suggests
    no password reset, without that branch."""
    arch = arch.replace('<t t-out="content"/>', html.escape(content))
    if not reset:
        arch, n = RESET_BRANCH.subn("", arch)
        assert n == 1
    return arch


def security_items(seen):
    git = os.environ["ODOO19_GIT"]
    build_templates15.value = value19
    try:
        path, arch = view_arch(git, ODOO19_COMMIT, "mail", "account_security_alert")
        arch = arch.replace("\r\n", "\n")
        occ = "model_terms:ir.ui.view,arch_db:mail.account_security_alert"
        for module, short, subject, content, args, reset in SECURITY_ALERTS:
            en = masked(subject % args + "\n" + qweb(security_arch(arch, content % args, reset),
                                                     links=False))
            has_zh = False
            for code, lang in ODOO_LANGS:
                if lang == "es" and not has_zh:
                    continue
                view_po = polib.pofile(git_show(git, ODOO19_COMMIT, f"addons/mail/i18n/{code}.po"))
                terms = {e.msgid: e for e in view_po if any(o == occ for o, _ in e.occurrences)}
                done = translate_arch(arch, terms) if terms else None
                strings = polib.pofile(git_show(git, ODOO19_COMMIT,
                                                f"addons/{module}/i18n/{code}.po"))
                tr = {e.msgid: e for e in strings}
                if done is None or any(m not in tr or not tr[m].translated()
                                       for m in (subject, content)):
                    continue
                head = tr[subject].msgstr % args
                body = security_arch(done, tr[content].msgstr % args, reset)
                text = head + "\n" + qweb(body)
                check = masked(head + "\n" + qweb(body, links=False))
                if not kept(seen, lang, text, check, en):
                    continue
                has_zh = has_zh or lang.startswith("zh")
                yield item(f"odm-mail-account-security-alert-{short}-{lang}", lang, text, SOURCE,
                           f"{COPY}@{ODOO19_COMMIT[:12]}:{path} with addons/mail/i18n/{code}.po"
                           f" and addons/{module}/i18n/{code}.po (ir.ui.view"
                           f" mail.account_security_alert, subject and content of the"
                           f" {short} call of _notify_security_setting_update;"
                           f" Odoo 19.0, github.com/odoo/odoo)",
                           "odoo/odoo:mail.account_security_alert", SELECTION)
    finally:
        build_templates15.value = VALUE15


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
