#!/usr/bin/env python3
"""Rebuild the thirty-seventh batch of tests/data/real/ (issue 12): the system notifications of
three Android apps (Mihon, AntennaPod, DAVx5), in Chinese and Spanish. Only zh-Hans / zh-Hant / es
texts are taken, never English: the app's default strings serve only as the reference of the
"untranslated" check (build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-37.sh   # or set MIHON_GIT / ANTENNAPOD_GIT / DAVX5_GIT / DAVX5_L10N_GIT to
                            # bare git dirs of mihonapp/mihon, AntennaPod/AntennaPod,
                            # bitfireAT/davx5-ose and bitfireAT/davx5-translations
    python3 scripts/real_corpus/build_templates33.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates33.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-seventh batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * mihon_notification: mihonapp/mihon (Apache-2.0), MH_COMMIT. Every system notification whose
    shown text the app composes wholly from its own strings (MH_NOTIFICATIONS: the callers of
    NotificationCompat.Builder's setContentTitle / setContentText / BigTextStyle.bigText under
    app/src/main/java), title, a line break, then the text; ongoing progress notices (creating or
    restoring a backup, downloading, updating the library, installing an extension) and texts that
    are an error cause formatted from an exception are not taken (a notice whose title is the
    app's and whose text is such a cause is taken with its title alone). The strings are the
    moko-resources of i18n/src/commonMain/moko-resources/<lang>/{strings,plurals}.xml: zh-Hans
    from zh-rCN, zh-Hant from zh-rTW, es from es, the reference from base.
  * antennapod_notification: AntennaPod/AntennaPod (GPL-3.0), AP_COMMIT, the same way
    (AP_NOTIFICATIONS; strings of ui/i18n/src/main/res/values{,-zh-rCN,-zh-rTW,-es}/strings.xml).
  * davx5_notification: bitfireAT/davx5-ose (GPL-3.0), DV_COMMIT, the same way (DV_NOTIFICATIONS,
    under core/src/main/kotlin); the English reference is core/src/main/res/values/strings.xml,
    the translations come from the app's `l10n` submodule, bitfireAT/davx5-translations (GPL-3.0)
    at the commit DV_COMMIT pins (DV_L10N_COMMIT): translations/ose/values-zh (zh-Hans),
    values-zh-rTW (zh-Hant), values-es. The notification's sub-text (the account, in its header)
    is not taken.
  Plurals are read with quantity 1 ("other" in Chinese, "one" in Spanish; cm_get of
  build_templates29). A string missing in a language skips that notification there (Android would
  show the English string); a zh-Hant text equal to the app's zh-Hans text of the same
  notification is not taken twice.

Placeholders get the fixed values of the earlier batches (the entry "Demo Manga", the chapter
"Demo Chapter", the podcast "Demo Podcast", the extension "Demo Extension", the DAVx5 account
alice@dav.example.com, the collection "Demo Calendar", the tasks app "Demo Tasks" and its version
1.1.3, the backup file /storage/emulated/0/Mihon/autobackup/demo.tachibk, chapter 12, counts 1,
the duration 01 min 30 sec, the app names "Mihon" and "DAVx⁵" of the apps' English strings, not
translatable). Near-duplicates (digits and white space aside) collapse within a source and
language. Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates33.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from build_templates29 import cm_get, cm_resources
from build_templates31 import notification_texts
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates33.tsv")


def line(res, lang, spec, fills):
    """One line: a literal fill value, a string name, or (name, args…) where an argument may
    itself be such a spec of the same language (Mihon's restore duration inside its message)."""
    if isinstance(spec, str) and spec in fills:
        return spec
    if isinstance(spec, tuple):
        name, *args = spec
        args = [line(res, lang, a, fills) if isinstance(a, tuple) else a for a in args]
        if args:
            # Android's zero-padded %N$02d (Mihon's restore_duration): the fill is already padded
            value = res[name]
            if isinstance(value, str):
                res = dict(res, **{name: re.sub(r"%(\d+)\$02d", r"%\1$s", value)})
        return cm_get(res, lang, (name, *args)) if args else cm_get(res, lang, name)
    return cm_get(res, lang, spec)


def text_of(res, lang, lines, fills):
    return "\n".join(line(res, lang, s, fills) for s in lines)


def notification_items(git, repo, commit, files, langs, notifications, fills, prefix, source):
    """Every notification of `notifications` in every language of `langs` (the first row is the
    English reference, then zh-Hans first), as build_templates31.notification_texts takes them.
    `files(folder)` lists the resource files of one language folder: a path in `git`
    at `commit`, or (git, repo, commit, path) of another repository (DAVx5's translations)."""
    def resources(folder):
        res = {}
        for f in files(folder):
            g, _, c, path = f if isinstance(f, tuple) else (git, repo, commit, f)
            res.update(cm_resources(git_show(g, c, path)))
        return res

    def where(folder):
        fs = files(folder)
        r, c = (fs[0][1], fs[0][2]) if isinstance(fs[0], tuple) else (repo, commit)
        paths = [f[3] if isinstance(f, tuple) else f for f in fs]
        return f"github.com/{r}@{c[:12]}:" + ("{" + ",".join(paths) + "}" if len(paths) > 1
                                              else paths[0])
    en = resources(langs[0][1])
    languages = ((lang, resources(folder), where(folder)) for lang, folder in langs[1:])
    yield from notification_texts(en, languages, notifications, fills, text_of, repo, prefix,
                                  source)


# --- Mihon ---------------------------------------------------------------------------------------
MH_COMMIT = "a2c24ff0429ad2502b612c9ab1f2b09966629f73"  # main of 2026-08-22
MH_RES = "i18n/src/commonMain/moko-resources/"
# (lang, folder); the first row is the English reference
MH_LANGS = [("en", "base"), ("zh-Hans", "zh-rCN"), ("zh-Hant", "zh-rTW"),
            ("es", "es")]
MH_APP = "Mihon"  # app_name of base/strings.xml, translatable="false"
MH_MANGA = "Demo Manga"
MH_EXTENSION = "Demo Extension"
MH_BACKUP = "/storage/emulated/0/Mihon/autobackup/demo.tachibk"
MH_ERROR_TITLE = MH_MANGA + ": Demo Chapter"  # DownloadNotifier.onError: "<entry>: <chapter name>"
# longest first: strip_fills takes them out in this order
MH_FILLS = [MH_BACKUP, MH_ERROR_TITLE, MH_EXTENSION, MH_MANGA, MH_APP, "01", "30", "12"]
MH_NOTIFICATIONS = [
    # App.kt: the incognito-mode notice
    ("incognito", ["pref_incognito_mode", "notification_incognito_text"]),
    # data/backup/BackupNotifier.kt: the result notices (an error's text is the exception's)
    ("backup_error", ["creating_backup_error"]),
    ("backup_created", ["backup_created", MH_BACKUP]),
    ("restore_error", ["restoring_backup_error"]),
    ("restore_completed", ["restore_completed",
                           ("restore_completed_message", ("restore_duration", "01", "30"), 1)]),
    ("library_sync_complete", ["library_sync_complete",
                               ("restore_completed_message", ("restore_duration", "01", "30"),
                                1)]),
    # data/download/DownloadNotifier.kt: paused, the warnings (Downloader / DownloadJob reasons)
    # and the errors whose text is the app's
    ("download_paused", ["chapter_paused", "download_notifier_download_paused"]),
    ("download_warning_wifi", ["download_notifier_downloader_title",
                               "download_notifier_text_only_wifi"]),
    ("download_warning_network", ["download_notifier_downloader_title",
                                  "download_notifier_no_network"]),
    ("download_warning_queue_size", ["download_notifier_downloader_title",
                                     ("download_queue_size_warning", MH_APP)]),
    ("download_error_unknown", ["download_notifier_downloader_title",
                                "download_notifier_unknown_error"]),
    ("download_error_space", [MH_ERROR_TITLE, "download_insufficient_space"]),
    # data/library/LibraryUpdateNotifier.kt
    ("library_size_warning", ["label_warning", "notification_size_warning"]),
    ("update_errors", [("notification_update_error", 1), "action_show_errors"]),
    ("new_chapters_summary", ["notification_new_chapters", MH_MANGA]),
    ("new_chapters_generic", [MH_MANGA, ("notification_chapters_generic", 1)]),
    ("new_chapters_single", [MH_MANGA, ("notification_chapters_single", "12")]),
    # extension/api/ExtensionUpdateNotifier.kt
    ("extension_updates", [("update_check_notification_ext_updates", 1), MH_EXTENSION]),
    # ui/reader/SaveImageNotifier.kt
    ("save_image_error", ["download_notifier_title_error", "unknown_error"]),
    ("picture_saved", ["picture_saved"]),
]


def mh_files(folder):
    return [MH_RES + folder + "/strings.xml", MH_RES + folder + "/plurals.xml"]


def mh_items():
    return notification_items(os.environ["MIHON_GIT"], "mihonapp/mihon", MH_COMMIT, mh_files,
                              MH_LANGS, MH_NOTIFICATIONS, MH_FILLS, "mhapp", "mihon_notification")


# --- AntennaPod -----------------------------------------------------------------------------------
AP_COMMIT = "b7ee12ccfc026b7fe6ca7206a925a05a23e15cca"  # develop of 2026-07-21
AP_RES = "ui/i18n/src/main/res/"
AP_LANGS = [("en", "values"), ("zh-Hans", "values-zh-rCN"),
            ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
AP_PODCAST = "Demo Podcast"
AP_FILLS = [AP_PODCAST]
AP_NOTIFICATIONS = [
    # net/download/service/episode/EpisodeDownloadWorker.java: the failed-download notice
    ("episode_download_failed", ["episode_download_failed", "download_error_tap_for_details"]),
    # net/download/service/feed/NewEpisodesNotification.java: one feed's notice and the summary
    ("new_episodes", [("new_episode_notification_title", 1),
                      ("new_episode_notification_message", 1, AP_PODCAST)]),
    ("new_episodes_summary", ["new_episode_notification_group_text"]),
    # net/sync/service/SyncService.java: the title (its text ends with the exception's message)
    ("sync_error", ["gpodnetsync_error_title"]),
    # playback/service/PlaybackService.java
    ("confirm_mobile_streaming", ["confirm_mobile_streaming_notification_title",
                                  "confirm_mobile_streaming_notification_message"]),
    # storage/importexport/AutomaticDatabaseExportWorker.java: the title (text: the exception)
    ("database_export_error", ["automatic_database_export_error"]),
]


def ap_files(folder):
    return [AP_RES + folder + "/strings.xml"]


def ap_items():
    return notification_items(os.environ["ANTENNAPOD_GIT"], "AntennaPod/AntennaPod", AP_COMMIT,
                              ap_files, AP_LANGS, AP_NOTIFICATIONS, AP_FILLS, "apapp",
                              "antennapod_notification")


# --- DAVx5 ----------------------------------------------------------------------------------------
DV_COMMIT = "2534c16b00cd5351e1a51614090f7ccb7a9922bf"  # davx5-ose main of 2026-08-21
DV_L10N_COMMIT = "d99988fed552b8cb8c7c7648c27e0a7a87d003c1"  # its l10n submodule (2026-08-18)
DV_LANGS = [("en", "values"), ("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW"),
            ("es", "values-es")]
DV_APP = "DAVx⁵"  # app_name of core/src/main/res/values/strings.xml, translatable="false"
DV_ACCOUNT = "alice@dav.example.com"
DV_COLLECTION = "Demo Calendar"
DV_TASKS_APP = "Demo Tasks"
DV_VERSION = "1.1.3"
DV_FILLS = [DV_ACCOUNT, DV_COLLECTION, DV_TASKS_APP, DV_APP, DV_VERSION]
DV_NOTIFICATIONS = [
    # db/AppDatabase.kt: the destructive-migration notice
    ("database_destructive_migration", ["database_destructive_migration_title",
                                        "database_destructive_migration_text"]),
    # log/LogFileHandler.kt: the verbose-logging notice
    ("verbose_logging", ["app_settings_logging", ("logging_notification_text", DV_APP)]),
    # servicedetection/RefreshCollectionsWorker.kt: the two refresh errors
    ("refresh_failed_authentication", ["refresh_collections_worker_refresh_failed",
                                       "sync_error_authentication_failed"]),
    ("refresh_failed", ["refresh_collections_worker_refresh_failed",
                        "refresh_collections_worker_refresh_couldnt_refresh"]),
    # sync/SyncNotificationManager.kt: the content-provider errors
    ("contacts_storage_disabled", ["sync_warning_contacts_storage_disabled_title",
                                   "sync_warning_contacts_storage_disabled_description"]),
    ("calendar_storage_disabled", ["sync_warning_calendar_storage_disabled_title",
                                   "sync_warning_calendar_storage_disabled_description"]),
    # sync/SyncExceptionHandler.kt + SyncNotificationManager.notifyException: the one sync error
    # whose text is wholly the app's (the others append the exception's message); title = the
    # collection
    ("sync_error_authentication", [DV_COLLECTION, "sync_error_authentication_failed"]),
    # SyncExceptionHandler + SyncNotificationManager.notifyInvalidResource
    ("invalid_contact", ["sync_invalid_contact", "sync_invalid_resources_ignoring"]),
    ("invalid_event", ["sync_invalid_event", "sync_invalid_resources_ignoring"]),
    ("invalid_task", ["sync_invalid_task", "sync_invalid_resources_ignoring"]),
    # sync/TasksAppManager.kt: the tasks app is too old
    ("tasks_too_old", [("sync_error_tasks_too_old", DV_TASKS_APP),
                       ("sync_error_tasks_required_version", DV_VERSION)]),
    # sync/worker/BaseSyncWorker.kt: title = the account
    ("retry_limit_reached", [DV_ACCOUNT, "sync_error_retry_limit_reached"]),
    # ui/NotificationRegistry.kt: missing permissions
    ("permissions", ["sync_error_permissions", "sync_error_permissions_text"]),
    # push/PushNotificationManager.kt: a push arrived, the sync is scheduled but has not run
    ("sync_pending_push", ["sync_notification_pending_push_title",
                           "sync_notification_pending_push_message"]),
    # push/PushRegistrationManager.kt: no UnifiedPush distributor
    ("push_distributor_required", ["push_distributor_selection_required_title",
                                   "push_distributor_selection_required_message"]),
]


def dv_files(folder):
    if folder == "values":
        return ["core/src/main/res/values/strings.xml"]
    return [(os.environ["DAVX5_L10N_GIT"], "bitfireAT/davx5-translations", DV_L10N_COMMIT,
             f"translations/ose/{folder}/strings.xml")]


def dv_items():
    return notification_items(os.environ["DAVX5_GIT"], "bitfireAT/davx5-ose", DV_COMMIT, dv_files,
                              DV_LANGS, DV_NOTIFICATIONS, DV_FILLS, "dvapp", "davx5_notification")


def items():
    yield from mh_items()
    yield from ap_items()
    yield from dv_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
