#!/usr/bin/env python3
"""Rebuild the forty-first batch of tests/data/real/ (issue 12): the system notifications of three
Android messaging apps (Briar, QKSMS, Fossify Messages) and the Fedilab client, in Chinese and
Spanish. Only zh-Hans /
zh-Hant / es texts are taken, never English: the app's default res/values/strings.xml serves only
as the reference of the "untranslated" check (build_templates3.untranslated_lines) and to find
the templates.

Usage:
    . /work/rebuild-41.sh   # or set BRIAR_GIT / QKSMS_GIT / FOSSIFY_MESSAGES_GIT to bare git dirs
                            # of briar/briar, moezbhatti/qksms, FossifyOrg/Messages
    python3 scripts/real_corpus/build_templates37.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates37.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-first batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), with build_templates31.app_items (the
thirty-fifth batch's reader: each notification as its title, a line break, then its text; a
string missing in a language skips the notification there; a zh-Hant text equal to the zh-Hans
one is not taken twice):
  * briar_android_notification: briar/briar (GPL-3.0; the GitHub mirror of the GitLab project),
    BR_COMMIT. Every system notification of AndroidNotificationManagerImpl.java (the only class
    that builds notifications) whose shown text the app composes from its own strings
    (BR_NOTIFICATIONS): the new private message, group message, forum post, blog post and
    contact-added notices (title the app_name "Briar", text the count's plural), the sign-in
    reminder and the Mailbox-problem notice. Not taken: the foreground-service notice (signed in /
    locked) and the title-only hotspot-sharing notice (ongoing notices).
    Languages: values-zh-rCN, values-zh-rTW, values-es of briar-android/src/main/res.
  * qksms_notification: moezbhatti/qksms (GPL-3.0), QK_COMMIT. NotificationManagerImpl.kt: the
    new-message notice in the two preview modes whose text is the app's (name only: title the
    conversation "Bob"; none: title the app_name "QKSMS"), and the failed-message notice. Not
    taken: the full-preview notice (its text is the message) and the title-only backup-restoring
    progress notice. Languages: values-zh-rCN (zh-Hans), values-zh (zh-Hant: the app has no
    values-zh-rTW, and its values-zh is written in Traditional characters, what a zh-TW device
    shows), values-es of presentation/src/main/res.
  * fossify_messages_notification: FossifyOrg/Messages (GPL-3.0), FM_COMMIT. NotificationHelper.kt:
    the sending-failed notice (title, then the text, which is also its BigText). Not taken: the
    message notices (their text is the message). Simple SMS Messenger, the app Fossify Messages
    was forked from, was not taken (a near-copy). Languages: values-zh-rCN, values-zh-rTW,
    values-es of app/src/main/res.
  * fedilab_notification: stom79/Fedilab (GPL-3.0; the GitHub copy of the Codeberg project),
    FL_COMMIT. Every Mastodon notification type of mastodon/helper/NotificationsHelper.java
    (FL_NOTIFICATIONS: mention, new post, boost, favourite, follow request, follow, the two
    poll-ended notices, edit, quote, quoted-post edit, admin sign-up and report, the two
    collection notices), title then text as Helper.notify_user shows them; the author is the
    display name "Bob", a body that is the post itself is "Demo post". Not taken: the PeerTube
    notifications and the other workers' notices (not read in the time). Languages:
    values-zh-rCN, values-zh-rTW, values-es of app/src/main/res.

Placeholders get the fixed values of the earlier batches (the other person "Bob", the post "Demo post", counts 1: plurals
are read with quantity 1, "other" in Chinese and "one" in Spanish). Near-duplicates (digits and
white space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates37.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates31 import app_items
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates37.tsv")

LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
CONTACT = "Bob"

# --- Briar ---------------------------------------------------------------------------------------
BR_COMMIT = "b46d008aceb4c9cea306df8299fcfc1b7ce79d21"  # master of 2026-06-29
BR_RES = "briar-android/src/main/res/"
BR_APP = "Briar"  # app_name of res/values/strings.xml, not translatable
BR_FILLS = [BR_APP]
# briar-android/.../android/AndroidNotificationManagerImpl.java
BR_NOTIFICATIONS = [
    ("private_message", [BR_APP, ("private_message_notification_text", 1)]),
    ("group_message", [BR_APP, ("group_message_notification_text", 1)]),
    ("forum_post", [BR_APP, ("forum_post_notification_text", 1)]),
    ("blog_post", [BR_APP, ("blog_post_notification_text", 1)]),
    ("contact_added", [BR_APP, ("contact_added_notification_text", 1)]),
    ("sign_in_reminder", ["reminder_notification_title", "reminder_notification_text"]),
    ("mailbox_problem", ["mailbox_error_notification_title", "mailbox_error_notification_text"]),
]


def br_items():
    return app_items(os.environ["BRIAR_GIT"], "briar/briar", BR_COMMIT, BR_RES, LANGS,
                     BR_NOTIFICATIONS, BR_FILLS, "briarapp", "briar_android_notification")


# --- QKSMS ---------------------------------------------------------------------------------------
QK_COMMIT = "c86ea1082d2c0f3af846487fbe8198ce5cc01b44"  # master of 2021-10-28
QK_RES = "presentation/src/main/res/"
QK_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh"), ("es", "values-es")]
QK_APP = "QKSMS"  # app_name, not translatable
QK_FILLS = [QK_APP, CONTACT]
# presentation/.../common/util/NotificationManagerImpl.kt
QK_NOTIFICATIONS = [
    ("new_messages_preview_name", [CONTACT, ("notification_new_messages", 1)]),
    ("new_messages_preview_none", [QK_APP, ("notification_new_messages", 1)]),
    ("message_failed", ["notification_message_failed_title",
                        ("notification_message_failed_text", CONTACT)]),
]


def qk_items():
    return app_items(os.environ["QKSMS_GIT"], "moezbhatti/qksms", QK_COMMIT, QK_RES, QK_LANGS,
                     QK_NOTIFICATIONS, QK_FILLS, "qksapp", "qksms_notification")


# --- Fossify Messages ------------------------------------------------------------------------------
FM_COMMIT = "2303e65517bcb04c7cc029eafbc4ccb350dddb8d"  # master of 2026-08-04
FM_RES = "app/src/main/res/"
FM_FILLS = [CONTACT]
# app/.../helpers/NotificationHelper.kt showSendingFailedNotification
FM_NOTIFICATIONS = [
    ("sending_failed", ["message_not_sent_short", ("message_sending_error", CONTACT)]),
]


def fm_items():
    return app_items(os.environ["FOSSIFY_MESSAGES_GIT"], "FossifyOrg/Messages", FM_COMMIT, FM_RES,
                     LANGS, FM_NOTIFICATIONS, FM_FILLS, "fosmsg", "fossify_messages_notification")


# --- Fedilab --------------------------------------------------------------------------------------
FL_COMMIT = "0db91f6714abdb605a925f545b2712a6de732ff3"  # GitHub mirror, 2026-07-01
FL_RES = "app/src/main/res/"
FL_POST = "Demo post"  # the post's text (or its content warning), the body of several notices
FL_FILLS = [CONTACT, FL_POST]
# app/.../mastodon/helper/NotificationsHelper.java (title, message; Helper.notify_user shows them as
# the notification's title and text): the account's display name "Bob" before the string.
FL_NOTIFICATIONS = [
    ("mention", [[CONTACT, "notif_mention"], FL_POST]),
    ("status", [[CONTACT, "notif_status"], FL_POST]),
    ("reblog", [[CONTACT, "notif_reblog"], FL_POST]),
    ("favourite", [[CONTACT, "notif_favourite"], FL_POST]),
    ("follow_request", ["channel_notif_follow", [CONTACT, "notif_follow_request"]]),
    ("follow", ["channel_notif_follow", [CONTACT, "notif_follow"]]),
    ("poll_self", ["notif_poll_self", FL_POST]),
    ("poll", ["notif_poll", FL_POST]),
    ("update", ["notif_update_push", FL_POST]),
    ("quote", [[CONTACT, "notif_quote"], FL_POST]),
    ("quoted_update", ["notif_quoted_update", FL_POST]),
    ("admin_sign_up", ["notif_sign_up", [CONTACT, "notif_signed_up"]]),
    ("admin_report", ["notif_report", [CONTACT, "notif_reported"]]),
    ("added_to_collection", ["action_collections", [CONTACT, "notif_added_to_collection"]]),
    ("collection_update", ["action_collections", [CONTACT, "notif_collection_update"]]),
]


def fl_items():
    return app_items(os.environ["FEDILAB_GIT"], "stom79/Fedilab", FL_COMMIT, FL_RES, LANGS,
                     FL_NOTIFICATIONS, FL_FILLS, "fedilab", "fedilab_notification")


def items():
    yield from br_items()
    yield from qk_items()
    yield from fm_items()
    yield from fl_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
