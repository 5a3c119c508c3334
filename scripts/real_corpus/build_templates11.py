#!/usr/bin/env python3
"""Rebuild the fifteenth batch of tests/data/real/ (issue 12): legitimate messages that products send to
their users (a registration code mail and a two-factor code SMS, guest and poll invitations,
sign-in alerts, account, password and e-mail notices, account-retention, quota, share, calendar, form,
board, table and social-network notices), of four products not yet in the corpus (Nextcloud's apps,
Rocket.Chat, FreshRSS, Friendica), in zh-Hans, zh-Hant and es only, never English: English strings
serve only to find the templates and to tell an untranslated string.

Usage:
    . /work/rebuild-15.sh   # sets NEXTCLOUD_MIRROR (the folder holding nextcloud+<app>/repo),
                            # FRESHRSS_GIT and FRIENDICA_GIT (bare git dirs)
    python3 scripts/real_corpus/build_templates11.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates11.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Fifteenth batch (templates)"), each read at a pinned
commit from a bare git dir (`git show <commit>:<path>`) or from a verbatim excerpt under raw/:
  * nextcloud_message: the Nextcloud app repositories of NEXTCLOUD_APPS (github.com/nextcloud/<app>,
    AGPL-3.0): the mail, SMS and notification code named for each template of NEXTCLOUD_TEMPLATES,
    with the app's l10n/{zh_CN,zh_TW,zh_HK,es}.json. Nextcloud's server repository is over the fetch
    limit, so only messages an app puts together from its own catalogue are taken; the server's
    default mail footer (`addFooter()` without a text: instance name, slogan, "This is an
    automatically sent email") is not included, as that catalogue was not read.
  * rocketchat_email: Rocket.Chat (MIT), over the fetch limit: the entries its account mails use,
    read from packages/i18n/src/locales/zh.i18n.json through the file index and copied verbatim into
    raw/rocketchat/ (ROCKETCHAT_I18N_COMMIT); the mails (ROCKETCHAT_MAILS) are the server's e-mail
    setting defaults and account templates, translated as its Mailer does; the Email_Header /
    Email_Footer settings (logo, social links, copyright: not translated) are left out.
  * freshrss_email: FreshRSS (AGPL-3.0, FRESHRSS_GIT): its one mail, the e-mail validation.
  * friendica_email: Friendica (AGPL-3.0, FRIENDICA_GIT): every mail of FRIENDICA_MAILS, rendered as
    its code builds them (the `->t(` literals of the current source looked up in
    view/lang/{zh-cn,es}/messages.po); the builders' sign-off (`thanks`, `%s Administrator`) is left
    out, like the other products' frames.

Selection is mechanical: every mail (IEMailTemplate: subject, heading, body texts, list items,
buttons with their links, and the app's own footer text), SMS and notification (subject, then
message, the rich version where the code sets one) that the code builds from its catalogue, one text
per template, code branch and language; the tables below say what "every" is for each product. A
template is skipped in a language whose catalogue lacks one of its strings (the product would fall
back to English) or whose text still has a line of the English text (build_templates3.untranslated_lines,
fill values masked in both; for Rocket.Chat, whose English file was not read,
build_templates8.english_line). Placeholders are filled with the fixed values of the earlier batches
(`alice` / `Alice Chen` / `bob`, `Demo …` names, links on `*.example.com`, code 482913, 203.0.113.7,
dates 2026-11-27 10:00, password Tq7m-Wz4k-Rb9x where a message supplies one). HTML tags dropped (a
link keeps its label and address). Near-duplicates collapse within a product and language (digits
and white space ignored; zh_TW and zh_HK are both zh-Hant). Cut at 500 characters.

Split: the unit is one template (one code branch) of one product with all its languages
(`nextcloud/<app>:<template>`, `RocketChat/Rocket.Chat:<mail>`, `FreshRSS/FreshRSS:<mail>`,
`friendica/friendica:<mail>`), held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates11.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates11.tsv")
RAW = os.path.join(HERE, "raw")

# --- Nextcloud apps --------------------------------------------------------------------------------
NEXTCLOUD_APPS = {  # app -> pinned commit of github.com/nextcloud/<app>
    "registration": "fe81349d40c86d0a7a7c581a142701e309ed461a",
    "guests": "ae98744f3a127615d1b1025f7ed67355237487be",
    "suspicious_login": "4ea026d6e9fd6e7b92c228b1301a8e2d83d846c8",
    "twofactor_gateway": "b0bd56267b45bff026ddd5a23788a8607cdd7407",
    "twofactor_nextcloud_notification": "c896819bf3f8565326db8fda1fe41be8bdecb51c",
    "user_retention": "752bfa9f0a1ea0e76d8fde068c9544df0b79246b",
    "quota_warning": "d6a141f463413bbea28f4c43571806af6d0c5c49",
    "deck": "b0f6943c1d923af37e53b700617ecba9c9698950",
    "polls": "08a34c95b9558411d9e914bc039a2e34f0e2bc0e",
    "forms": "6c4b597a08f793b2ebd3e4e2854fac826670f146",
    "approval": "d482eef61fafcefea6ee765c417fb55b8de21793",
    "calendar": "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
    "tables": "ed46be1f29dff770fb250385370299ff85e055cc",
    "assistant": "0b9771467850bfabb2faa7607b0e303eac5123e5",
    "richdocuments": "2ecfdd493c0c620546d28f6b2b53ef531464b4af",
    "collectives": "f0b22be82a53d0f61832bfd3dd976e95d55c4124",
    "mail": "e5734fe250eba06776802c80bb0e52f3cb625673",
    "files_retention": "9284e50c53a362956b0d789927607671940e33d5",
    "circles": "280ce8671b44be6ffceca925bebfd62b5c592d37",
    "firstrunwizard": "d150dc077ea7215b0f6fa7c70aa14a6335911529",
    "files_zip": "266a1df92562a36cf9727fbd41a83b09dc412d04",
    "user_migration": "7f609276f3773fc2237e714b83e566da82092092",
    "event_update_notification": "b6ec9dc2697194df518998a05f969445be11585f",
}
NC_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("es", "es")]
NC = "https://cloud.example.com"
SITE = "Demo Cloud"
CODE = "482913"
IP = "203.0.113.7"
EMAIL = "alice@example.com"
POLL = "Demo poll"
POLL_URL = NC + "/apps/polls/s/5f2c9a0e1b7d"
FILL_VALUES = [SITE, "alice", "bob", EMAIL, IP, CODE, POLL, "Demo board", "Demo card", "Demo group",
               "Demo form", "Demo option", "Demo.pdf", "Demo folder", "Demo meeting", "Demo room", "Demo table", "Demo view",
               "Demo column", "Demo team", "Demo page", "Demo collective", "Demo.mp3", "Demo.md", "Demo.odt",
               "2026-11-27 10:00 (UTC)", "Demo.zip", "Tq7m-Wz4k-Rb9x", "Demo calendar", "2026-11-27 10:00", "2026-11-27", "UTC"]


class Missing(Exception):
    """A string the catalogue does not translate (Nextcloud would send the English one)."""


def php_sprintf(s, args):
    """PHP's vsprintf for the %s, %d, %n$s and %% conversions Nextcloud strings use."""
    args = [str(a) for a in args]
    pos = iter(range(len(args)))

    def conv(m):
        if m.group(0) == "%%":
            return "%"
        if m.group(1):
            return args[int(m.group(1)) - 1]
        return args[next(pos)]
    return re.sub(r"%%|%(?:(\d+)\$)?[sd]", conv, s)


class Catalogue:
    """IL10N::t / IL10N::n over one app's l10n/<lang>.json; `None` is English (the msgids)."""

    def __init__(self, translations):
        self.tr = translations

    def t(self, msgid, *args):
        if self.tr is None:
            s = msgid
        else:
            s = self.tr.get(msgid)
            if not isinstance(s, str) or not s.strip():
                raise Missing(msgid)
        return php_sprintf(s, args)  # L10NString: vsprintf($text, $parameters)

    def n(self, singular, plural, count):
        if self.tr is None:
            s = singular if count == 1 else plural
        else:
            forms = self.tr.get(f"_{singular}_::_{plural}_")
            if not isinstance(forms, list) or not forms or not forms[0].strip():
                raise Missing(singular)
            s = forms[0] if len(forms) == 1 or count == 1 else forms[1]
        return s.replace("%n", str(count))


def rich(s, values):
    """A `{name}` string (rich-object or str_replace placeholders) filled as the client shows it."""
    return re.sub(r"\{([\w-]+)\}", lambda m: values.get(m.group(1), m.group(0)), s)


def button(label, link):
    return f"{label} {link}"


# Every template: (app, template name, source file, function(l) -> list of lines). Each function
# follows the code in the source file: subject, heading, body texts and buttons in the order the code
# adds them (a mail), or subject then message (a notification), or the message (an SMS).
def registration_verify(l):
    link = NC + "/apps/registration/verify/5f2c9a0e1b7d/" + CODE
    body = l.t("Email address verified, you can now complete your registration.")
    return [l.t("Verify your %s registration request", SITE), l.t("Registration"),
            body + " " + l.t("Click the button below to continue."),
            l.t("Verification code: %s", CODE), button(l.t("Continue registration"), link)]


def registration_admin(enabled):
    def mail(l):
        lines = [l.t('New user "%1$s" has created an account on %2$s', "alice", SITE),
                 l.t("New user registered")]
        if enabled:
            lines.append(l.t('"%1$s" (%2$s) registered a new account on %3$s.', "alice", EMAIL, SITE))
        else:
            lines.append(l.t('"%1$s" (%2$s) registered a new account on %3$s and needs to be enabled.',
                             "alice", EMAIL, SITE))
            lines.append(button(l.t("Enable now"), NC + "/settings/users/disabled"))
        return lines
    return mail


GUEST_LINK = NC + "/lostpassword/reset/form/5f2c9a0e1b7d/alice%40example.com"


def guests_invite(l):
    return [l.t("%s invited you as a guest", "bob"), l.t("You have been invited"), l.t("Hey there,"),
            l.t("%s just invited you.", "bob"), l.t("You can activate your guest account with the button below."),
            l.t("After your account is activated you can log in with %s.", EMAIL),
            button(l.t("Activate account"), GUEST_LINK)]


def guests_share(l):
    return [l.t("%s shared a file with you", "bob"), l.t("%s shared a file with you", "bob"), l.t("Hey there,"),
            l.t("%1$s just invited you and shared »%2$s« with you.", "bob", "Demo.pdf"),
            l.t("You can access the shared file by activating your guest account."),
            l.t("After your account is activated you can view the share by logging in with %s.", EMAIL),
            button(l.t("Activate account"), GUEST_LINK), button(l.t("View share"), NC + "/s/5f2c9a0e1b7d")]


def guests_notice(subject, message):
    return lambda l: [l.t(subject), rich(l.t(message), {"guest": "alice@example.com", "user": "alice"})]


SUSPICIOUS = ("A new login into your account was detected. The IP address %s was classified as suspicious by an AI "
              "model. If this was you, you can ignore this message, as the AI model did not take any automated "
              "actions. Otherwise, you should change your password.")


def suspicious_text(l):
    return (l.t(SUSPICIOUS, IP) + " "
            + l.t("More info about the suspicious IP address available on %s", "https://iplookup.flagfox.net"))


def suspicious_mail(l):
    return [l.t("New login location detected"), l.t("New login location detected"), suspicious_text(l),
            button(l.t("Open %s ↗", "iplookup.flagfox.net"), "https://iplookup.flagfox.net/?ip=" + IP)]


def suspicious_notice(l):
    return [l.t("New login detected"), suspicious_text(l)]


def gateway_sms(l):
    return [l.t("%s is your Nextcloud authentication code", CODE)]


def login_attempt_notice(l):
    return [rich(l.t("Login attempt from IP address {ip}"), {"ip": IP}),
            l.t("If you are currently trying log in from another device or browser please approve the request. "
                "If you are not trying to log in at the moment, you should use the cancel option to abort the "
                "login attempt.")]


def retention_mail(disable_days, delete_days):
    def mail(l):
        lines = [l.t("Important information regarding your account"), l.t("Account deletion"),
                 rich(l.t("You have not used your account since {date}."), {"date": "2026-11-27"})]
        if disable_days:
            lines.append(l.n("Due to the configured policy for accounts, inactive accounts will be disabled after %n day.",
                             "Due to the configured policy for accounts, inactive accounts will be disabled after %n days.",
                             disable_days))
        if delete_days:
            lines.append(l.n("Due to the configured policy for accounts, inactive accounts will be deleted after %n day.",
                             "Due to the configured policy for accounts, inactive accounts will be deleted after %n days.",
                             delete_days))
        lines.append(l.t("To keep your account you only need to login with your browser or connect with a desktop or "
                         "mobile app. Otherwise your account and all the connected data will be permanently deleted."))
        lines.append(l.t("If you have any questions, please contact your administration."))
        return lines
    return mail


def quota_mail(plan_link):
    def mail(l):
        help_ = l.t("You are using more than %d%% of your storage quota. Try to free up some space by deleting old "
                    "files you don't need anymore.", 90)
        lines = [l.t("Nearing your storage quota"), l.t("Nearing your storage quota")]
        if plan_link:
            lines.append(help_ + " " + l.t("Or click the following button for options to change your data plan."))
            lines.append(button(l.t("Data plan options"), NC + "/plans"))
        else:
            lines.append(help_)
        return lines
    return mail


def quota_notice(l):
    return [l.t("You are using more than %d%% of your storage quota", 90)]


DECK = {"user": "bob", "deck-card": "Demo card", "deck-board": "Demo board"}


def deck_notice(msgid):
    return lambda l: [rich(l.t(msgid), DECK)]


def deck_remote(l):
    return [l.t("The remote board %1$s has been shared with you by %2$s", "Demo board", "bob@cloud.example.org")]


POLL_ACCESS = ("This link gives you personal access to the poll named above. Press the button above or copy the "
               "following link and add it in your browser's location bar:")
POLL_INVITED_FOOTER = ("This email is sent to you, because you are invited to vote in this poll by the poll owner. At "
                       "least your name or your email address is recorded in this poll. If you want to get removed "
                       "from this poll, contact the site administrator or the initiator of this poll, where the mail "
                       "is sent from.")
POLL_VALUES = {"owner": "bob", "title": POLL, "group_name": "Demo group", "leftPeriod": "48",
               "dateTime": "2026-11-27 10:00", "timezone": "UTC"}


def polls_invitation(group):
    def mail(l):
        subject = l.t('Poll invitation "%s"', POLL)
        text = (l.t('{owner} invited you to take part in the poll "{title}" as a member of the group {group_name}')
                if group else l.t('{owner} invited you to take part in the poll "{title}"'))
        return [subject, subject, rich(text, POLL_VALUES), button(l.t("Go to poll"), POLL_URL), l.t(POLL_ACCESS),
                POLL_URL, l.t(POLL_INVITED_FOOTER)]
    return mail


def polls_reminder(reason):
    def mail(l):
        subject = l.t('Reminder for poll "%s"', POLL)
        if reason == "option":
            text = l.t("The first poll option is away less than {leftPeriod} hours ({dateTime}, {timezone}).")
        elif reason == "expiration":
            text = l.t("The poll is about to expire in less than {leftPeriod} hours ({dateTime}, {timezone}).")
        else:
            text = l.t("{owner} sends you this reminder to make sure, your votes are set.")
        return [subject, subject, rich(text, POLL_VALUES), button(l.t("Check your votes"), POLL_URL),
                l.t(POLL_ACCESS), POLL_URL, l.t(POLL_INVITED_FOOTER)]
    return mail


def polls_confirmation(l):
    subject = l.t('Poll "%s" - Confirmation', POLL)
    return [subject, subject,
            rich(l.t('{owner} wants to inform you about the final result of the poll "{title}"'), POLL_VALUES),
            l.n("Confirmed option:", "Confirmed options:", 1), "Demo option",
            button(l.t("Go to poll"), POLL_URL), l.t(POLL_ACCESS), POLL_URL,
            l.t("This email is sent to you to inform you about the result of a poll you participated in. At least "
                "your name or your email address was recorded in this poll. If you want to be removed from this "
                "poll, contact the site administrator or the poll initiator, where the mail is sent from.")]


def polls_notice(msgid):
    return lambda l: [rich(l.t(msgid, POLL), {"actor": "bob", "newOwner": "alice"})]


def forms_confirmation(l):
    return [l.t("Thank you for your submission"), l.t('Thank you for submitting the form "%s".', "Demo form")]


def approval_notice(subject, message, node):
    return lambda l: [l.t(subject), rich(l.t(message), {"user": "bob", "node": node})]


APPOINTMENT = "Demo meeting"
WHEN = "2026-11-27 10:00 (UTC)"


def item_line(label, value):
    """An addBodyListItem($text, $metaInfo): the label, then the value."""
    return f"{label} {value}"


def appointment_list(l):
    """MailService::addBulletList for a booking by alice at a fixed location, no comment."""
    return [item_line(l.t("Appointment for:"), "alice"), item_line(l.t("Date:"), WHEN),
            item_line(l.t("Where:"), "Demo room")]


def calendar_confirmation(l):
    return [l.t('Your appointment "%s" with %s needs confirmation', APPOINTMENT, "bob"),
            l.t("Dear %s, please confirm your booking", "alice"),
            button(l.t("Confirm"), NC + "/apps/calendar/appointment/confirm/5f2c9a0e1b7d"),
            item_line(l.t("Appointment with:"), "bob")] + appointment_list(l) + [
            l.t("This confirmation link expires in %s hours.", 24),
            l.t("If you wish to cancel the appointment after all, please contact your organizer by replying to this "
                "email or by visiting their profile page.")]


def calendar_accepted(l):
    return [l.t('Your appointment "%s" with %s has been accepted', APPOINTMENT, "bob"),
            l.t("Dear %s, your booking has been accepted.", "alice"),
            item_line(l.t("Appointment with:"), "bob")] + appointment_list(l) + [
            l.t("If you wish to cancel the appointment after all, please contact your organizer by replying to this "
                "email or by visiting their profile page.")]


def calendar_organizer(l):
    return [l.t('You have a new appointment booking "%s" from %s', APPOINTMENT, "alice"),
            l.t("Dear %s, %s (%s) booked an appointment with you.", "bob", "alice", EMAIL),
            item_line(l.t("Appointment with:"), f"alice ({EMAIL})")] + appointment_list(l)


def calendar_notice(l):
    return [rich(l.t("New booking {booking}"), {"booking": APPOINTMENT}),
            rich(l.t('{display_name} ({email}) booked the appointment "{config_display_name}" on {date_time}.'),
                 {"display_name": "alice", "email": EMAIL, "config_display_name": APPOINTMENT, "date_time": WHEN})]


TABLES = {"user": "bob", "row": "row", "view": "Demo view", "table": "Demo table", "column": "Demo column",
          "group": "Demo group", "team": "Demo team"}
TABLES_SUBJECTS = [  # every rich subject of Notifier::prepare, in the view and the table branch
    ("row_create", "{user} has created a new {row} in view {view}", "{user} has created a new {row} in table {table}"),
    ("row_update", "{user} has updated this {row} in view {view}", "{user} has updated this {row} in table {table}"),
    ("row_delete", "{user} has deleted this {row} in view {view}", "{user} has deleted this {row} in table {table}"),
    ("row_assign_group", "{user} has assigned group {group} in {row} in view {view}",
     "{user} has assigned group {group} in {row} in table {table}"),
    ("row_assign_team", "{user} has assigned team {team} in {row} in view {view}",
     "{user} has assigned team {team} in {row} in table {table}"),
    ("row_assign_you", "{user} has assigned you in {row} in view {view}",
     "{user} has assigned you in {row} in table {table}"),
    ("column_create", "{user} has created a new column {column} in view {view}",
     "{user} has created a new column {column} in table {table}"),
    ("column_update", "{user} has updated the column {column} in view {view}",
     "{user} has updated the column {column} in table {table}"),
    ("column_delete", "{user} has deleted the column {column} from view {view}",
     "{user} has deleted the column {column} from table {table}"),
]


def rich_notice(subject, values, message=None):
    def notice(l):
        lines = [rich(l.t(subject), values)]
        if message:
            lines.append(rich(l.t(message), values))
        return lines
    return notice


def assistant_file_action(message, source, target):
    return lambda l: [l.t("File action has finished"), rich(l.t(message), {"sourceFile": source, "targetFile": target}),
                      l.t("View results")]


def circles_existing_shares(files):
    def mail(l):
        if len(files) > 1:
            lines = [l.t("%s shared multiple files with you.", "bob"), l.t('%s shared multiple files with "%s".', "bob", "Demo team")]
        else:
            lines = [l.t("%s shared a file with you.", "bob"), l.t('%s shared a file with "%s".', "bob", "Demo team")]
        return lines + [button(l.t("Open »%s«", f), NC + "/s/5f2c9a0e1b7d") for f in files]
    return mail


def circles_user_share(l):
    return [l.t("%1$s shared %2$s with %3$s", "bob", "Demo.pdf", "Demo team"),
            l.t('%1$s shared %2$s with "%3$s"', "bob", "Demo.pdf", "Demo team"),
            button(l.t("Open %s", "Demo.pdf"), NC + "/f/42")]


def circles_password(l):
    return [l.t("Password to access content shared with you by %1$s", "bob"), l.t("Password to access content"),
            l.t("%1$s shared some content with you. You should have already received a separate email with a link to "
                "access it.", "bob"),
            l.t("It is protected with the following password:"), "Tq7m-Wz4k-Rb9x"]


FIRSTRUN_PROFILE = [
    ("profile_email", "Add your profile information! For example your email is needed to receive notifications."),
    ("profile_email_password", "Add your profile information! For example your email is needed to receive "
                               "notifications and reset your password."),
    ("profile_picture_name", "Add your profile information! Set a profile picture and full name for easier "
                             "recognition across all features."),
    ("profile_name", "Add your profile information! Set a full name for easier recognition across all features."),
    ("profile_picture", "Add your profile information! Set a profile picture for easier recognition across all "
                        "features."),
]
FIRSTRUN_APPS = [  # every app hint of setAppHintDetails (the ones without a case there set no text)
    ("calendar", "App recommendation: Calendar", "Schedule work & meetings, synced with all your devices."),
    ("contacts", "App recommendation: Contacts",
     "Keep your colleagues and friends in one place without leaking their private info."),
    ("mail", "App recommendation: Mail", "Simple email app nicely integrated with Files, Contacts and Calendar."),
    ("tasks", "App recommendation: Tasks", "Sync tasks from various devices with your Nextcloud and edit them online."),
    ("deck", "App recommendation: Deck", "Kanban style organization for personal planning and team projects."),
    ("forms", "App recommendation: Forms", "Simple surveys and questionnaires, self-hosted"),
    ("recognize", "App recommendation: Recognize", "Smart media tagging for Nextcloud"),
    ("groupfolders", "App recommendation: Group folders", "Admin-configured folders shared by everyone in a group."),
    ("whiteboard", "App recommendation: Whiteboard",
     "Create and share whiteboards with others and collaborate in real-time."),
]


def plain_notice(*msgids):
    return lambda l: [l.t(m) for m in msgids]


NEXTCLOUD_TEMPLATES = [
    ("registration", "verify", "lib/Service/MailService.php", registration_verify),
    ("registration", "admin_enabled", "lib/Service/MailService.php", registration_admin(True)),
    ("registration", "admin_needs_enabling", "lib/Service/MailService.php", registration_admin(False)),
    ("guests", "invite", "lib/Mail.php", guests_invite),
    ("guests", "share", "lib/Mail.php", guests_share),
    ("guests", "data_migrated_to_system_user", "lib/Notifications/Notifier.php",
     guests_notice("Data imported",
                   "Data from your previous guest account was successfully imported into your new account.")),
    ("guests", "guest-transfer-fail", "lib/Notifications/Notifier.php",
     guests_notice("Guest conversion failed", "Failed to convert guest {guest} account to {user} account")),
    ("guests", "guest-transfer-done", "lib/Notifications/Notifier.php",
     guests_notice("Guest conversion done", "Conversion of guest {guest} to {user} completed")),
    ("suspicious_login", "mail", "lib/Listener/LoginMailListener.php", suspicious_mail),
    ("suspicious_login", "suspicious_login_detected", "lib/Notifications/Notifier.php", suspicious_notice),
    ("twofactor_gateway", "sms", "lib/Provider/AProvider.php", gateway_sms),
    ("twofactor_nextcloud_notification", "login_attempt", "lib/Notification/Notifier.php", login_attempt_notice),
    ("user_retention", "reminder_delete", "lib/Service/RetentionService.php", retention_mail(0, 365)),
    ("user_retention", "reminder_disable_delete", "lib/Service/RetentionService.php", retention_mail(180, 365)),
    ("quota_warning", "mail", "lib/CheckQuota.php", quota_mail(False)),
    ("quota_warning", "mail_plan_link", "lib/CheckQuota.php", quota_mail(True)),
    ("quota_warning", "notification", "lib/Notification/Notifier.php", quota_notice),
    ("deck", "card-assigned", "lib/Notification/Notifier.php",
     deck_notice("{user} has assigned the card {deck-card} on {deck-board} to you.")),
    ("deck", "card-overdue", "lib/Notification/Notifier.php",
     deck_notice("The card {deck-card} on {deck-board} has reached its due date.")),
    ("deck", "card-comment-mentioned", "lib/Notification/Notifier.php",
     deck_notice("{user} has mentioned you in a comment on {deck-card}.")),
    ("deck", "board-shared", "lib/Notification/Notifier.php", deck_notice("{user} has shared {deck-board} with you.")),
    ("deck", "remote-board-shared", "lib/Notification/Notifier.php", deck_remote),
    ("polls", "invitation", "lib/Model/Mail/InvitationMail.php", polls_invitation(False)),
    ("polls", "invitation_group", "lib/Model/Mail/InvitationMail.php", polls_invitation(True)),
    ("polls", "reminder_option", "lib/Model/Mail/ReminderMail.php", polls_reminder("option")),
    ("polls", "reminder_expiration", "lib/Model/Mail/ReminderMail.php", polls_reminder("expiration")),
    ("polls", "reminder", "lib/Model/Mail/ReminderMail.php", polls_reminder("none")),
    ("polls", "confirmation", "lib/Model/Mail/ConfirmationMail.php", polls_confirmation),
    ("polls", "invitation_notice", "lib/Notification/Notifier.php",
     polls_notice('{actor} has invited you to the poll "%s".')),
    ("polls", "takeover_notice", "lib/Notification/Notifier.php",
     polls_notice('{actor} took over your poll "%s" and is the new owner.')),
    ("polls", "changed_owner_notice", "lib/Notification/Notifier.php",
     polls_notice('{actor} transfered your poll "%s" to {newOwner}. You are no more the owner.')),
    ("polls", "deleted_notice", "lib/Notification/Notifier.php", polls_notice('{actor} deleted your poll "%s".')),
    ("polls", "archived_notice", "lib/Notification/Notifier.php", polls_notice('{actor} archived your poll "%s".')),
    ("forms", "confirmation", "lib/Service/ConfirmationEmailService.php", forms_confirmation),
    ("approval", "approved_file", "lib/Notification/Notifier.php",
     approval_notice("A file was approved", "{user} approved {node}", "Demo.pdf")),
    ("approval", "rejected_file", "lib/Notification/Notifier.php",
     approval_notice("A file was rejected", "{user} rejected {node}", "Demo.pdf")),
    ("approval", "approved_directory", "lib/Notification/Notifier.php",
     approval_notice("A directory was approved", "{user} approved {node}", "Demo folder")),
    ("approval", "rejected_directory", "lib/Notification/Notifier.php",
     approval_notice("A directory was rejected", "{user} rejected {node}", "Demo folder")),
    ("approval", "manual_request", "lib/Notification/Notifier.php",
     approval_notice("Your approval was requested", "{user} requested your approval for {node}", "Demo.pdf")),
    ("calendar", "appointment_confirmation", "lib/Service/Appointments/MailService.php", calendar_confirmation),
    ("calendar", "appointment_accepted", "lib/Service/Appointments/MailService.php", calendar_accepted),
    ("calendar", "appointment_organizer", "lib/Service/Appointments/MailService.php", calendar_organizer),
    ("calendar", "booking_accepted", "lib/Notification/Notifier.php", calendar_notice),
] + [
    ("tables", f"{name}_{where}", "lib/Notification/Notifier.php", rich_notice(subject, TABLES))
    for name, in_view, in_table in TABLES_SUBJECTS for where, subject in (("view", in_view), ("table", in_table))
] + [
    ("assistant", "file_action_summary", "lib/Notification/Notifier.php",
     assistant_file_action("{sourceFile} has been summarized in {targetFile}", "Demo.odt", "Demo.md")),
    ("assistant", "file_action_transcript", "lib/Notification/Notifier.php",
     assistant_file_action("{sourceFile} has been transcribed in {targetFile}", "Demo.mp3", "Demo.md")),
    ("assistant", "file_action_subtitles", "lib/Notification/Notifier.php",
     assistant_file_action("{sourceFile} has been subtitled in {targetFile}", "Demo.mp3", "Demo.md")),
    ("assistant", "file_action_speech", "lib/Notification/Notifier.php",
     assistant_file_action("{sourceFile} has been converted to audio in {targetFile}", "Demo.md", "Demo.mp3")),
    ("assistant", "file_action_other", "lib/Notification/Notifier.php",
     assistant_file_action("{sourceFile} has been processed, {targetFile} was created", "Demo.odt", "Demo.md")),
    ("richdocuments", "mentioned", "lib/Notification/Notifier.php",
     rich_notice("{user} has mentioned you in {node}", {"user": "bob", "node": "Demo.odt"})),
    ("collectives", "page_updated", "lib/Notification/Notifier.php",
     rich_notice("{user} updated {page} in {collective}",
                 {"user": "bob", "page": "Demo page", "collective": "Demo collective"})),
    ("collectives", "page_deleted", "lib/Notification/Notifier.php",
     rich_notice("{user} deleted {page} from {collective}",
                 {"user": "bob", "page": "Demo page", "collective": "Demo collective"})),
    ("mail", "quota_depleted", "lib/Notification/Notifier.php",
     rich_notice("You are reaching your mailbox quota limit for {account_email}",
                 {"account_email": EMAIL, "percentage": "90%"},
                 "You are currently using {percentage} of your mailbox storage. Please make some space by deleting "
                 "unneeded emails.")),
    ("mail", "account_delegated", "lib/Notification/Notifier.php",
     rich_notice("{account_email} has been delegated to you", {"account_email": EMAIL, "user": "bob", "account": EMAIL},
                 "{user} delegated {account} to you")),
    ("mail", "account_delegation_revoked", "lib/Notification/Notifier.php",
     rich_notice("{account_email} is no longer delegated to you",
                 {"account_email": EMAIL, "user": "bob", "account": EMAIL}, "{user} revoked delegation for {account}")),
    ("files_retention", "retention", "lib/Notification/Notifier.php",
     rich_notice("{file} will be removed in 24 hours", {"file": "Demo.pdf"},
                 "Your systems retention rules will delete this file within 24 hours.")),
    ("circles", "existing_share", "lib/Service/SendMailService.php", circles_existing_shares(["Demo.pdf"])),
    ("circles", "existing_shares", "lib/Service/SendMailService.php", circles_existing_shares(["Demo.pdf", "Demo.odt"])),
    ("circles", "user_share", "lib/Service/SendMailService.php", circles_user_share),
    ("circles", "password", "lib/Service/SendMailService.php", circles_password),
] + [
    ("firstrunwizard", name, "lib/Notification/Notifier.php", plain_notice(subject))
    for name, subject in FIRSTRUN_PROFILE
] + [
    ("firstrunwizard", "apphint-" + name, "lib/Notification/Notifier.php", plain_notice(subject, message))
    for name, subject, message in FIRSTRUN_APPS
] + [
    ("files_zip", "scheduled", "lib/Notification/Notifier.php",
     rich_notice("A Zip archive {target} will be created.", {"target": "Demo.zip"})),
    ("files_zip", "success", "lib/Notification/Notifier.php",
     rich_notice("Your files have been stored as a Zip archive in {path}.", {"path": "Demo.zip"})),
    ("files_zip", "failure", "lib/Notification/Notifier.php",
     rich_notice("Creating the Zip file {path} failed.", {"path": "Demo.zip"})),
    ("user_migration", "export_failed", "lib/Notification/Notifier.php",
     rich_notice("User export failed", {"user": "alice"}, "Your export of {user} failed.")),
    ("user_migration", "export_done", "lib/Notification/Notifier.php",
     rich_notice("User export done", {"user": "alice", "file": "Demo.zip"}, "Your export of {user} has completed: {file}")),
    ("user_migration", "import_failed", "lib/Notification/Notifier.php",
     rich_notice("User import failed", {"user": "alice"}, "Your import to {user} failed.")),
    ("user_migration", "import_done", "lib/Notification/Notifier.php",
     rich_notice("User import done", {"user": "alice", "file": "Demo.zip"},
                 "Your import of {file} into {user} has completed.")),
] + [
    ("event_update_notification", "object_" + action, "lib/Notifier.php",
     rich_notice(subject, {"actor": "bob", "event": APPOINTMENT, "calendar": "Demo calendar"}))
    for action, subject in (("add", "{actor} created {event} in {calendar}"),
                            ("delete", "{actor} deleted {event} from {calendar}"),
                            ("update", "{actor} updated {event} in {calendar}"))
]


def mask(text, values=FILL_VALUES):
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, "")
    return text


def nextcloud_items():
    """Every template of NEXTCLOUD_TEMPLATES in each language of NC_LANGS that translates all of it."""
    root = os.environ["NEXTCLOUD_MIRROR"]
    catalogues = {}
    for app, commit in NEXTCLOUD_APPS.items():
        git = os.path.join(root, f"nextcloud+{app}", "repo")
        for code, _ in NC_LANGS:
            catalogues[app, code] = json.loads(git_show(git, commit, f"l10n/{code}.json"))["translations"]
    seen = {}
    for app, name, path, build in NEXTCLOUD_TEMPLATES:
        commit = NEXTCLOUD_APPS[app]
        en = "\n".join(build(Catalogue(None)))
        for code, lang in NC_LANGS:
            try:
                lines = build(Catalogue(catalogues[app, code]))
            except Missing:
                continue
            text = "\n".join(ln.strip() for ln in lines if ln.strip())
            if untranslated_lines(mask(text), mask(en)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"ncld-{app.replace('_', '')}-{code}-{name}", lang, text, "nextcloud_message",
                       f"github.com/nextcloud/{app}@{commit[:12]}:{path} with l10n/{code}.json",
                       f"nextcloud/{app}:{name}", "all_app_message_templates")


# --- Rocket.Chat -----------------------------------------------------------------------------------
# The repository is over the fetch limit; its locale files were read through the file index and the
# entries the mails use copied verbatim into scripts/real_corpus/raw/rocketchat/<locale>.i18n.json
# (stored version ROCKETCHAT_I18N_COMMIT of each). The mails are those of the server code read the
# same way: the defaults of the e-mail settings in apps/meteor/server/settings/email.ts (stored version
# 0a90231cbf84) and the account templates of apps/meteor/app/authentication/server/startup/index.js
# (0137f511128d); apps/meteor/app/mailer/server/api.ts (0956d4ea9e79) translates `{Key …}` with the
# catalogue (the first word is the key) and then fills `[Name]` / `__Name__` placeholders.
ROCKETCHAT_I18N_COMMIT = "0113ef600f9e925881762e23b1771e8488aeba5b"
ROCKETCHAT_LANGS = [("zh", "zh-Hans")]
RC = "https://chat.example.com"
RC_VALUES = {"Site_Name": "Demo Chat", "Site_URL": RC, "name": "Alice Chen", "email": EMAIL,
             "password": "Tq7m-Wz4k-Rb9x", "reason": "Demo", "Verification_Url": RC + "/verify-email/5f2c9a0e1b7d",
             "Forgot_Password_Url": RC + "/reset-password/5f2c9a0e1b7d"}
RC_WELCOME = ('<h2>{Welcome_to Site_Name}</h2><p>{Visit_Site_Url_and_try_the_best_open_source_chat_solution_available_'
              'today}</p><a class="btn" target="_blank" href="[Site_URL]">{Login}</a>')
# Every mail: name, subject, HTML body (the settings' defaults, or what the code builds).
ROCKETCHAT_MAILS = [
    ("enrollment", "{Welcome_to Site_name}", RC_WELCOME),
    ("user_added", "{Welcome_to Site_Name}", RC_WELCOME),
    ("verification", "{Verification_Email_Subject}",
     '<h2>{Hi_username}</h2><p>{Verification_email_body}</p><a class="btn" target="_blank" href="[Verification_Url]">'
     '{Verify_your_email}</a>'),
    ("invitation", "{Invitation_Subject_Default}",
     '<h2>{Welcome_to Site_Name}</h2><p>{Visit_Site_Url_and_try_the_best_open_source_chat_solution_available_today}'
     '</p><a class="btn" href="[Site_URL]">{Join_Chat}</a>'),
    ("forgot_password", "{Forgot_Password_Email_Subject}",
     '<h2>{Forgot_password}</h2><p>{Lets_get_you_new_one}</p><a class="btn" href="[Forgot_Password_Url]">{Reset}</a>'
     '<p class="advice">{If_you_didnt_ask_for_reset_ignore_this_email}</p>'),
    ("email_changed", "{Email_Changed_Email_Subject}",
     '<h2>{Hi},</h2><p>{Your_email_address_has_changed}</p><p>{Your_new_email_is_email}</p><a class="btn" '
     'target="_blank" href="[Site_URL]">{Login}</a>'),
    ("password_changed", "{Password_Changed_Email_Subject}",
     '<h2>{Hi},</h2><p>{Your_password_was_changed_by_an_admin}</p><p>{Your_temporary_password_is_password}</p><a '
     'class="btn" target="_blank" href="[Site_URL]">{Login}</a>'),
    ("approval_needed", "[[Site_Name]] {Accounts_Admin_Email_Approval_Needed_Subject_Default}",
     "{Accounts_Admin_Email_Approval_Needed_Default}"),
    ("approval_needed_reason", "[[Site_Name]] {Accounts_Admin_Email_Approval_Needed_Subject_Default}",
     "{Accounts_Admin_Email_Approval_Needed_With_Reason_Default}"),
    ("activated", "[[Site_Name]] {Accounts_Email_Activated_Subject}", "{Accounts_Email_Activated}"),
    ("approved", "[[Site_Name]] {Accounts_Email_Approved_Subject}", "{Accounts_Email_Approved}"),
    ("deactivated", "[[Site_Name]] {Accounts_Email_Deactivated_Subject}", "{Accounts_Email_Deactivated}"),
]


def rc_render(template, strings):
    """Mailer.replace: `{Key …}` translated (Missing when the catalogue lacks the key: i18next would
    fall back to English), then `[Name]` / `__Name__` filled (case-insensitive)."""
    def translate(m):
        if m.group(1) not in strings:
            raise Missing(m.group(1))
        return strings[m.group(1)]
    out = re.sub(r"\{ *([^{} ]+)[^{}]*\}", translate, template)
    for key, value in RC_VALUES.items():
        out = re.sub(rf"(\[{key}\]|__{key}__)", lambda _m: value, out, flags=re.I)
    return out


def rocketchat_items():
    """Every mail of ROCKETCHAT_MAILS in each language of ROCKETCHAT_LANGS that translates all of it."""
    for code, lang in ROCKETCHAT_LANGS:
        with open(os.path.join(RAW, "rocketchat", f"{code}.i18n.json"), encoding="utf-8") as f:
            strings = json.loads(re.sub(r"^//.*\n", "", f.read(), flags=re.M))
        seen = set()
        for name, subject, body in ROCKETCHAT_MAILS:
            try:
                html = rc_render(body, strings).replace("</h2>", "</h2>\n")  # a heading is its own line
                text = rc_render(subject, strings) + "\n" + html_to_text(html)
            except Missing:
                continue
            if english_line(text) or not is_new(seen, text):
                continue
            yield item(f"rchat-{code}-{name}", lang, text, "rocketchat_email",
                       f"github.com/RocketChat/Rocket.Chat@{ROCKETCHAT_I18N_COMMIT[:12]}:packages/i18n/src/locales/"
                       f"{code}.i18n.json (copied to scripts/real_corpus/raw/rocketchat/) with apps/meteor/server/"
                       f"settings/email.ts and apps/meteor/app/authentication/server/startup/index.js",
                       f"RocketChat/Rocket.Chat:{name}", "all_email_templates")


# --- FreshRSS ----------------------------------------------------------------------------------------
FRESHRSS_COMMIT = "6c58b90518c30a165db1ee8ea34e0f3d12c6c898"
FRESHRSS_LANGS = [("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant"), ("es", "es")]


def freshrss_strings(src):
    """The `mailer.email_need_validation` strings of an app/i18n/<lang>/user.php, or None when one is
    marked `// TODO` (FreshRSS's mark for a string still in English)."""
    block = re.search(r"'email_need_validation' => array\((.*?)\n\t\t\)", src, re.S).group(1)
    strings = {}
    for line in block.splitlines():
        m = re.match(r"\s*'(\w+)' => '((?:[^'\\]|\\.)*)',(.*)", line)
        if m:
            if "TODO" in m.group(3):
                return None
            strings[m.group(1)] = m.group(2).replace("\\'", "'")
    return strings


def freshrss_items():
    """FreshRSS's one mail (FreshRSS_User_Mailer::send_email_need_validation with
    app/views/user_mailer/email_need_validation.txt.php): subject `[<title>] ` and the title string,
    then the welcome line, the body line and the validation link."""
    git = os.environ["FRESHRSS_GIT"]
    for code, lang in FRESHRSS_LANGS:
        t = freshrss_strings(git_show(git, FRESHRSS_COMMIT, f"app/i18n/{code}/user.php"))
        if t is None:
            continue
        text = "\n".join([f"[Demo RSS] {t['title']}", php_sprintf(t["welcome"], ["alice"]), "",
                          php_sprintf(t["body"], ["Demo RSS"]), "",
                          "https://rss.example.com/i/?c=user&a=validateEmail&username=alice&token=5f2c9a0e1b7d"])
        yield item(f"frss-{code}-email_need_validation", lang, text, "freshrss_email",
                   f"github.com/FreshRSS/FreshRSS@{FRESHRSS_COMMIT[:12]}:app/i18n/{code}/user.php with "
                   f"app/Mailers/UserMailer.php and app/views/user_mailer/email_need_validation.txt.php",
                   "FreshRSS/FreshRSS:email_need_validation", "all_email_templates")


# --- Friendica ---------------------------------------------------------------------------------------
FRIENDICA_COMMIT = "a0a8aeb30488ee66717dc5ed3f98b71906037725"
FRIENDICA_LANGS = [("zh-cn", "zh-Hans"), ("es", "es")]  # the repository's only Chinese and Spanish catalogues
FR_SITE = "Demo Social"
FR_URL = "https://social.example.com"
FR_ITEM = FR_URL + "/display/5f2c9a0e1b7d"
FR_BOB = FR_URL + "/profile/bob"
FR_FILL = ["Demo Social", "Alice Chen", "alice", "bob", "carol", EMAIL, "Meeting on Friday", "Hi, see you tomorrow.",
           '"Nice post."', "Nice post.", "Tq7m-Wz4k-Rb9x", "42"]  # masked in the untranslated check


def php_literal(src, i):
    """The PHP string literal (or literals joined with `.`) starting at src[i]: (value, end)."""
    parts = []
    while True:
        q = src[i]
        j = i + 1
        out = []
        while src[j] != q:
            c = src[j]
            if c == "\\" and q == "'" and src[j + 1] in "'\\":
                out.append(src[j + 1])
                j += 2
            elif c == "\\" and q == '"':
                e = src[j + 1]
                if e == "x":
                    out.append(chr(int(src[j + 2:j + 4], 16)))
                    j += 4
                else:
                    out.append({"n": "\n", "t": "\t", "r": "\r"}.get(e, e))
                    j += 2
            else:
                out.append(c)
                j += 1
        parts.append("".join(out))
        m = re.match(r"\s*\.\s*(['\"])", src[j + 1:])
        if not m:
            return "".join(parts), j + 1
        i = j + 1 + m.start(1)


def php_t_literals(src):
    """The first argument of every `->t(` call of a PHP file, decoded, in source order."""
    out = []
    for m in re.finditer(r"->t\(\s*(?=['\"])", src):
        out.append(php_literal(src, m.end())[0])
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class FriendicaCatalogue:
    """L10n::t over a messages.po: the msgid is the literal of the current source (found by its
    opening words in the file the mail is built in); untranslated or fuzzy entries are Missing."""

    def __init__(self, po, literals):
        self.tr = {e.msgid: e.msgstr for e in po if e.msgstr and "fuzzy" not in e.flags} if po is not None else None
        self.literals = literals

    def msgid(self, start):
        hits = [lit for lit in self.literals if lit.startswith(start)]
        if len(set(hits)) != 1:
            hits = [lit for lit in self.literals if norm(lit).startswith(norm(start))]
        if len(set(hits)) != 1:
            raise ValueError(f"{start!r}: {len(set(hits))} literals")
        return hits[0]

    def t(self, start, *args):
        msgid = self.msgid(start)
        s = msgid if self.tr is None else self.tr.get(msgid)
        if s is None:
            raise Missing(start)
        return php_sprintf(s, args) if args else s


def deindent(text):
    """Strings::deindent: drop the first non-empty line's indentation from every line."""
    lines = text.split("\n")
    k = 0
    while k < len(lines) and lines[k] == "":
        k += 1
    count = len(re.match(r"[\t ]*", lines[k]).group(0)) if k < len(lines) else 0
    return "\n".join(re.sub(r"^[\t ]{%d}" % count, "", ln) for ln in lines)


# The builders end every mail with a sign-off (`thanks`, `%s Administrator`); like Nextcloud's default
# footer and Rocket.Chat's header and footer, that frame is left out (in every language; the zh-cn
# catalogue does not translate those two strings).
def fr_notify(l, subject, preamble, title, body, sitelink, itemlink):
    """NotifyMailBuilder's plain-text mail (email/notify/text.tpl, content allowed, the default)."""
    parts = [subject, "", preamble, ""]
    parts += [title, "", body, ""] if (title or body) else []
    return parts + [sitelink, itemlink]


def fr_system(l, subject, preamble, body):
    """SystemMailBuilder's plain-text mail (email/system/text.tpl)."""
    return [subject, "", preamble, "", body]


def fr_prefix(l):
    return l.t("[Friendica:Notify]")


def fr_mail(l):
    return fr_notify(l, l.t("%s New mail received at %s", fr_prefix(l), FR_SITE),
                     l.t("%1$s sent you a new private message at %2$s.", "bob", FR_SITE), "Meeting on Friday",
                     "Hi, see you tomorrow.",
                     php_sprintf(l.t("Please visit %s to view and/or reply to your private messages."), [FR_ITEM]), FR_ITEM)


def fr_comment(l):
    return fr_notify(l, l.t("%1$s Comment to conversation #%2$d by %3$s", fr_prefix(l), 42, "bob"),
                     l.t("%s commented on an item/conversation you have been following.", "bob"), '"Nice post."',
                     "Nice post.", php_sprintf(l.t("Please visit %s to view and/or reply to the conversation."), [FR_URL]),
                     FR_ITEM)


def fr_wall(l):
    return fr_notify(l, l.t("%s %s posted to your profile wall", fr_prefix(l), "bob"),
                     l.t("%1$s posted to your profile wall at %2$s", "bob", FR_SITE), "", "Nice post.",
                     php_sprintf(l.t("Please visit %s to view and/or reply to the conversation."), [FR_URL]), FR_ITEM)


def fr_intro(verb):
    def mail(l):
        if verb == "friend":
            subject = l.t("%s A new person is sharing with you", fr_prefix(l))
            preamble = l.t("%1$s is sharing with you at %2$s", "bob", FR_SITE)
        elif verb == "follow":
            subject = l.t("%s You have a new follower", fr_prefix(l))
            preamble = l.t("You have a new follower at %2$s : %1$s", "bob", FR_SITE)
        else:
            subject = l.t("%s Introduction received", fr_prefix(l))
            preamble = l.t("You've received an introduction from '%1$s' at %2$s", "bob", FR_SITE)
        return fr_notify(l, subject, preamble, "", l.t("You may visit their profile at %s", FR_BOB),
                         php_sprintf(l.t("Please visit %s to approve or reject the introduction."), [FR_URL]),
                         FR_URL + "/notifications/intros/42")
    return mail


def fr_suggest(l):
    body = "\n".join([l.t("Name:") + " carol", l.t("Photo:") + " " + FR_URL + "/photo/carol.jpg",
                      l.t("You may visit their profile at %s", FR_URL + "/profile/carol")])
    return fr_notify(l, l.t("%s Friend suggestion received", fr_prefix(l)),
                     l.t("You've received a friend suggestion from '%1$s' at %2$s", "bob", FR_SITE), "", body,
                     php_sprintf(l.t("Please visit %s to approve or reject the suggestion."), [FR_URL]),
                     FR_URL + "/notifications/intros/42")


def fr_confirm(fan):
    def mail(l):
        if fan:
            body = (l.t("'%1$s' has chosen to accept you a fan, which restricts", "bob") + "\n\n"
                    + l.t("'%1$s' may choose to extend this into a two-way", "bob"))
            sitelink = l.t("Please visit %s  if you wish to make any changes to this relationship.")
        else:
            body = l.t("You are now mutual friends and may exchange status updates")
            sitelink = l.t("Please visit %s if you wish to make any changes to this relationship.")
        return fr_notify(l, l.t("%s Connection accepted", fr_prefix(l)),
                         l.t("'%1$s' has accepted your connection request at %2$s", "bob", FR_SITE), "", body,
                         php_sprintf(sitelink, [FR_URL]), FR_BOB)
    return mail


def fr_register(kind):
    def mail(l):
        link = FR_URL + "/moderation/users/pending"
        details = l.t("Display Name:\t%s\nSite Location:\t%s\nLogin Name:\t%s (%s)", "Alice Chen", FR_URL, EMAIL,
                      "alice")
        if kind == "request":
            return fr_notify(l, l.t("[Friendica System Notify]") + " " + l.t("registration request"),
                             l.t("You've received a registration request from '%1$s' at %2$s", "Alice Chen", FR_SITE),
                             "", details, php_sprintf(l.t("Please visit %s to approve or reject the request."), [link]),
                             link)
        return fr_notify(l, l.t("[Friendica System Notify]") + " " + l.t("new registration"),
                         l.t("You've received a new registration from '%1$s' at %2$s", "Alice Chen", FR_SITE), "",
                         details, php_sprintf(l.t("Please visit %s to have a look at the new registration."), [link]),
                         link)
    return mail


def fr_lostpass_request(l):
    preamble = deindent(l.t("\n\t\tDear %1$s,\n\t\t\tA request was recently received", "Alice Chen", FR_SITE))
    body = deindent(l.t("\n\t\tFollow this link soon to verify your identity", FR_URL + "/lostpass/5f2c9a0e1b7d",
                        FR_URL, "alice"))
    return fr_system(l, l.t("Password reset requested at %s", FR_SITE), preamble, body)


def fr_lostpass_new(l):
    preamble = deindent(l.t("\n\t\t\tDear %1$s,\n\t\t\t\tYour password has been changed as requested", "Alice Chen"))
    body = deindent(l.t("\n\t\t\tYour login details are as follows", FR_URL, "alice", "Tq7m-Wz4k-Rb9x"))
    return fr_system(l, l.t("Your password has been changed at %s", FR_SITE), preamble, body)


def fr_register_admin(l):
    preamble = php_sprintf(deindent(l.t("\n\t\tDear %1$s,\n\t\t\tthe administrator of %2$s")), ["Alice Chen", FR_SITE])
    body = php_sprintf(deindent(l.t("\n\t\tThe login details are as follows:\n\n\t\tSite Location:\t%1$s")),
                       [FR_URL, "alice", "Tq7m-Wz4k-Rb9x", FR_SITE])
    return fr_system(l, l.t("Registration details for %s", FR_SITE), preamble, body)


def fr_register_pending(l):
    body = deindent(l.t("\n\t\t\tDear %1$s,\n\t\t\t\tThank you for registering at %2$s. Your account is pending",
                        "Alice Chen", FR_SITE, FR_URL, "alice", "Tq7m-Wz4k-Rb9x"))
    return fr_system(l, l.t("Registration at %s", FR_SITE), body, "")


def fr_register_open(l):
    preamble = deindent(l.t("\n\t\t\t\tDear %1$s,\n\t\t\t\tThank you for registering at %2$s. Your account has been created.",
                            "alice", FR_SITE))
    body = deindent(l.t("\n\t\t\tThe login details are as follows:\n\n\t\t\tSite Location:\t%3$s", "alice", FR_SITE,
                        FR_URL, "Alice Chen", "Tq7m-Wz4k-Rb9x"))
    return fr_system(l, l.t("Registration details for %s", FR_SITE), preamble, body)


def fr_removeme(l):
    return fr_system(l, l.t("[Friendica System Notify]") + " " + l.t("User deleted their account"),
                     l.t("On your Friendica node an user deleted their account."), l.t("The user id is %d", 42))


NOTIFY = "src/Navigation/Notifications/Repository/Notify.php"
# Every mail: name, the files whose `->t(` literals it uses, builder. Notify.php's notification mails
# (each type, each verb of an introduction and a confirmation, each system event that sends one),
# with the builders' `thanks` / `%s Administrator` lines; the lost-password mails; User.php's account
# mails; RemoveMe's notice to the administrator.
FRIENDICA_MAILS = [
    ("mail", [NOTIFY], fr_mail),
    ("comment", [NOTIFY], fr_comment),
    ("wall", [NOTIFY], fr_wall),
    ("intro", [NOTIFY], fr_intro("")),
    ("intro_friend", [NOTIFY], fr_intro("friend")),
    ("intro_follow", [NOTIFY], fr_intro("follow")),
    ("suggest", [NOTIFY], fr_suggest),
    ("confirm_friend", [NOTIFY], fr_confirm(False)),
    ("confirm_fan", [NOTIFY], fr_confirm(True)),
    ("register_request", [NOTIFY], fr_register("request")),
    ("register_new", [NOTIFY], fr_register("new")),
    ("lostpass_request", ["mod/lostpass.php"], fr_lostpass_request),
    ("lostpass_new_password", ["mod/lostpass.php"], fr_lostpass_new),
    ("register_by_admin", ["src/Model/User.php"], fr_register_admin),
    ("register_pending", ["src/Model/User.php"], fr_register_pending),
    ("register_open", ["src/Model/User.php"], fr_register_open),
    ("removeme", ["src/Module/Settings/RemoveMe.php"], fr_removeme),
]
FRIENDICA_BUILDERS = []


def friendica_items():
    """Every mail of FRIENDICA_MAILS in each language of FRIENDICA_LANGS that translates all of it."""
    import polib
    git = os.environ["FRIENDICA_GIT"]
    pos = {code: polib.pofile(git_show(git, FRIENDICA_COMMIT, f"view/lang/{code}/messages.po"))
           for code, _ in FRIENDICA_LANGS}
    for name, files, build in FRIENDICA_MAILS:
        literals = [lit for f in files + FRIENDICA_BUILDERS
                    for lit in php_t_literals(git_show(git, FRIENDICA_COMMIT, f))]
        en = "\n".join(build(FriendicaCatalogue(None, literals)))
        for code, lang in FRIENDICA_LANGS:
            try:
                lines = build(FriendicaCatalogue(pos[code], literals))
            except Missing:
                continue
            text = re.sub(r"\n{3,}", "\n\n", "\n".join(ln.rstrip() for ln in "\n".join(lines).split("\n"))).strip()
            if untranslated_lines(mask(text, FR_FILL), mask(en, FR_FILL)):
                continue
            yield item(f"frnd-{code}-{name}", lang, text, "friendica_email",
                       f"github.com/friendica/friendica@{FRIENDICA_COMMIT[:12]}:{files[0]} with view/lang/{code}/messages.po",
                       f"friendica/friendica:{name}", "all_email_templates")


def items():
    yield from nextcloud_items()
    yield from rocketchat_items()
    yield from freshrss_items()
    yield from friendica_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
