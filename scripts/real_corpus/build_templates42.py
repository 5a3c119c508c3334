#!/usr/bin/env python3
"""Rebuild the forty-sixth batch of tests/data/real/ (issue 12): the system notifications of
twelve Android apps (Bitwarden, Firefox for Android, DuckDuckGo, NetGuard, Mullvad VPN, AdAway,
Aurora Store, Droid-ify, Obtainium, Fossify Clock, KDE Connect, Shizuku), in Chinese and Spanish.
Only zh-Hans / zh-Hant / es texts are taken, never English: the app's default strings serve only
as the reference of the "untranslated" check (build_templates3.untranslated_lines) and to find the
templates.

Usage:
    . /work/rebuild-46.sh   # or set BITWARDEN_ANDROID_GIT / DUCKDUCKGO_ANDROID_GIT / NETGUARD_GIT /
                            # MULLVAD_GIT / ADAWAY_GIT / AURORA_STORE_GIT / DROIDIFY_GIT /
                            # OBTAINIUM_GIT / FOSSIFY_CLOCK_GIT / KDECONNECT_GIT / SHIZUKU_GIT to
                            # bare git dirs of bitwarden/android, duckduckgo/Android, M66B/NetGuard,
                            # mullvad/mullvadvpn-app, AdAway/AdAway, whyorean/AuroraStore,
                            # Droid-ify/client, ImranR98/Obtainium, FossifyOrg/Clock,
                            # KDE/kdeconnect-android, RikkaApps/Shizuku (the Firefox strings are
                            # read from raw/)
    python3 scripts/real_corpus/build_templates42.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates42.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-sixth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`), with build_templates31's reader
(app_items / notification_texts: each notification as its title, a line break, then its text; a
string missing in a language skips the notification there; a line left in English skips it; a
zh-Hant text equal to the zh-Hans one is not taken twice):
  * bitwarden_android_notification: bitwarden/android (GPL-3.0), BW_COMMIT. The app's only system
    notification, the log-in request of AuthRequestNotificationManagerImpl.kt (BW_NOTIFICATIONS).
    Languages: values-zh-rCN, values-zh-rTW, values-es-rES of ui/src/main/res.
  * firefox_android_notification: mozilla-l10n/android-l10n (MPL-2.0), over the fetch limit: read
    through the file index, the entries used copied verbatim to raw/firefox_android/. Fenix's
    send-tab and closed-tabs notices (FX_FENIX_NOTIFICATIONS, zh-Hans and zh-Hant only, checked
    with build_templates30.zh_untranslated) and Android Components' download notices
    (FX_DL_NOTIFICATIONS, with their English file).
  * duckduckgo_android_notification: duckduckgo/Android (Apache-2.0), DDG_COMMIT; Spanish only
    (no Chinese translation). DDG_NOTIFICATIONS per module, each module's values*/ files merged.
  * netguard_notification: M66B/NetGuard (GPL-3.0), NG_COMMIT: ServiceSinkhole.java's notices
    that are not ongoing (NG_NOTIFICATIONS). Spanish is values-es-rES.
  * mullvad_android_notification: mullvad/mullvadvpn-app (GPL-3.0), MV_COMMIT: the account-expiry
    notice (MV_NOTIFICATIONS), strings.xml and plurals.xml of android/lib/ui/resource.
  * adaway_notification: AdAway/AdAway (GPL-3.0), AA_COMMIT: the two update notices
    (strings_notification.xml; zh-Hans is values-zh, Simplified).
  * aurora_store_notification: whyorean/AuroraStore (GPL-3.0, the GitHub mirror), AU_COMMIT:
    NotificationUtil.kt's notices that are not ongoing (AU_NOTIFICATIONS).
  * droidify_notification: Droid-ify/client (GPL-3.0), DI_COMMIT: download, validation, install
    and update notices (DI_NOTIFICATIONS).
  * obtainium_notification: ImranR98/Obtainium (GPL-3.0), OB_COMMIT: notifications_provider.dart's
    notification classes (OB_NOTIFICATIONS), easy_localization JSON (ob_line).
  * fossify_clock_notification: FossifyOrg/Clock (GPL-3.0), FC_COMMIT: the expired-timer and
    missed-alarm notices (FC_NOTIFICATIONS).
  * kdeconnect_notification: KDE/kdeconnect-android (GPL-2.0-only OR GPL-3.0-only, the GitHub
    mirror), KC_COMMIT: the pairing request, file-transfer results and shared-address notices
    (KC_NOTIFICATIONS); translatable="false" entries of the default file fill in what a language
    file leaves out, as on Android; Java's "%1s" is read as "%s" (kc_res).
  * shizuku_notification: RikkaApps/Shizuku (Apache-2.0), SZ_COMMIT: the wireless-debugging
    pairing result notices (SZ_NOTIFICATIONS).

Placeholders get the fixed values of the earlier batches (alice@example.com, "Demo App", "Pixel
8", https://www.example.com/, demo.pdf, demo.apk, counts 1 for plurals, else 2, 3, 5). Near-
duplicates (digits and white space aside) collapse within a source and language. Cut at 500
characters.

Split: the unit is the notification (`<owner/repo>:<notification>`), all languages of one
notification on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates42.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import xml.etree.ElementTree as ET

from build_templates import item
from build_templates29 import clean, cm_resources
from build_templates30 import zh_untranslated
from build_templates31 import app_items, app_text, is_new_text, notification_texts, strip_fills
from corpus import git_ls, git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates42.tsv")

# --- Bitwarden Android ---------------------------------------------------------------------------
BW_COMMIT = "d817f6b4bf7c17172a74fabca1e09e738c7ec6c9"  # main of 2026-08-21
BW_RES = "ui/src/main/res/"
BW_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es-rES")]
BW_EMAIL = "alice@example.com"
BW_FILLS = [BW_EMAIL]
# app/.../data/auth/manager/AuthRequestNotificationManagerImpl.kt handlePasswordlessRequestData
BW_NOTIFICATIONS = [
    ("login_request", ["log_in_requested", ("confim_log_in_attemp_for_x", BW_EMAIL)]),
    ("login_request_no_email", ["log_in_requested", "confirm_log_in"]),
]


def bw_items():
    return app_items(os.environ["BITWARDEN_ANDROID_GIT"], "bitwarden/android", BW_COMMIT, BW_RES,
                     BW_LANGS, BW_NOTIFICATIONS, BW_FILLS, "bwapp",
                     "bitwarden_android_notification")


# --- Firefox for Android (Fenix) and its Android Components ---------------------------------------
# Read through the file index (the repository is over the fetch limit), the entries used copied
# verbatim to raw/firefox_android/ (each excerpt's header names path and commit).
FX_REPO = "mozilla-l10n/android-l10n"
FX_RAW = os.path.join(HERE, "raw", "firefox_android")
FX_APP = "Firefox"  # R.string.app_name of the release build
FX_DEVICE = "Pixel 8"  # the sending device's name
FX_URL = "https://www.example.com/"  # the received tab's address (the notification's text)
FX_FILE = "demo.pdf"  # the downloaded file's name (the notification's title)
FX_FILLS = [FX_APP, FX_DEVICE, FX_URL, FX_FILE]
FX_FENIX_LANGS = [  # (lang, folder, commit of the stored version)
    ("zh-Hans", "values-zh-rCN", "0054857214bf79f79523c2e3dec3edd55303a189"),
    ("zh-Hant", "values-zh-rTW", "005c300c1c1e58c8c4755563f1ae1ae053349d9a"),
]
# fenix/.../components/NotificationManager.kt: showReceivedTabs (title from setSendTabTitle, text
# the tab's URL; a titled tab from an unknown device has the page's title as its title: not taken)
# and showSyncedTabsClosed (three tabs).
FX_FENIX_NOTIFICATIONS = [
    ("tab_received_from_device", [("fxa_tab_received_from_notification_name", FX_DEVICE), FX_URL]),
    ("tab_received", ["fxa_tab_received_notification_name", FX_URL]),
    ("synced_tabs_closed", [("fxa_tabs_closed_notification_title", FX_APP, 3),
                            "fxa_tabs_closed_text"]),
]
FX_DL_EN_COMMIT = "66d83ac80ed744f25cdda34f800033b39304bb2b"
FX_DL_COMMIT = "078148a1f1ec2816e586ae43be9e9e855a64c936"  # zh-rCN, zh-rTW and es-rES alike
FX_DL_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es-rES")]
FX_DL_PATH = "mozilla-mobile/android-components/components/feature/downloads/src/main/res/"
# android-components feature/downloads DownloadNotification.kt: the completed and failed notices
# (title the file's name, then the text); paused and in-progress notices are ongoing: not taken.
FX_DL_NOTIFICATIONS = [
    ("download_completed", [FX_FILE, "mozac_feature_downloads_completed_notification_text2"]),
    ("download_failed", [FX_FILE, "mozac_feature_downloads_failed_notification_text2"]),
]


def fx_raw(name):
    with open(os.path.join(FX_RAW, name), encoding="utf-8") as f:
        return cm_resources(f.read())


def fx_fenix_items():
    """Fenix's strings in zh-Hans and zh-Hant only (its English and Spanish files were not read in
    the time): the untranslated check is build_templates30.zh_untranslated."""
    hans = {}
    for lang, folder, commit in FX_FENIX_LANGS:
        res = fx_raw(f"fenix.{folder}.strings.xml")
        seen = set()
        for name, lines in FX_FENIX_NOTIFICATIONS:
            try:
                text = clean(app_text(res, lang, lines, FX_FILLS))
            except KeyError:
                continue
            if zh_untranslated(strip_fills(text, FX_FILLS)) \
                    or not is_new_text(seen, hans, lang, name, text):
                continue
            yield item(f"ffxapp-{sha(lang + '#' + name)[:12]}", lang, text,
                       "firefox_android_notification",
                       f"github.com/{FX_REPO}@{commit[:12]}:mozilla-mobile/fenix/app/src/main/res/"
                       f"{folder}/strings.xml#{name}", f"{FX_REPO}:fenix:{name}",
                       "every_app_notification")


def fx_download_items():
    en = fx_raw("downloads.values.strings.xml")

    def languages():
        for lang, folder in FX_DL_LANGS:
            yield (lang, fx_raw(f"downloads.{folder}.strings.xml"),
                   f"github.com/{FX_REPO}@{FX_DL_COMMIT[:12]}:{FX_DL_PATH}{folder}/strings.xml")
    yield from notification_texts(en, languages(), FX_DL_NOTIFICATIONS, FX_FILLS, app_text,
                                  f"{FX_REPO}:android-components", "ffxdl",
                                  "firefox_android_notification")


# --- DuckDuckGo Android -------------------------------------------------------------------------
DDG_COMMIT = "9a68a510f49c49cf87d59aae6255ad68f71cb081"  # develop of 2026-08-07
DDG_FILE = "demo.pdf"
DDG_VPN = "DuckDuckGo VPN"  # netp_name, translatable="false": the product's name in every language
DDG_FILLS = [DDG_FILE, DDG_VPN]
# module -> the notifications composed from its strings (values/*.xml merged; values-es/*.xml):
DDG_NOTIFICATIONS = {
    # app/.../notification/NotificationFactory.kt shows a SchedulableNotification's title and
    # description: model/ClearDataNotification.kt, model/PrivacyProtectionNotification.kt (the four
    # title/description cases, thresholds 2: three trackers, three upgraded connections),
    # survey/notification/SurveyAvailableNotification.kt
    "app": [
        ("clear_data", ["clearNotificationTitle", "clearNotificationDescription"]),
        ("privacy_default", ["privacyProtectionNotificationDefaultTitle",
                             "privacyProtectionNotificationDefaultDescription"]),
        ("privacy_upgrades", ["privacyProtectionNotificationReportTitle",
                              ("privacyProtectionNotificationUpgadeDescription", 3)]),
        ("privacy_trackers", ["privacyProtectionNotificationReportTitle",
                              ("privacyProtectionNotificationTrackerDescription", 3)]),
        ("privacy_both", ["privacyProtectionNotificationReportTitle",
                          ("privacyProtectionNotificationBothDescription", 3, 3)]),
        ("survey", ["surveyCtaTitle", "surveyCtaDescription"]),
        # browser/defaultbrowsing/DefaultBrowserChangedSurveyNotification.kt (its strings are in
        # donottranslate.xml: English only, so never taken)
        ("default_browser_changed_survey", ["defaultBrowserChangedSurveyNotificationTitle",
                                            "defaultBrowserChangedSurveyNotificationDescription"]),
    ],
    # subscriptions/.../notification/{SubscriptionExpirationReminder,VpnReminder}Notification.kt
    # (donottranslate.xml: English only, never taken)
    "subscriptions/subscriptions-impl": [
        ("subscription_expiration", [("subscriptionExpirationReminderNotificationTitle", 1),
                                     "subscriptionExpirationReminderNotificationDescription"]),
        ("vpn_reminder", ["vpnReminderNotificationTitle", "vpnReminderNotificationDescription"]),
    ],
    # downloads/.../DefaultFileDownloadNotificationManager.kt: finished (title the file) and failed
    # (text the file); the in-progress notice is ongoing: not taken
    "downloads/downloads-impl": [
        ("download_finished", [DDG_FILE, "notificationDownloadComplete"]),
        ("download_failed", ["notificationDownloadFailed", DDG_FILE]),
    ],
    # network-protection/.../notification/NetPDisabledNotificationBuilder.kt (the snooze notice is
    # ongoing: not taken; the access-revoked notice has a text only)
    "network-protection/network-protection-impl": [
        ("vpn_disabled", ["netp_name", "netpNotificationDisabled"]),
        ("vpn_disabled_by_other_vpn", ["netp_name", "netpNotificationDisabledByVpn"]),
        ("unsafe_wifi", ["netp_name", "netpUnsafeWifi"]),
        ("vpn_access_revoked", ["netpNotificationVpnAccessRevoked"]),
    ],
    # the sync notices are custom views whose one TextView shows a string (bold first line):
    # autofill/.../sync/CredentialsSyncNotificationBuilder.kt (layout credentials_notification_*),
    # saved-sites/.../sync/SavedSitesSyncNotificationBuilder.kt (layout notification_*),
    # sync/.../engine/SyncNotificationBuilder.kt (layout notification_sync_*)
    "autofill/autofill-impl": [
        ("passwords_sync_limit", ["credentials_limit_warning_notif"]),
        ("passwords_sync_invalid", ["credentials_invalid_request_warning_notif"]),
    ],
    "saved-sites/saved-sites-impl": [
        ("bookmarks_sync_limit", ["saved_site_limit_warning_notif"]),
        ("bookmarks_sync_invalid", ["saved_site_invalid_warning_notif"]),
    ],
    "sync/sync-impl": [
        ("sync_paused", ["sync_paused_notification"]),
        ("sync_error", ["sync_error_notification"]),
        ("sync_signed_out", ["sync_signed_out_notification"]),
    ],
}


def ddg_res(git, folder):
    """The strings and plurals of every values*.xml file of one resource folder, merged."""
    out = {}
    for name in sorted(git_ls(git, DDG_COMMIT, folder)):
        if name.endswith(".xml"):
            out.update(cm_resources(git_show(git, DDG_COMMIT, f"{folder}/{name}")))
    return out


def ddg_items():
    """Spanish only: the app ships no Chinese translation (no values-zh* folder)."""
    git = os.environ["DUCKDUCKGO_ANDROID_GIT"]
    for module, notifications in DDG_NOTIFICATIONS.items():
        res_dir = f"{module}/src/main/res/"
        en = ddg_res(git, res_dir + "values")
        languages = [("es", ddg_res(git, res_dir + "values-es"),
                      f"github.com/duckduckgo/Android@{DDG_COMMIT[:12]}:{res_dir}values-es")]
        yield from notification_texts(en, languages, notifications, DDG_FILLS, app_text,
                                      "duckduckgo/Android", "ddgapp",
                                      "duckduckgo_android_notification")


# --- NetGuard ------------------------------------------------------------------------------------
NG_COMMIT = "552ef140e440fc4e93f777d21f0c68c50108d67c"  # master of 2026-05-02
NG_RES = "app/src/main/res/"
NG_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es-rES")]
NG_APP = "NetGuard"  # app_name, translatable="false"
NG_OTHER_APP = "Demo App"  # the other application the notice is about
NG_ASSET = "NetGuard-v2.330-release.apk"  # the name of the newer release's asset (the title)
NG_FILLS = [NG_ASSET, NG_APP, NG_OTHER_APP]  # the asset first: it holds the app name
# app/src/main/java/eu/faircode/netguard/ServiceSinkhole.java: every notice that is not ongoing
# (the foreground notices "started" / "waiting" are; so is ServiceExternal's and DownloadTask's).
# Where the code has an Android N+ and an older variant, both are listed. Not taken: the error
# notice (its text is the exception's message).
NG_NOTIFICATIONS = [
    ("malware", [NG_OTHER_APP, ("msg_malware", NG_OTHER_APP)]),  # translatable="false": never taken
    ("installed_n", [NG_OTHER_APP, "msg_installed_n"]),
    ("installed", [NG_APP, ("msg_installed", NG_OTHER_APP)]),
    ("disabled", [NG_APP, "msg_revoked"]),
    ("always_on_lockdown", [NG_APP, "msg_always_on_lockdown"]),
    ("autostart", [NG_APP, "msg_autostart"]),
    ("access_n", [NG_OTHER_APP, "msg_access_n"]),
    ("access", [NG_APP, ("msg_access", NG_OTHER_APP)]),
    ("update", [NG_ASSET, "msg_update"]),
]


def ng_items():
    return app_items(os.environ["NETGUARD_GIT"], "M66B/NetGuard", NG_COMMIT, NG_RES, NG_LANGS,
                     NG_NOTIFICATIONS, NG_FILLS, "ngapp", "netguard_notification")


# --- Mullvad VPN (Android app) -------------------------------------------------------------------
MV_COMMIT = "9380a8076bc0511937477989a80ebca89cb334d9"  # main of 2026-08-21
MV_RES = "android/lib/ui/resource/src/main/res/"
MV_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
# android/lib/push-notification/.../accountexpiry/AccountExpiryAndroidNotification.kt: the account
# expiry notice (not ongoing), a title only, in its four cases (plurals with quantity 1). The
# tunnel-state notice is the VPN service's ongoing notice: not taken; the in-app banners of
# lib/ui/component/NotificationData.kt are not system notifications: not taken.
MV_NOTIFICATIONS = [
    ("account_expired", ["account_credit_has_expired"]),
    ("account_expires_in_days", [("account_credit_expires_in_days", 1)]),
    ("account_expires_in_hours", [("account_credit_expires_in_hours", 1)]),
    ("account_expires_in_minutes", ["account_credit_expires_in_a_few_minutes"]),
]


def mv_res(git, folder):
    """strings.xml and plurals.xml of one resource folder, merged."""
    out = cm_resources(git_show(git, MV_COMMIT, folder + "/strings.xml"))
    out.update(cm_resources(git_show(git, MV_COMMIT, folder + "/plurals.xml")))
    return out


def mv_items():
    git = os.environ["MULLVAD_GIT"]
    languages = ((lang, mv_res(git, MV_RES + folder),
                  f"github.com/mullvad/mullvadvpn-app@{MV_COMMIT[:12]}:{MV_RES}{folder}")
                 for lang, folder in MV_LANGS)
    yield from notification_texts(mv_res(git, MV_RES + "values"), languages, MV_NOTIFICATIONS, [],
                                  app_text, "mullvad/mullvadvpn-app", "mvapp",
                                  "mullvad_android_notification")


# --- AdAway --------------------------------------------------------------------------------------
AA_COMMIT = "fa16432c3b8f3fa7fa42d76d094b2f285879726f"  # master of 2025-12-29
AA_RES = "app/src/main/res/"
# values-zh is written in Simplified characters (what a zh-CN device shows: the app has no
# values-zh-rCN); zh-Hant from values-zh-rTW
AA_LANGS = [("zh-Hans", "values-zh"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
AA_APP = "AdAway"
# app/src/main/java/org/adaway/helper/NotificationHelper.java: the two update notices (the VPN
# service's notice in vpn/VpnService.java is ongoing: not taken); strings in
# strings_notification.xml
AA_NOTIFICATIONS = [
    ("hosts_update_available", ["notification_update_host_available_title",
                                "notification_update_host_available_text"]),
    ("app_update_available", ["notification_update_app_available_title",
                              "notification_update_app_available_text"]),
]


def aa_items():
    git = os.environ["ADAWAY_GIT"]

    def res(folder):
        return cm_resources(git_show(git, AA_COMMIT, f"{AA_RES}{folder}/strings_notification.xml"))
    languages = ((lang, res(folder),
                  f"github.com/AdAway/AdAway@{AA_COMMIT[:12]}:{AA_RES}{folder}/"
                  "strings_notification.xml")
                 for lang, folder in AA_LANGS)
    yield from notification_texts(res("values"), languages, AA_NOTIFICATIONS, [AA_APP], app_text,
                                  "AdAway/AdAway", "aaapp", "adaway_notification")


# --- Aurora Store --------------------------------------------------------------------------------
AU_COMMIT = "3ab3943f1ea897d0939090aa9cd660c4e7f08c5c"  # master of 2026-06-13 (GitHub mirror)
AU_RES = "app/src/main/res/"
AU_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
AU_APPS = ["Demo App", "Demo Notes", "Demo Maps"]  # the apps' display names
AU_FILLS = list(AU_APPS)
_A, _B, _C = AU_APPS
# app/src/main/java/com/aurora/store/util/NotificationUtil.kt: every notice that is not ongoing
# (the updater service, download progress, installing, checking for updates and export progress
# are): a download cancelled / failed (the default text: a failure message from elsewhere is not
# taken) / completed, an app installed, the installed and failed group summaries (one child), the
# updates-available notice for one, two, three and five apps, the unarchive log-in notice, the
# export result. Not taken: the install-failure notice (its text is the installer's message).
AU_NOTIFICATIONS = [
    ("download_cancelled", [_A, "download_canceled"]),
    ("download_failed", [_A, "download_failed"]),
    ("download_completed", [_A, "download_completed"]),
    ("installed", [_A, "installer_status_success"]),
    ("installed_summary", [("notification_installed_summary", 1), _A]),
    ("failed_summary", [("notification_failed_summary", 1), _A]),
    ("updates_available_1", [("notification_updates_available_1", 1),
                             ("notification_updates_available_desc_1", _A)]),
    ("updates_available_2", [("notification_updates_available", 2),
                             ("notification_updates_available_desc_2", _A, _B)]),
    ("updates_available_3", [("notification_updates_available", 3),
                             ("notification_updates_available_desc_3", _A, _B, _C)]),
    ("updates_available_5", [("notification_updates_available", 5),
                             ("notification_updates_available_desc_4", _A, _B, _C, 2)]),
    ("unarchive_auth", ["authentication_required_title", "authentication_required_unarchive"]),
    ("export_success", [_A, "export_app_summary_success"]),
    ("export_failed", [_A, "export_app_summary_fail"]),
]


def au_items():
    return app_items(os.environ["AURORA_STORE_GIT"], "whyorean/AuroraStore", AU_COMMIT, AU_RES,
                     AU_LANGS, AU_NOTIFICATIONS, AU_FILLS, "auapp", "aurora_store_notification")


# --- Droid-ify ---------------------------------------------------------------------------------
DI_COMMIT = "061429c29401bcbf762a2367aba5c643614d2c79"  # main of 2026-08-22
DI_RES = "app/src/main/res/"
DI_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
DI_APP = "Demo App"  # the app's name
DI_HTTP = "HTTP 404"  # DownloadService's "HTTP ${statusCode}"
DI_FILLS = [DI_APP, DI_HTTP]
# app/src/main/kotlin/com/looker/droidify: service/DownloadService.kt (the download-error notice
# with each description of a network error, the validation-error notice with each message of
# service/ReleaseFileValidator.kt, the updates-pending notice), utility/notifications/
# InstallNotification.kt (failed, downloaded / tap to install, installed, uninstalled; the
# "installing" notice is a progress notice: not taken) and UpdateNotification.kt (one update, the
# collapsed text). Not taken: the progress notices of DownloadService and SyncService, and the
# sync-error notice of SyncService (its text carries the exception's message).
DI_NOTIFICATIONS = [
    (f"download_error#{d}", [("could_not_download_FORMAT", DI_APP), d])
    for d in ["connection_error_DESC", "io_error_DESC", "socket_error_DESC", "unknown_error_DESC"]
] + [
    ("download_error#http_error_DESC", [("could_not_download_FORMAT", DI_APP),
                                        ("http_error_DESC", DI_HTTP)]),
] + [
    (f"validation_error#{d}", [("could_not_validate_FORMAT", DI_APP), d])
    for d in ["integrity_check_error_DESC", "file_format_error_DESC",
              "invalid_metadata_error_DESC", "invalid_signature_error_DESC",
              "invalid_permissions_error_DESC"]
] + [
    ("updates_pending", ["updates", "tap_to_resume_updates"]),
    ("install_failed", ["installation_failed", ("installation_failed_DESC", DI_APP)]),
    ("install_pending", [("downloaded_FORMAT", DI_APP), "tap_to_install_DESC"]),
    ("installed", ["installed", DI_APP]),
    ("uninstalled", ["uninstalled_application", ("uninstalled_application_DESC", DI_APP)]),
    ("updates_available", ["new_updates_available", ("new_updates_DESC_FORMAT", 1)]),
]


def di_items():
    return app_items(os.environ["DROIDIFY_GIT"], "Droid-ify/client", DI_COMMIT, DI_RES, DI_LANGS,
                     DI_NOTIFICATIONS, DI_FILLS, "difyapp", "droidify_notification")


# --- Obtainium (Flutter, easy_localization JSON) -------------------------------------------------
OB_COMMIT = "dc92ac7abf48d18a5ddce989a6ebd50ac902aa07"  # main of 2026-07-19
OB_DIR = "assets/translations/"
# lib/main.dart's supportedLocales: Locale('zh') (简体中文) and Locale('zh', 'Hant_TW')
OB_LANGS = [("zh-Hans", "zh.json"), ("zh-Hant", "zh-Hant-TW.json"), ("es", "es.json")]
OB_APP = "Demo App"  # the first updated app's name
OB_VERSION = "1.1"  # its new version
OB_FILE = "demo.apk"  # the downloaded file's name
OB_FILLS = [OB_APP, OB_VERSION, OB_FILE]
# lib/providers/notifications_provider.dart: every notification class whose title and message
# the app composes from its strings; _buildUpdateMessage for one app and for three (the plural
# key with the count 2, "other" in every language taken). Not taken: the error-checking and
# apps-removed notices (their text is the error's message), the downloading and checking-for-
# updates progress notices.
OB_NOTIFICATIONS = []
for _title, _one, _more in [
        ("updatesAvailable", ("xHasAnUpdate", OB_APP), "xAndNMoreUpdatesAvailable"),
        ("trackOnlyUpdatesAvailable", ("xHasAnUpdate", OB_APP), "xAndNMoreUpdatesAvailable"),
        ("appsUpdated", ("xWasUpdatedToY", OB_APP, OB_VERSION), "xAndNMoreUpdatesInstalled"),
        ("appsNotUpdated", ("xWasNotUpdatedToY", OB_APP, OB_VERSION), "xAndNMoreUpdatesFailed"),
        ("appsPossiblyUpdated", ("xWasPossiblyUpdatedToY", OB_APP, OB_VERSION),
         "xAndNMoreUpdatesPossiblyInstalled")]:
    OB_NOTIFICATIONS.append((f"{_title}#one_app", [_title, _one]))
    OB_NOTIFICATIONS.append((f"{_title}#three_apps", [_title, ("plural", _more, OB_APP, 2)]))
OB_NOTIFICATIONS += [
    ("downloaded", [("downloadedX", OB_FILE)]),
    ("complete_app_installation", ["completeAppInstallation", "obtainiumMustBeOpenToInstallApps"]),
]


def ob_line(res, spec):
    """tr(key, args) or plural(key, count, args) of easy_localization: each "{}" takes the next
    argument; a plural key's "other" form (the count 2) gets the name and the count."""
    if isinstance(spec, str):
        return res[spec]
    if spec[0] == "plural":
        _, key, name, count = spec
        value, args = res[key]["other"], [name, str(count)]
    else:
        key, *args = spec
        value = res[key]
    if not isinstance(value, str):
        raise KeyError(key)
    for a in args:
        value = value.replace("{}", str(a), 1)
    return value


def ob_text(res, lang, lines, fills):
    return "\n".join(ob_line(res, s) for s in lines)


def ob_items():
    git = os.environ["OBTAINIUM_GIT"]

    def res(name):
        return json.loads(git_show(git, OB_COMMIT, OB_DIR + name))
    languages = ((lang, res(name), f"github.com/ImranR98/Obtainium@{OB_COMMIT[:12]}:{OB_DIR}{name}")
                 for lang, name in OB_LANGS)
    yield from notification_texts(res("en.json"), languages, OB_NOTIFICATIONS, OB_FILLS, ob_text,
                                  "ImranR98/Obtainium", "obtapp", "obtainium_notification")


# --- Fossify Clock ------------------------------------------------------------------------------
FC_COMMIT = "f7e8fd1d611325eb218ae36f2c218608d92e9461"  # main of 2026-07-21
FC_RES = "app/src/main/res/"
FC_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
# app/src/main/kotlin/org/fossify/clock: extensions/Context.kt (a timer without a label has
# expired) and helpers/AlarmNotificationHelper.kt (the two missed-alarm notices; their sub-text,
# the alarm's time, is not taken). Not taken: the alarm notice itself (its title is a string of
# the Fossify Commons library, not in this repository, and its text the time), the upcoming-alarm
# notice (its text is the formatted alarm time), the stopwatch and timer services' ongoing notices.
FC_NOTIFICATIONS = [
    ("timer_expired", ["timer", "time_expired"]),
    ("missed_alarm_timed_out", ["missed_alarm", "alarm_timed_out"]),
    ("missed_alarm_replaced", ["missed_alarm", "replaced_by_another_alarm"]),
]


def fc_items():
    return app_items(os.environ["FOSSIFY_CLOCK_GIT"], "FossifyOrg/Clock", FC_COMMIT, FC_RES,
                     FC_LANGS, FC_NOTIFICATIONS, [], "fosclk", "fossify_clock_notification")


# --- KDE Connect (Android app) -------------------------------------------------------------------
KC_COMMIT = "55ddcb13378154b68d6a691e30b93fa3a898d391"  # master of 2026-08-22 (GitHub mirror)
KC_RES = "src/main/res/"
KC_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
KC_DEVICE = "Demo PC"  # the other device's name
KC_KEY = "5E2A9C71"  # PairingHandler.humanReadableHash: 8 upper-case hex digits of a SHA-256
KC_FILE = "demo.pdf"
KC_URL = "https://www.example.com/"  # the address the other device shared
KC_FILLS = [KC_DEVICE, KC_KEY, KC_FILE, KC_URL]
# src/main/java/org/kde/kdeconnect: Device.kt (the pairing request: title, then the verification
# key), plugins/share/ (ReceiveNotification.java and UploadNotification.kt finished and failed, as
# CompositeReceiveFileJob.java and CompositeUploadFileJob.java fill them: one file; the receiver's
# no-app notice), helpers/IntentHelper.kt (a shared address to open, Android 10+: title the
# address). Not taken: the ping notice (its text is the other device's message or the literal
# "Ping!"), the mirrored notifications of receivenotifications/ (their text is the other
# device's), the progress, find-my-phone, media and foreground-service notices (ongoing).
KC_NOTIFICATIONS = [
    ("pairing_request", [("pairing_request_from", KC_DEVICE),
                         ("pairing_verification_code", KC_KEY)]),
    ("file_received", [("received_files_title", KC_DEVICE, 1), ("received_file_text", KC_FILE)]),
    ("file_received_no_app", ["no_app_for_opening"]),
    ("file_receive_failed", [("received_files_fail_title", KC_DEVICE, 1, 1)]),
    ("file_sent", [("sent_files_title", KC_DEVICE, 1)]),
    ("file_send_failed", [("send_files_fail_title", KC_DEVICE, 1, 1)]),
    ("url_received", [KC_URL, "tap_to_open"]),
]


def kc_res(src, untranslatable=None):
    """A strings.xml's entries, Java's "%1s" (a width of 1) read as "%s"; `untranslatable` (the
    default file's translatable="false" entries) fills in what a language file leaves out, as
    Android does."""
    res = cm_resources(src)
    for name, value in (untranslatable or {}).items():
        res.setdefault(name, value)

    def fix(v):
        if isinstance(v, str):
            return re.sub(r"%(\d+)s", "%s", v)
        return {q: fix(t) for q, t in v.items()}
    return {name: fix(v) for name, v in res.items()}


def kc_items():
    git = os.environ["KDECONNECT_GIT"]
    src = git_show(git, KC_COMMIT, KC_RES + "values/strings.xml")
    en = kc_res(src)
    fixed = {e.get("name") for e in ET.fromstring(src) if e.get("translatable") == "false"}
    untranslatable = {k: v for k, v in cm_resources(src).items() if k in fixed}
    languages = ((lang, kc_res(git_show(git, KC_COMMIT, f"{KC_RES}{folder}/strings.xml"),
                               untranslatable),
                  f"github.com/KDE/kdeconnect-android@{KC_COMMIT[:12]}:{KC_RES}{folder}/"
                  "strings.xml")
                 for lang, folder in KC_LANGS)
    yield from notification_texts(en, languages, KC_NOTIFICATIONS, KC_FILLS, app_text,
                                  "KDE/kdeconnect-android", "kdecapp", "kdeconnect_notification")


# --- Shizuku ------------------------------------------------------------------------------------
SZ_COMMIT = "16d28799e4039f0c008ec20513be20174a087069"  # master of 2025-05-30
SZ_RES = "manager/src/main/res/"
SZ_LANGS = [("zh-Hans", "values-zh-rCN"), ("zh-Hant", "values-zh-rTW"), ("es", "values-es")]
SZ_FILLS = ["Shizuku"]  # the product's name inside a sentence
# manager/src/main/java/moe/shizuku/manager/adb/AdbPairingService.kt handleResult: the
# wireless-debugging pairing result (success; failure with each message the code maps an
# exception to; any other exception's text is its stack trace: not taken). Not taken: the
# service's searching, service-found (title only, its "enter pairing code" reply action aside)
# and working notices, which are the foreground service's notice.
SZ_NOTIFICATIONS = [
    ("pairing_succeeded", ["notification_adb_pairing_succeed_title",
                           "notification_adb_pairing_succeed_text"]),
] + [
    (f"pairing_failed#{m}", ["notification_adb_pairing_failed_title", m])
    for m in ["cannot_connect_port", "paring_code_is_wrong", "adb_error_key_store"]
]


def sz_items():
    return app_items(os.environ["SHIZUKU_GIT"], "RikkaApps/Shizuku", SZ_COMMIT, SZ_RES, SZ_LANGS,
                     SZ_NOTIFICATIONS, SZ_FILLS, "szkapp", "shizuku_notification")


def items():
    yield from bw_items()
    yield from fx_fenix_items()
    yield from fx_download_items()
    yield from ddg_items()
    yield from ng_items()
    yield from mv_items()
    yield from aa_items()
    yield from au_items()
    yield from di_items()
    yield from ob_items()
    yield from fc_items()
    yield from kc_items()
    yield from sz_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
