#!/usr/bin/env python3
"""Rebuild the forty-ninth batch of tests/data/real/ (issue 12): the notices SiYuan's kernel shows
its users (sync, cloud storage, subscription, account, data repo, export and update notices),
Joplin's sync, sharing, account, encryption and update notices, Logseq's account, sync,
encryption and update notices and AppFlowy's sign-in, sign-up and workspace notices, in zh-Hans
and zh-Hant only. This round needs Chinese: no Spanish and no English text is taken; the English
strings serve only as the reference of the "untranslated" check
(build_templates3.untranslated_lines) and to find the templates.

Usage:
    . /work/rebuild-49.sh   # or set SIYUAN_GIT to a bare git dir of siyuan-note/siyuan and
                            # JOPLIN_LIB_DIR to the unpacked npm package @joplin/lib@3.6.3
                            # (its package/ folder: `npm pack @joplin/lib@3.6.3`, untar)
    python3 scripts/real_corpus/build_templates45.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates45.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Forty-ninth batch"): SiYuan read at a pinned
commit from a bare git dir (`git show <commit>:<path>`), Joplin from the unpacked npm package,
Logseq and AppFlowy from the verbatim excerpts under raw/logseq/ and raw/appflowy/:
  * siyuan_notice: siyuan-note/siyuan (AGPL-3.0), SY_COMMIT. Every entry of the `_kernel` table of
    app/appearance/langs/{en,zh-CN,zh-TW}.json: the kernel's message table, whose entries the
    kernel (kernel/, `Conf.Language(N)`) pushes to the user as notices (util.PushMsg,
    PushErrMsg, PushUpdateMsg, PushStatusBar …) or returns as the error message a request shows.
    Every entry is taken (not chosen by reading); entries that are not a whole message (a word
    such as "Yesterday", a field label, a title) are labelled `drop`. zh-CN.json is zh-Hans,
    zh-TW.json zh-Hant.
  * joplin_notice: Joplin (AGPL-3.0-or-later), the catalogues its apps ship, locales/zh_CN.json
    (zh-Hans) and zh_TW.json (zh-Hant) of the npm package @joplin/lib 3.6.3. Every msgid that
    packages/tools/locales/zh_CN.po of laurent22/joplin (read through the file index, stored
    version JP_PO_COMMIT) references from the files of JP_MESSAGES (the desktop notification bar,
    the update check, notebook sharing, the sync targets' connection and authentication errors,
    the synchroniser's report, the Joplin Cloud dialog, the encryption notices and the terminal
    app's sync command; not Joplin Server's files, which have their own licence). A msgid the
    package's catalogue lacks or leaves empty is skipped there; buttons, labels and help lines
    are labelled `drop`.
  * logseq_notice: logseq/logseq (AGPL-3.0), LQ_COMMIT, read through the file index (the
    repository could not be fetched): every string entry of the namespaces LQ_NAMESPACES
    (:account, :collaboration, :encryption, :settings.sync-server, :sync, :updater) of
    src/resources/dicts/zh-cn.edn (zh-Hans), with en.edn as the English reference; copied
    verbatim to raw/logseq/. zh-Hans only: the index holds zh-hant.edn only at an older version
    in the old key scheme. Labels, buttons and plan-feature list items are labelled `drop`.
  * appflowy_notice: AppFlowy-IO/AppFlowy (AGPL-3.0 by its README; the licence file is not in the
    index), AP_COMMIT, read through the file index: every string entry of the subtrees
    AP_SUBTREES (signUp, signIn, workspace, oAuth.err) of frontend/resources/translations/
    zh-CN.json (zh-Hans) and zh-TW.json (zh-Hant), with en.json as the English reference; copied
    verbatim to raw/appflowy/. A key en.json lacks is not taken; "@:appName" is "AppFlowy".

SiYuan's fills (the values of the earlier batches): a `%s` inside a link's address is
https://www.example.com/, any other `%s` "Demo Notes" (a notebook, document, file, path, error or
size named by the notice); `%d`, `%v` 3; `%.2f` 1.25; `%%` a percent sign;
`${accountServer}` https://account.example.com; HTML tags dropped (a link keeps its label and
address: "label address"), entities unescaped. Joplin's fills: JP_ARGS, else "Demo Notes" for `%s`
and 3 for `%d`; a markdown link becomes "label address". Logseq's fills: LQ_ARGS, else "Demo
Notes" (a graph's name) for `{1}`. An empty entry, one whose zh line is a line of the
English entry (untranslated_lines), and a zh-Hant text equal to the zh-Hans one are not taken;
near-duplicates (digits and white space aside) collapse within the language. Cut at 500
characters.

Split: the unit is the table entry (`siyuan-note/siyuan:_kernel/<N>`) or the message
(`laurent22/joplin:<msgid>`) or the dictionary key (`logseq/logseq:<key>`,
`AppFlowy-IO/AppFlowy:<key>`), both languages of one unit on one side; held out when SHA-256 of
the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these
texts. Labels come from
scripts/real_corpus/labels/labels_templates45.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import html
import json
import os
import re

from build_templates import html_to_text, item
from build_templates29 import clean
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates31 import is_new_text
from corpus import git_show, hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates45.tsv")

# --- SiYuan --------------------------------------------------------------------------------------
SY_REPO = "siyuan-note/siyuan"
SY_COMMIT = "eef10568384e2e7cf547adb029ae46a72e43c287"  # master of 2026-07-21
SY_LANGS = "app/appearance/langs/"
SY_LANG_FILES = [("zh-Hans", "zh-CN.json"), ("zh-Hant", "zh-TW.json")]
SY_URL = "https://www.example.com/"
SY_NAME = "Demo Notes"
SY_ACCOUNT = "https://account.example.com"


def sy_fill(text):
    """The entry with its placeholders filled and its HTML reduced to text."""
    text = text.replace("${accountServer}", SY_ACCOUNT)
    text = re.sub(r"""(href=["'])%s""", lambda m: m.group(1) + SY_URL, text)
    text = re.sub(r"%%|%\.2f|%[sdv]", lambda m: {"%%": "%", "%.2f": "1.25", "%s": SY_NAME}.get(
        m.group(0), "3"), text)
    return html.unescape(html_to_text(text))


def sy_items():
    git = os.environ["SIYUAN_GIT"]

    def table(name):
        return json.loads(git_show(git, SY_COMMIT, SY_LANGS + name))["_kernel"]
    en = table("en.json")
    hans = {}
    for lang, name in SY_LANG_FILES:
        tab = table(name)
        seen = set()
        for key in sorted(tab, key=int):
            if key not in en or not tab[key].strip():
                continue
            text = sy_fill(tab[key])
            if not text or untranslated_lines(text, sy_fill(en[key])) \
                    or not is_new_text(seen, hans, lang, key, text):
                continue
            yield item(f"synote-{sha(lang + '#' + key)[:12]}", lang, text, "siyuan_notice",
                       f"github.com/{SY_REPO}@{SY_COMMIT[:12]}:{SY_LANGS}{name}#_kernel.{key}",
                       f"{SY_REPO}:_kernel/{key}", "every_kernel_message")


# --- Joplin ---------------------------------------------------------------------------------------
# The catalogues the apps ship: locales/zh_CN.json and zh_TW.json of the npm package @joplin/lib
# (msgid -> [msgstr]; "" where untranslated). The msgids are those that the file index's
# packages/tools/locales/zh_CN.po of laurent22/joplin (stored version JP_PO_COMMIT) references
# from the files of JP_MESSAGES: every msgid of those files, in the order of that .po file. The
# files of packages/server are not listed: Joplin Server has its own licence (its LICENSE.md).
JP_PKG = "@joplin/lib@3.6.3"
JP_PO_COMMIT = "01394e43d9c6a33535686050fb4d9c43866ffe45"
JP_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW")]
JP_MESSAGES = {
    # the desktop app's notification bar (share invitation, sync, encryption and safe-mode notices
    # with their buttons)
    "packages/app-desktop/gui/MainScreen/MainScreen.tsx": [
        "%s (%s) would like to share a notebook with you.", "Accept",
        "Disable safe mode and restart",
        "More info", "One of your master keys use an obsolete encryption method.",
        "One or more master keys need a password.",
        "Reject", "Restart and upgrade",
        "Safe mode is currently active. Note rendering and all plugins are temporarily disabled.",
        "Set the password", "Some items cannot be decrypted.", "Some items cannot be synchronised.",
        "The default encryption method has been changed, you should re-encrypt your data.",
        "The sync target needs to be upgraded before Joplin can sync. The operation may take a "
        "few minutes to complete and the app needs to be restarted. To proceed please click on "
        "the link.",
        "The synchronisation password is missing.", "View them now",
        "Use the arrows to move the layout items. Press \"Escape\" to exit.",
    ],
    # the desktop app's update check
    "packages/app-desktop/checkForUpdates.ts": [
        "%s (pre-release)", "An update is available, do you want to download it now?", "Cancel",
        "Current version is up-to-date.",
        "Download", "Full changelog", "New version: %s", "Skip this version", "Your version: %s",
    ],
    # notebook sharing
    "packages/lib/services/share/ShareService.ts": [
        "Cannot share encrypted notebook with recipient %s because they have not enabled "
        "end-to-end encryption. They may do so from the screen Configuration > Encryption.",
    ],
    "packages/app-desktop/services/share/invitationRespond.ts": [
        "Could not respond to the invitation. Please try again, or check with the notebook owner "
        "if they are still sharing it.\n\nThe error was: \"%s\"",
    ],
    "packages/app-desktop/gui/MainScreen/commands/leaveSharedFolder.ts": [
        "Could not verify the share status of this notebook - aborting. Please try again when "
        "you are connected to the internet.",
        "Error: %s", "Leave notebook...",
        "This will remove the notebook from your collection and you will no longer have access "
        "to its content. Do you wish to continue?",
    ],
    # sync targets: connection, authentication and account limits
    "packages/lib/JoplinServerApi.ts": [
        "Could not connect to Joplin Server. Please check the Synchronisation options in the "
        "config screen. Full error was:\n\n%s",
    ],
    "packages/lib/WebDavApi.js": [
        "Access denied: Please check your username and password",
        "Access denied: Please re-enter your password and/or username",
    ],
    "packages/lib/onedrive-api.ts": [
        "Cannot refresh token: authentication data is missing. Starting the synchronisation "
        "again may fix the problem.",
    ],
    "packages/lib/components/shared/config/config-shared.ts": [
        "Checking... Please wait.",
        "Error. Please check that URL, username, password, etc. are correct and that the sync "
        "target is accessible. The reported error was:",
        "Success! Synchronisation configuration appears to be correct.",
    ],
    "packages/lib/utils/webDAVUtils.ts": [
        "The WebDAV implementation of %s is incompatible with Joplin, and as such is no longer "
        "supported. Please use a different sync method.",
    ],
    "packages/lib/components/shared/dropbox-login-shared.js": [
        "Could not authorise application:\n\n%s\n\nPlease try again.",
        "The application has been authorised!",
    ],
    "packages/lib/onedrive-api-node-utils.js": [
        "All potential ports are in use - please report the issue at %s",
        "Please open the following URL in your browser to authenticate the application. The "
        "application will create a directory in \"Apps/Joplin\" and will only read and write "
        "files in this directory. It will have no access to any files outside this directory nor "
        "to any other personal data. No data will be shared with any third party.",
        "The application has been authorised - you may now close this browser tab.",
        "The application has been successfully authorised.",
    ],
    # the synchroniser's progress report and errors
    "packages/lib/Synchronizer.ts": [
        "Cancelling...", "Completed: %s (%s)", "Created local items: %d.",
        "Created remote items: %d.",
        "Deleted local items: %d.", "Deleted remote items: %d.", "Fetched items: %d/%d.", "Idle",
        "In progress",
        "Last error: %s",
        "Unknown item type downloaded - please upgrade Joplin to the latest version",
        "Updated local items: %d.", "Updated remote items: %d.",
    ],
    # the Joplin Cloud sign-up and log-in dialog
    "packages/app-desktop/gui/SyncWizard/Dialog.tsx": [
        "Close", "Collaborate on notebooks with others", "Email",
        "Joplin can synchronise your notes using various providers. Select one from the list "
        "below.",
        "Login", "Login below.", "Or create an account.", "Password",
        "Publish notes to the internet",
        "Select", "Sync your notes",
        "Thank you! Your Joplin Cloud account is now setup and ready to use.",
        "There was an error setting up your Joplin Cloud account. Please verify your email and "
        "password and try again. Error was:\n\n%s",
    ],
    # end-to-end encryption notices
    "packages/lib/components/EncryptionConfigScreen/utils.ts": [
        "Could not upgrade master key: %s", "Decrypted items: %s / %s",
        "Do not lose the password as, for security purposes, this will be the *only* way to "
        "decrypt the data! To enable encryption, please enter your password below.",
        "Enabling encryption means *all* your notes and attachments are going to be "
        "re-synchronised and sent encrypted to the sync target.",
        "Please confirm that you would like to re-encrypt your complete database.",
        "Please enter your password in the master key list below before upgrading the key.",
        "The master key has been upgraded successfully!",
        "To continue, please enter your master password below.",
        "Your data is going to be re-encrypted and synced again.",
    ],
    # the terminal app's sync command
    "packages/app-cli/app/command-sync.ts": [
        "Authentication was not completed (did not receive an authentication token).",
        "Cancelling... Please wait.",
        "Cannot initialise synchroniser.", "Downloading resources...",
        "Lock file is already being hold. If you know that no synchronisation is taking place, "
        "you may delete the lock file at \"%s\" and resume the operation.",
        "Not authentified with %s. Please provide any missing credentials.",
        "Starting synchronisation...",
        "Step 1: Open this URL in your browser to authorise the application:",
        "Step 2: Enter the code provided by Dropbox:",
        "Sync target must be upgraded! Run `%s` to proceed.",
        "Sync to provided target (defaults to sync.target config value)",
        "Synchronisation is already in progress.", "Synchronisation target: %s (%s)",
        "Synchronises with remote storage.",
        "To allow Joplin to synchronise with Dropbox, please follow the steps below:",
        "Upgrade the sync target to the latest version.",
        "Your password is needed to decrypt some of your data. Type `:e2ee decrypt` to set it.",
    ],
}
JP_NAME = "Demo Notes"
# the values of a message's placeholders, in order, where "Demo Notes" (%s) and 3 (%d) do not fit;
# ("_", msgid) is that msgid's translation, as the code passes _('note') (UserModel.ts)
JP_ARGS = {
    "%s (%s) would like to share a notebook with you.": ["bob", "bob@example.com"],
    "The default admin password is insecure and has not been changed! [Change it now](%s)":
        ["https://joplin.example.com/users/me"],
    "%s (pre-release)": ["v3.6.3"], "New version: %s": ["v3.6.3"], "Your version: %s": ["v3.5.12"],
    "Cannot share encrypted notebook with recipient %s because they have not enabled end-to-end "
    "encryption. They may do so from the screen Configuration > Encryption.": ["bob@example.com"],
    "Cannot save %s \"%s\" because it is larger than the allowed limit (%s)":
        [("_", "note"), "Demo note", "10 MB"],
    "Cannot save %s \"%s\" because it would go over the total allowed size (%s) for this account":
        [("_", "note"), "Demo note", "1 GB"],
    "The WebDAV implementation of %s is incompatible with Joplin, and as such is no longer "
    "supported. Please use a different sync method.": ["Demo WebDAV"],
    "All potential ports are in use - please report the issue at %s": ["https://www.example.com/"],
    "Completed: %s (%s)": ["2026-11-27 10:00", "3s"],
    "Not authentified with %s. Please provide any missing credentials.": ["Dropbox"],
    "Sync target must be upgraded! Run `%s` to proceed.": ["sync --upgrade"],
    "Synchronisation target: %s (%s)": ["Joplin Cloud", "10"],
    "Lock file is already being hold. If you know that no synchronisation is taking place, you may "
    "delete the lock file at \"%s\" and resume the operation.": ["/home/alice/.config/joplin/lock"],
    "Decrypted items: %s / %s": ["3", "5"],
    "Fetched items: %d/%d.": [3, 5],
}


def jp_fill(fmt, msgid, cat=None):
    """The message with its placeholders (%s, %d, %1$s …) filled and a markdown link as "label
    address"; `cat` translates a ("_", msgid) value (None: the English msgid)."""
    def value(a):
        if not isinstance(a, tuple):
            return a
        return ((cat.get(a[1]) or [""])[0] or a[1]) if cat is not None else a[1]
    fixed = [value(a) for a in JP_ARGS.get(msgid, [])]
    args = iter(fixed)

    def one(m):
        if m.group(0) == "%%":
            return "%"
        if m.group(1) and fixed:
            return str(fixed[int(m.group(1)) - 1])
        return str(next(args, JP_NAME if m.group(2) == "s" else 3))
    text = re.sub(r"%%|%(?:(\d+)\$)?([sd])", one, fmt)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 \2", text)


def jp_items():
    root = os.environ["JOPLIN_LIB_DIR"]  # the unpacked npm package (its package/ folder)
    hans = {}
    for lang, code in JP_LANGS:
        with open(os.path.join(root, "locales", code + ".json"), encoding="utf-8") as f:
            cat = json.load(f)
        seen = set()
        for path, msgids in JP_MESSAGES.items():
            for msgid in msgids:
                unit = f"laurent22/joplin:{msgid}"
                msgstr = (cat.get(msgid) or [""])[0]
                if not msgstr.strip():
                    continue
                text = clean(jp_fill(msgstr, msgid, cat))
                if untranslated_lines(text, jp_fill(msgid, msgid)) \
                        or not is_new_text(seen, hans, lang, unit, text):
                    continue
                yield item(f"joplin-{sha(lang + '#' + msgid)[:12]}", lang, text, "joplin_notice",
                           f"npm:{JP_PKG}:locales/{code}.json#{msgid[:60]}", unit,
                           "every_message_of_listed_files")


# --- Logseq ---------------------------------------------------------------------------------------
# The repository could not be fetched: src/resources/dicts/{zh-cn,en}.edn were read through the
# file index at LQ_COMMIT (the index holds zh-hant.edn only at an older version, in the dictionary's
# old key scheme: no zh-Hant text is taken) and the entries of LQ_NAMESPACES copied verbatim to
# raw/logseq/ (each excerpt's header names path and commit).
LQ_REPO = "logseq/logseq"
LQ_COMMIT = "01fc92a2b928f34c2dcdaecb043971e08653e586"
LQ_RAW = os.path.join(HERE, "raw", "logseq")
LQ_NAMESPACES = ["account", "collaboration", "encryption", "settings.sync-server", "sync",
                 "updater"]
LQ_NAME = "Demo Notes"  # a graph's name ({1} where LQ_ARGS says nothing)
LQ_ARGS = {
    "account/billing-expired-on-label": ["2026-11-27"],
    "account/billing-expires-on-label": ["2026-11-27"],
    "account/billing-next-date-label": ["2026-11-27"],
    "account/discover-sync-desc": ["Logseq Sync"],
    "encryption/fetch-key-pair-error": ["Demo error"],
    "encryption/init-key-pair-error": ["Demo error"],
    "sync/assets-downloading-count": ["3"],
    "sync/assets-uploading-count": ["3"],
    "sync/last-synced-time-label": ["2026-11-27 10:00"],
    "updater/downloading-progress": ["42"],
    "updater/update-error": ["https://www.example.com/"],
}
LQ_ENTRY = re.compile(r'^ :([\w.-]+/[\w-]+) "((?:[^"\\]|\\.)*)"$', re.M)


def lq_entries(name):
    """key -> string of a raw/logseq excerpt (EDN string escapes \\", \\\\ and \\n undone)."""
    with open(os.path.join(LQ_RAW, name), encoding="utf-8") as f:
        text = f.read()
    unescape = {'"': '"', "\\": "\\", "n": "\n"}
    return {k: re.sub(r"\\(.)", lambda m: unescape.get(m.group(1), m.group(0)), v)
            for k, v in LQ_ENTRY.findall(text)}


def lq_fill(text, key):
    args = LQ_ARGS.get(key, [])
    return re.sub(r"\{(\d)\}", lambda m: args[int(m.group(1)) - 1] if args else LQ_NAME, text)


def lq_items():
    en = lq_entries("en.excerpt.edn")
    seen = set()
    for key, value in lq_entries("zh-cn.excerpt.edn").items():
        if key.split("/")[0] not in LQ_NAMESPACES or key not in en or not value.strip():
            continue
        text = clean(lq_fill(value, key))
        if untranslated_lines(text, lq_fill(en[key], key)) or not is_new(seen, text):
            continue
        yield item(f"logseq-{sha('zh-Hans#' + key)[:12]}", "zh-Hans", text, "logseq_notice",
                   f"github.com/{LQ_REPO}@{LQ_COMMIT[:12]}:src/resources/dicts/zh-cn.edn#{key}",
                   f"{LQ_REPO}:{key}", "every_entry_of_listed_namespaces")


# --- AppFlowy ------------------------------------------------------------------------------------
# The repository could not be fetched: frontend/resources/translations/{zh-CN,zh-TW,en}.json were
# read through the file index at AP_COMMIT (all three stored at that commit) and the subtrees of
# AP_SUBTREES copied verbatim to raw/appflowy/ (each excerpt's "_excerpt" names path and commit).
AP_REPO = "AppFlowy-IO/AppFlowy"
AP_COMMIT = "0347b786380657f383a59d3ef6300faa34291b75"
AP_RAW = os.path.join(HERE, "raw", "appflowy")
AP_LANGS = [("zh-Hans", "zh-CN"), ("zh-Hant", "zh-TW")]
AP_SUBTREES = ["signUp", "signIn", "workspace", "oAuth.err"]


def ap_entries(code):
    """dotted key -> string of a raw/appflowy excerpt, "@:appName" resolved as easy_localization
    does (a link to the appName key)."""
    with open(os.path.join(AP_RAW, code + ".excerpt.json"), encoding="utf-8") as f:
        tree = json.load(f)
    out = {}

    def walk(node, prefix):
        for k, v in node.items():
            key = prefix + k
            if isinstance(v, dict):
                walk(v, key + ".")
            elif any(key.startswith(t + ".") for t in AP_SUBTREES):
                out[key] = v.replace("@:appName", tree["appName"])
    walk(tree, "")
    return out


def ap_items():
    en = ap_entries("en")
    hans = {}
    for lang, code in AP_LANGS:
        seen = set()
        for key, value in ap_entries(code).items():
            if key not in en or not value.strip():
                continue
            text = clean(value)
            if untranslated_lines(text, en[key]) or not is_new_text(seen, hans, lang, key, text):
                continue
            yield item(f"appflowy-{sha(lang + '#' + key)[:12]}", lang, text, "appflowy_notice",
                       f"github.com/{AP_REPO}@{AP_COMMIT[:12]}:frontend/resources/translations/"
                       f"{code}.json#{key}", f"{AP_REPO}:{key}", "every_entry_of_listed_subtrees")


def items():
    yield from sy_items()
    yield from jp_items()
    yield from lq_items()
    yield from ap_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
