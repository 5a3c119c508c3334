#!/usr/bin/env python3
"""Build the sixty-sixth batch of tests/data/real/ (issue 12): the mails and the user-facing
account notices of Easy!Appointments (alextselegidis/easyappointments, GPL-3.0), in English,
Spanish, zh-Hans and zh-Hant, and of InvoicePlane (InvoicePlane/InvoicePlane, MIT), in English,
rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates62.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates62.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/easyappointments/ and
raw/invoiceplane/ (see the SOURCE.md of each for repository, paths and commit).

Sources (see scripts/real_corpus/notes/batch66.md):
  * easyappointments_email: every mail that application/libraries/Email_messages.php sends, with
    the subject and message application/libraries/Notifications.php (or Email_messages.php) passes:
    the appointment-saved mail in its three (subject, message) branches (the customer's "booked"
    mail, the provider's / admin's / secretary's "added to your plan" mail, and the manage-mode
    "details changed" mail, whose message is empty), the appointment-deleted mail, the new
    account password mail (account_recovery_email.php) and the password-reset link mail
    (password_reset_email.php). Read as: subject, a blank line, the view's text in source order
    (HTML tags dropped; a link written `label address`; the footer "Powered by Easy!Appointments |
    <company>"). Template branches: the default, i.e. the appointment's optional fields (status,
    description, location, meeting link, notes, custom fields) empty, so their `if` blocks are
    not printed; the customer's name, e-mail and phone printed. The view's literal "Reschedule /
    Cancel Appointment" button is English in every language (as the product sends it).
  * easyappointments_notice: the user-facing sentences of
    application/language/<lang>/translations_lang.php, selected mechanically: every key whose
    English value is a sentence (5+ words, ending in `.`, `!` or `?`) and matches the account
    word pattern NOTICE_WORDS (password, log in, sign, account, e-mail, verif…, confirm, link,
    code, token, reset, session, expire, unlock, secret, two-factor, credential, username,
    access); in file order.
  * invoiceplane_email: the two mails the application itself writes (the mail templates of
    application/modules/email_templates are the user's own, stored in the database): the
    password-reset mail (Sessions.php: subject trans('password_reset'), body
    views/emails/passwordreset.php) and the quote-status mail to the quote's owner
    (helpers/mailer_helper.php email_quote_status), once for each status its callers pass
    ("approved", "rejected"), the link written as its address.
  * invoiceplane_notice: the same rule as easyappointments_notice over
    application/language/english/ip_lang.php, the `log_*` keys (server log lines, never shown)
    left out; HTML tags dropped (a link keeps its label), `\'` unescaped.
  InvoicePlane is English only: its other catalogues are not in the repository (downloaded from
  Crowdin at release; the repository's Spanish folder was removed in 2019).
  Easy!Appointments languages: english → en, spanish → es, chinese → zh-Hans, traditional-chinese → zh-Hant. A key
  missing in a language is skipped there; a translated text equal to the English one
  (untranslated) is skipped; near-duplicates (digits and white space aside) collapse within a
  source and language. Cut at 500 characters.

Placeholders: customer Alice Chen <alice@example.com>, +1 555 0100; provider Bob Martin; company
"Demo Clinic" (https://clinic.example.com); service "Demo consultation"; appointment 2026-11-27
10:00-10:30 UTC (format_date_time with the default DMY / regular settings: 27/11/2026 10:00 am);
links https://app.example.com/… with the hash / token 5f2c9a0e1b7d4c3a; the password
Tq7m-Wz4k-Rb9x where a mail supplies one; `$number` (the minimum password length) 7;
`{$link}…{/$link}` as plain text; the cancellation reason "Demo reason".

Split: the unit is the message key (`<owner/repo>:<mail>` or `<owner/repo>:lang:<key>`), all languages of one message on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner
run on these texts. Labels come from scripts/real_corpus/labels/labels_templates62.tsv (id,
category, credential_request, credentials, borderline), assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates62.tsv")
RAW = os.path.join(HERE, "raw", "easyappointments")

EA_REPO = "alextselegidis/easyappointments"
EA_COMMIT = "e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb"
LANGS = [("english", "en"), ("spanish", "es"), ("chinese", "zh-Hans"), ("traditional-chinese", "zh-Hant")]
LANG_FILE = "application/language/{}/translations_lang.php"
NOTICE_WORDS = re.compile(r"password|log ?in|sign|account|e-?mail|verif|confirm|link|code|token|reset|"
                          r"session|expire|unlock|secret|two-factor|2fa|credential|username|access", re.I)

COMPANY = "Demo Clinic"
COMPANY_LINK = "https://clinic.example.com"
HASH = "5f2c9a0e1b7d4c3a"
PASSWORD = "Tq7m-Wz4k-Rb9x"
DATE_START = "27/11/2026 10:00 am"
DATE_END = "27/11/2026 10:30 am"
TIMEZONE = "UTC"


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def php_lang(path):
    """key -> value of a CodeIgniter language file ($lang['key'] = '…'; single-quoted)."""
    out = {}
    for k, v in re.findall(r"\$lang\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", read(path)):
        out[k] = re.sub(r"\\(.)", r"\1", v)
    return out


def fill(text):
    text = text.replace("$password", PASSWORD).replace("$number", "7")
    return re.sub(r"\{/?\$link\}", "", text)


# The mails: key -> (view, subject key, message key or None).
MAILS = [
    ("appointment_saved:customer", "appointment_saved_email", "appointment_booked", "thank_you_for_appointment"),
    ("appointment_saved:provider", "appointment_saved_email", "appointment_added_to_your_plan",
     "appointment_link_description"),
    ("appointment_saved:manage_mode", "appointment_saved_email", "appointment_details_changed", None),
    ("appointment_deleted", "appointment_deleted_email", "appointment_cancelled_title", None),
    ("account_recovery", "account_recovery_email", "new_account_password", "new_password_is"),
    ("password_reset", "password_reset_email", "password_reset_request", "password_reset_email_message"),
]
DETAIL_KEYS = ["service", "provider", "start", "end", "timezone"]
DETAIL_VALUES = ["Demo consultation", "Bob Martin", DATE_START, DATE_END, TIMEZONE]
CUSTOMER_KEYS = ["name", "email", "phone_number"]
CUSTOMER_VALUES = ["Alice Chen", "alice@example.com", "+1 555 0100"]


def mail_text(mail, view, subject_key, message_key, t):
    """The mail as text, or None when the language lacks one of its keys."""
    need = [subject_key] + ([message_key] if message_key else [])
    if view in ("appointment_saved_email", "appointment_deleted_email"):
        need += ["appointment_details_title", "customer_details_title"] + DETAIL_KEYS + CUSTOMER_KEYS
    if view == "appointment_deleted_email":
        need += ["appointment_removed_from_schedule", "reason"]
    if view == "password_reset_email":
        need += ["reset_password", "password_reset_link_expires", "password_reset_ignore_message"]
    if any(k not in t for k in need):
        return None
    subject = t[subject_key]
    lines = []
    if view == "appointment_deleted_email":
        lines += [t["appointment_cancelled_title"], t["appointment_removed_from_schedule"]]
    else:
        lines.append(subject)
        if message_key:
            lines.append(fill(t[message_key]))
    if view == "password_reset_email":
        lines += [t["reset_password"] + " https://app.example.com/recovery/reset/" + HASH,
                  t["password_reset_link_expires"], t["password_reset_ignore_message"]]
    if view in ("appointment_saved_email", "appointment_deleted_email"):
        lines.append(t["appointment_details_title"])
        lines += [f"{t[k]}: {v}" for k, v in zip(DETAIL_KEYS, DETAIL_VALUES)]
        lines.append(t["customer_details_title"])
        lines += [f"{t[k]}: {v}" for k, v in zip(CUSTOMER_KEYS, CUSTOMER_VALUES)]
        if view == "appointment_saved_email":
            link = ("https://app.example.com/calendar/reschedule/" if mail.endswith("provider")
                    else "https://app.example.com/booking/reschedule/") + HASH
            lines.append("Reschedule / Cancel Appointment " + link)
        else:
            lines.append(f"{t['reason']}: Demo reason")
    lines.append(f"Powered by Easy!Appointments | {COMPANY} {COMPANY_LINK}")
    return subject + "\n\n" + "\n".join(l.strip() for l in lines if l.strip())


def items():
    cats = {code: php_lang(LANG_FILE.format(folder)) for folder, code in LANGS}
    folder_of = {code: folder for folder, code in LANGS}
    en = cats["en"]
    out = []
    seen = {code: set() for _, code in LANGS}
    for mail, view, subject_key, message_key in MAILS:
        texts = {code: mail_text(mail, view, subject_key, message_key, cats[code]) for _, code in LANGS}
        for code, text in texts.items():
            if text is None or (code != "en" and text == texts["en"]) or not is_new(seen[code], text):
                continue
            out.append(item(f"ea-mail-{code}-{mail.replace(':', '-')}", code, text, "easyappointments_email",
                            f"{EA_REPO}@{EA_COMMIT[:12]}:application/views/emails/{view}.php",
                            f"{EA_REPO}:{mail}",
                            "every mail of Email_messages.php, subject + view text, default branch"))
    seen = {code: set() for _, code in LANGS}
    keys = [k for k, v in en.items()
            if len(v.split()) >= 5 and re.search(r"[.!?]$", v.strip()) and NOTICE_WORDS.search(v)]
    for key in keys:
        for code in [c for _, c in LANGS]:
            if key not in cats[code]:
                continue
            text = fill(cats[code][key]).strip()
            if code != "en" and text == fill(en[key]).strip():
                continue
            if not text or not is_new(seen[code], text):
                continue
            out.append(item(f"ea-lang-{code}-{key}", code, text, "easyappointments_notice",
                            f"{EA_REPO}@{EA_COMMIT[:12]}:{LANG_FILE.format(folder_of[code])}",
                            f"{EA_REPO}:lang:{key}",
                            "translations_lang.php: English value a sentence of 5+ words with an account word"))
    return out


# --- InvoicePlane --------------------------------------------------------------------------------
IP_REPO = "InvoicePlane/InvoicePlane"
IP_COMMIT = "3879f70de2d01613d0befe814aa8db841f318114"
IP_LANG = "application/language/english/ip_lang.php"


def ip_lang():
    """key -> value of ip_lang.php; a value concatenated from single- and double-quoted literals
    (`'…' . "\\n\\n" . '…'`) is joined, `\\n` in a double-quoted one read as a line break."""
    with open(os.path.join(HERE, "raw", "invoiceplane", IP_LANG), encoding="utf-8") as f:
        src = f.read()
    lit = r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\""""
    out = {}
    for k, expr in re.findall(r"^\s*'(\w+)'\s*=>\s*((?:" + lit + r")(?:\s*\.\s*(?:" + lit + r"))*)", src, re.M):
        parts = []
        for m in re.finditer(lit, expr):
            v = m.group(0)
            if v[0] == '"':
                parts.append(v[1:-1].replace("\\n", "\n"))
            else:
                parts.append(re.sub(r"\\(.)", r"\1", v[1:-1]))
        out[k] = "".join(parts)
    return out


def ip_text(html):
    html = re.sub(r"<br\s*/?>", "\n", html)
    html = re.sub(r"<[^>]+>", "", html)
    return "\n".join(l.strip() for l in html.split("\n") if l.strip())


def invoiceplane_items():
    t = ip_lang()
    out = []
    link = "https://app.example.com/sessions/passwordreset/" + HASH
    quote_link = "https://app.example.com/quotes/view/42"
    mails = [("passwordreset", "application/views/emails/passwordreset.php",
              t["password_reset"] + "\n\n" + t["password_reset_email"] + "\n" + link)]
    for status in ("approved", "rejected"):
        subject = t["quote_status_email_subject"].replace("%1$s", "Demo Client").replace(
            "%2$s", t[status].lower()).replace("%3$s", "QUO-0042")
        body = t["quote_status_email_body"].replace("%1$s", "Demo Client").replace(
            "%2$s", t[status].lower()).replace("%3$s", "QUO-0042").replace("%4$s", quote_link)
        mails.append((f"quote_status:{status}", "application/helpers/mailer_helper.php",
                      subject + "\n\n" + body))
    seen = set()
    for key, path, text in mails:
        if not is_new(seen, text):
            continue
        out.append(item(f"ip-mail-en-{key.replace(':', '-')}", "en", text, "invoiceplane_email",
                        f"{IP_REPO}@{IP_COMMIT[:12]}:{path}", f"{IP_REPO}:{key}",
                        "the mails the application writes (password reset, quote status), subject + body"))
    seen = set()
    for key, v in t.items():
        if key.startswith("log_") or len(v.split()) < 5 or not re.search(r"[.!?]$", v.strip()) \
                or not NOTICE_WORDS.search(v):
            continue
        text = ip_text(v)
        if not text or not is_new(seen, text):
            continue
        out.append(item(f"ip-lang-en-{key}", "en", text, "invoiceplane_notice",
                        f"{IP_REPO}@{IP_COMMIT[:12]}:{IP_LANG}", f"{IP_REPO}:lang:{key}",
                        "ip_lang.php: English value a sentence of 5+ words with an account word, not log_*"))
    return out


def all_items():
    return items() + invoiceplane_items()


def split_of(unit):
    return hashed_split(unit)


if __name__ == "__main__":
    main(all_items, LABELS, split_of, OUT_DIR, __doc__)
