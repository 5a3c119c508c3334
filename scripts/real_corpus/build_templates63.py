#!/usr/bin/env python3
"""Build the sixty-seventh batch of tests/data/real/: the mails and the account notices of Gogs
(gogs/gogs, MIT), mails in English, notices in English, Spanish, zh-Hans and zh-Hant, and the
default customer and staff mails of Saleor (saleor/saleor, BSD-3-Clause) and the mails of Sylius
(Sylius/Sylius, MIT), English, rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates63.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates63.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/gogs/, raw/saleor/ and raw/sylius/
(see the SOURCE.md of each for repository, paths and commit; the default branch's head as stored).

Sources (see scripts/real_corpus/notes/batch67.md):
  * gogs_email: every mail internal/email/email.go sends from a template of templates/mail/**
    (account activation, e-mail activation, registration notice, password reset, issue comment,
    issue mention, collaborator added). Read as: subject, a blank line, the template's <body> text
    in source order (HTML tags dropped, a link written as its address, or `label address` when the
    label differs). The subjects of the four account mails come from the `[mail]` section of the
    locale file (t.Tr("mail.…")), the others are built in Go (`%s added you to %s`,
    issue.MailSubject() = `[repo] title (#n)`). Template bodies are English in every language
    (only the subject is translated), so the mails are taken in English only; a Spanish or
    Chinese user's mail (translated subject over the English body) is not taken. Template
    branches: there are none; the default code lifetimes of conf/app.ini (180 minutes → 3 hours).
  * gogs_notice: the user-facing sentences of the `[auth]`, `[form]` and `[settings]` sections of
    conf/locale/locale_{en-US,es-ES,zh-CN,zh-TW}.ini, selected mechanically: every key whose
    English value is a sentence (5+ words, ending in `.`, `!` or `?`) and matches the account word
    pattern NOTICE_WORDS; in file order. Surrounding back-quotes / double quotes of an ini value
    are dropped, HTML tags dropped (a link keeps its label), placeholders filled (below).
  * saleor_email: every default mail template of the user_email plugin (15 customer mails:
    account confirmation, deletion, password reset, set password, e-mail change request and
    notice, order / payment / fulfilment / cancel / refund mails, invoice, gift card) and of the
    admin_email plugin (5 staff mails: password reset, set-password invitation, CSV export done /
    failed, new order), with its default subject from the plugin's constants.py. Read as:
    subject, a blank line, the MJML-compiled HTML's text in source order (head and style dropped,
    one line per element, a link `label address` or the address alone, a sentence the markup
    broke over two lines joined). Template branches: every `{{#if X}}` is taken when the
    placeholder X has a value below (order details URL, gross prices, both addresses, a tracking
    number that is a code, physical lines, the recipient's name), so the voucher-discount,
    variant-name and tracking-URL branches are not printed; `{{#each}}` printed once (one order
    line). English only: the repository has no translation of these mails.
  * sylius_email: every mail code of the bundles' sylius_mailer.yml (account verification,
    password reset, admin password reset, user registration, contact request, order confirmation,
    shipment confirmation; the Core bundle's second verification entry uses the same template),
    with the template the standard install (Shop and Admin bundles loaded) sends, so the link
    branches (`sylius_bundle_loaded_checker(...)` true), not the token-only branches. Written down
    in SYLIUS_MAILS as the template's sequence of catalogue keys (messages.en.yml of the Core, Shop
    and Admin bundles) and values: the `subject` block, a blank line, one line per block of the
    content (a button `label address`), the layout's footer link "sylius.com"; the logo image
    dropped. English only: the es / zh catalogues lack keys of every mail (earlier batches).
  Languages: en-US → en, es-ES → es, zh-CN → zh-Hans, zh-TW → zh-Hant. A key missing in a language
  is skipped there; a translated text equal to the English one (untranslated) is skipped;
  near-duplicates (digits and white space aside) collapse within a source and language. Cut at 500
  characters.

Placeholders: user alice (alice@example.com), doer bob, application name Gogs, AppURL
https://app.example.com/, activation / reset code 482913a7c5e0, year 2026, repository alice/demo,
issue "Demo issue" #1 with the comment text "Looks good to me."; in the notices the first `%s` of
auth.has_unconfirmed_mail (the user's name) is alice, every other `%s` alice@example.com, `%d` and `{hours}` 3, `{email}` alice@example.com,
`%[3]s` https://{token}:x-access-token@example.com/user/repo.git (the value the template passes).
Saleor: site "Demo Store" (https://shop.example.com/), links https://app.example.com/… with the
token 5f2c9a0e1b7d4c3a, order 1042 (one line "Demo T-shirt" × 1, every price helper $20.00, both
addresses "Alice Chen, 1 Demo Street, Springfield 12345, US"), tracking number 1Z999AA10123456784,
refund 20.00 USD, invoice INV-0042, export data type "products", gift card USD 25.00 with code
GIFT-7Q2M-4KXR for Alice Chen.
Sylius: customer alice@example.com (her username), admin Alice Chen, shop https://shop.example.com/
with the token 5f2c9a0e1b7d4c3a in the links, order 000001042 shipped with "DHL Express", tracking
code 1Z999AA10123456784, contact message "Hello, I have a question about my order."

Split: the unit is the message key (`gogs/gogs:mail:<template>`, `gogs/gogs:<section>.<key>` or
`saleor/saleor:<plugin>/<template>` or `Sylius/Sylius:<mail code>`),
all languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come
from scripts/real_corpus/labels/labels_templates63.tsv (id, category, credential_request,
credentials, borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates63.tsv")
RAW = os.path.join(HERE, "raw", "gogs")

REPO = "gogs/gogs"
COMMIT = "eb1054e5432fc8397678372f08613429be233d7c"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
LOCALE = "conf/locale/locale_{}.ini"
SECTIONS = ("auth", "form", "settings")
NOTICE_WORDS = re.compile(r"password|log ?in|sign|account|e-?mail|verif|confirm|link|code|token|reset|"
                          r"session|expire|unlock|secret|two-factor|2fa|credential|username|access|"
                          r"passcode|recovery|activat", re.I)

APP_URL = "https://app.example.com/"
CODE = "482913a7c5e0"


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def ini(path):
    """(section, key) -> value of a Gogs locale file, surrounding ` or " dropped."""
    out = {}
    sec = None
    for line in read(path).split("\n"):
        m = re.match(r"^\[(.+)\]\s*$", line)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r"^([\w.\-]+)\s*=\s?(.*)$", line)
        if m and sec:
            v = m.group(2).strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "`\"":
                v = v[1:-1]
            out[(sec, m.group(1).strip())] = v
    return out


def html_text(html):
    """Text of an HTML fragment: a link `label address` (the address alone when they are the same),
    tags dropped, one line per paragraph / break."""
    def link(m):
        href, label = m.group(1), re.sub(r"<[^>]+>", "", m.group(2)).strip()
        return href if label == href else f"{label} {href}"
    html = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', link, html, flags=re.S)
    html = re.sub(r"<br\s*/?>|</p>", "\n", html)
    html = re.sub(r"<[^>]+>", "", html)
    return "\n".join(" ".join(l.split()) for l in html.split("\n") if l.strip())


def render(tpl, data):
    body = read(f"templates/mail/{tpl}.tmpl")
    body = body[body.index("<body>") + 6: body.index("</body>")]
    body = body.replace("{{.Body | Str2HTML}}", data.get("Body", ""))
    for k, v in data.items():
        body = body.replace("{{." + k + "}}", v)
    body = body.replace("{{AppURL}}", APP_URL).replace("{{AppName}}", "Gogs").replace("{{Year}}", "2026")
    body = body.replace("{{.Doer.DisplayName}}", "bob")
    assert "{{" not in body, (tpl, body)
    return html_text(body)


def mails(en):
    user = {"Username": "alice", "ActiveCodeLives": "3", "ResetPwdCodeLives": "3", "Code": CODE}
    issue = {"Subject": "[demo] Demo issue (#1)", "Body": "Looks good to me.",
             "Link": APP_URL + "alice/demo/issues/1"}
    return [
        ("auth/activate", en[("mail", "activate_account")], user),
        ("auth/activate_email", en[("mail", "activate_email")], dict(user, Email="alice@example.com")),
        ("auth/register_notify", en[("mail", "register_notify")], {"Username": "alice"}),
        ("auth/reset_passwd", en[("mail", "reset_password")], user),
        ("issue/comment", issue["Subject"], issue),
        ("issue/mention", issue["Subject"], issue),
        ("notify/collaborator", "bob added you to alice/demo",
         {"Subject": "bob added you to alice/demo", "RepoName": "alice/demo", "Link": APP_URL + "alice/demo"}),
    ]


def fill(key, text):
    text = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", text)  # a notice's link keeps its label
    text = text.replace("%[3]s", "https://{token}:x-access-token@example.com/user/repo.git")
    text = re.sub(r"%\[\d\]s", "", text)
    text = re.sub(r"<email>\{email\}</email>", "alice@example.com", text)
    text = text.replace("{email}", "alice@example.com").replace("{hours}", "3").replace("%d", "3")
    text = html_text(text)
    if key == ("auth", "has_unconfirmed_mail"):
        text = text.replace("%s", "alice", 1)
    return text.replace("%s", "alice@example.com")


def items():
    cats = {code: ini(LOCALE.format(name)) for name, code in LANGS}
    file_of = {code: LOCALE.format(name) for name, code in LANGS}
    en = cats["en"]
    out = []
    seen = set()
    for tpl, subject, data in mails(en):
        text = subject + "\n\n" + render(tpl, data)
        if not is_new(seen, text):
            continue
        out.append(item(f"gogs-mail-en-{tpl.replace('/', '-')}", "en", text, "gogs_email",
                        f"{REPO}@{COMMIT[:12]}:templates/mail/{tpl}.tmpl", f"{REPO}:mail:{tpl}",
                        "every mail of internal/email/email.go, subject + template body, English"))
    seen = {code: set() for _, code in LANGS}
    keys = [k for k, v in en.items() if k[0] in SECTIONS and len(v.split()) >= 5
            and re.search(r"[.!?]$", v.strip()) and NOTICE_WORDS.search(v)]
    for key in keys:
        en_text = fill(key, en[key]).strip()
        for _, code in LANGS:
            if key not in cats[code]:
                continue
            text = fill(key, cats[code][key]).strip()
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"gogs-{code}-{key[0]}-{key[1]}", code, text, "gogs_notice",
                            f"{REPO}@{COMMIT[:12]}:{file_of[code]}", f"{REPO}:{key[0]}.{key[1]}",
                            "[auth]/[form]/[settings]: English value a sentence of 5+ words with an account word"))
    return out


# --- Saleor --------------------------------------------------------------------------------------
SALEOR_REPO = "saleor/saleor"
SALEOR_COMMIT = "723cd4eba87dfc72822ade45dc08a3caa548428d"
SALEOR_RAW = os.path.join(HERE, "raw", "saleor")
# template -> (constants file, subject constant)
SALEOR_MAILS = [
    ("user_email/account_delete", "ACCOUNT_DELETE_DEFAULT_SUBJECT"),
    ("user_email/confirm", "ACCOUNT_CONFIRMATION_DEFAULT_SUBJECT"),
    ("user_email/confirm_fulfillment", "ORDER_FULFILLMENT_CONFIRMATION_DEFAULT_SUBJECT"),
    ("user_email/confirm_order", "ORDER_CONFIRMATION_DEFAULT_SUBJECT"),
    ("user_email/confirm_payment", "ORDER_PAYMENT_CONFIRMATION_DEFAULT_SUBJECT"),
    ("user_email/confirmed_order", "ORDER_CONFIRMED_DEFAULT_SUBJECT"),
    ("user_email/email_changed_notification", "ACCOUNT_CHANGE_EMAIL_CONFIRM_DEFAULT_SUBJECT"),
    ("user_email/gift_card", "SEND_GIFT_CARD_DEFAULT_SUBJECT"),
    ("user_email/order_cancel", "ORDER_CANCELED_DEFAULT_SUBJECT"),
    ("user_email/order_refund", "ORDER_REFUND_CONFIRMATION_DEFAULT_SUBJECT"),
    ("user_email/password_reset", "ACCOUNT_PASSWORD_RESET_DEFAULT_SUBJECT"),
    ("user_email/request_email_change", "ACCOUNT_CHANGE_EMAIL_REQUEST_DEFAULT_SUBJECT"),
    ("user_email/send_invoice", "INVOICE_READY_DEFAULT_SUBJECT"),
    ("user_email/set_customer_password", "ACCOUNT_SET_CUSTOMER_PASSWORD_DEFAULT_SUBJECT"),
    ("user_email/update_fulfillment", "ORDER_FULFILLMENT_UPDATE_DEFAULT_SUBJECT"),
    ("admin_email/export_failed", "CSV_EXPORT_FAILED_DEFAULT_SUBJECT"),
    ("admin_email/export_success", "CSV_EXPORT_SUCCESS_DEFAULT_SUBJECT"),
    ("admin_email/password_reset", "STAFF_PASSWORD_RESET_DEFAULT_SUBJECT"),
    ("admin_email/set_password", "SET_STAFF_PASSWORD_DEFAULT_SUBJECT"),
    ("admin_email/staff_confirm_order", "STAFF_ORDER_CONFIRMATION_DEFAULT_SUBJECT"),
]
SALEOR_VALUES = {
    "site_name": "Demo Store", "domain": "https://shop.example.com/",
    "reset_url": "https://app.example.com/reset-password/?email=alice%40example.com&token=5f2c9a0e1b7d4c3a",
    "confirm_url": "https://app.example.com/account-confirm/?email=alice%40example.com&token=5f2c9a0e1b7d4c3a",
    "delete_url": "https://app.example.com/account-delete/?token=5f2c9a0e1b7d4c3a",
    "redirect_url": "https://app.example.com/email-change/?token=5f2c9a0e1b7d4c3a",
    "password_set_url": "https://app.example.com/set-password/?email=alice%40example.com&token=5f2c9a0e1b7d4c3a",
    "csv_link": "https://app.example.com/exports/products-42.csv",
    "data_type": "products", "amount": "20.00", "currency": "USD", "number": "INV-0042",
    "invoice.download_url": "https://app.example.com/invoices/INV-0042.pdf",
    "order.number": "1042", "order.order_details_url": "https://app.example.com/order/1042",
    "order.display_gross_prices": "1", "order.billing_address": "1", "order.shipping_address": "1",
    "fulfillment.tracking_number": "1Z999AA10123456784",
    "physical_lines": "1", "user.first_name": "Alice", "user.last_name": "Chen",
    "recipient_email": "alice@example.com",
    "gift_card.currency": "USD", "gift_card.balance": "25.00", "gift_card.code": "GIFT-7Q2M-4KXR",
    "product_name": "Demo T-shirt", "order_line.product_name": "Demo T-shirt", "quantity": "1",
}
SALEOR_ADDRESS = "Alice Chen, 1 Demo Street, Springfield 12345, US"


def saleor_subject(tpl, const):
    src = open(os.path.join(SALEOR_RAW, "saleor", "plugins", tpl.split("/")[0], "constants.py"),
               encoding="utf-8").read()
    m = re.search(const + r'\s*=\s*\(?\s*"([^"]*)"', src)
    return m.group(1)


def saleor_fill(text):
    def helper(m):
        expr = m.group(1).strip()
        if expr.startswith("price "):
            return "$20.00"
        if expr.startswith("format_address "):
            return SALEOR_ADDRESS
        return SALEOR_VALUES[expr]
    return re.sub(r"\{\{\s*([^#/}][^}]*?)\s*\}\}", helper, text)


def saleor_blocks(lines):
    """The lines of the Handlebars text with its blocks resolved: `#if X` true when X has a value
    in SALEOR_VALUES (after `../` dropped), `#each` printed once."""
    out, stack = [], []   # stack of (kind, printing) frames
    def printing():
        return all(p for _, p in stack)
    for line in lines:
        m = re.fullmatch(r"\{\{#(if|each) ([^}\s]+)[^}]*\}\}", line)
        if m:
            cond = m.group(1) == "each" or m.group(2).replace("../", "") in SALEOR_VALUES
            stack.append([m.group(1), cond])
            continue
        if line == "{{else}}":
            stack[-1][1] = not stack[-1][1]
            continue
        if re.fullmatch(r"\{\{/(if|each)\}\}", line):
            stack.pop()
            continue
        if printing():
            out.append(line)
    assert not stack
    return out


def saleor_text(tpl):
    folder, name = tpl.split("/")
    with open(os.path.join(SALEOR_RAW, "saleor", "plugins", folder, "default_email_templates", name + ".html"),
              encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r"<head>.*?</head>|<style.*?</style>|<!--.*?-->", "", html, flags=re.S)
    def link(m):
        href, label = m.group(1).strip(), " ".join(re.sub(r"<[^>]+>", " ", m.group(2)).split())
        return href if label == href or not label else f"{label} {href}"
    html = re.sub(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', link, html, flags=re.S)
    html = re.sub(r"<[^>]+>", "\n", html)
    html = html.replace("&apos;", "'").replace("&#8202;", "").replace("&amp;", "&").replace("&nbsp;", " ")
    lines = [" ".join(l.split()) for l in html.split("\n") if l.strip()]
    # a paragraph the MJML output broke over two lines ("… please" / "visit:") is one line again
    joined = []
    for l in lines:
        if joined and not l.startswith("{{") and not joined[-1].startswith("{{") and l[0].islower():
            joined[-1] += " " + l
        else:
            joined.append(l)
    body = "\n".join(saleor_fill(l) for l in saleor_blocks(joined))
    return body


def saleor_items():
    out, seen = [], set()
    for tpl, const in SALEOR_MAILS:
        subject = saleor_fill(saleor_subject(tpl, const))
        text = subject + "\n\n" + saleor_text(tpl)
        if not is_new(seen, text):
            continue
        folder, name = tpl.split("/")
        out.append(item(f"saleor-mail-en-{folder}-{name}", "en", text, "saleor_email",
                        f"{SALEOR_REPO}@{SALEOR_COMMIT[:12]}:saleor/plugins/{folder}/default_email_templates/{name}.html",
                        f"{SALEOR_REPO}:{tpl}",
                        "every default mail template of the user_email and admin_email plugins, default subject + body"))
    return out


# --- Sylius --------------------------------------------------------------------------------------
SYLIUS_REPO = "Sylius/Sylius"
SYLIUS_COMMIT = "3466cbab1098367b7107e756714f9390bf5e4bf6"
SYLIUS_RAW = os.path.join(HERE, "raw", "sylius", "src", "Sylius", "Bundle")
SY_TOKEN_URL = "https://shop.example.com/en_US/"
# mail code -> (template the standard install sends, subject key, [body lines]); a body line is a
# list of parts: ("k", key) a catalogue string, ("v", text) a value, ("link", key, url) a button.
SYLIUS_MAILS = [
    ("account_verification_token", "ShopBundle/templates/email/verification.html.twig",
     "sylius.email.user.account_verification.subject",
     [[("k", "sylius.email.user.account_verification.greeting"), ("v", " alice@example.com")],
      [("k", "sylius.email.user.account_verification.strategy"), ("v", ":")],
      [("link", "sylius.email.user.account_verification.statement",
        "https://shop.example.com/en_US/verify/5f2c9a0e1b7d4c3a")]]),
    ("reset_password_token", "ShopBundle/templates/email/password_reset.html.twig (CoreBundle Email/passwordReset.html.twig)",
     "sylius.email.password_reset.subject",
     [[("k", "sylius.email.password_reset.hello"), ("v", " alice@example.com")],
      [("k", "sylius.email.password_reset.to_reset_your_password"), ("v", ":")],
      [("link", "sylius.email.password_reset.reset_your_password",
        "https://shop.example.com/en_US/forgotten-password/5f2c9a0e1b7d4c3a")]]),
    ("admin_password_reset", "CoreBundle/Resources/views/Email/adminPasswordReset.html.twig",
     "sylius.email.admin_password_reset.subject",
     [[("k", "sylius.email.admin_password_reset.hello"), ("v", " Alice Chen")],
      [("k", "sylius.email.password_reset.to_reset_your_password"), ("v", ":")],
      [("link", "sylius.email.admin_password_reset.reset_your_password",
        "https://shop.example.com/admin/password-reset/5f2c9a0e1b7d4c3a")]]),
    ("user_registration", "ShopBundle/templates/email/user_registration.html.twig (CoreBundle Email/userRegistration.html.twig)",
     "sylius.email.user_registration.subject",
     [[("k", "sylius.email.user_registration.welcome_to_our_store")],
      [("k", "sylius.email.user_registration.you_have_just_been_registered"), ("v", " alice@example.com.")],
      [("link", "sylius.email.user_registration.start_shopping", SY_TOKEN_URL)]]),
    ("contact_request", "ShopBundle/templates/email/contact_request.html.twig (CoreBundle Email/Blocks/ContactRequest)",
     "sylius.email.contact_request.subject",
     [[("k", "sylius.email.contact_request.message_from"), ("v", ":")], [("v", "alice@example.com")],
      [("k", "sylius.email.contact_request.content"), ("v", ":")],
      [("v", "Hello, I have a question about my order.")]]),
    ("order_confirmation", "ShopBundle/templates/email/order_confirmation.html.twig (CoreBundle Email/Blocks/OrderConfirmation)",
     "sylius.email.order_confirmation.subject",
     [[("k", "sylius.email.order_confirmation.your_order_number")], [("v", "000001042")],
      [("k", "sylius.email.order_confirmation.has_been_successfully_placed")],
      [("link", "sylius.email.order_confirmation.view_order_or_change_payment_method",
        "https://shop.example.com/en_US/order/5f2c9a0e1b7d4c3a")],
      [("k", "sylius.email.order_confirmation.thank_you")]]),
    ("shipment_confirmation", "AdminBundle/templates/email/shipment_confirmation.html.twig (CoreBundle Email/shipmentConfirmation.html.twig)",
     "sylius.email.shipment_confirmation.subject",
     [[("k", "sylius.email.shipment_confirmation.your_order_with_number"), ("v", " 000001042 "),
       ("k", "sylius.email.shipment_confirmation.has_been_sent_using"), ("v", " DHL Express.")],
      [("tracking", "sylius.email.shipment_confirmation.you_can_check_its_location_with_the_tracking_code")],
      [("k", "sylius.email.shipment_confirmation.thank_you_for_transaction")]]),
]


def sylius_catalogue():
    import yaml
    out = {}
    def walk(d, prefix):
        if isinstance(d, dict):
            for k, v in d.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
        else:
            out.setdefault(prefix, d)
    for bundle in ("CoreBundle", "ShopBundle", "AdminBundle"):
        with open(os.path.join(SYLIUS_RAW, bundle, "Resources", "translations", "messages.en.yml"),
                  encoding="utf-8") as f:
            walk(yaml.safe_load(f), "")
    return out


def sylius_items():
    t = sylius_catalogue()
    out, seen = [], set()
    for code, template, subject_key, body in SYLIUS_MAILS:
        lines = []
        for parts in body:
            line = ""
            for part in parts:
                if part[0] == "k":
                    line += t[part[1]].strip()
                elif part[0] == "v":
                    line += part[1]
                elif part[0] == "link":
                    line += t[part[1]].strip() + " " + part[2]
                elif part[0] == "tracking":
                    line += t[part[1]].replace("%tracking_code%", "1Z999AA10123456784")
            lines.append(line.strip())
        lines.append("sylius.com https://sylius.com")
        text = t[subject_key].strip() + "\n\n" + "\n".join(lines)
        if not is_new(seen, text):
            continue
        out.append(item(f"sylius-mail-en-{code}", "en", text, "sylius_email",
                        f"{SYLIUS_REPO}@{SYLIUS_COMMIT[:12]}:src/Sylius/Bundle/{template.split(' ')[0]}",
                        f"{SYLIUS_REPO}:{code}",
                        "every mail of the sylius_mailer configuration, the template the standard install "
                        "(Shop and Admin bundles) sends, subject block + content, English"))
    return out


def all_items():
    return items() + saleor_items() + sylius_items()


def split_of(unit):
    return hashed_split(unit)


if __name__ == "__main__":
    main(all_items, LABELS, split_of, OUT_DIR, __doc__)
