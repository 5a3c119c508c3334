#!/usr/bin/env python3
"""Rebuild the thirty-third batch of tests/data/real/ (issue 12): the notification mails and
command replies of GNU social (the StatusNet successor) and the system notifications of the
Wikipedia and Wikimedia Commons Android apps, in Chinese and Spanish. Only zh-Hans / zh-Hant / es texts are taken, never English: the English
strings serve only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-33.sh   # or set GNUSOCIAL_GIT / WIKIPEDIA_ANDROID_GIT / COMMONS_ANDROID_GIT
                            # to bare git dirs of diogogithub/gnu-social,
                            # wikimedia/apps-android-wikipedia, commons-app/apps-android-commons
                            # (msgfmt of GNU gettext must be on the path)
    python3 scripts/real_corpus/build_templates29.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates29.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirty-third batch"); each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`):
  * gnusocial_email: diogogithub/gnu-social (AGPL-3.0), branch 1.20.x (GS_COMMIT), the last
    release line of GNU social 1.x. Every mail of lib/mail.php that carries a template (new
    follower, pending follower, new posting address, SMS-number confirmation, nudge, private
    message, @-reply, group join, pending group join) and the address-confirmation mail of
    classes/Confirm_address.php, each as subject + body, composed exactly as the PHP code
    composes it (sprintf of the gettext strings, the profile block and the footer), translated
    with locale/<lang>/LC_MESSAGES/statusnet.po compiled by msgfmt (fuzzy entries left out, as
    msgfmt does). A language in which one of the mail's strings has no translation (the product
    would send that part in English) is skipped.
  * gnusocial_command: the same commit: GNU social's replies to commands sent by SMS, XMPP or
    mail, every `_('...')` string of lib/command.php (literals joined by `.` read as one; each
    msgid once) but the list separator and the whois reply's field labels (GS_COMMAND_PARTS);
    a reply left untranslated in a language is skipped there.
  * wikipedia_android_notification: wikimedia/apps-android-wikipedia (Apache-2.0), WP_COMMIT.
    Every system notification the app itself composes (NotificationPresenter.showNotification /
    NotificationCompat.Builder callers: many-unread, the two suggested-edits reactivation
    notices, the daily game, the Discover reading list, the reading-list export, the alpha
    update), title + text, from res/values-zh (zh-Hans), values-zh-rTW (zh-Hant) and
    values-es. A string missing from a language, or marked fuzzy="true" there (an outdated
    translation), skips that language for the notification. Notifications whose text comes from
    the wiki's server (Echo) hold no template in the app and are not taken.
  * commons_android_notification: commons-app/apps-android-commons (Apache-2.0), CM_COMMIT. Every
    system notification composed from the app's strings (CM_NOTIFICATIONS: the edit, deletion,
    category-check and upload notices), title parts joined by ": " as the code joins them, then
    the text; zh-Hans as a zh-CN device reads it (values-zh-rCN over values-zh), zh-Hant from
    values-zh-rTW alone, es from values-es; fuzzy entries left out.

Placeholders get the fixed values of the earlier batches (alice / Alice Chen / bob, "Demo ...",
links on *.example.com, code 482913). Near-duplicates (digits and white space aside) collapse
within a source and language. Cut at 500 characters.

Split: the unit is the template (`<repo>:<template>`: mail function, command-reply msgid or
notification name), all languages of one template on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates29.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import gettext
import io
import os
import re
import subprocess
import xml.etree.ElementTree as ET

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_show, git_show_bytes, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates29.tsv")

CODE = "482913"


def clean(text):
    return "\n".join(ln.rstrip() for ln in text.strip().splitlines()).strip()


def php_sprintf(fmt, *args):
    """PHP's sprintf for the %s, %d and %N$s conversions GNU social's strings use."""
    n = iter(range(len(args)))

    def sub(m):
        if m.group(0) == "%%":
            return "%"
        idx = int(m.group(1)) - 1 if m.group(1) else next(n)
        return str(args[idx])
    return re.sub(r"%%|%(?:(\d+)\$)?[sd]", sub, fmt)


# --- GNU social ----------------------------------------------------------------------------------
GS_COMMIT = "ea647d80eeb1c51c52471ae4daec993ea963629f"  # branch 1.20.x, 2020-06-11
GS_LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SITE = "Demo Social"
BASE = "https://social.example.com"


# The fill values, taken out of both texts before the untranslated check (a fill such as
# "Demo Social" is not an English sentence the product would send).
GS_FILLS = ["Demo Group (demogroup)", "Demo Group", "Demo Social", "Demo message", "Demo notice",
            "Demo error", "demo tag", "Bob (bob)"]


def gs_unfilled(text):
    for v in GS_FILLS:
        text = text.replace(v, "")
    return text


class Missing(Exception):
    pass


def gs_catalogue(git, code):
    po = git_show_bytes(git, GS_COMMIT, f"locale/{code}/LC_MESSAGES/statusnet.po")
    mo = subprocess.run(["msgfmt", "-o", "-", "-"], input=po, check=True,
                        capture_output=True).stdout
    return gettext.GNUTranslations(io.BytesIO(mo))


class Tr:
    """gettext `_()` that raises Missing for a string the catalogue does not translate
    (None: the English reference)."""

    def __init__(self, cat):
        self.cat = cat

    def __call__(self, msgid):
        if self.cat is None:
            return msgid
        out = self.cat.gettext(msgid)
        if out == msgid:
            raise Missing(msgid)
        return out


def gs_footer(_):
    return "\n\n" + php_sprintf(_("Faithfully yours,\n%1$s.\n\n----\n"
                                  "Change your email address or notification options at %2$s"),
                                SITE, BASE + "/settings/email") + "\n"


def gs_profile_block(_):
    # The follower bob has a profile URL and no location, homepage or bio.
    out = ["", "", php_sprintf(_("Profile: %s"), BASE + "/bob")]
    out.append(php_sprintf(_("If you believe this account is being used abusively, you can block "
                             "them from your subscribers list and report as spam to site "
                             "administrators at %s."), BASE + "/main/block?profileid=2"))
    out.append("")
    return "\n".join(out)


def gs_conversation(_):
    return php_sprintf(_("The full conversation can be read here:\n\n\t%s"),
                       BASE + "/conversation/7#notice-42") + "\n\n"


def gs_mails(_):
    """(template, () -> (subject, body)) of every mail, composed as lib/mail.php and
    classes/Confirm_address.php compose them."""
    yield ("mail_subscribe_notify_profile", lambda: (
           php_sprintf(_("%1$s is now following you on %2$s."), "Bob", SITE),
           php_sprintf(_("%1$s is now following you on %2$s."), "Bob (bob)", SITE)
           + gs_profile_block(_) + gs_footer(_)))
    yield ("mail_subscribe_pending_notify_profile", lambda: (
           php_sprintf(_("%1$s would like to listen to your notices on %2$s."), "Bob", SITE),
           php_sprintf(_("%1$s would like to listen to your notices on %2$s. You may approve or "
                         "reject their subscription at %3$s"), "Bob (bob)", SITE,
                       BASE + "/alice/subscribers/pending")
           + gs_profile_block(_) + gs_footer(_)))
    yield ("mail_new_incoming_notify", lambda: (
           php_sprintf(_("New email address for posting to %s"), SITE),
           php_sprintf(_("You have a new posting address on %1$s.\n\nSend email to %2$s to post "
                         "new messages.\n\nMore email instructions at %3$s."), SITE,
                       "5f2c9a0e1b7d4c3a@social.example.com", BASE + "/doc/email")
           + gs_footer(_)))
    yield ("mail_confirm_sms", lambda: (_("SMS confirmation"),
           php_sprintf(_("%s: confirm you own this phone number with this code:"), "alice")
           + "\n\n" + CODE + "\n\n"))
    yield ("mail_notify_nudge", lambda: (
           php_sprintf(_("You have been nudged by %s"), "bob"),
           php_sprintf(_("%1$s (%2$s) is wondering what you are up to these days and is inviting "
                         "you to post some news.\n\nSo let's hear from you :)\n\n%3$s\n\n"
                         "Don't reply to this email; it won't get to them."), "Bob", "bob",
                       BASE + "/alice/all")
           + gs_footer(_)))
    yield ("mail_notify_message", lambda: (
           php_sprintf(_("New private message from %s"), "bob"),
           php_sprintf(_("%1$s (%2$s) sent you a private message:\n\n"
                         "------------------------------------------------------\n%3$s\n"
                         "------------------------------------------------------\n\n"
                         "You can reply to their message here:\n\n%4$s\n\n"
                         "Don't reply to this email; it won't get to them."), "Bob", "bob",
                       "Demo message", BASE + "/message/new?to=2")
           + gs_footer(_)))
    yield ("mail_notify_attn", lambda: (
           php_sprintf(_("%1$s sent a notice to your attention"), "Bob (bob)"),
           php_sprintf(_("%1$s just sent a notice to your attention (an '@-reply') on %2$s.\n\n"
                         "The notice is here:\n\n\t%3$s\n\nIt reads:\n\n\t%4$s\n\n%5$s"
                         "You can reply back here:\n\n\t%6$s\n\n"
                         "The list of all @-replies for you here:\n\n%7$s"), "Bob (bob)", SITE,
                       BASE + "/notice/42", "Demo notice", gs_conversation(_),
                       BASE + "/notice/new?replyto=bob&inreplyto=42", BASE + "/alice/replies")
           + gs_footer(_)))
    yield ("mail_notify_group_join", lambda: (
           php_sprintf(_("%1$s has joined your group %2$s on %3$s"), "Bob", "Demo Group", SITE),
           php_sprintf(_("%1$s has joined your group %2$s on %3$s."), "Bob (bob)",
                       "Demo Group (demogroup)", SITE)
           + gs_profile_block(_) + gs_footer(_)))
    yield ("mail_notify_group_join_pending", lambda: (
           php_sprintf(_("%1$s wants to join your group %2$s on %3$s."), "Bob", "Demo Group", SITE),
           php_sprintf(_("%1$s would like to join your group %2$s on %3$s. You may approve or "
                         "reject their group membership at %4$s"), "Bob (bob)",
                       "Demo Group (demogroup)", SITE, BASE + "/group/demogroup/members/pending")
           + gs_profile_block(_) + gs_footer(_)))
    yield ("Confirm_address.sendEmailConfirmation", lambda: (_("Email address confirmation"),
           php_sprintf(_("Hey, %1$s.\n\nSomeone just entered this email address on %2$s.\n\n"
                         "If it was you, and you want to confirm your entry, use the URL below:"
                         "\n\n\t%3$s\n\nIf not, just ignore this message.\n\n"
                         "Thanks for your time, \n%2$s\n"), "alice", SITE,
                       BASE + "/main/confirmaddress/5f2c9a0e1b7d4c3a")))


def gs_one(_):
    """Every mail of one language; a mail with an untranslated string is None."""
    out = {}
    names = [m[0] for m in gs_mails(Tr(None))]
    for name in names:
        try:
            out[name] = dict(gs_mails(_))[name]()
        except Missing:
            out[name] = None
    return out


def gs_items():
    git = os.environ["GNUSOCIAL_GIT"]
    en = gs_one(Tr(None))
    for code, lang in GS_LANGS:
        seen = set()
        mails = gs_one(Tr(gs_catalogue(git, code)))
        for name, mail in mails.items():
            if mail is None:
                continue
            text = clean(mail[0] + "\n\n" + mail[1])
            en_text = en[name][0] + "\n\n" + en[name][1]
            if untranslated_lines(gs_unfilled(text), gs_unfilled(en_text)) or not is_new(seen, text):
                continue
            path = f"locale/{code}/LC_MESSAGES/statusnet.po"
            yield item(f"gsoc-{sha(code + '#' + name)[:12]}", lang, text, "gnusocial_email",
                       f"github.com/diogogithub/gnu-social@{GS_COMMIT[:12]}:{path}#{name}",
                       f"diogogithub/gnu-social:{name}", "every_mail_template")


# GNU social's replies to commands sent by SMS, XMPP or mail (lib/command.php): each reply is a
# whole message the site sends back over that channel.
GS_COMMAND_FILE = "lib/command.php"
# Strings of lib/command.php that are not a whole reply: the list separator and the labels of the
# whois reply's lines (composed from a profile's fields).
GS_COMMAND_PARTS = {", ", "Fullname: %s", "Location: %s", "Homepage: %s", "About: %s"}
GS_LOGIN_LINK = BASE + "/main/otp/3/5f2c9a0e1b7d4c3a"
# Fill values of the replies with placeholders (default: the other user, "bob").
GS_COMMAND_FILLS = {
    "Subscriptions: %1$s\nSubscribers: %2$s\nNotices: %3$s": ["12", "34", "56"],
    "Could not join user %1$s to group %2$s.": ["alice", "demogroup"],
    "%1$s joined group %2$s.": ["alice", "demogroup"],
    "Could not remove user %1$s from group %2$s.": ["alice", "demogroup"],
    "%1$s left group %2$s.": ["alice", "demogroup"],
    'Invalid tag: "%s".': ["demo tag"],
    'Invalid tag: "%s"': ["demo tag"],
    "Error tagging %1$s: %2$s": ["bob", "Demo error"],
    "Error untagging %1$s: %2$s": ["bob", "Demo error"],
    "This link is useable only once and is valid for only 2 minutes: %s.": [GS_LOGIN_LINK],
}
PHP_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'" + r'|"((?:[^"\\]|\\.)*)"')


def php_literal(single, double):
    """The value of a PHP string literal (the escapes lib/command.php uses)."""
    if single is not None:
        return single.replace("\\'", "'").replace("\\\\", "\\")
    return (double.replace("\\n", "\n").replace("\\$", "$").replace('\\"', '"')
            .replace("\\\\", "\\"))


def gs_command_msgids(src):
    """Every `_(...)` string of the PHP source (literals joined by `.`), in order, once each."""
    out = []
    for m in re.finditer(r"(?<![\w>$])_\(", src):
        pos, parts = m.end(), []
        while True:
            lit = PHP_LITERAL.match(src, pos)
            if not lit:
                break
            parts.append(php_literal(lit.group(1), lit.group(2)))
            rest = re.match(r"\s*\.\s*", src[lit.end():])
            if rest and PHP_LITERAL.match(src, lit.end() + rest.end()):
                pos = lit.end() + rest.end()
                continue
            pos = lit.end()
            break
        if parts and re.match(r"\s*\)", src[pos:]):
            msgid = "".join(parts)
            if msgid not in out:
                out.append(msgid)
    return out


def gs_command_items():
    git = os.environ["GNUSOCIAL_GIT"]
    msgids = [m for m in gs_command_msgids(git_show(git, GS_COMMIT, GS_COMMAND_FILE))
              if m not in GS_COMMAND_PARTS]
    for code, lang in GS_LANGS:
        cat = gs_catalogue(git, code)
        seen = set()
        for msgid in msgids:
            tr = cat.gettext(msgid)
            if tr == msgid:  # untranslated: the site would reply in English
                continue
            args = GS_COMMAND_FILLS.get(msgid, ["bob"]) if "%" in msgid else []
            text = clean(php_sprintf(tr, *args))
            en_text = php_sprintf(msgid, *args)
            if untranslated_lines(gs_unfilled(text), gs_unfilled(en_text)) or not is_new(seen, text):
                continue
            path = f"locale/{code}/LC_MESSAGES/statusnet.po"
            yield item(f"gscmd-{sha(code + '#' + msgid)[:12]}", lang, text, "gnusocial_command",
                       f"github.com/diogogithub/gnu-social@{GS_COMMIT[:12]}:{path}#{GS_COMMAND_FILE}",
                       f"diogogithub/gnu-social:{GS_COMMAND_FILE}:{msgid}", "every_command_reply")


# --- Wikipedia Android app -----------------------------------------------------------------------
WP_COMMIT = "aa428fa31b6f9fac1129116cdae5a32e8774809b"  # main of 2026-08-20
WP_LANGS = [("values-zh", "zh-Hans"), ("values-zh-rTW", "zh-Hant"), ("values-es", "es")]
# notification -> (title string, text string, format arguments of the text or title)
WP_NOTIFICATIONS = [
    ("multiple_unread", "app_name", "notification_many_unread"),
    ("suggested_edits_stage_one", "suggested_edits_reactivation_notification_title",
     "suggested_edits_reactivation_notification_stage_one"),
    ("suggested_edits_stage_two", "suggested_edits_reactivation_notification_title",
     "suggested_edits_reactivation_notification_stage_two"),
    ("on_this_day_game", "on_this_day_game_feed_entry_card_heading",
     "on_this_day_game_notification_text"),
    ("recommended_reading_list", "recommended_reading_list_notification_title",
     "recommended_reading_list_notification_subtitle"),
    ("reading_list_export", "reading_list_notification_title", "reading_list_notification_text"),
    ("alpha_update", "alpha_update_notification_title", "alpha_update_notification_text"),
]


def wp_strings(src):
    """name -> text of the <string> entries that are not marked fuzzy."""
    return {e.get("name"): "".join(e.itertext()).replace("\\n", "\n").replace("\\'", "'")
            .replace('\\"', '"') for e in ET.fromstring(src)
            if e.tag == "string" and e.get("fuzzy") != "true"}


def wp_text(s, title, text):
    t = s[title]
    if title == "recommended_reading_list_notification_title":
        t = t % s["recommended_reading_list_settings_updates_frequency_weekly"]
    body = s[text]
    if "%d" in body:
        body = body.replace("%d", "3", 1)
    return t + "\n" + body


def wp_items():
    git = os.environ["WIKIPEDIA_ANDROID_GIT"]
    res = "app/src/main/res/"
    en = wp_strings(git_show(git, WP_COMMIT, res + "values/strings.xml"))
    # values/strings_no_translate.xml points app_name at app_name_prod, which each language
    # translates (Android falls back to the English one where a language lacks it).
    en["app_name"] = en["app_name_prod"]
    for folder, lang in WP_LANGS:
        path = res + folder + "/strings.xml"
        s = wp_strings(git_show(git, WP_COMMIT, path))
        s["app_name"] = s.get("app_name_prod", en["app_name_prod"])
        seen = set()
        for name, title, text_key in WP_NOTIFICATIONS:
            needed = [title, text_key]
            if title == "recommended_reading_list_notification_title":
                needed.append("recommended_reading_list_settings_updates_frequency_weekly")
            if any(k not in s for k in needed):
                continue
            text = clean(wp_text(s, title, text_key))
            if untranslated_lines(text, wp_text(en, title, text_key)) or not is_new(seen, text):
                continue
            yield item(f"wpapp-{sha(folder + '#' + name)[:12]}", lang, text,
                       "wikipedia_android_notification",
                       f"github.com/wikimedia/apps-android-wikipedia@{WP_COMMIT[:12]}:{path}#{name}",
                       f"wikimedia/apps-android-wikipedia:{name}", "every_app_notification")


# --- Wikimedia Commons Android app ---------------------------------------------------------------
CM_COMMIT = "c5d5b227caec6d45595d57202a3c38ac18ab2270"  # main of 2026-07-23
# language -> the res folders a device of that locale reads, the most specific first (a zh-CN
# device reads values-zh-rCN, then values-zh; values-zh-rTW is read alone: a string it lacks
# would fall back to the Simplified values-zh, so that notification is skipped for zh-Hant)
CM_LANGS = [("zh-Hans", ["values-zh-rCN", "values-zh"]), ("zh-Hant", ["values-zh-rTW"]),
            ("es", ["values-es"])]
CM_TITLE = "Demo photo"
# notification -> [(string or plurals name, format arguments), …]: the title parts joined by
# ": " as the helper joins them, then the text; a plurals entry is read with quantity 1.
CM_NOTIFICATIONS = [
    ("category_edit_success", [["category_edit_helper_show_edit_title",
                                "category_edit_helper_show_edit_title_success"],
                               ("category_edit_helper_show_edit_message_if", "Demo")]),
    ("category_edit_failed", [["category_edit_helper_show_edit_title",
                               "category_edit_helper_show_edit_title"],
                              ("category_edit_helper_edit_message_else",)]),
    ("caption_edit_success", [["caption_edit_helper_show_edit_title",
                               "coordinates_edit_helper_show_edit_title_success"],
                              ("caption_edit_helper_show_edit_message",)]),
    ("caption_edit_failed", [["caption_edit_helper_show_edit_title",
                              "caption_edit_helper_show_edit_title"],
                             ("caption_edit_helper_edit_message_else",)]),
    ("description_edit_success", [["description_edit_helper_show_edit_title",
                                   "coordinates_edit_helper_show_edit_title_success"],
                                  ("description_edit_helper_show_edit_message",)]),
    ("description_edit_failed", [["description_edit_helper_show_edit_title",
                                  "description_edit_helper_show_edit_title"],
                                 ("description_edit_helper_edit_message_else",)]),
    ("coordinates_edit_success", [["coordinates_edit_helper_show_edit_title",
                                   "coordinates_edit_helper_show_edit_title_success"],
                                  ("coordinates_edit_helper_show_edit_message",
                                   "lat/lng: (48.8584,2.2945)")]),
    ("coordinates_edit_failed", [["coordinates_edit_helper_show_edit_title",
                                  "coordinates_edit_helper_show_edit_title"],
                                 ("coordinates_edit_helper_edit_message_else",)]),
    ("depictions_edit_success", [["depictions_edit_helper_show_edit_title",
                                  "category_edit_helper_show_edit_title_success"],
                                 ("depictions_edit_helper_show_edit_message_if", "Q146")]),
    ("depictions_edit_failed", [["depictions_edit_helper_show_edit_title",
                                 "depictions_edit_helper_show_edit_title"],
                                ("depictions_edit_helper_edit_message_else",)]),
    ("deletion_success", [["delete_helper_show_deletion_title",
                           "delete_helper_show_deletion_title_success"],
                          ("delete_helper_show_deletion_message_if", CM_TITLE)]),
    ("deletion_failed", [["delete_helper_show_deletion_title",
                          "delete_helper_show_deletion_title_failed"],
                         ("delete_helper_show_deletion_message_else",)]),
    ("check_category_success", [["check_category_success_title"],
                                ("check_category_success_message", CM_TITLE)]),
    ("check_category_failure", [["check_category_failure_title"],
                                ("check_category_failure_message", CM_TITLE)]),
    ("upload_completed", [[("upload_completed_notification_title", CM_TITLE)],
                          ("upload_completed_notification_text",)]),
    ("upload_failed", [[("upload_failed_notification_title", CM_TITLE)],
                       ("upload_failed_notification_subtitle",)]),
    ("upload_invalid_login", [[("upload_failed_notification_title", CM_TITLE)],
                              ("invalid_login_message",)]),
    ("upload_paused", [[("upload_paused_notification_title", CM_TITLE)],
                       ("upload_paused_notification_subtitle",)]),
    ("starting_uploads", [["starting_uploads"], ("starting_multiple_uploads", 1)]),
]


def cm_resources(src):
    """name -> text of the <string> entries (not fuzzy) and name -> {quantity: text} of the
    <plurals> of one strings.xml."""
    def text(e):
        return "".join(e.itertext()).replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"')
    out = {}
    for e in ET.fromstring(src):
        if e.get("fuzzy") == "true":
            continue
        if e.tag == "string":
            out[e.get("name")] = text(e)
        elif e.tag == "plurals":
            out[e.get("name")] = {i.get("quantity"): text(i) for i in e if i.get("fuzzy") != "true"}
    return out


def cm_get(res, lang, spec):
    """One string (a name, or (name, args…)) in `res`; KeyError where the language lacks it."""
    name, *args = (spec,) if isinstance(spec, str) else spec
    value = res[name]
    if isinstance(value, dict):  # plurals, quantity 1: Chinese has only "other"
        value = value["other"] if lang.startswith("zh") else value["one"]
    return php_sprintf(value, *args) if args else value


def cm_text(res, lang, parts):
    title, text = parts
    return ": ".join(cm_get(res, lang, t) for t in title) + "\n" + cm_get(res, lang, text)


def cm_items():
    git = os.environ["COMMONS_ANDROID_GIT"]
    res_dir = "app/src/main/res/"
    en = cm_resources(git_show(git, CM_COMMIT, res_dir + "values/strings.xml"))
    for lang, folders in CM_LANGS:
        res = {}
        for folder in reversed(folders):
            res.update(cm_resources(git_show(git, CM_COMMIT, res_dir + folder + "/strings.xml")))
        seen = set()
        for name, parts in CM_NOTIFICATIONS:
            try:
                text = clean(cm_text(res, lang, parts))
            except KeyError:
                continue
            en_text = cm_text(en, "es", parts)
            if untranslated_lines(text.replace(CM_TITLE, ""), en_text.replace(CM_TITLE, "")) \
                    or not is_new(seen, text):
                continue
            where = "+".join(folders)
            yield item(f"wmcapp-{sha(lang + '#' + name)[:12]}", lang, text,
                       "commons_android_notification",
                       f"github.com/commons-app/apps-android-commons@{CM_COMMIT[:12]}:"
                       f"{res_dir}{{{where}}}/strings.xml#{name}",
                       f"commons-app/apps-android-commons:{name}", "every_app_notification")


def items():
    yield from gs_items()
    yield from gs_command_items()
    yield from wp_items()
    yield from cm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
