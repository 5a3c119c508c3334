#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twelfth batch of tests/data/real/: Matomo's web-UI strings
(matomo-org/matomo, GPL-3.0) about passwords, log-in, two-factor authentication, recovery codes,
auth tokens and accounts, in English, Spanish, zh-Hans and zh-Hant. Matomo's e-mails are already
in the corpus (`matomo_email`, build_templates17.py); this batch takes only the UI catalogues.

Usage:
    python3 scripts/real_corpus/build_templates308.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates308.py assemble     # write the jsonl files

Source: github.com/matomo-org/matomo at MATOMO_COMMIT (5.x-dev of 2024-10-24, the stored head;
the same commit as the e-mail batch), licence GPL-3.0 (LICENSE, LEGALNOTICE: "GNU General
Public License v3 or later"). The catalogues lang/{en,es,zh-cn,zh-tw}.json (the core: General,
Mobile, RowEvolution) and plugins/{CoreAdminHome,Login,TwoFactorAuth,UsersManager}/lang/
{en,es,zh-cn,zh-tw}.json are copied verbatim to scripts/real_corpus/raw/matomo_ui/ as
<catalogue>-<code>.json (see SOURCE.md there).

Selection (mechanical, fixed before any text was read): a key is `<Group>_<Name>` (the JSON's
two levels joined as Matomo's translate() names them). Every key of the English catalogues
whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE (app_strings.SELECT_RE: seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor; plus token, auth, two factor, account). Over every
core and plugin catalogue that rule gives 183 English keys and about 650 texts in the four
languages, so it was narrowed, by counts of selected keys only, to the five catalogues with more
than 12 selected English keys (UsersManager 37, TwoFactorAuth 31, Login 31, core 21,
CoreAdminHome 15; the next, MobileMessaging and Marketplace, have 12 each). The 57 keys the
e-mail batch renders (MATOMO_MAILS of build_templates17.py) are left out (EMAIL_KEYS), so no
mail string is taken again. The key's text is taken in every language file that holds it; a
translation equal to the English is skipped; near-duplicates (digits and white space aside)
collapse within a language (the first key in catalogue order keeps the text: core, then the
plugins in alphabetical order). Texts are kept as the catalogue writes them: placeholders
(%s, %1$s) and inline HTML tags/entities as written. Cut at 500 characters.

Split: the unit is the message key (`matomo-org/matomo:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates308.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates308.tsv")
RAW = os.path.join(HERE, "raw", "matomo_ui")
MATOMO_COMMIT = "f09912cb702a76d06ab1a129a8e0a4e2a61818a8"
LANGS = [("en", "en"), ("es", "es"), ("zh-cn", "zh-Hans"), ("zh-tw", "zh-Hant")]
# catalogue name here -> its path in the repository (with the language code for {})
CATALOGUES = [
    ("core", "lang/{}.json"),
    ("CoreAdminHome", "plugins/CoreAdminHome/lang/{}.json"),
    ("Login", "plugins/Login/lang/{}.json"),
    ("TwoFactorAuth", "plugins/TwoFactorAuth/lang/{}.json"),
    ("UsersManager", "plugins/UsersManager/lang/{}.json"),
]
SELECT_RE = re.compile(BASE_RE.pattern + r"|token|auth|two factor|account", re.I)
# The keys the e-mail batch (matomo_email, MATOMO_MAILS of build_templates17.py) renders.
EMAIL_KEYS = set("""
CoreAdminHome_AcceptInvite CoreAdminHome_DeclineInvite CoreAdminHome_JsTrackingCodeMissingEmail1
CoreAdminHome_JsTrackingCodeMissingEmail2 CoreAdminHome_JsTrackingCodeMissingEmail3
CoreAdminHome_MissingTrackingCodeEmailSubject
CoreAdminHome_SecurityNotificationAnonymousAccessEnabledBody
CoreAdminHome_SecurityNotificationEmailSubject
CoreAdminHome_SecurityNotificationRecoveryCodesRegeneratedBody
CoreAdminHome_SecurityNotificationRecoveryCodesShowedBody
CoreAdminHome_SecurityNotificationSettingsChangedByUserBody
CoreAdminHome_SecurityNotificationTokenAuthCreatedBody
CoreAdminHome_SecurityNotificationTokenAuthDeletedBody
CoreAdminHome_SecurityNotificationTwoFactorAuthDisabledBody
CoreAdminHome_SecurityNotificationTwoFactorAuthEnabledBody
CoreAdminHome_SecurityNotificationUserAcceptInviteBody
CoreAdminHome_SecurityNotificationUserCreatedBody
CoreAdminHome_SecurityNotificationUserDeclinedInviteBody
CoreAdminHome_SecurityNotificationUserDeletedBody CoreAdminHome_TrackingFailuresEmail1
CoreAdminHome_TrackingFailuresEmail2 CoreAdminHome_TrackingFailuresEmailSubject
CoreAdminHome_UserInviteNotes CoreAdminHome_UserInviteSubject CoreUpdater_FeedbackRequest
CoreUpdater_NotificationSubjectAvailableCoreUpdate CoreUpdater_ReceiveEmailBecauseIsSuperUser
CoreUpdater_ThereIsNewVersionAvailableForUpdate CoreUpdater_ViewVersionChangelog
CoreUpdater_YouCanUpgradeAutomaticallyOrDownloadPackage General_HelloUser
General_ThankYouForUsingMatomo General_TheMatomoTeam Login_MailPasswordChangeBody2
Login_MailTopicPasswordChange Login_SuspiciousLoginAttemptsInLastHourEmail1
Login_SuspiciousLoginAttemptsInLastHourEmail2 Login_SuspiciousLoginAttemptsInLastHourEmail3
Login_SuspiciousLoginAttemptsInLastHourEmail4 Login_SuspiciousLoginAttemptsInLastHourEmail5
Login_SuspiciousLoginAttemptsInLastHourEmailSubject
Marketplace_RequestTrialNotificationEmailHowToStartIntro
Marketplace_RequestTrialNotificationEmailHowToStartStep1
Marketplace_RequestTrialNotificationEmailHowToStartStep2
Marketplace_RequestTrialNotificationEmailHowToStartStep3
Marketplace_RequestTrialNotificationEmailIntro Marketplace_RequestTrialNotificationEmailMoreInfo
Marketplace_RequestTrialNotificationEmailSubject ScheduledReports_EmailHello
SitesManager_InstallationGuides UsersManager_EmailChangeNotificationSubject
UsersManager_EmailChangedEmail1 UsersManager_EmailChangedEmail2
UsersManager_IfThisWasYouIgnoreIfNot UsersManager_IfThisWasYouPasswordChange
UsersManager_PasswordChangeNotificationSubject UsersManager_PasswordChangedEmail
""".split())


def load(code):
    """`<Group>_<Name>` -> text of the five catalogues in `code`, in CATALOGUES order, the
    e-mail batch's keys left out."""
    out = {}
    for name, _ in CATALOGUES:
        for group, strings in load_json(os.path.join(RAW, f"{name}-{code}.json")).items():
            for key, text in strings.items():
                if f"{group}_{key}" not in EMAIL_KEYS:
                    out[f"{group}_{key}"] = text
    return out


def catalogue_path(key, code):
    group = key.split("_", 1)[0]
    for name, path in CATALOGUES:
        if name == group or (name == "core" and group in ("General", "Mobile", "RowEvolution")):
            return path.format(code)
    raise KeyError(key)


def matomo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        path = catalogue_path(key, code)
        yield item(f"matomoui-{code}-{key}", lang, text, "matomo_ui",
                   f"github.com/matomo-org/matomo@{MATOMO_COMMIT[:12]}:{path} ({key}; "
                   f"copied to scripts/real_corpus/raw/matomo_ui/)",
                   f"matomo-org/matomo:{key}", "keyword_rule_app_strings")


def items():
    yield from matomo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
