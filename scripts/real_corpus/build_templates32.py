#!/usr/bin/env python3
"""Rebuild the thirty-sixth batch of tests/data/real/ (issue 12): the system notifications of
Thunderbird for Android / K-9 Mail, in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts
are taken, never English: the English strings (res/values/strings.xml) serve only as the
reference of the "untranslated" check (build_templates3.untranslated_lines) and to find the
templates.

Usage:
    . /work/rebuild-36.sh   # or set THUNDERBIRD_ANDROID_GIT to a bare git dir of
                            # thunderbird/thunderbird-android
    python3 scripts/real_corpus/build_templates32.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates32.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-sixth batch"), read at a pinned commit
from a bare git dir (`git show <commit>:<path>`):
  * thunderbird_android_notification: thunderbird/thunderbird-android (Apache-2.0), TB_COMMIT.
    Every system notification the shipped (legacy) notification code composes from the app's
    strings (TB_NOTIFICATIONS): the authentication-error, certificate-error and
    notification-error notices of AuthenticationErrorNotificationController,
    CertificateErrorNotificationController and NotificationHelper, the sending-mail,
    checking-mail and fetching-mail notices of SyncNotificationController, the account-removal
    notice of the background worker (AccountRemoverWorker; a title only), the five states of the push
    service's notice (PushNotificationManager with K9CoreResourceProvider), and the public
    (lock-screen) version of the new-mail notice that shows the count of new messages
    (LockScreenNotificationCreator, "message count" setting), each as its title,
    a line break, then its text, from legacy/ui/legacy/src/main/res/values-zh-rCN (zh-Hans),
    values-zh-rTW (zh-Hant) and values-es, read with the Android-strings reader of
    build_templates29 (fuzzy entries left out). A string missing in a language skips the
    notification there. Not taken: the send-failure notice (its text is the server's error),
    the new-mail notices (their text is the mail's own sender, subject and preview; the
    lock-screen version that lists sender names likewise), the
    action labels and channel names (parts).

Placeholders get the fixed values of the earlier batches: the account "alice@example.com" (an
account's display name defaults to its address), the folder "Demo", 3 new messages. Near-duplicates (digits and
white space aside) collapse within the source and language. Cut at 500 characters.

Split: the unit is the notification (`thunderbird/thunderbird-android:<notification>`), all
languages of one notification on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come
from scripts/real_corpus/labels/labels_templates32.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no
part.
"""
import os

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates29 import clean, cm_resources, php_sprintf
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates32.tsv")

TB_COMMIT = "a59bd679859d369c9a39be147e536b825ffd0a6b"  # main of 2026-08-20
TB_REPO = "thunderbird/thunderbird-android"
TB_RES = "legacy/ui/legacy/src/main/res/"
TB_LANGS = [("values-zh-rCN", "zh-Hans"), ("values-zh-rTW", "zh-Hant"), ("values-es", "es")]
ACCOUNT = "alice@example.com"
FOLDER = "Demo"
COUNT = 3  # new messages; a plurals entry is read with quantity "other" (3 in es, any count in zh)
# notification -> (title, text): each a string name, (name, args…), or a literal fill value
# (text None: the notification has a title only);
# a list is joined without separator (SyncNotificationController's account + separator + folder).
TB_NOTIFICATIONS = [
    ("authentication_error", "notification_authentication_error_title",
     ("notification_authentication_error_text", ACCOUNT)),
    ("certificate_error", ("notification_certificate_error_title", ACCOUNT),
     "notification_certificate_error_text"),
    ("notify_error", "notification_notify_error_title", "notification_notify_error_text"),
    ("sending_mail", "notification_bg_send_title", [ACCOUNT]),
    ("checking_mail", "notification_bg_sync_title",
     [ACCOUNT, "notification_bg_title_separator", FOLDER]),
    ("push_initializing", "push_notification_state_initializing", "push_notification_info"),
    ("push_listening", "push_notification_state_listening", "push_notification_info"),
    ("push_wait_background_sync", "push_notification_state_wait_background_sync",
     "push_notification_info"),
    ("push_wait_network", "push_notification_state_wait_network", "push_notification_info"),
    ("push_alarm_permission_missing", "push_notification_state_alarm_permission_missing",
     "push_notification_grant_alarm_permission"),
    ("lock_screen_message_count", ("notification_new_messages_title", COUNT), [ACCOUNT]),
    ("fetching_mail", "notification_bg_sync_title", [ACCOUNT]),
    ("remove_account", "background_work_notification_remove_account", None),
]
FILLS = [ACCOUNT, FOLDER]


def tb_get(res, spec):
    """One part of a notification in `res`; KeyError where the language lacks a string."""
    if isinstance(spec, list):
        return "".join(tb_get(res, s) for s in spec)
    if spec in FILLS:
        return spec
    name, *args = (spec,) if isinstance(spec, str) else spec
    value = res[name]
    if isinstance(value, dict):  # plurals
        value = value["other"]
    value = value.replace("\\u2026", "\u2026")
    return php_sprintf(value, *args) if args else value


def tb_text(res, title, text):
    """Title, a line break, then the text (a notification with a title only: the title)."""
    if text is None:
        return tb_get(res, title)
    return tb_get(res, title) + "\n" + tb_get(res, text)


def unfilled(text):
    for v in FILLS:
        text = text.replace(v, "")
    return text


def tb_items():
    git = os.environ["THUNDERBIRD_ANDROID_GIT"]
    en = cm_resources(git_show(git, TB_COMMIT, TB_RES + "values/strings.xml"))
    for folder, lang in TB_LANGS:
        path = TB_RES + folder + "/strings.xml"
        res = cm_resources(git_show(git, TB_COMMIT, path))
        seen = set()
        for name, title, text_spec in TB_NOTIFICATIONS:
            try:
                text = clean(tb_text(res, title, text_spec))
            except KeyError:
                continue
            en_text = tb_text(en, title, text_spec)
            if untranslated_lines(unfilled(text), unfilled(en_text)) or not is_new(seen, text):
                continue
            yield item(f"tbapp-{sha(folder + '#' + name)[:12]}", lang, text,
                       "thunderbird_android_notification",
                       f"github.com/{TB_REPO}@{TB_COMMIT[:12]}:{path}#{name}",
                       f"{TB_REPO}:{name}", "every_app_notification")


def items():
    yield from tb_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
