#!/usr/bin/env python3
"""Rebuild the thirty-eighth batch of tests/data/real/ (issue 12): the system notifications of the
Nextcloud Talk and Jami Android apps, in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts
are taken, never English: the app's default res/values/strings.xml serves only as the reference
of the "untranslated" check (build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-38.sh   # or set TALK_ANDROID_GIT / JAMI_ANDROID_GIT to bare git dirs of
                            # nextcloud/talk-android and savoirfairelinux/jami-client-android
    python3 scripts/real_corpus/build_templates34.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates34.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-eighth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), the same way as the thirty-fifth batch
(build_templates31.app_items: title, a line break, then the text; a string missing in a
language skips the notification there; a zh-Hant text equal to the zh-Hans one is not taken
twice):
  * nextcloud_talk_notification: nextcloud/talk-android (GPL-3.0-or-later), TALK_COMMIT. Every
    system notification whose shown text the app composes wholly from its own strings
    (TALK_NOTIFICATIONS: the missed call of NotificationWorker.showMissedCallNotification and the
    upload failure of UploadAndShareFilesWorker). Not taken: the push notifications (title and
    text are the server's), the incoming-call notice (title = the server's subject) and the
    call foreground service.
  * jami_notification: savoirfairelinux/jami-client-android (GPL-3.0), JAMI_COMMIT
    (JAMI_NOTIFICATIONS: the incoming call, the missed call, a contact sharing location, the
    contact-request notices for one and for several requests, a received picture and file, and
    the incoming file-transfer notice in its two waiting states). Not taken: the message
    notifications (text = the message), the outgoing-ringing and current-call notices, the
    transfer's byte-progress text, and the foreground services (background service, sync, push
    reconnect, peer tunnel, location sharing).
  zh-Hans from res/values-zh-rCN, zh-Hant from res/values-zh-rTW, es from res/values-es.

Placeholders get the fixed values of the earlier batches (the caller / contact "Bob", the
contact's name in a request "bob", the file demo.pdf, a count of 2 contact requests where the code
shows the count only for more than one). Near-duplicates collapse within a source and language.
Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates34.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates31 import NC_LANGS, app_items
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates34.tsv")

LANGS = NC_LANGS  # zh-Hans values-zh-rCN, zh-Hant values-zh-rTW, es values-es

# --- Nextcloud Talk Android ----------------------------------------------------------------------
TALK_COMMIT = "5428960f9d1eca708df1b39a0831141dcbba4729"  # master of 2026-08-22
TALK_RES = "app/src/main/res/"
TALK_CALLER = "Bob"
TALK_FILE = "demo.pdf"
TALK_FILLS = [TALK_CALLER, TALK_FILE]
TALK_NOTIFICATIONS = [
    # jobs/NotificationWorker.kt showMissedCallNotification: title only
    ("missed_call", [("nc_missed_call", TALK_CALLER)]),
    # jobs/UploadAndShareFilesWorker.kt showFailedToUploadNotification
    ("upload_failed", ["nc_upload_failed_notification_title",
                       ("nc_upload_failed_notification_text", TALK_FILE)]),
]


def talk_items():
    return app_items(os.environ["TALK_ANDROID_GIT"], "nextcloud/talk-android", TALK_COMMIT,
                     TALK_RES, LANGS, TALK_NOTIFICATIONS, TALK_FILLS, "nctalk",
                     "nextcloud_talk_notification")


# --- Jami Android ---------------------------------------------------------------------------------
JAMI_COMMIT = "46f4819381e9cab3e4c50acd41a29f47290dad09"  # master of 2026-08-07
JAMI_RES = "jami-android/app/src/main/res/"
JAMI_CONTACT = "Bob"  # a contact's display name
JAMI_REQUEST = "bob"  # the requesting contact's uriTitle (its registered name)
JAMI_FILE = "demo.pdf:"  # DataTransfer.displayName + ": " before the transfer status
JAMI_FILLS = [JAMI_CONTACT, JAMI_REQUEST, JAMI_FILE]
JAMI_NOTIFICATIONS = [
    # services/NotificationServiceImpl.kt showCallNotification: the ringing incoming call
    ("incoming_call", [("notif_incoming_call_title", JAMI_CONTACT), "notif_incoming_call"]),
    # showMissedCallNotification: title, then the caller's name
    ("missed_call", ["notif_missed_incoming_call", JAMI_CONTACT]),
    # showLocationNotification: text only
    ("location_share", [("location_share_contact", JAMI_CONTACT)]),
    # showIncomingTrustRequestNotification: one request (text = the contact), several requests
    ("contact_request_one", ["new_invitation_request_title", JAMI_REQUEST]),
    ("contact_request_many", ["new_invitation_request_title", ("invitation_message", 2)]),
    # showFileTransferNotificationNow: a received picture, a received file (title only)
    ("picture_received", [("notif_incoming_picture", JAMI_CONTACT)]),
    ("file_received", [("notif_incoming_file_transfer_title", JAMI_CONTACT)]),
    # ... and the incoming transfer before it runs: "<file>: <status>" (TextUtils
    # .getReadableFileTransferStatus; the ongoing state shows bytes, not taken)
    ("file_transfer_created", [("notif_incoming_file_transfer_title", JAMI_CONTACT),
                               [JAMI_FILE, "file_transfer_status_created"]]),
    ("file_transfer_awaiting_host", [("notif_incoming_file_transfer_title", JAMI_CONTACT),
                                     [JAMI_FILE, "file_transfer_status_wait_host_acceptance"]]),
]


def jami_items():
    return app_items(os.environ["JAMI_ANDROID_GIT"], "savoirfairelinux/jami-client-android",
                     JAMI_COMMIT, JAMI_RES, LANGS, JAMI_NOTIFICATIONS, JAMI_FILLS, "jamiapp",
                     "jami_notification")


def items():
    yield from talk_items()
    yield from jami_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
