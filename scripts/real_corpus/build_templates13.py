#!/usr/bin/env python3
"""Rebuild the seventeenth batch of tests/data/real/ (issue 12): legitimate messages that products send
to their users (password-recovery, e-mail-change, invitation, guest and sign-up mails, account
approval, password-expiry, share, group, space, friendship, comment and like notices, CRM
access-info, password-change, assignment, reminder and meeting-invitation mails, forum account mails,
a verification-code mail and operations alerts), of six products not yet in the corpus (HumHub,
ownCloud, Pydio Cells, Jpom, Mbin, EspoCRM), in zh-Hans,
zh-Hant and es only, never English: English strings serve only to find the templates and to tell an
untranslated string.

Usage:
    . /work/rebuild-17.sh   # sets HUMHUB_GIT, ESPOCRM_GIT, MBIN_GIT, OWNCLOUD_GIT, JPOM_GIT (bare git
                            # dirs) and OWNCLOUD_APPS_MIRROR (the folder holding owncloud+<app>/repo)
    python3 scripts/real_corpus/build_templates13.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates13.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Seventeenth batch (templates)"), each read at a
pinned commit from a bare git dir (`git show <commit>:<path>`) or from a verbatim excerpt under raw/:
  * humhub_message: HumHub (github.com/humhub/humhub, AGPL-3.0-or-later, HUMHUB_GIT): every mail the
    core sends through a plain-text view or a TextOnly message (HUMHUB_MAILS: password recovery,
    e-mail and username change, the three invitations and the already-registered mail, the new-user
    approval request to managers, the administrator's three account-request mails and the mail-server
    test), and every notification text of the core's notification classes (HUMHUB_NOTICES, the line
    of the notification list and of the mail), with the catalogues messages/{zh-CN,zh-TW,es}/*.php.
  * owncloud_message: ownCloud (github.com/owncloud/core, AGPL-3.0, OWNCLOUD_GIT, and the apps of
    OWNCLOUD_APP_REPOS under OWNCLOUD_APPS_MIRROR, AGPL-3.0 or GPL-2.0): every mail of OWNCLOUD_MAILS
    (the plain-text part after its subject; the theme footer left out) and every notification a
    Notifier::prepare parses (subject, then message), with */l10n/{zh_CN,zh_TW,zh_HK,es}.json.
  * pydio_email: Pydio Cells (github.com/pydio/cells, AGPL-3.0-or-later), over the fetch limit: the
    Mail.* entries of broker/mailer/lang/box/{zh-cn,zh-tw,en-us}.all.json copied verbatim into
    raw/pydio/ (the stored version of each in its "_source" entry); every template of PYDIO_MAILS laid
    out as its BuildTemplateWithId and Hermes do.
  * jpom_notice: Jpom (github.com/dromara/Jpom, Mulan PSL v2, JPOM_GIT): every message of JPOM_MESSAGES
    that its server sends through EmailUtil / NotifyUtil, from
    modules/common/src/main/resources/i18n/messages_{zh_CN,zh_TW,zh_HK}.properties.
  * mbin_email: Mbin (github.com/MbinOrg/mbin, AGPL-3.0, MBIN_GIT): every templates/_email/*.html.twig
    mail that src/ sends, with the subject its code sets, from translations/messages.{zh_Hans,zh_TW,
    es}.yaml.
  * espocrm_email: EspoCRM (github.com/espocrm/espocrm, AGPL-3.0, ESPOCRM_GIT): every e-mail template
    under application/Espo/Resources/templates and application/Espo/Modules/Crm/Resources/templates
    that has a zh_CN, es_ES or es_MX version (subject.tpl and body.tpl, Handlebars filled with fixed
    values, HTML dropped); en_US is the reference for the untranslated check.

Selection is mechanical: every template of each product's message set, one text per template, code
branch and language (the tables below say what "every" is for each product). A template is skipped
in a language whose catalogue lacks one of its strings or leaves it empty (the product falls back to
English) or whose text still has a line of the English text (build_templates3.untranslated_lines,
fill values masked; for Chinese EspoCRM, Pydio and Jpom texts also build_templates8.english_line).
Placeholders are filled with the fixed values of the earlier batches (`alice` / `Alice Chen` / `bob`,
`Demo …` names, links on `*.example.com`, code 482913, 203.0.113.7, dates 2026-11-27 10:00, password
Tq7m-Wz4k-Rb9x where a message supplies one). HTML tags dropped (a link keeps its label and address).
Near-duplicates collapse within a product and language (digits and white space ignored). Cut at 500
characters.

Split: the unit is one template of one product with all its languages and code branches
(`humhub/humhub:<mail or notification class>`, `owncloud/<repository>:<mail or notification>`,
`pydio/cells:<template>`, `dromara/Jpom:<message>`, `MbinOrg/mbin:<view>`, `espocrm/espocrm:<template>`), held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these
texts. Labels come from scripts/real_corpus/labels/labels_templates13.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the scanner
played no part.
"""
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates11 import mask
from build_templates4 import parse_php_array
from build_templates8 import CJK, english_line
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates13.tsv")

CODE = "482913"
PASSWORD = "Tq7m-Wz4k-Rb9x"
EMAIL = "alice@example.com"


class Missing(Exception):
    """A string the language's catalogue lacks or leaves empty: the product would send English."""


# --- HumHub ----------------------------------------------------------------------------------------
HUMHUB_COMMIT = "13dc14723e7bd227dd6bf78c12771842fb7acb28"
HUMHUB_LANGS = [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("es", "es")]
HH = "https://social.example.com"
HH_SITE = "Demo Social"
HH_VALUES = {
    "displayName": "Alice Chen", "appName": HH_SITE, "name": HH_SITE, "username": "bob", "space": "Demo Space",
    "spaceName": "Demo Space", "newemail": "alice.chen@example.com", "newUsername": "alice.chen",
    "AdminName": "bob", "loginUrl": HH + "/user/auth/login", "groupName": "Demo group", "roleName": "Moderator",
    "version": "1.18.0", "contentTitle": "Demo post", "contentInfo": "Demo post", "originator": "bob",
    "displayName2": "carol", "preview": "Meeting on Friday", "reason": "spam", "commentText": "Nice post.",
}
HH_FILL = sorted(set(HH_VALUES.values()) | {HH}, key=len, reverse=True)
HH_RESET = HH + "/user/password-recovery/reset?token=5f2c9a0e1b7d4c3a&guid=5f2c9a0e"
HH_EMAIL = HH + "/user/account/change-email-validate?token=5f2c9a0e1b7d4c3a"
HH_REGISTER = HH + "/user/registration?token=5f2c9a0e1b7d"
HH_RECOVERY = HH + "/user/password-recovery"
HH_APPROVAL = HH + "/admin/approval"


def hh_file(category):
    """The catalogue file of a Yii message category ('base', 'UserModule.auth', …), {lang} left open."""
    if "." not in category:
        return f"protected/humhub/messages/{{lang}}/{category}.php"
    module, name = category.split(".", 1)
    return f"protected/humhub/modules/{module[:-len('Module')].lower()}/messages/{{lang}}/{name}.php"


class HumHub:
    """Yii::t over one language's catalogues (None: the English msgids themselves)."""

    def __init__(self, git, code):
        self.git, self.code, self.files = git, code, {}

    def t(self, category, msgid, **params):
        if self.code is None:
            text = msgid
        else:
            path = hh_file(category).format(lang=self.code)
            if path not in self.files:
                self.files[path] = parse_php_array(git_show(self.git, HUMHUB_COMMIT, path))
            cat = self.files[path]
            if msgid not in cat:
                raise KeyError(f"{path}: {msgid!r}")  # a typo here, not a missing translation
            text = cat[msgid]
            if not text:
                raise Missing(msgid)
        for k, v in params.items():
            text = text.replace("{" + k + "}", v).replace("%" + k + "%", v)
        return text


def strip(s):
    return re.sub(r"<[^>]+>", "", s)


def hh_recover(t):
    return [t("UserModule.account", "Password Recovery"),
            strip(t("UserModule.auth", "<strong>Password</strong> recovery")),
            t("UserModule.auth", "Hello {displayName}", displayName="Alice Chen"),
            t("UserModule.auth", "Please use the following link within the next day to reset your password."),
            t("UserModule.auth", "If you don't use this link within 24 hours, it will expire."),
            t("UserModule.auth", "Reset Password") + ": " + HH_RESET]


def hh_change_email(t):
    text = t("UserModule.account", "You have requested to change your e-mail address.<br>Your new e-mail address is "
             "{newemail}.<br><br>To confirm your new e-mail address please click on the button below.",
             newemail=HH_VALUES["newemail"])
    return [t("UserModule.account", "E-Mail change"),
            strip(t("UserModule.account", "<strong>Confirm</strong></strong> your new email address")),
            t("UserModule.account", "Hello") + " Alice Chen,", text.replace("<br>", "\n"),
            t("UserModule.account", "Confirm") + ": " + HH_EMAIL]


def hh_change_username(t):
    text = t("UserModule.account", "You have successfully changed your username.<br>Your new username is {newUsername}.",
             newUsername=HH_VALUES["newUsername"])
    return [t("UserModule.account", "Username has been changed"),
            t("UserModule.account", "Your username has been changed"),
            t("UserModule.account", "Hello") + " Alice Chen,", text.replace("<br>", "\n")]


def hh_already_registered(t):
    welcome = t("UserModule.base", "Welcome to %appName%", appName=HH_SITE)
    return [welcome, welcome.upper(),
            t("UserModule.base", "You tried registering an account with %appName%, but already have an account "
              "associated with this email address.", appName=HH_SITE),
            t("UserModule.base", "Did you forget your password?"),
            t("UserModule.base", "If this wasn't you, you can disregard this message."),
            t("UserModule.base", "Password recovery") + ": " + HH_RECOVERY]


def hh_invite_self(t):
    welcome = t("UserModule.base", "Welcome to %appName%", appName=HH_SITE)
    return [welcome, welcome.upper(),
            t("UserModule.base", "Welcome to %appName%. Please click on the button below to proceed with your "
              "registration.", appName=HH_SITE),
            t("UserModule.base", "Sign up") + ": " + HH_REGISTER]


def hh_invite_space(t):
    return [t("UserModule.base", "You've been invited to join {space} on {appName}", space="Demo Space", appName=HH_SITE),
            t("UserModule.invite", '{username} invited you to join "{space}" on {name}.', username="bob",
              space="Demo Space", name=HH_SITE),
            t("UserModule.invite", "Click here to create an account:"), HH_REGISTER]


def hh_invite(t):
    return [t("UserModule.invite", "You've been invited to join %appName%", appName=HH_SITE),
            t("UserModule.invite", "{username} invited you to {name}.", username="bob", name=HH_SITE),
            t("UserModule.invite", "Click here to create an account:"), HH_REGISTER]


def hh_needs_approval(t):
    return [t("UserModule.auth", "New user needs approval"),
            t("UserModule.auth", "Hello {displayName},", displayName="bob"),
            t("UserModule.auth", "a new user {displayName} needs approval.", displayName="Alice Chen"),
            t("UserModule.auth", "Please click on the link below to view request:"), HH_APPROVAL]


def hh_account_message(t):
    return [t("AdminModule.user", "About the account request for '{displayName}'.", displayName="Alice Chen"),
            t("AdminModule.user", "Hello {displayName},\n\nYour account creation is under review.\nCould you tell us "
              "the motivation behind your registration?\n\nKind Regards\n{AdminName}\n\n",
              displayName="Alice Chen", AdminName="bob")]


def hh_account_approved(t):
    return [t("AdminModule.user", "Account Request for '{displayName}' has been approved.", displayName="Alice Chen"),
            t("AdminModule.user", "Hello {displayName},\n\nYour account has been activated.\n\nClick here to login:\n"
              "{loginUrl}\n\nKind Regards\n{AdminName}\n\n", displayName="Alice Chen", AdminName="bob",
              loginUrl=HH_VALUES["loginUrl"])]


def hh_account_declined(t):
    return [t("AdminModule.user", "Account Request for '{displayName}' has been declined.", displayName="Alice Chen"),
            t("AdminModule.user", "Hello {displayName},\n\nYour account request has been declined.\n\nKind Regards\n"
              "{AdminName}\n\n", displayName="Alice Chen", AdminName="bob")]


def hh_test(t):
    return [t("AdminModule.settings", "Test message"), t("AdminModule.settings", "Test message")]


HUMHUB_MAILS = [  # (name, origin, builder): every mail of the core sent with a plain-text view or TextOnly
    ("RecoverPassword", "protected/humhub/modules/user/services/PasswordRecoveryService.php", hh_recover),
    ("ChangeEmail", "protected/humhub/modules/user/models/forms/AccountChangeEmail.php", hh_change_email),
    ("ChangeUsername", "protected/humhub/modules/user/models/forms/AccountChangeUsername.php", hh_change_username),
    ("UserAlreadyRegistered", "protected/humhub/modules/user/models/Invite.php", hh_already_registered),
    ("UserInviteSelf", "protected/humhub/modules/user/models/Invite.php", hh_invite_self),
    ("UserInviteSpace", "protected/humhub/modules/user/models/Invite.php", hh_invite_space),
    ("UserInvite", "protected/humhub/modules/user/models/Invite.php", hh_invite),
    ("NewUserNeedsApproval", "protected/humhub/modules/user/models/Group.php", hh_needs_approval),
    ("AccountRequestMessage", "protected/humhub/modules/admin/models/forms/ApproveUserForm.php", hh_account_message),
    ("AccountRequestApproved", "protected/humhub/modules/admin/models/forms/ApproveUserForm.php", hh_account_approved),
    ("AccountRequestDeclined", "protected/humhub/modules/admin/models/forms/ApproveUserForm.php", hh_account_declined),
    ("MailingServerTest", "protected/humhub/modules/admin/controllers/SettingController.php", hh_test),
]

# Every message text of the core's notification classes (protected/humhub/modules/*/notifications/
# *.php, not the categories): (class file under modules/, category, msgid). "[Deleted]", which only
# fills {contentInfo}, is left out.
HUMHUB_NOTICES = [
    ("admin/notifications/ExcludeGroupNotification.php", "AdminModule.notification",
     "Notify from {appName}. You were removed from the group."),
    ("admin/notifications/ExcludeGroupNotification.php", "AdminModule.notification", "{displayName} removed you from group {groupName}"),
    ("admin/notifications/IncludeGroupNotification.php", "AdminModule.notification",
     "Notify from {appName}. You were added to the group."),
    ("admin/notifications/IncludeGroupNotification.php", "AdminModule.notification", "{displayName} added you to group {groupName}"),
    ("admin/notifications/NewVersionAvailable.php", "AdminModule.notification", "There is a new HumHub Version ({version}) available."),
    ("comment/notifications/CommentDeleted.php", "CommentModule.notifications",
     "Your comment '{commentText}' has been deleted by {displayName} for '{reason}'"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayName} just commented your {contentTitle} in space {space}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayName} just commented your {contentTitle}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayName} commented {contentTitle} in space {space}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayName} commented {contentTitle}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayNames} just commented your {contentTitle} in space {space}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayNames} just commented your {contentTitle}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayNames} commented {contentTitle} in space {space}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayNames} commented {contentTitle}"),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayNames} commented {contentTitle}."),
    ("comment/notifications/NewComment.php", "CommentModule.notification", "{displayName} commented {contentTitle}."),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{displayName} posted on your profile {contentTitle}."),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{displayName} created {contentTitle}."),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{originator} notifies you about {contentInfo} in {space}"),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{originator} just wrote {contentInfo} in space {space}"),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{originator} notifies you about {contentInfo}"),
    ("content/notifications/ContentCreated.php", "ContentModule.notifications", "{originator} just wrote {contentInfo}"),
    ("content/notifications/ContentDeleted.php", "ContentModule.notifications",
     "Your {contentTitle} has been deleted by {displayName} for '{reason}'"),
    ("friendship/notifications/Request.php", "FriendshipModule.notification", "{displayName} sent you a friend request."),
    ("friendship/notifications/RequestApproved.php", "FriendshipModule.notification", "{displayName} accepted your friend request."),
    ("friendship/notifications/RequestDeclined.php", "FriendshipModule.notification", "{displayName} declined your friend request."),
    ("like/notifications/NewLike.php", "LikeModule.notifications", "{displayNames} likes your {contentTitle}."),
    ("like/notifications/NewLike.php", "LikeModule.notifications", "{displayName} likes your {contentTitle}."),
    ("like/notifications/NewLike.php", "LikeModule.notifications", "{displayNames} likes {contentTitle}."),
    ("like/notifications/NewLike.php", "LikeModule.notifications", "{displayName} likes {contentTitle}."),
    ("space/notifications/ApprovalRequest.php", "SpaceModule.notification", "{displayName} requests membership for the space {spaceName}"),
    ("space/notifications/ApprovalRequestAccepted.php", "SpaceModule.notification",
     "{displayName} approved your membership for the space {spaceName}"),
    ("space/notifications/ApprovalRequestDeclined.php", "SpaceModule.notification",
     "{displayName} declined your membership request for the space {spaceName}"),
    ("space/notifications/ChangedRolesMembership.php", "SpaceModule.notification",
     "{displayName} changed your role to {roleName} in the space {spaceName}."),
    ("space/notifications/Invite.php", "SpaceModule.notification", "{displayName} invited you to the space {spaceName}"),
    ("space/notifications/InviteAccepted.php", "SpaceModule.notification", "{displayName} accepted your invite for the space {spaceName}"),
    ("space/notifications/InviteDeclined.php", "SpaceModule.notification", "{displayName} declined your invite for the space {spaceName}"),
    ("space/notifications/InviteRevoked.php", "SpaceModule.notification", "{displayName} revoked your invitation for the space {spaceName}"),
    ("space/notifications/SpaceCreated.php", "SpaceModule.notification", "{displayName} created the new Space {spaceName}"),
    ("space/notifications/UserAddedNotification.php", "SpaceModule.notification", "You were added to Space {spaceName}"),
    ("user/notifications/Followed.php", "UserModule.notification", "{displayName} is now following you."),
    ("user/notifications/Mentioned.php", "UserModule.notification", '{displayName} just mentioned you in {contentTitle} "{preview}"'),
    ("user/notifications/Mentioned.php", "UserModule.notification", "{displayName} mentioned you in {contentTitle}."),
]
HH_NOTICE_VALUES = dict(HH_VALUES, displayName="bob")  # in a notice, {displayName} is the originator


def humhub_items():
    git = os.environ["HUMHUB_GIT"]
    cats = {code: HumHub(git, code) for code, _ in HUMHUB_LANGS}
    seen = {}
    texts = []  # (name, unit, origin, build)
    for name, origin, build in HUMHUB_MAILS:
        texts.append((name, f"humhub/humhub:{name}", origin, build))
    counts = {}
    for path, category, msgid in HUMHUB_NOTICES:
        cls = path.rsplit("/", 1)[1][:-len(".php")]
        counts[cls] = counts.get(cls, 0) + 1
        name = f"{cls}{counts[cls]}"

        def build(t, category=category, msgid=msgid):
            values = {k: v for k, v in HH_NOTICE_VALUES.items() if "{" + k + "}" in msgid or "%" + k + "%" in msgid}
            if "{displayNames}" in msgid:  # BaseNotification::getGroupUserDisplayNames, two originators
                values["displayNames"] = t("NotificationModule.base", "{displayName} and {displayName2}",
                                           displayName="bob", displayName2="carol")
            return [t(category, msgid, **values)]
        texts.append((name, f"humhub/humhub:{cls}", "protected/humhub/modules/" + path, build))
    en_cat = HumHub(git, None)
    for name, unit, origin, build in texts:
        en = "\n".join(build(en_cat.t))
        for code, lang in HUMHUB_LANGS:
            try:
                lines = build(cats[code].t)
            except Missing:
                continue
            text = "\n".join(ln.strip() for ln in strip(re.sub(r"(?i)<br\s*/?>", "\n", "\n".join(lines))).splitlines()
                              if ln.strip())
            if untranslated_lines(mask(text, HH_FILL), mask(en, HH_FILL)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"hmhb-{code}-{name}", lang, text, "humhub_message",
                       f"github.com/humhub/humhub@{HUMHUB_COMMIT[:12]}:{origin} with messages/{code}/",
                       unit, "all_core_mails_and_notification_texts")


# --- EspoCRM ---------------------------------------------------------------------------------------
ESPOCRM_COMMIT = "2cde9d980f84cfc3caa1adf3275a0817e1e49bfa"
ESPOCRM_DIRS = ["application/Espo/Resources/templates", "application/Espo/Modules/Crm/Resources/templates"]
ESPOCRM_LANGS = [("zh_CN", "zh-Hans"), ("es_ES", "es"), ("es_MX", "es")]
ESPO = "https://crm.example.com"
ESPO_VALUES = {  # every variable the templates use; a false or empty one drops its {{#if}} branch
    "userName": "alice", "password": PASSWORD, "siteUrl": ESPO, "siteUrlList": [ESPO + "/portal/"],
    "link": ESPO + "/?entryPoint=changePassword&id=5f2c9a0e1b7d4c3a", "assignerUserName": "bob",
    "entityType": "Task", "entityTypeLowerFirst": "task", "name": "Demo task", "recordUrl": ESPO + "/#Task/view/5f2c9a0e1b7d",
    "isAllDay": False, "dateStart": "2026-11-27 10:00", "dateStartDate": "2026-11-27", "dateStartFull": "2026-11-27 10:00",
    "dateEnd": "2026-11-27 10:00", "timeZone": "UTC", "parentName": "Demo Account", "description": "Demo",
    "isUser": True, "acceptLink": ESPO + "/?entryPoint=eventConfirmation&action=accept&uid=5f2c9a0e1b7d",
    "declineLink": ESPO + "/?entryPoint=eventConfirmation&action=decline&uid=5f2c9a0e1b7d",
    "tentativeLink": ESPO + "/?entryPoint=eventConfirmation&action=tentative&uid=5f2c9a0e1b7d", "joinUrl": "",
    "post": "Hi, see you tomorrow.", "url": ESPO + "/#Note/view/5f2c9a0e1b7d", "fromName": "bob", "subject": "Meeting on Friday",
    "fieldTranslatedLowerCase": "status", "valueTranslated": "Completed", "code": CODE,
}
ESPO_TYPE_ENTITY = {"invitation": "Meeting", "cancellation": "Meeting", "reminder": "Meeting"}  # events only
ESPO_ENTITY = {"Task": {}, "Meeting": {"entityType": "Meeting", "entityTypeLowerFirst": "meeting", "name": "Demo meeting",
                           "recordUrl": ESPO + "/#Meeting/view/5f2c9a0e1b7d"}}
ESPO_FILL = [v for v in ESPO_VALUES.values() if isinstance(v, str) and v] + ["Demo meeting", "Meeting", "meeting", ESPO]
ESPO_NAMES = [v for v in ESPO_FILL if not v.startswith("http")]  # for english_line, which drops whole links itself


class Broken(Exception):
    """A `{{…}}` that is not a plain variable (a typo such as `{{from Name}}`): it would not render."""


def handlebars(src, values):
    """The Handlebars subset the templates use: {{#if}}…{{else}}…{{/if}} (nested), {{#each}} over a
    list with {{./this}}, and {{var}} / {{{var}}}."""
    tok = re.compile(r"\{\{\{?\s*([#/]?)([^{}]*?)\s*\}?\}\}")

    def render(pos, stop, ctx):
        out = []
        while True:
            m = tok.search(src, pos)
            if not m:
                if stop:
                    raise ValueError("unclosed block")
                out.append(src[pos:])
                return "".join(out), len(src), None
            out.append(src[pos:m.start()])
            kind, expr = m.group(1), m.group(2)
            pos = m.end()
            if kind == "/" or expr == "else":
                return "".join(out), pos, expr
            if kind == "#":
                helper, arg = expr.split(None, 1)
                if helper == "each":
                    start, body = pos, []
                    for v in ctx[arg]:
                        text, pos, end = render(start, True, dict(ctx, **{"./this": v}))
                        body.append(text)
                    out.append("".join(body))
                    continue
                if helper != "if":
                    raise Broken(expr)
                body, pos, end = render(pos, True, ctx)
                other = ""
                if end == "else":
                    other, pos, end = render(pos, True, ctx)
                out.append(body if ctx[arg] else other)
                continue
            if not re.fullmatch(r"\w+|\./this", expr):
                raise Broken(expr)
            v = ctx[expr]
            out.append(v if isinstance(v, str) else str(v))

    return render(0, False, values)[0]


def espocrm_items():
    git = os.environ["ESPOCRM_GIT"]
    files = [f for d in ESPOCRM_DIRS for f in git_files_under(git, ESPOCRM_COMMIT, d)]
    by_lang = {}
    for f in files:
        d, rest = f.split("/templates/", 1)
        parts = rest.split("/")  # type / lang / [Entity /] part.tpl
        by_lang.setdefault(parts[0], {}).setdefault(parts[1], {})["/".join(parts[2:])] = f  # the module adds to core
    seen = {}
    for ttype, langs in sorted(by_lang.items()):
        en = langs["en_US"]
        for body in sorted(p for p in en if p.endswith("body.tpl")):
            entity = body[:-len("/body.tpl")] if "/" in body else None
            name = ttype + (f".{entity}" if entity else "")
            values = dict(ESPO_VALUES, **ESPO_ENTITY[entity or ESPO_TYPE_ENTITY.get(ttype, "Task")])
            used = []

            def render(code):
                tpl = langs[code]
                parts = []
                used.clear()
                for part in ("subject.tpl", body):  # the subject of the type, the entity's own body
                    path = tpl.get(f"{entity}/{part}" if entity and part == "subject.tpl" and f"{entity}/{part}" in tpl
                                   else part)
                    if path is None:
                        raise Missing(part)
                    used.append(path)
                    parts.append(handlebars(git_show(git, ESPOCRM_COMMIT, path), values))
                return parts[0].strip() + "\n" + html_to_text(parts[1])
            en_text = render("en_US")
            for code, lang in ESPOCRM_LANGS:
                if code not in langs:
                    continue
                try:
                    text = render(code)
                except (Missing, Broken):
                    continue
                text = text.replace("&middot;", "·")
                text = "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
                subject, body_text = text.split("\n", 1)
                if lang.startswith("zh") and (english_line(mask(text, ESPO_NAMES))
                                              or not CJK.search(subject) and not CJK.search(body_text)
                                              or not CJK.search(mask(body_text, ESPO_NAMES))):
                    continue  # a zh_CN template left in English (the reminders, the invitation)
                if untranslated_lines(mask(text, ESPO_NAMES), mask(en_text, ESPO_NAMES)) or \
                        not is_new(seen.setdefault(lang, set()), text):
                    continue
                yield item(f"espo-{code}-{name}", lang, text, "espocrm_email",
                           f"github.com/espocrm/espocrm@{ESPOCRM_COMMIT[:12]}:" + ", ".join(used),
                           f"espocrm/espocrm:{name}", "all_email_templates")


def git_files_under(git, commit, folder):
    return [f for f in git_files(git, commit) if f.startswith(folder + "/")]


# --- Mbin -----------------------------------------------------------------------------------------
MBIN_COMMIT = "1439efd749e7af9d157c6bda4fa2cac4cb79e6bb"
MBIN_LANGS = [("zh_Hans", "zh-Hans"), ("zh_TW", "zh-Hant"), ("es", "es")]
MB = "https://mbin.example.com"
MB_SITE = "mbin.example.com"
MB_CONFIRM = MB + "/verify/email?expires=1795780800&id=42&signature=5f2c9a0e1b7d4c3a&token=Ab3dE5"
MB_RESET = MB + "/reset-password/reset/5f2c9a0e1b7d4c3a"


def mb_approved(t, verified):
    lines = [t("email_application_approved_title"),
             html_to_text(t("email_application_approved_body", link=MB + "/login", siteName=MB_SITE))]
    return lines + ([] if verified else [t("email_verification_pending")])


def mb_confirm(t, approved):
    return ([t("email_confirm_title"), t("email_confirm_header"), t("email_confirm_content"),
             t("email_verify") + " " + MB_CONFIRM] + ([] if approved else [t("email_application_pending")])
            + [t("email_confirm_expire"), "Cheers!"])


def mb_reset(t):
    return [t("reset_password"), t("password_confirm_header"), t("email_confirm_expire"),
            t("email_confirm_button_text") + " " + MB_RESET, "Cheers!", t("email_confirm_link_help") + ": " + MB_RESET]


# Every mail src/ sends with a templates/_email/ view (contact.html.twig, a frame around a visitor's
# message, included and labelled; delete_account_request.html.twig is used nowhere): (name, code, builder).
# The subject is the one the code sets; the view's body block follows; the base layout's footer
# (copyright, "Powered by Mbin", report link) is left out like the other products' frames.
MBIN_MAILS = [
    ("application_approved", "src/MessageHandler/SendApplicationAnswerMailHandler.php", lambda t: mb_approved(t, True)),
    ("application_approved.unverified", "src/MessageHandler/SendApplicationAnswerMailHandler.php",
     lambda t: mb_approved(t, False)),
    ("application_rejected", "src/MessageHandler/SendApplicationAnswerMailHandler.php",
     lambda t: [t("email_application_rejected_title"), t("email_application_rejected_body")]),
    ("confirmation_email", "src/MessageHandler/SentUserConfirmationEmailHandler.php", lambda t: mb_confirm(t, True)),
    ("confirmation_email.pending", "src/MessageHandler/SentUserConfirmationEmailHandler.php", lambda t: mb_confirm(t, False)),
    ("reset_pass_confirm", "src/Controller/Security/ResetPasswordController.php", mb_reset),
    ("contact", "src/Service/ContactManager.php",
     lambda t: [t("contact") + " - " + MB_SITE, t("contact"), "Name: Alice Chen", "Email: " + EMAIL,
                "Message: Hi, see you tomorrow."]),
]
MB_FILL = [MB_CONFIRM, MB_RESET, MB + "/login", MB_SITE, "Alice Chen", EMAIL, "Hi, see you tomorrow."]


def mbin_catalogue(git, code):
    import yaml
    return yaml.safe_load(git_show(git, MBIN_COMMIT, f"translations/messages.{code}.yaml"))


def mbin_items():
    git = os.environ["MBIN_GIT"]
    en = mbin_catalogue(git, "en")
    seen = {}
    for code, lang in MBIN_LANGS:
        cat = mbin_catalogue(git, code)

        def t(key, **params):
            if not cat.get(key):
                raise Missing(key)
            text = cat[key]
            for k, v in params.items():
                text = text.replace(f"%{k}%", v)
            return text

        def t_en(key, **params):
            text = en[key]
            for k, v in params.items():
                text = text.replace(f"%{k}%", v)
            return text
        for name, origin, build in MBIN_MAILS:
            en_text = "\n".join(build(t_en))
            try:
                text = "\n".join(ln.strip() for ln in "\n".join(build(t)).splitlines() if ln.strip())
            except Missing:
                continue
            if untranslated_lines(mask(text, MB_FILL), mask(en_text, MB_FILL)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"mbin-{code}-{name}", lang, text, "mbin_email",
                       f"github.com/MbinOrg/mbin@{MBIN_COMMIT[:12]}:{origin}, templates/_email/{name.split('.')[0]}.html.twig "
                       f"with translations/messages.{code}.yaml", f"MbinOrg/mbin:{name.split('.')[0]}", "all_email_templates")


# --- ownCloud ---------------------------------------------------------------------------------------
OWNCLOUD_COMMIT = "0db82f53899a7486125cb6832ecfee44d61e8ee6"
# core/l10n/zh-Hans.json (a second simplified catalogue that mixes in traditional strings) is not taken.
OWNCLOUD_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("es", "es")]
OC = "https://cloud.example.com"
OC_SITE = "Demo Cloud"
OC_FILE = "Demo.txt"
OC_LINK = OC + "/index.php/s/5f2c9a0e1b7d"
OC_INTERNAL = OC + "/index.php/f/42"
OC_RESET = OC + "/index.php/lostpassword/reset/form/5f2c9a0e1b7d4c3a/alice"
OC_SETPW = OC + "/index.php/settings/users/setpassword/form/5f2c9a0e1b7d4c3a/alice"
OC_CHANGEMAIL = OC + "/index.php/settings/users/alice/mailAddress/5f2c9a0e1b7d4c3a"
OC_EXPIRES = "2026-11-27"
OC_FILL = [PASSWORD, OC + "/index.php/apps/guests/register/alice%40example.com/5f2c9a0e1b7d4c3a", EMAIL, "Demo group", OC_SITE, OC_FILE, OC_LINK, OC_INTERNAL, OC_RESET, OC_SETPW, OC_CHANGEMAIL, OC_EXPIRES, "alice.chen@example.com",
           "alice", "bob", "carol", "Meeting on Friday", "bob@cloud.example.org", "10.16.0"]
OC_HEY_SHARE = "Hey there,\n\njust letting you know that %s shared %s with you.\nView it: %s\n\n"


def oc_share(c, link, expiration=False, note=False):
    """MailNotifications: subject (lib), then the plain-text body of (internal)altmail.php (core)."""
    lines = [c["lib"].t("%s shared »%s« with you", "bob", OC_FILE),
             c["core"].t(OC_HEY_SHARE, "bob", OC_FILE, link)]
    if expiration:
        lines.append(c["core"].t("The share will expire on %s.", OC_EXPIRES))
    if note:
        lines.append(c["core"].t("Personal note from the sender: \n %s.", "Meeting on Friday"))
    return lines + [c["core"].t("Cheers!")]


def oc_share_notice(c, app, behalf):
    t = c[app].t
    who = "bob@cloud.example.org" if app == "federatedfilesharing" else "bob"
    if behalf:
        return [t('"%1$s" shared "%3$s" with you (on behalf of "%2$s")', who, "carol", OC_FILE),
                t('"%1$s" invited you to view "%3$s" (on behalf of "%2$s")', who, "carol", OC_FILE)]
    return [t('"%1$s" shared "%3$s" with you', who, who, OC_FILE), t('"%1$s" invited you to view "%3$s"', who, who, OC_FILE)]


# Every mail the server and its bundled apps build from their catalogues (the plain-text part; the
# theme footer "Name - slogan / address" left out like the other products' frames), each code
# branch a text, and every notification a bundled app's Notifier::prepare parses (subject, then
# message): (name, code, builder over {app: Catalogue}).
OWNCLOUD_MAILS = [
    ("lostpassword", "core/Controller/LostController.php, core/templates/lostpassword/altemail.php",
     lambda c: [c["core"].t("%s password reset", OC_SITE),
                c["core"].t("Use the following link to reset your password: {link}").replace("{link}", OC_RESET),
                c["core"].t("Cheers!")]),
    ("password_changed", "core/Controller/LostController.php, core/templates/lostpassword/altnotify.php",
     lambda c: [c["core"].t("%s password changed successfully", OC_SITE), c["core"].t("Password changed successfully")]),
    ("password_changed.settings", "settings/ChangePassword/Controller.php, core/templates/lostpassword/altnotify.php",
     lambda c: [c["settings"].t("%s password changed successfully", OC_SITE), c["core"].t("Password changed successfully")]),
    ("internal_share", "lib/private/Share/MailNotifications.php, core/templates/internalaltmail.php",
     lambda c: oc_share(c, OC_INTERNAL)),
    ("internal_share.expiration", "lib/private/Share/MailNotifications.php, core/templates/internalaltmail.php",
     lambda c: oc_share(c, OC_INTERNAL, expiration=True)),
    ("link_share", "lib/private/Share/MailNotifications.php, core/templates/altmail.php", lambda c: oc_share(c, OC_LINK)),
    ("link_share.expiration", "lib/private/Share/MailNotifications.php, core/templates/altmail.php",
     lambda c: oc_share(c, OC_LINK, expiration=True)),
    ("link_share.note", "lib/private/Share/MailNotifications.php, core/templates/altmail.php",
     lambda c: oc_share(c, OC_LINK, note=True)),
    ("new_user", "settings/Controller/UsersController.php, settings/templates/email.new_user_plain_text.php",
     lambda c: [c["settings"].t("Your %s account was created", OC_SITE),
                c["settings"].t("Hey there,\n\njust letting you know that you now have an %s account.\n\nYour username: "
                                "%s\nAccess it: %s\n\n", OC_SITE, "alice", OC_SETPW),
                c["settings"].t("Cheers!")]),
    ("changemail", "settings/Controller/UsersController.php, settings/templates/changemail/email.php",
     lambda c: [c["settings"].t("%s email address confirm", OC_SITE),
                c["settings"].t("Use the following link to confirm your changes to the email address: {link}")
                .replace("{link}", OC_CHANGEMAIL)]),
    ("changemail.notify", "settings/Controller/UsersController.php, settings/templates/changemail/notify.php",
     lambda c: [c["settings"].t("%s email address changed successfully", OC_SITE),
                c["settings"].t("Email address changed to {mailAddress} successfully.")
                .replace("{mailAddress}", "alice.chen@example.com")]),
    ("test_email", "settings/Controller/MailSettingsController.php",  # its body is an English literal
     lambda c: [c["settings"].t("test email settings"), "If you received this email, the settings seem to be correct."]),
    ("local_share", "apps/files_sharing/lib/Notifier.php", lambda c: oc_share_notice(c, "files_sharing", False)),
    ("local_share.behalf", "apps/files_sharing/lib/Notifier.php", lambda c: oc_share_notice(c, "files_sharing", True)),
    ("remote_share", "apps/federatedfilesharing/lib/Notifier.php",
     lambda c: oc_share_notice(c, "federatedfilesharing", False)),
    ("remote_share.behalf", "apps/federatedfilesharing/lib/Notifier.php",
     lambda c: oc_share_notice(c, "federatedfilesharing", True)),
    ("update_available", "apps/updatenotification/lib/Notification/Notifier.php",
     lambda c: [c["updatenotification"].t("Update for %1$s to version %2$s is available.",
                                          c["updatenotification"].t("ownCloud core"), "10.16.0")]),
]
OC_GUEST_REGISTER = OC + "/index.php/apps/guests/register/alice%40example.com/5f2c9a0e1b7d4c3a"
OC_GUEST_INVITE = ("Hey there,\n\njust letting you know that %s shared %s with you.\n\nActivate your guest account at %s by "
                   "setting a password: %s\n\nThen view it: %s\n\nYou can login using the email address \"%s\".\n\n")


def oc_guest(c, share, expiration=False):
    """The guests app's Mail: the share mail, or the plain invitation (createMailBody with no file and
    no link: the same template, its two values empty)."""
    t = c["guests"].t
    subject = t("%s shared »%s« with you", "bob", OC_FILE) if share else t("%s invited you", "bob")
    lines = [subject, t(OC_GUEST_INVITE, "bob", OC_FILE if share else "", OC_SITE, OC_GUEST_REGISTER,
                        OC_INTERNAL if share else "", EMAIL)]
    if expiration:
        lines.append(t("The share will expire on %s.", OC_EXPIRES))
    return lines + [t("Cheers!")]


OWNCLOUD_MAILS += [
    ("guest_share", "apps guests: lib/Mail.php, templates/mail/altinvite.php", lambda c: oc_guest(c, True)),
    ("guest_share.expiration", "apps guests: lib/Mail.php, templates/mail/altinvite.php",
     lambda c: oc_guest(c, True, expiration=True)),
    ("guest_invite", "apps guests: lib/Mail.php, templates/mail/altinvite.php", lambda c: oc_guest(c, False)),
    ("password_about_to_expire", "apps password_policy: lib/Notifier.php",
     lambda c: [c["password_policy"].t("Password expiration notice"),
                c["password_policy"].t("You have %1$s days to change your password", 7)]),
    ("password_about_to_expire.expired", "apps password_policy: lib/Notifier.php",
     lambda c: [c["password_policy"].t("Password expiration notice"),
                c["password_policy"].t("Your password expired %1$s days ago", 2)]),
    ("password_expired", "apps password_policy: lib/Notifier.php",
     lambda c: [c["password_policy"].t("Your password has expired"),
                c["password_policy"].t("Please change your password to gain back access to your account")]),
    ("customgroup_added", "apps customgroups: lib/Notifier.php",
     lambda c: [c["customgroups"].t('Added to group "%2$s".', "bob", "Demo group"),
                c["customgroups"].t('You have been added to the group "%2$s" by "%1$s".', "bob", "Demo group")]),
    ("customgroup_removed", "apps customgroups: lib/Notifier.php",
     lambda c: [c["customgroups"].t('Removed from group "%2$s".', "bob", "Demo group"),
                c["customgroups"].t('You have been removed from the group "%2$s" by "%1$s".', "bob", "Demo group")]),
    ("customgroup_role", "apps customgroups: lib/Notifier.php",
     lambda c: [c["customgroups"].t('Role change in group "%1$s".', "Demo group"),
                c["customgroups"].t('"%1$s" assigned the "%3$s" role for the group "%2$s" to you.', "bob", "Demo group",
                                    c["customgroups"].t("Group owner"))]),
]
OWNCLOUD_MAILS += [
    ("encryption_password", "apps encryption: lib/Crypto/EncryptAll.php, templates/altmail.php",
     lambda c: [c["encryption"].t("one-time password for server-side-encryption"),
                c["encryption"].t("Hey there,\n\nthe admin enabled server-side-encryption. Your files were encrypted using "
                                  "the password '%s'.\n\nPlease login to the web interface, go to the section 'ownCloud "
                                  "basic encryption module' of your personal settings and update your encryption password "
                                  "by entering this password into the 'old log-in password' field and your current "
                                  "login-password.\n\n", PASSWORD),
                c["encryption"].t("Cheers!")]),
]
OC_APPS = {"core": "core", "settings": "settings", "lib": "lib", "files_sharing": "apps/files_sharing",
           "federatedfilesharing": "apps/federatedfilesharing", "updatenotification": "apps/updatenotification"}
OWNCLOUD_APP_REPOS = {  # separately distributed apps: github.com/owncloud/<app> at a pinned commit
    "guests": "d6af117debf0880ce167ed8253d3f2c148c8a8d8",  # GPL-2.0 (LICENSE)
    "password_policy": "d6d0fb96c354d2dd94b886886b7f302d338302c8",  # GPL-2.0 (LICENSE)
    "customgroups": "8a4e90bca04b2289c041953374bb6467e4d3b1d0",  # AGPL-3.0 (COPYING)
    "encryption": "3331c06e9fc132ae33ae1dde6171f9c4a9235aa8",  # AGPL-3.0 (LICENSE)
}


def owncloud_items():
    import json
    from build_templates11 import Catalogue, Missing as NcMissing
    git = os.environ["OWNCLOUD_GIT"]
    en = {app: Catalogue(None) for app in list(OC_APPS) + list(OWNCLOUD_APP_REPOS)}
    seen = {}
    for code, lang in OWNCLOUD_LANGS:
        cats = {app: Catalogue(json.loads(git_show(git, OWNCLOUD_COMMIT, f"{d}/l10n/{code}.json"))["translations"])
                for app, d in OC_APPS.items()}
        for app, commit in OWNCLOUD_APP_REPOS.items():
            app_git = os.path.join(os.environ["OWNCLOUD_APPS_MIRROR"], f"owncloud+{app}", "repo")
            cats[app] = Catalogue(json.loads(git_show(app_git, commit, f"l10n/{code}.json"))["translations"])
        for name, origin, build in OWNCLOUD_MAILS:
            en_text = "\n".join(build(en))
            try:
                text = "\n".join(ln.strip() for ln in "\n".join(build(cats)).splitlines() if ln.strip())
            except NcMissing:
                continue
            if untranslated_lines(mask(text, OC_FILL), mask(en_text, OC_FILL)) or not is_new(seen.setdefault(lang, set()), text):
                continue
            unit = name.split(".")[0] if name.startswith(("internal_share", "link_share", "guest_share",
                                                           "password_about_to_expire")) else name
            repo = "core"
            if origin.startswith("apps "):
                repo, path = origin[len("apps "):].split(": ", 1)
                where = f"github.com/owncloud/{repo}@{OWNCLOUD_APP_REPOS[repo][:12]}:{path}"
            else:
                where = f"github.com/owncloud/core@{OWNCLOUD_COMMIT[:12]}:{origin}"
            yield item(f"ownc-{code}-{name}", lang, text, "owncloud_message", f"{where} with l10n/{code}.json",
                       f"owncloud/{repo}:{unit}", "all_core_mails_and_notifications")


# --- Pydio Cells -----------------------------------------------------------------------------------
# Over the fetch limit: broker/mailer/lang/box/{zh-cn,zh-tw,en-us}.all.json were read through the file
# index and the Mail.* entries the mails use copied verbatim into raw/pydio/ (each file's stored version
# in its "_source" entry). The mails are built as broker/mailer/templates/template.go
# (BuildTemplateWithId, stored version 2ed6070924fa) does: subject, then the Hermes body: greeting and
# name, intros (one line per line), the action's instructions and button (label and link), outros,
# signature; the product footer (name, link, copyright, trouble text) is left out like other frames.
PYDIO_LANGS = [("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]  # es-es and zh-TW in the index: English copies
PY = "https://cells.example.com"
PY_DATA = {"Inviter": "bob", "Login": "alice", "Password": PASSWORD, "Cell": "Demo cell", "Message": "Meeting on Friday",
           "Expire": "2026-11-27", "MaxDownloads": "", "FileName": "Demo.txt", "FolderName": "Demo folder", "From": "bob"}
PYDIO_MAILS = [  # (template id, branch name, data overrides, button link); Digest (a list of other notices) left out
    ("ResetPassword", "", {}, PY + "/user/reset-password/5f2c9a0e1b7d4c3a"),
    ("ResetPasswordDone", "", {}, PY),
    ("DM", "", {}, PY),
    ("Welcome", "", {}, PY),
    ("Welcome", ".password", {"Password": PASSWORD}, PY),
    ("Invite", "", {}, PY),
    ("Invite", ".password", {"Password": PASSWORD}, PY),
    ("Cell", "", {}, PY + "/ws-demo-cell/"),
    ("PublicFile", "", {}, PY + "/public/5f2c9a0e1b7d"),
    ("PublicFolder", "", {}, PY + "/public/5f2c9a0e1b7d"),
    ("AdminTestMail", "", {"Message": "Demo"}, PY),
]
PY_FILL = [PASSWORD, "Meeting on Friday", "Demo folder", "Demo cell", "Demo Cells", "Demo.txt", "2026-11-27", "alice", "bob", "Demo"]


def go_i18n(s, data):
    """The go-i18n template subset of the catalogue: {{if .TplData.X}}…{{end}}, {{.TplData.X}}, {{.Configs.Title}}."""
    def cond(m):
        return m.group(2) if data.get(m.group(1)) else ""
    s = re.sub(r"\{\{if \.TplData\.(\w+)\}\}(.*?)\{\{end\}\}", cond, s, flags=re.S)

    def var(m):
        expr = m.group(1)
        if expr == ".Configs.Title":
            return "Demo Cells"
        if re.fullmatch(r"\.TplData\.\w+", expr):
            return data[expr.split(".")[2]]
        raise Broken(expr)  # zh-tw AdminTestMail: {{.Tpl数据.信息}}, no such field
    return re.sub(r"\{\{\s*([^{}]+?)\s*\}\}", var, s)


def pydio_mail(cat, tid, data, link):
    def t(key):
        v = cat.get(f"Mail.{tid}.{key}") or cat.get(key)
        return None if v is None else go_i18n(v["other"], data)
    subject, intros, outros = t("Subject"), t("Intros"), t("Outros")
    if subject is None:
        raise Missing(tid)
    lines = [subject, t("Mail.Main.Greeting") + " Alice Chen,"]
    lines += [ln for ln in (intros or "").split("\n") if ln.strip()]
    label = t("LinkLabel")
    if label is not None:
        if t("LinkInstructions"):
            lines.append(t("LinkInstructions"))
        lines.append(f"{label} {link}")
    lines += [ln for ln in (outros or "").split("\n") if ln.strip()]
    return lines + [t("Mail.Main.Signature") + ","]


def pydio_items():
    import json
    raw = os.path.join(HERE, "raw", "pydio")
    en = json.load(open(os.path.join(raw, "en-us.all.json"), encoding="utf-8"))
    seen = {}
    for code, lang in PYDIO_LANGS:
        cat = json.load(open(os.path.join(raw, f"{code}.all.json"), encoding="utf-8"))
        for tid, branch, over, link in PYDIO_MAILS:
            data = dict(PY_DATA, **over)
            if not branch:
                data["Password"] = ""
            try:
                text = "\n".join(ln.strip() for ln in pydio_mail(cat, tid, data, link) if ln.strip())
            except (Missing, Broken):
                continue
            try:
                en_text = "\n".join(pydio_mail(en, tid, data, link))
            except Missing:  # Mail.DM is not in the English version read
                en_text = ""
            if untranslated_lines(mask(text, PY_FILL), mask(en_text, PY_FILL)) or english_line(mask(text, PY_FILL)) \
                    or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"pydc-{code}-{tid}{branch}", lang, text, "pydio_email",
                       f"github.com/pydio/cells broker/mailer/lang/box/{code}.all.json (stored version, raw/pydio/) "
                       f"with broker/mailer/templates/template.go", f"pydio/cells:{tid}", "all_mailer_templates")


# --- Jpom -----------------------------------------------------------------------------------------
JPOM_COMMIT = "723b1ccca071772f7d7ad3481740624da6bc91df"
JPOM_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant")]  # en_US: the reference only
JPOM_I18N = "modules/common/src/main/resources/i18n/messages_{}.properties"
JP_NODE = "Demo node"
JP_PROJECT = "Demo project/demo-project"  # MonitorItem: "{name}/{id}"


def java_properties(src):
    """key -> value of a .properties file (one line per entry, as Jpom's are; \\uXXXX and \\x escapes)."""
    out = {}
    for line in src.splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "!")) or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
        out[key.strip()] = re.sub(r"\\(.)", r"\1", value)
    return out


def hutool_format(s, *args):
    """Hutool StrUtil.format: each {} takes the next argument."""
    it = iter(args)
    return re.sub(r"\{\}", lambda m: str(next(it)), s)


def jp_alert(t, title_key, context):
    """MonitorItem.checkNotify: the title, then alert_content_and_status (context, the agent's status message)."""
    return [hutool_format(t(title_key), JP_NODE, JP_PROJECT, ""),
            hutool_format(t("i18n.alert_content_and_status.6ed1"), context, "Demo")]


def jp_user_alarm(t):
    """DbUserOperateLogService.checkMonitor for an edit in node management: buildContent's key：value lines."""
    opt_type = " 【{}】->【{}】".format(t("i18n.node_management.b26d"), t("i18n.modify_or_add_data.e1f0"))
    rows = [("i18n.operation_user.4c89", "alice"), ("i18n.operation_status_code.8231", "200"),
            ("i18n.operation_type.de9c", opt_type), ("i18n.associated_workspace.885b", "Demo workspace"),
            ("i18n.operation_ip.cbd4", "203.0.113.7"), ("i18n.operation_time.7e95", "2026-11-27 10:00:00"),
            ("i18n.data_id_label.81b6", "demo-node"), ("i18n.data_name_label.5a14", JP_NODE),
            ("i18n.node_id.c90a", "demo-node")]
    return [t("i18n.user_operation_alarm.15b9")] + [t(k) + "：" + v for k, v in rows]


# Every message Jpom's server sends through EmailUtil / NotifyUtil (mail, DingTalk, WeCom, webhook:
# the same title and text): (name, code, builder over the catalogue lookup).
JPOM_MESSAGES = [
    ("verification_code", "modules/server/src/main/java/org/dromara/jpom/controller/user/UserBasicInfoController.java",
     lambda t: [t("i18n.jpom_verification_code.5b5b"), hutool_format(t("i18n.verification_code_is.5af5"), CODE)]),
    ("monitor.resumed", "modules/server/src/main/java/org/dromara/jpom/monitor/MonitorItem.java",
     lambda t: jp_alert(t, "i18n.node_service_resumed_normal_operation.2cbd", "")),
    ("monitor.restart_succeeded", "modules/server/src/main/java/org/dromara/jpom/monitor/MonitorItem.java",
     lambda t: jp_alert(t, "i18n.node_service_stopped_successful_restart.603b", t("i18n.restart_result.253f") + "Demo")),
    ("monitor.restart_failed", "modules/server/src/main/java/org/dromara/jpom/monitor/MonitorItem.java",
     lambda t: jp_alert(t, "i18n.node_service_stopped_failed_restart.4307", t("i18n.restart_result.253f") + "Demo")),
    ("monitor.restart_error", "modules/server/src/main/java/org/dromara/jpom/monitor/MonitorItem.java",
     lambda t: jp_alert(t, "i18n.node_service_stopped_abnormal_restart.a5c0", "Demo")),
    ("monitor.not_running", "modules/server/src/main/java/org/dromara/jpom/monitor/MonitorItem.java",
     lambda t: jp_alert(t, "i18n.node_service_not_running.ad89", t("i18n.please_check_in_time.3b4f"))),
    ("user_operation_alarm", "modules/server/src/main/java/org/dromara/jpom/service/dblog/DbUserOperateLogService.java",
     jp_user_alarm),
]
JP_FILL = [CODE, JP_NODE, JP_PROJECT, "Demo workspace", "demo-node", "alice", "203.0.113.7", "2026-11-27 10:00:00", "Demo"]


def jpom_items():
    git = os.environ["JPOM_GIT"]
    en = java_properties(git_show(git, JPOM_COMMIT, JPOM_I18N.format("en_US")))
    seen = {}
    for code, lang in JPOM_LANGS:
        cat = java_properties(git_show(git, JPOM_COMMIT, JPOM_I18N.format(code)))

        def t(key, cat=cat):
            if not cat.get(key, "").strip():
                raise Missing(key)
            return cat[key]
        for name, origin, build in JPOM_MESSAGES:
            try:
                text = "\n".join(ln.strip() for ln in build(t) if ln.strip())
            except Missing:
                continue
            en_text = "\n".join(build(lambda key: en[key]))
            if untranslated_lines(mask(text, JP_FILL), mask(en_text, JP_FILL)) or english_line(mask(text, JP_FILL)) \
                    or not is_new(seen.setdefault(lang, set()), text):
                continue
            yield item(f"jpom-{code}-{name}", lang, text, "jpom_notice",
                       f"github.com/dromara/Jpom@{JPOM_COMMIT[:12]}:{origin} with {JPOM_I18N.format(code)}",
                       f"dromara/Jpom:{name}", "all_server_notices")


def items():
    yield from humhub_items()
    yield from espocrm_items()
    yield from mbin_items()
    yield from owncloud_items()
    yield from pydio_items()
    yield from jpom_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
