#!/usr/bin/env python3
"""Rebuild the forty-second batch of tests/data/real/ (issue 12): the activity notices the Jellyfin
media server writes for its users and administrators, in Chinese and Spanish. Only zh-Hans /
zh-Hant / es texts are taken, never English: the product's English strings serve only as the
reference of the "untranslated" check (build_templates3.untranslated_lines) and to find the
templates.

Usage:
    . /work/rebuild-42.sh   # or set JELLYFIN_GIT to a bare git dir of jellyfin/jellyfin
    python3 scripts/real_corpus/build_templates38.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates38.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-second batch"):
  * jellyfin_activity: jellyfin/jellyfin (GPL-2.0), JF_COMMIT, read from a bare git dir
    (`git show <commit>:<path>`). Every activity-log entry the server composes from its own
    strings (JF_NOTICES: each `new ActivityLog(` of Jellyfin.Server.Implementations/Events/
    Consumers and Jellyfin.Api/Controllers/LibraryController.cs): the entry's name, a line break,
    then its short overview where the server writes one from its strings (the IP address, the
    version, the app and device). These entries are what the dashboard's activity feed shows and
    what notification plugins (e-mail, webhook) forward. Not taken: overviews that are another
    program's text (a plugin's changelog, an exception message) or English built in code (the
    scheduled task's running time). The strings come from
    Emby.Server.Implementations/Localization/Core/<culture>.json: zh-CN (zh-Hans), zh-TW and
    zh-HK (zh-Hant; Hong Kong's file is a separate translation, a near-duplicate of the Taiwan
    text is not taken twice), es; en-US is the English reference. The server falls back to
    en-US for a missing string, so an entry missing one of its strings in a culture is skipped
    there.

Placeholders get the fixed values of the earlier batches (user alice, IP address 203.0.113.7, the
device "Demo TV", the client "Jellyfin Web", the item "Demo Movie", the plugin "Demo Plugin"
version 1.2.0, the provider "Demo Provider"; the failed task's name is that culture's own name of
the library scan task). Near-duplicates (digits and white space aside) collapse within a source
and language. Cut at 500 characters.

Split: the unit is the entry (`<owner/repo>:<entry>`), all languages of one entry on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before
any scanner run on these texts. Labels come from scripts/real_corpus/labels/labels_templates38.tsv
(id, category, credential_request, credentials, borderline), assigned by an AI reader reading
each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean
from build_templates31 import strip_fills
from corpus import git_show, hashed_split, main, sha

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
    ("session_started", [("UserOnlineFromDevice", JF_USER, JF_DEVICE), ("LabelIpAddressValue", JF_IP)]),
    ("session_ended", [("UserOfflineFromDevice", JF_USER, JF_DEVICE), ("LabelIpAddressValue", JF_IP)]),
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
    hans = {}
    seen = {}
    for lang, culture in JF_LANGS:
        path = JF_CORE + culture + ".json"
        strings = json.loads(git_show(git, JF_COMMIT, path))
        for name, lines in JF_NOTICES:
            try:
                text = clean(jf_text(strings, lines))
            except KeyError:
                continue
            en_text = jf_text(en, lines)
            if untranslated_lines(strip_fills(text, JF_FILLS), strip_fills(en_text, JF_FILLS)) \
                    or not is_new(seen.setdefault(lang, set()), text) \
                    or (lang == "zh-Hant" and hans.get(name) == text):
                continue
            if lang == "zh-Hans":
                hans[name] = text
            yield item(f"jellyfin-{sha(culture + '#' + name)[:12]}", lang, text,
                       "jellyfin_activity",
                       f"github.com/jellyfin/jellyfin@{JF_COMMIT[:12]}:{path}#{name}",
                       f"jellyfin/jellyfin:{name}", "every_activity_entry")


def items():
    yield from jf_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
