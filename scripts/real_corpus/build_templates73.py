#!/usr/bin/env python3
"""Build the seventy-seventh batch of tests/data/real/: the mail texts of WooCommerce (the sentences
of its plain-text mail templates and the default subjects, headings, introductions and closing
texts of its mail classes; English, with the Spanish, zh-Hans and zh-Hant of WooCommerce's es_ES,
zh_CN and zh_TW translations) and of
OpenCart (every string of its mail language files and of its sign-in, sign-up, password and
security-check pages; English), rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates73.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates73.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/woocommerce/ and
raw/opencart/ (see the SOURCE.md of each for repository, paths and commit).

Sources (see scripts/real_corpus/notes/batch77.md):
  * woocommerce_email: WooCommerce 10.7.0 as vendored (unmodified) in a WordPress site's
    repository, with WooCommerce's Spanish (es_ES) translation from translate.wordpress.org
    vendored beside it. Rule: every translatable string literal (the first argument of `__`,
    `esc_html__`, `esc_html_e`, `_x`, `_n` (singular)) of
      - every plain-text mail template `templates/emails/plain/*.php` (the whole file: every
        branch of a template is taken, e.g. the old and the "email improvements" wording), and
      - the methods `get_default_subject`, `get_default_heading`, `get_default_intro_content` and
        `get_default_additional_content` of every mail class (`includes/emails/class-wc-email-*.php`,
        the three back-in-stock mail classes of `src/Internal/StockNotifications/Emails/` and the
        report-download mail `src/Admin/ReportCSVEmail.php`),
    in file order (files sorted by path), that has **4 or more words** once filled (below). English
    is the string itself; Spanish, zh-Hans and zh-Hant the msgstr of the same msgid in
    `woocommerce-es_ES.po` (vendored beside the plugin), `woocommerce-zh_CN.po` and
    `woocommerce-zh_TW.po` (from another site's repository, tysonlyt/eji-aws, which vendors
    WooCommerce 10.6.0 with the translations of 2026-03-10): kept when present, non-empty and
    different from the English text (a msgid missing from a catalogue is not taken in that
    language: the product would show English).
  * opencart_email: every `$_['<key>'] = '<text>';` of OpenCart's mail language files
    (`upload/catalog/language/en-gb/mail/*.php`, `upload/admin/language/en-gb/mail/*.php`) with
    4 or more words once filled, in file order (catalog first, files sorted by name). English
    only: the repository carries no other language of these files that has text (its `es-es`
    admin folder holds only a flag; other languages are separate packs).
  * opencart_notice: the same for the customer account pages about signing in and up, passwords
    and the security check: `upload/catalog/language/en-gb/account/{login,forgotten,register,
    password,authorize,logout,success}.php` (this version has no `reset.php`; its reset texts are
    in `forgotten.php`). English only.
  HTML tags dropped (a link keeps its label), entities undone, white space collapsed.
  Near-duplicates (digits and white space aside) collapse within a source and language (the
  first in file order is kept, with its split unit). Cut at 500 characters.

Placeholders. WooCommerce: `{site_title}` Demo Store, `{site_url}` shop.example.com,
`{store_email}` shop@example.com, `{order_number}` 1042, `{order_date}` the site's date format
(`November 27, 2026`; es_ES `27 de noviembre de 2026`, zh_CN `2026年11月27日`, zh_TW
`2026 年 11 月 27 日`: WordPress's default date formats of those locales), `{gateway_title}` Demo Pay,
`{product_name}` Demo T-shirt, `{report_name}` Orders (es Pedidos, zh 订单 / 訂單); sprintf values per msgid in
WC_FILL (the customer Alice Chen / her user name alice, the order 1042, the store Demo Store,
links on https://shop.example.com carrying the key wc_order_5f2c9a0e1b7d4c3a, the admin
admin@example.com), default: Alice for `%s`.
OpenCart: `%s` per key in OC_FILL (the store Demo Store, order 1042, return 7, links on
https://shop.example.com/index.php?route=…), default Demo Store for `%s` and 6 for `%d`.

Split: the unit is the message key (`woocommerce/woocommerce:<msgid>`,
`opencart/opencart:<file>:<key>`), all languages of one message on one side; held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed before any scanner run on these
texts. Labels come from scripts/real_corpus/labels/labels_templates73.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import hashlib
import html
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates73.tsv")
RAW = os.path.join(HERE, "raw")

PHP_STR = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def php_string(s):
    q, body = s[0], s[1:-1]
    if q == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    esc = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\(.)", lambda m: esc.get(m.group(1), m.group(0)), body)


def plain(s):
    """Text of a string: tags dropped (`<br>` / `</p>` a line break), entities undone, each
    line's white space collapsed, blank lines dropped."""
    s = re.sub(r"<br\s*/?>|</p>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [" ".join(l.split()) for l in s.split("\n")]
    return "\n".join(l for l in lines if l).strip()


def sprintf(s, vals, default):
    it = iter(vals)

    def sub(m):
        if m.group(0) == "%%":
            return "%"
        if m.group(1):
            i = int(m.group(1)) - 1
            return vals[i] if i < len(vals) else default(m.group(2))
        return next(it, None) or default(m.group(2))
    return re.sub(r"%%|%(?:(\d)\$)?([sd])", sub, s)


def words(s):
    return len(s.split())


# --- WooCommerce -----------------------------------------------------------------------------------
WC = "woocommerce/woocommerce"
WC_SITE = "flealgarcia9-ops/plataformarifaswp"
WC_COMMIT = "29e9d691b08f6dd34f25ccbf4e164bc40c2c0596"
WC_DIR = "woocommerce"
WC_ZH_SITE = "tysonlyt/eji-aws"
WC_ZH_COMMIT = "77f2f191c8c8ed109347585aef1c5f86c488a2fc"
WC_PLUGIN = f"{WC_SITE}@{WC_COMMIT[:12]}:wp-content/plugins/woocommerce"
WC_PO = {"es_ES": f"{WC_SITE}@{WC_COMMIT[:12]}:wp-content/languages/plugins/woocommerce-es_ES.po",
         "zh_CN": f"{WC_ZH_SITE}@{WC_ZH_COMMIT[:12]}:wp-content/languages/plugins/woocommerce-zh_CN.po",
         "zh_TW": f"{WC_ZH_SITE}@{WC_ZH_COMMIT[:12]}:wp-content/languages/plugins/woocommerce-zh_TW.po"}
WC_CALL = re.compile(r"\b(__|esc_html__|esc_html_e|_x|_n)\s*\(\s*" + PHP_STR + r"(?:\s*,\s*" + PHP_STR + r")?")
WC_METH = re.compile(r"function get_default_(?:subject|heading|intro_content|additional_content)\s*\([^)]*\)"
                     r"\s*\{(.*?)\n\t*\}", re.S)
WC_URL = "https://shop.example.com"
WC_PAY = f"{WC_URL}/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_5f2c9a0e1b7d4c3a"
WC_FIELDS = {
    "en": {"{site_title}": "Demo Store", "{site_url}": "shop.example.com", "{store_email}": "shop@example.com",
           "{order_number}": "1042", "{order_date}": "November 27, 2026", "{gateway_title}": "Demo Pay",
           "{product_name}": "Demo T-shirt", "{report_name}": "Orders"},
    "es": {"{site_title}": "Demo Store", "{site_url}": "shop.example.com", "{store_email}": "shop@example.com",
           "{order_number}": "1042", "{order_date}": "27 de noviembre de 2026", "{gateway_title}": "Demo Pay",
           "{product_name}": "Demo T-shirt", "{report_name}": "Pedidos"},
    "zh-Hans": {"{site_title}": "Demo Store", "{site_url}": "shop.example.com", "{store_email}": "shop@example.com",
                "{order_number}": "1042", "{order_date}": "2026年11月27日", "{gateway_title}": "Demo Pay",
                "{product_name}": "Demo T-shirt", "{report_name}": "订单"},
    "zh-Hant": {"{site_title}": "Demo Store", "{site_url}": "shop.example.com", "{store_email}": "shop@example.com",
                "{order_number}": "1042", "{order_date}": "2026 年 11 月 27 日", "{gateway_title}": "Demo Pay",
                "{product_name}": "Demo T-shirt", "{report_name}": "訂單"},
}
WC_DATE = {"en": "November 27, 2026", "es": "27 de noviembre de 2026", "zh-Hans": "2026年11月27日",
           "zh-Hant": "2026 年 11 月 27 日"}
WC_LANGS = [("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
WC_FILL = {  # msgid -> sprintf values (a value "DATE" is the order date in the text's language)
    "Notification to let you know &mdash; order #%1$s belonging to %2$s has been cancelled:": ["1042", "Alice Chen"],
    "We’re getting in touch to let you know that order #%1$s from %2$s has been cancelled.": ["1042", "Alice Chen"],
    "Payment for order #%1$s from %2$s has failed. The order was as follows:": ["1042", "Alice Chen"],
    "Unfortunately, the payment for order #%1$s from %2$s has failed. The order was as follows:": ["1042", "Alice Chen"],
    "You’ve received the following order from %s:": ["Alice Chen"],
    "You’ve received a new order from %s:": ["Alice Chen"],
    "Howdy %s,": ["admin"],
    'The payment gateway "%1$s" was just enabled on this site: %2$s': ["Demo Pay", f"{WC_URL}"],
    "This email has been sent to %s": ["admin@example.com"],
    "We’re sorry to let you know that your order #%1$s has been cancelled.": ["1042"],
    "We’re getting in touch to let you know that your order #%1$s has been cancelled.": ["1042"],
    "If you'd like to continue with your purchase, please return to %s and try a different method of payment.":
        ["Demo Store"],
    "Sorry, your order on %1$s was unsuccessful. Your order details are below, with a link to try your payment "
    "again: %2$s": ["Demo Store", WC_PAY],
    "An order has been created for you on %1$s. Your order details are below, with a link to make payment when "
    "you’re ready: %2$s": ["Demo Store", WC_PAY],
    "Here are the details of your order placed on %s:": ["DATE"],
    "Thanks for creating an account on %s. Here’s a copy of your user details.": ["Demo Store"],
    "Username: %s.": ["alice"],
    "Thanks for creating an account on %1$s. Your username is %2$s. You can access your account area to view "
    "orders, change your password, and more at: %3$s": ["Demo Store", "alice", f"{WC_URL}/my-account/"],
    "Your order from %s has been partially refunded.": ["Demo Store"],
    "Your order from %s has been refunded.": ["Demo Store"],
    "Just to let you know &mdash; we've received your order #%s, and it is now being processed:": ["1042"],
    "Your order on %s has been partially refunded. There are more details below for your reference:": ["Demo Store"],
    "Your order on %s has been refunded. There are more details below for your reference:": ["Demo Store"],
    "Someone has requested a new password for the following account on %s:": ["Demo Store"],
    "Username: %s": ["alice"],
    "Order #%s": ["1042"],
    "Order #%1$s (%2$s)": ["1042", "DATE"],
    "[Order #%1$s] (%2$s)": ["1042", "DATE"],
    "View order: %s": [f"{WC_URL}/wp-admin/post.php?post=1042&action=edit"],
    "Your in-store purchase #%1$s at %2$s": ["1042", "Demo Store"],
    "Your %1$s order #%2$s has been partially refunded": ["Demo Store", "1042"],
}


def wc_fill(msgid, s, lang):
    vals = [WC_DATE[lang] if v == "DATE" else v for v in WC_FILL.get(msgid, [])]
    s = sprintf(s, vals, lambda t: "Alice" if t == "s" else "1")
    for field, v in WC_FIELDS[lang].items():
        s = s.replace(field, v)
    return plain(s)


def wc_files():
    """The files read, sorted by path: (path under raw/woocommerce, whole file or methods only)."""
    out = []
    for root, _, names in os.walk(os.path.join(RAW, WC_DIR)):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), os.path.join(RAW, WC_DIR))
            if rel.startswith("templates/emails/plain/") and name.endswith(".php"):
                out.append((rel, False))
            elif (rel.startswith("includes/emails/class-wc-email-") or rel.startswith("src/")) \
                    and name.endswith(".php"):
                out.append((rel, True))
    return sorted(out)


def wc_strings():
    """(msgid, path) of every translatable literal the rule takes, in order (repeats kept)."""
    out = []
    for rel, methods_only in wc_files():
        src = read(f"{WC_DIR}/{rel}")
        spans = [m.group(1) for m in WC_METH.finditer(src)] if methods_only else [src]
        for sp in spans:
            for m in WC_CALL.finditer(sp):
                out.append((php_string(m.group(2)), rel))
    return out


def po_entries(path):
    """msgid -> msgstr (the first form of a plural) of a .po file; msgctxt entries keyed
    `ctxt\\x04msgid`; the header left out."""
    out = {}
    for blk in read(path).split("\n\n"):
        fields = {}
        for name, val in re.findall(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) ((?:".*"\n?)+)',
                                    blk + "\n", re.M):
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
            fields[name] = re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                                  "".join(parts))
        if fields.get("msgid"):
            key = (fields["msgctxt"] + "\x04" if "msgctxt" in fields else "") + fields["msgid"]
            out[key] = fields.get("msgstr", fields.get("msgstr[0]", ""))
    return out


def woocommerce_items():
    cats = {code: po_entries(f"{WC_DIR}/languages/woocommerce-{name}.po") for name, code in WC_LANGS}
    seen = {code: set() for code in ["en"] + [c for _, c in WC_LANGS]}
    done = set()
    out = []
    for msgid, rel in wc_strings():
        if msgid in done:
            continue
        done.add(msgid)
        en_text = wc_fill(msgid, msgid, "en")
        if words(en_text) < 4:
            continue
        for lang, v, origin in [("en", msgid, f"{WC_PLUGIN}/{rel}")] + [
                (code, cats[code].get(msgid), WC_PO[name]) for name, code in WC_LANGS]:
            if not v:
                continue
            text = wc_fill(msgid, v, lang)
            if not text or (lang != "en" and text == en_text) or not is_new(seen[lang], text):
                continue
            out.append(item(f"wc-{lang}-{short_id(msgid)}", lang, text, "woocommerce_email",
                            f"{origin}#{msgid[:80]}", f"{WC}:{msgid}",
                            "WooCommerce 10.7.0: translatable strings of 4+ words of the plain mail templates "
                            "and of the mail classes' default subject, heading, intro and additional content"))
    return out


# --- OpenCart --------------------------------------------------------------------------------------
OC = "opencart/opencart"
OC_COMMIT = "01254c2138915763c3a86139e24b26c33b3aeb17"
OC_DEF = re.compile(r"\$_\[\s*" + PHP_STR + r"\s*\]\s*=\s*" + PHP_STR + r"\s*;")
OC_URL = "https://shop.example.com/index.php?route="
OC_ACCOUNT = ["login", "forgotten", "register", "password", "authorize", "logout", "success"]
OC_FILL = {  # (file, key) -> sprintf values
    ("catalog/mail/order_add.php", "text_subject"): ["Demo Store", "1042"],
    ("catalog/mail/order_alert.php", "text_subject"): ["Demo Store", "1042"],
    ("catalog/mail/order_edit.php", "text_subject"): ["Demo Store", "1042"],
    ("catalog/mail/subscription.php", "text_subject"): ["Demo Store", "3"],
    ("catalog/mail/subscription_alert.php", "text_subject"): ["Demo Store", "1042"],
    ("admin/mail/returns.php", "text_subject"): ["Demo Store", "7"],
    ("catalog/mail/order_add.php", "text_subscription_duration"): ["$20.00", "1", "month", "12"],
    ("catalog/mail/order_add.php", "text_subscription_cancel"): ["$20.00", "1", "month"],
    ("catalog/mail/subscription.php", "text_subscription_duration"): ["$20.00", "1", "month", "12"],
    ("catalog/mail/subscription.php", "text_subscription_cancel"): ["$20.00", "1", "month"],
    ("catalog/mail/gdpr_delete.php", "text_hello"): ["Alice"],
    ("admin/mail/gdpr_delete.php", "text_hello"): ["Alice"],
    ("admin/mail/gdpr_approve.php", "text_hello"): ["Alice"],
    ("admin/mail/gdpr_deny.php", "text_hello"): ["Alice"],
    ("admin/mail/gdpr_export.php", "text_hello"): ["Alice"],
    ("admin/mail/gdpr_approve.php", "text_gdpr"): ["30"],
    ("admin/mail/gdpr_approve.php", "text_a"): ["30"],
    ("admin/mail/reward.php", "text_received"): ["100"],
    ("admin/mail/reward.php", "text_total"): ["250"],
    ("admin/mail/transaction.php", "text_received"): ["$20.00"],
    ("admin/mail/transaction.php", "text_total"): ["$45.00"],
    ("catalog/account/forgotten.php", "error_password"): ["uppercase"],
    ("catalog/account/password.php", "error_password"): ["uppercase"],
    ("catalog/account/register.php", "error_password"): ["uppercase"],
    ("catalog/account/register.php", "text_account_already"): [OC_URL + "account/login"],
    ("catalog/account/register.php", "text_agree"): [OC_URL + "information/information&information_id=3",
                                             "Privacy Policy"],
    ("catalog/account/register.php", "error_custom_field"): ["Company"],
    ("catalog/account/register.php", "error_regex"): ["Company"],
    ("catalog/account/register.php", "error_agree"): ["Privacy Policy"],
    ("catalog/account/success.php", "text_success"): [OC_URL + "information/contact"],
    ("catalog/account/success.php", "text_approval"): ["Demo Store", OC_URL + "information/contact"],
}


def oc_definitions(path):
    src = read(path)
    assert len(re.findall(r"\$_\[", src)) == sum(1 for _ in OC_DEF.finditer(src)), path
    return [(php_string(m.group(1)), php_string(m.group(2))) for m in OC_DEF.finditer(src)]


def oc_fill(short, key, s):
    vals = OC_FILL.get((short, key), [])
    return plain(sprintf(s, vals, lambda t: "Demo Store" if t == "s" else "6"))


def oc_files():
    out = []
    for side in ["catalog", "admin"]:
        d = f"upload/{side}/language/en-gb/mail"
        for name in sorted(os.listdir(os.path.join(RAW, "opencart", d))):
            out.append((f"{d}/{name}", "opencart_email"))
    for name in OC_ACCOUNT:
        out.append((f"upload/catalog/language/en-gb/account/{name}.php", "opencart_notice"))
    return out


def opencart_items():
    seen = {"opencart_email": set(), "opencart_notice": set()}
    out = []
    for path, source in oc_files():
        side = path.split("/")[1]
        short = side + "/" + "/".join(path.split("/")[-2:])
        for key, v in oc_definitions(f"opencart/{path}"):
            text = oc_fill(short, key, v)
            if words(text) < 4 or not is_new(seen[source], text):
                continue
            unit = f"{OC}:{short}:{key}"
            out.append(item(f"oc-en-{short_id(unit)}", "en", text, source,
                            f"{OC}@{OC_COMMIT[:12]}:{path}#{key}", unit,
                            "en-gb mail and sign-in/password/security-check language strings of 4+ words"))
    return out


def items():
    return woocommerce_items() + opencart_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
