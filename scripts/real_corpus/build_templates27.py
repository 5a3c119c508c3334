#!/usr/bin/env python3
"""Rebuild the thirty-first batch of tests/data/real/ (issue 12): the activity and notification
subjects that the Nextcloud server shows and mails its users (password and e-mail changed or reset,
two-factor log-ins and backup codes, files created, changed, deleted, restored, renamed, moved and
favourited, shares with users, groups, public links, remote shares and by mail, share passwords
sent, downloads via public links, calendar, event and to-do changes and shares, comments, system
tags), in zh-Hans, zh-Hant and es only, never English: English strings serve only to find the
templates and to tell an untranslated string.

Usage:
    . /work/rebuild-31.sh   # sets NEXTCLOUD_GIT and NEXTCLOUD19_GIT (bare git dirs of the
                            # mirrors MTPT/clouddisk and z0iberg/server)
    python3 scripts/real_corpus/build_templates27.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates27.py assemble     # write the jsonl files

Source (see tests/data/real/README.md, section "Thirty-first batch (templates)"):
  * nextcloud_server_activity: Nextcloud server (nextcloud/server, AGPL-3.0) at NEXTCLOUD_COMMIT
    (master of 2018-05-01, the commit the eighteenth batch read its mails from, through the same
    mirror), every activity provider in NC_PROVIDERS, with each app's l10n/<lang>.json
    (zh_CN, zh_TW, zh_HK, es); and the same server at NC19_COMMIT (master of 2019-10-12, read
    through the mirror z0iberg/server, whose head merges it): the subjects its providers
    (NC19_PROVIDERS, with the new group-membership provider) have that the 2018 ones do not (app
    passwords, remote wipe, group membership, expired shares, …), and the notifications of
    NC19_NOTIFICATIONS (backup codes not yet generated, link shares removed after a security bug,
    remote wipe started and finished: subject, blank line, message).

Selection: every string literal a provider passes to its IL10N::t() (read from the PHP file with a
regular expression, not chosen by reading). A provider that sets a rich subject translates each
subject twice, once with {placeholders} (the rich subject the web, the clients and the activity
mail show) and once with %n$s (the plain parsed subject of the old API, the same wording): there
the %-forms are left out; a provider without rich subjects (two-factor log-ins) is taken with its
%-forms, filled from NC_PERCENT_ARGS. Placeholders are filled with the fixed values of NC_VALUES
(bob the actor, carol the other user, `Demo …` names, carol@example.com; NC19_VALUES: `Demo phone`
for an app password or a wiped device). A string is skipped in a
language whose catalogue lacks it (the server would show it in English) or leaves it in English
(`untranslated_lines`). Near-duplicates collapse within the product and language (zh_TW and zh_HK
both give zh-Hant). Cut at 500 characters.

Split: `corpus.hashed_split` on `nextcloud/server:activity:<app>:<English string>` (a subject) or
`nextcloud/server:notification:<subject>` (a notification), all languages of one on one side;
disjoint from the eighteenth batch's `nextcloud/server:<mail>` units.
"""

import os
import re

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates14 import NEXTCLOUD_COMMIT, Missing, nc_translator, nextcloud_catalogues, rich
from corpus import git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates27.tsv")
SELECTION = "templates27"

NC_LANGS = [("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("es", "es")]
# l10n domain -> folder of its catalogues at NEXTCLOUD_COMMIT
NC_ACTIVITY_L10N = {"settings": "settings/l10n", "twofactor_backupcodes": "apps/twofactor_backupcodes/l10n",
                    "files": "apps/files/l10n", "files_sharing": "apps/files_sharing/l10n",
                    "dav": "apps/dav/l10n", "comments": "apps/comments/l10n",
                    "systemtags": "apps/systemtags/l10n", "sharebymail": "apps/sharebymail/l10n"}
# (l10n domain, provider file): every activity provider of the server at NEXTCLOUD_COMMIT
NC_PROVIDERS = [
    ("settings", "settings/Activity/Provider.php"),
    ("settings", "settings/Activity/SecurityProvider.php"),
    ("twofactor_backupcodes", "apps/twofactor_backupcodes/lib/Activity/Provider.php"),
    ("files", "apps/files/lib/Activity/Provider.php"),
    ("files", "apps/files/lib/Activity/FavoriteProvider.php"),
    ("files_sharing", "apps/files_sharing/lib/Activity/Providers/Users.php"),
    ("files_sharing", "apps/files_sharing/lib/Activity/Providers/Groups.php"),
    ("files_sharing", "apps/files_sharing/lib/Activity/Providers/PublicLinks.php"),
    ("files_sharing", "apps/files_sharing/lib/Activity/Providers/RemoteShares.php"),
    ("files_sharing", "apps/files_sharing/lib/Activity/Providers/Downloads.php"),
    ("sharebymail", "apps/sharebymail/lib/Activity.php"),
    ("dav", "apps/dav/lib/CalDAV/Activity/Provider/Base.php"),
    ("dav", "apps/dav/lib/CalDAV/Activity/Provider/Calendar.php"),
    ("dav", "apps/dav/lib/CalDAV/Activity/Provider/Event.php"),
    ("dav", "apps/dav/lib/CalDAV/Activity/Provider/Todo.php"),
    ("comments", "apps/comments/lib/Activity/Provider.php"),
    ("systemtags", "apps/systemtags/lib/Activity/Provider.php"),
]
NC_VALUES = {"actor": "bob", "author": "bob", "user": "carol", "email": "carol@example.com",
             "file": "Demo.txt", "oldfile": "Demo.txt", "newfile": "Demo report.txt",
             "calendar": "Demo calendar", "event": "Demo meeting", "todo": "Demo task",
             "group": "Demo group", "systemtag": "Demo tag", "oldsystemtag": "Demo tag",
             "newsystemtag": "Demo label"}
# the %-forms of providers without rich subjects: their arguments as the code passes them
NC_PERCENT_ARGS = {"You successfully logged in using two-factor authentication (%1$s)": ["TOTP"],
                   "A login attempt using two-factor authentication failed (%1$s)": ["TOTP"]}
T_CALL = re.compile(r"->t\('((?:[^'\\]|\\.)*)'")


def provider_strings(path, git_env="NEXTCLOUD_GIT", commit=NEXTCLOUD_COMMIT):
    """The distinct msgids a provider file passes to t(), in file order, the %-forms left out
    where the file also has {placeholder} forms."""
    code = git_show(os.environ[git_env], commit, path)
    found = []
    for m in T_CALL.finditer(code):
        s = re.sub(r"\\(.)", r"\1", m.group(1))
        if s not in found:
            found.append(s)
    has_rich = any(re.search(r"\{\w+\}", s) for s in found)
    return [s for s in found if not (has_rich and "%" in s)]


def fill(t, domain, msgid):
    return rich(t(domain, msgid, NC_PERCENT_ARGS.get(msgid, ())), NC_VALUES)


def items():
    seen = {}
    yield from activity_items(seen)
    yield from activity19_items(seen)
    yield from notification19_items(seen)


def activity_items(seen):
    templates = [(domain, path, s) for domain, path in NC_PROVIDERS for s in provider_strings(path)]
    english = {(d, s): fill(nc_translator(None), d, s) for d, _, s in templates}
    for lang, code in NC_LANGS:
        t = nc_translator(nextcloud_catalogues(lang, folders=NC_ACTIVITY_L10N))
        for n, (domain, path, s) in enumerate(templates):
            try:
                text = fill(t, domain, s)
            except (Missing, KeyError):
                continue
            if untranslated_lines(text, english[(domain, s)]) or not is_new(seen.setdefault(code, set()), text):
                continue
            yield item(f"nca-{domain}-{n:03d}-{lang.replace('_', '-')}", code, text, "nextcloud_server_activity",
                       f"nextcloud/server@{NEXTCLOUD_COMMIT[:12]}:{path}",
                       f"nextcloud/server:activity:{domain}:{s}", SELECTION)


# --- the same server at a 2019 commit: the subjects and notifications added since 2018 -----------
NC19_COMMIT = "7f8ff16c76ae31b0bcb2f62cc58ed89e7f2fbb22"  # master, 2019-10-12 (18.0.0 dev)
NC19_L10N = dict(NC_ACTIVITY_L10N, settings="apps/settings/l10n", core="core/l10n", lib="lib/l10n")
NC19_PROVIDERS = [(domain, path.replace("settings/Activity/", "apps/settings/lib/Activity/", 1)
                   if path.startswith("settings/") else path) for domain, path in NC_PROVIDERS] + [
    ("settings", "apps/settings/lib/Activity/GroupProvider.php")]
NC19_VALUES = {"token": "Demo phone", "newToken": "Demo laptop"}
NC19_PERCENT_ARGS = {"Remote wipe was started on %1$s": ["Demo phone"],
                     "Remote wipe has finished on %1$s": ["Demo phone"]}
# (name, where, render(t) -> (subject, message)): the notifiers of that commit not taken by the
# eighteenth batch, except the calendar reminder (its date line is the locale's date format)
NC19_NOTIFICATIONS = [
    ("create_backupcodes", "apps/twofactor_backupcodes/lib/Notifications/Notifier.php (create_backupcodes)",
     lambda t: (t("twofactor_backupcodes", "Generate backup codes"),
                t("twofactor_backupcodes", "You enabled two-factor authentication but did not generate backup "
                                           "codes yet. They are needed to restore access to your account in "
                                           "case you lose your second factor."))),
    ("repair_exposing_links", "core/Notification/RemoveLinkSharesNotifier.php (repair_exposing_links)",
     lambda t: (t("core", "Some of your link shares have been removed"),
                t("core", "Due to a security bug we had to remove some of your link shares. Please see the "
                          "link for more information."))),
    ("remote_wipe_start", "lib/private/Authentication/Notifications/Notifier.php (remote_wipe_start)",
     lambda t: (t("lib", "Remote wipe started"),
                t("lib", "A remote wipe was started on device %s", ["Demo phone"]))),
    ("remote_wipe_finish", "lib/private/Authentication/Notifications/Notifier.php (remote_wipe_finish)",
     lambda t: (t("lib", "Remote wipe finished"),
                t("lib", "The remote wipe on %s has finished", ["Demo phone"]))),
]


def fill19(t, domain, msgid):
    return rich(t(domain, msgid, NC19_PERCENT_ARGS.get(msgid, NC_PERCENT_ARGS.get(msgid, ()))),
                dict(NC_VALUES, **NC19_VALUES))


def activity19_items(seen):
    """The subjects of NC19_COMMIT's providers that the 2018 providers do not have."""
    old = {(domain, s) for domain, path in NC_PROVIDERS for s in provider_strings(path)}
    templates = [(domain, path, s) for domain, path in NC19_PROVIDERS
                 for s in provider_strings(path, "NEXTCLOUD19_GIT", NC19_COMMIT) if (domain, s) not in old]
    english = {(d, s): fill19(nc_translator(None), d, s) for d, _, s in templates}
    for lang, code in NC_LANGS:
        t = nc_translator(nextcloud_catalogues(lang, "NEXTCLOUD19_GIT", NC19_COMMIT, NC19_L10N))
        for n, (domain, path, s) in enumerate(templates):
            try:
                text = fill19(t, domain, s)
            except (Missing, KeyError):
                continue
            if untranslated_lines(text, english[(domain, s)]) or not is_new(seen.setdefault(code, set()), text):
                continue
            yield item(f"nca19-{domain}-{n:03d}-{lang.replace('_', '-')}", code, text, "nextcloud_server_activity",
                       f"nextcloud/server@{NC19_COMMIT[:12]}:{path}",
                       f"nextcloud/server:activity:{domain}:{s}", SELECTION)


def notification19_items(seen):
    english = {name: "\n\n".join(render(nc_translator(None))) for name, _, render in NC19_NOTIFICATIONS}
    for lang, code in NC_LANGS:
        t = nc_translator(nextcloud_catalogues(lang, "NEXTCLOUD19_GIT", NC19_COMMIT, NC19_L10N))
        for name, where, render in NC19_NOTIFICATIONS:
            try:
                text = "\n\n".join(render(t))
            except Missing:
                continue
            if untranslated_lines(text, english[name]) or not is_new(seen.setdefault(code, set()), text):
                continue
            yield item(f"ncn19-{name}-{lang.replace('_', '-')}", code, text, "nextcloud_server_activity",
                       f"nextcloud/server@{NC19_COMMIT[:12]}:{where}", f"nextcloud/server:notification:{name}",
                       SELECTION)

if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
