#!/usr/bin/env python3
"""Build the sixty-ninth batch of tests/data/real/: the default mails and the account notices of the
UVdesk help desk (uvdesk/core-framework and uvdesk/community-skeleton), the mails of the Solidus
shop (solidusio/solidus, with the translations of solidusio/solidus_i18n) and the mails and admin
account notices of the UnoPim product-information manager (unopim/unopim), rendered with fixed
placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates65.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates65.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/uvdesk/, raw/solidus/ and raw/unopim/
(see the SOURCE.md of each for repository, paths and commit; the default branch's head as stored).

Sources (see scripts/real_corpus/notes/batch69.md):
  * uvdesk_email: every e-mail template the core framework's fixture Fixtures/EmailTemplates.php
    installs (11: user forgot password, agent account created / ticket created / ticket reply /
    ticket assigned, customer account created / ticket created / ticket reply, collaborator added /
    reply to agent / reply to customer), from Templates/Email/Resources/**.php ($subject and the
    $message heredoc). Read as: subject, a blank line, the HTML's text in source order (tags
    dropped, one line per paragraph / break / div, &nbsp; a space, a link `label address` or the
    address alone when they are the same, the logo image dropped). Placeholders are filled as
    Services/EmailService.php fills them (links are <a> tags: the credentials link shows its address,
    the ticket links show `#<id>`). No template branches. English only: the templates are English
    literals (the skeleton's catalogues translate only the templates' names).
  * uvdesk_notice: the user-facing sentences of the community skeleton's catalogues
    translations/messages.{en,es,zh}.yml (key = the English source string, value = the display
    text), selected mechanically: every key whose English value is a sentence (5+ words, ending in
    `.`, `!` or `?`) and matches the account word pattern NOTICE_WORDS; in file order. A line is
    `"key": "value"` or `'key': 'value'` (YAML escapes undone); HTML tags dropped (a link keeps its
    label); `%websiteLink%` filled with https://app.example.com/privacy-policy.
  * solidus_mailer: every mail the product's mailers send from a text view: core/app/mailers
    (order confirmation, order cancellation, inventory cancellation, carton shipped,
    reimbursement), legacy_promotions (promotion-code batch finished / errored) and the storefront
    template's UserMailer (account confirmation, password reset). The views *.text.erb are rendered
    by hand-written functions below that follow them line by line; strings from
    core/config/locales/en.yml (English) and solidus_i18n's config/locales/{es,zh-CN,zh-TW}.yml
    (`spree.*` keys). Template branches (the default ones): one line item, no promotion and no tax
    adjustment, one shipment by "UPS Ground", no order-level adjustment; the carton has a tracking
    number but no tracking URL (the default shipping methods have none), so the tracking-link line is
    not printed; the reimbursement has no exchange, so the exchange summary is not printed; not a
    re-sent mail (no [RESEND] prefix). The storefront mails' subjects are
    "<store> " + Devise's default English subjects ("Confirmation instructions", "Reset password
    instructions"; not in the repository: the devise gem's own en.yml), and their bodies are English
    literals, so they are English only. A mail is taken in a language only when every string it
    prints is translated there (zh-CN / zh-TW lack `subtotal` / `total`, the reimbursement and
    the inventory-cancellation strings); a translated text equal to the English one is skipped (the
    es promotion-code mails). The literal `\\n` that ends two es `dear_customer` strings is read as a
    line break. The test mail's view (spree/test_mailer) is not taken: no mailer of the product
    sends it (its mailer lives in the test support's dummy app).
  * unopim_email: every mail view of the product (packages/Webkul/*/src/Resources/views/emails/*,
    the layout aside: the administrator's password reset, the data-transfer (import / export) notice,
    the completeness-calculation notice), inside the layout views/emails/layout.blade.php. Read as:
    subject, a blank line, one line per paragraph of the view and of the layout's footer (the
    `emails.thanks` line with the admin address as a mailto link, the `footer.copy-right` line), a
    link `label address`, the logo image and the <head> dropped. Subjects: the password-reset
    mail's `emails.admin.forgot-password.subject` (ResetPasswordNotification), the data-transfer
    mail's title built in code (`sprintf('%s #%d', ucfirst(type), id)`, not translated: "Export #42"),
    the completeness mail's `notifications.completeness-title`. Strings from the Admin and
    Completeness packages' lang/{en_US,es_ES,zh_CN,zh_TW}/app.php (PHP arrays read by php_array).
    Template branches: the completeness mail's `@else` branch (no attribute family given, as the
    bulk job sends it for a whole catalogue); the data-transfer state is the code's value
    "completed" (not translated in any language).
  * unopim_notice: the user-facing sentences of the Admin package's lang/{en_US,es_ES,zh_CN,zh_TW}/app.php,
    selected mechanically: every key of the sections users, account, settings, configuration,
    errors and components whose English value is a sentence (5+ words, ending in `.`, `!` or `?`)
    and matches NOTICE_WORDS; in file order (the `catalog` section is product-catalogue text and the
    `emails` section is printed in the mails). HTML tags dropped (a link keeps its label),
    placeholders filled (UNO_FILL).
  Languages: UVdesk en → en, es → es, zh → zh-Hans; Solidus en, es, zh-CN → zh-Hans, zh-TW →
  zh-Hant; UnoPim en_US → en, es_ES → es, zh_CN → zh-Hans, zh_TW → zh-Hant. Near-duplicates (digits and white space aside) collapse within a source and language.
  Cut at 500 characters.

Placeholders. UVdesk: company "Demo Support", customer Alice Chen (alice@example.com), agent Bob Lee,
collaborator Carol Diaz, user name Alice Chen, ticket 1042 with the message "Hello, I cannot open
the invoice of my order.", credentials link
https://app.example.com/en/update-credentials/alice@example.com/482913a7c5e0, ticket links
https://app.example.com/en/member/ticket/view/1042 (agent) and
https://app.example.com/en/customer/ticket/view/1042 (customer), no attachments.
Solidus: store "Demo Store" (https://shop.example.com), order R482913042, line "DEMO-TSHIRT Demo
T-shirt Size: M (1) @ $20.00 = $20.00", shipping "UPS Ground" $5.00, total $25.00, tracking number
1Z999AA10123456784, refund $20.00, promotion "Summer Sale" (10 codes; error "Code already taken"),
user alice@example.com, links https://shop.example.com/… with the token 5f2c9a0e1b7d4c3a.
UnoPim: administrator Alice Chen, admin address admin@example.com, reset link
https://app.example.com/admin/reset-password/5f2c9a0e1b7d4c3a, export job "product_export" #42,
120 products; in the notices `:link` https://app.example.com/, `:email` admin@example.com, `:code`
demo, `:count` 3.

Split: the unit is the message key (`uvdesk/core-framework:<template>`,
`uvdesk/community-skeleton:<catalogue key>`, `solidusio/solidus:<mailer>#<action>`,
`unopim/unopim:mail:<view>`, `unopim/unopim:<dotted key>`), all languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed
and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates65.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import html
import os
import re

import yaml

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates65.tsv")
RAW = os.path.join(HERE, "raw")

CORE = "uvdesk/core-framework"
CORE_COMMIT = "3b319100eaae62e659caa0d2979659ac182f34ed"
SKEL = "uvdesk/community-skeleton"
SKEL_COMMIT = "371dc080ab84a928117f7eca7257a0bb6654962e"
SOL = "solidusio/solidus"
SOL_COMMIT = "1f5bf5c638f5fe9fbda4d480bdb7ebcfa39a9a5e"
I18N = "solidusio/solidus_i18n"
I18N_COMMIT = "a262c6174aa6b913c4502e758cae46dd1f1df8ba"

NOTICE_WORDS = re.compile(r"password|log ?in|sign|account|e-?mail|verif|confirm|link|code|token|reset|"
                          r"session|expire|unlock|secret|two-factor|2fa|credential|username|access|"
                          r"passcode|recovery|activat", re.I)


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def html_text(s):
    """Text of an HTML fragment: a link `label address` (the address alone when they are the same),
    images dropped, tags dropped, one line per paragraph / break / div (the source's own line breaks
    are white space, as in a browser), entities undone."""
    def link(m):
        href, label = m.group(2), re.sub(r"<[^>]+>", "", m.group(3)).strip()
        return href if label == href else f"{label} {href}"
    s = re.sub(r"\s+", " ", s)  # source line breaks are white space in HTML
    s = re.sub(r"<a [^>]*href=(['\"])(.*?)\1[^>]*>(.*?)</a>", link, s, flags=re.S)
    s = re.sub(r"<br\s*/?>|</?p\b[^>]*>|</?div\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return "\n".join(" ".join(l.split()) for l in s.split("\n") if l.strip())


# --- UVdesk ----------------------------------------------------------------------------------------
UVD_TEMPLATES = [  # the order of Fixtures/EmailTemplates.php
    "UserForgotPassword", "Agent/TicketReply", "Agent/TicketCreated", "Agent/AccountCreated",
    "Agent/TicketAssigned", "Customer/TicketReply", "Customer/TicketCreated",
    "Customer/AccountCreated", "Collaborator/AccountAdded", "Collaborator/TicketReplyAgent",
    "Collaborator/TicketReplyCustomer",
]
APP = "https://app.example.com"
CRED_URL = APP + "/en/update-credentials/alice@example.com/482913a7c5e0"
UVD_FILL = {
    "global.companyLogo": "<img style='max-height:60px' src='cid:companyLogo'/>",
    "global.companyName": "Demo Support",
    "user.userName": "Alice Chen",
    "user.forgotPasswordLink": f"<a href='{CRED_URL}'>{CRED_URL}</a>",
    "user.accountValidationLink": f"<a href='{CRED_URL}'>{CRED_URL}</a>",
    "ticket.id": "1042",
    "ticket.customerName": "Alice Chen",
    "ticket.customerEmail": "alice@example.com",
    "ticket.agentName": "Bob Lee",
    "ticket.collaboratorName": "Carol Diaz",
    "ticket.message": "<p>Hello, I cannot open the invoice of my order.</p>",
    "ticket.threadMessage": "<p>Hello, I cannot open the invoice of my order.</p>",
    "ticket.attachments": "",
    "ticket.agentLink": f"<a href='{APP}/en/member/ticket/view/1042'>#1042</a>",
    "ticket.customerLink": f"<a href='{APP}/en/customer/ticket/view/1042'>#1042</a>",
}


def uvd_fill(s):
    s = re.sub(r"\{%\s*([\w.]+)\s*%\}", lambda m: UVD_FILL[m.group(1)], s)
    assert "{%" not in s, s
    return s


def uvdesk_mails():
    out = []
    seen = set()
    for tpl in UVD_TEMPLATES:
        path = f"uvdesk/core-framework/Templates/Email/Resources/{tpl}.php"
        src = read(path)
        subject = re.search(r"\$subject = '(.*?)';", src).group(1)
        message = re.search(r"<<<MESSAGE\n(.*?)\nMESSAGE;", src, re.S).group(1)
        text = html_text(uvd_fill(subject)) + "\n\n" + html_text(uvd_fill(message))
        if not is_new(seen, text):
            continue
        out.append(item(f"uvd-mail-en-{tpl.replace('/', '-')}", "en", text, "uvdesk_email",
                        f"{CORE}@{CORE_COMMIT[:12]}:Templates/Email/Resources/{tpl}.php",
                        f"{CORE}:{tpl}", "every default mail template (Fixtures/EmailTemplates.php), English"))
    return out


def catalogue(lang):
    """key -> value of a skeleton catalogue, one `"key": "value"` or `'key': 'value'` per line."""
    out = {}
    for line in read(f"uvdesk/community-skeleton/translations/messages.{lang}.yml").split("\n"):
        m = re.match(r'^\s*"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"\s*$', line)
        if m:
            k, v = (re.sub(r'\\(.)', r'\1', g) for g in m.groups())
        else:
            m = re.match(r"^\s*'((?:[^']|'')*)'\s*:\s*'((?:[^']|'')*)'\s*$", line)
            if not m:
                continue
            k, v = (g.replace("''", "'") for g in m.groups())
        out.setdefault(k, v)
    return out


def notice_fill(s):
    s = s.replace("%websiteLink%", APP + "/privacy-policy")
    s = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", s, flags=re.S)
    return html_text(s).strip()


def uvdesk_notices():
    langs = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
    cats = {code: catalogue(name) for name, code in langs}
    en = cats["en"]
    keys = [k for k, v in en.items() if len(v.split()) >= 5 and re.search(r"[.!?]$", v.strip())
            and NOTICE_WORDS.search(v)]
    seen = {code: set() for _, code in langs}
    out = []
    for key in keys:
        en_text = notice_fill(en[key])
        kh = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
        for name, code in langs:
            if key not in cats[code]:
                continue
            text = notice_fill(cats[code][key])
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"uvd-notice-{code}-{kh}", code, text, "uvdesk_notice",
                            f"{SKEL}@{SKEL_COMMIT[:12]}:translations/messages.{name}.yml#{key}",
                            f"{SKEL}:{key}",
                            "every catalogue sentence with an account word (5+ words, ending . ! ?)"))
    return out


# --- Solidus ---------------------------------------------------------------------------------------
RULE = "=" * 60
STORE = "Demo Store"
ORDER = "R482913042"
LINE = "DEMO-TSHIRT Demo T-shirt Size: M (1) @ $20.00 = $20.00"
SHOP = "https://shop.example.com"
TOKEN = "5f2c9a0e1b7d4c3a"


def sol_strings():
    cats = {"en": yaml.safe_load(read("solidus/solidus/core/config/locales/en.yml"))["en"]["spree"]}
    for name, code in [("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]:
        cats[code] = yaml.safe_load(read(f"solidus/solidus_i18n/config/locales/{name}.yml"))[name]["spree"]
    return cats


class Missing(Exception):
    pass


def getter(cat):
    def t(path, **kw):
        v = cat
        for p in path.split(".")[1:]:  # `cat` is the `spree` scope
            if not isinstance(v, dict) or v.get(p) is None:
                raise Missing(path)
            v = v[p]
        v = v.replace("\\n", "\n")
        for k, x in kw.items():
            v = v.replace("%{" + k + "}", x)
        return v
    return t


def sol_render(mail, t):
    """(subject, body) of a Solidus mail, following its *.text.erb line by line."""
    if mail == "order_mailer#confirm_email":
        s = "spree.order_mailer.confirm_email."
        return (f"{STORE} {t(s + 'subject')} #{ORDER}", [
            t(s + "dear_customer"), "", t(s + "instructions"), "", RULE, t(s + "order_summary"), RULE,
            "  " + LINE, RULE, f"{t(s + 'subtotal')} $20.00", "", f"{t('spree.shipping')}: UPS Ground $5.00",
            "", RULE, f"{t(s + 'total')} $25.00", "", t(s + "thanks")])
    if mail == "order_mailer#cancel_email":
        s = "spree.order_mailer.cancel_email."
        return (f"{STORE} {t(s + 'subject')} #{ORDER}", [
            t(s + "dear_customer"), "", t(s + "instructions"), "", RULE, t(s + "order_summary_canceled"),
            RULE, "  " + LINE, RULE, f"{t(s + 'subtotal')} $20.00", f"{t(s + 'total')} $25.00"])
    if mail == "order_mailer#inventory_cancellation_email":
        s = "spree.order_mailer.inventory_cancellation."
        return (f"{STORE} {t(s + 'subject')} #{ORDER}", [
            t(s + "dear_customer"), "", t(s + "instructions"), "", RULE, t(s + "order_summary_canceled"),
            RULE, "  DEMO-TSHIRT Demo T-shirt Size: M"])
    if mail == "carton_mailer#shipped_email":
        s = "spree.shipment_mailer.shipped_email."
        return (f"{STORE} {t(s + 'subject')} #{ORDER}", [
            t(s + "dear_customer"), "", t(s + "instructions"), "", RULE, t(s + "shipment_summary"), RULE,
            "  DEMO-TSHIRT Demo T-shirt Size: M", RULE, "",
            t(s + "track_information", tracking="1Z999AA10123456784"), "", "", t(s + "thanks")])
    if mail == "reimbursement_mailer#reimbursement_email":
        s = "spree.reimbursement_mailer.reimbursement_email."
        return (f"{STORE} {t(s + 'subject')} #{ORDER}", [
            t(s + "dear_customer"), "", t(s + "instructions"), "", RULE, t(s + "refund_summary"), RULE,
            t(s + "total_refunded", total="$20.00")])
    if mail in ("promotion_code_batch_mailer#promotion_code_batch_finished",
                "promotion_code_batch_mailer#promotion_code_batch_errored"):
        s = "spree." + mail.replace("#", ".") + "."
        return (t(s + "subject"), [t(s + "message", number_of_codes="10", error="Code already taken")
                                   + "\n" + "Summer Sale"])
    raise KeyError(mail)


SOL_MAILS = [  # (mailer#action, view path under raw/solidus/solidus/)
    ("order_mailer#confirm_email", "core/app/views/spree/order_mailer/confirm_email.text.erb"),
    ("order_mailer#cancel_email", "core/app/views/spree/order_mailer/cancel_email.text.erb"),
    ("order_mailer#inventory_cancellation_email",
     "core/app/views/spree/order_mailer/inventory_cancellation_email.text.erb"),
    ("carton_mailer#shipped_email", "core/app/views/spree/carton_mailer/shipped_email.text.erb"),
    ("reimbursement_mailer#reimbursement_email",
     "core/app/views/spree/reimbursement_mailer/reimbursement_email.text.erb"),
    ("promotion_code_batch_mailer#promotion_code_batch_finished",
     "legacy_promotions/app/views/spree/promotion_code_batch_mailer/promotion_code_batch_finished.text.erb"),
    ("promotion_code_batch_mailer#promotion_code_batch_errored",
     "legacy_promotions/app/views/spree/promotion_code_batch_mailer/promotion_code_batch_errored.text.erb"),
]

STOREFRONT_MAILS = [
    ("user_mailer#confirmation_instructions",
     "storefront/templates/app/views/user_mailer/confirmation_instructions.text.erb",
     f"{STORE} Confirmation instructions",
     {"<%= @email %>": "alice@example.com",
      "<%= link_to 'Confirm my account', @confirmation_url %>":
          f"Confirm my account {SHOP}/user/confirmation?confirmation_token={TOKEN}"}),
    ("user_mailer#reset_password_instructions",
     "storefront/templates/app/views/user_mailer/reset_password_instructions.text.erb",
     f"{STORE} Reset password instructions",
     {"<%= @edit_password_reset_url %>": f"{SHOP}/user/password/edit?reset_password_token={TOKEN}"}),
]


def tidy(lines):
    text = "\n".join(lines)
    text = "\n".join(l.rstrip() for l in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def solidus_mails():
    cats = sol_strings()
    seen = {code: set() for code in cats}
    out = []
    for mail, view in SOL_MAILS:
        en_text = None
        for code, cat in cats.items():
            try:
                subject, body = sol_render(mail, getter(cat))
            except Missing:
                continue
            text = subject + "\n\n" + tidy(body)
            if code == "en":
                en_text = text
            elif text == en_text or not is_new(seen[code], text):
                continue
            if code == "en" and not is_new(seen[code], text):
                continue
            origin = (f"{SOL}@{SOL_COMMIT[:12]}:{view}" if code == "en" else
                      f"{I18N}@{I18N_COMMIT[:12]}:config/locales/"
                      f"{ {'es': 'es', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW'}[code]}.yml#{mail}")
            out.append(item(f"sol-{code}-{mail.replace('#', '-')}", code, text, "solidus_mailer",
                            origin, f"{SOL}:{mail}",
                            "every mail sent from a text view (core, legacy_promotions, storefront)"))
    for mail, view, subject, fill in STOREFRONT_MAILS:
        body = read(f"solidus/solidus/{view}")
        for k, v in fill.items():
            body = body.replace(k, v)
        assert "<%" not in body, body
        text = subject + "\n\n" + tidy(body.split("\n"))
        if not is_new(seen["en"], text):
            continue
        out.append(item(f"sol-en-{mail.replace('#', '-')}", "en", text, "solidus_mailer",
                        f"{SOL}@{SOL_COMMIT[:12]}:{view}", f"{SOL}:{mail}",
                        "every mail sent from a text view (core, legacy_promotions, storefront)"))
    return out


# --- UnoPim ----------------------------------------------------------------------------------------
UNO = "unopim/unopim"
UNO_COMMIT = "8b8f02313017320e39e1f85853353bd670947ef0"
UNO_LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
UNO_LANG = "unopim/packages/Webkul/{}/src/Resources/lang/{}/app.php"
UNO_SECTIONS = ("users", "account", "settings", "configuration", "errors", "components")
ADMIN_MAIL = "admin@example.com"
PHP_TOK = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>)|(\[)|(\])|(,)"""
                     r"""|(<\?php)|(return)|(;)""", re.S)


def php_array(src):
    """The nested `return [ 'key' => 'value' | [...] , ... ];` of a Laravel lang file, flattened to
    dotted keys (single-quoted strings: \' and \\ undone)."""
    toks, pos = [], 0
    while pos < len(src):
        m = PHP_TOK.match(src, pos)
        if not m:
            raise ValueError(src[pos:pos + 80])
        pos = m.end()
        if m.group(1) is not None:
            toks.append(("s", re.sub(r"\\([\\'])", r"\1", m.group(1))))
        elif m.group(2) is not None:
            toks.append(("s", m.group(2).replace('\\"', '"').replace("\\\\", "\\")))
        elif m.group(3) or m.group(4) or m.group(5) or m.group(6):
            toks.append((m.group(0),))
    out = {}

    def arr(i, pre):
        assert toks[i] == ("[",)
        i += 1
        n = 0
        while toks[i] != ("]",):
            if toks[i][0] == "s" and toks[i + 1] == ("=>",):
                k, i = toks[i][1], i + 2
            else:
                k, n = str(n), n + 1
            key = f"{pre}.{k}" if pre else k
            if toks[i] == ("[",):
                i = arr(i, key)
            else:
                out[key], i = toks[i][1], i + 1
            if toks[i] == (",",):
                i += 1
        return i + 1
    arr(toks.index(("[",)), "")
    return out


def uno_catalogues(package):
    return {code: php_array(read(UNO_LANG.format(package, name))) for name, code in UNO_LANGS}


def uno_trans(s, **kw):
    for k in sorted(kw, key=len, reverse=True):
        s = s.replace(":" + k, kw[k])
    return s


UNO_FILL = {"link": APP + "/", "email": ADMIN_MAIL, "class": "", "style": "", "code": "demo",
            "count": "3", "unopim": "UnoPim", "webkul": "Webkul"}


def uno_mails():
    admin = uno_catalogues("Admin")
    comp = uno_catalogues("Completeness")
    reset_url = APP + "/admin/reset-password/5f2c9a0e1b7d4c3a"
    seen = {code: set() for _, code in UNO_LANGS}
    out = []
    for mail, view in [
            ("admin/forget-password", "Admin/src/Resources/views/emails/admin/forget-password.blade.php"),
            ("data-transfer/index", "Admin/src/Resources/views/emails/data-transfer/index.blade.php"),
            ("completeness-completed", "Completeness/src/Resources/views/emails/completeness-completed.blade.php")]:
        for name, code in UNO_LANGS:
            a, c = admin[code], comp[code]
            try:
                footer = [uno_trans(a["emails.thanks"], link="mailto:" + ADMIN_MAIL, email=ADMIN_MAIL, style=""),
                          a["footer.copy-right"]]
                if mail == "admin/forget-password":
                    subject = a["emails.admin.forgot-password.subject"]
                    body = [uno_trans(a["emails.dear"], admin_name="Alice Chen") + ", 👋",
                            a["emails.admin.forgot-password.greeting"],
                            a["emails.admin.forgot-password.description"],
                            f'<a href="{reset_url}">{a["emails.admin.forgot-password.reset-password"]}</a>']
                elif mail == "data-transfer/index":
                    subject = "Export #42"  # sprintf('%s #%d', ucfirst(type), id): not translated
                    body = [a["emails.hello"],
                            uno_trans(a["emails.data-transfer.body"], type="Export", code="product_export",
                                      state="completed")]
                else:
                    subject = c["notifications.completeness-title"]
                    body = [c["notifications.email-greeting"],
                            uno_trans(c["notifications.email-body"], count="120"),
                            c["notifications.email-footer"]]
            except KeyError:
                continue
            text = subject + "\n\n" + "\n".join(html_text(x) for x in body + footer)
            if code != "en" and text == en_text:
                continue
            if code == "en":
                en_text = text
            if not is_new(seen[code], text):
                continue
            origin = (f"{UNO}@{UNO_COMMIT[:12]}:packages/Webkul/{view}" +
                      ("" if code == "en" else f" + lang/{name}/app.php"))
            out.append(item(f"uno-mail-{code}-{mail.replace('/', '-')}", code, text, "unopim_email",
                            origin, f"{UNO}:mail:{mail}", "every mail view (views/emails), all four languages"))
    return out


def uno_notices():
    cats = uno_catalogues("Admin")
    en = cats["en"]
    keys = [k for k, v in en.items() if k.split(".")[0] in UNO_SECTIONS and len(v.split()) >= 5
            and re.search(r"[.!?]$", v.strip()) and NOTICE_WORDS.search(v)]
    seen = {code: set() for _, code in UNO_LANGS}
    out = []

    def fill(v):
        v = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", v, flags=re.S)
        return html_text(uno_trans(v, **UNO_FILL)).strip()
    for key in keys:
        en_text = fill(en[key])
        for name, code in UNO_LANGS:
            if key not in cats[code]:
                continue
            text = fill(cats[code][key])
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"uno-notice-{code}-{key.replace('.', '-')}", code, text, "unopim_notice",
                            f"{UNO}@{UNO_COMMIT[:12]}:packages/Webkul/Admin/src/Resources/lang/{name}/app.php#{key}",
                            f"{UNO}:{key}",
                            "every admin catalogue sentence with an account word (5+ words, ending . ! ?) "
                            "in the users, account, settings, configuration, errors and components sections"))
    return out


def items():
    return uvdesk_mails() + uvdesk_notices() + solidus_mails() + uno_mails() + uno_notices()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
