#!/usr/bin/env python3
"""Build the eighty-fourth batch of tests/data/real/: account, log-in, password, two-factor,
recovery-key, passkey, session and e-mail-verification messages of Ente (end-to-end encrypted photo
storage and authenticator; github.com/ente-io/ente, AGPL-3.0): the Ente Auth app's catalogue in
English, Spanish, zh-Hans and zh-Hant, and the server's e-mail templates (English), rendered with
fixed values.

Usage:
    python3 scripts/real_corpus/build_templates80.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates80.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/ente/ (see its SOURCE.md
for repository, paths and commit: every file at a621d733154a, 2026-07-01).

Sources and mechanical rules (see scripts/real_corpus/notes/batch84.md):
  * ente_auth_notice: every key of mobile/apps/auth/lib/l10n/arb/app_en.arb (the `@`-metadata keys
    aside) whose English text has 4 or more words (placeholders counted as written) and matches
    the account word pattern ACCOUNT_WORDS (password, passphrase, sign in / out / up and log in /
    out / on, account, confirm, verify, invite, security, two-factor / 2FA / multi-factor,
    authenticate, reset, register, credential, recover, session, unlock, locked, code, passkey,
    e-mail), in file order; Spanish from app_es.arb, zh-Hans from app_zh_CN.arb, zh-Hant from
    app_zh_TW.arb (app_zh.arb, the bare `zh` fallback, is an older and smaller Simplified copy:
    not taken). A translation equal to the English text once punctuation and spacing are set
    aside is an untranslated copy and is skipped; a key missing or empty in a catalogue is not
    taken in that language. ICU plurals take their `other` form; the styling tags `<green>`, `<underline>`,
    `<u-terms>`, `<u-policy>` are dropped;
    placeholders filled by AUTH_FILL.
  * ente_mail: every e-mail template under server/mail-templates/ (its sub-folders
    inactive-user-deletion/, legacy/ and storage-warning/ included) except the three layout files
    base.html, ente_base.html and legacy/legacy_base.html: the visible text of the HTML (head,
    style and comments dropped; the source's line breaks collapsed; each block element and `<br>` a
    line), Go-template `{{if}}` branches chosen
    by MAIL_TRUE (true: IsFamilyPlan, BeneficiaryEmail, App; false: IsImmediate), values from
    MAIL_FILL. English only (the server has no other language). Text = the subject the server's
    Go code sends the template with (MAIL_SUBJECTS, written down from the copies under raw/ente/go/;
    the builder checks that each, `%s` aside, occurs there), a blank line, the body. A template the
    code sends under several subjects (the storage warnings' reminder stages) gives one text per
    subject, all in the template's split unit.
  Near-duplicates (digits and white space aside) collapse within a source and language. Cut at
  500 characters.

Split: the unit is the message key (`ente-io/ente:auth:<key>`, `ente-io/ente:mail:<path>`), all
languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates80.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each
text; the scanner played no part.
"""
import hashlib
import html
import json
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates80.tsv")
RAW = os.path.join(HERE, "raw", "ente")

REPO = "ente-io/ente"
COMMIT = "a621d733154a834f23754e7e874de769be532d9d"

ACCOUNT_WORDS = re.compile(
    r"password|passphrase|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
    r"account|confirm|verif|invit|securit|two[- ]factor|\b2fa\b|multi-?factor|authenticat|reset|"
    r"regist|credential|recover|session|unlock|\blocked|\bcode\b|passkey|e-?mail", re.I)

AUTH_LANGS = [("app_en", "en"), ("app_es", "es"), ("app_zh_CN", "zh-Hans"), ("app_zh_TW", "zh-Hant")]
AUTH_DIR = "mobile/apps/auth/lib/l10n/arb"
AUTH_FILL = {"account": "GitHub", "issuerName": "GitHub", "code": "GitHub", "codeCount": "3",
             "email": "support@ente.io", "toEmail": "support@ente.io", "newEmail": "alice.new@example.com"}

MAIL_DIR = "server/mail-templates"
MAIL_LAYOUTS = {"base.html", "ente_base.html", "legacy/legacy_base.html"}
MAIL_TRUE = {"IsFamilyPlan": True, "BeneficiaryEmail": True, "App": True, "IsImmediate": False}
MAIL_FILL = {
    "TrustedContact": "bob@example.com", "LegacyContact": "carol@example.com",
    "BeneficiaryEmail": "bob@example.com", "OtherUserEmail": "bob@example.com",
    "MemberEmailID": "bob@example.com", "AdminEmailID": "carol@example.com",
    "Email": "alice@example.com", "AccountEmail": "alice@example.com",
    "NewEmail": "alice.new@example.com", "VerificationCode": "482913",
    "DeletionDate": "15 March 2026", "AutoDeleteDate": "15 April 2026", "ExpiryDate": "1 March 2026",
    "GraceUntil": "15 April 2026", "GraceDays": "30", "DaysLeft": "30", "RecoveryDelay": "30 days",
    "CouponCode": "ENTE7Q4K2M", "ProviderName": "Proton", "Storage": "100 GB",
    "PaymentProvider": "Stripe", "Date": "2 March 2026 09:14", "App": "Ente Photos",
    "Device": "Pixel 8", "IP": "203.0.113.7",
    "AccountRecoveryLink": "https://accounts.ente.io/recover?token=5f2c9a0e1b7d4c3a",
    "FamilyInviteLink": "https://family.ente.io/?inviteToken=5f2c9a0e1b7d4c3a",
}


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def lines_text(s):
    """Each line's white space collapsed, runs of blank lines kept single, ends stripped."""
    lines = [" ".join(l.split()) for l in s.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def words_only(s):
    """A text's letters and digits only: a translation equal to the English text but for
    punctuation or spacing is an untranslated copy."""
    return re.sub(r"\W", "", s).lower()


def selected(text):
    return len(text.split()) >= 4 and bool(ACCOUNT_WORDS.search(text))


# --- Ente Auth catalogue ----------------------------------------------------------------------------
def icu_plural(s):
    """`{n, plural, one{…} other{…}}` → the `other` form (braces balanced by hand)."""
    while True:
        m = re.search(r"\{(\w+),\s*plural,", s)
        if not m:
            return s
        depth, i = 0, m.start()
        while True:
            if s[i] == "{":
                depth += 1
            elif s[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        body = s[m.end():i]
        o = re.search(r"other\s*\{", body)
        j, depth = o.end(), 1
        while depth:
            depth += {"{": 1, "}": -1}.get(body[j], 0)
            j += 1
        s = s[:m.start()] + body[o.end():j - 1] + s[i + 1:]


def auth_fill(s):
    s = icu_plural(s)
    s = re.sub(r"</?(?:green|underline|u-terms|u-policy)>", "", s)  # the app's styling tags
    s = re.sub(r"\{(\w+)\}", lambda m: AUTH_FILL[m.group(1)], s)
    return lines_text(s)


def auth_items():
    cats = {code: json.loads(read(f"auth/{name}.arb")) for name, code in AUTH_LANGS}
    files = {code: name for name, code in AUTH_LANGS}
    seen = {code: set() for _, code in AUTH_LANGS}
    out = []
    for key, v in cats["en"].items():
        if key.startswith("@") or not isinstance(v, str) or not selected(v):
            continue
        en_text = auth_fill(v)
        for _, code in AUTH_LANGS:
            t = cats[code].get(key)
            if not isinstance(t, str) or not t.strip():
                continue
            text = auth_fill(t)
            if not text or (code != "en" and words_only(text) == words_only(en_text)) \
                    or not is_new(seen[code], text):
                continue
            out.append(item(f"ea-{code}-{short_id(key)}", code, text, "ente_auth_notice",
                            f"{REPO}@{COMMIT[:12]}:{AUTH_DIR}/{files[code]}.arb#{key}",
                            f"{REPO}:auth:{key}",
                            "app_en.arb keys whose English text has 4+ words and an account word"))
    return out


# --- Ente server mails ------------------------------------------------------------------------------
def go_if(s):
    """Resolves `{{if .X}} … {{else}} … {{end}}` (innermost first) by MAIL_TRUE."""
    pat = re.compile(r"\{\{-?\s*if\s+\.(\w+)\s*-?\}\}((?:(?!\{\{-?\s*(?:if|end)\b).)*?)\{\{-?\s*end\s*-?\}\}", re.S)
    while True:
        m = pat.search(s)
        if not m:
            return s
        parts = re.split(r"\{\{-?\s*else\s*-?\}\}", m.group(2))
        keep = parts[0] if MAIL_TRUE[m.group(1)] else (parts[1] if len(parts) > 1 else "")
        s = s[:m.start()] + keep + s[m.end():]


def mail_text(s):
    s = re.sub(r"(?is)<(style|script|head|title)\b.*?</\1>", "", s)
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = go_if(s)
    s = re.sub(r"\{\{-?\s*(?:define|end|template|block)\b[^}]*\}\}", "", s)
    s = re.sub(r"\{\{-?\s*\.(\w+)\s*-?\}\}", lambda m: MAIL_FILL[m.group(1)], s)
    s = " ".join(s.split())  # the source's own line breaks are not the mail's
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?(?:p|div|h\d|tr|table|tbody|li|ul|ol|td|center|section|footer|body|html)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [" ".join(l.split()) for l in s.split("\n")]
    return "\n".join(l for l in lines if l)


def mail_paths():
    out = []
    for dirpath, _, names in os.walk(os.path.join(RAW, "mail")):
        for n in names:
            if n.endswith(".html"):
                out.append(os.path.relpath(os.path.join(dirpath, n), os.path.join(RAW, "mail")))
    return sorted(p for p in out if p not in MAIL_LAYOUTS)


# template → the subjects the server sends it with (raw/ente/go/: ente/{billing,offer,user}.go,
# pkg/controller/{discountcoupon/controller,email/email_notification,email/storage_warning_expired,
# email/storage_warning_overage,emergency/email,family/admin,legacy_kit/email,
# user/inactive_user_orchestrator,user/storage_warning_login_grace,user/user,user/userauth}.go);
# `%s` filled as the code fills it (VerificationCode, ProviderName, MemberEmailID, OtherUserEmail).
MAIL_SUBJECTS = {
    "account_deleted.html": ["Your Ente account has been deleted"],
    "account_deleted_active_sub.html": ["Your Ente account has been deleted"],
    "bf_2024.html": ["Black Friday deal confirmation"],
    "customer_hello.html": ["Hello from Ente"],
    "discount_coupon.html": ["Your %s Discount Code"],
    "discount_coupon_kagi.html": ["Ente Friends - Kagi trial code"],
    "discount_coupon_notesnook.html": ["Ente Friends - Notesnook discount code"],
    "discount_coupon_test.html": ["Ente Friends - Test trial code"],
    "discount_coupon_tuta.html": ["Ente Friends - Tuta discount code"],
    "discount_coupon_windscribe.html": ["Ente Friends - Windscribe discount code"],
    "email_changed.html": ["Email address updated"],
    "family_accepted.html": ["%s has accepted your invitation!"],
    "family_invited.html": ["You've been invited to join a family on Ente!"],
    "family_left.html": ["%s has left your family on Ente"],
    "family_nudge.html": ["Share your Ente Subscription with your Family!"],
    "family_removed.html": ["You have been removed from the family account on Ente"],
    "files_collected.html": ["You've got photos!"],
    "inactive-user-deletion/confirm_13m.html": ["Your Ente account has been deleted due to inactivity"],
    "inactive-user-deletion/warn_1d.html": ["Final reminder: Your Ente account will be deleted tomorrow"],
    "inactive-user-deletion/warn_1m.html": ["Reminder: Sign in within 30 days to keep your Ente account"],
    "inactive-user-deletion/warn_2m.html": ["Action needed: Keep your Ente account active"],
    "inactive-user-deletion/warn_7d.html": ["7-day reminder: Your Ente account is scheduled for deletion"],
    "legacy/kit_recovery_completed.html": ["Legacy Kit recovery completed"],
    "legacy/kit_recovery_started.html": ["Legacy Kit recovery initiated"],
    "legacy/legacy_invite.html": ["You have been added as a trusted contact"],
    "legacy/legacy_invite_accepted.html": ["Trusted contact added"],
    "legacy/legacy_invite_rejected.html": ["Legacy invite rejected"],
    "legacy/legacy_invite_sent.html": ["Trusted contact invited"],
    "legacy/legacy_left.html": ["Trusted contact removed"],
    "legacy/legacy_removed.html": ["Legacy account access removed"],
    "legacy/recovery_cancelled.html": ["Ente account recovery cancelled"],
    "legacy/recovery_completed_legacy.html": ["Ente account password reset"],
    "legacy/recovery_completed_trusted.html": ["Ente account recovery successful"],
    "legacy/recovery_ready_legacy.html": ["Ente account recoverable"],
    "legacy/recovery_ready_trusted.html": ["Ente account recoverable"],
    "legacy/recovery_rejected.html": ["Ente account recovery blocked"],
    "legacy/recovery_reminder.html": ["Ente account recovery due"],
    "legacy/recovery_started.html": ["Ente account recovery initiated"],
    "mobile_app_first_upload.html": ["Congratulations! 🎉"],
    "on_hold.html": ["Ente account on hold"],
    "on_link_joined.html": ["%s has joined your album"],
    "on_login.html": ["New login to your Ente account"],
    "ott.html": ["Verification code: %s"],
    "ott_change_email.html": ["Verification code: %s"],
    "ott_mobile.html": ["Verification code: %s"],
    "storage-warning/storage_warning_active_overage.html": [
        "Action needed: Reduce usage or upgrade your Ente plan",
        "Reminder: Your Ente data is scheduled for deletion due to overusage",
        "30-day reminder: Your Ente data will be deleted in 30 days due to overusage",
        "Final reminder: Your Ente data will be deleted tomorrow due to overusage"],
    "storage-warning/storage_warning_active_overage_scheduled_deletion.html": [
        "Your Ente data is scheduled for deletion due to overusage"],
    "storage-warning/storage_warning_expired.html": [
        "Action needed: Your Ente subscription has expired",
        "Reminder: Your Ente data is scheduled for deletion",
        "Reminder: Renew your Ente plan to avoid data deletion",
        "30-day reminder: Your Ente data will be deleted in 30 days",
        "Final reminder: Your Ente data will be deleted tomorrow"],
    "storage-warning/storage_warning_expired_scheduled_deletion.html": ["Your Ente data is scheduled for deletion"],
    "storage-warning/storage_warning_login_grace.html": ["Temporary access restored to your Ente account"],
    "storage_limit_exceeded.html": ["[Alert] You have exceeded your storage limit"],
    "subscription_cancelled.html": ["Good bye (?) from Ente"],
    "subscription_ended.html": ["Your subscription to Ente Photos has ended"],
    "subscription_upgraded.html": ["Thank you for choosing Ente!"],
    "successful_referral.html": ["You've earned 10 GB on Ente! 🎁"],
    "web_app_first_upload.html": ["Congratulations! 🎉"],
}
SUBJECT_FILL = {"ott.html": "VerificationCode", "ott_change_email.html": "VerificationCode",
                "ott_mobile.html": "VerificationCode", "discount_coupon.html": "ProviderName",
                "family_accepted.html": "MemberEmailID", "family_left.html": "MemberEmailID",
                "on_link_joined.html": "OtherUserEmail"}


def go_sources():
    out = []
    for dirpath, _, names in os.walk(os.path.join(RAW, "go")):
        for n in sorted(names):
            with open(os.path.join(dirpath, n), encoding="utf-8") as f:
                out.append(f.read())
    return "\n".join(out)


def mail_items():
    go = go_sources()
    paths = mail_paths()
    assert sorted(MAIL_SUBJECTS) == paths, set(paths) ^ set(MAIL_SUBJECTS)
    seen = set()
    out = []
    for p in paths:
        body = mail_text(read(f"mail/{p}"))
        for subject in MAIL_SUBJECTS[p]:
            assert f'"{subject}"' in go, subject  # written as a Go string literal in the copies
            if "%s" in subject:
                subject = subject.replace("%s", MAIL_FILL[SUBJECT_FILL[p]])
            text = subject + "\n\n" + body
            if not body or not is_new(seen, text):
                continue
            out.append(item(f"em-en-{short_id(p + ':' + subject)}", "en", text, "ente_mail",
                            f"{REPO}@{COMMIT[:12]}:{MAIL_DIR}/{p}", f"{REPO}:mail:{p}",
                            "every mail template of server/mail-templates (layouts aside): subject, visible text"))
    return out


def items():
    yield from auth_items()
    yield from mail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
