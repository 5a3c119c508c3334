#!/usr/bin/env python3
"""Rebuild the forty-fourth batch of tests/data/real/ (issue 12): the system notifications of
eleven Android apps (AnkiDroid, Gadgetbridge, Tasks.org, LibreTube, Seal, Amaze File Manager, Neo
Backup, Breezy Weather, Session, Kiwix, Proton Mail) in Chinese and Spanish. Only zh-Hans /
zh-Hant / es texts are taken, never English: the app's default res/values strings serve only as
the reference of the "untranslated" check (build_templates3.untranslated_lines) and to find the
templates. Droid-ify, KDE Connect, Aurora Store and Mullvad VPN, once part of this batch, are in
the forty-sixth batch (build_templates42.py) at the same commits and were removed here so as not
to take them twice.

Usage:
    . /work/rebuild-44.sh   # or set ANKIDROID_GIT / GADGETBRIDGE_GIT / TASKS_GIT / LIBRETUBE_GIT /
                            # SEAL_GIT / AMAZE_GIT / NEOBACKUP_GIT / BREEZY_GIT / SESSION_GIT /
                            # KIWIX_GIT / PROTONMAIL_GIT to bare git dirs of
                            # ankidroid/Anki-Android, Freeyourgadget/Gadgetbridge, tasks/tasks,
                            # libre-tube/LibreTube, JunkFood02/Seal, TeamAmaze/AmazeFileManager,
                            # NeoApplications/Neo-Backup, breezy-weather/breezy-weather,
                            # session-foundation/session-android, kiwix/kiwix-android,
                            # ProtonMail/proton-mail-android
    python3 scripts/real_corpus/build_templates40.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates40.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-fourth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), with build_templates31.app_items /
notification_texts (the thirty-fifth batch's reader: each notification as its title, a line
break, then its text; a string missing in a language skips the notification there; a text that
leaves a line in English is skipped; a zh-Hant text equal to the zh-Hans one is not taken twice):
  * ankidroid_notification: ankidroid/Anki-Android (GPL-3.0), AD_COMMIT. Every notification the
    app composes from its own strings (AD_NOTIFICATIONS): AnkiActivity.showSimpleNotification as
    used by Sync.kt showSyncLogMessage (title the app name "AnkiDroid", four sync-log messages), by
    IntentHandler (sync error: too soon / offline) and by the dialogs that fall back to a
    notification when the app is paused (SyncErrorDialog's notificationTitle/notificationMessage
    for each dialog type whose message is the app's string; ImportDialog's import-interrupted
    notice), and the legacy cards-due reminder of NotificationService (title only). Not taken:
    the new review-reminder notification (its text "… cards due, …" is hard-coded English), the
    sync and media-sync failure notices (their text is the exception's message), the
    DatabaseErrorDialog notice (its message is composed elsewhere), the ongoing sync progress
    notices. The strings are spread over several files per folder (values*/NN-*.xml): all the
    files of a folder are read and merged. Languages: values-zh-rCN, values-zh-rTW, values-es-rES
    (the app has no values-es; es-rES is Spain's Spanish, es-rAR was not used).
  * gadgetbridge_notification: Freeyourgadget/Gadgetbridge (AGPL-3.0; the GitHub mirror of the
    Codeberg project), GB_COMMIT. GB.java's battery-low, battery-full, export-failed and
    install/transfer-done notices as their callers fill them (AbstractDeviceSupport, the firmware
    and GPX-route operations, PebbleIoThread, PeriodicExporter), the find-my-phone notices of
    AbstractDeviceSupport, GBApplication's background-service error, DebugActivity's test
    notification and the Fossil HR navigation-app notice (GB_NOTIFICATIONS). Not taken: ongoing
    notices (the foreground service, GPS, BLE scan, progress), the screenshot notice (its text is a
    file name from the device), GBExceptionHandler's (its text is the exception's message), the
    UM25 notice (hard-coded English). Languages: values-zh-rCN, values-zh-rTW, values-es of
    app/src/main/res.
  * tasks_org_notification: tasks/tasks (GPL-3.0), TS_COMMIT. NotificationManager.kt's summary
    notification and the location reminders (arrived / departed), and Notifier.kt's filter
    notification (TS_NOTIFICATIONS). The task's title, the list's name and the place are fills.
    Not taken: the task reminder whose text is the task's notes, the ongoing timer notice and the
    "generating notifications" foreground notice. Languages: values-zh-rCN, values-zh-rTW,
    values-es of app/src/main/res.
  * libretube_notification: libre-tube/LibreTube (GPL-3.0), LT_COMMIT. NotificationWorker.kt's
    new-streams summary (title the channel's name) and DownloadService.kt's completed and paused
    download notices (title "[VIDEO] <file name>"). Not taken: the per-stream notices (title and
    text are the stream's title and uploader), the progress notices. Languages: values-zh-rCN,
    values-zh-rTW, values-es of app/src/main/res.
  * seal_notification: JunkFood02/Seal (GPL-3.0), SL_COMMIT. NotificationUtil.finishNotification
    and notifyError as Downloader.kt / DownloaderV2.kt call them: title the video's title, text
    one of the four status strings. Not taken: the ongoing download, service and custom-command
    notices, and the custom-command completion (its title is the command's template and URL).
    Languages: values-zh-rCN, values-zh-rTW, values-es of app/src/main/res.
  * amaze_notification: TeamAmaze/AmazeFileManager (GPL-3.0), AM_COMMIT (release/4.0).
    AbstractProgressiveService.finalizeNotification, the one notice of the app whose text is its
    own and that is not ongoing: "operation unsuccessful", then copy_error with the service's
    title in lower case (copying, moving, encrypting, decrypting) (AM_NOTIFICATIONS, am_text).
    Not taken: the waiting notice (a progress notice), the FTP-server notices (ongoing).
    Languages: values-zh-rCN, values-zh-rTW, values-es of app/src/main/res.
  * neo_backup_notification: NeoApplications/Neo-Backup (AGPL-3.0), NB_COMMIT.
    NotificationHandler.showNotification as it is called with the app's strings
    (NB_NOTIFICATIONS): the backup / restore done or failed notices of BaseActionTask and the
    uninstall notices (title the app "Demo App"), the empty-schedule failure of ScheduleWork, the
    schedules exported / imported notices (the schedule "Demo schedule"), and the tool notices of
    ToolsPrefsPage (backups deleted, 3; own APK copied or not; apps list written). Not taken: the
    batch-work notices of WorkHandler (HTML composed from counters and package lists, not read in
    the time), AppActionWork's failure notice (its text is the action's error message), the SMS
    notice (the restored message), progress and foreground notices. Languages: values-zh (written
    in Simplified characters; the app has no values-zh-rCN) as zh-Hans, values-zh-rTW,
    values-es of src/main/res.
  * breezy_weather_notification: breezy-weather/breezy-weather (LGPL-3.0), BW_COMMIT. The
    notices composed only from the app's strings (BW_NOTIFICATIONS): WeatherUpdateNotifier's
    update error (one location), CrashLogUtils' crash-logs-saved notice, AppUpdateNotifier's
    update-available (text the version "6.0.1") and unsupported-Android notices. Not taken: the
    weather alerts (headline and text come from the weather source), the daily forecast notices
    (composed from the source's weather texts and temperatures), the widget-like and progress
    notices. The strings of a folder are spread over strings.xml and plurals.xml: all the files of
    a folder are merged (merged_resources). Languages: values-zh-rCN, values-zh-rTW, values-es.
  * session_android_notification: session-foundation/session-android (GPL-3.0), SS_COMMIT.
    PushReceiver's generic new-message notice (title the app name "Session", the plural read with
    count 1 as the code does) and TokenDropNotificationWorker's Session-Network notice (a Phrase
    string: its {token_name_long} and {network_name} keys take the app's constants "Session
    Token" and "Session Network"; ss_text) (SS_NOTIFICATIONS). Not taken: the message
    notifications of ThreadBasedNotificationHandler (their text is the message), the call notices
    of CallNotificationBuilder (ongoing), and NoNameOrContentNotificationHandler's title, which
    reads the plural without a format argument, so that the Chinese form (only "other") would
    show a raw "%1$d" (not composed). Languages: values-b+zh+CN, values-b+zh+TW,
    values-b+es+ES (the app's folders; values-b+es+419 not used).
  * kiwix_notification: kiwix/kiwix-android (GPL-3.0), KW_COMMIT. DownloadMonitorService's
    download-timeout notice (title the app name "Kiwix") and completed-download notice, and the
    failed-download notice of FetchDownloadNotificationManager (title the book "Demo Wikipedia")
    (KW_NOTIFICATIONS). Not taken: the paused notice (its text adds the downloaded sizes), the
    downloading / queued notices (progress), the hotspot and read-aloud notices (ongoing).
    Languages: values-zh (Simplified; the app has no values-zh-rCN) as zh-Hans, values-zh-rTW,
    values-es of core/src/main/res.
  * protonmail_android_notification: ProtonMail/proton-mail-android (GPL-3.0; the archived v3
    app), PM_COMMIT. NotificationServer.kt's attachment notices (downloaded; no app to open it;
    the file "demo.pdf") and the titles of its sending, draft-saving and attachment-upload error
    notices as AndroidUserNotifier calls them (the subject "Demo subject") (PM_NOTIFICATIONS).
    Not taken: the new-mail notices (their text is the mail), the new-messages group summary
    (it sets no title), the error notices' expanded text (the error's message), the ongoing
    "retrieving notifications" notice. Languages: values-zh-rCN, values-zh-rTW, values-es.

Placeholders get the fixed values of the earlier batches ("Demo …" names; plurals are read with
count 1, quantity "other" in Chinese and "one" in Spanish; counts in plain strings as listed).
Near-duplicates (digits and white space aside) collapse within a source and language. Cut at 500
characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates40.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates29 import cm_resources
from build_templates31 import app_items, app_text, notification_texts
from corpus import git_ls, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates40.tsv")

LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]

# --- AnkiDroid ------------------------------------------------------------------------------------
AD_COMMIT = "a644cf7936e06099b250ced33a3bc26ccb22707d"  # main of 2026-08-22
AD_RES = "AnkiDroid/src/main/res/"
AD_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es-rES")]
AD_APP = "AnkiDroid"  # the app's name (set by the build, not a translated string)
AD_REPAIR = "https://docs.ankiweb.net/#/files?id=corrupt-collections"  # constants.xml repair_deck
AD_FILLS = [AD_APP, AD_REPAIR]
AD_NOTIFICATIONS = [
    # Sync.kt: DeckPicker.showSyncLogMessage while the activity is paused
    ("sync_log_synced_media", [AD_APP, "col_synced_media_in_background"]),
    ("sync_log_synced", [AD_APP, "sync_database_acknowledge"]),
    ("sync_log_one_way_from_server", [AD_APP, "backup_one_way_sync_from_server"]),
    ("sync_log_uploading", [AD_APP, "sync_log_uploading_message"]),
    # IntentHandler.kt: a sync requested by intent that cannot run
    ("intent_sync_too_soon", ["sync_error", ("sync_automatic_sync_needs_more_time", 1)]),
    ("intent_sync_offline", ["sync_error", "youre_offline"]),
    # dialogs/SyncErrorDialog.kt: notificationTitle / notificationMessage per dialog type
    ("sync_dialog_not_logged_in", ["sync_error", "not_logged_in_title"]),
    ("sync_dialog_connection_error", ["sync_error", "connection_error_message"]),
    ("sync_dialog_conflict", ["sync_conflict_title_new", "sync_conflict_message_new"]),
    ("sync_dialog_conflict_keep_local", ["sync_conflict_replace_title",
                                         "sync_conflict_local_confirm_new"]),
    ("sync_dialog_conflict_keep_remote", ["sync_conflict_replace_title",
                                          "sync_conflict_remote_confirm_new"]),
    ("sync_dialog_sanity_keep_local", ["sync_error", "sync_conflict_local_confirm_new"]),
    ("sync_dialog_sanity_keep_remote", ["sync_error", "sync_conflict_remote_confirm_new"]),
    ("sync_dialog_corrupt_collection", ["sync_error", ("sync_corrupt_database", AD_REPAIR)]),
    # dialogs/ImportDialog.kt
    ("import_interrupted", ["import_title", "import_interrupted"]),
    # services/NotificationService.kt triggerNotificationFor (legacy; title only)
    ("cards_due", [("widget_minimum_cards_due_notification_ticker_text", 1)]),
]


def merged_resources(git, commit, res_dir, folder):
    """The strings of every values file (*.xml) of one resource folder, merged."""
    res = {}
    for name in sorted(git_ls(git, commit, res_dir + folder)):
        if name.endswith(".xml"):
            res.update(cm_resources(git_show(git, commit, f"{res_dir}{folder}/{name}")))
    return res


def ad_resources(folder):
    """The strings of every values file of one AnkiDroid resource folder, merged."""
    return merged_resources(os.environ["ANKIDROID_GIT"], AD_COMMIT, AD_RES, folder)


def ad_items():
    repo = "ankidroid/Anki-Android"

    def languages():
        for lang, folder in AD_LANGS:
            yield (lang, ad_resources(folder),
                   f"github.com/{repo}@{AD_COMMIT[:12]}:{AD_RES}{folder}/*.xml")
    return notification_texts(ad_resources("values"), languages(), AD_NOTIFICATIONS, AD_FILLS,
                              app_text, repo, "ankiapp", "ankidroid_notification")


# --- Gadgetbridge ---------------------------------------------------------------------------------
GB_COMMIT = "a0948ee1cbc2a870f91d313f8e37df5f524465f7"  # GitHub mirror, 2024-12-22
GB_RES = "app/src/main/res/"
GB_APP = "Gadgetbridge"  # app_name = application_name_generic, the same in every language
GB_DEVICE = "Demo Band"  # gbDevice.getAliasOrName()
GB_FILLS = [GB_APP, GB_DEVICE]
GB_NOTIFICATIONS = [
    # service/AbstractDeviceSupport.java -> util/GB.java battery notices (the collapsed text)
    ("battery_low", ["notif_battery_low_title", ("notif_battery_low", GB_DEVICE)]),
    ("battery_low_percent", ["notif_battery_low_title",
                             ("notif_battery_low_percent", GB_DEVICE, "15")]),
    ("battery_full", ["notif_battery_full_title", ("notif_battery_full", GB_DEVICE)]),
    # database/PeriodicExporter.java: the title string is also the text
    ("export_failed", ["notif_export_failed_title", "notif_export_failed_title"]),
    # AbstractDeviceSupport.handleGBDeviceEventFindPhoneStartNotification
    ("find_phone_companion_required", ["find_my_phone_notification",
                                       "find_my_phone_companion_warning"]),
    ("find_phone", ["find_my_phone_notification"]),
    # GB.updateInstallNotification (title the app name) from the firmware, AGPS, GPX-route and
    # Pebble install operations
    ("install_firmware_complete", [GB_APP, "updatefirmwareoperation_update_complete"]),
    ("install_firmware_write_failed", [GB_APP, "updatefirmwareoperation_write_failed"]),
    ("install_firmware_not_sent", [GB_APP, "updatefirmwareoperation_firmware_not_sent"]),
    ("install_gpx_route_complete", [GB_APP, "gpx_route_upload_complete"]),
    ("install_gpx_route_failed", [GB_APP, "gpx_route_upload_failed"]),
    ("install_pebble_failed", [GB_APP, "installation_failed_"]),
    ("install_pebble_successful", [GB_APP, "installation_successful"]),
    # GBApplication.java (the collapsed text)
    ("background_service_error", ["error_background_service",
                                  "error_background_service_reason_truncated"]),
    # activities/DebugActivity.java
    ("test_notification", ["test_notification", "this_is_a_test_notification_from_gadgetbridge"]),
    # service/devices/qhybrid/adapter/fossil_hr/FossilHRWatchAdapter.java
    ("fossil_nav_app_missing", ["fossil_hr_nav_app_not_installed_notify_title",
                                "fossil_hr_nav_app_not_installed_notify_text"]),
]


def gb_items():
    return app_items(os.environ["GADGETBRIDGE_GIT"], "Freeyourgadget/Gadgetbridge", GB_COMMIT,
                     GB_RES, LANGS, GB_NOTIFICATIONS, GB_FILLS, "gbapp",
                     "gadgetbridge_notification")


# --- Tasks.org ------------------------------------------------------------------------------------
TS_COMMIT = "e5587e1ac9f43b7a4414cb5f1b1e37155a1c31db"  # main of 2026-08-07
TS_RES = "app/src/main/res/"
TS_TASK = "Demo task"
TS_FILTER = "Demo list"
TS_PLACE = "Demo Café"
TS_FILLS = [TS_TASK, TS_FILTER, TS_PLACE]
TS_NOTIFICATIONS = [
    # notifications/NotificationManager.kt updateSummary (one task: its title is the text)
    ("summary", [("task_count", 1), TS_TASK]),
    # Notifier.kt triggerFilterNotification (the filter's title is the text)
    ("filter", [("task_count", 1), TS_FILTER]),
    # NotificationManager.getTaskNotification, location reminders
    ("location_arrived", [TS_TASK, ("location_arrived", TS_PLACE)]),
    ("location_departed", [TS_TASK, ("location_departed", TS_PLACE)]),
]


def ts_items():
    return app_items(os.environ["TASKS_GIT"], "tasks/tasks", TS_COMMIT, TS_RES, LANGS,
                     TS_NOTIFICATIONS, TS_FILLS, "tasksapp", "tasks_org_notification")


# --- LibreTube ------------------------------------------------------------------------------------
LT_COMMIT = "fb7dc11e7553ecdb079522399adc4dfb0374244d"  # master of 2026-08-22
LT_RES = "app/src/main/res/"
LT_CHANNEL = "Demo Channel"
LT_DOWNLOAD = "[VIDEO] Demo video.mp4"  # "[${item.type}] ${item.fileName}"
LT_FILLS = [LT_CHANNEL, LT_DOWNLOAD]
LT_NOTIFICATIONS = [
    # workers/NotificationWorker.kt createNotificationsForChannel (the summary)
    ("new_streams", [LT_CHANNEL, ("channel_new_streams", 1)]),
    # services/DownloadService.kt setPauseNotification
    ("download_completed", [LT_DOWNLOAD, "download_completed"]),
    ("download_paused", [LT_DOWNLOAD, "download_paused"]),
]


def lt_items():
    return app_items(os.environ["LIBRETUBE_GIT"], "libre-tube/LibreTube", LT_COMMIT, LT_RES,
                     LANGS, LT_NOTIFICATIONS, LT_FILLS, "ltube", "libretube_notification")


# --- Seal -----------------------------------------------------------------------------------------
SL_COMMIT = "accf23505d0c10113ab82c59606bdfa1e9cd53c8"  # main of 2026-04-25
SL_RES = "app/src/main/res/"
SL_VIDEO = "Demo video"  # the video's title, the notification's title
SL_FILLS = [SL_VIDEO]
SL_NOTIFICATIONS = [
    # util/NotificationUtil.kt finishNotification / notifyError as Downloader.kt and
    # download/DownloaderV2.kt call them
    ("completed", [SL_VIDEO, "status_completed"]),
    ("download_finished", [SL_VIDEO, "download_finish_notification"]),
    ("download_error", [SL_VIDEO, "download_error_msg"]),
    ("fetch_info_error", [SL_VIDEO, "fetch_info_error_msg"]),
]


def sl_items():
    return app_items(os.environ["SEAL_GIT"], "JunkFood02/Seal", SL_COMMIT, SL_RES, LANGS,
                     SL_NOTIFICATIONS, SL_FILLS, "sealapp", "seal_notification")


# --- Amaze File Manager ---------------------------------------------------------------------------
AM_COMMIT = "5cb924a11fb72b2f7ac9eaee3ddce5c62795a9bb"  # release/4.0 of 2024-10-08
AM_RES = "app/src/main/res/"
# asynchronous/services/AbstractProgressiveService.java finalizeNotification: the text is
# copy_error with the service's title (CopyService: copying / moving; EncryptService,
# DecryptService) in lower case; "@@name" is that lower-cased string.
AM_NOTIFICATIONS = [
    (f"operation_failed#{title}", ["operation_unsuccesful", ("copy_error", "@@" + title)])
    for title in ["copying", "moving", "crypt_encrypting", "crypt_decrypting"]
]


def am_text(res, lang, lines, fills):
    """app_text, with an "@@name" argument replaced by that string in lower case (Java's
    toLowerCase of the service's title)."""
    def arg(a):
        return res[a[2:]].lower() if isinstance(a, str) and a.startswith("@@") else a
    lines = [tuple(arg(a) for a in spec) if isinstance(spec, tuple) else spec for spec in lines]
    return app_text(res, lang, lines, fills)


def am_items():
    git, repo = os.environ["AMAZE_GIT"], "TeamAmaze/AmazeFileManager"
    en = cm_resources(git_show(git, AM_COMMIT, AM_RES + "values/strings.xml"))

    def languages():
        for lang, folder in LANGS:
            path = AM_RES + folder + "/strings.xml"
            yield (lang, cm_resources(git_show(git, AM_COMMIT, path)),
                   f"github.com/{repo}@{AM_COMMIT[:12]}:{path}")
    return notification_texts(en, languages(), AM_NOTIFICATIONS, [], am_text, repo, "amazefm",
                              "amaze_notification")


# --- Neo Backup ----------------------------------------------------------------------------------
NB_COMMIT = "b27516fcef24a3b48061517b89530c7400e6e5f1"  # main of 2026-05-03
NB_RES = "src/main/res/"
NB_LANGS = [("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
NB_APP = "Demo App"  # the package's label
NB_SCHEDULE = "Demo schedule"
NB_COUNT = "3"
NB_FILLS = [NB_APP, NB_SCHEDULE, NB_COUNT]
# manager/handler/NotificationHandler.kt showNotification (title, text) as it is called
NB_NOTIFICATIONS = [
    # manager/tasks/BaseActionTask.kt onPostExecute (Backup/RestoreActionTask)
    ("backup_success", [NB_APP, "backupSuccess"]),
    ("restore_success", [NB_APP, "restoreSuccess"]),
    ("backup_failure", [NB_APP, "backupFailure"]),
    ("restore_failure", [NB_APP, "restoreFailure"]),
    # viewmodels/AppVM.kt + data/repository/PackageRepository.kt uninstall
    ("uninstall_success", [NB_APP, "uninstallSuccess"]),
    ("uninstall_failure", [NB_APP, "uninstallFailure"]),
    # manager/tasks/ScheduleWork.kt handleEmptySelectedItems
    ("schedule_empty", ["schedule_failed", "empty_filtered_list"]),
    # manager/handler/ExportsHandler.kt, ui/pages/SchedulesExportsPage.kt
    ("schedules_exported", ["sched_exported"]),
    ("schedule_imported", ["sched_imported", NB_SCHEDULE]),
    # ui/pages/ToolsPrefsPage.kt: batch delete done, own APK copied, apps list written
    ("backups_deleted", ["batchDeleteNotificationTitle", ["batchDeleteBackupsDeleted", NB_COUNT]]),
    ("own_apk_copied", ["copyOwnApkSuccess"]),
    ("own_apk_copy_failed", ["copyOwnApkFailed"]),
    ("apps_list_filtered", ["write_apps_list_filtered"]),
    ("apps_list_all", ["write_apps_list_all"]),
]


def nb_items():
    return app_items(os.environ["NEOBACKUP_GIT"], "NeoApplications/Neo-Backup", NB_COMMIT, NB_RES,
                     NB_LANGS, NB_NOTIFICATIONS, NB_FILLS, "neobackup", "neo_backup_notification")


# --- Breezy Weather ------------------------------------------------------------------------------
BW_COMMIT = "eda0d87e0db9084d3d9ab599e3f9dd2ca1d897fd"  # main of 2026-08-01
BW_RES = "app/src/main/res/"
BW_VERSION = "6.0.1"  # release.version
BW_FILLS = [BW_VERSION]
BW_NOTIFICATIONS = [
    # background/weather/WeatherUpdateNotifier.kt showUpdateErrorNotification (one location)
    ("update_error", [("notification_update_error", 1), "action_show_errors"]),
    # common/utils/CrashLogUtils.kt
    ("crash_logs_saved", ["settings_debug_dump_crash_logs_saved",
                          "settings_debug_dump_crash_logs_tap_to_open"]),
    # background/updater/AppUpdateNotifier.kt promptUpdate / promptOldAndroidVersion
    ("app_update_available", ["notification_app_update_available", BW_VERSION]),
    ("android_eol", ["about_update_check_eol"]),
]


def bw_items():
    git, repo = os.environ["BREEZY_GIT"], "breezy-weather/breezy-weather"

    def languages():
        for lang, folder in LANGS:
            yield (lang, merged_resources(git, BW_COMMIT, BW_RES, folder),
                   f"github.com/{repo}@{BW_COMMIT[:12]}:{BW_RES}{folder}/*.xml")
    return notification_texts(merged_resources(git, BW_COMMIT, BW_RES, "values"), languages(),
                              BW_NOTIFICATIONS, BW_FILLS, app_text, repo, "breezyw",
                              "breezy_weather_notification")


# --- Session -------------------------------------------------------------------------------------
SS_COMMIT = "bdaeff9dfdee50d89bf6d5d4928553915b9cccab"  # master of 2026-04-09
SS_RES = "app/src/main/res/"
SS_LANGS = [("zh-Hans", "values-b+zh+CN"), ("zh-Hant", "values-b+zh+TW"), ("es", "values-b+es+ES")]
SS_APP = "Session"  # app_name, translatable="false"
# utilities/NonTranslatableStringConstants.kt
SS_PHRASE = {"token_name_long": "Session Token", "network_name": "Session Network"}
SS_FILLS = [SS_APP] + list(SS_PHRASE.values())
SS_NOTIFICATIONS = [
    # notifications/PushReceiver.kt sendGenericNotification (count 1, as the code's comment says)
    ("generic_new_message", [SS_APP, ("messageNewYouveGot", 1)]),
    # tokenpage/TokenDropNotificationWorker.kt: the Phrase string with its {keys} filled
    ("session_network_live", [SS_APP, "@phrase:sessionNetworkNotificationLive"]),
]


def ss_text(res, lang, lines, fills):
    """app_text, with "@phrase:name" the Phrase-library string whose {keys} take SS_PHRASE."""
    def line(spec):
        if isinstance(spec, str) and spec.startswith("@phrase:"):
            text = res[spec[len("@phrase:"):]]
            for k, v in SS_PHRASE.items():
                text = text.replace("{" + k + "}", v)
            return text
        return app_text(res, lang, [spec], fills)
    return "\n".join(line(spec) for spec in lines)


def ss_items():
    git, repo = os.environ["SESSION_GIT"], "session-foundation/session-android"
    en = cm_resources(git_show(git, SS_COMMIT, SS_RES + "values/strings.xml"))

    def languages():
        for lang, folder in SS_LANGS:
            path = SS_RES + folder + "/strings.xml"
            yield (lang, cm_resources(git_show(git, SS_COMMIT, path)),
                   f"github.com/{repo}@{SS_COMMIT[:12]}:{path}")
    return notification_texts(en, languages(), SS_NOTIFICATIONS, SS_FILLS, ss_text, repo,
                              "sessionapp", "session_android_notification")


# --- Kiwix ---------------------------------------------------------------------------------------
KW_COMMIT = "31bf1e86636255b2c0a53f52914fcc701b68c17f"  # main of 2026-08-20
KW_RES = "core/src/main/res/"
KW_LANGS = [("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
KW_APP = "Kiwix"  # kiwixDataStore.appName of the Kiwix app
KW_BOOK = "Demo Wikipedia"  # the downloaded book's title
KW_FILLS = [KW_APP, KW_BOOK]
KW_NOTIFICATIONS = [
    # core/.../downloader/downloadManager/DownloadMonitorService.kt: the timeout notice and the
    # completed download
    ("download_timeout", [KW_APP, "download_timeout_resume_message"]),
    ("download_complete", [KW_BOOK, "complete"]),
    # FetchDownloadNotificationManager.getSubtitleText: a failed download
    ("download_failed", [KW_BOOK, "download_failed_state"]),
]


def kw_items():
    return app_items(os.environ["KIWIX_GIT"], "kiwix/kiwix-android", KW_COMMIT, KW_RES, KW_LANGS,
                     KW_NOTIFICATIONS, KW_FILLS, "kiwixapp", "kiwix_notification")


# --- Proton Mail (Android app, v3) ----------------------------------------------------------------
PM_COMMIT = "215edbf4f9a80efc2f683005a4df36f511d272a9"  # release of 2023-10-03 (archived project)
PM_RES = "app/src/main/res/"
PM_FILE = "demo.pdf"
PM_SUBJECT = "Demo subject"
PM_SUBJECT_QUOTED = '- "Demo subject"'  # AndroidUserNotifier: "- \"$messageSubject\""
PM_FILLS = [PM_FILE, PM_SUBJECT, PM_SUBJECT_QUOTED]
# notifications/presentation/utils/NotificationServer.kt
PM_NOTIFICATIONS = [
    # notifyAboutAttachment: downloaded, and no app to open it
    ("attachment_downloaded", [PM_FILE, "download_complete"]),
    ("attachment_no_app", [PM_FILE, "no_application_found"]),
    # the error notices (title; the expanded text is the error's message, not composed)
    ("send_failed", [["message_failed", PM_SUBJECT_QUOTED]]),
    ("save_draft_failed", [("failed_saving_draft_online", PM_SUBJECT)]),
    ("attachment_upload_failed", [("failed_uploading_attachment_online", PM_SUBJECT)]),
]


def pm_items():
    return app_items(os.environ["PROTONMAIL_GIT"], "ProtonMail/proton-mail-android", PM_COMMIT,
                     PM_RES, LANGS, PM_NOTIFICATIONS, PM_FILLS, "protonmail",
                     "protonmail_android_notification")


def items():
    yield from ad_items()
    yield from gb_items()
    yield from ts_items()
    yield from lt_items()
    yield from sl_items()
    yield from am_items()
    yield from nb_items()
    yield from bw_items()
    yield from ss_items()
    yield from kw_items()
    yield from pm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
