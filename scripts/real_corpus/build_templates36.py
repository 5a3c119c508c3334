#!/usr/bin/env python3
"""Rebuild the fortieth batch of tests/data/real/ (issue 12): the system notifications of two
Android apps (KeePassDX, Syncthing-Android), in Chinese and Spanish. Only zh-Hans / zh-Hant / es
texts are taken, never English: the app's default res/values/strings.xml serves only as the
reference of the "untranslated" check (build_templates3.untranslated_lines) and to find the
templates.

Usage:
    . /work/rebuild-40.sh   # or set KEEPASSDX_GIT / SYNCTHING_ANDROID_GIT to bare git dirs of
                            # Kunzisoft/KeePassDX and syncthing/syncthing-android
    python3 scripts/real_corpus/build_templates36.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates36.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Fortieth batch"), read at a pinned commit from a
bare git dir (`git show <commit>:<path>`), the way the thirty-fifth batch read its apps
(build_templates31.app_items: every notification in every language that has all its strings,
does not leave a line in English and, in zh-Hant, is not the zh-Hans text again):
  * keepassdx_notification: Kunzisoft/KeePassDX (GPL-3.0), KP_COMMIT. Every system notification
    whose shown text the app composes wholly from its own strings (KP_NOTIFICATIONS: the callers of
    setContentTitle / setContentText under app/src/main/java), title, a line break, then the text:
    the six result notices of AttachmentFileNotificationService (upload / download of an entry's
    attachment, complete / canceled / error). Not taken: the ongoing progress and foreground-service
    notices (attachment transfer in progress, the database tasks, the device-unlock and
    Magikeyboard notices with their countdown) and the OTP notice (title and code are the entry's).
  * syncthing_android_notification: syncthing/syncthing-android (MPL-2.0), ST_COMMIT
    (ST_NOTIFICATIONS: the two crash notices, the device and folder consent notices, the storage
    permission notice, the restart notice, the stop-not-supported warning of NotificationHandler;
    the persistent service-state notice is ongoing and not taken).
  zh-Hans from res/values-zh-rCN, zh-Hant from res/values-zh-rTW, es from res/values-es (the
  helpers cm_resources / cm_get of build_templates29 read the strings). A string missing in a
  language skips that notification there (Android would show the English string).

Placeholders get the fixed values of the earlier batches (the attachment demo.pdf, the device
"Demo Phone", the folder "Demo" with id "demo" as "Demo (demo)", the app name of the strings).
Near-duplicates (digits and white space aside) collapse within a source and language. Cut at 500
characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates36.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates31 import NC_LANGS, app_items
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates36.tsv")
LANGS = NC_LANGS  # zh-Hans: values-zh-rCN, zh-Hant: values-zh-rTW, es: values-es

# --- KeePassDX ------------------------------------------------------------------------------------
KP_COMMIT = "e94bf93079687c4f0f23b562788178bff623cb94"  # master of 2026-06-28
KP_RES = "app/src/main/res/"
KP_FILE = "demo.pdf"  # the attachment's document name
KP_FILLS = [KP_FILE]
KP_NOTIFICATIONS = [
    # services/AttachmentFileNotificationService.kt: title by stream direction, text by the
    # final state (COMPLETE, CANCELED, ERROR; START and IN_PROGRESS are ongoing progress)
    (f"{direction}_{state}", [(title, KP_FILE), text])
    for direction, title in [("upload", "upload_attachment"), ("download", "download_attachment")]
    for state, text in [("complete", "download_complete"), ("canceled", "download_canceled"),
                        ("error", "error_file_not_create")]
]


def kp_items():
    return app_items(os.environ["KEEPASSDX_GIT"], "Kunzisoft/KeePassDX", KP_COMMIT, KP_RES, LANGS,
                     KP_NOTIFICATIONS, KP_FILLS, "kpdx", "keepassdx_notification")


# --- Syncthing-Android ----------------------------------------------------------------------------
ST_COMMIT = "64d2b8e362d45988dfc21dda3b0b494d7e8bb2c1"  # main at tag 1.28.1, 2024-12-03
ST_RES = "app/src/main/res/"
ST_DEVICE = "Demo Phone"
ST_FOLDER = "Demo (demo)"  # EventProcessor: folderLabel + " (" + folderId + ")"
# fill values taken out of both texts before the untranslated check (the app's name included)
ST_FILLS = [ST_DEVICE, ST_FOLDER, "Syncthing", "syncthing"]
ST_NOTIFICATIONS = [
    # service/NotificationHandler.java showCrashedNotification, from SyncthingRunnable and from
    # SyncthingService (config creation failed)
    ("crashed", ["notification_crash_title", "notification_crash_text"]),
    ("config_create_failed", ["config_create_failed", "notification_crash_text"]),
    # showConsentNotification, from EventProcessor's pending device / folder events
    ("device_consent", ["app_name", ("device_rejected", ST_DEVICE)]),
    ("folder_consent", ["app_name", ("folder_rejected", ST_DEVICE, ST_FOLDER)]),
    # showStoragePermissionRevokedNotification
    ("storage_permission_revoked", ["syncthing_terminated",
                                    "toast_write_storage_permission_required"]),
    # showRestartNotification
    ("restart", ["restart_title", "restart_notification_text"]),
    # showStopSyncthingWarningNotification (the title is the application label, @string/app_name)
    ("stop_not_supported", ["app_name", "appconfig_receiver_background_enabled"]),
]


def st_items():
    return app_items(os.environ["SYNCTHING_ANDROID_GIT"], "syncthing/syncthing-android", ST_COMMIT,
                     ST_RES, LANGS, ST_NOTIFICATIONS, ST_FILLS, "stapp",
                     "syncthing_android_notification")


def items():
    yield from kp_items()
    yield from st_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
