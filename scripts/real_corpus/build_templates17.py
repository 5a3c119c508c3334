#!/usr/bin/env python3
"""Rebuild the twenty-first batch of tests/data/real/ (issue 12): the SMS and e-mail notifications
of the Canvas learning-management system (instructure/canvas-lms, AGPL-3.0): password reset,
account registration and confirmation, SMS number confirmation with a code, e-mail address
confirmation and account merge, course invitations and enrolments, account-admin, group,
appointment, grading, comment, conversation, file, export and conference notices, in zh-Hans,
zh-Hant and es only, never English: English strings (each template's own defaults) serve only to tell
an untranslated string.

And the e-mails of the Matomo web-analytics server (matomo-org/matomo, GPL-3.0): security
notifications, password reset and change, e-mail change, invitation, suspicious log-ins, tracking
failures, missing tracking code, plugin-trial request and the update notice, in the same languages.

Usage:
    . /work/rebuild-21.sh   # sets MATOMO_GIT (bare git dir of matomo-org/matomo); needs PyYAML
    python3 scripts/real_corpus/build_templates17.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates17.py assemble     # write the jsonl files
(Canvas's inputs are under scripts/real_corpus/raw/canvas/; Matomo is read from its git dir)

Source (see tests/data/real/README.md, section "Twenty-first batch (templates)"). The repository is
over the fetch limit, so its files were read through the file index (one stored version per file,
its commit recorded) and copied verbatim under scripts/real_corpus/raw/canvas/:
  * app/messages/<notification>.sms.erb and <notification>.email.erb: the SMS and plain-text e-mail
    templates of every notification in CANVAS_SMS and CANVAS_EMAIL, at the commit named for each;
  * config/locales/{zh-Hans,zh-Hant,es}.messages-{sms,email}.yml: excerpts of
    config/locales/<lang>.yml at LOCALE_COMMITS: the `sms:` (and `summary: body:` the peer-review SMS
    calls) or the `email:` mapping (without its `html:` part) of each of those notifications under
    `messages:`, and the top-level `before_label_wrapper`.

Selection: every SMS and plain-text e-mail template of app/messages/ whose strings are all looked up
by a key under `messages.<notification>.<sms|email>` (a template with an inline English string, keyed
by a hash at the top level of the 0.9–2.8-million-character locale files, with literal English text,
or built by a presenter class, is not taken; see the README). Each template is rendered as the ERB
would render it (CANVAS_SMS and CANVAS_EMAIL spell out its lines; an e-mail is its subject, a blank
line and its body): a `case`, `if … elsif … else` or `a ? b : c` takes its last branch (the student,
course, individual or own-grade case); an `if` or `unless` without `else` (score lines, comments,
attachments, a username that differs from the e-mail) is left out; `before_label` puts the locale's
`before_label_wrapper` around a label; HTML tags are dropped. A template is skipped in a language
whose excerpt lacks one of its strings (Canvas would fall back to English) or whose text leaves a
line in English (`english_line` for Chinese, `untranslated_lines` against the English rendering for
both, placeholders and record values left empty in both). Values: `Alice Chen` / `bob`, `Demo …`
names and record texts, links on canvas.example.com, the code 482913, 2026-11-27 10:00.
Near-duplicates collapse within a language and channel. Cut at 500 characters.

Matomo (MATOMO_COMMIT): every Mail class of plugins/*/Emails/ (the abstract security notification
through its twelve subclasses) and the core-update mail of plugins/CoreUpdater, as MATOMO_MAILS spells
out their subject and paragraphs (PHP `if … return` takes its last return; the two kinds of the
user-info-changed mail are two mails); strings from lang/<code>.json and plugins/*/lang/<code>.json
(zh-cn, zh-tw, es); a mail is skipped in a language lacking one of its strings (Matomo falls back to
English) or leaving a line in English. The HTML wrapper's header (a dashboard link) and footer
("Powered by Matomo") are left out; HTML tags dropped, a link keeps its label and address (once
where they are the same).

Split: `corpus.hashed_split` on `instructure/canvas-lms:<notification>` (all languages and both
channels of one notification on one side) and `matomo-org/matomo:<mail>`.
"""

import html
import json
import os
import re

import yaml

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from build_templates14 import php_sprintf
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates17.tsv")
SELECTION = "templates17"
RAW = os.path.join(HERE, "raw", "canvas")

REPO = "instructure/canvas-lms"
LOCALE_COMMITS = {
    "zh-Hans": "00b222d77ee43d046e6aee0347c4ed5b27e1741f",
    "zh-Hant": "015ea4deb653c6fecb050beb21ba9c7506e4b76c",
    "es": "009df1d49518143eb7173ae48bd4c78b32f40e2a",
}

CODE = "482913"
HOST = "canvas.example.com"
COURSE_URL = "https://canvas.example.com/courses/101"
COURSE = "Demo Course"
ASSIGNMENT = "Demo Essay"
APPOINTMENT = "Demo Office Hours"
GROUP = "Demo Study Group"
ACCOUNT = "Demo University"
DATE = "2026-11-27 10:00"
STUDENT = "Alice Chen"
OTHER = "bob"

VALUES = {
    "url": HOST, "web_address": HOST, "website": HOST, "link": HOST,
    "course": COURSE, "course_name": COURSE, "context": COURSE, "name": COURSE,
    "course_or_group": COURSE, "assignment_name": ASSIGNMENT, "assignment": ASSIGNMENT,
    "title": ASSIGNMENT, "appointment_name": APPOINTMENT, "override": "Demo Section",
    "group_name": GROUP, "group": GROUP, "account": ACCOUNT, "account_name": ACCOUNT,
    "document": "Demo Notes", "confirmation_code": CODE, "date": DATE, "reviewee": OTHER,
    "author": OTHER, "user": OTHER, "user_name": OTHER, "student": STUDENT,
    "notifications_count": "3", "host": HOST, "role_type": "Account Admin",
    "discussion_topic": "Demo Discussion", "event_title": "Demo Lecture", "quiz": "Demo Quiz",
    "quiz_title": "Demo Quiz", "rubric": "Demo Rubric", "email": "alice@example.com",
    "login_identifier": "alice@example.com", "count": "3", "product_name": "Canvas",
    "assignment_title": ASSIGNMENT, "start_date_time": DATE, "end_date_time": "2026-11-27 11:00",
    "group_category": "Demo Groups", "course_or_account": COURSE, "id": "ContentExport:42",
}


def t(key, **values):
    """A translated string of the template (its key, and values that differ from VALUES)."""
    return ("t", key, values)


def label(key):
    """`before_label :key`: the string `labels.<key>` wrapped in `before_label_wrapper`."""
    return ("label", key)


def v(text):
    """Text the template takes from the record (a name, a message excerpt), not translated."""
    return ("v", text)


MORE = [[], [t("more_info")]]
ENROLMENT = [[t("body_student")], [label("name"), v(" " + STUDENT)],
             [label("email"), v(" alice@example.com")], [], [], [t("details")]]

# notification -> (commit of the stored app/messages/<name>.sms.erb, its lines: lists of parts)
CANVAS_SMS = {
    "added_to_conversation": ("1160f000fc8a6c67c478e626c8c8ea24ad08fb93",
                              [[t("body")]] + MORE),
    "alert": ("05698526a24f1a9af6e2c00826e04cd15b51b208",
              [[t("body")], [], [t("more_info", url=COURSE_URL)]]),
    "appointment_canceled_by_user": ("3bf5d19b92b696440e923611868c671a0a7e6703",
                                     [[t("message")]] + MORE),
    "appointment_deleted_for_user": ("5252122bea6e3b4c9a11e3b02897b360c353cb45",
                                     [[t("message")]] + MORE),
    "appointment_group_deleted": ("201843f87829d19576f7917a8fa1f0d2dae2782f",
                                  [[t("message")]] + MORE),
    "appointment_group_published": ("5252122bea6e3b4c9a11e3b02897b360c353cb45",
                                    [[t("message")]] + MORE),
    "appointment_group_updated": ("4174c336441e68cfa8a42955a724b76ccc354242",
                                  [[t("message")]] + MORE),
    "appointment_reserved_by_user": ("95c33a5f6272206fd61d466c414cf2fef1dcea5f",
                                     [[t("message")]] + MORE),
    "appointment_reserved_for_user": ("0a2a564d6734184ca55c0c9003dbb2681d1a0d4b",
                                      [[t("message")]] + MORE),
    "assignment_due_date_override_changed": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113",
        [[t("assignment_due_date_changed")], [t("no_due_date")], [], [t("more_info_at_url")]]),
    "assignment_graded": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                          [[t("assignment_is_graded")], [], [t("more_info_at")]]),
    "assignment_submitted_late": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("user_submitted", user_name=STUDENT)], [],
                                   [t("more_info_at")]]),
    "assignment_unmuted": ("185ba871b94b95ccc1d978a2787854c6900c0da4", [[t("body")]]),
    "blueprint_content_added": ("3d4767776490c8f704581e1fff2806c73da91169",
                                [[t("body")], [], [t("link_message", url=COURSE_URL)]]),
    "blueprint_sync_complete": ("585bbd47d167981a5d6c6f5c847ddd6dc2af251b",
                                [[t("body")], [], [t("link_message", url=COURSE_URL)]]),
    "collaboration_invitation": ("3f8fed79dff2682fbb55ef25afdd5dde60c43e04", [[t("body")]]),
    "confirm_sms_communication_channel": ("40c90fba5576ff9091c06c1a0c6edddb59392d2f",
                                          [[t("body", user=STUDENT)]]),
    "conversation_message": ("0334119d22d41ccef208ee3cb07345acdfb5d23b",
                             [[t("body")], [], [v("Demo message")]]
                             + MORE),
    "enrollment_accepted": ("340492bf5dd95afc4d8ef001635d2a94c8c2f744",
                            [[t("body_student", user=STUDENT)], [], [t("details")]]),
    "enrollment_invitation": ("0cc2f48b32d0ff1c90b530fed433c199d74e562c", ENROLMENT),
    "enrollment_notification": ("340492bf5dd95afc4d8ef001635d2a94c8c2f744", ENROLMENT),
    "enrollment_registration": ("0a2a564d6734184ca55c0c9003dbb2681d1a0d4b", ENROLMENT),
    "group_assignment_submitted_late": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                        [[t("subject")]] + MORE),
    "group_membership_accepted": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("course_group")]] + MORE),
    "group_membership_rejected": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                  [[t("course_group")]] + MORE),
    "new_account_user": ("174c1968c17b697b1f2bcad8bb85124b4821dd52",
                         [[t("body")], [], [t("details")]]),
    "new_context_group_membership_invitation": ("4e1ce39f7b2b219db30dee1fb9f38bf54d86e639",
                                                [[t("body_course")], [], [t("details")]]),
    "new_file_added": ("104034e70b17d504a1402713473673973bdbe8d4",
                       [[t("body")], [v("Demo Syllabus.pdf (120 KB)")]]),
    "new_user": ("6437c1df367ecfc423916616995a9da7d853cb80", [[t("body")], [], [t("details")]]),
    "peer_review_invitation": ("70b1d179b5d10d03064863db757018eb13cf05d3",
                               [[t("#messages.peer_review_invitation.summary.body")]] + MORE),
    "pseudonym_registration": ("69a43203033d797d9d5be3e23f7b849f228daa06", [[t("body")]]),
    "pseudonym_registration_done": ("54b7f5c9bec47b3b54f8f56806cdc152caeced76",
                                    [[t("body")], [],
                                     [t("link", link="https://canvas.example.com/profile")]]),
    "quiz_regrade_finished": ("957c3024a3ef2a93444cdf9f0b8d1e3af50ec7c2",
                              [[t("body_sms", title="Demo Quiz")]] + MORE),
    "submission_comment_for_teacher": ("0465682281bba59284112f2c1470ed34b28e4405",
                                       [[t("sms_body", user=STUDENT)]] + MORE),
    "submission_grade_changed": ("0a32ee7191b5d989fae3fd49e2290cf30b2abff8",
                                 [[t("body_sms")], [], [t("regraded_date")]] + MORE),
    "submission_graded": ("028493ce8b7e646347eb02294b101ac26c909a98", [[t("sms_body")]]),
    "submission_needs_grading": ("41d5597c2e574ef51e0f60f930c591a8996618c1",
                                 [[t("body_sms")], [], [t("regraded_date")]] + MORE),
    "submission_posted": ("37a992009f0fc398666b1ddbb85e9ace9aca0a7f",
                          [[t("body")], [],
                           [t("link_message",
                              link=COURSE_URL + "/assignments/7/submissions/42")]]),
    "summaries": ("14797cfd2257af42e98a35106be9c3b746038900", [[t("notifications_sms")]]),
    "web_conference_recording_ready": ("c1da7ad25e90381e1c84d654fb43c68604fb5514",
                                       [[t("body", title="Demo Lecture")], [],
                                        [t("link_message")]]),
}

KEY = "5f2c9a0e1b7d4c3a"
ASSIGN_URL = COURSE_URL + "/assignments/7"
SUB_URL = ASSIGN_URL + "/submissions/42"
GROUP_URL = COURSE_URL + "/groups/5"
APPT_URL = "https://canvas.example.com/appointment_groups/3"
REGISTER_URL = "https://canvas.example.com/register/" + KEY
EVENT_URL = COURSE_URL + "/calendar_events/9"
QUIZ_URL = COURSE_URL + "/quizzes/4"
REASON = "Demo reason"


def date_line(label_key, value):
    return [label(label_key), v(" " + value)]


APPT_BOOKED = [[label("details")], date_line("date_and_time", DATE + " - 10:30"),
               date_line("attendee", STUDENT), date_line("course", COURSE)]
APPT_GROUP = [[label("details")], date_line("dates", "2026-11-27"),
              [label("signup_type"), v(" "), t("individual_signup")], date_line("course", COURSE)]
ENROL_EMAIL = [date_line("name", STUDENT), date_line("email", "alice@example.com"), [], []]

# notification -> (commit of the stored app/messages/<name>.email.erb, subject parts, body lines)
CANVAS_EMAIL = {
    "account_user_notification": (
        "33a7ac43f18a23175d6deaeb3f846d1fd4e4b141", [t("subject")],
        [[t("#messages.account_user_registration.email.added_message")], [],
         [t("url_info", url="https://canvas.example.com/accounts/1")]]),
    "account_user_registration": (
        "37e9b83a5cd412186ad3e49ea6148656c3964b5a", [t("subject")],
        [[t("added_message")], [], [t("name_info", name=STUDENT)],
         [t("email_info", email="alice@example.com")], [], [t("url_info", url=REGISTER_URL)]]),
    "added_to_conversation": (
        "1160f000fc8a6c67c478e626c8c8ea24ad08fb93", [t("subject")],
        [[t("body")], [], [v("http://canvas.example.com/conversations/#/conversations/12")]]),
    "announcement_reply": (
        "4a4f74fefe994bd5bcdfa02f94e7c650df3739e5", [t("subject")],
        [[t("body")], [], [v("Demo comment")], [], [t("discussion_entry_reply_message")],
         [v(COURSE_URL + "/discussion_topics/8")]]),
    "appointment_canceled_by_user": (
        "340492bf5dd95afc4d8ef001635d2a94c8c2f744", [t("subject")],
        [[t("message")], []] + APPT_BOOKED
        + [[], [label("cancel_reason")], [v(REASON)], [], [t("instructions", link=APPT_URL)]]),
    "appointment_deleted_for_user": (
        "340492bf5dd95afc4d8ef001635d2a94c8c2f744", [t("subject")],
        [[t("message")], []] + APPT_BOOKED
        + [[], [label("cancel_reason")], [v(REASON)], [], [t("instructions", link=APPT_URL)]]),
    "appointment_group_deleted": (
        "0a2a564d6734184ca55c0c9003dbb2681d1a0d4b", [t("subject")],
        [[t("message")], [], [label("details")], date_line("dates", "2026-11-27"),
         date_line("course", COURSE), [], [label("cancel_reason")], [v(REASON)]]),
    "appointment_group_published": (
        "00adc68b59aa9483cb211c12d5b645346199e1b8", [t("subject")],
        [[t("message")], []] + APPT_GROUP + [[], [t("instructions", link=APPT_URL)]]),
    "appointment_group_updated": (
        "5252122bea6e3b4c9a11e3b02897b360c353cb45", [t("subject")],
        [[t("message")], []] + APPT_GROUP + [[], [t("instructions", link=APPT_URL)]]),
    "appointment_reserved_by_user": (
        "00adc68b59aa9483cb211c12d5b645346199e1b8", [t("subject")],
        [[t("message", user=STUDENT)], []] + APPT_BOOKED),
    "appointment_reserved_for_user": (
        "33a7ac43f18a23175d6deaeb3f846d1fd4e4b141", [t("subject")],
        [[t("message")], []] + APPT_BOOKED + [[], [t("instructions", link=APPT_URL)]]),
    "assignment_changed": ("51f4737ca32332c19238106f54467f2d92bc5807", [t("subject")],
                           [[t("body", url=ASSIGN_URL)]]),
    "assignment_due_date_changed": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("assignment_due_date_changed")],
        [[t("assignment_due_date_changed_sentence")], [], [t("no_due_date")], [], [],
         [label("click_to_see_assignment"), v(" ")], [v(ASSIGN_URL)]]),
    "assignment_due_date_override_changed": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113", [t("assignment_due_date_changed")],
        [[t("assignment_due_date_changed_sentence")], [], [t("no_due_date")], [], [],
         [label("click_to_see_assignment"), v(" ")], [v(ASSIGN_URL)]]),
    "assignment_graded": ("3f9ab8b776615930868beb587b841a2c965c37bf", [t("assignment_graded")],
                          [[t("the_assignment_is_graded")], [], [label("view_here")],
                           [v(ASSIGN_URL)]]),
    "assignment_resubmitted": (
        "10e42a108a286fd985a13d490904e9bb4b7194a5", [t("user_resubmitted", user_name=STUDENT)],
        [[t("user_resubmitted_sentence", user_name=STUDENT)], [], [label("view_submission")],
         [v(SUB_URL)]]),
    "assignment_submitted_late": (
        "51f4737ca32332c19238106f54467f2d92bc5807", [t("user_submitted", user_name=STUDENT)],
        [[t("user_resubmitted_sentence", user_name=STUDENT)], [], [label("view_submission")],
         [v(SUB_URL)]]),
    "assignment_unmuted": ("185ba871b94b95ccc1d978a2787854c6900c0da4", [t("subject")],
                           [[t("body", url=ASSIGN_URL)]]),
    "blueprint_content_added": ("3d66ec5d74bb0c2a3bd7cd1e7686de39e120afe2", [t("subject")],
                                [[t("body")], [], [t("details_link", link=COURSE_URL)]]),
    "blueprint_sync_complete": ("3d66ec5d74bb0c2a3bd7cd1e7686de39e120afe2", [t("subject")],
                                [[t("body")], [], [t("details_link", link=COURSE_URL)]]),
    "confirm_email_communication_channel": (
        "05698526a24f1a9af6e2c00826e04cd15b51b208", [t("subject")],
        [[t("body", email="alice@example.com", user=STUDENT)], [], [t("details")],
         [v(REGISTER_URL)]]),
    "confirm_registration": (
        "37e9b83a5cd412186ad3e49ea6148656c3964b5a", [t("subject", product_name="Canvas")],
        [[t("body", product_name="Canvas", user=STUDENT)], [], [t("details")],
         [v(REGISTER_URL)]]),
    "content_export_failed": ("425bb46bdc31ba88d379dc3b0beae4ca6f53bd53", [t("subject")],
                              [[t("body", id="ContentExport:42")], [],
                               [v(COURSE_URL + "/content_exports")]]),
    "content_export_finished": ("0f50fa8a07de0e19717043805f5c75287dfa60d4", [t("subject")],
                                [[t("body")], [], [v(COURSE_URL + "/content_exports")]]),
    "enrollment_accepted": ("28b68a231d650d9da4d9d056944c25abcf7e8113",
                            [t("subject", user=STUDENT)],
                            [[t("body_student", user=STUDENT)], [], [t("details")],
                             [v(COURSE_URL + "/details")]]),
    "enrollment_invitation": ("0cc2f48b32d0ff1c90b530fed433c199d74e562c", [t("subject")],
                              [[t("body_student")]] + ENROL_EMAIL
                              + [[t("details")], [v(COURSE_URL + "?invitation=" + KEY)]]),
    "enrollment_notification": ("0cc2f48b32d0ff1c90b530fed433c199d74e562c", [t("subject")],
                                [[t("body_student")]] + ENROL_EMAIL
                                + [[t("details")], [v(COURSE_URL)]]),
    "enrollment_registration": ("0cc2f48b32d0ff1c90b530fed433c199d74e562c", [t("subject")],
                                [[t("body_student")]] + ENROL_EMAIL
                                + [[t("details")], [v(COURSE_URL + "?invitation=" + KEY)]]),
    "event_date_changed": (
        "1af420f20054bd6b9773d8a00e2de01cab952b4e", [t("subject", event_title="Demo Lecture")],
        [[t("email_body", event_title="Demo Lecture")], [],
         [t("from_to_time", start_date_time=DATE, end_date_time="2026-11-27 11:00")], [],
         [label("see_details")], [v(EVENT_URL)]]),
    "forgot_password": (
        "613ca333ac2a2ec021f0bcbffb4ec83c50fb04c6", [t("subject")],
        [[t("requested_password_reset")], [t("associated_login", login_identifier="alice@example.com")],
         [], [label("click_to_reset")],
         [v("https://canvas.example.com/pseudonyms/42/change_password/" + KEY)]]),
    "grade_weight_changed": ("1b24f81504c07f27d2487394ebe90628f2f11945",
                             [label("subject"), v(" " + COURSE)],
                             [[t("grade_changed")], [t("grading_based_on_points")], [],
                              [label("now_see_here")], [v(COURSE_URL + "/assignments")]]),
    "group_assignment_submitted_late": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113", [t("subject")],
        [[t("body")], [], [label("view_submission_here")], [v(SUB_URL)]]),
    "group_membership_accepted": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("subject")],
        [[t("group_request_accepted")], [t("course_group")], [], [label("click_below")],
         [v(GROUP_URL)]]),
    "group_membership_rejected": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("subject")],
        [[t("group_request_rejected")], [t("course_group")], [], [label("click_below")],
         [v(COURSE_URL + "/groups")]]),
    "merge_email_communication_channel": ("28b68a231d650d9da4d9d056944c25abcf7e8113",
                                          [t("subject")], [[t("body")], [v(REGISTER_URL)]]),
    "new_account_user": ("09816ec03b07cd3a0b6fd6bf9c2376e9ec2769d7", [t("subject")],
                         [[t("body")], [], [t("details")], [v("http://canvas.example.com")]]),
    "new_context_group_membership": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113", [t("subject")],
        [[t("title")], [], [t("body_course")], [], [t("details_account")],
         [v(COURSE_URL + "/groups")]]),
    "new_context_group_membership_invitation": (
        "03f405c9c2e10e0d973d9e5978e91169b9f8f122", [t("subject")],
        [[t("title")], [], [t("body_course")], [], [t("details")], [v(GROUP_URL)]]),
    "new_course": ("16a27d34469183042817375ec84f60aa23e73d4d", [t("subject")],
                   [[t("title")], [], [t("body")], [], [v("http://canvas.example.com/courses/101")]]),
    "new_discussion_topic": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("subject", discussion_topic="Demo Discussion")],
        [[t("body")], [], [v("Demo Discussion")], [], [v("Demo discussion text")], [],
         [t("details")], [v(COURSE_URL + "/discussion_topics/8")]]),
    "new_event_created": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("subject", event_title="Demo Lecture")],
        [[t("body")], [], [v("Demo Lecture")], [],
         [t("from_to_time", start_date_time=DATE, end_date_time="2026-11-27 11:00")], [],
         [label("see_details"), v(" ")], [v(EVENT_URL)]]),
    "new_file_added": ("3317ead7f7676ca6f9aa57bdcb83bf568707ad8c",
                       [t("subject", title="Demo Syllabus.pdf")],
                       [[t("body")], [], [v("Demo Syllabus.pdf (120 KB)")], [],
                        [t("view", link=COURSE_URL + "/files/6")]]),
    "new_files_added": ("37e9b83a5cd412186ad3e49ea6148656c3964b5a", [t("subject", count="3")],
                        [[t("body", count="3")], [], [t("link")], [v(COURSE_URL + "/files")]]),
    "new_student_organized_group": (
        "104034e70b17d504a1402713473673973bdbe8d4", [t("subject")],
        [[t("title")], [], [t("body_course", user=STUDENT)], [], [t("details")], [v(GROUP_URL)]]),
    "new_user": ("03f405c9c2e10e0d973d9e5978e91169b9f8f122", [t("subject")],
                 [[t("title")], [], [t("body", user=STUDENT)],
                  [v("https://canvas.example.com/users/43")]]),
    "peer_review_invitation": (
        "3f9ab8b776615930868beb587b841a2c965c37bf",
        [t("#messages.peer_review_invitation.email.subject")],
        [[t("#messages.peer_review_invitation.email.body")], [], [v(SUB_URL)]]),
    "pseudonym_registration": (
        "011c6408696534701307d52970d3f6934220cc9e", [t("subject")],
        [[t("body")], [], [t("link_message")],
         [v("http://canvas.example.com/pseudonyms/42/register/" + KEY)]]),
    "pseudonym_registration_done": ("54b7f5c9bec47b3b54f8f56806cdc152caeced76", [t("subject")],
                                    [[t("body")], [], [t("link_message")],
                                     [v("https://canvas.example.com/profile")]]),
    "quiz_regrade_finished": ("37e9b83a5cd412186ad3e49ea6148656c3964b5a",
                              [t("subject", quiz="Demo Quiz")],
                              [[t("body", quiz="Demo Quiz")], [], [t("link_message")],
                               [v(QUIZ_URL)]]),
    "report_generated": ("011c6408696534701307d52970d3f6934220cc9e", [t("subject")],
                         [[v("Demo report")], [], [], [t("link_message")],
                          [v("http://canvas.example.com/accounts/1/files/15/download")]]),
    "report_generation_failed": ("28b68a231d650d9da4d9d056944c25abcf7e8113", [t("subject")],
                                 [[v("Demo report")]]),
    "rubric_assessment_submission_reminder": (
        "33a7ac43f18a23175d6deaeb3f846d1fd4e4b141", [t("subject", rubric="Demo Rubric")],
        [[t("body", rubric="Demo Rubric")], [], [v("Demo rubric description")], [],
         [t("link_message")], [v(SUB_URL)]]),
    "rubric_association_created": (
        "28b68a231d650d9da4d9d056944c25abcf7e8113", [t("subject", title="Demo Rubric")],
        [[t("body")], [], [v("Demo Rubric")], [], [v("Demo rubric description")], [],
         [t("link_message")], [v(COURSE_URL + "/rubrics/2")]]),
    "submission_comment": ("14797cfd2257af42e98a35106be9c3b746038900",
                           [t("subject", user=STUDENT)],
                           [[t("body", user=STUDENT)], [], [t("link_message")], [v(SUB_URL)]]),
    "submission_comment_for_teacher": (
        "33a7ac43f18a23175d6deaeb3f846d1fd4e4b141", [t("subject", user=STUDENT)],
        [[t("body", user=STUDENT)], [], [v("Demo comment")], [],
         [t("submission_comment_link_message")], [], [v(SUB_URL)]]),
    "submission_grade_changed": (
        "03f405c9c2e10e0d973d9e5978e91169b9f8f122", [t("subject")],
        [[t("body", assignment_title=ASSIGNMENT)], [], [t("regraded_date")], [], [],
         [t("link_message")], [v(SUB_URL)]]),
    "submission_graded": ("05e9653c12ef7afc65815ca84e5da7aa2e4c3bd3", [t("subject")],
                          [[t("body")], [], [t("graded_date")], [], [t("link_message")],
                           [v(SUB_URL)]]),
    "submission_needs_grading": (
        "03f405c9c2e10e0d973d9e5978e91169b9f8f122", [t("subject", quiz="Demo Quiz")],
        [[t("body", user_name=STUDENT, quiz_title="Demo Quiz")], [], [t("submitted_date")], [],
         [t("link_message")], [v(QUIZ_URL + "/history?quiz_submission_id=42")]]),
    "updated_wiki_page": (
        "29cf0db0460743995304be04c0b2bf57e0d752fa", [t("subject", title="Demo Page", user=COURSE)],
        [[t("body", title=COURSE)], [], [v("Demo Page")], [], [v("Demo page text")], [], [],
         [t("link_message", link=COURSE_URL + "/wiki/demo-page")]]),
    "web_conference_invitation": (
        "5bf9e72a8d74c4c516f41b38ad63c0cc5d115b08", [t("subject")],
        [[t("body", title="Demo Lecture")], [],
         [t("details_link", link=COURSE_URL + "/conferences")]]),
    "web_conference_recording_ready": (
        "37e9b83a5cd412186ad3e49ea6148656c3964b5a", [t("subject")],
        [[t("body", title="Demo Lecture")], [],
         [t("details_link", link=COURSE_URL + "/conferences")]]),
}

DEFAULT = re.compile(
    r"""(?:\bt|\bbefore_label)\s*\(?\s*(?::(\w+)|'([^']+)'|"([^"]+)")\s*,\s*"""
    r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|<<-(\w+)[^\n]*\n(.*?)\n\6\b"""
    r"""|%\{((?:[^{}]|\{[^{}]*\})*)\})""", re.S)


def template_defaults(src):
    """key -> English default of every keyed `t` / `before_label` call of an ERB template."""
    out = {}
    for m in DEFAULT.finditer(src):
        key = m.group(1) or m.group(2) or m.group(3)
        text = next(g for g in (m.group(4), m.group(5), m.group(7), m.group(8)) if g is not None)
        if src[m.start():].startswith("before_label"):
            key = "labels." + key
        out[key] = text.replace('\\"', '"').replace("\\'", "'").replace("\\n", "\n")
    return out


def fill(text, values):
    return re.sub(r"%\{(\w+)\}", lambda m: values[m.group(1)], text)


def lookup(tree, path):
    node = tree
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


def render(lines, tr, wrapper, with_values=True):
    """The SMS text of `lines` with `tr(key)` giving each string, or None when one is missing;
    without values (placeholders and record values left empty) for the untranslated check."""
    out = []
    for line in lines:
        parts = []
        for kind, *rest in line:
            if kind == "v":
                if with_values:
                    parts.append(rest[0])
                continue
            s = tr(rest[0] if kind == "t" else "labels." + rest[0])
            if s is None:
                return None
            if kind == "label":
                parts.append(fill(wrapper, {"text": s}))
            else:
                values = {**VALUES, **rest[1]}
                parts.append(fill(s, values if with_values else dict.fromkeys(values, "")))
        out.append("".join(parts))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def canvas_texts(kind, recipes, trees):
    """The texts of every template of `recipes` (`sms` or `email`) in every language."""
    seen = {lang: set() for lang in LOCALE_COMMITS}
    for name, recipe in recipes.items():
        commit, lines = recipe[0], recipe[-1]
        if kind == "email":  # the subject, a blank line, the body
            lines = [recipe[1], []] + lines
        with open(os.path.join(RAW, "app", "messages", f"{name}.{kind}.erb"),
                  encoding="utf-8") as f:
            defaults = template_defaults(f.read())
        keys = [p[1] if p[0] == "t" else "labels." + p[1] for ln in lines for p in ln if p[0] != "v"]
        missing = [k for k in keys if k not in defaults]
        assert not missing, (name, kind, missing)  # every rendered string is a call of the template
        en = render(lines, defaults.get, "%{text}:", with_values=False)
        for lang, tree in trees[kind].items():

            def tr(key, tree=tree):
                if key.startswith("#"):
                    return lookup(tree, key[1:])
                return lookup(tree, f"messages.{name}.{kind}.{key}")

            wrapper = trees["sms"][lang]["before_label_wrapper"]
            text = render(lines, tr, wrapper)
            if text is None:
                continue
            bare = render(lines, tr, wrapper, with_values=False)
            if untranslated_lines(bare, en) or (lang != "es" and english_line(bare)):
                continue
            if not is_new(seen[lang], text):
                continue
            origin = (f"{REPO}@{commit[:12]}:app/messages/{name}.{kind}.erb; "
                      f"config/locales/{lang}.yml@{LOCALE_COMMITS[lang][:12]} "
                      f"(messages.{name}.{kind})")
            prefix = "cnvs" if kind == "sms" else "cnve"
            yield item(f"{prefix}-{name}-{lang}", lang, text, f"canvas_{kind}", origin,
                       f"{REPO}:{name}", SELECTION)


def canvas_items():
    trees = {"sms": {}, "email": {}}
    for kind in trees:
        for lang in LOCALE_COMMITS:
            with open(os.path.join(RAW, "config", "locales", f"{lang}.messages-{kind}.yml"),
                      encoding="utf-8") as f:
                trees[kind][lang] = yaml.safe_load(f)[lang]
    yield from canvas_texts("sms", CANVAS_SMS, trees)
    yield from canvas_texts("email", CANVAS_EMAIL, trees)


# --- Matomo --------------------------------------------------------------------------------------
MATOMO_COMMIT = "f09912cb702a76d06ab1a129a8e0a4e2a61818a8"  # 5.x-dev of 2024-10-24
MATOMO_LANGS = [("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant"), ("es", "es")]
M_URL = "https://analytics.example.com/"
M_LOGIN = "alice"
M_OTHER = "bob"


def mlink(href):
    return f'<a href="{href}">'


def ext(href):
    """Matomo's `externallink` twig function: an opening tag to an external page."""
    return f'<a target="_blank" rel="noreferrer noopener" href="{href}">'


def security(body_keys, *args):
    """A SecurityNotificationEmail: its subject, the greeting, then getBody()'s strings."""
    return ("plugins/CoreAdminHome/Emails/SecurityNotificationEmail.php",
            ("CoreAdminHome_SecurityNotificationEmailSubject",),
            [[("General_HelloUser", M_LOGIN)],
             [(body_keys[0],) + args] + [(k,) for k in body_keys[1:]]])


PW = "UsersManager_IfThisWasYouPasswordChange"
INSTALL_GUIDES = [
    ("WordPress", "https://matomo.org/faq/new-to-piwik/how-do-i-install-the-matomo-tracking-code-on-wordpress/"),
    ("Squarespace", "https://matomo.org/faq/new-to-piwik/how-do-i-integrate-matomo-with-squarespace-website/"),
    ("Wix", "https://matomo.org/faq/new-to-piwik/how-do-i-install-the-matomo-analytics-tracking-code-on-wix/"),
    ("SharePoint", "https://matomo.org/faq/how-to-install/faq_19424/"),
    ("Joomla", "https://matomo.org/faq/new-to-piwik/how-do-i-install-the-matomo-analytics-tracking-code-on-joomla/"),
    ("Shopify", "https://matomo.org/faq/new-to-piwik/how-do-i-install-the-matomo-tracking-code-on-my-shopify-store/"),
    ("Google Tag Manager", "https://matomo.org/faq/new-to-piwik/how-do-i-use-matomo-analytics-within-gtm-google-tag-manager/"),
]
TRIAL_PLUGIN = "Demo Plugin"
INVITE = M_URL + "?module=Login&action=%s&token=" + KEY

# mail -> (the code that builds it, subject (key, args…), paragraphs: lists of (key, args…) joined
# by a space, or literal HTML strings); each Mail class of plugins/*/Emails/ and the core update mail
MATOMO_MAILS = {
    "anonymous_access_enabled": security(
        ["CoreAdminHome_SecurityNotificationAnonymousAccessEnabledBody"], "Demo Site"),
    "recovery_codes_regenerated": security(
        ["CoreAdminHome_SecurityNotificationRecoveryCodesRegeneratedBody", PW]),
    "recovery_codes_showed": security(["CoreAdminHome_SecurityNotificationRecoveryCodesShowedBody", PW]),
    "settings_changed": security(
        ["CoreAdminHome_SecurityNotificationSettingsChangedByUserBody", PW], "Demo Plugin"),
    "token_auth_created": security(
        ["CoreAdminHome_SecurityNotificationTokenAuthCreatedBody", PW], "Demo token"),
    "token_auth_deleted": security(
        ["CoreAdminHome_SecurityNotificationTokenAuthDeletedBody", PW], "Demo token"),
    "two_factor_auth_disabled": security(
        ["CoreAdminHome_SecurityNotificationTwoFactorAuthDisabledBody", PW]),
    "two_factor_auth_enabled": security(
        ["CoreAdminHome_SecurityNotificationTwoFactorAuthEnabledBody", PW]),
    "user_accept_invitation": security(["CoreAdminHome_SecurityNotificationUserAcceptInviteBody"], M_OTHER),
    "user_created": security(["CoreAdminHome_SecurityNotificationUserCreatedBody", PW], M_OTHER),
    "user_declined_invitation": security(
        ["CoreAdminHome_SecurityNotificationUserDeclinedInviteBody"], M_OTHER),
    "user_deleted": security(["CoreAdminHome_SecurityNotificationUserDeletedBody", PW], M_OTHER),
    "js_tracking_code_missing": (
        "plugins/CoreAdminHome/templates/_jsTrackingCodeMissingEmail.twig",
        ("CoreAdminHome_MissingTrackingCodeEmailSubject", "'Demo Site'"),
        [[("General_HelloUser", M_LOGIN)], [("CoreAdminHome_JsTrackingCodeMissingEmail1", "Demo Site")],
         [("CoreAdminHome_JsTrackingCodeMissingEmail2", "<code>&lt;/head&gt;</code>")],
         [("CoreAdminHome_JsTrackingCodeMissingEmail3",
           mlink(M_URL + "index.php?module=CoreAdminHome&action=trackingCodeGenerator&idSite=1"),
           "</a>", ext("https://developer.matomo.org/guides/tracking-javascript-guide"), "</a>")],
         [("SitesManager_InstallationGuides",),
          ": " + " | ".join(f'<a href="{u}">{n}</a>' for n, u in INSTALL_GUIDES)]]),
    "tracking_failures": (
        "plugins/CoreAdminHome/templates/_trackingFailuresEmail.twig",
        ("CoreAdminHome_TrackingFailuresEmailSubject",),
        [[("General_HelloUser", M_LOGIN)], [("CoreAdminHome_TrackingFailuresEmail1", "<strong>3</strong>")],
         [("CoreAdminHome_TrackingFailuresEmail2",
           mlink(M_URL + "index.php?module=CoreAdminHome&action=trackingFailures&idSite=1"), "</a>")]]),
    "password_reset": (
        "plugins/Login/Emails/PasswordResetEmail.php", ("Login_MailTopicPasswordChange",),
        [[("Login_MailPasswordChangeBody2", M_LOGIN, "203.0.113.7",
           M_URL + "index.php?module=Login&action=confirmResetPassword&login=alice&resetToken=" + KEY)]]),
    "suspicious_login_attempts": (
        "plugins/Login/templates/_suspiciousLoginAttemptsEmail.twig",
        ("Login_SuspiciousLoginAttemptsInLastHourEmailSubject",),
        [[("General_HelloUser", M_LOGIN)],
         [("Login_SuspiciousLoginAttemptsInLastHourEmail1", "<strong>12</strong>", "<strong>3</strong>")],
         [("Login_SuspiciousLoginAttemptsInLastHourEmail2",)],
         [("Login_SuspiciousLoginAttemptsInLastHourEmail3",)],
         [("Login_SuspiciousLoginAttemptsInLastHourEmail4",)],
         [("Login_SuspiciousLoginAttemptsInLastHourEmail5",
           ext("https://matomo.org/faq/how-to/faq_25543/"), "</a>")]]),
    "request_trial": (
        "plugins/Marketplace/templates/_requestTrialNotificationEmail.twig",
        ("Marketplace_RequestTrialNotificationEmailSubject", TRIAL_PLUGIN),
        [[("General_HelloUser", M_LOGIN)],
         [("Marketplace_RequestTrialNotificationEmailIntro", TRIAL_PLUGIN)],
         [("Marketplace_RequestTrialNotificationEmailHowToStartIntro",)],
         [("Marketplace_RequestTrialNotificationEmailHowToStartStep1",
           mlink(M_URL + "index.php?module=Marketplace&action=overview"), "</a>")],
         [("Marketplace_RequestTrialNotificationEmailHowToStartStep2",)],
         [("Marketplace_RequestTrialNotificationEmailHowToStartStep3",)],
         [("Marketplace_RequestTrialNotificationEmailMoreInfo", TRIAL_PLUGIN,
           mlink(M_URL + "index.php?module=Marketplace&action=overview&showPlugin=DemoPlugin"), "</a>")]]),
    "email_changed": (
        "plugins/UsersManager/templates/_userInfoChangedEmail.twig",
        ("UsersManager_EmailChangeNotificationSubject",),
        [[("General_HelloUser", "<strong>alice</strong>")],
         [("UsersManager_EmailChangedEmail1", "<strong>alice@example.com</strong>"), "."],
         [("UsersManager_EmailChangedEmail2", "Firefox on Windows", "203.0.113.7"),
          ("UsersManager_IfThisWasYouIgnoreIfNot",)],
         [("General_ThankYouForUsingMatomo",), "!<br/>", ("General_TheMatomoTeam",)]]),
    "password_changed": (
        "plugins/UsersManager/templates/_userInfoChangedEmail.twig",
        ("UsersManager_PasswordChangeNotificationSubject",),
        [[("General_HelloUser", "<strong>alice</strong>")],
         [("UsersManager_PasswordChangedEmail", "Firefox on Windows", "203.0.113.7")],
         [(PW,)],
         [("General_ThankYouForUsingMatomo",), "!<br/>", ("General_TheMatomoTeam",)]]),
    "user_invite": (
        "plugins/UsersManager/templates/_userInviteEmail.twig",
        ("CoreAdminHome_UserInviteSubject", M_OTHER, "Demo Site"),
        [[("General_HelloUser", M_LOGIN)],
         [("CoreAdminHome_UserInviteSubject", "<strong>bob</strong>", "<strong>Demo Site</strong>")],
         [mlink(INVITE % "acceptInvitation"), ("CoreAdminHome_AcceptInvite",), "</a> | ",
          mlink(INVITE % "declineInvitation"), ("CoreAdminHome_DeclineInvite",), "</a>"],
         [("CoreAdminHome_UserInviteNotes", M_OTHER, "7")]]),
    "core_update_available": (
        "plugins/CoreUpdater/templates/_updateCommunicationEmail.twig",
        ("CoreUpdater_NotificationSubjectAvailableCoreUpdate", "5.2.0"),
        [[("ScheduledReports_EmailHello",)], [("CoreUpdater_ThereIsNewVersionAvailableForUpdate",)],
         [("CoreUpdater_YouCanUpgradeAutomaticallyOrDownloadPackage", "5.2.0"), "<br/>",
          f'<a href="{M_URL}index.php?module=CoreUpdater&action=newVersionAvailable">'
          f'{M_URL}index.php?module=CoreUpdater&action=newVersionAvailable</a>'],
         [("CoreUpdater_ViewVersionChangelog",), "<br/>",
          '<a href="https://matomo.org/changelog/matomo-5-2-0/">https://matomo.org/changelog/matomo-5-2-0/</a>'],
         [("CoreUpdater_ReceiveEmailBecauseIsSuperUser", M_URL)],
         [("CoreUpdater_FeedbackRequest",), "<br/>",
          '<a href="https://matomo.org/contact/">https://matomo.org/contact/</a>']]),
}


def matomo_catalogue(code):
    """key `<Plugin>_<Name>` -> string, from lang/<code>.json and every plugins/*/lang/<code>.json
    the mails use; missing files give nothing (Matomo falls back to English)."""
    git_dir = os.environ["MATOMO_GIT"]
    cat = {}
    plugins = {k[0].split("_")[0] for m in MATOMO_MAILS.values() for k in
               [m[1]] + [p for para in m[2] for p in para if isinstance(p, tuple)]}
    for plugin in sorted(plugins):
        path = f"lang/{code}.json" if plugin == "General" else f"plugins/{plugin}/lang/{code}.json"
        try:
            data = json.loads(git_show(git_dir, MATOMO_COMMIT, path))
        except Exception:  # no catalogue for this language
            continue
        for key, text in data.get(plugin, {}).items():
            cat[f"{plugin}_{key}"] = text
    return cat


def matomo_render(mail, cat, with_values=True):
    """The subject, a blank line and the paragraphs of `mail`, or None when a string is missing."""
    subject, paragraphs = mail[1], mail[2]

    def tr(call):
        text = cat.get(call[0])
        if text is None:
            return None
        return php_sprintf(text, call[1:] if with_values else [""] * 4)

    out = []
    for para in [[subject]] + paragraphs:
        parts = []
        for part in para:
            if isinstance(part, tuple):
                s = tr(part)
                if s is None:
                    return None
                parts.append(s)
            elif with_values:
                parts.append(part)
        out.append(_join(parts))
    body = "</p></p>".join(out[1:]).replace("\n\n", "</p></p>")
    body = re.sub(r'<a href="([^"]+)">\1</a>', r"\1", body)  # a link whose label is its address
    return html.unescape(html_to_text(out[0]) + "\n\n" + html_to_text(body))


def _join(parts):
    """Paragraph parts as the template joins them: strings one space apart, markup glued on."""
    text = ""
    for p in parts:
        if text and not (p.startswith(("<", ":", "!", ".", "</")) or text.endswith((">", " "))):
            text += " "
        text += p
    return text


def matomo_items():
    en = matomo_catalogue("en")
    for code, lang in MATOMO_LANGS:
        cat = matomo_catalogue(code)
        seen = set()
        for name, mail in MATOMO_MAILS.items():
            text = matomo_render(mail, cat)
            if text is None:
                continue
            if untranslated_lines(matomo_render(mail, cat, False), matomo_render(mail, en, False)) \
                    or (lang != "es" and english_line(matomo_render(mail, cat, False))):
                continue
            if not is_new(seen, text):
                continue
            yield item(f"mtm-{name}-{lang}", lang, text, "matomo_email",
                       f"matomo-org/matomo@{MATOMO_COMMIT[:12]}:{mail[0]}; lang {code}.json",
                       f"matomo-org/matomo:{name}", SELECTION)


def items():
    yield from canvas_items()
    yield from matomo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
