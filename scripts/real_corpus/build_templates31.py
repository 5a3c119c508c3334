#!/usr/bin/env python3
"""Rebuild the thirty-fifth batch of tests/data/real/ (issue 12): the system notifications of four
Android apps (Nextcloud, ownCloud, NewPipe, the F-Droid client), in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts are taken, never
English: the app's default res/values/strings.xml serves only as the reference of the
"untranslated" check (build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-35.sh   # or set NEXTCLOUD_ANDROID_GIT / OWNCLOUD_ANDROID_GIT / NEWPIPE_GIT /
                            # FDROID_GIT to bare git dirs of nextcloud/android, owncloud/android,
                            # TeamNewPipe/NewPipe, f-droid/fdroidclient
    python3 scripts/real_corpus/build_templates31.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates31.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-fifth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * nextcloud_android_notification: nextcloud/android (GPL-2.0), NC_COMMIT. Every system
    notification whose shown text the app composes wholly from its own strings (NC_NOTIFICATIONS:
    the callers of NotificationCompat.Builder's setContentTitle / setContentText / bigText under
    app/src/main/java), title, a line break, then the text; ongoing progress notices (uploading,
    downloading, syncing, exporting, the media player, foreground services) and notices whose
    text is the server's (push notifications) or an error cause are not taken. zh-Hans from
    res/values-zh-rCN, zh-Hant from res/values-zh-rTW, es from res/values-es (the helpers
    cm_resources / cm_get of build_templates29 read the strings and plurals, plurals with
    quantity 1: "other" in Chinese, "one" in Spanish). A string missing in a language skips that
    notification there (Android would show the English string).
  * owncloud_android_notification: owncloud/android (GPL-2.0), OC_COMMIT, the same way
    (OC_NOTIFICATIONS: file conflict, sync failures, camera uploads, download success).
  * newpipe_notification: TeamNewPipe/NewPipe (GPL-3.0), NP_COMMIT (NP_NOTIFICATIONS: app update,
    new streams, error-report title, download finished / failed, subscriptions import / export
    failures with each message of getErrorMessage).
  * fdroid_notification: f-droid/fdroidclient (GPL-3.0; the GitHub mirror), FD_COMMIT
    (FD_NOTIFICATIONS: updates available, update awaiting confirmation, update success, self
    update).
  In every app a zh-Hant text equal to the app's zh-Hans text of the same notification is not
  taken twice (values-zh-rTW entries copied from the Simplified translation).

Placeholders get the fixed values of the earlier batches (account alice@cloud.example.com, the
folder "Demo", the files demo.pdf and "Demo video.mp4", the channel "Demo Channel", the app line
"Demo App 1.0 → 1.1", version 0.28.4, counts 1; 3 where a count is not a plural). Near-duplicates (digits and white space aside)
collapse within a source and language. Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates31.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean, cm_get, cm_resources
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates31.tsv")

# --- Nextcloud Android app -----------------------------------------------------------------------
NC_COMMIT = "36277a102205708553c5f274d265f7e83da43596"  # master of 2026-08-22
NC_RES = "app/src/main/res/"
NC_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
NC_ACCOUNT = "alice@cloud.example.com"
NC_FOLDER = "Demo"
NC_FILE = "demo.pdf"
NC_APP = "Nextcloud"  # app_name of res/values/setup.xml, not translated
NC_FILLS = [NC_ACCOUNT, NC_FOLDER, NC_FILE, NC_APP]
# notification -> its lines: each a string spec (a name, or (name, args…)); an argument "@name"
# is that string of the same language (the media-folder title takes the translated "photo").
NC_NOTIFICATIONS = [
    # documentscan/GeneratePdfFromImagesWork.kt: the failure notice (text only)
    ("pdf_generation_failed", ["document_scan_pdf_generation_failed"]),
    # jobs/FilesExportWork.kt: the summary notice (title only)
    ("export_successful", [("export_successful", 1)]),
    ("export_failed", [("export_failed", 1)]),
    ("export_partially_failed", [("export_partially_failed", 1)]),
    # jobs/MediaFoldersDetectionWork.kt: title, then the folder's name
    ("new_media_folder_photos", [("new_media_folder_detected", "@new_media_folder_photos"),
                                 NC_FOLDER]),
    ("new_media_folder_videos", [("new_media_folder_detected", "@new_media_folder_videos"),
                                 NC_FOLDER]),
    # jobs/NotificationWork.kt: the public (lock-screen) version of a push notification
    ("push_public_version", ["new_notification"]),
    # jobs/folderDownload/FolderDownloadWorkerNotificationManager.kt: the result notices
    ("folder_download_success", [("folder_download_success_notification_title", NC_FOLDER)]),
    ("folder_download_error", [("folder_download_error_notification_title", NC_FOLDER)]),
    ("folder_download_no_space", ["folder_download_insufficient_disk_space_notification_title"]),
    # jobs/upload/UploadNotificationManager.kt: the result notices (title only)
    ("upload_same_file_exists", [("file_upload_worker_same_file_already_exists", NC_FILE)]),
    ("upload_quota_exceeded", ["upload_quota_exceeded"]),
    ("upload_no_connection", ["file_upload_worker_error_notification_title"]),
    ("upload_global_pause", ["upload_global_pause_title"]),
    # jobs/utils/UploadErrorNotificationManager.kt: title, then the expanded (BigText) text
    ("upload_failed_credentials", ["uploader_upload_failed_credentials_error",
                                   "upload_notification_manager_content_intent_description"]),
    ("upload_failed_conflict", ["uploader_upload_failed_sync_conflict_error",
                                "upload_notification_manager_content_intent_description"]),
    ("upload_failed_locked", ["upload_locked_title",
                              "upload_notification_manager_content_intent_description"]),
    ("upload_failed", ["uploader_upload_failed_ticker",
                       "upload_notification_manager_content_intent_description"]),
    # notifications/AppWideNotificationManager.kt
    ("sync_conflict", ["sync_conflict_notification_title", "sync_conflict_notification_description"]),
    # operations/upload/UploadFileOperationExtensions.kt
    ("upload_missing_storage_permission", ["upload_missing_storage_permission_title",
                                           "upload_missing_storage_permission_description"]),
    # syncadapter/FileSyncAdapter.java
    ("sync_fail_unauthorized", ["sync_fail_ticker_unauthorized",
                                ("sync_fail_content_unauthorized", NC_ACCOUNT)]),
    ("sync_fail", ["sync_fail_ticker", ("sync_fail_content", NC_ACCOUNT)]),
    ("sync_fail_in_favourites", ["sync_fail_in_favourites_ticker",
                                 ("sync_fail_in_favourites_content", 1, 0)]),
    ("sync_conflicts_in_favourites", ["sync_conflicts_in_favourites_ticker",
                                      ("sync_conflicts_in_favourites_ticker", 1)]),
    ("sync_foreign_files_forgotten", ["sync_foreign_files_forgotten_ticker",
                                      ("sync_foreign_files_forgotten_content", 1, NC_APP)]),
]


def app_line(res, lang, spec, fills):
    """One line: a literal fill value, or a string spec of `res` (KeyError where it is missing)."""
    if isinstance(spec, str) and spec in fills:
        return spec
    if isinstance(spec, list):  # parts joined by a space on one line
        return " ".join(app_line(res, lang, p, fills) for p in spec)
    if isinstance(spec, tuple):
        name, *args = spec
        args = [cm_get(res, lang, a[1:]) if isinstance(a, str) and a.startswith("@") else a
                for a in args]
        return cm_get(res, lang, (name, *args)) if args else cm_get(res, lang, name)
    return cm_get(res, lang, spec)


def app_text(res, lang, lines, fills):
    return "\n".join(app_line(res, lang, s, fills) for s in lines)


def strip_fills(text, fills):
    for v in fills:
        text = text.replace(v, "")
    return text


def is_new_text(seen, hans, lang, name, text):
    """Whether `text` is taken as new: met for the first time in its language's `seen` (is_new:
    near-duplicates collapse) and, in zh-Hant, not the zh-Hans text of the same unit `name` again
    (`hans`: unit -> its zh-Hans text, noted here for a zh-Hans text taken). Ask it last, once
    every other check has passed."""
    if not is_new(seen, text) or (lang == "zh-Hant" and hans.get(name) == text):
        return False
    if lang == "zh-Hans":
        hans[name] = text
    return True


def app_items(git, repo, commit, res_dir, langs, notifications, fills, prefix, source):
    """Every notification of `notifications` in every language of `langs` (zh-Hans first), read
    from `res_dir`<folder>/strings.xml, as `notification_texts` takes them."""
    en = cm_resources(git_show(git, commit, res_dir + "values/strings.xml"))

    def languages():
        for lang, folder in langs:
            path = res_dir + folder + "/strings.xml"
            yield (lang, cm_resources(git_show(git, commit, path)),
                   f"github.com/{repo}@{commit[:12]}:{path}")
    yield from notification_texts(en, languages(), notifications, fills, app_text, repo, prefix,
                                  source)


def notification_texts(en, languages, notifications, fills, text_of, repo, prefix, source):
    """Every notification of `notifications` in each (lang, resources, where) of `languages`
    (zh-Hans first) that has all its strings, does not leave a line in English (`en`, the English
    resources) and, in zh-Hant, is not the zh-Hans text again (values-zh-rTW entries copied from
    the Simplified translation); `text_of(res, lang, lines, fills)` writes one notification."""
    hans = {}  # notification -> its zh-Hans text: a zh-Hant text equal to it is not taken twice
    for lang, res, where in languages:
        seen = set()
        for name, lines in notifications:
            try:
                text = clean(text_of(res, lang, lines, fills))
            except KeyError:
                continue
            en_text = text_of(en, "es", lines, fills)
            if untranslated_lines(strip_fills(text, fills), strip_fills(en_text, fills)) \
                    or not is_new_text(seen, hans, lang, name, text):
                continue
            yield item(f"{prefix}-{sha(lang + '#' + name)[:12]}", lang, text, source,
                       f"{where}#{name}", f"{repo}:{name}", "every_app_notification")


def nc_items():
    return app_items(os.environ["NEXTCLOUD_ANDROID_GIT"], "nextcloud/android", NC_COMMIT, NC_RES,
                     NC_LANGS, NC_NOTIFICATIONS, NC_FILLS, "ncapp",
                     "nextcloud_android_notification")


# --- ownCloud Android app ------------------------------------------------------------------------
OC_COMMIT = "73316e6f4591c4ef008eeab0d6b587cdcc27b08c"  # master of 2026-07-24
OC_RES = "owncloudApp/src/main/res/"
OC_LANGS = NC_LANGS
OC_ACCOUNT = "alice@cloud.example.com"
OC_PATH = "/Demo/demo.pdf"
OC_FILE = "demo.pdf"
OC_FILLS = [OC_ACCOUNT, OC_PATH, OC_FILE]
OC_NOTIFICATIONS = [
    # utils/NotificationUtils.kt notifyConflict
    ("conflict", ["conflict_title", ("conflict_description", OC_PATH)]),
    # syncadapter/FileSyncAdapter.java
    ("sync_fail_unauthorized", ["sync_fail_ticker_unauthorized",
                                ("sync_fail_content_unauthorized", OC_ACCOUNT)]),
    ("sync_fail", ["sync_fail_ticker", ("sync_fail_content", OC_ACCOUNT)]),
    # workers/AutomaticUploadsWorker.kt
    ("camera_uploads_pictures", ["uploader_upload_camera_upload_files",
                                 ("uploader_upload_picture_upload_files", 3)]),
    ("camera_uploads_videos", ["uploader_upload_camera_upload_files",
                               ("uploader_upload_video_upload_files", 3)]),
    ("camera_uploads_pictures_path_error", ["uploader_upload_camera_upload_source_path_error",
                                            "uploader_upload_picture_upload_error"]),
    ("camera_uploads_videos_path_error", ["uploader_upload_camera_upload_source_path_error",
                                          "uploader_upload_video_upload_error"]),
    # workers/DownloadFileWorker.kt, the success notice (ErrorMessageAdapter's text)
    ("download_succeeded", ["downloader_download_succeeded_ticker",
                            ("downloader_download_succeeded_content", OC_FILE)]),
]


def oc_items():
    return app_items(os.environ["OWNCLOUD_ANDROID_GIT"], "owncloud/android", OC_COMMIT, OC_RES,
                     OC_LANGS, OC_NOTIFICATIONS, OC_FILLS, "ocapp",
                     "owncloud_android_notification")


# --- NewPipe --------------------------------------------------------------------------------------
NP_COMMIT = "79767f95f7611c79891828383d7adbf6d3a8ac0b"  # dev of 2026-03-08
NP_RES = "app/src/main/res/"
NP_LANGS = NC_LANGS
NP_CHANNEL = "Demo Channel"
NP_VIDEO = "Demo video.mp4"
NP_VERSION = "0.28.4"
NP_FILLS = [NP_CHANNEL, NP_VIDEO, NP_VERSION]
NP_NOTIFICATIONS = [
    # NewVersionWorker.kt
    ("app_update", ["app_update_available_notification_title",
                    ("app_update_available_notification_text", NP_VERSION)]),
    # local/feed/notifications/NotificationHelper.kt: the summary of a channel's new streams
    ("new_streams", [NP_CHANNEL, ("new_streams", 1)]),
    # error/ErrorUtil.kt: the title (its text is the error's own message, not taken)
    ("error_report", ["error_report_notification_title"]),
    # us/shandian/giga/service/DownloadManagerService.java: the expanded done / failed notices
    ("download_finished", [("download_finished_notification", 1), NP_VIDEO]),
    ("download_failed", ["download_failed", NP_VIDEO]),
] + [
    # local/subscription/services/BaseImportExportService.java: handleError's title and the
    # messages of getErrorMessage
    (f"{title}#{message}", [title, message])
    for title in ["subscriptions_import_unsuccessful", "subscriptions_export_unsuccessful"]
    for message in ["invalid_source", "invalid_file", "network_error"]
]


def np_items():
    return app_items(os.environ["NEWPIPE_GIT"], "TeamNewPipe/NewPipe", NP_COMMIT, NP_RES,
                     NP_LANGS, NP_NOTIFICATIONS, NP_FILLS, "npapp", "newpipe_notification")


# --- F-Droid client -------------------------------------------------------------------------------
FD_COMMIT = "b962e281343a533984b19fb2560d96299d428b96"  # master of 2026-07-21
FD_RES = "app/src/main/res/"
FD_LANGS = NC_LANGS
FD_APP = "F-Droid"  # app_name of the full flavour (app_name_full, the same in every language)
FD_UPDATE = "Demo App 1.0 → 1.1"  # AppState.displayStr / AppUpdate of one app
FD_UPDATE_ITEM = "• " + FD_UPDATE
FD_FILLS = [FD_APP, FD_UPDATE, FD_UPDATE_ITEM]
FD_NOTIFICATIONS = [
    # NotificationManager.kt + updates/UpdateNotificationState.kt: one update available
    ("app_updates_available", [("notification_summary_app_updates", 1), FD_UPDATE_ITEM]),
    # install/InstallNotificationState.kt: an update waiting for the user's confirmation
    ("install_needs_confirmation", [["notification_installing_confirmation",
                                     ("notification_updating_title", 1)],
                                    "notification_installing_section_confirmation",
                                    FD_UPDATE_ITEM]),
    # the success notice of one updated app
    ("install_success", [("notification_update_success_title", 1), FD_UPDATE]),
    # NotificationManager.showSelfUpdateNotification
    ("self_update", [("notification_self_update_title", FD_APP)]),
]


def fd_items():
    return app_items(os.environ["FDROID_GIT"], "f-droid/fdroidclient", FD_COMMIT, FD_RES,
                     FD_LANGS, FD_NOTIFICATIONS, FD_FILLS, "fdapp", "fdroid_notification")


def items():
    yield from nc_items()
    yield from oc_items()
    yield from np_items()
    yield from fd_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
