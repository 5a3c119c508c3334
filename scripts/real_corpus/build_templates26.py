#!/usr/bin/env python3
"""Rebuild the thirtieth batch of tests/data/real/ (issue 12): the notifications and e-mails that
eleven MediaWiki extensions send to users (LoginNotify, OATHAuth, CentralAuth, Newsletter,
ConfirmAccount, GrowthExperiments, OAuth, EmailAuth, PageTriage, ContentTranslation,
ReportIncident), in zh-Hans, zh-Hant and es, from the extensions' own
i18n/**/{en,es,zh-hans,zh-hant}.json (the en files serve only the "untranslated" check; no
English text is written).

Usage:
    LOGINNOTIFY_GIT=/path/to/mediawiki-extensions-LoginNotify/.git \
    OATHAUTH_GIT=… CENTRALAUTH_GIT=… MWNEWSLETTER_GIT=… CONFIRMACCOUNT_GIT=… GROWTH_GIT=… \
    OAUTH_GIT=… EMAILAUTH_GIT=… PAGETRIAGE_GIT=… CX_GIT=… REPORTINCIDENT_GIT=… \
        python3 scripts/real_corpus/build_templates26.py candidates   # print the texts
    ... python3 scripts/real_corpus/build_templates26.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Thirtieth batch"):
github.com/wikimedia/mediawiki-extensions-<Name> at the commits below; licences from each
extension.json `license-name` and licence file: LoginNotify and PageTriage MIT, GrowthExperiments
GPL-3.0-or-later, OATHAuth GPL-2.0-or-later AND GPL-3.0-or-later, the others GPL-2.0-or-later
(ContentTranslation also ships an MIT-LICENSE.txt; taken as GPL-2.0-or-later, its declared licence).
  * loginnotify_notification: LoginNotify's failed-log-in and new-device notifications, each with
    the subject of its e-mail.
  * oathauth_notification: OATHAuth's two-factor notices (enabled, disabled, device removed,
    recovery codes low or generated, two-factor required) and its two recovery-code e-mails.
  * centralauth_notification: CentralAuth's global-account e-mails (address confirmation, rename
    and vanish decisions, the vanish-rejection notice to staff) and its global-rights notices.
  * mwnewsletter_notification: the Newsletter extension's notices (new issue, publisher added or
    removed, subscribed or unsubscribed by an administrator).
  * confirmaccount_email: ConfirmAccount's e-mails (address confirmation of a request, request
    notice to admins, approval with password, rejection, request for more information).
  * growthexperiments_notification: GrowthExperiments' notices (new mentor, mentee claimed,
    praiseworthy mentees, the "levelling up" suggested-edit prompts).
  * mwoauth_notification: the OAuth extension's notices of an OAuth app's review (proposed,
    updated, approved, rejected, disabled, re-enabled), with their e-mail subject and reason.
  * emailauth_email: EmailAuth's log-in verification-code e-mail (messages in the order of its
    templates/email-text.mustache, the code 482913 in its place) and its two account-recovery
    e-mails; a duration is MediaWiki's wording of one hour (DURATION).
  * pagetriage_notification: PageTriage's notices to a page's creator (reviewed, maintenance tag,
    deletion tag).
  * contenttranslation_notification: ContentTranslation's notices:
    translation milestones, discarded or stale drafts, new suggestions.
  * reportincident_email: ReportIncident's e-mail to the wiki's emergency team about a user's
    report.

Selection: every message the extension's notification presentation models and mailers send to a
user (listed in TEMPLATES below, from the extension's own code), one text per template and
language: e-mail subject + body, or notification header + body, in that order. Parameters,
{{GENDER}}, {{PLURAL}}, {{SITENAME}}, links are expanded by build_templates.mediawiki_render with
the fixed values in ARGS; '''bold''' marks are dropped. A language is skipped for a template when
one of its messages is missing in that language (MediaWiki would fall back to English) or is the
English string (build_templates.untranslated) or keeps an English line (untranslated_lines).
Near-duplicates collapse within a product and language (build_templates2.is_new); cut at 500
characters (truncated).

Labels come from scripts/real_corpus/labels/labels_templates26.tsv, assigned by an AI reader
reading each text; the scanner played no part.

Split: the unit is one template of one extension (all its languages together); held out when
SHA-256 of `wikimedia/mediawiki-extensions-<Name>:<template>` is 0 mod 3 (corpus.hashed_split).
"""
import json
import os
import re

from build_templates import item, mediawiki_render, untranslated
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates26.tsv")

LANGS = [("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hant"), ("es", "es")]
U, BOB, CODE, PASSWORD, IP = "Alice Chen", "Bob", "482913", "Tq7m-Wz4k-Rb9x", "203.0.113.7"
W = "https://wiki.example.org/wiki/"
LATER, LATER_DAY = "2026-12-04 10:00", "2026-12-04"
NOTE = "Demo note"

# (env var, repository, commit, id prefix, source name, templates); a template is
# (name, [(message key, {n: value}), …]): the messages of one mail or notice, in order.
EXTENSIONS = [
    ("LOGINNOTIFY_GIT", "wikimedia/mediawiki-extensions-LoginNotify",
     "37343f62f2c7d4bcf5a5d196e675558e423c474b", "mwln", "loginnotify_notification", [
         ("login-success", [("notification-loginnotify-login-success-email-subject", {1: U}),
                            ("notification-header-login-success", {1: U})]),
         ("login-fail-new-bundled", [("notification-loginnotify-login-fail-email-subject", {1: U, 2: 3}),
                                     ("notification-new-bundled-header-login-fail", {1: 3})]),
         ("login-fail-known", [("notification-loginnotify-login-fail-email-subject", {1: U, 2: 3}),
                               ("notification-known-header-login-fail", {1: 3})]),
         ("login-fail-new-unbundled", [("notification-loginnotify-login-fail-email-subject", {1: U, 2: 1}),
                                       ("notification-new-unbundled-header-login-fail", {1: 1})]),
     ]),
    ("OATHAUTH_GIT", "wikimedia/mediawiki-extensions-OATHAuth",
     "3ce68d7ca3640b867d848944e342d3dc06eaec82", "mwoath", "oathauth_notification", [
         ("recover-email", [("oathauth-recover-email-title", {1: 1}),
                            ("oathauth-recover-email-text", {1: U, 2: 1, 3: CODE, 4: "@contact",
                                                             5: "2026-11-27 10:00", 8: LATER})]),
         ("recover-initial-email", [("oathauth-recover-initial-email-title", {}),
                                    ("oathauth-recover-initial-email-text", {1: 1, 2: CODE, 3: LATER,
                                                                             4: "@contact"})]),
         ("enable", [("notification-header-oathauth-enable", {2: U}),
                     ("notification-body-oathauth-enable", {2: U})]),
         ("disable", [("notification-header-oathauth-disable", {2: U}),
                      ("notification-body-oathauth-disable", {2: U})]),
         ("disable-other", [("notification-header-oathauth-disable", {2: U}),
                            ("notification-body-oathauth-disable-other", {2: U})]),
         ("remove-device", [("notification-header-oathauth-remove-device", {2: U}),
                            ("notification-body-oathauth-disable", {2: U}),
                            ("notification-body-oathauth-disable-remaining", {2: U, 3: 1})]),
         ("remove-device-other", [("notification-header-oathauth-remove-device", {2: U}),
                                  ("notification-body-oathauth-disable-other", {2: U}),
                                  ("notification-body-oathauth-disable-remaining", {2: U, 3: 1})]),
         ("recoverycodes-count", [("notification-header-oathauth-recoverycodes-count", {2: U}),
                                  ("notification-body-oathauth-recoverycodesleft", {2: U, 3: 2, 4: 10})]),
         ("recoverycodes-generated-for-user", [
             ("notification-header-oathauth-recoverycodes-generated-for-user", {3: 10}),
             ("notification-body-oathauth-recoverycodes-generated-for-user", {})]),
         ("twofactor-required", [("notification-header-oathauth-twofactor-required", {2: U, 3: LATER_DAY}),
                                 ("notification-body-oathauth-twofactor-required", {3: LATER_DAY})]),
     ]),
    ("CENTRALAUTH_GIT", "wikimedia/mediawiki-extensions-CentralAuth",
     "89c06419de35fd82d8468fb1a93084366206bbb6", "mwca", "centralauth_notification", [
         ("finishglobaliseemail", [("centralauth-finishglobaliseemail_subject", {}),
                                   ("centralauth-finishglobaliseemail_body", {
                                       1: IP, 2: U, 3: W + "Special:ConfirmEmail/5f2c9a0e1b7d4c3a", 4: "2026-12-04",
                                       5: W + "Special:InvalidateEmail/5f2c9a0e1b7d4c3a", 6: LATER_DAY, 7: "10:00"})]),
         ("rename-approved", [("globalrenamequeue-email-subject-approved", {}),
                              ("globalrenamequeue-email-body-approved", {1: U, 2: "Alice Lin"})]),
         ("rename-approved-with-note", [("globalrenamequeue-email-subject-approved", {}),
                                        ("globalrenamequeue-email-body-approved-with-note",
                                         {1: U, 2: "Alice Lin", 3: NOTE})]),
         ("rename-rejected", [("globalrenamequeue-email-subject-rejected", {}),
                              ("globalrenamequeue-email-body-rejected", {1: U, 2: "Alice Lin", 3: NOTE})]),
         ("vanish-approved", [("globalrenamequeue-vanish-email-subject-approved", {}),
                              ("globalrenamequeue-vanish-email-body-approved", {1: U})]),
         ("vanish-approved-with-note", [("globalrenamequeue-vanish-email-subject-approved", {}),
                                        ("globalrenamequeue-vanish-email-body-approved-with-note", {1: U, 2: NOTE})]),
         ("vanish-rejected", [("globalrenamequeue-vanish-email-subject-rejected", {}),
                              ("globalrenamequeue-vanish-email-body-rejected", {1: U, 2: NOTE})]),
         ("vanish-rejected-staff", [("globalvanishrequest-rejected-subject-notification", {1: U}),
                                    ("globalvanishrequest-rejected-body-notification", {
                                        1: U, 2: "wiki.example.org", 3: 120, 4: "no", 5: "Demo reason", 6: BOB,
                                        7: NOTE, 8: "2026-11-27 10:00", 9: "2026-11-28 10:00"})]),
         ("global-user-rights-add-only", [
             ("notification-centralauth-global-user-rights-email-subject", {3: U}),
             ("notification-header-centralauth-global-user-rights-add-only", {1: BOB, 2: "Demo Group", 3: 1, 4: U})]),
         ("global-user-rights-remove-only", [
             ("notification-centralauth-global-user-rights-email-subject", {3: U}),
             ("notification-header-centralauth-global-user-rights-remove-only", {1: BOB, 2: "Demo Group", 3: 1, 4: U})]),
         ("global-user-rights-add-and-remove", [
             ("notification-centralauth-global-user-rights-email-subject", {3: U}),
             ("notification-header-centralauth-global-user-rights-add-and-remove",
              {1: BOB, 2: "Demo Group", 3: 1, 4: "Demo Reviewers", 5: 1, 6: U})]),
         ("global-user-rights-expiry-change", [
             ("notification-centralauth-global-user-rights-email-subject", {3: U}),
             ("notification-header-centralauth-global-user-rights-expiry-change", {1: BOB, 2: "Demo Group", 3: 1, 4: U})]),
     ]),
    ("MWNEWSLETTER_GIT", "wikimedia/mediawiki-extensions-Newsletter",
     "e9af9b9a0218d3c68f4ee3544885632340c9ce73", "mwnl", "mwnewsletter_notification", [
         ("announce", [("newsletter-email-subject", {1: "Demo Weekly"}),
                       ("notification-header-newsletter-announce", {1: BOB, 2: BOB, 3: "Demo Weekly"})]),
         ("newpublisher", [("notification-header-newsletter-newpublisher", {1: "Demo Weekly", 2: U, 3: BOB})]),
         ("delpublisher", [("notification-header-newsletter-delpublisher", {1: "Demo Weekly", 2: U, 3: BOB})]),
         ("subscribed", [("newsletter-notification-subscribed", {1: "Demo Weekly"})]),
         ("unsubscribed", [("newsletter-notification-unsubscribed", {1: "Demo Weekly"})]),
     ]),
    ("CONFIRMACCOUNT_GIT", "wikimedia/mediawiki-extensions-ConfirmAccount",
     "22d73dc7307530a4106b961c7223a69a869cbd1c", "mwcfa", "confirmaccount_email", [
         ("request-confirm", [("requestaccount-email-subj", {}),
                              ("requestaccount-email-body", {1: IP, 2: U, 3: W + "Special:RequestAccount?wpEmailToken=5f2c9a0e1b7d4c3a",
                                                             4: LATER})]),
         ("request-admin", [("requestaccount-email-subj-admin", {}),
                            ("requestaccount-email-body-admin", {1: U, 2: W + "Special:ConfirmAccounts"})]),
         ("approved", [("confirmaccount-email-subj", {}), ("confirmaccount-email-body", {1: U, 2: PASSWORD})]),
         ("approved-with-note", [("confirmaccount-email-subj", {}),
                                 ("confirmaccount-email-body2", {1: U, 2: PASSWORD, 3: NOTE})]),
         ("rejected", [("confirmaccount-email-subj", {}), ("confirmaccount-email-body3", {1: U})]),
         ("rejected-with-note", [("confirmaccount-email-subj", {}), ("confirmaccount-email-body4", {1: U, 2: NOTE})]),
         ("more-info", [("confirmaccount-email-subj", {}), ("confirmaccount-email-body5", {1: U, 2: NOTE})]),
     ]),
    ("GROWTH_GIT", "wikimedia/mediawiki-extensions-GrowthExperiments",
     "f34777fe700664d47c48ed0dea42a75c15253462", "mwgx", "growthexperiments_notification", [
         ("mentor-change", [("growthexperiments-notification-header-mentor-change", {1: BOB, 2: BOB, 3: U}),
                            ("growthexperiments-notification-body-mentor-change", {1: NOTE})]),
         ("mentor-change-new", [("growthexperiments-notification-header-mentor-change", {1: BOB, 2: BOB, 3: U}),
                                ("growthexperiments-notification-body-mentor-change-new", {1: "Demo Mentor"})]),
         ("mentee-claimed", [("growthexperiments-notification-header-mentee-claimed", {1: BOB, 2: BOB, 3: U}),
                             ("growthexperiments-notification-body-mentee-claimed", {1: NOTE})]),
         ("new-praiseworthy-mentees", [("growthexperiments-notification-header-new-praiseworthy-mentees", {})]),
         ("levelingup-getstarted", [("growthexperiments-levelingup-getstarted-notification-header", {2: U})]),
         ("levelingup-getstarted-noedits", [("growthexperiments-levelingup-getstarted-noedits-notification-header", {2: U})]),
         ("levelingup-reengage", [("growthexperiments-levelingup-reengage-notification-header", {})]),
         ("levelingup-keepgoing", [("growthexperiments-levelingup-keepgoing-notification-header", {2: U, 3: 5})]),
         ("levelingup-keepgoing-exploring", [("growthexperiments-levelingup-keepgoing-exploring-notification-header",
                                              {2: U, 3: 5})]),
         ("addalink-milestone", [("growthexperiments-addalink-milestone-notification-header", {1: 10, 2: U, 3: 250})]),
     ]),
    ("OAUTH_GIT", "wikimedia/mediawiki-extensions-OAuth",
     "1cb9461efcd76d66ecdf278b760a45b7552e9cdf", "mwoauth", "mwoauth_notification", [
         ("app-propose", [("notification-oauth-app-propose-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-propose-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
         ("app-update", [("notification-oauth-app-update-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-update-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
         ("app-approve", [("notification-oauth-app-approve-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-approve-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
         ("app-reject", [("notification-oauth-app-reject-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-reject-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
         ("app-disable", [("notification-oauth-app-disable-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-disable-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
         ("app-reenable", [("notification-oauth-app-reenable-subject", {1: BOB, 3: U}),
                 ("notification-oauth-app-reenable-title", {1: BOB, 2: "Demo App", 3: U}),
                 ("notification-oauth-app-body", {1: NOTE})]),
     ]),
    ("EMAILAUTH_GIT", "wikimedia/mediawiki-extensions-EmailAuth",
     "54a1f6c8a0b13586c887ea46d4704e8997fb0795", "mwea", "emailauth_email", [
         ("login-code", [("emailauth-email-subject", {1: "Demo Wiki"}),
                         ("emailauth-email-body-intro", {1: U, 2: "Demo Wiki"}),
                         ("emailauth-email-body-code-text", {}), ("=" + CODE, {}),
                         ("emailauth-email-body-warning", {1: "@duration"}),
                         ("emailauth-email-body-attack-heading", {}),
                         ("emailauth-email-body-attack-p1", {}), ("emailauth-email-body-attack-p2", {}),
                         ("emailauth-email-body-help-text",
                          {1: "https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Extension:EmailAuth"})]),
         ("accountrecovery-confirmation", [("emailauth-accountrecovery-confirmation-subject", {}),
                                           ("emailauth-accountrecovery-confirmation-body", {
                                               1: U, 2: "@duration",
                                               3: W + "Special:AccountRecovery/confirm/5f2c9a0e1b7d4c3a"})]),
         ("accountrecovery-usernotification", [("emailauth-accountrecovery-usernotification-subject", {}),
                                               ("emailauth-accountrecovery-usernotification-body", {1: U})]),
     ]),
    ("PAGETRIAGE_GIT", "wikimedia/mediawiki-extensions-PageTriage",
     "f387e9a8f518f449ccffd78bba5c8c5995fba664", "mwpt", "pagetriage_notification", [
         ("mark-as-reviewed", [("notification-header-pagetriage-mark-as-reviewed", {2: BOB, 3: "Demo Page"})]),
         ("add-maintenance-tag", [("notification-header-pagetriage-add-maintenance-tag",
                                   {2: BOB, 3: "Demo Page", 4: "Demo Tag", 5: 1})]),
         ("add-deletion-tag", [("notification-header-pagetriage-add-deletion-tag",
                                {2: BOB, 3: "Demo Page", 4: "Demo Tag", 5: 1})]),
     ]),
    ("CX_GIT", "wikimedia/mediawiki-extensions-ContentTranslation",
     "2e942b789993ed643e7292f3b0247eb00720c48f", "mwcx", "contenttranslation_notification", [
         ("first-translation", [("cx-notification-first-translation", {})]),
         ("tenth-translation", [("cx-notification-tenth-translation", {})]),
         ("hundredth-translation", [("cx-notification-hundredth-translation", {})]),
         ("deleted-draft", [("cx-notification-deleted-draft", {1: "Demo Page"})]),
         ("deleted-draft-bundle", [("cx-notification-deleted-draft-bundle", {1: 3})]),
         ("continue-translation", [("cx-notification-continue-translation", {1: "Demo Page"})]),
         ("continue-translation-bundle", [("cx-notification-continue-translation-bundle", {1: 3})]),
         ("suggestions-available", [("cx-notification-suggestions-available", {1: "Demo Page", 2: U})]),
     ]),
    ("REPORTINCIDENT_GIT", "wikimedia/mediawiki-extensions-ReportIncident",
     "c3ca006adb440da146ad2f5f25a1e32860b3aeb7", "mwri", "reportincident_email", [
         ("directreport-email", [("reportincident-directreport-email-subject", {1: U, 2: "2026-11-27", 3: "10:00"}),
                                 ("reportincident-directreport-email-body", {
                                     1: U, 2: BOB, 3: "Demo Page", 4: W + "Demo_Page", 5: "Demo behaviour",
                                     6: NOTE, 7: "alice@example.com"})]),
     ]),
]


def messages_of(git_dir, commit, code):
    """Every message of the extension in language `code`: the i18n/**/<code>.json files merged,
    the API-documentation folders aside."""
    msgs = {}
    for path in sorted(git_files(git_dir, commit)):
        if path.startswith("i18n/") and path.endswith(f"/{code}.json") and "/api/" not in path:
            msgs.update(json.loads(git_show(git_dir, commit, path)))
    return msgs


# MediaWiki's duration format (Message::durationParam) of one hour, the default session expiry
DURATION = {"en": "1 hour", "zh-hans": "1小时", "zh-hant": "1小時", "es": "1 hora"}


def render(key, args, msgs, code="en"):
    if key.startswith("="):  # a value the mail template puts between messages (EmailAuth's code)
        return key[1:]
    a = dict(args)
    for n, v in a.items():
        if v == "@duration":
            a[n] = DURATION[code]
        if v == "@contact":  # OATHAuth's closing sentence, itself a message
            a[n] = render("oathauth-recover-email-text-please-contact-with-address",
                          {1: U, 2: "admin@wiki.example.org"}, msgs)
    t = re.sub(r"\{\{fullurl:([^{}]+)\}\}", lambda m: W + m.group(1), msgs[key])
    t = mediawiki_render(t, a, msgs)
    t = re.sub(r"\{\{GENDER:[^{}|]*\}\}", "", t)  # a {{GENDER}} without forms renders as nothing
    t = re.sub(r"<[^>]+>", "", t)  # <strong> and the like
    return t.replace("'''", "").replace("''", "").strip()


def items():
    for env, repo, commit, prefix, source, templates in EXTENSIONS:
        git_dir = os.environ[env]
        en = messages_of(git_dir, commit, "en")
        for code, lang in LANGS:
            msgs = messages_of(git_dir, commit, code)
            seen = set()
            for name, parts in templates:
                keys = [k for k, _ in parts if not k.startswith("=")]
                if any(not msgs.get(k) for k in keys):
                    continue  # missing: MediaWiki would send the English message
                if untranslated([(msgs[k], en[k]) for k in keys]):
                    continue
                text = "\n".join(render(k, a, msgs, code) for k, a in parts)
                en_text = "\n".join(render(k, a, en) for k, a in parts)
                if untranslated_lines(text, en_text) or not is_new(seen, text):
                    continue
                yield item(f"{prefix}-{code}-{name}", lang, text, source,
                           f"github.com/{repo}@{commit[:12]}:i18n/**/{code}.json#{keys[-1]}",
                           f"{repo}:{name}", "extension_notifications_and_mails")


def split_of(unit):
    return hashed_split(unit)


if __name__ == "__main__":
    main(items, LABELS, split_of, OUT_DIR, __doc__)
