#!/usr/bin/env python3
"""Rebuild the forty-third batch of tests/data/real/ (issue 12): the mails of Cal.com (the
scheduling product), in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts are taken, never
English: Cal.com's English catalogue serves only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-43.sh   # or set CALCOM_GIT to a bare git dir of codemod-com/cal.com-demo
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

Rendering: i18next's `{{name}}` interpolation (a value the string names but the caller does not
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


def items():
    yield from cal_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
