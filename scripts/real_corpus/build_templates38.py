#!/usr/bin/env python3
"""Rebuild the forty-second batch of tests/data/real/ (issue 12): the activity notices the Jellyfin
media server writes for its users and administrators, the push notifications of the Misskey
server's web client, the backup notices of the Immich mobile app, qBittorrent's desktop
notifications and mails, Transmission's desktop notifications, Sonarr's health-check messages
Deluge's finished-torrent notices and the desktop notifications of PicGo, Motrix and Clash Verge
Rev, in Chinese and Spanish. Only
zh-Hans / zh-Hant / es texts are taken, never English: the product's English strings serve only
as the reference of the "untranslated" check (build_templates3.untranslated_lines) and to find
the templates.

Usage:
    . /work/rebuild-42.sh   # or set JELLYFIN_GIT / QBITTORRENT_GIT / TRANSMISSION_GIT /
                            # SONARR_GIT / DELUGE_GIT / PICGO_GIT / MOTRIX_GIT /
                            # CLASH_VERGE_GIT to bare git dirs of jellyfin/jellyfin,
                            # qbittorrent/qBittorrent, transmission/transmission, Sonarr/Sonarr,
                            # deluge-torrent/deluge, Molunerfinn/PicGo, agalwood/Motrix and
                            # clash-verge-rev/clash-verge-rev (Misskey and Immich are
                            # read from scripts/real_corpus/raw/{misskey,immich}/; msgfmt and
                            # PyYAML are needed)
    python3 scripts/real_corpus/build_templates38.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates38.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-second batch"):
  * jellyfin_activity: jellyfin/jellyfin (GPL-2.0), JF_COMMIT, read from a bare git dir
    (`git show <commit>:<path>`). Every activity-log entry the server composes from its own
    strings (JF_NOTICES: each `new ActivityLog(` of Jellyfin.Server.Implementations/Events/
    Consumers and Jellyfin.Api/Controllers/LibraryController.cs): the entry's name, a line break,
    then its short overview where the server writes one from its strings (the IP address, the
    version, the app and device). These entries are what the dashboard's activity feed shows. Not
    taken: overviews that are another program's text (a plugin's changelog, an exception message)
    or English built in code (the scheduled task's running time). The strings come from
    Emby.Server.Implementations/Localization/Core/<culture>.json: zh-CN (zh-Hans), zh-TW and
    zh-HK (zh-Hant; Hong Kong's file is a separate translation, a near-duplicate of the Taiwan
    text is not taken twice), es; en-US is the English reference. The server falls back to
    en-US for a missing string, so an entry missing one of its strings in a culture is skipped
    there.
  * misskey_notification: misskey-dev/misskey (AGPL-3.0; over the fetch limit, read through the
    file index). Every push notification packages/sw/src/scripts/create-notification.ts
    (MK_SW_COMMIT) composes from the locale's strings (MK_NOTIFICATIONS: follow, mention, reply,
    renote, quote, new note, follow request received / accepted, sign-in, export completed, poll
    ended, test, antenna), title then body. The lines used (the `_notification` message strings
    and the top-level `notes`) are copied verbatim into scripts/real_corpus/raw/misskey/ from the
    one version of each locale file the index holds (MK_LANGS; raw/misskey/SOURCE.md): zh-CN
    (zh-Hans) is a 2021 (v12) version that lacks the newer strings, so only the notifications
    whose strings it has are taken there; zh-TW (zh-Hant) and es-ES (es) are recent. The
    English reference (en-US, also a v12 version) holds only the older strings: a notification
    whose strings it lacks is checked against nothing (its es text was read: Spanish).
    A string missing in a file skips the notification there.
  * immich_notification: immich-app/immich (AGPL-3.0 today; the LICENSE version the index holds,
    af2efbdbbddc, is the earlier MIT; over the fetch limit, read through the file index). The
    mobile app's background-backup notices: every notification _showErrorNotification of
    mobile/lib/services/background.service.dart (IM_SERVICE_COMMIT) shows (IM_NOTIFICATIONS:
    the connection and backup failures, title then text, and the failed upload of one file);
    the ongoing progress notices are not taken. The strings used are copied verbatim into
    scripts/real_corpus/raw/immich/ from mobile/assets/i18n/{zh-CN,zh-TW,es-ES}.json, with
    en-US.json as the English reference, at the version of each the index holds (IM_LANGS;
    raw/immich/SOURCE.md). The server's mails (server/src/emails/*.tsx) are English literals
    and the web catalogue the index holds (i18n/zh_SIMPLIFIED.json, 01915c6ab5aa) has no
    notification texts; not taken.
  * qbittorrent_notification: qbittorrent/qBittorrent (GPL-2.0-or-later, `COPYING`), QB_COMMIT,
    read from a bare git dir. Every desktop notification (each DesktopIntegration::
    showNotification call of src/app/application.cpp, src/gui/mainwindow.cpp and
    src/gui/search/searchwidget.cpp: title, a line break, then the message) and the two mails
    Application sends (the torrent-finished notice and the test mail: subject, a blank line, then
    the content as the code joins it), QB_NOTIFICATIONS. Strings from src/lang/qbittorrent_
    {zh_CN,zh_TW,zh_HK,es}.ts (zh_TW and zh_HK both zh-Hant; a zh_HK text equal to the zh_TW or
    the zh_CN one is not taken twice), finished translations only (Qt shows the English source
    for an unfinished or empty one, so a notification with one is skipped there); the English
    sources are the reference. Values: the torrent "Demo Torrent", the source demo.torrent, the
    reason "Demo error" (libtorrent's English text in the code), the save path
    /home/alice/Downloads, the size 700 MiB and the active time 1 h 20 min written as
    Utils::Misc writes them in that language (the decimal comma in Spanish; the code's no-break
    space before the unit written as a space).
  * transmission_notification: transmission/transmission (GPL-2.0 or GPL-3.0, `COPYING`),
    TR_COMMIT, read from a bare git dir. Every desktop notification of the GTK client
    (gtk/Notify.cc: torrent complete, torrent added) and the Qt client (qt/Application.cc:
    torrent(s) completed, torrent added): the title, a line break, then the torrent's name
    "Demo Torrent" (TR_NOTIFICATIONS). Strings from po/{zh_CN,zh_TW,zh_HK,es}.po (compiled with
    msgfmt, which leaves fuzzy entries out) and qt/translations/transmission_{zh_CN,zh_TW,es}.ts
    (finished translations; the plural's first form); a title left untranslated is skipped, and
    near-duplicates collapse within a language (the Qt zh_CN titles equal the GTK ones).
  * sonarr_health: Sonarr/Sonarr (GPL-3.0, `LICENSE.md`), SN_COMMIT, read from a bare git dir.
    Every health-check message (the first GetLocalizedString call of each message key in
    src/NzbDrone.Core/HealthCheck/Checks/, sn_calls), which Sonarr shows on its status page and
    sends as the body of its "Health Check Failure" notifications (Email, Discord, Gotify, Ntfy,
    Apprise, …; their titles are English constants of NotificationBase and are not taken).
    Tokens are filled as LocalizationService.ReplaceTokens fills them: the values the call passes
    (SN_VALUES), appName "Sonarr", and a token the call does not pass left as "{token}"; text the
    check appends in code is added (SN_SUFFIX). Strings from
    src/NzbDrone.Core/Localization/Core/{zh_CN,zh_TW,es}.json; en.json is Sonarr's base, so a key
    missing in a language is shown in English there and skipped. zh_Hans.json and es_MX.json
    were not used.
  * deluge_notification: deluge-torrent/deluge (GPL-3.0 with an OpenSSL exception, `LICENSE`),
    DL_COMMIT, read from a bare git dir. The Notifications plugin's two notices of a finished
    torrent (DL_NOTIFICATIONS: the mail, subject, a blank line, then the message; the GTK pop-up,
    title then message), strings from deluge/i18n/{zh_CN,zh_TW,zh_HK,es}.po compiled with msgfmt
    (fuzzy entries left out); a notice with an untranslated string is skipped there. The torrent
    "Demo Torrent" with 3 files.
  * picgo_notification: Molunerfinn/PicGo (MIT, `LICENSE`), PG_COMMIT, read from a bare git dir.
    Every desktop notification whose title and body are PicGo's strings or its own values
    (PG_NOTIFICATIONS), title then body; strings from public/i18n/{zh-CN,zh-TW}.yml (PicGo has no
    Spanish catalogue), en.yml the English reference. The uploaded image's URL is
    https://img.example.com/demo.png.
  * motrix_notification: agalwood/Motrix (MIT, `LICENSE`), MX_COMMIT, read from a bare git dir.
    The notifications whose title and body keys the code names (MX_NOTIFICATIONS: task complete,
    non-Motrix aria2 detected, engine restart required, DNS fallback), title then body, from
    src/shared/locales/{zh-CN,zh-TW}.json (no Spanish catalogue), en-US.json the reference;
    the file demo.iso, aria2 1.37.0, the connection limit 16.
  * clash_verge_notification: clash-verge-rev/clash-verge-rev (GPL-3.0, `LICENSE`), CV_COMMIT,
    read from a bare git dir. Every desktop notification of src-tauri/src/utils/notification.rs
    (notify_event; both states of the two toggles) and src-tauri/src/core/updater.rs (update
    ready), CV_NOTIFICATIONS, title then body, from crates/clash-verge-i18n/locales/
    {zh,zhtw,es}.yml (en.yml the reference); a notification whose key a locale lacks is skipped
    there. The mode is the code's English "Rule"; the update version 2.4.0.

Placeholders get the fixed values of the earlier batches (user alice, IP address 203.0.113.7, the
device "Demo TV", the client "Jellyfin Web", the item "Demo Movie", the plugin "Demo Plugin"
version 1.2.0, the provider "Demo Provider"; the failed task's name is that culture's own name of
the library scan task; in Misskey the other user "Bob", the note "Demo post", the antenna "Demo";
in Immich the file demo.jpg).
Near-duplicates (digits and white space aside) collapse within a source and language. Cut at 500
characters.

Split: the unit is the entry or notification (`<owner/repo>:<name>`), all languages of one on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates38.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import subprocess
from functools import partial

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates31 import is_new_text, strip_fills
from corpus import git_files, git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates38.tsv")

# --- Jellyfin ------------------------------------------------------------------------------------
JF_COMMIT = "c3ed1407ca698b0905de99da87b67415e6a62dbd"  # master of 2026-08-22
JF_CORE = "Emby.Server.Implementations/Localization/Core/"
JF_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW"), ("zh-Hant", "zh-HK"), ("es", "es")]
JF_USER = "alice"
JF_IP = "203.0.113.7"
JF_DEVICE = "Demo TV"
JF_CLIENT = "Jellyfin Web"
JF_ITEM = "Demo Movie"
JF_PLUGIN = "Demo Plugin"
JF_VERSION = "1.2.0"
JF_PROVIDER = "Demo Provider"
JF_FILLS = [JF_USER, JF_IP, JF_DEVICE, JF_CLIENT, JF_ITEM, JF_PLUGIN, JF_VERSION, JF_PROVIDER]
# entry -> its lines, each (string, arguments…); an argument "@name" is that string of the same
# culture. The consumer each entry comes from is named above it.
JF_NOTICES = [
    # Events/Consumers/Security/AuthenticationSucceededLogger.cs, AuthenticationFailedLogger.cs
    ("authentication_succeeded", [("AuthenticationSucceededWithUserName", JF_USER),
                                  ("LabelIpAddressValue", JF_IP)]),
    ("authentication_failed", [("FailedLoginAttemptWithUserName", JF_USER),
                               ("LabelIpAddressValue", JF_IP)]),
    # Events/Consumers/Session/: SessionStartedLogger, SessionEndedLogger, PlaybackStartLogger,
    # PlaybackStopLogger
    ("session_started", [("UserOnlineFromDevice", JF_USER, JF_DEVICE),
                         ("LabelIpAddressValue", JF_IP)]),
    ("session_ended", [("UserOfflineFromDevice", JF_USER, JF_DEVICE),
                       ("LabelIpAddressValue", JF_IP)]),
    ("playback_start", [("UserStartedPlayingItemWithValues", JF_USER, JF_ITEM, JF_DEVICE)]),
    ("playback_stop", [("UserStoppedPlayingItemWithValues", JF_USER, JF_ITEM, JF_DEVICE)]),
    # Events/Consumers/Updates/: PluginInstalledLogger, PluginUpdatedLogger (its changelog
    # overview not taken), PluginInstallationFailedLogger (its exception overview not taken),
    # PluginUninstalledLogger
    ("plugin_installed", [("PluginInstalledWithName", JF_PLUGIN), ("VersionNumber", JF_VERSION)]),
    ("plugin_updated", [("PluginUpdatedWithName", JF_PLUGIN), ("VersionNumber", JF_VERSION)]),
    ("plugin_install_failed", [("NameInstallFailed", JF_PLUGIN), ("VersionNumber", JF_VERSION)]),
    ("plugin_uninstalled", [("PluginUninstalledWithName", JF_PLUGIN)]),
    # Events/Consumers/Library/: SubtitleDownloadFailureLogger, LyricDownloadFailureLogger (their
    # exception overviews not taken)
    ("subtitle_download_failure", [("SubtitleDownloadFailureFromForItem", JF_PROVIDER, JF_ITEM)]),
    ("lyric_download_failure", [("LyricDownloadFailureFromForItem", JF_PROVIDER, JF_ITEM)]),
    # Events/Consumers/Users/: UserCreatedLogger, UserDeletedLogger, UserLockedOutLogger,
    # UserPasswordChangedLogger
    ("user_created", [("UserCreatedWithName", JF_USER)]),
    ("user_deleted", [("UserDeletedWithName", JF_USER)]),
    ("user_locked_out", [("UserLockedOutWithName", JF_USER)]),
    ("user_password_changed", [("UserPasswordChangedWithName", JF_USER)]),
    # Events/Consumers/System/TaskCompletedLogger.cs (the running-time overview not taken)
    ("task_failed", [("ScheduledTaskFailedWithName", "@TaskRefreshLibrary")]),
    # Jellyfin.Api/Controllers/LibraryController.cs GetDownload
    ("user_downloading", [("UserDownloadingItemWithValues", JF_USER, JF_ITEM),
                          ("AppDeviceValues", JF_CLIENT, JF_DEVICE)]),
]


def translated(languages, notifications, fills, missing=KeyError, hant_once=False):
    """(where, name, spec, text) of every notification (name, spec) of `notifications` in each
    (where, text_of, english_of) of `languages` (where[0] the language): the text `text_of(spec)`
    writes, cleaned (skipped where it raises `missing`: a string the language lacks), that leaves
    no line in English (untranslated_lines against `english_of(spec)`, `fills` stripped from
    both) and is new in its language (is_new; with `hant_once`, is_new_text: a zh-Hant text that
    is the zh-Hans one again is not taken twice)."""
    seen, hans = {}, {}
    for where, text_of, english_of in languages:
        lang = where[0]
        for name, spec in notifications:
            try:
                text = clean(text_of(spec))
            except missing:
                continue
            if untranslated_lines(strip_fills(text, fills), strip_fills(english_of(spec), fills)):
                continue
            if not (is_new_text(seen.setdefault(lang, set()), hans, lang, name, text) if hant_once
                    else is_new(seen.setdefault(lang, set()), text)):
                continue
            yield where, name, spec, text


def jf_line(strings, spec):
    """One line: the culture's string (KeyError where it is missing) with its {n} filled."""
    name, *args = spec
    args = [strings[a[1:]] if a.startswith("@") else a for a in args]
    return re.sub(r"\{(\d+)\}", lambda m: args[int(m.group(1))], strings[name])


def jf_text(strings, lines):
    return "\n".join(jf_line(strings, s) for s in lines)


def jf_items():
    git = os.environ["JELLYFIN_GIT"]
    en = json.loads(git_show(git, JF_COMMIT, JF_CORE + "en-US.json"))

    def languages():
        for lang, culture in JF_LANGS:
            path = JF_CORE + culture + ".json"
            strings = json.loads(git_show(git, JF_COMMIT, path))
            yield (lang, culture, path), partial(jf_text, strings), partial(jf_text, en)
    for (lang, culture, path), name, _, text in translated(languages(), JF_NOTICES, JF_FILLS,
                                                           hant_once=True):
        yield item(f"jellyfin-{sha(culture + '#' + name)[:12]}", lang, text, "jellyfin_activity",
                   f"github.com/jellyfin/jellyfin@{JF_COMMIT[:12]}:{path}#{name}",
                   f"jellyfin/jellyfin:{name}", "every_activity_entry")


# --- Misskey --------------------------------------------------------------------------------------
MK_RAW = os.path.join(HERE, "raw", "misskey")
MK_REPO = "misskey-dev/misskey"
# file -> (lang, the commit of locales/<file> the file index holds; see raw/misskey/SOURCE.md)
MK_LANGS = [("zh-Hans", "zh-CN", "001b4ff1008fad9ff799cf6dc98a1e2280565380"),
            ("zh-Hant", "zh-TW", "009ff8fc060d84d1bddf52eee23760f7697a1d25"),
            ("es", "es-ES", "0053dd4b948d0b7496c2b61a86207437b90eadb1")]
MK_SW_COMMIT = "02e5b058ee80732f8ab6ffac0f4a4333cc455e97"
MK_USER = "Bob"  # getUserName(user): the display name
MK_NOTE = "Demo post"  # note.text
MK_ANTENNA = "Demo"  # antenna.name
MK_FILLS = [MK_USER, MK_NOTE, MK_ANTENNA]
# packages/sw/src/scripts/create-notification.ts composeNotification: each push notification as
# its title, a line break, then its body; a line is a string key of `_notification` (a (key, args)
# pair fills {name} / {x}; an argument "@key" is that top-level string of the same file), a
# literal ("=text": a fill, or the code's own ": " joint), or a list of these joined. Not taken:
# reaction (title the emoji and the name, body the note: no string of the product),
# achievementEarned (its body is an `_achievements` title, a section not read), app (the app's
# own text).
MK_NOTIFICATIONS = [
    ("follow", ["youWereFollowed", "=" + MK_USER]),
    ("mention", [("youGotMention", {"name": MK_USER}), "=" + MK_NOTE]),
    ("reply", [("youGotReply", {"name": MK_USER}), "=" + MK_NOTE]),
    ("renote", [("youRenoted", {"name": MK_USER}), "=" + MK_NOTE]),
    ("quote", [("youGotQuote", {"name": MK_USER}), "=" + MK_NOTE]),
    ("note", [["newNote", "=: " + MK_USER], "=" + MK_NOTE]),
    ("receiveFollowRequest", ["youReceivedFollowRequest", "=" + MK_USER]),
    ("followRequestAccepted", ["yourFollowRequestAccepted", "=" + MK_USER]),
    ("login", ["login"]),
    ("exportCompleted", [("exportOfXCompleted", {"x": "@notes"})]),
    ("pollEnded", ["pollEnded", "=" + MK_NOTE]),
    ("test", ["testNotification", "notificationWillBeDisplayedLikeThis"]),
    ("unreadAntennaNote", [("unreadAntennaNote", {"name": MK_ANTENNA}),
                           "=" + MK_USER + ": " + MK_NOTE]),
]


def mk_strings(path):
    """The strings of a raw/misskey excerpt: top-level keys as they are, `_notification` keys with
    no prefix (each line `key: "value"`, a double-quoted YAML string, which JSON reads alike)."""
    top, notification, section = {}, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^( *)([A-Za-z_]+): ?(".*")?$', line.rstrip("\n"))
            if not m:
                continue
            if not m.group(1):
                section = m.group(2)
                if m.group(3):
                    top[m.group(2)] = json.loads(m.group(3))
            elif section == "_notification":
                notification[m.group(2)] = json.loads(m.group(3))
    return top, notification


def mk_line(strings, spec):
    """One line (KeyError where the file lacks a string)."""
    top, notification = strings
    if isinstance(spec, list):
        return "".join(mk_line(strings, p) for p in spec)
    if isinstance(spec, tuple):
        key, args = spec
        args = {k: top[v[1:]] if v.startswith("@") else v for k, v in args.items()}
        return re.sub(r"\{(\w+)\}", lambda m: args[m.group(1)], notification[key])
    if spec.startswith("="):
        return spec[1:]
    return notification[spec]


def mk_text(strings, lines):
    return "\n".join(mk_line(strings, s) for s in lines)


def mk_english(en, lines):
    """The English reference (an older version: a key it lacks is checked against none)."""
    try:
        return mk_text(en, lines)
    except KeyError:
        return ""


def mk_items():
    en = mk_strings(os.path.join(MK_RAW, "en-US.yml"))

    def languages():
        for lang, name, commit in MK_LANGS:
            strings = mk_strings(os.path.join(MK_RAW, name + ".yml"))
            yield (lang, name, commit), partial(mk_text, strings), partial(mk_english, en)
    for (lang, name, commit), notification, _, text in translated(languages(), MK_NOTIFICATIONS,
                                                                  MK_FILLS):
        yield item(f"misskey-{sha(lang + '#' + notification)[:12]}", lang, text,
                   "misskey_notification",
                   f"github.com/{MK_REPO}@{commit[:12]}:locales/{name}.yml#_notification "
                   f"(sw {MK_SW_COMMIT[:12]}:{notification})",
                   f"{MK_REPO}:{notification}", "every_push_notification")


# --- Immich mobile app ----------------------------------------------------------------------------
IM_RAW = os.path.join(HERE, "raw", "immich")
IM_REPO = "immich-app/immich"
# (lang, file, the commit of mobile/assets/i18n/<file> the file index holds; raw/immich/SOURCE.md)
IM_LANGS = [("zh-Hans", "zh-CN", "04306d574af7ba00b49fb1ccfd99292d09c97d51"),
            ("zh-Hant", "zh-TW", "06c83fa6a8d2198f3973843ce0975cb4d8183edc"),
            ("es", "es-ES", "012a83456ab75e8f3f382f7ffdbc597eb5276d3c")]
IM_SERVICE_COMMIT = "06c83fa6a8d2198f3973843ce0975cb4d8183edc"
IM_FILE = "demo.jpg"  # the asset's file name
IM_FILLS = [IM_FILE]
IM_PREFIX = "backup_background_service_"
# mobile/lib/services/background.service.dart (IM_SERVICE_COMMIT): every notification
# _showErrorNotification shows (title, then content); each line a string (without IM_PREFIX),
# with the `{}` argument where there is one. Not taken: the ongoing notices of _updateNotification
# (checking for new assets, backing up, uploading a file: progress).
IM_NOTIFICATIONS = [
    ("connection_failed", [("error_title",), ("connection_failed_message",)]),
    ("backup_failed", [("error_title",), ("backup_failed_message",)]),
    ("upload_failure", [("upload_failure_notification", IM_FILE)]),
]


def im_text(strings, lines):
    """The notification's lines, easy_localization's `{}` filled in order (KeyError where a string
    is missing)."""
    out = []
    for key, *args in lines:
        text = strings[IM_PREFIX + key]
        for a in args:
            text = text.replace("{}", a, 1)
        out.append(text)
    return "\n".join(out)


def im_items():
    with open(os.path.join(IM_RAW, "en-US.json"), encoding="utf-8") as f:
        en = json.load(f)

    def languages():
        for lang, name, commit in IM_LANGS:
            with open(os.path.join(IM_RAW, name + ".json"), encoding="utf-8") as f:
                strings = json.load(f)
            yield (lang, name, commit), partial(im_text, strings), partial(im_text, en)
    for (lang, name, commit), notification, _, text in translated(languages(), IM_NOTIFICATIONS,
                                                                  IM_FILLS):
        yield item(f"immich-{sha(lang + '#' + notification)[:12]}", lang, text,
                   "immich_notification",
                   f"github.com/{IM_REPO}@{commit[:12]}:mobile/assets/i18n/{name}.json "
                   f"(background.service.dart {IM_SERVICE_COMMIT[:12]}:{notification})",
                   f"{IM_REPO}:{notification}", "every_app_notification")


# --- qBittorrent ----------------------------------------------------------------------------------
QB_COMMIT = "0402289eaff722f6aaf80d3d6ad0f08405016d05"  # master of 2026-08-22
QB_REPO = "qbittorrent/qBittorrent"
QB_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("zh-Hant", "zh_HK"), ("es", "es")]
QB_TORRENT = "Demo Torrent"  # torrent->name()
QB_SOURCE = "demo.torrent"  # the source a torrent failed to be added from
QB_REASON = "Demo error"  # libtorrent's or the add manager's reason (English in the code)
QB_SAVE_PATH = "/home/alice/Downloads"
QB_FILLS = [QB_TORRENT, QB_SOURCE, QB_REASON, QB_SAVE_PATH]
# The size 700 MiB (Utils::Misc::friendlyUnit: the number with one decimal in the system locale's
# notation, a space, the unit string of context "misc") and the active time 1 h 20 min
# (Utils::Misc::userFriendlyDuration: "%1h %2m" of context "misc").
QB_SIZE = ("misc", "MiB", "mebibytes (1024 kibibytes)")
QB_DURATION = ("misc", "%1h %2m", "e.g: 3 hours 5 minutes")
_QB_TRAY = "This behavior can be changed in the settings. You won't be reminded again."
# notification -> its lines, each (context, source, comment, args…) or "" (an empty line); an
# argument "@size" / "@duration" is the value above in the same language. Desktop notices
# (DesktopIntegration::showNotification: title, then message) and the two mails (subject, a blank
# line, then the content Application builds).
QB_NOTIFICATIONS = [
    # src/app/application.cpp
    ("io_error", [("Application", "I/O Error", "i.e: Input/Output Error"),
                  ("Application", "An I/O error occurred for torrent '%1'.\n Reason: %2",
                   "e.g: An error occurred for torrent 'xxx.avi'.\n Reason: disk is full.",
                   QB_TORRENT, QB_REASON)]),
    ("download_completed", [("Application", "Download completed", None),
                            ("Application", "'%1' has finished downloading.",
                             "e.g: xxx.avi has finished downloading.", QB_TORRENT)]),
    ("torrent_added", [("Application", "Torrent added", None),
                       ("Application", "'%1' was added.", "e.g: xxx.avi was added.", QB_TORRENT)]),
    ("add_torrent_failed", [("Application", "Add torrent failed", None),
                            ("Application", "Couldn't add torrent '%1', reason: %2.", None,
                             QB_SOURCE, QB_REASON)]),
    ("finished_mail", [("Application", 'Torrent "%1" has finished downloading', None, QB_TORRENT),
                       "",
                       ("Application", "Torrent name: %1", None, QB_TORRENT),
                       ("Application", "Torrent size: %1", None, "@size"),
                       ("Application", "Save path: %1", None, QB_SAVE_PATH),
                       "",
                       ("Application", "The torrent was downloaded in %1.",
                        "The torrent was downloaded in 1 hour and 20 seconds", "@duration"),
                       "",
                       "",
                       ("Application", "Thank you for using qBittorrent.", None)]),
    ("test_mail", [("Application", "Test email", None), "",
                   ("Application", "This is a test email.", None),
                   ("Application", "Thank you for using qBittorrent.", None)]),
    # src/gui/mainwindow.cpp
    ("minimized_to_tray", [("MainWindow", "qBittorrent is minimized to tray", None),
                           ("MainWindow", _QB_TRAY, None)]),
    ("closed_to_tray", [("MainWindow", "qBittorrent is closed to tray", None),
                        ("MainWindow", _QB_TRAY, None)]),
    ("search_failed", [("MainWindow", "Search Engine", None),
                       ("MainWindow", "Search has failed", None)]),
    ("search_finished", [("MainWindow", "Search Engine", None),
                         ("MainWindow", "Search has finished", None)]),
    # src/gui/search/searchwidget.cpp
    ("search_needs_python", [("SearchWidget", "Search Engine", None),
                             ("SearchWidget", "Please install Python to use the Search Engine.",
                              None)]),
]


def qb_catalogue(ts):
    """(context, source, comment) -> translation of a Qt .ts file: finished translations only (an
    `unfinished`, `vanished` or `obsolete` one, or an empty one, is left out: Qt shows the
    English source)."""
    import xml.etree.ElementTree as ET
    out = {}
    for ctx in ET.fromstring(ts).iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type"):
                continue
            # a plural (`numerus`) message: its first form, the one for a count of 1
            text = tr.findtext("numerusform") if msg.get("numerus") == "yes" else tr.text
            if not (text or "").strip():
                continue
            out[(name, msg.findtext("source"), msg.findtext("comment"))] = text
    return out


def qb_arg(text, args):
    """QString::arg over %1…%9, all at once."""
    return re.sub(r"%([1-9])", lambda m: args[int(m.group(1)) - 1], text)


def qb_text(cat, lang, lines):
    """The notification in catalogue `cat` (None: the English sources), KeyError where a string is
    missing."""
    def tr(context, source, comment):
        return source if cat is None else cat[(context, source, comment)]
    decimal = "," if lang == "es" else "."
    values = {"@size": "700" + decimal + "0 " + tr(*QB_SIZE),
              "@duration": qb_arg(tr(*QB_DURATION), ["1", "20"])}
    out = []
    for spec in lines:
        if spec == "":
            out.append("")
            continue
        context, source, comment, *args = spec
        out.append(qb_arg(tr(context, source, comment), [values.get(a, a) for a in args]))
    return "\n".join(out)


def qb_items():
    git = os.environ["QBITTORRENT_GIT"]

    def languages():
        for lang, code in QB_LANGS:
            path = f"src/lang/qbittorrent_{code}.ts"
            cat = qb_catalogue(git_show(git, QB_COMMIT, path))
            yield (lang, code, path), partial(qb_text, cat, lang), partial(qb_text, None, lang)
    for (lang, code, path), name, _, text in translated(languages(), QB_NOTIFICATIONS, QB_FILLS,
                                                        hant_once=True):
        yield item(f"qbittorrent-{sha(code + '#' + name)[:12]}", lang, text,
                   "qbittorrent_notification",
                   f"github.com/{QB_REPO}@{QB_COMMIT[:12]}:{path}#{name}",
                   f"{QB_REPO}:{name}", "every_desktop_notification_and_mail")


# --- Transmission ---------------------------------------------------------------------------------
TR_COMMIT = "85fc9d915c6d91b32f01ec4b291b1c9ba820f310"  # main of 2026-08-22
TR_REPO = "transmission/transmission"
TR_TORRENT = "Demo Torrent"  # tr_torrentName / tor->name(): the notification's body
# notification -> (toolkit, the title's string): each notice is its title, a line break, then the
# torrent's name. gtk/Notify.cc (gettext, po/<code>.po): gtr_notify_torrent_completed and
# gtr_notify_torrent_added; qt/Application.cc (Qt, context "Application",
# qt/translations/transmission_<code>.ts): onTorrentsCompleted (the plural "Torrent(s)
# Completed" for one torrent) and notifyTorrentAdded.
TR_NOTIFICATIONS = [
    ("gtk_torrent_complete", ("gtk", "Torrent Complete")),
    ("gtk_torrent_added", ("gtk", "Torrent Added")),
    ("qt_torrents_completed", ("qt", "Torrent(s) Completed")),
    ("qt_torrent_added", ("qt", "Torrent Added")),
]
TR_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("zh-Hant", "zh_HK"), ("es", "es")]


def po_catalogue(git, commit, path):
    """The gettext catalogue of a .po file at `commit`, compiled by msgfmt (fuzzy entries left
    out, as msgfmt leaves them), or None where the file does not exist."""
    import tempfile
    from corpus import catalogue
    try:
        po = subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], check=True,
                            capture_output=True).stdout
    except subprocess.CalledProcessError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        mo = os.path.join(tmp, "messages.mo")
        subprocess.run(["msgfmt", "-o", mo, "-"], input=po, check=True)
        return catalogue(mo)


def tr_items():
    git = os.environ["TRANSMISSION_GIT"]
    seen = {}
    hans = {}
    for lang, code in TR_LANGS:
        gtk = po_catalogue(git, TR_COMMIT, f"po/{code}.po")
        try:
            qt = qb_catalogue(git_show(git, TR_COMMIT, f"qt/translations/transmission_{code}.ts"))
        except subprocess.CalledProcessError:  # no Qt catalogue in this language (zh_HK)
            qt = None
        for name, (toolkit, source) in TR_NOTIFICATIONS:
            if toolkit == "gtk":
                where = f"po/{code}.po"
                title = gtk.gettext(source) if gtk is not None else source
            else:
                where = f"qt/translations/transmission_{code}.ts"
                title = qt.get(("Application", source, None), source) if qt is not None else source
            if title == source:  # untranslated: the English source would be shown
                continue
            text = clean(title + "\n" + TR_TORRENT)
            if untranslated_lines(strip_fills(text, [TR_TORRENT]), source) \
                    or not is_new(seen.setdefault(lang, set()), text) \
                    or (lang == "zh-Hant" and text in hans.values()):
                continue
            if lang == "zh-Hans":
                hans[name] = text
            yield item(f"transmission-{sha(code + '#' + name)[:12]}", lang, text,
                       "transmission_notification",
                       f"github.com/{TR_REPO}@{TR_COMMIT[:12]}:{where}#{name}",
                       f"{TR_REPO}:{name}", "every_desktop_notification")


# --- Sonarr ---------------------------------------------------------------------------------------
SN_COMMIT = "49df353fa14c453929b79f32144b2c8c86d94b09"  # v5-develop (default branch), 2026-06-21
SN_REPO = "Sonarr/Sonarr"
SN_CHECKS = "src/NzbDrone.Core/HealthCheck/Checks/"
SN_CORE = "src/NzbDrone.Core/Localization/Core/"
SN_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("es", "es")]
# The value of each token a check passes (LocalizationService.ReplaceTokens adds appName "Sonarr";
# a token the call does not pass stays as "{token}", as ReplaceTokens leaves it).
SN_VALUES = {
    "appName": "Sonarr", "downloadClientName": "Demo Client", "downloadClientNames": "Demo Client",
    "errorMessage": "Demo error", "rootFolderPath": "/data/tv", "rootFolderPaths": "/data/tv",
    "sortingMode": "Demo sorting", "rootFolderInfo": "/data/tv (Demo List)",
    "rootFoldersInfo": "/data/tv (Demo List)", "importListNames": "Demo List",
    "indexerNames": "Demo Indexer", "notificationNames": "Demo Notification", "length": "20",
    "osName": "Linux", "path": "/downloads/Demo.Show.S01E01", "downloadPath": "/downloads",
    "proxyHostName": "proxy.example.com", "url": "https://proxy.example.com", "statusCode": "502",
    "series": "Demo Series", "startupFolder": "/opt/Sonarr", "uiFolder": "/opt/Sonarr/UI",
    "userName": "alice", "version": "v5.0.0.100",
}
SN_FILLS = sorted(set(SN_VALUES.values()), key=len, reverse=True)
# Text the check appends to the message in code (an interpolated string around the call), by key:
# ImportMechanismCheck's first call (" (Sabnzbd)"), MountCheck's list of read-only mounts.
SN_SUFFIX = {
    "ImportMechanismEnableCompletedDownloadHandlingIfPossibleHealthCheckMessage": " (Sabnzbd)",
    "MountSeriesHealthCheckMessage": "Demo Mount (/data/tv)",
}


def sn_calls(git):
    """(key, check file, the token names the call passes) of the first GetLocalizedString call of
    each message key in the health checks, in file order."""
    calls = {}
    for path in sorted(f for f in git_files(git, SN_COMMIT) if f.startswith(SN_CHECKS)):
        src = git_show(git, SN_COMMIT, path)
        for m in re.finditer(r'GetLocalizedString\(\s*"(\w+)"', src):
            depth, i = 1, m.end()
            while depth and i < len(src):  # the call's balanced parentheses
                depth += {"(": 1, ")": -1}.get(src[i], 0)
                i += 1
            tokens = re.findall(r'\{\s*"(\w+)"\s*,', src[m.end():i])
            calls.setdefault(m.group(1), (path.rsplit("/", 1)[1], tokens))
    return calls


def sn_text(strings, key, tokens):
    passed = {t: SN_VALUES[t] for t in tokens}
    passed.setdefault("appName", "Sonarr")
    text = re.sub(r"\{(\w+)\}", lambda m: passed.get(m.group(1), m.group(0)), strings[key])
    return text + SN_SUFFIX.get(key, "")


def sn_items():
    git = os.environ["SONARR_GIT"]
    calls = sn_calls(git)
    en = json.loads(git_show(git, SN_COMMIT, SN_CORE + "en.json"))
    for lang, code in SN_LANGS:
        path = SN_CORE + code + ".json"
        strings = json.loads(git_show(git, SN_COMMIT, path))
        seen = set()
        for key, (check, tokens) in calls.items():
            if key not in strings:  # Sonarr would show the English string (en.json is the base)
                continue
            text = clean(sn_text(strings, key, tokens))
            if untranslated_lines(strip_fills(text, SN_FILLS),
                                  strip_fills(sn_text(en, key, tokens), SN_FILLS)) \
                    or not is_new(seen, text):
                continue
            yield item(f"sonarr-{sha(code + '#' + key)[:12]}", lang, text, "sonarr_health",
                       f"github.com/{SN_REPO}@{SN_COMMIT[:12]}:{path}#{key} ({check})",
                       f"{SN_REPO}:{key}", "every_health_check_message")


# --- Deluge ---------------------------------------------------------------------------------------
DL_COMMIT = "6ec1479cdbbfed269844041d1001de657594d6da"  # develop of 2025-04-28
DL_REPO = "deluge-torrent/deluge"
DL_PLUGIN = "deluge/plugins/Notifications/deluge_notifications/"
DL_STATUS = {"name": "Demo Torrent", "num_files": 3}  # torrent_status
DL_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("zh-Hant", "zh_HK"), ("es", "es")]
# The Notifications plugin's two notices of a finished torrent: the mail of core.py
# (_on_torrent_finished_event: subject, a blank line, then the message) and the pop-up of gtkui.py
# (_on_torrent_finished_event_got_torrent_status: title, then message), each a list of msgids.
DL_NOTIFICATIONS = [
    ("finished_mail", ['Finished Torrent "%(name)s"', "",
                       'This email is to inform you that Deluge has finished downloading '
                       '"%(name)s", which includes %(num_files)i files.\nTo stop receiving these '
                       "alerts, simply turn off email notification in Deluge's preferences.\n\n"
                       'Thank you,\nDeluge.']),
    ("finished_popup", ["Finished Torrent",
                        'The torrent "%(name)s" including %(num_files)i file(s) has finished '
                        'downloading.']),
]


def dl_items():
    git = os.environ["DELUGE_GIT"]
    seen = {}
    for lang, code in DL_LANGS:
        path = f"deluge/i18n/{code}.po"
        cat = po_catalogue(git, DL_COMMIT, path)
        for name, msgids in DL_NOTIFICATIONS:
            lines = [cat.gettext(m) if m else "" for m in msgids]
            if any(m and t == m for m, t in zip(msgids, lines)):  # untranslated: English shown
                continue
            text = clean("\n".join(ln % DL_STATUS for ln in lines))
            en_text = "\n".join(m % DL_STATUS for m in msgids)
            fills = ["Demo Torrent"]
            if untranslated_lines(strip_fills(text, fills), strip_fills(en_text, fills)) \
                    or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"deluge-{sha(code + '#' + name)[:12]}", lang, text, "deluge_notification",
                       f"github.com/{DL_REPO}@{DL_COMMIT[:12]}:{path}#{name}",
                       f"{DL_REPO}:{name}", "every_notification_of_the_notifications_plugin")


# --- PicGo ----------------------------------------------------------------------------------------
PG_COMMIT = "77f1ed16b7560a2a6749fcd11631af1c452c6b59"  # dev (the default branch) of 2026-07-21
PG_REPO = "Molunerfinn/PicGo"
PG_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW")]  # PicGo has no Spanish catalogue
PG_URL = "https://img.example.com/demo.png"  # the uploaded image's URL (imgUrl)
# Every desktop notification (showNotification / guiApi.showNotification of src/main and
# src/renderer) whose title and body are PicGo's strings (a key) or PicGo's own values (a literal
# "=text"; the album rewrite result joins SUCCESS and FAILED with its counts, 3 and 0): title, a
# line break, then the body. Not taken: notices whose body is another program's text (an error's
# stack or message, a plugin installer's output: the upload error, plugin list, plugin install /
# import / uninstall / update and URL-rewrite error notices) and the remote notice (its title and
# body come from PicGo's server). Several call sites with the same strings are one notification.
PG_NOTIFICATIONS = [
    # src/main/apis/app/uploader/apis.ts, src/main/apis/app/system/index.ts,
    # src/main/apis/gui/index.ts, src/main/events/ipcList.ts
    ("upload_succeed", ["UPLOAD_SUCCEED", "=" + PG_URL]),
    ("upload_not_picture", ["UPLOAD_FAILED", "TIPS_UPLOAD_NOT_PICTURES"]),
    # src/main/apis/app/uploader/index.ts
    ("upload_progress", ["UPLOAD_PROGRESS", "UPLOADING"]),
    # src/main/events/ipcList.ts
    ("shortcut_modified", ["OPERATION_SUCCEED", "TIPS_SHORTCUT_MODIFIED_SUCCEED"]),
    ("shortcut_conflict", ["OPERATION_FAILED", "TIPS_SHORTCUT_MODIFIED_CONFLICT"]),
    ("custom_link_style_modified", ["OPERATION_SUCCEED",
                                    "TIPS_CUSTOM_LINK_STYLE_MODIFIED_SUCCEED"]),
    # src/main/events/rpc/routes/albumToolbox/builtIn/changeURL.ts
    ("url_rewrite_no_selection", ["ALBUM_URL_REWRITE_TITLE",
                                  "ALBUM_URL_REWRITE_WARN_NO_SELECTION"]),
    ("url_rewrite_no_rules", ["ALBUM_URL_REWRITE_TITLE", "ALBUM_URL_REWRITE_NO_RULES_TO_APPLY"]),
    ("url_rewrite_no_changes", ["ALBUM_URL_REWRITE_RESULT_TITLE",
                                "ALBUM_URL_REWRITE_NO_CHANGES"]),
    ("url_rewrite_result", ["ALBUM_URL_REWRITE_RESULT_TITLE",
                            ["SUCCESS", "=: 3 ", "FAILED", "=: 0"]]),
    # src/renderer/adapters/tray-page.ts
    ("copy_link_succeed", ["COPY_LINK_SUCCEED", "=" + PG_URL]),
    # src/renderer/components/independent-window/mini/picgo-mini-page.tsx
    ("drag_invalid", ["TIPS_ERROR", "TIPS_DRAG_VALID_PICTURE_OR_URL"]),
]


def pg_line(strings, spec):
    if isinstance(spec, list):
        return "".join(pg_line(strings, p) for p in spec)
    return spec[1:] if spec.startswith("=") else strings[spec]


def pg_text(strings, lines):
    return "\n".join(pg_line(strings, ln) for ln in lines)


def pg_items():
    import yaml
    git = os.environ["PICGO_GIT"]
    en = yaml.safe_load(git_show(git, PG_COMMIT, "public/i18n/en.yml"))

    def languages():
        for lang, code in PG_LANGS:
            path = f"public/i18n/{code}.yml"
            strings = yaml.safe_load(git_show(git, PG_COMMIT, path))
            yield (lang, code, path), partial(pg_text, strings), partial(pg_text, en)
    for (lang, code, path), name, _, text in translated(languages(), PG_NOTIFICATIONS, [PG_URL]):
        yield item(f"picgo-{sha(code + '#' + name)[:12]}", lang, text, "picgo_notification",
                   f"github.com/{PG_REPO}@{PG_COMMIT[:12]}:{path}#{name}",
                   f"{PG_REPO}:{name}", "every_desktop_notification")


# --- Motrix ---------------------------------------------------------------------------------------
MX_COMMIT = "a6c7b86ffe9de851ac8ea84e8fd6f5521e39416e"  # main, tag v2.0.0-beta.22, 2026-08-22
MX_REPO = "agalwood/Motrix"
MX_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW")]  # Motrix has no Spanish catalogue
MX_VALUES = {"name": "demo.iso", "version": "1.37.0", "limit": "16"}
# The notifications whose title and body keys the code names (src/core/notifications/ and
# src/core/engine/aria2/dns-fallback.ts): title, a line break, then the body, both under
# `notification` of src/shared/locales/<code>.json (i18next, {{param}}). Not taken: the task-error
# and engine-failure notices, whose body key the failure descriptor picks among the error strings
# (resolveFailureDescriptor, engineFailureReasonKey), not read in the time.
MX_NOTIFICATIONS = [
    ("task_complete", ["taskComplete.title"]),  # occurrence-consumer.ts
    ("engine_compatibility", ["engineCompatibility.title", "engineCompatibility.body"]),
    ("engine_restart_required", ["engineRestartRequired.title", "engineRestartRequired.body"]),
    ("dns_fallback", ["dnsFallback.title", "dnsFallback.body"]),  # dns-fallback.ts
]


def nested_text(strings, keys, section, placeholder, values):
    """The strings of dotted `keys` under `section` of a nested locale, one a line, each
    `placeholder` match (its group: the value's name) replaced by that value of `values` (KeyError,
    or TypeError where a key names into a string, where the locale lacks one)."""
    out = []
    for key in keys:
        node = strings[section]
        for part in key.split("."):
            node = node[part]
        out.append(re.sub(placeholder, lambda m: values[m.group(1)], node))
    return "\n".join(out)


def mx_text(strings, keys):
    return nested_text(strings, keys, "notification", r"\{\{(\w+)\}\}", MX_VALUES)


def mx_items():
    git = os.environ["MOTRIX_GIT"]
    en = json.loads(git_show(git, MX_COMMIT, "src/shared/locales/en-US.json"))

    def languages():
        for lang, code in MX_LANGS:
            path = f"src/shared/locales/{code}.json"
            strings = json.loads(git_show(git, MX_COMMIT, path))
            yield (lang, code, path), partial(mx_text, strings), partial(mx_text, en)
    for (lang, code, path), name, _, text in translated(languages(), MX_NOTIFICATIONS,
                                                        list(MX_VALUES.values())):
        yield item(f"motrix-{sha(code + '#' + name)[:12]}", lang, text, "motrix_notification",
                   f"github.com/{MX_REPO}@{MX_COMMIT[:12]}:{path}#{name}",
                   f"{MX_REPO}:{name}", "every_notification_with_named_keys")


# --- Clash Verge Rev ------------------------------------------------------------------------------
CV_COMMIT = "e11b74206d0eb9b9e47a3dc39dc3939ab4c6b473"  # dev (the default branch) of 2026-05-18
CV_REPO = "clash-verge-rev/clash-verge-rev"
CV_LOCALES = "crates/clash-verge-i18n/locales/"
CV_LANGS = [("zh-Hans", "zh"), ("zh-Hant", "zhtw"), ("es", "es")]
CV_VALUES = {"mode": "Rule", "version": "2.4.0"}  # the code's English mode name; the update
# Every desktop notification: src-tauri/src/utils/notification.rs notify_event (each event, the
# two toggles in both states; the mode change for "Rule") and src-tauri/src/core/updater.rs
# (the update-ready notice), title then body, keys under `notifications` of the locale file.
CV_NOTIFICATIONS = [
    ("dashboard_toggled", ["dashboardToggled.title", "dashboardToggled.body"]),
    ("clash_mode_changed", ["clashModeChanged.title", "clashModeChanged.body"]),
    ("system_proxy_on", ["systemProxyToggled.title", "systemProxyToggled.on"]),
    ("system_proxy_off", ["systemProxyToggled.title", "systemProxyToggled.off"]),
    ("tun_mode_on", ["tunModeToggled.title", "tunModeToggled.on"]),
    ("tun_mode_off", ["tunModeToggled.title", "tunModeToggled.off"]),
    ("lightweight_mode", ["lightweightModeEntered.title", "lightweightModeEntered.body"]),
    ("profiles_reactivated", ["profilesReactivated.title", "profilesReactivated.body"]),
    ("app_quit", ["appQuit.title", "appQuit.body"]),
    ("app_hidden", ["appHidden.title", "appHidden.body"]),  # macOS
    ("update_ready", ["updateReady.title", "updateReady.body"]),
]


def cv_text(strings, keys):
    return nested_text(strings, keys, "notifications", r"\{(\w+)\}", CV_VALUES)


def cv_items():
    import yaml
    git = os.environ["CLASH_VERGE_GIT"]
    en = yaml.safe_load(git_show(git, CV_COMMIT, CV_LOCALES + "en.yml"))

    def languages():
        for lang, code in CV_LANGS:
            path = f"{CV_LOCALES}{code}.yml"
            strings = yaml.safe_load(git_show(git, CV_COMMIT, path))
            yield (lang, code, path), partial(cv_text, strings), partial(cv_text, en)
    for (lang, code, path), name, _, text in translated(languages(), CV_NOTIFICATIONS,
                                                        list(CV_VALUES.values()),
                                                        missing=(KeyError, TypeError)):
        yield item(f"clashverge-{sha(code + '#' + name)[:12]}", lang, text,
                   "clash_verge_notification",
                   f"github.com/{CV_REPO}@{CV_COMMIT[:12]}:{path}#{name}",
                   f"{CV_REPO}:{name}", "every_desktop_notification")


def items():
    yield from jf_items()
    yield from mk_items()
    yield from im_items()
    yield from qb_items()
    yield from tr_items()
    yield from sn_items()
    yield from dl_items()
    yield from pg_items()
    yield from mx_items()
    yield from cv_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
