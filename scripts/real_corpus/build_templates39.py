#!/usr/bin/env python3
"""Rebuild the forty-third batch of tests/data/real/ (issue 12): the mails of Cal.com (the
scheduling product), Firefly III (the personal-finance manager) and Snipe-IT (the IT-asset
manager), in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts are taken, never
English: Cal.com's English catalogue serves only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-43.sh   # or set CALCOM_GIT / FIREFLY_GIT / SNIPEIT_GIT to bare git dirs of
                            # codemod-com/cal.com-demo, firefly-iii/firefly-iii, snipe/snipe-it
    python3 scripts/real_corpus/build_templates39.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates39.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Forty-third batch"), read at a pinned commit from a
bare git dir (`git show <commit>:<path>`):
  * calcom_email: codemod-com/cal.com-demo, a copy of calcom/cal.com whose head CAL_COMMIT is
    upstream's release commit "chore: release v4.7.24" (2024-12-12); calcom/cal.com itself is over
    the fetch limit. AGPL-3.0 outside packages/features/ee and apps/api/v2/src/ee (LICENSE);
    packages/emails and apps/web/public/static/locales are outside them.
    Every mail class of packages/emails/templates/*.ts that sends a plain-text body of its own
    (`text: this.getTextBody(...)`) made of catalogue strings, as subject, a blank line, then that
    plain-text body (CAL_ACCOUNT_MAILS and CAL_BOOKING_MAILS below, each written down from its
    class: the subject's key and values, the body's keys in order). The booking mails' body ends
    with CalEventParser.getRichDescription (packages/lib/CalEventParser.ts: what, when (the time
    zone), who, where, the manage link, the payment link), rendered here for one fixed booking.
    Not taken: the classes whose plain text is empty or English (monthly digest, team invite,
    organization auto-invite and creation, booking redirect: `text: ""`; feedback, admin no-slots:
    English literals; organization e-mail verification: the literal "Code:"), the branches whose
    key the catalogues lack (the admin organization notice's body, the disabled-app notice's
    `app_disabled`), the daily-video recording and transcript mails and the two
    AttendeeScheduledEmail/OrganizerScheduledEmail subclasses with an HTML body (broken
    integration), not rendered in the time. Languages: zh-CN (zh-Hans), zh-TW (zh-Hant), es of
    apps/web/public/static/locales/<lang>/common.json; en is the reference.

  * firefly_iii_email: firefly-iii/firefly-iii (AGPL-3.0), FF_COMMIT (develop of 2024-05-16, the
    last commit holding the Crowdin catalogues: 367bdf65e63a removed them from the repository).
    Every mail view of resources/views/emails/*.blade.php (FF_MAILS, each written down from its
    view, with the subject its Mail or Notification class gives it; the four branches of the bill
    reminder), as the HTML markdown mail reads: subject, a blank line, the layout's greeting, the
    view, the closing, the signature and the footer's "PS" (resources/views/vendor/mail/html/
    message.blade.php; the header, the app's name, left out). Markdown read as text
    (build_templates10.markdown_text: a link keeps its label and address). Not taken: the
    new-version notice (its body is the version checker's message), the error report to the admin
    (error-html.twig: a stack-trace dump). The welcome mail prints the key
    `email.registered_doc_text`, which no catalogue has (not even en_US): skipped in every
    language. Languages: resources/lang/{zh_CN,zh_TW,es_ES}/email.php; en_US is the reference.
    Fills: the bill "Demo bill" due in 3 days (or today) on 2026-11-27, the address 203.0.113.7
    (no host name), the admin alice@example.com, the invitee / new user bob@example.com (id 2), the
    OAuth client "Demo client", one withdrawal "Demo purchase" EUR 12.35, links on
    firefly.example.com; dates as Carbon's isoFormat writes the catalogue's format
    (config.month_and_day_js, config.date_time_js) in the language. The "untranslated" check reads
    the texts without their links and fills.
  * snipeit_email: snipe/snipe-it (AGPL-3.0), SI_COMMIT. Every mail view about one item
    (resources/views/mail/markdown/*.blade.php, the checkout and check-in mails of assets,
    accessories, licences and consumables; notifications/markdown/ asset-reminder,
    expected-checkin, asset-acceptance (accepted and declined), asset-requested; notifications/
    Test), with the subject its Mail or Notification class gives (the asset checkout mail twice: the
    first sending and the reminder, whose subject and introduction differ), written down in SI_MAILS
    for one scenario: the item checked out to Alice Chen by the admin Bob with a note, acceptance
    required and no EULA (so "click_on_the_link_asset" and the accept link), images not shown.
    A markdown table row is written "label | value"; the "# " heading mark dropped; markdown read
    as text. Not taken: the reports (expiring assets and licences, expected check-ins, low
    inventory, upcoming audits, the user's inventory: lists of records), the request-cancelled
    notice (its subject is the English literal trans('Item Request Canceled')), the welcome and
    first-admin mails (their button is the English literal "Go To <site>"; they also carry the
    password), the password-reset mail (auth/emails/password.blade.php, named by config/auth.php, or
    Laravel's own reset notification: which one this version sends was not settled in the time). The licence key row ("**Key**", an English literal, shown only to a
    reader allowed to view the licence) is left out. Languages: resources/lang/{zh-CN,zh-TW,es-ES}/
    {mail,general}.php (top-level keys); en-US is the reference. The zh-TW catalogue leaves most
    mail strings in English: only the test mail passes the untranslated check there.

Cal.com rendering: i18next's `{{name}}` interpolation (a value the string names but the caller does not
pass becomes empty, as i18next does); a key missing in a language skips the mail there (i18next
would fall back to English); HTML tags dropped (`<br />` as a line break); lines stripped and blank
lines dropped. Fills: the app "Cal.com", the company "Cal.com, Inc." (the constants' defaults),
the user "Alice Chen" <alice@example.com> (organizer), the attendee "Bob" <bob@example.com>, the
event "Demo meeting" (event type slug demo-meeting), Friday 2026-11-27 10:00-10:30 in Asia/Shanghai
with the organizer's 24-hour time format, the meeting link https://meet.example.com/demo-meeting,
the code 482913, links on cal.example.com, the app "Demo app". The "untranslated" check reads the texts with
these fills blanked (a line that is only "Demo meeting" is a fill, not English left over).
Near-duplicates (digits and white space aside) collapse within the source and language. Cut at 500 characters.

Split: the unit is the mail class (`calcom/cal.com:<template>`), all languages of one mail on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before
any scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates39.tsv
(id, category, credential_request, credentials, borderline), assigned by an AI reader reading each
text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates10 import markdown_text
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates39.tsv")

CAL_COMMIT = "6b1c747c0efb44781048e47221a9d8b1ef826146"  # v4.7.24, 2024-12-12
CAL_LOCALES = "apps/web/public/static/locales/{}/common.json"
LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW"), ("es", "es")]

APP = "Cal.com"
COMPANY = "Cal.com, Inc."
USER = "Alice Chen"
EMAIL = "alice@example.com"
ATTENDEE = "Bob"
ATTENDEE_EMAIL = "bob@example.com"
TITLE = "Demo meeting"
TYPE = "demo-meeting"
TZ = "Asia/Shanghai"
MEETING = "https://meet.example.com/demo-meeting"
UID = "5f2c9a0e1b7d4c3a"
WEBAPP = "https://cal.example.com"
CODE = "482913"


def K(key, **values):
    """A catalogue string, filled with `values`."""
    return ("key", key, values)


def DATE():
    """getFormattedDate(): start - end, weekday, month day, year (the organizer's 24-hour format)."""
    return ("date",)


# Each account mail: (template, subject, body lines). A line is a string (a fill) or a list of
# parts joined without separator (K(...) or strings).
CAL_ACCOUNT_MAILS = [
    # forgot-password-email.ts
    ("forgot-password-email", K("reset_password_subject", appName=APP), [
        K("reset_password_subject", appName=APP),
        [K("hi_user_name", name=USER), ","],
        K("someone_requested_password_reset"),
        [K("change_password"), ": " + WEBAPP + "/auth/forgot-password/" + UID],
        K("password_reset_instructions"),
        [K("have_any_questions"), " ", K("contact_our_support_team")],
    ]),
    # account-verify-email.ts (the first sign-up's subject; a secondary address's mail differs in
    # its subject only)
    ("account-verify-email", K("verify_email_subject", appName=APP), [
        K("verify_email_subject", appName=APP),
        K("verify_email_email_header"),
        [K("hi_user_name", name=USER), ","],
        K("verify_email_email_body", appName=APP),
        K("verify_email_email_link_text"),
        WEBAPP + "/api/auth/verify-email?token=" + UID,
        [K("happy_scheduling"), " ", K("the_calcom_team", companyName=COMPANY)],
    ]),
    # attendee-verify-email.ts (the booker's e-mail code; isVerifyingEmail unset)
    ("attendee-verify-email", K("verify_email_subject", appName=APP), [
        K("verify_email_subject", appName=APP),
        K("verify_email_email_header"),
        [K("hi_user_name", name=USER), ","],
        K("verify_email_by_code_email_body"),
        CODE,
        [K("happy_scheduling"), " ", K("the_calcom_team", companyName=COMPANY)],
    ]),
    # change-account-email-verify.ts
    ("change-account-email-verify", K("change_of_email", appName=APP), [
        K("verify_email_subject", appName=APP),
        K("verify_email_email_header"),
        [K("hi_user_name", name=USER), ","],
        K("verify_email_change_description", appName=APP),
        K("old_email_address"),
        EMAIL + ",",
        K("new_email_address"),
        "alice.chen@example.com,",
        WEBAPP + "/auth/verify-email-change?token=" + UID,
        [K("happy_scheduling"), " ", K("the_calcom_team", companyName=COMPANY)],
    ]),
    # disabled-app-email.ts, the payment-app branch (sent per event type: title and eventTypeId)
    ("disabled-app-email:payment", K("disabled_app_affects_event_type", appName="Demo app",
                                     eventType=TITLE), [
        K("disable_payment_app", appName="Demo app", title=TITLE),
    ]),
    # disabled-app-email.ts, the video-app branch (sent once per user: no title)
    ("disabled-app-email:video", K("admin_has_disabled", appName="Demo app"), [
        K("app_disabled_video", appName="Demo app"),
    ]),
    # slug-replacement-email.ts
    ("slug-replacement-email", K("email_subject_slug_replacement", slug=TYPE), [
        [K("email_body_slug_replacement_notice", slug=TYPE, teamName="Demo team"), " ",
         K("email_body_slug_replacement_suggestion")],
    ]),
]

CTA_URL = WEBAPP + " + /bookings/upcoming"  # OrganizerRequestEmail writes it so
ATTENDEE_SUBTITLE = "emailed_you_and_any_other_attendees"
PAYMENT_LINK = WEBAPP + "/payment/" + UID

# Each booking mail: (template, side, subject, title line, subtitle line, extra lines, payment).
# side "attendee": AttendeeScheduledEmail.getTextBody (title, subtitle, rich description);
# side "organizer": OrganizerScheduledEmail.getTextBody (title, subtitle, extraInfo, rich
# description with the apps' status (none here), callToAction).
CAL_BOOKING_MAILS = [
    ("attendee-scheduled-email", "attendee", [TITLE],
     K("your_event_has_been_scheduled"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-add-guests-email", "attendee",
     [K("guests_added_event_type_subject", eventType=TYPE, name=USER, date=DATE())],
     K("new_guests_added"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-awaiting-payment-email", "attendee",
     [K("complete_your_booking_subject", title=TITLE, date=DATE())],
     K("meeting_awaiting_payment"), K(ATTENDEE_SUBTITLE), [], True),
    ("attendee-cancelled-email", "attendee", [K("event_cancelled_subject", title=TITLE, date=DATE())],
     K("event_request_cancelled"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-cancelled-seat-email", "attendee",
     [K("event_no_longer_attending_subject", title=TITLE, date=DATE())],
     K("event_request_cancelled"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-declined-email", "attendee", [K("event_declined_subject", title=TITLE, date=DATE())],
     K("event_request_declined"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-location-change-email", "attendee",
     [K("location_changed_event_type_subject", eventType=TYPE, name=USER, date=DATE())],
     K("event_location_changed"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-request-email", "attendee", [K("booking_submitted_subject", title=TITLE, date=DATE())],
     K("booking_submitted", name=ATTENDEE), K("user_needs_to_confirm_or_reject_booking", user=USER),
     [], False),
    ("attendee-rescheduled-email", "attendee",
     [K("event_type_has_been_rescheduled_on_time_date", title=TITLE, date=DATE())],
     K("event_has_been_rescheduled"), K(ATTENDEE_SUBTITLE), [], False),
    ("attendee-updated-email", "attendee",
     [K("event_type_has_been_updated", title=TITLE, date=DATE())],
     K("event_has_been_updated"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-scheduled-email", "organizer", [TITLE],
     K("new_event_scheduled"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-add-guests-email", "organizer",
     [K("guests_added_event_type_subject", eventType=TYPE, name=ATTENDEE, date=DATE())],
     K("new_guests_added"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-attendee-cancelled-seat-email", "organizer",
     [K("event_cancelled_subject", title=TITLE, date=DATE())],
     K("event_request_cancelled"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-cancelled-email", "organizer", [K("event_cancelled_subject", title=TITLE, date=DATE())],
     K("event_request_cancelled"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-location-change-email", "organizer",
     [K("location_changed_event_type_subject", eventType=TYPE, name=ATTENDEE, date=DATE())],
     K("event_location_changed"), K(ATTENDEE_SUBTITLE), [], False),
    # no paymentInfo: extraInfo is " "
    ("organizer-payment-refund-failed-email", "organizer",
     [K("refund_failed_subject", eventType=TYPE, name=ATTENDEE, date=DATE())],
     K("a_refund_failed"), K("check_with_provider_and_user", user=ATTENDEE), [], False),
    ("organizer-reassigned-email", "organizer", [K("event_reassigned_subject", title=TITLE, date=DATE())],
     K("event_request_reassigned"), K(ATTENDEE_SUBTITLE), [], False),
    ("organizer-request-email", "organizer", [K("awaiting_approval"), ": " + TITLE],
     K("event_awaiting_approval"), K("someone_requested_an_event"),
     [K("confirm_or_reject_request"), CTA_URL], False),
    ("organizer-request-reminder-email", "organizer",
     [K("event_awaiting_approval_subject", title=TITLE, date=DATE())],
     K("event_still_awaiting_approval"), K("someone_requested_an_event"),
     [K("confirm_or_reject_request"), CTA_URL], False),
    ("organizer-requested-to-reschedule-email", "organizer",
     [K("rescheduled_event_type_subject", eventType=TYPE, name=ATTENDEE, date=DATE())],
     K("request_reschedule_title_organizer", attendee=ATTENDEE),
     K("request_reschedule_subtitle_organizer", attendee=ATTENDEE), [], False),
    ("organizer-rescheduled-email", "organizer",
     [K("event_type_has_been_rescheduled_on_time_date", title=TITLE, date=DATE())],
     K("event_has_been_rescheduled"), K(ATTENDEE_SUBTITLE), [], False),
]


class Missing(Exception):
    pass


def render(cat, part):
    """A part: a string, DATE(), K(key, values) or a list of parts."""
    if isinstance(part, str):
        return part
    if isinstance(part, list):
        return "".join(render(cat, p) for p in part)
    if part[0] == "date":
        return f"10:00 - 10:30, {render(cat, K('friday'))}, {render(cat, K('november'))} 27, 2026"
    _, key, values = part
    if key not in cat:
        raise Missing(key)
    filled = {k: render(cat, v) for k, v in values.items()}
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: filled.get(m.group(1), ""), cat[key])


def rich_description(cat, payment):
    """CalEventParser.getRichDescription for the fixed booking (no cancellation reason,
    description, notes or booking-form responses)."""
    parts = [
        f"{render(cat, K('what'))}:\n{TITLE}",
        f"{render(cat, K('invitee_timezone'))}:\n{TZ}",
        f"{render(cat, K('who'))}:\n{USER} - {render(cat, K('organizer'))}\n{EMAIL}\n\n"
        f"{ATTENDEE}\n{ATTENDEE_EMAIL}",
        f"{render(cat, K('where'))}:\n{MEETING}",
        f"{render(cat, K('need_to_reschedule_or_cancel'))} {WEBAPP}/booking/{UID}?changes=true",
    ]
    if payment:
        parts.append(f"{render(cat, K('pay_now'))}:\n{PAYMENT_LINK}")
    return "\n\n".join(parts)


def tidy(text):
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


def account_text(cat, subject, lines):
    body = "\n".join(render(cat, ln) for ln in lines)
    return tidy(render(cat, subject)) + "\n\n" + tidy(body)


def booking_text(cat, side, subject, title, subtitle, extra, payment):
    lines = [render(cat, title), render(cat, subtitle)]
    if side == "organizer":
        lines.append(" ")  # extraInfo ("" or " ")
    lines.append(rich_description(cat, payment))
    if extra:
        lines.append("\n".join(render(cat, p) for p in extra))
    return tidy(render(cat, subject)) + "\n\n" + tidy("\n".join(lines))


FILLS = [CTA_URL, MEETING, TITLE, TZ, USER, EMAIL, ATTENDEE_EMAIL, ATTENDEE]


def blank(text):
    """`text` without the fixed fills, so that a line holding only a fill ("Demo meeting", a
    name) does not count as an untranslated English line."""
    for f in FILLS:
        text = text.replace(f, "")
    return text


def mails():
    for name, subject, lines in CAL_ACCOUNT_MAILS:
        yield name, lambda cat, s=subject, ls=lines: account_text(cat, s, ls)
    for name, side, subject, title, subtitle, extra, payment in CAL_BOOKING_MAILS:
        yield name, (lambda cat, a=(side, subject, title, subtitle, extra, payment):
                     booking_text(cat, *a))


def cal_items():
    git = os.environ["CALCOM_GIT"]
    cats = {code: json.loads(git_show(git, CAL_COMMIT, CAL_LOCALES.format(code)))
            for code in ["en"] + [c for _, c in LANGS]}
    for lang, code in LANGS:
        seen = set()
        for name, make in mails():
            en_text = make(cats["en"])
            try:
                text = make(cats[code])
            except Missing:
                continue
            if untranslated_lines(blank(text), blank(en_text)) or not is_new(seen, text):
                continue
            slug = name.replace(":", "-")
            yield item(f"calcom-{code}-{slug}", lang, text, "calcom_email",
                       f"github.com/codemod-com/cal.com-demo@{CAL_COMMIT[:12]}:"
                       f"packages/emails/templates/{name.split(':')[0]}.ts + "
                       f"{CAL_LOCALES.format(code)}",
                       f"calcom/cal.com:{name}", "all_plain_text_mails")


# --- Firefly III ---------------------------------------------------------------------------------
FF_COMMIT = "03be2704ce9f61acefb3446b8e43bc9a568ca17d"  # develop of 2024-05-16, the last with catalogues
FF_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("es", "es_ES")]
FF_SITE = "https://firefly.example.com"
FF_IP = "203.0.113.7"
FF_TOKEN = "5f2c9a0e1b7d4c3a"
# Carbon's isoFormat of config.month_and_day_js / config.date_time_js for 2026-11-27 10:00 in each
# language, written by hand (Carbon was not run) (zh_CN "YYYY年M月D日", zh_TW and en_US "MMMM Do, YYYY", es_ES "D MMM YYYY").
FF_DATE = {"en_US": "November 27th, 2026", "zh_CN": "2026年11月27日", "zh_TW": "11月 27日, 2026",
           "es_ES": "27 nov. 2026"}
FF_TIME = {"en_US": "November 27th, 2026, @ 10:00:00", "zh_CN": "2026年11月27日 10:00:00",
           "zh_TW": "11月 27日, 2026, @ 10:00:00", "es_ES": "27 noviembre 2026, 10:00:00"}
FF_BILL = "Demo bill"
FF_TX = "- [Demo purchase](" + FF_SITE + "/transactions/show/1)\nEUR 12.35"
# Every mail view of resources/views/emails/*.blade.php with the subject its Mail or Notification
# class gives it: (name, subject, body), each a list of ("t", key, values) / ("c", key) (trans_choice
# with count 1) / literal lines; the view's blank lines between paragraphs kept.
FF_MAILS = [
    ("admin-test", [("t", "admin_test_subject", {})],
     [("t", "admin_test_body", {"email": "alice@example.com"})]),
    ("bill-warning:end_date", [("t", "bill_warning_subject_end_date", {"diff": "3", "name": FF_BILL})],
     [("t", "bill_warning_end_date", {"name": FF_BILL, "date": "DATE", "diff": "3"}), "",
      ("t", "bill_warning_please_action", {})]),
    ("bill-warning:extension_date",
     [("t", "bill_warning_subject_extension_date", {"diff": "3", "name": FF_BILL})],
     [("t", "bill_warning_extension_date", {"name": FF_BILL, "date": "DATE", "diff": "3"}), "",
      ("t", "bill_warning_please_action", {})]),
    ("bill-warning:end_date_now",
     [("t", "bill_warning_subject_now_end_date", {"diff": "0", "name": FF_BILL})],
     [("t", "bill_warning_end_date_zero", {"name": FF_BILL, "date": "DATE"}), "",
      ("t", "bill_warning_please_action", {})]),
    ("bill-warning:extension_date_now",
     [("t", "bill_warning_subject_now_extension_date", {"diff": "0", "name": FF_BILL})],
     [("t", "bill_warning_extension_date_zero", {"name": FF_BILL, "date": "DATE"}), "",
      ("t", "bill_warning_please_action", {})]),
    ("confirm-email-change", [("t", "email_change_subject", {})],
     [("t", "email_change_body_to_new", {}), "",
      ("t", "email_change_old", {"email": "alice@example.com"}), "",
      ("t", "email_change_new", {"email": "alice.chen@example.com"}), "",
      ("t", "email_change_instructions", {}), "",
      FF_SITE + "/profile/confirm-email-change/" + FF_TOKEN]),
    ("invitation-created", [("t", "invitation_created_subject", {})],
     [("t", "invitation_created_body", {"email": "alice@example.com", "invitee": "bob@example.com"})]),
    ("invitation", [("t", "invite_user_subject", {})],
     [("t", "invitation_introduction", {"host": "firefly.example.com"}), "",
      ("t", "invitation_invited_by", {"invitee": "bob@example.com", "admin": "alice@example.com"}), "",
      ("t", "invitation_url", {"url": FF_SITE + "/invitee/" + FF_TOKEN})]),
    # the host line is left out: the reverse lookup of the address gives no other name
    ("new-ip", [("t", "login_from_new_ip", {})],
     [("t", "new_ip_body", {}), "",
      [("t", "ip_address", {}), ": " + FF_IP], "",
      [("t", "date_time", {}), ": TIME"], "",
      ("t", "new_ip_warning", {})]),
    ("oauth-client-created", [("t", "oauth_created_subject", {})],
     [("t", "oauth_created_body", {"name": "Demo client", "url": "https://app.example.com/callback"}), "",
      ("t", "oauth_created_explanation", {}), "",
      ("t", "oauth_created_undo", {"url": FF_SITE + "/profile"})]),
    ("password", [("t", "reset_pw_subject", {})],
     [("t", "reset_pw_instructions", {}), "", ("t", "reset_pw_warning", {}), "",
      FF_SITE + "/password/reset/" + FF_TOKEN]),
    ("registered-admin", [("t", "registered_subject_admin", {})],
     [("t", "admin_new_user_registered", {"id": "2", "email": "bob@example.com"})]),
    ("registered", [("t", "registered_subject", {})],
     [("t", "registered_welcome", {"address": FF_SITE}), "",
      ["* ", ("t", "registered_pw", {"address": FF_SITE})],
      ["* ", ("t", "registered_help", {})],
      ["* ", ("t", "registered_doc_text", {})], "",
      ("t", "registered_closing", {}), "",
      ["* ", ("t", "registered_firefly_iii_link", {}), f" [{FF_SITE}]({FF_SITE})"],
      ["* ", ("t", "registered_pw_reset_link", {}), f" [{FF_SITE}/password/reset]({FF_SITE}/password/reset)"],
      ["* ", ("t", "registered_doc_link", {}), " [https://docs.firefly-iii.org/](https://docs.firefly-iii.org/)"]]),
    ("report-new-journals", [("c", "new_journals_subject")],
     [("c", "new_journals_header"), "", FF_TX]),
    ("token-created", [("t", "access_token_created_subject", {})],
     [("t", "access_token_created_body", {}), "",
      ("t", "access_token_created_explanation", {}), "",
      ("t", "access_token_created_revoke", {"url": FF_SITE + "/profile"})]),
    ("undo-email-change", [("t", "email_change_subject", {})],
     [("t", "email_change_body_to_old", {}), "",
      ("t", "email_change_ignore", {}), "",
      ("t", "email_change_old", {"email": "alice@example.com"}), "",
      ("t", "email_change_new", {"email": "alice.chen@example.com"}), "",
      [("t", "email_change_undo_link", {}), " " + FF_SITE + "/profile/undo-email-change/" + FF_TOKEN
       + "/7c4a8d09ca3762af"]]),
]


def php_array(src):
    """The 'key' => 'value' pairs of a Laravel lang file (single-quoted strings)."""
    out = {}
    for m in re.finditer(r"'([^']+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", src):
        out[m.group(1)] = m.group(2).replace("\\'", "'").replace("\\\\", "\\")
    return out


def ff_render(cat, code, part):
    if isinstance(part, str):
        return part.replace("TIME", FF_TIME[code])
    if isinstance(part, list):
        return "".join(ff_render(cat, code, p) for p in part)
    if part[0] == "c":  # trans_choice with one item: the first form
        return cat[part[1]].split("|")[0] if part[1] in cat else "email." + part[1]
    _, key, values = part
    if key not in cat:
        return "email." + key  # what Laravel prints for a key no catalogue has
    text = cat[key]
    for k in sorted(values, key=len, reverse=True):
        v = FF_DATE[code] if values[k] == "DATE" else values[k]
        text = text.replace(":" + k, v)
    return text


def ff_text(cat, code, subject, body):
    """The HTML mail read as text: subject; greeting, the view, closing, signature (the markdown
    message layout, resources/views/vendor/mail/html/message.blade.php), the footer's PS."""
    lines = [ff_render(cat, code, ("t", "greeting", {})), ""]
    lines += [ff_render(cat, code, p) for p in body]
    lines += ["", ff_render(cat, code, ("t", "closing", {})), "",
              ff_render(cat, code, ("t", "signature", {})), "",
              ff_render(cat, code, ("t", "footer_ps", {"ipAddress": FF_IP}))]
    body_text = markdown_text(re.sub(r"<[^>]+>", "", "\n".join(lines)))
    return ff_render(cat, code, subject[0]) + "\n\n" + body_text


def ff_items():
    git = os.environ["FIREFLY_GIT"]
    cats = {code: php_array(git_show(git, FF_COMMIT, f"resources/lang/{code}/email.php"))
            for code in ["en_US"] + [c for _, c in FF_LANGS]}
    en_fill = [FF_SITE, FF_BILL, FF_IP, "Demo purchase", "Demo client", "alice@example.com",
               "bob@example.com", "alice.chen@example.com", "firefly.example.com"]

    def ff_blank(text):
        """`text` without its links and fills (as `blank`)."""
        text = re.sub(r"https?://\S+", "", text)
        for f in en_fill:
            text = text.replace(f, "")
        return text

    for lang, code in FF_LANGS:
        seen = set()
        for name, subject, body in FF_MAILS:
            en_text = ff_text(cats["en_US"], "en_US", subject, body)
            text = ff_text(cats[code], code, subject, body)
            if re.search(r"\bemail\.[a-z_]+", ff_blank(text)):  # a key missing in every catalogue: sent as the key
                continue
            if untranslated_lines(ff_blank(text), ff_blank(en_text)) or not is_new(seen, text):
                continue
            view = name.split(":")[0]
            yield item(f"firefly-{code}-{name.replace(':', '-')}", lang, text, "firefly_iii_email",
                       f"github.com/firefly-iii/firefly-iii@{FF_COMMIT[:12]}:"
                       f"resources/views/emails/{view}.blade.php + resources/lang/{code}/email.php",
                       f"firefly-iii/firefly-iii:{name}", "all_email_views")


# --- Snipe-IT ------------------------------------------------------------------------------------
SI_COMMIT = "5aa5c48018f25ae5eb8671bc278469e85d0ac054"  # master of 2025-05-23
SI_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW"), ("es", "es-ES")]
SI_SITE = "Demo IT"  # the site name of the settings, which signs every mail
SI_ACCEPT = "https://snipe.example.com/account/accept/42"
# One asset, accessory, licence and consumable checked out to Alice Chen by the admin Bob, with a
# note, acceptance required and no EULA (the branch "click_on_the_link_asset" and the accept link).
SI_ACCEPT_LINES = ["", ("mail", "click_on_the_link_asset"), "",
                   ["**[✔ ", ("mail", "i_have_read"), "](" + SI_ACCEPT + ")**"]]
SI_ADMIN_NOTE = [[("general", "administrator"), " | Bob"], [("mail", "additional_notes"), " | Demo note"]]
SI_NOTE_ADMIN = [[("mail", "additional_notes"), " | Demo note"], [("general", "administrator"), " | Bob"]]


def si_row(group, key, value):
    return [(group, key), " | " + value]


SI_HELLO = [["# ", ("mail", "hello"), " Alice Chen,"], ""]
SI_ASSET_ROWS = [si_row("mail", "asset_name", "Demo laptop"), si_row("mail", "asset_tag", "DEMO-0042"),
                 si_row("general", "category", "Demo category"),
                 si_row("general", "manufacturer", "Demo maker"),
                 si_row("general", "asset_model", "Demo model"), si_row("general", "model_no", "DM-100"),
                 si_row("mail", "serial", "SN-7c4a8d09")]
SI_CLOSE = ["", ("mail", "best_regards"), "", SI_SITE]
# Every mail view of resources/views/mail/markdown/ and notifications/markdown/ that is a message
# about one item (the reports, lists of records, are not taken), with the subject its class gives:
# (name, subject, body lines); a table row is written "label | value".
SI_MAILS = [
    ("checkout-asset", [("mail", "Asset_Checkout_Notification")],
     SI_HELLO + [("mail", "new_item_checked_with_acceptance"), ""] + SI_ASSET_ROWS
     + [si_row("mail", "checkout_date", "2026-11-27 10:00"), si_row("general", "status", "Demo status"),
        si_row("mail", "expecting_checkin_date", "2026-12-27")] + SI_ADMIN_NOTE + SI_ACCEPT_LINES
     + [""] + SI_CLOSE),
    ("checkout-asset:reminder", [("mail", "unaccepted_asset_reminder")],
     SI_HELLO + [("mail", "recent_item_checked"), ""] + SI_ASSET_ROWS
     + [si_row("mail", "checkout_date", "2026-11-27 10:00"), si_row("general", "status", "Demo status"),
        si_row("mail", "expecting_checkin_date", "2026-12-27")] + SI_ADMIN_NOTE + SI_ACCEPT_LINES
     + [""] + SI_CLOSE),
    ("checkin-asset", [("mail", "Asset_Checkin_Notification")],
     SI_HELLO + [("mail", "the_following_item"), ""] + SI_ASSET_ROWS
     + [si_row("mail", "checkout_date", "2026-11-27 10:00"), si_row("general", "status", "Demo status")]
     + SI_ADMIN_NOTE + SI_CLOSE),
    ("checkout-accessory", [("mail", "Accessory_Checkout_Notification")],
     SI_HELLO + [("mail", "new_item_checked"), "",
                 si_row("mail", "checkout_date", "2026-11-27 10:00"),
                 si_row("general", "accessory", "Demo mouse"), si_row("general", "manufacturer", "Demo maker"),
                 si_row("general", "model_no", "DM-200"), si_row("general", "qty", "1")]
     + SI_NOTE_ADMIN + SI_ACCEPT_LINES + [""] + SI_CLOSE),
    ("checkin-accessory", [("mail", "Accessory_Checkin_Notification")],
     SI_HELLO + [("mail", "the_following_item"), "", si_row("mail", "asset_name", "Demo mouse"),
                 si_row("general", "manufacturer", "Demo maker"), si_row("general", "model_no", "DM-200")]
     + SI_ADMIN_NOTE + SI_CLOSE),
    # the licence key row ("**Key**", an English literal) is shown only to a reader allowed to view
    # the licence: left out (the reader is an ordinary user)
    ("checkout-license", [("mail", "Confirm_license_delivery")],
     SI_HELLO + [("mail", "new_item_checked"), "", si_row("mail", "checkout_date", "2026-11-27 10:00"),
                 si_row("general", "license", "Demo licence"), si_row("general", "manufacturer", "Demo maker"),
                 si_row("general", "category", "Demo category")]
     + SI_NOTE_ADMIN + SI_ACCEPT_LINES + [""] + SI_CLOSE),
    ("checkin-license", [("mail", "License_Checkin_Notification")],
     SI_HELLO + [("mail", "the_following_item"), "", si_row("mail", "asset_name", "Demo licence"),
                 si_row("general", "manufacturer", "Demo maker")]
     + SI_ADMIN_NOTE + SI_CLOSE),
    ("checkout-consumable", [("mail", "Confirm_consumable_delivery")],
     SI_HELLO + [("mail", "new_item_checked"), "", si_row("mail", "checkout_date", "2026-11-27 10:00"),
                 si_row("general", "consumable", "Demo toner"), si_row("general", "qty", "1"),
                 si_row("general", "manufacturer", "Demo maker"), si_row("general", "qty", "1"),
                 si_row("general", "model_no", "DM-300")]
     + SI_NOTE_ADMIN + SI_ACCEPT_LINES + [""] + SI_CLOSE),
    ("asset-reminder", [("mail", "unaccepted_asset_reminder")],
     SI_HELLO + [("mail", "item_checked_reminder", {"count": "1"}),
                 ["[", ("general", "click_here"), "](" + SI_ACCEPT + ")"]] + SI_CLOSE),
    ("expected-checkin", [("mail", "Expected_Checkin_Notification", {"name": "Demo laptop (DEMO-0042)"})],
     [["# ", ("mail", "hello"), ","], "", ("mail", "Expected_Checkin_Date", {"date": "2026-12-27"}), "",
      [("mail", "asset_name"), " Demo laptop"], [("mail", "asset_tag"), " DEMO-0042"],
      [("mail", "serial"), ": SN-7c4a8d09"], "",
      ["**[", ("mail", "your_assets"), "](https://snipe.example.com/account/view-assets)**"]] + SI_CLOSE),
    ("asset-acceptance:accepted", [("mail", "acceptance_asset_accepted")],
     [["# ", ("mail", "hello"), ","], "", [("mail", "acceptance_asset_accepted"), "."], "",
      si_row("mail", "user", "Alice Chen"), [("general", "accepted", "ucfirst"), " | 2026-11-27 10:00"],
      [("general", "declined", "ucfirst"), " | "], si_row("general", "notes", "Demo note"),
      si_row("general", "status", "Demo status"), si_row("mail", "asset_tag", "DEMO-0042"),
      si_row("general", "category", "Demo category"), si_row("mail", "asset_name", "Demo model"),
      si_row("general", "asset_model", "Demo model"), si_row("mail", "serial", "SN-7c4a8d09")] + SI_CLOSE),
    ("asset-acceptance:declined", [("mail", "acceptance_asset_declined")],
     [["# ", ("mail", "hello"), ","], "", [("mail", "acceptance_asset_declined"), "."], "",
      si_row("mail", "user", "Alice Chen"), [("general", "accepted", "ucfirst"), " | "],
      [("general", "declined", "ucfirst"), " | 2026-11-27 10:00"], si_row("general", "notes", "Demo note"),
      si_row("general", "status", "Demo status"), si_row("mail", "asset_tag", "DEMO-0042"),
      si_row("general", "category", "Demo category"), si_row("mail", "asset_name", "Demo model"),
      si_row("general", "asset_model", "Demo model"), si_row("mail", "serial", "SN-7c4a8d09")] + SI_CLOSE),
    ("asset-requested", [("mail", "Item_Requested")],
     [["# ", ("mail", "hello"), ","], "", [("mail", "a_user_requested"), "."], "",
      si_row("general", "qty", "1"),
      [("mail", "user"), " | [Alice Chen](https://snipe.example.com/users/7)"],
      si_row("general", "requested", "2026-11-27 10:00"), si_row("mail", "asset_tag", "DEMO-0042"),
      si_row("general", "category", "Demo category"), si_row("mail", "asset_name", "Demo laptop"),
      si_row("general", "status", "Demo status"), si_row("general", "manufacturer", "Demo maker"),
      si_row("general", "asset_model", "Demo model"), si_row("general", "model_no", "DM-100"),
      si_row("mail", "serial", "SN-7c4a8d09")] + SI_CLOSE),
    ("test", [("mail", "test_email")],
     ["", ("mail", "test_mail_text"), "", "Thanks,", "Snipe-IT"]),
]


def php_top_level(src):
    """The top-level 'key' => 'string' pairs of a Laravel lang file (nested arrays skipped)."""
    out, depth = {}, 0
    token = re.compile(r"'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)'|'(?:[^'\\]|\\.)*'|\[|\]")
    for m in token.finditer(src):
        t = m.group(0)
        if t == "[":
            depth += 1
        elif t == "]":
            depth -= 1
        elif m.group(1) is not None and depth == 1:
            out[m.group(1)] = m.group(2).replace("\\'", "'").replace("\\\\", "\\")
    return out


def si_render(cats, part):
    if isinstance(part, str):
        return part
    if isinstance(part, list):
        return "".join(si_render(cats, p) for p in part)
    group, key = part[0], part[1]
    cat = cats[group]
    if key not in cat:
        return f"{group}.{key}"  # what Laravel prints when no catalogue has it
    text = cat[key]
    if len(part) > 2 and part[2] == "ucfirst":
        return text[:1].upper() + text[1:]
    if len(part) > 2:
        for k, v in sorted(part[2].items(), key=lambda kv: -len(kv[0])):
            text = text.replace(":" + k, v)
    return text.split("|")[0] if key in ("upcoming-audits",) else text


def si_text(cats, subject, body):
    text = "\n".join(si_render(cats, p) for p in body)
    text = re.sub(r"^# ", "", text, flags=re.M)
    return si_render(cats, subject[0]) + "\n\n" + markdown_text(text)


def si_items():
    git = os.environ["SNIPEIT_GIT"]

    def cats_of(code):
        return {g: php_top_level(git_show(git, SI_COMMIT, f"resources/lang/{code}/{g}.php"))
                for g in ("mail", "general")}

    en = cats_of("en-US")
    fills = ["Demo laptop (DEMO-0042)", "Demo laptop", "Demo mouse", "Demo licence", "Demo toner",
             "Demo model", "Demo maker", "Demo category", "Demo status", "Demo note", "Alice Chen",
             SI_SITE, "DEMO-0042", "SN-7c4a8d09"]

    def si_blank(text):
        text = re.sub(r"https?://\S+", "", text)
        for f in fills:
            text = text.replace(f, "")
        return text

    for lang, code in SI_LANGS:
        cats = cats_of(code)
        seen = set()
        for name, subject, body in SI_MAILS:
            text = si_text(cats, subject, body)
            en_text = si_text(en, subject, body)
            if re.search(r"\b(mail|general)\.[A-Za-z_-]+", si_blank(text)):
                continue
            if untranslated_lines(si_blank(text), si_blank(en_text)) or not is_new(seen, text):
                continue
            view = name.split(":")[0]
            yield item(f"snipeit-{code}-{name.replace(':', '-')}", lang, text, "snipeit_email",
                       f"github.com/snipe/snipe-it@{SI_COMMIT[:12]}: the view {view}.blade.php + "
                       f"resources/lang/{code}/{{mail,general}}.php",
                       f"snipe/snipe-it:{name}", "item_mail_views")


def items():
    yield from cal_items()
    yield from ff_items()
    yield from si_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
