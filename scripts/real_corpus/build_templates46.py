#!/usr/bin/env python3
"""Rebuild the fiftieth batch of tests/data/real/ (issue 12): the in-app notifications and the
membership, subscription, sign-in and sharing notices of AFFiNE (the knowledge-base and whiteboard
app), the inbox notices of Memos (the note-taking server), the scam-warning dialog and Android
connection notices of RustDesk (the remote-desktop app) and the secret-keeping warnings of
Electrum (the Bitcoin wallet), in Chinese. Only zh-Hans / zh-Hant texts
are taken, never English or Spanish (this round needs Chinese); English strings serve only as the
reference of the "untranslated" check where an English file was read (RustDesk, Electrum).

Usage:
    . /work/rebuild-50.sh   # or set RUSTDESK_GIT to a bare git dir of rustdesk/rustdesk and
                            # ELECTRUM_DIR to the unpacked Debian package python3-electrum
                            # 4.3.4+dfsg1-1+deb12u2 (needs msgfmt); AFFiNE and Memos are read
                            # from scripts/real_corpus/raw/
    python3 scripts/real_corpus/build_templates46.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates46.py assemble     # write the jsonl files

Sources (see tests/data/real/README.md, section "Fiftieth batch"). AFFiNE and Memos were read
through the file index (one stored version per file, 16,000 characters a page), the entries used
copied verbatim, in file order, to raw/<product>/<lang>.json; RustDesk was fetched whole;
Electrum is the Debian package:
  * affine_notification: toeverything/AFFiNE, packages/frontend/i18n/src/resources/{zh-Hans,
    zh-Hant}.json at the stored version AFFINE_COMMIT (both files at the same commit). MIT: the
    repository's LICENSE puts everything outside apps/server under MIT.
    Selection (AF_NOTICES, AF_TOASTS): (a) every notice type of the notification centre, the keys
    com.affine.notification.<type> whose string is a notice about an event (mention, invitation,
    invitation-accepted, invitation-review-request / -declined / -approved, invitation-blocked);
    the other keys of that prefix are list labels and buttons (unsupported, empty, loading-more,
    empty.description, *.open-workspace, invitation.accept) and are not taken; (b) every
    notification toast written as a title / message pair in the payment, account and sharing
    sections: com.affine.payment.* (the membership, plan and subscription toasts: a key ending in
    notify.title / notify-title / success.title with its message, msg or content sibling),
    com.affine.auth.* (toast.title.<event> with toast.message.<event>) and com.affine.share-menu.*
    (<action>.notification.<outcome>.title with its .message), written "title, line break,
    message"; the toasts' buttons (later, ok-client, ok-web) are not part of the message. Toasts
    of one string only (com.affine.toastMessage.*, tag and collection toasts) are not taken. The
    invitation-sent toast is its title alone (the case where every address was sent; its
    fail-message sibling heads a list of addresses).
  * memos_inbox: usememos/memos, web/src/locales/zh-Hans.json at the stored version MEMOS_COMMIT
    (MIT, LICENSE): every key of the `inbox` section (the inbox notices). The stored zh-Hant.json
    (01f33c228e09) has no `inbox` section: no zh-Hant text.
  * rustdesk_message: rustdesk/rustdesk (AGPL-3.0, LICENCE), fetched whole, at RUSTDESK_COMMIT:
    every message of RD_MESSAGES, written down from the code that shows it (the scam-warning
    dialog of the mobile server page and the non-ongoing notices of the Android MainService), with
    the strings of src/lang/{cn,tw}.rs read as translate_locale() does (the language's string,
    else the English table's src/lang/en.rs, else the key). The "untranslated" test is
    build_templates3.untranslated_lines against the same message rendered from the English table.
  * electrum_warning: Debian's python3-electrum ELECTRUM_VERSION (Expat, i.e. MIT, for all of
    Electrum: /usr/share/doc/python3-electrum/copyright, "Files: *"): the Qt GUI's warnings that
    tell the user to keep a secret (EL_MESSAGES: seed_dialog.seed_warning_msg with a 12-word
    seed, export_privkeys_dialog's label), composed as the code composes them, with the
    catalogues electrum/locale/{zh_CN,zh_TW}/electrum.po (the upstream Crowdin translations the
    package ships as .po) compiled with msgfmt and read with gettext, as electrum/i18n.py reads
    the compiled catalogue; a message is skipped in a language where gettext leaves one of its
    strings in English (an empty or fuzzy entry) or where untranslated_lines finds an English line.

Rendering: i18next's `{{name}}` placeholders filled with the fixed values of the earlier batches
(the user "Alice Chen", the member "Bob", the RustDesk peer ID 123456789, the workspace "Demo
workspace", the document "Demo document", the memo "Demo memo", the version "v0.22.0", the plan's billing period the language's
own com.affine.payment.recurring-yearly string, counts 2 and 0); react-i18next's numbered tags
(<1>…</1>) dropped, their text kept; lines stripped. The stored en.json versions of AFFiNE
(00a280d762cc, b26efa4940b2) predate these keys, so the "untranslated" test is
build_templates8.english_line (a line of two Latin words and no Chinese character), run on the
text with its fills blanked (Memos: the same). Near-duplicates (digits and white space aside)
collapse within a source and language. Cut at 500 characters.

Split: the unit is the template (`toeverything/AFFiNE:<template>`, `usememos/memos:<key>`,
`rustdesk/rustdesk:<template>`, `spesmilo/electrum:<template>`), all languages of one template
on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates46.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import subprocess
import tempfile

from build_templates import item
from build_templates2 import is_new
from build_templates3 import untranslated_lines
from build_templates8 import english_line
from corpus import catalogue, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates46.tsv")
RAW = os.path.join(HERE, "raw")

FILLS = {"username": "Alice Chen", "name": "Bob", "workspaceName": "Demo workspace",
         "docTitle": "Demo document", "user": "Alice Chen", "memo": "Demo memo",
         "version": "v0.22.0", "successCount": "2", "failedCount": "0"}

# --- AFFiNE ------------------------------------------------------------------------------------
AFFINE_COMMIT = "038b4788d84ce8e7e2999341f9ff5b6131eef119"
AF_LANGS = ["zh-Hans", "zh-Hant"]
N = "com.affine.notification."
P = "com.affine.payment."
A = "com.affine.auth."
S = "com.affine.share-menu."
# (a) the notification centre's notices: (template, key)
AF_NOTICES = [(t, N + t) for t in (
    "mention", "invitation", "invitation-accepted", "invitation-review-request",
    "invitation-review-declined", "invitation-review-approved", "invitation-blocked")]
# (b) the payment / membership, account and sharing toasts: (template, title key, message key
# or None)
AF_TOASTS = [
    ("member.team.invite.notify", P + "member.team.invite.notify.title", None),
    ("member.team.revoke.notify", P + "member.team.revoke.notify.title",
     P + "member.team.revoke.notify.message"),
    ("member.team.approve.notify", P + "member.team.approve.notify.title",
     P + "member.team.approve.notify.message"),
    ("member.team.decline.notify", P + "member.team.decline.notify.title",
     P + "member.team.decline.notify.message"),
    ("member.team.remove.notify", P + "member.team.remove.notify.title",
     P + "member.team.remove.notify.message"),
    ("member.team.change.admin.notify", P + "member.team.change.notify.title",
     P + "member.team.change.admin.notify.message"),
    ("member.team.change.collaborator.notify", P + "member.team.change.notify.title",
     P + "member.team.change.collaborator.notify.message"),
    ("member.team.assign.notify", P + "member.team.assign.notify.title",
     P + "member.team.assign.notify.message"),
    ("updated-notify", P + "updated-notify-title", P + "updated-notify-msg"),
    ("resume.success.team", P + "resume.success.title", P + "resume.success.team.message"),
    ("downgraded-notify", P + "downgraded-notify.title", P + "downgraded-notify.content"),
    ("upgrade-success-notify", P + "upgrade-success-notify.title",
     P + "upgrade-success-notify.content"),
    # the account toasts of com.affine.auth.* (toast.title.<event> with toast.message.<event>)
    ("auth.toast.signed-in", A + "toast.title.signed-in", A + "toast.message.signed-in"),
    ("auth.toast.failed", A + "toast.title.failed", A + "toast.message.failed"),
    # the sharing toasts of com.affine.share-menu.* (notification.<outcome>.title / .message)
    ("share-menu.create-public-link.success", S + "create-public-link.notification.success.title",
     S + "create-public-link.notification.success.message"),
    ("share-menu.disable-publish-link.fail", S + "disable-publish-link.notification.fail.title",
     S + "disable-publish-link.notification.fail.message"),
    ("share-menu.disable-publish-link.success",
     S + "disable-publish-link.notification.success.title",
     S + "disable-publish-link.notification.success.message"),
]

# --- Memos -------------------------------------------------------------------------------------
MEMOS_COMMIT = "000b3a7a2c6a126233403acfaed67e581b8c2c19"
MEMOS_INBOX = ["memo-comment", "version-update"]


def raw(product, lang):
    with open(os.path.join(RAW, product, lang + ".json"), encoding="utf-8") as f:
        return json.load(f)


def fill(s, values):
    """An i18next string with its {{name}} placeholders filled and its <n>…</n> tags dropped."""
    s = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values[m.group(1)], s)
    return re.sub(r"</?\d+/?>", "", s)


def blank(text):
    for v in list(FILLS.values()) + ["123456789"]:
        text = text.replace(v, "")
    return text.replace("AFFiNE", "")


def text_of(lines):
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def affine_items():
    for lang in AF_LANGS:
        cat = raw("affine", lang)
        values = dict(FILLS, plan=cat[P + "recurring-yearly"])
        seen = set()
        candidates = [(t, [k]) for t, k in AF_NOTICES]
        candidates += [(t, [k for k in (title, msg) if k]) for t, title, msg in AF_TOASTS]
        for template, keys in candidates:
            if any(k not in cat for k in keys):
                continue
            text = text_of(fill(cat[k], values) for k in keys)
            if english_line(blank(text)) or not is_new(seen, text):
                continue
            yield item(f"affine-{lang}-{template.replace('.', '-')}", lang, text,
                       "affine_notification",
                       f"github.com/toeverything/AFFiNE@{AFFINE_COMMIT[:12]}:"
                       f"packages/frontend/i18n/src/resources/{lang}.json ({', '.join(keys)})",
                       f"toeverything/AFFiNE:{template}", "notification_centre_and_payment_toasts")


def memos_items():
    cat = raw("memos", "zh-Hans")["inbox"]
    seen = set()
    for key in MEMOS_INBOX:
        text = text_of([fill(cat[key], FILLS)])
        if english_line(blank(text)) or not is_new(seen, text):
            continue
        yield item(f"memos-zh-Hans-{key}", "zh-Hans", text, "memos_inbox",
                   f"github.com/usememos/memos@{MEMOS_COMMIT[:12]}:web/src/locales/zh-Hans.json "
                   f"(inbox.{key})", f"usememos/memos:{key}", "inbox_section")


# --- RustDesk ----------------------------------------------------------------------------------
RUSTDESK_COMMIT = "7423dced37845c48093b6f71bd82e4a16cc8c79d"  # master of 2026-08-22
RD_LANGS = [("zh-Hans", "cn"), ("zh-Hant", "tw")]
RD_USER = "Alice Chen"
RD_PEER = "123456789"  # the peer's RustDesk ID


def T(key):
    """A string of the app's translation table (src/lang/<lang>.rs), as translate() gives it."""
    return ("t", key)


# Each message: (template, lines); a line is a list of parts (T(...) or literal strings) joined
# without separator. Written down from the code that shows it:
#  * ScamWarningDialog (flutter/lib/mobile/pages/server_page.dart, shown before the screen-sharing
#    service starts): "Warning", scam_title, then "scam_text1\n\nscam_text2" (its checkbox and
#    buttons, "Don't show again", "I Agree", "Decline", are not part of the message);
#  * the connection notices of MainService.kt (flutter/android/.../MainService.kt; the ongoing
#    foreground-service notice is not taken): loginRequestNotification (title "Do you accept?",
#    text "$type:$username-$peerId"), onClientAuthorizedNotification (title "$type Established",
#    text "$username - $peerId"), each for both types (translate("Share screen") /
#    translate("Transfer file")), and voiceCallRequestNotification, whose type is the English
#    literal "Voice Call Request".
RD_MESSAGES = [
    ("scam-warning", [[T("Warning")], [T("scam_title")], [T("scam_text1")], [T("scam_text2")]]),
    ("login-request:share-screen",
     [[T("Do you accept?")], [T("Share screen"), ":" + RD_USER + "-" + RD_PEER]]),
    ("login-request:transfer-file",
     [[T("Do you accept?")], [T("Transfer file"), ":" + RD_USER + "-" + RD_PEER]]),
    ("client-authorized:share-screen",
     [[T("Share screen"), " ", T("Established")], [RD_USER + " - " + RD_PEER]]),
    ("client-authorized:transfer-file",
     [[T("Transfer file"), " ", T("Established")], [RD_USER + " - " + RD_PEER]]),
    ("voice-call-request",
     [[T("Do you accept?")], ["Voice Call Request:" + RD_USER + "-" + RD_PEER]]),
]


def rust_table(src):
    """The ("key", "value") pairs of a src/lang/<lang>.rs table (Rust string escapes read)."""
    out = {}
    pair = r'\("((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)'
    for m in re.finditer(pair, src):
        unesc = [re.sub(r'\\(.)', lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), g)
                 for g in m.groups()]
        out[unesc[0]] = unesc[1]
    return out


def rd_translate(table, en, key):
    """translate_locale(): the language's string, else the English table's, else the key."""
    if table.get(key):
        return table[key]
    return en.get(key) or key


def rd_text(table, en, lines):
    return text_of("".join(rd_translate(table, en, p[1]) if isinstance(p, tuple) else p
                           for p in line) for line in lines)


def rustdesk_items():
    git = os.environ["RUSTDESK_GIT"]
    en = rust_table(git_show(git, RUSTDESK_COMMIT, "src/lang/en.rs"))
    for lang, code in RD_LANGS:
        table = rust_table(git_show(git, RUSTDESK_COMMIT, f"src/lang/{code}.rs"))
        seen = set()
        for template, lines in RD_MESSAGES:
            text = rd_text(table, en, lines)
            en_text = rd_text(en, en, lines)
            if untranslated_lines(blank(text), blank(en_text)) or not is_new(seen, text):
                continue
            yield item(f"rustdesk-{code}-{template.replace(':', '-')}", lang, text,
                       "rustdesk_message",
                       f"github.com/rustdesk/rustdesk@{RUSTDESK_COMMIT[:12]}:src/lang/{code}.rs + "
                       + ("flutter/lib/mobile/pages/server_page.dart" if template == "scam-warning"
                          else "flutter/android/app/src/main/kotlin/com/carriez/flutter_hbb/"
                               "MainService.kt"),
                       f"rustdesk/rustdesk:{template}", "scam_dialog_and_connection_notices")


# --- Electrum ----------------------------------------------------------------------------------
ELECTRUM_VERSION = "4.3.4+dfsg1-1+deb12u2"  # Debian bookworm-security's python3-electrum
EL_LANGS = [("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW")]
EL_SEED_WORDS = 12  # a standard Electrum seed


def el_html(html):
    """The Qt rich text read as text: paragraphs and list items on their own lines, tags dropped."""
    html = re.sub(r"</p>|<li>|</b>(?=<ul>)|<ul>", "\n", html)
    return text_of(re.sub(r"<[^>]+>", "", html).splitlines())


# The Qt GUI's warnings that tell the user to keep a secret (found by grep over the package's
# Python code for "never disclose", "are secret", "third parties", "scam", "phishing", "do not
# share", "never share", "fraud"), each composed as its code composes it, from a translator `_`:
#  * seed_dialog.seed_warning_msg(seed), shown under a new wallet's seed;
#  * main_window.export_privkeys_dialog's label above the exported private keys.
def el_seed_warning(_):
    return el_html("".join([
        "<p>",
        _("Please save these {0} words on paper (order is important). "),
        _("This seed will allow you to recover your wallet in case of computer failure."),
        "</p>",
        "<b>" + _("WARNING") + ":</b>",
        "<ul>",
        "<li>" + _("Never disclose your seed.") + "</li>",
        "<li>" + _("Never type it on a website.") + "</li>",
        "<li>" + _("Do not store it electronically.") + "</li>",
        "</ul>"]).format(EL_SEED_WORDS))


def el_privkeys_warning(_):
    return text_of(("%s\n%s\n%s" % (
        _("WARNING: ALL your private keys are secret."),
        _("Exposing a single private key can compromise your entire wallet!"),
        _("In particular, DO NOT use 'redeem private key' services proposed by third parties."))
    ).splitlines())


EL_MESSAGES = [("seed-warning", el_seed_warning), ("export-privkeys-warning", el_privkeys_warning)]


def electrum_items():
    locale = os.path.join(os.environ["ELECTRUM_DIR"], "usr/lib/python3/dist-packages/electrum/locale")
    for lang, code in EL_LANGS:
        with tempfile.TemporaryDirectory() as tmp:
            mo = os.path.join(tmp, "electrum.mo")
            subprocess.run(["msgfmt", "-o", mo, os.path.join(locale, code, "electrum.po")],
                           check=True)
            cat = catalogue(mo)
        seen = set()
        for template, compose in EL_MESSAGES:
            left = []  # the message's strings the catalogue leaves in English (gettext's fallback)

            def tr(s):
                t = cat.gettext(s)
                if t == s and len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
                    left.append(s)
                return t

            text = compose(tr)
            if left or untranslated_lines(text, compose(lambda s: s)) or not is_new(seen, text):
                continue
            yield item(f"electrum-{code}-{template}", lang, text, "electrum_warning",
                       f"Debian python3-electrum {ELECTRUM_VERSION}: electrum/gui/qt/"
                       + ("seed_dialog.py" if template == "seed-warning" else "main_window.py")
                       + f" + electrum/locale/{code}/electrum.po",
                       f"spesmilo/electrum:{template}", "secret_keeping_warnings")


def items():
    yield from affine_items()
    yield from memos_items()
    yield from rustdesk_items()
    yield from electrum_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
