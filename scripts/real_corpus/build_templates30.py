#!/usr/bin/env python3
"""Rebuild the thirty-fourth batch of tests/data/real/ (issue 12): the system notifications of
the Tusky (Mastodon client), Conversations (XMPP client) and Element (Matrix client) Android apps,
in Chinese and Spanish.
Only zh-Hans / zh-Hant / es texts are taken, never English: the English strings (values/strings.xml)
serve only as the reference of the "untranslated" check (build_templates3.untranslated_lines) and
to find the templates.

Usage:
    . /work/rebuild-34.sh   # or set TUSKY_GIT / CONVERSATIONS_GIT to bare git dirs of
                            # tuskyapp/Tusky and iNPUTmice/Conversations
    python3 scripts/real_corpus/build_templates30.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates30.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-fourth batch"); each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`):
  * tusky_android_notification: tuskyapp/Tusky (GPL-3.0, LICENSE.txt), TUSKY_COMMIT. Every system
    notification the app composes from its strings (TUSKY_NOTIFICATIONS: the Mastodon
    notification types of NotificationService.titleForType/bodyForType, the grouped summary, the
    moderation-warning actions of entity/AccountWarning.kt, the relationship-severance events,
    the post-sending error and cancel notices of SendStatusService and the quick-reply notices of
    SendStatusBroadcastReceiver), title + text; title-only progress notices (fetching
    notifications, pruning the cache, "Sending post…") are not taken.
  * conversations_android_notification: iNPUTmice/Conversations (GPL-3.0, LICENSE),
    CONV_COMMIT (branch master). Every system notification of services/NotificationService.java,
    ExportBackupService and ImportBackupService composed from the app's strings
    (CONV_NOTIFICATIONS), title + text; res is src/conversations/res over src/main/res (the
    "conversations" flavour); the title "Conversations" of the foreground notice is app_name, set by build.gradle (resValue);
    title-only progress notices (compressing video, creating or
    restoring a backup), the ongoing-call notices and the per-conversation message count (shown
    only when Config.HIDE_MESSAGE_TEXT_IN_NOTIFICATION, false in the app) are not taken; the
    error notice for one account shows that account's address.
  * element_android_notification: element-hq/element-android (Apache-2.0, AGPL-3.0 since 2024),
    too large to fetch: library/ui-strings/src/main/res/values-zh-r{CN,TW}/strings.xml at the
    version the file index stores (ELEMENT_COMMIT) read page by page, the entries used copied
    verbatim to raw/element_android/. Every notification of NotificationUtils.kt and
    SummaryGroupMessageCreator.kt composed from strings (ELEMENT_NOTIFICATIONS); zh-Hans and
    zh-Hant only (the English and Spanish files were not read), with a CJK-based untranslated
    check (zh_untranslated) in place of the English reference.
  Languages: zh-Hans from values-zh-rCN, zh-Hant from values-zh-rTW, es from values-es (neither
  app has a values-zh folder, so a string missing there falls back to English and skips the
  notification in that language); values-zh-rHK/-rMO/-rSG are not used. Plurals are read with the
  quantity Android picks for the count (Chinese has only "other").

Placeholders get the fixed values of the earlier batches (Bob / @bob the other user, alice,
"Demo post", links and domains on *.example.com, counts 3 and 1). Near-duplicates (digits and white
space aside) collapse within a source and language. Cut at 500 characters.

Split: the unit is the notification (`<repo>:<notification>`), all languages of one notification
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and
committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates30.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean, cm_resources, php_sprintf
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates30.tsv")

LANGS = [("values-zh-rCN", "zh-Hans"), ("values-zh-rTW", "zh-Hant"), ("values-es", "es")]
# Fill values that are not English sentences of the product, taken out of both texts before the
# untranslated check.
FILLS = ["social.example.com", "demo.example.net", "Demo post", "Demo account", "Alice Chen",
         "Demo Group", "@bob", "Bob", "Conversations", "Element", "/storage/emulated/0/Download/Conversations/Backup",
         "alice@chat.example.com"]


def unfilled(text):
    for v in FILLS:
        text = text.replace(v, "")
    return text


def get(res, lang, spec):
    """A literal (a str starting with '='), a string name, or (name, count-or-None, args…), an
    argument that is itself such a tuple being resolved in the same language; plurals take the
    quantity Android picks for `count` (zh: other; es: one for 1)."""
    if isinstance(spec, str):
        return spec[1:] if spec.startswith("=") else res[spec]
    name, count, *args = spec
    args = [get(res, lang, a) if isinstance(a, tuple) else a for a in args]
    value = res[name]
    if isinstance(value, dict):
        q = "other" if lang.startswith("zh") or count != 1 else "one"
        value = value[q]
    return php_sprintf(value, *args) if args else value


def compose(res, lang, parts):
    title, text = parts
    return get(res, lang, title) + "\n" + get(res, lang, text)


def app_items(git, commit, res_dirs, notifications, source, prefix, repo, selection):
    def load(folder):
        out = {}
        for d in res_dirs:  # the later directory (the flavour) overrides
            try:
                out.update(cm_resources(git_show(git, commit, f"{d}/{folder}/strings.xml")))
            except Exception:  # noqa: BLE001 - a flavour without that folder
                pass
        return out
    en = load("values")
    for folder, lang in LANGS:
        res = load(folder)
        seen = set()
        for name, parts in notifications:
            try:
                text = clean(compose(res, lang, parts))
            except KeyError:
                continue
            en_text = compose(en, "es", parts)
            if untranslated_lines(unfilled(text), unfilled(en_text)) or not is_new(seen, text):
                continue
            yield item(f"{prefix}-{sha(folder + '#' + name)[:12]}", lang, text, source,
                       f"github.com/{repo}@{commit[:12]}:"
                       f"{{{','.join(res_dirs)}}}/{folder}/strings.xml#{name}",
                       f"{repo}:{name}", selection)


# --- Tusky ---------------------------------------------------------------------------------------
TUSKY_COMMIT = "43ae0bb4556392393a3d759ce42a93f3a003e83a"  # develop of 2025-05-23
TUSKY_NOTIFICATIONS = [
    ("mention", [("notification_mention_format", None, "Bob"), "=Demo post"]),
    ("status", [("notification_subscription_format", None, "Bob"), "=Demo post"]),
    ("follow", [("notification_follow_format", None, "Bob"), "=@bob"]),
    ("follow_request", [("notification_follow_request_format", None, "Bob"), "=@bob"]),
    ("favourite", [("notification_favourite_format", None, "Bob"), "=Demo post"]),
    ("reblog", [("notification_reblog_format", None, "Bob"), "=Demo post"]),
    ("poll_created", ["poll_ended_created", "=Demo post"]),
    ("poll_voted", ["poll_ended_voted", "=Demo post"]),
    ("sign_up", [("notification_sign_up_format", None, "Bob"), "=@bob"]),
    ("update", [("notification_update_format", None, "Bob"), "=Demo post"]),
    ("report", [("notification_report_format", None, "social.example.com"),
                ("notification_header_report_format", None, "Bob", "Demo account")]),
    ("severance_domain_block", ["relationship_severance_event_title",
                                ("relationship_severance_event_domain_block", None,
                                 "social.example.com", "demo.example.net", "3", ("accounts", 1, "1"))]),
    ("severance_user_domain_block", ["relationship_severance_event_title",
                                     ("relationship_severance_event_user_domain_block", None,
                                      "demo.example.net", "3", ("accounts", 1, "1"))]),
    ("severance_account_suspension", ["relationship_severance_event_title",
                                      ("relationship_severance_event_account_suspension", None,
                                       "social.example.com", "Bob")]),
] + [(f"moderation_warning_{a}", ["moderation_warning", f"moderation_warning_action_{a}"])
     for a in ["none", "disable", "mark_statuses_as_sensitive", "delete_statuses", "sensitive",
               "silence", "suspend"]] + [
    ("summary", [("notification_title_summary", 2, 2),
                 ("notification_summary_small", None, "Bob", "Alice Chen")]),
    ("send_post_error", ["send_post_notification_error_title",
                         "send_post_notification_saved_content"]),
    ("send_post_cancel", ["send_post_notification_cancel_title",
                          "send_post_notification_saved_content"]),
    ("quick_reply_account_gone", ["error_generic", "error_sender_account_gone"]),
    ("quick_reply_sending", ["reply_sending", "reply_sending_long"]),
]


def tusky_items():
    git = os.environ["TUSKY_GIT"]
    yield from app_items(git, TUSKY_COMMIT, ["app/src/main/res"], TUSKY_NOTIFICATIONS,
                         "tusky_android_notification", "tusky", "tuskyapp/Tusky",
                         "every_app_notification")


# --- Conversations -------------------------------------------------------------------------------
CONV_COMMIT = "0677ddc59b5894b4a6e25901a2f2dbe28ca2a948"  # master of 2023-08-16
CONV_NOTIFICATIONS = [
    ("delivery_failed", ["=Bob", ("some_messages_could_not_be_delivered", 1)]),
    ("delivery_failed_summary", ["failed_deliveries",
                                 ("some_messages_could_not_be_delivered", 1024)]),
    ("incoming_call", ["rtp_state_incoming_call", "=Bob"]),
    ("incoming_video_call", ["rtp_state_incoming_video_call", "=Bob"]),
    ("missed_call", ["missed_call", "=Bob"]),
    ("missed_calls", [("n_missed_calls", 3, 3), "=Bob"]),
    ("missed_calls_from_contacts", [("n_missed_calls_from_m_contacts", 2, 3, 2),
                                    "=Bob, Alice Chen"]),
    ("unread_conversations", [("x_unread_conversations", 2, 2), "=Bob, Alice Chen"]),
    ("foreground", ["=Conversations", ("connected_accounts", None, 1, 2)]),
    ("connection_error", ["problem_connecting_to_account", "=alice@chat.example.com"]),
    ("connection_errors", ["problem_connecting_to_accounts", "touch_to_fix"]),
    ("backup_created", ["notification_backup_created_title",
                        ("notification_backup_created_subtitle", None,
                         "/storage/emulated/0/Download/Conversations/Backup")]),
    ("backup_restored", ["notification_restored_backup_title",
                         "notification_restored_backup_subtitle"]),
]


def conv_items():
    git = os.environ["CONVERSATIONS_GIT"]
    yield from app_items(git, CONV_COMMIT, ["src/main/res", "src/conversations/res"],
                         CONV_NOTIFICATIONS, "conversations_android_notification", "convapp",
                         "iNPUTmice/Conversations", "every_app_notification")


# --- Element Android ----------------------------------------------------------------------------
# Too large to fetch: the two strings files were read page by page through the file index and the
# entries used are copied verbatim under raw/element_android/ (see the excerpts' headers).
ELEMENT_COMMIT = "0022748d6d92616820f8787c75ca0084201ad274"  # the stored version of both files
ELEMENT_RAW = os.path.join(HERE, "raw", "element_android")
ELEMENT_LANGS = [("values-zh-rCN", "zh-Hans"), ("values-zh-rTW", "zh-Hant")]
ELEMENT_APP = "Element"  # ${app_name} and R.string.app_name of the released app
# Every notification of vector/.../features/notifications/ (NotificationUtils.kt,
# SummaryGroupMessageCreator.kt) composed from these strings; the title "Element" is app_name,
# "Bob" the caller's name (NotificationUtils.buildIncomingCallNotification /
# buildCallMissedNotification).
_MSGS = ("room_new_messages_notification", 3, 3)
_ROOMS = ("notification_unread_notified_messages_in_room_rooms", 2, 2)
_INVITES = ("notification_invitations", 1, 1)
ELEMENT_NOTIFICATIONS = [
    ("incoming_voice_call", ["=Bob", "incoming_voice_call"]),
    ("incoming_video_call", ["=Bob", "incoming_video_call"]),
    ("missed_voice_call", ["=Bob", ("missed_audio_call", 1, 1)]),
    ("missed_video_call", ["=Bob", ("missed_video_call", 1, 1)]),
    ("live_location_sharing", ["live_location_sharing_notification_title",
                               "live_location_sharing_notification_description"]),
    ("downloaded_file", ["=", ("downloaded_file", None, "demo.pdf")]),
    ("test_push", ["=" + ELEMENT_APP, "settings_troubleshoot_test_push_notification_content"]),
    ("summary", ["=" + ELEMENT_APP, ("notification_compat_summary_title", 2, 2)]),
    ("summary_messages", ["=" + ELEMENT_APP, _MSGS]),
    ("summary_messages_in_rooms", ["=" + ELEMENT_APP,
                                   ("notification_unread_notified_messages_in_room", None,
                                    _MSGS, _ROOMS)]),
    ("summary_messages_and_invitation", ["=" + ELEMENT_APP,
                                         ("notification_unread_notified_messages_and_invitation",
                                          None, _MSGS, _INVITES)]),
    ("summary_messages_in_rooms_and_invitation",
     ["=" + ELEMENT_APP, ("notification_unread_notified_messages_in_room_and_invitation", None,
                          _MSGS, _ROOMS, _INVITES)]),
    ("summary_invitations", ["=" + ELEMENT_APP, _INVITES]),
]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def zh_untranslated(text):
    """No English reference was read for Element: a line that, with the fill values taken out,
    still holds Latin letters and no Chinese character is English left untranslated."""
    for line in unfilled(text.replace("demo.pdf", "")).splitlines():
        if re.search(r"[A-Za-z]", line) and not CJK.search(line):
            return True
    return False


def element_items():
    for folder, lang in ELEMENT_LANGS:
        path = os.path.join(ELEMENT_RAW, folder + ".strings.xml")
        with open(path, encoding="utf-8") as f:
            res = cm_resources(f.read().replace("${app_name}", ELEMENT_APP))
        seen = set()
        for name, parts in ELEMENT_NOTIFICATIONS:
            try:
                text = clean(compose(res, lang, parts))
            except KeyError:
                continue
            if zh_untranslated(text) or not is_new(seen, text):
                continue
            yield item(f"elmapp-{sha(folder + '#' + name)[:12]}", lang, text,
                       "element_android_notification",
                       f"github.com/element-hq/element-android@{ELEMENT_COMMIT[:12]}:"
                       f"library/ui-strings/src/main/res/{folder}/strings.xml#{name}",
                       f"element-hq/element-android:{name}", "every_app_notification")


def items():
    yield from tusky_items()
    yield from conv_items()
    yield from element_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
