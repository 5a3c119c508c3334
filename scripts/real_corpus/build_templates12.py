#!/usr/bin/env python3
"""Rebuild the sixteenth batch of tests/data/real/ (issue 12): legitimate messages that products send
to their users (sign-up, password-reset and e-mail-change links, account notices, issue-tracker
notifications, gallery and comment notices, …), of products not yet in the corpus (MantisBT, Piwigo, Dolibarr), in
zh-Hans, zh-Hant and es only, never English: English strings serve only to find the templates and
to tell an untranslated string.

Usage:
    . /work/rebuild-16.sh   # sets MANTIS_GIT and PIWIGO_GIT (bare git dirs)
    python3 scripts/real_corpus/build_templates12.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates12.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Sixteenth batch (templates)"), each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`):
  * mantisbt_email: MantisBT (GPL-2.0, MANTIS_GIT): every mail core/email_api.php builds (the account
    mails and one issue notification per message string `email_notification_title_for_*`, the note,
    reminder and mention mails), rendered as the code does with lang/strings_{chinese_simplified,
    chinese_traditional,spanish}.txt (read with PHP itself: `php` must be on the PATH).
  * piwigo_email: Piwigo (GPL-2.0, PIWIGO_GIT): every mail of PIWIGO_MAILS (the pwg_mail,
    pwg_mail_admins and pwg_mail_notification_admins call sites of the core), rendered as the code does
    with language/{zh_CN,zh_TW,zh_HK,es_ES}/{common,admin,install}.lang.php (the files loaded when the
    mail is sent; read with PHP). The theme's mail header and footer (gallery title, "Sent by …") are
    left out, like the other products' frames.
  * dolibarr_email: Dolibarr (GPL-3.0-or-later), over the fetch limit: every mail of the notification
    module's per-recipient switch (htdocs/core/class/notify.class.php, DOLIBARR_NOTIFY) and every row of
    the e-mail template table's seed file (llx_c_email_templates.sql, DOLIBARR_TEMPLATES), translated with
    the entries copied verbatim from the language files the file index holds into raw/dolibarr/.

Selection is mechanical: every mail the code builds, one text per template, code branch and language.
A template is skipped in a language whose catalogue lacks one of its strings (the product would fall
back to English) or whose text still has a line of the English text (build_templates3.untranslated_lines,
fill values masked in both). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen` / `bob`, `Demo …` names, links on `*.example.com`, code 482913, 203.0.113.7,
dates 2026-11-27 10:00, password Tq7m-Wz4k-Rb9x where a message supplies one). HTML tags dropped (a
link keeps its label and address). Near-duplicates collapse within a product and language (digits
and white space ignored). Cut at 500 characters.

Split: the unit is one template (one code branch) of one product with all its languages
(`mantisbt/mantisbt:<template>`, `Piwigo/Piwigo:<mail>`, `Dolibarr/dolibarr:<mail>`), held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates12.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import subprocess

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates11 import mask
from build_templates6 import english
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates12.tsv")
RAW = os.path.join(HERE, "raw")

CODE = "482913"
IP = "203.0.113.7"
PASSWORD = "Tq7m-Wz4k-Rb9x"


class Missing(Exception):
    """A string the catalogue lacks (the product would send the English one)."""


def php_sprintf(s, args):
    """PHP's sprintf for the %s, %d, %n$s and %% conversions the catalogues use."""
    args = [str(a) for a in args]
    pos = iter(range(len(args)))

    def conv(m):
        if m.group(0) == "%%":
            return "%"
        if m.group(1):
            return args[int(m.group(1)) - 1]
        return args[next(pos)]
    return re.sub(r"%%|%(?:(\d+)\$)?[sd]", conv, s)


def php_vars(src, prefix):
    """The string variables named `<prefix>…` that the PHP source `src` defines (run by PHP itself)."""
    code = ("$__src = stream_get_contents(STDIN); eval('?>' . $__src); $__out = [];"
            "foreach (get_defined_vars() as $__k => $__v) { if (strpos($__k, '%s') === 0 && is_string($__v))"
            " $__out[$__k] = $__v; } echo json_encode($__out);" % prefix)
    src = re.sub(r"\$MANTIS_ERROR\[(\w+)\]", r"$MANTIS_ERROR['\1']", src)  # error constants are not defined here
    out = subprocess.run(["php", "-r", code], input=src.encode("utf-8"), check=True, capture_output=True).stdout
    return json.loads(out.decode("utf-8"))


# --- MantisBT --------------------------------------------------------------------------------------
MANTIS_COMMIT = "b50cdcfeb0d3b8baa6b0e8271ab1ed7a19b1bad4"
MANTIS_LANGS = [("chinese_simplified", "zh-Hans"), ("chinese_traditional", "zh-Hant"), ("spanish", "es")]
MT = "https://bugs.example.com/"  # $g_path
MT_TITLE = "[MantisBT] "           # $g_window_title default
MT_SEP1 = "=" * 70                 # $g_email_separator1
MT_SEP2 = "-" * 70                 # $g_email_separator2
MT_PAD = 28                        # $g_email_padding_length
MT_DATE = "2026-11-27 10:00"       # $g_normal_date_format
MT_FULLDATE = "2026-11-27 10:00 UTC"  # $g_complete_date_format
MT_HASH = "5f2c9a0e1b7d4c3a"
MT_BUG = 42
MT_VALUES = ["alice", "bob", "Alice Chen", "alice@example.com", "alice.chen@example.com", IP, MT_SEP1, MT_SEP2,
             "Demo project", "Demo issue", "Demo", MT_FULLDATE, MT_DATE, "0000042", "0000043", "0000007"]


class MantisLang:
    """lang_get over one language file; `Missing` where MantisBT would fall back to English."""

    def __init__(self, strings):
        self.s = strings

    def __call__(self, key):
        v = self.s.get("s_" + key)
        if v is None or not v.strip():
            raise Missing(key)
        return v

    def enum(self, name, value):
        """get_enum_element: the label of `value` in `$s_<name>_enum_string`."""
        for part in self("%s_enum_string" % name).split(","):
            k, _, label = part.partition(":")
            if int(k) == value:
                return label
        raise Missing(name)


def mt_pad(s):
    """utf8_str_pad to the padding length (characters, as mb_strlen counts them)."""
    return s + " " * max(0, MT_PAD - len(s))


def mt_attr(t, key, value):
    return mt_pad(t(key) + ": ") + str(value) + "\n"


def mt_confirm_url(page="verify.php"):
    return f"{MT}{page}?id=7&confirm_hash={MT_HASH}"


def mt_signup(admin):
    def build(t):
        intro = (php_sprintf(t("new_account_greeting_admincreated"), ["bob", "alice"]) if admin
                 else php_sprintf(t("new_account_greeting"), ["alice"]))
        return (MT_TITLE + t("new_account_subject"),
                intro + "\n\n" + mt_confirm_url() + "\n\n" + t("new_account_message") + "\n\n" + t("new_account_do_not_reply"))
    return build


def mt_reset(admin):
    def build(t):
        msg = t("reset_request_admin_msg") if admin else t("reset_request_msg")
        return (MT_TITLE + t("lost_password_subject"),
                msg + "\n\n" + mt_confirm_url() + "\n\n" + t("new_account_username") + " alice\n"
                + t("new_account_IP") + " " + IP + "\n\n" + t("new_account_do_not_reply"))
    return build


def mt_verify_email(t):
    return (MT_TITLE + t("verify_email_title"),
            t("verify_email_msg") + "\n\n" + mt_confirm_url("verify_email.php") + "\n\n"
            + t("new_account_username") + " alice\n" + t("new_value") + ": alice.chen@example.com\n"
            + t("old_value") + ": alice@example.com\n" + t("new_account_IP") + " " + IP + "\n\n"
            + t("new_account_do_not_reply"))


def mt_new_account_notify(t):
    return (MT_TITLE + t("new_account_subject"),
            t("new_account_signup_msg") + "\n\n" + t("new_account_username") + " alice\n"
            + t("new_account_email") + " alice@example.com\n" + t("new_account_IP") + " " + IP + "\n" + MT
            + "\n\n" + t("new_account_do_not_reply"))


def mt_user_changed(t):
    """email_user_changed with the e-mail address and the access level changed (reporter → developer)."""
    changes = (t("email_label") + " alice@example.com => alice.chen@example.com\n"
               + t("access_level_label") + " " + t.enum("access_levels", 25) + " => " + t.enum("access_levels", 55) + "\n\n")
    return (MT_TITLE + t("email_user_updated_subject"),
            t("email_user_updated_msg") + "\n\n" + MT + "account_page.php\n\n" + changes)


MT_SUBJECT = "[Demo project 0000042]: Demo issue"  # email_build_subject


def mt_bug_message(t, status):
    """email_format_bug_message for the fixed issue 42 (reporter alice, handler bob, category, summary and
    description `Demo…`), with `status` (and resolution `fixed` with an empty fixed-in version once resolved)."""
    m = MT_SEP1 + " \n" + MT + f"view.php?id={MT_BUG}" + " \n" + MT_SEP1 + " \n"
    m += mt_attr(t, "email_reporter", "alice") + mt_attr(t, "email_handler", "bob") + MT_SEP1 + " \n"
    m += mt_attr(t, "email_project", "Demo project") + mt_attr(t, "email_bug", MT_BUG) + mt_attr(t, "email_category", "Demo")
    m += mt_attr(t, "email_reproducibility", t.enum("reproducibility", 10))
    m += mt_attr(t, "email_severity", t.enum("severity", 50))
    m += mt_attr(t, "email_priority", t.enum("priority", 30))
    m += mt_attr(t, "email_status", t.enum("status", status))
    if status >= 80:
        m += mt_attr(t, "email_resolution", t.enum("resolution", 20)) + mt_attr(t, "email_fixed_in_version", "")
    m += MT_SEP1 + " \n"
    m += mt_attr(t, "email_date_submitted", MT_FULLDATE) + mt_attr(t, "email_last_modified", MT_FULLDATE)
    m += MT_SEP1 + " \n"
    m += mt_attr(t, "email_summary", "Demo issue")
    m += t("email_description") + ": \n" + "Demo" + "\n"
    m += MT_SEP1 + " \n\n"
    return m


MT_STATUS = {"new": 10, "feedback": 20, "acknowledged": 30, "confirmed": 40, "assigned": 50, "resolved": 80, "closed": 90}


def mt_bug_mail(key):
    """email_bug_info_to_one_user for the message string `key`: its title (relationship and monitor
    titles filled with the related issue 0000043 and the user bob) and the issue."""
    name = key[len("email_notification_title_for_"):]
    status = MT_STATUS.get(name.split("_bug_")[-1], 10) if name.startswith("status_") else 10
    if name == "action_bug_assigned":
        status = 50
    if name == "action_bug_reopened":
        status = 20  # $g_bug_reopen_status

    def build(t):
        title = t(key)
        if "%1$s" in title or "%2$s" in title:
            title = php_sprintf(title, ["0000043" if "relationship" in name or "related" in name else "0000042", "bob"])
        return MT_SUBJECT, title + " \n" + mt_bug_message(t, status)
    return build


def mt_bugnote(t):
    """email_bugnote_add: the note title and note 7 by bob (a developer)."""
    note = (MT_SEP2 + " \n" + " (0000007) bob (" + t.enum("access_levels", 55) + ") - " + MT_DATE + "\n"
            + " " + MT + f"view.php?id={MT_BUG}#c7" + " \n" + MT_SEP2 + " \n" + "Demo" + " \n")
    return MT_SUBJECT, t("email_notification_title_for_action_bugnote_submitted") + "\n\n" + note.strip() + "\n" + MT_SEP2 + "\n"


def mt_reminder(t):
    return (MT_SUBJECT, "\n" + t("on_date") + " " + MT_DATE + ", bob " + t("sent_you_this_reminder_about") + ": \n\n"
            + MT + f"view.php?id={MT_BUG}" + " \n\n" + "Demo")


def mt_mention(t):
    return (php_sprintf(t("mentioned_in"), [MT_SUBJECT]),
            "\n" + t("on_date") + " " + MT_DATE + ", bob " + t("mentioned_you") + "\n\n"
            + MT + f"view.php?id={MT_BUG}" + " \n\n" + "Demo")


def mantis_templates(english):
    """Every mail of core/email_api.php: name, builder."""
    yield "signup", mt_signup(False)
    yield "signup_admincreated", mt_signup(True)
    yield "reset_request", mt_reset(False)
    yield "reset_by_admin", mt_reset(True)
    yield "verify_email", mt_verify_email
    yield "new_account_notify", mt_new_account_notify
    yield "user_changed", mt_user_changed
    for var in english:  # every issue notification title, in the English file's order
        key = var[2:]
        if key.startswith("email_notification_title_for_") and key != "email_notification_title_for_action_bugnote_submitted":
            yield key[len("email_notification_title_for_"):], mt_bug_mail(key)
    yield "bugnote", mt_bugnote
    yield "reminder", mt_reminder
    yield "mention", mt_mention


def mantis_items():
    git = os.environ["MANTIS_GIT"]
    english = php_vars(git_show(git, MANTIS_COMMIT, "lang/strings_english.txt"), "s_")
    langs = {code: php_vars(git_show(git, MANTIS_COMMIT, f"lang/strings_{code}.txt"), "s_") for code, _ in MANTIS_LANGS}
    seen = {}
    for name, build in mantis_templates(english):
        en = "\n".join(build(MantisLang(english)))
        for code, lang in MANTIS_LANGS:
            try:
                subject, body = build(MantisLang(langs[code]))
            except Missing:
                continue
            body = "\n".join(ln.rstrip() for ln in body.strip().split("\n"))  # email_store trims; lines sent as built
            text = subject.strip() + "\n" + body
            if untranslated_lines(mask(text, MT_VALUES), mask(en, MT_VALUES)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"mntbt-{code[:10]}-{name}", lang, text, "mantisbt_email",
                       f"github.com/mantisbt/mantisbt@{MANTIS_COMMIT[:12]}:core/email_api.php with lang/strings_{code}.txt",
                       f"mantisbt/mantisbt:{name}", "all_email_templates")


# --- Piwigo ----------------------------------------------------------------------------------------
PIWIGO_COMMIT = "1b1c89867e0eb8e090a16b9ca3ee817cadbc73a9"
PIWIGO_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("es_ES", "es")]
PW = "https://photos.example.com/"
PW_TITLE = "Demo Gallery"  # $conf['gallery_title']
PW_VALUES = ["alice", "bob", "alice@example.com", "webmaster@example.com", IP, CODE, PW_TITLE, "Demo", "Nice photo."]


def php_lang(src):
    """The `$lang` array a Piwigo language file defines (run by PHP itself)."""
    code = ("$lang = []; $lang_info = []; eval('?>' . stream_get_contents(STDIN)); echo json_encode($lang);")
    out = subprocess.run(["php", "-r", code], input=src.encode("utf-8"), check=True, capture_output=True).stdout
    return json.loads(out.decode("utf-8"))


class PiwigoLang:
    """l10n / l10n_dec over the loaded language files; `None` is English (the keys). `Missing` where
    Piwigo would show the English key."""

    def __init__(self, strings):
        self.s = strings

    def __call__(self, key, *args):
        if self.s is None:
            v = key
        else:
            v = self.s.get(key)
            if not isinstance(v, str) or not v.strip():
                raise Missing(key)
        return php_sprintf(v, args) if args else v

    def dec(self, singular, plural, n):
        return self(singular if n == 1 else plural, n)


def pw_html(subject, html):
    return subject, html_to_text(html)


def pw_reset_link(t):
    """pwg_generate_reset_password_mail (an administrator sends the link: ws pwg.users.generatePasswordLink,
    $conf['password_reset_duration'] one hour)."""
    link = PW + "password.php?key=5f2c9a0e1b7d4c3a"
    html = (t("Someone requested that the password be reset for the following user account:") + " alice</p>"
            + "<p>" + t("To reset your password, visit the following address:") + f' <a href="{link}">' + t("Change my password")
            + "</a></p><p>" + link + "</p><p>"
            + t("This link is valid for %s. After this time, you will need to request a new link.", t.dec("%d hour", "%d hours", 1))
            + " " + t("If this was a mistake, just ignore this email and nothing will happen.") + "</p>")
    return pw_html(f"[{PW_TITLE}] " + t("Password Reset"), html)


def pw_set_password(t):
    """pwg_generate_set_password_mail (first log-in, $conf['password_activation_duration'] three days)."""
    link = PW + "password.php?key=5f2c9a0e1b7d4c3a"
    html = ("<p>" + t("A photo library administrator has created the following account for you:") + " alice</p>"
            + "<p>" + t("To set your password, visit the following address:") + f' <a href="{link}">' + t("Activate")
            + "</a></p><p>" + link + "</p><p>"
            + t("This link is valid for %s. After this time, you will need to request a new link.", t.dec("%d day", "%d days", 3))
            + " " + t("If this was a mistake, just ignore this email and nothing will happen.") + "</p>")
    return pw_html(t("Welcome to %s", PW_TITLE), html)


def pw_code(t):
    """pwg_generate_code_verification_mail (password.php, a lost password)."""
    html = ("<p>" + t("Here is your verification code:") + " <br />" + CODE + "</p><p>"
            + t("If this was a mistake, just ignore this email and nothing will happen.") + "</p>")
    return pw_html(f"[{PW_TITLE}] " + t("Your verification code"), html)


def pw_reset_success(api_keys):
    def build(t):
        html = ("<p>" + t("Hello %s,", "alice") + "</p><p>" + t("Your password was successfully reset") + ".</p><p>"
                + t("If this wasn't you, please change your password immediately or contact your webmaster.") + "</p>")
        if api_keys:
            html += "<p>" + t("If you changed your password because you think it was stolen, we recommend revoking your %d API "
                              "keys <a href=\"%s\">in your profile</a>.", 2, PW + "profile.php") + "</p>"
        return pw_html(f"[{PW_TITLE}] " + t("Your password has been reset"), html)
    return build


def pw_api_key_expiry(days):
    def build(t):
        left = t("Your API key will expire in %d day.", days) if days <= 1 else t("Your API key will expire in %d days.", days)
        html = ("<p>" + t("Hello %s,", "alice") + "</p><p>" + left + "</p><p>"
                + t("To continue using the API, please renew your key before it expires.") + "</p><p>"
                + t("You can manage your API keys in your <a href=\"%s\">account settings.</a>", PW + "profile.php") + "</p>")
        return pw_html(f"[{PW_TITLE}] " + t("Your API key will expire soon"), html)
    return build


def pw_admin_notice(t, subject, lines, technical=True):
    """pwg_mail_notification_admins: `[<gallery>] <subject>`, the lines, the notification_admin template's
    technical details (the connected user, IP, browser)."""
    body = "\n".join(lines)
    if technical:
        body += "\n\n-----------------------------\n" + "\n".join(
            [t("Connected user: %s", "alice"), t("IP: %s", IP), t("Browser: %s", "Demo")])
    return f"[{PW_TITLE}] " + subject, body


def pw_register_admin(t):
    return pw_admin_notice(t, t("Registration of %s", "alice"), [
        t("User: %s", "alice"), t("Email: %s", "alice@example.com"), "",
        t("Admin: %s", PW + "admin.php?page=user_list&user_id=7")])


def pw_register_user(t):
    return (f"[{PW_TITLE}] " + t("Registration"), "\n".join([
        t("Hello %s,", "alice"), t("Thank you for registering at %s!", PW_TITLE), "", t("Here are your connection settings"), "",
        t("Link: %s", PW), t("Username: %s", "alice"), t("Password: %s", "*" * 12), t("Email: %s", "alice@example.com"), "",
        t("If you think you've received this email in error, please contact us at %s", "webmaster@example.com")]))


def pw_comment(moderate):
    def build(t):
        lines = [t("Author: %s", "bob"), t("Email: %s", "bob@example.com"), t("Comment: %s", "Nice photo."), "",
                 t("Manage this user comment: %s", PW + "comments.php?comment_id=12")]
        if moderate:
            lines.append(t("(!) This comment requires validation"))
        return pw_admin_notice(t, t("Comment by %s", "bob"), lines)
    return build


def pw_comment_update_moderate(t):
    return pw_admin_notice(t, t("Comment by %s", "bob"), [
        t("Author: %s", "bob"), t("Comment: %s", "Nice photo."), "",
        t("Manage this user comment: %s", PW + "comments.php?comment_id=12"), t("(!) This comment requires validation")])


def pw_comment_edit(t):
    return pw_admin_notice(t, t("Comment by %s", "bob"), [
        t("Author: %s", "bob"), t("This author modified following comment:"), t("Comment: %s", "Nice photo.")])


def pw_comment_delete(t):
    return pw_admin_notice(t, t("Comment by %s", "bob"), [
        t("Author: %s", "bob"), t("This author removed the comment with id %d", 12)])


def pw_username_changed(t):
    return (f"[{PW_TITLE}] " + t("Username modification"),
            "\n".join([t("Hello"), t("Your username has been successfully changed to : %s", "alice")]))


def pw_install(t):
    return (t("Just another Piwigo gallery"), "\n".join([
        t("Hello %s,", "alice"), t("Welcome to your new installation of Piwigo!"), "", t("Here are your connection settings"), "",
        t("Link: %s", PW), t("Username: %s", "alice"), t("Password: ********** (no copy by email)"),
        t("Email: %s", "alice@example.com"), "",
        t("Don't hesitate to consult our forums for any help: %s", "https://piwigo.org/")]))


def pw_update(t):
    return (t("Piwigo %s is available, please update", "16.1.0"), "\n\n".join([
        t("Hello,"), t("Time has come to update your Piwigo with version %s, go to %s", "16.1.0", PW + "admin.php?page=updates"),
        t("It only takes a few clicks."), t("Running on an up-to-date Piwigo is important for security.")]))


PW_NBM = {  # the notification_by_mail template's section for each (un)subscription branch
    "subscribe_by_admin": "The webmaster has subscribed you to receiving notifications by mail.",
    "subscribe_by_himself": "You have subscribed to receiving notifications by mail.",
    "unsubscribe_by_admin": "The webmaster has unsubscribed you from receiving notifications by mail.",
    "unsubscribe_by_himself": "You have unsubscribed from receiving notifications by mail.",
}


def pw_nbm_subscription(branch):
    """do_subscribe_unsubscribe_notification_by_mail with the HTML notification_by_mail template (the
    default $conf['nbm_send_html_mail']): the branch's line, the gallery link and the template's footer."""
    def build(t):
        html = ("<h2>" + t("Notification") + "</h2>\n<p>" + t("Hello") + " alice,</p><p>" + t(PW_NBM[branch]) + "</p>"
                + "<p>" + t("Go to") + f' <a href="{PW}">{PW_TITLE}</a>.</p><p>' + t("See you soon,") + "</p><p>"
                + PW_TITLE + "</p><p>"
                + t("To unsubscribe") + t(", click on") + f" {PW}nbm.php?unsubscribe=5f2c9a0e1b7d4c3a<br>"
                + t("To subscribe") + t(", click on") + f" {PW}nbm.php?subscribe=5f2c9a0e1b7d4c3a<br>"
                + t("If you encounter problems or have any question, please send a message to") + " webmaster@example.com<br></p>")
        subject = t("Subscribe to notification by mail") if branch.startswith("subscribe") else t("Unsubscribe from notification by mail")
        return pw_html(f"[{PW_TITLE}] " + subject, html)
    return build


# Every mail Piwigo's core sends (pwg_mail, pwg_mail_admins, pwg_mail_notification_admins call sites): name,
# the language files loaded when it is sent (common.lang always; admin.lang where an administrator's action
# or an admin page sends it; install.lang for the installer), builder, the file that builds it.
PIWIGO_MAILS = [
    ("reset_password_link", ["common", "admin"], pw_reset_link, "include/functions_mail.inc.php"),
    ("set_password_link", ["common", "admin"], pw_set_password, "include/functions_mail.inc.php"),
    ("verification_code", ["common"], pw_code, "include/functions_mail.inc.php"),
    ("reset_success", ["common"], pw_reset_success(False), "include/functions_mail.inc.php"),
    ("reset_success_api_keys", ["common"], pw_reset_success(True), "include/functions_mail.inc.php"),
    ("api_key_expiry_1", ["common"], pw_api_key_expiry(1), "include/functions_user.inc.php"),
    ("api_key_expiry_7", ["common"], pw_api_key_expiry(7), "include/functions_user.inc.php"),
    ("registration_admin", ["common"], pw_register_admin, "include/functions_user.inc.php"),
    ("registration_user", ["common"], pw_register_user, "include/functions_user.inc.php"),
    ("comment_admin", ["common"], pw_comment(False), "include/functions_comment.inc.php"),
    ("comment_admin_moderate", ["common"], pw_comment(True), "include/functions_comment.inc.php"),
    ("comment_update_moderate", ["common"], pw_comment_update_moderate, "include/functions_comment.inc.php"),
    ("comment_edit", ["common"], pw_comment_edit, "include/functions_comment.inc.php"),
    ("comment_delete", ["common"], pw_comment_delete, "include/functions_comment.inc.php"),
    ("username_changed", ["common"], pw_username_changed, "profile.php"),
    ("install", ["common", "install"], pw_install, "install.php"),
    ("update_available", ["common", "admin"], pw_update, "admin/include/updates.class.php"),
] + [(f"nbm_{branch}", ["common", "admin"], pw_nbm_subscription(branch), "admin/include/functions_notification_by_mail.inc.php")
     for branch in PW_NBM]


def piwigo_items():
    git = os.environ["PIWIGO_GIT"]
    files = {}
    for code, _ in PIWIGO_LANGS:
        for f in ("common", "admin", "install"):
            files[code, f] = php_lang(git_show(git, PIWIGO_COMMIT, f"language/{code}/{f}.lang.php"))
    seen = {}
    for name, loaded, build, path in PIWIGO_MAILS:
        en = "\n".join(build(PiwigoLang(None)))
        for code, lang in PIWIGO_LANGS:
            strings = {}
            for f in loaded:
                strings.update(files[code, f])
            try:
                subject, body = build(PiwigoLang(strings))
            except Missing:
                continue
            text = subject.strip() + "\n" + body.strip()
            if untranslated_lines(mask(text, PW_VALUES), mask(en, PW_VALUES)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"pwg-{code}-{name}", lang, text, "piwigo_email",
                       f"github.com/Piwigo/Piwigo@{PIWIGO_COMMIT[:12]}:{path} with language/{code}/"
                       + ",".join(f + ".lang.php" for f in loaded), f"Piwigo/Piwigo:{name}", "all_email_templates")


# --- Dolibarr --------------------------------------------------------------------------------------
# The repository is over the fetch limit (1.7 GB); the entries the mails use were read through the file
# index and copied verbatim into scripts/real_corpus/raw/dolibarr/<lang>.<file>.lang (each file's stored
# version named in its header; the versions differ from file to file). The mails are those of
# htdocs/core/class/notify.class.php (DOLIBARR_NOTIFY_COMMIT, Notify::send, the per-recipient switch)
# and the member, recruitment and SEPA rows of htdocs/install/mysql/data/llx_c_email_templates.sql
# (DOLIBARR_TEMPLATES_COMMIT), copied below.
DOLIBARR_NOTIFY_COMMIT = "d8c7d4899d8f18a9512d41988e1909f943490a7b"
DOLIBARR_TEMPLATES_COMMIT = "0a55ba32f8093805911e2879868fa94b28fd9621"
DOLIBARR_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es_ES", "es")]
DL = "https://erp.example.com"
DL_COMPANY = "Demo Company"
# Every case of the switch (notification code, link path, reference, message key, whether the message is
# framed by Hello / Sincerely with the user's name as second argument).
DOLIBARR_NOTIFY = [
    ("BILL_CANCEL", "/compta/facture/card.php?facid=42&entity=1", "FA2611-0042", "EMailTextInvoiceCanceled", False),
    ("BILL_VALIDATE", "/compta/facture/card.php?facid=42&entity=1", "FA2611-0042", "EMailTextInvoiceValidated", False),
    ("BILL_PAYED", "/compta/facture/card.php?facid=42&entity=1", "FA2611-0042", "EMailTextInvoicePayed", False),
    ("ORDER_CANCEL", "/commande/card.php?id=42&entity=1", "CO2611-0042", "EMailTextOrderCanceled", False),
    ("ORDER_VALIDATE", "/commande/card.php?id=42&entity=1", "CO2611-0042", "EMailTextOrderValidated", False),
    ("ORDER_CLOSE", "/commande/card.php?id=42&entity=1", "CO2611-0042", "EMailTextOrderClose", False),
    ("PROPAL_VALIDATE", "/comm/propal/card.php?id=42&entity=1", "PR2611-0042", "EMailTextProposalValidated", False),
    ("PROPAL_CLOSE_REFUSED", "/comm/propal/card.php?id=42&entity=1", "PR2611-0042", "EMailTextProposalClosedRefused", False),
    ("PROPAL_CLOSE_SIGNED", "/comm/propal/card.php?id=42&entity=1", "PR2611-0042", "EMailTextProposalClosedSigned", False),
    ("FICHINTER_ADD_CONTACT", "/fichinter/card.php?id=42&entity=1", "FI2611-0042", "EMailTextInterventionAddedContact", False),
    ("FICHINTER_VALIDATE", "/fichinter/card.php?id=42&entity=1", "FI2611-0042", "EMailTextInterventionValidated", False),
    ("FICHINTER_MODIFY", "/fichinter/card.php?id=42&entity=1", "FI2611-0042", "EMailTextInterventionModified", False),
    ("FICHINTER_CLOSE", "/fichinter/card.php?id=42&entity=1", "FI2611-0042", "EMailTextInterventionClosed", False),
    ("ORDER_SUPPLIER_VALIDATE", "/fourn/commande/card.php?id=42&entity=1", "CF2611-0042", "EMailTextSupplierOrderValidatedBy", True),
    ("ORDER_SUPPLIER_CANCEL", "/fourn/commande/card.php?id=42&entity=1", "CF2611-0042", "EMailTextSupplierOrderCanceledBy", True),
    ("ORDER_SUPPLIER_APPROVE", "/fourn/commande/card.php?id=42&entity=1", "CF2611-0042", "EMailTextSupplierOrderApprovedBy", True),
    ("ORDER_SUPPLIER_SUBMIT", "/fourn/commande/card.php?id=42&entity=1", "CF2611-0042", "EMailTextSupplierOrderSubmittedBy", True),
    ("ORDER_SUPPLIER_REFUSE", "/fourn/commande/card.php?id=42&entity=1", "CF2611-0042", "EMailTextSupplierOrderRefusedBy", True),
    ("SHIPPING_MODIFY", "/expedition/card.php?id=42&entity=1", "SH2611-0042", "EMailTextExpeditionModified", False),
    ("SHIPPING_VALIDATE", "/expedition/card.php?id=42&entity=1", "SH2611-0042", "EMailTextExpeditionValidated", False),
    ("EXPENSE_REPORT_VALIDATE", "/expensereport/card.php?id=42&entity=1", "ER2611-0042", "EMailTextExpenseReportValidated", False),
    ("EXPENSE_REPORT_APPROVE", "/expensereport/card.php?id=42&entity=1", "ER2611-0042", "EMailTextExpenseReportApproved", False),
    ("HOLIDAY_VALIDATE", "/holiday/card.php?id=42&entity=1", "HL2611-0042", "EMailTextHolidayValidated", False),
    ("HOLIDAY_APPROVE", "/holiday/card.php?id=42&entity=1", "HL2611-0042", "EMailTextHolidayApproved", False),
    ("ACTION_CREATE", "/comm/action/card.php?id=42&entity=1", "42", "EMailTextActionAdded", False),
    ("CONTRACT_MODIFY", "/contrat/card.php?id=42&entity=1", "CT2611-0042", "EMailTextContractModified", False),
]
# Every row of llx_c_email_templates.sql (label, topic, content), copied verbatim (SQL `\n` as a newline).
DOLIBARR_TEMPLATES = [
    ("YourSEPAMandate", "__(YourSEPAMandate)__",
     "__(Hello)__,<br><br>\n\n__(FindYourSEPAMandate)__ :<br>\n__MYCOMPANY_NAME__<br>\n__MYCOMPANY_FULLADDRESS__<br><br>\n"
     "__(Sincerely)__<br>\n__USER_SIGNATURE__"),
    ("SendingEmailOnAutoSubscription", "[__[MAIN_INFO_SOCIETE_NOM]__] __(YourMembershipRequestWasReceived)__",
     "__(Hello)__ __MEMBER_FULLNAME__,<br><br>\n\n__(ThisIsContentOfYourMembershipRequestWasReceived)__<br>\n<br>"
     "__ONLINE_PAYMENT_TEXT_AND_URL__<br>\n<br><br>\n__(Sincerely)__<br>__USER_SIGNATURE__"),
    ("SendingEmailOnMemberValidation", "[__[MAIN_INFO_SOCIETE_NOM]__] __(YourMembershipWasValidated)__",
     "__(Hello)__ __MEMBER_FULLNAME__,<br><br>\n\n__(ThisIsContentOfYourMembershipWasValidated)__<br>__(FirstName)__ : "
     "__MEMBER_FIRSTNAME__<br>__(LastName)__ : __MEMBER_LASTNAME__<br>__(ID)__ : __MEMBER_ID__<br>\n<br>"
     "__ONLINE_PAYMENT_TEXT_AND_URL__<br>\n<br><br>\n__(Sincerely)__<br>__USER_SIGNATURE__"),
    ("SendingEmailOnNewSubscription", "[__[MAIN_INFO_SOCIETE_NOM]__] __(YourSubscriptionWasRecorded)__",
     "__(Hello)__ __MEMBER_FULLNAME__,<br><br>\n\n__(ThisIsContentOfYourSubscriptionWasRecorded)__<br>\n\n<br><br>\n"
     "__(Sincerely)__<br>__USER_SIGNATURE__"),
    ("SendingReminderForExpiredSubscription", "[__[MAIN_INFO_SOCIETE_NOM]__] __(SubscriptionReminderEmail)__",
     "__(Hello)__ __MEMBER_FULLNAME__,<br><br>\n\n__(ThisIsContentOfSubscriptionReminderEmail)__<br>\n<br>"
     "__ONLINE_PAYMENT_TEXT_AND_URL__<br>\n<br><br>\n__(Sincerely)__<br>__USER_SIGNATURE__"),
    ("SendingEmailOnCancelation", "[__[MAIN_INFO_SOCIETE_NOM]__] __(YourMembershipWasCanceled)__",
     "__(Hello)__ __MEMBER_FULLNAME__,<br><br>\n\n__(YourMembershipWasCanceled)__<br>\n<br><br>\n__(Sincerely)__<br>"
     "__USER_SIGNATURE__"),
    ("SendingAnEMailToMember", "[__[MAIN_INFO_SOCIETE_NOM]__] __(CardContent)__",
     "__(Hello)__,<br><br>\n\n__(ThisIsContentOfYourCard)__<br>\n__(ID)__ : __ID__<br>\n__(Civiliyty)__ : __MEMBER_CIVILITY__<br>\n"
     "__(Firstname)__ : __MEMBER_FIRSTNAME__<br>\n__(Lastname)__ : __MEMBER_LASTNAME__<br>\n__(Fullname)__ : "
     "__MEMBER_FULLNAME__<br>\n__(Company)__ : __MEMBER_COMPANY__<br>\n__(Address)__ : __MEMBER_ADDRESS__<br>\n__(Zip)__ : "
     "__MEMBER_ZIP__<br>\n__(Town)__ : __MEMBER_TOWN__<br>\n__(Country)__ : __MEMBER_COUNTRY__<br>\n__(Email)__ : "
     "__MEMBER_EMAIL__<br>\n__(Birthday)__ : __MEMBER_BIRTH__<br>\n__(Photo)__ : __MEMBER_PHOTO__<br>\n__(Login)__ : "
     "__MEMBER_LOGIN__<br>\n__(Password)__ : __MEMBER_PASSWORD__<br>\n__(Phone)__ : __MEMBER_PHONE__<br>\n__(PhonePerso)__ : "
     "__MEMBER_PHONEPRO__<br>\n__(PhoneMobile)__ : __MEMBER_PHONEMOBILE__<br><br>\n__(Sincerely)__<br>__USER_SIGNATURE__"),
    ("AnswerCandidature", "[__[MAIN_INFO_SOCIETE_NOM]__] __(YourCandidature)__",
     "__(Hello)__ __CANDIDATE_FULLNAME__,<br><br>\n\n__(YourCandidatureAnswerMessage)__<br>"
     "__ONLINE_INTERVIEW_SCHEDULER_TEXT_AND_URL__\n<br><br>\n__(Sincerely)__<br>__USER_SIGNATURE__"),
]
# The substitution values (the online payment and interview scheduler modules off: empty; no user signature).
DOLIBARR_SUBST = {"MAIN_INFO_SOCIETE_NOM": DL_COMPANY, "MEMBER_FULLNAME": "Alice Chen", "ONLINE_PAYMENT_TEXT_AND_URL": "",
                  "USER_SIGNATURE": "", "MEMBER_LAST_SUBSCRIPTION_DATE_END": "2026-11-27", "MYCOMPANY_NAME": DL_COMPANY,
                  "MYCOMPANY_FULLADDRESS": "Demo", "CANDIDATE_FULLNAME": "Alice Chen", "ONLINE_INTERVIEW_SCHEDULER_TEXT_AND_URL": ""}


def dolibarr_lang(code):
    """The entries of the raw excerpts of one language (key -> value, as Dolibarr's .lang parser reads them)."""
    strings = {}
    for name in sorted(os.listdir(os.path.join(RAW, "dolibarr"))):
        if not name.startswith(code + "."):
            continue
        with open(os.path.join(RAW, "dolibarr", name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "=" not in line:
                    continue
                key, value = line.rstrip("\n").split("=", 1)
                strings[key] = value.replace("\\n", "\n")
    return strings


class DolibarrLang:
    """Translate::transnoentities over the excerpts: `Missing` for a key the excerpt lacks (Dolibarr would show
    the key), or a value left in English (equal to en_US, or build_templates6.english)."""

    def __init__(self, strings, en, lang):
        self.s, self.en, self.lang = strings, en, lang

    def __call__(self, key, *args):
        v = self.s.get(key)
        if v is None or not v.strip():
            raise Missing(key)
        if self.lang != "en" and ((v == self.en.get(key) and len(v) >= 12) or english(v, self.lang)):
            raise Missing(key)
        return php_sprintf(v, args)  # PHP's sprintf: extra arguments are ignored


def dl_notify(code, path, ref, key, framed):
    def build(t):
        link = f'<a href="{DL}{path}">{ref}</a>'
        if framed:
            mesg = t("Hello") + ",\n\n" + t(key, link, "bob") + "\n\n" + t("Sincerely") + ".\n\n"
        else:
            mesg = t(key, link)
        message = (t("YouReceiveMailBecauseOfNotification", "Dolibarr", DL_COMPANY) + "\n"
                   + t("YouReceiveMailBecauseOfNotification2", "Dolibarr", DL_COMPANY) + "\n\n" + mesg)
        message = re.sub(r'<a href="([^"]+)">(.*?)</a>', r"\2 \1", message)
        return f"[{DL_COMPANY}] " + t("DolibarrNotification"), message
    return build


def dl_template(topic, content):
    """make_substitutions: `__(Key)__` translated, `__[CONST]__` and `__NAME__` filled; HTML dropped."""
    def build(t):
        def fill(s):
            s = re.sub(r"__\((\w+)\)__", lambda m: t(m.group(1)), s)
            s = re.sub(r"__\[(\w+)\]__", lambda m: DOLIBARR_SUBST[m.group(1)], s)
            return re.sub(r"__([A-Z_]+)__", lambda m: DOLIBARR_SUBST.get(m.group(1), "Demo"), s)
        body = fill(content).replace("\n", "")
        return fill(topic), html_to_text(body.replace("<br>", "<br>\n"))
    return build


def dolibarr_items():
    en = dolibarr_lang("en_US")
    en.update({"Hello": "Hello", "Sincerely": "Sincerely"})  # a key Dolibarr lacks is shown as itself
    mails = [(f"notify_{c.lower()}", dl_notify(c, p, r, k, fr), "htdocs/core/class/notify.class.php", DOLIBARR_NOTIFY_COMMIT)
             for c, p, r, k, fr in DOLIBARR_NOTIFY]
    mails += [(f"template_{label}", dl_template(topic, content), "htdocs/install/mysql/data/llx_c_email_templates.sql",
               DOLIBARR_TEMPLATES_COMMIT) for label, topic, content in DOLIBARR_TEMPLATES]
    seen = {}
    for name, build, path, commit in mails:
        for code, lang in DOLIBARR_LANGS:
            try:
                subject, body = build(DolibarrLang(dolibarr_lang(code), en, lang))
            except Missing:
                continue
            body = re.sub(r"\n{3,}", "\n\n", "\n".join(ln.strip() for ln in body.split("\n"))).strip()
            text = subject.strip() + "\n" + body
            if not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"dlbr-{code}-{name}", lang, text, "dolibarr_email",
                       f"github.com/Dolibarr/dolibarr@{commit[:12]}:{path} with htdocs/langs/{code}/*.lang (excerpts in "
                       f"scripts/real_corpus/raw/dolibarr/)", f"Dolibarr/dolibarr:{name}", "all_email_templates")


def items():
    yield from mantis_items()
    yield from piwigo_items()
    yield from dolibarr_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
