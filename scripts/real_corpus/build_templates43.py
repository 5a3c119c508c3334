#!/usr/bin/env python3
"""Rebuild the forty-seventh batch of tests/data/real/ (issue 12): the system notifications of five
Android apps of Chinese-speaking developer communities (Magisk, KernelSU, Clash Meta for Android,
Fcitx5 for Android, LSPosed), in Chinese and Spanish (Shizuku, once taken here too, is the
forty-sixth batch's: build_templates42.py). Only zh-Hans / zh-Hant / es texts are taken, never
English: the app's default res/values/strings.xml serves only as the reference of the
"untranslated" check (build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-47.sh   # or set MAGISK_GIT / KERNELSU_GIT / CLASHMETA_GIT / FCITX5_GIT /
                            # LSPOSED_GIT to bare git dirs of topjohnwu/Magisk,
                            # tiann/KernelSU, MetaCubeX/ClashMetaForAndroid,
                            # fcitx5-android/fcitx5-android, LSPosed/LSPosed
    python3 scripts/real_corpus/build_templates43.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates43.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-seventh batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), with build_templates31.app_items (the
thirty-fifth batch's reader: each notification as its title, a line break, then its text; a
string missing in a language skips the notification there; a text that leaves a line in English
is skipped; a zh-Hant text equal to the zh-Hans one is not taken twice):
  * magisk_notification: topjohnwu/Magisk (GPL-3.0), MG_COMMIT. Every notification of
    app/core/.../core/view/Notifications.kt and core/download/DownloadEngine.kt whose shown text
    the app composes from its own strings (MG_NOTIFICATIONS): app updated, update available, the
    two superuser notices (granted / denied, the app "Demo App"), and a module download's complete
    and failed notices (title the module's file name). Not taken: the ongoing progress notices
    (downloading, hiding the app). Languages: values-zh-rCN, values-zh-rTW, values-es of
    app/core/src/main/res.
  * kernelsu_notification: tiann/KernelSU (GPL-3.0), KS_COMMIT. manager/.../ui/util/
    DownloadService.kt, the only class that builds notifications: the download complete and
    failed notices (the file "demo-module.zip"). Not taken: the progress notice. Languages:
    values-zh-rCN (zh-Hans), values-zh-rHK (zh-Hant: the app's values-zh-rTW has none of these
    strings; a Hong Kong device shows the rHK ones), values-es of manager/app/src/main/res.
  * clashmeta_notification: MetaCubeX/ClashMetaForAndroid (GPL-3.0), CM_COMMIT.
    service/.../ProfileWorker.kt: the profile-update success notice and the failure notice (its
    title only: the text ends with the error cause the core reports, not the app's string). Not
    taken: the foreground VPN and profile-updater notices, the "updating" progress notice and the
    logcat service. Languages: values-zh (zh-Hans, the app's Simplified folder), values-zh-rTW of
    service/src/main/res; the app has no Spanish.
  * fcitx5_android_notification: fcitx5-android/fcitx5-android (LGPL-2.1), FX_COMMIT. The
    setup reminder of ui/setup/SetupActivity.kt and the restart notice of utils/AppUtil.kt (title
    the app_name, which build.gradle.kts sets to app_name_release, translated per language). Not
    taken: the ongoing importing / reloading / restarting progress notices. Languages:
    values-zh-rCN, values-zh-rTW, values-es of app/src/main/res.
  * lsposed_notification: LSPosed/LSPosed (GPL-3.0), LS_COMMIT. daemon/.../lspd/service/
    LSPNotificationManager.java, the only class that builds notifications (LS_NOTIFICATIONS): a
    module updated (scope without and with the system framework), a module installed but not
    activated (main user; second user "Bob"), and a module's scope request (title, then its
    BigText). Not taken: the ongoing "LSPosed loaded" status notice. Languages: values-zh-rCN,
    values-zh-rTW, values-es of daemon/src/main/res (the daemon's FakeContext reads them).

Placeholders get the fixed values of the earlier batches (the other app "Demo App", the profile
"Demo Profile", the module package "com.example.demomodule" and the app
"com.example.demoapp" (LSPosed), the second user "Bob", the downloaded files "Demo Module-v1.0(1).zip" (Magisk's
OnlineModule.downloadFilename form) and "demo-module.zip"). Near-duplicates (digits and white
space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates43.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os

from build_templates31 import app_items
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates43.tsv")

LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
OTHER_APP = "Demo App"

# --- Magisk --------------------------------------------------------------------------------------
MG_COMMIT = "ede844bdaa4d673617c0f14a991a79542c95967c"  # master of 2026-08-05
MG_RES = "app/core/src/main/res/"
MG_MODULE_FILE = "Demo Module-v1.0(1).zip"  # Subject.Module.title = OnlineModule.downloadFilename
MG_FILLS = [OTHER_APP, MG_MODULE_FILE]
MG_NOTIFICATIONS = [
    # core/view/Notifications.kt
    ("updated", ["updated_title", "updated_text"]),
    ("update_available", ["magisk_update_title", "manager_download_install"]),
    ("su_granted", ["su_notification_granted_title", ("su_allow_toast", OTHER_APP)]),
    ("su_denied", ["su_notification_denied_title", ("su_deny_toast", OTHER_APP)]),
    # core/download/DownloadEngine.kt notifyFinish / notifyFail (title: the subject's title)
    ("download_complete", [MG_MODULE_FILE, "download_complete"]),
    ("download_failed", [MG_MODULE_FILE, "download_file_error"]),
]


def mg_items():
    return app_items(os.environ["MAGISK_GIT"], "topjohnwu/Magisk", MG_COMMIT, MG_RES, LANGS,
                     MG_NOTIFICATIONS, MG_FILLS, "magiskapp", "magisk_notification")


# --- KernelSU ------------------------------------------------------------------------------------
KS_COMMIT = "dab9430fa1b3ce2aca34709df2d2fb6baf50018b"  # main of 2026-08-22
KS_RES = "manager/app/src/main/res/"
KS_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rHK"), ("es", "values-es")]
KS_FILE = "demo-module.zip"
KS_FILLS = [KS_FILE]
# manager/.../ui/util/DownloadService.kt buildCompletionNotification / buildFailureNotification
KS_NOTIFICATIONS = [
    ("download_complete", ["download_complete_title", ("download_complete_content", KS_FILE)]),
    ("download_failed", ["download_failed_title", ("download_failed_content", KS_FILE)]),
]


def ks_items():
    return app_items(os.environ["KERNELSU_GIT"], "tiann/KernelSU", KS_COMMIT, KS_RES, KS_LANGS,
                     KS_NOTIFICATIONS, KS_FILLS, "kernelsuapp", "kernelsu_notification")


# --- Clash Meta for Android ----------------------------------------------------------------------
CM_COMMIT = "82b73a4bca24f1606e4b443bc9574cf1758c9693"  # main of 2026-07-18
CM_RES = "service/src/main/res/"
CM_LANGS = [("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW")]
CM_PROFILE = "Demo Profile"
CM_FILLS = [CM_PROFILE]
# service/.../ProfileWorker.kt completed / failed
CM_NOTIFICATIONS = [
    ("update_completed", ["update_successfully", ("format_update_complete", CM_PROFILE)]),
    ("update_failed", ["update_failure"]),
]


def cm_items():
    return app_items(os.environ["CLASHMETA_GIT"], "MetaCubeX/ClashMetaForAndroid", CM_COMMIT,
                     CM_RES, CM_LANGS, CM_NOTIFICATIONS, CM_FILLS, "clashmetaapp",
                     "clashmeta_notification")


# --- Fcitx5 for Android --------------------------------------------------------------------------
FX_COMMIT = "6998502528cd26efb6079556da92003638e4179c"  # master of 2026-08-21
FX_RES = "app/src/main/res/"
FX_FILLS = ["Fcitx5"]  # app_name_release of values/ (and values-es/): the name, not a sentence
# app_name is resValue("string", "app_name", "@string/app_name_release") in app/build.gradle.kts
FX_NOTIFICATIONS = [
    ("setup_reminder", ["app_name_release", "setup_keyboard"]),  # ui/setup/SetupActivity.kt
    ("restarted", ["app_name_release", "restart_notify_msg"]),  # utils/AppUtil.kt
]


def fx_items():
    return app_items(os.environ["FCITX5_GIT"], "fcitx5-android/fcitx5-android", FX_COMMIT,
                     FX_RES, LANGS, FX_NOTIFICATIONS, FX_FILLS, "fcitx5app",
                     "fcitx5_android_notification")


# --- LSPosed -------------------------------------------------------------------------------------
LS_COMMIT = "df74d83eb03a44cc6ad268841ac2ada28d077c77"  # master of 2024-01-07 (the last commit)
LS_RES = "daemon/src/main/res/"
LS_MODULE = "com.example.demomodule"  # the module's package name
LS_APP = "com.example.demoapp"  # the package the module asks to add to its scope
LS_USER = "Bob"  # UserService.getUserName of the second user
LS_FILLS = [LS_MODULE, LS_APP, LS_USER]
# daemon/.../lspd/service/LSPNotificationManager.java notifyModuleUpdated / requestModuleScope
LS_NOTIFICATIONS = [
    ("module_updated", ["xposed_module_updated_notification_title",
                        ("xposed_module_updated_notification_content", LS_MODULE)]),
    ("module_updated_system", ["xposed_module_updated_notification_title_system",
                               ("xposed_module_updated_notification_content_system", LS_MODULE)]),
    ("module_not_activated", ["module_is_not_activated_yet",
                              ("module_is_not_activated_yet_main_user_detailed", LS_MODULE,
                               LS_USER)]),
    ("module_not_activated_other_user", ["module_is_not_activated_yet",
                                         ("module_is_not_activated_yet_multi_user_detailed",
                                          LS_MODULE, LS_USER)]),
    ("scope_request", ["xposed_module_request_scope_title",
                       ("xposed_module_request_scope_content", LS_MODULE, LS_USER, LS_APP)]),
]


def ls_items():
    return app_items(os.environ["LSPOSED_GIT"], "LSPosed/LSPosed", LS_COMMIT, LS_RES, LANGS,
                     LS_NOTIFICATIONS, LS_FILLS, "lsposedapp", "lsposed_notification")


def items():
    yield from mg_items()
    yield from ks_items()
    yield from cm_items()
    yield from fx_items()
    yield from ls_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
