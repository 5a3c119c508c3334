#!/usr/bin/env python3
"""Build the seventy-fifth batch of tests/data/real/: the account, log-in, password, verification,
administrator, session, permission and security messages of Vendure (its admin UI's catalogues, its
new dashboard's catalogues, its server's error messages) and its four default mails, the log-in and
password messages, invitation mail and account toasts of Koel, and the account, log-in, password,
permission and invitation messages of Lychee, rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates71.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates71.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/{vendure,koel,lychee}/
(see the SOURCE.md of each for repository, paths and commit: the default branch's head as stored).

The account word pattern ACCOUNT_WORDS (below; case-insensitive): password, passkey, sign in / out /
up and log in / out / on as words, login, account, confirm, verif…, authenticat…, authori[sz]…,
admin / admins / administrator(s) as words, session, permission, securit…, credential, two-factor,
2FA, MFA, token, invit…, regist…, reset. "4+ words" counts white-space separated words of the
English text with HTML tags dropped.

Sources (see scripts/real_corpus/notes/batch75.md):
  * vendure_notice: three catalogues of Vendure, each key taken when its English text has 4+ words
    and matches ACCOUNT_WORDS, in the English file's order:
      - the admin UI's packages/admin-ui/src/lib/static/i18n-messages/{en,es,zh_Hans,zh_Hant}.json
        (nested JSON; the key is the dotted path);
      - the new dashboard's packages/dashboard/src/i18n/locales/{en,es,zh_Hans,zh_Hant}.po (lingui;
        the msgid is the English text);
      - the server's error and result messages packages/core/src/i18n/messages/{en,es}.json (no
        Chinese catalogue exists).
    ICU placeholders `{ name }` are filled from VD_FILL (by name); `{x, plural|select, …}` takes the
    `other` branch (`#` = 3).
  * vendure_email: every default mail template of the e-mail plugin
    (packages/email-plugin/templates/*/body.hbs: order confirmation, e-mail verification, password
    reset, e-mail address change; English only), read as: the subject the default handler sets
    (default-email-handlers.ts), a blank line, the body's text (tags dropped, the header's and
    footer's "[company header]" / "[footer text]" placeholders left out), a button written as its
    label and its link. The order confirmation is rendered for one order (VD_ORDER).
  * koel_notice: every string of Koel's resources/lang/{en,es}/auth.php and passwords.php (the two
    files are about log-in and passwords), and every toast (`toastSuccess|Error|Warning|Info(` with
    a string literal) of resources/assets/js (spec files aside) whose text has 4+ words and matches
    ACCOUNT_WORDS (English literals, no catalogue); `${…}` values filled from KO_FILL (else "Demo").
  * koel_email: Koel's one mail, the user invitation (app/Mail/UserInvite.php subject,
    resources/views/emails/users/invite.blade.php body), English.
  * lychee_notice: every string of Lychee's lang/{en,es,zh_CN,zh_TW}/*.php (Laravel arrays; the key is
    file.dotted.path) whose English text has 4+ words and matches ACCOUNT_WORDS, in file and key
    order, except the files of the admin's settings and help pages (all_settings, admin-dashboard,
    design-system, landing_config, maintenance, settings: not copied). Values `%s` and `:name` filled
    from LY_FILL.
  A key is taken in a language when that catalogue has a non-empty text differing from the English
  one (else the product shows English); a Lychee Chinese text without a Han character is English
  left in the catalogue and not taken. Near-duplicates (digits and white space aside) collapse
  within a source and language. Cut at 500 characters.

Split: the unit is the message key (`vendure-ecommerce/vendure:<catalogue>:<key>`,
`vendure-ecommerce/vendure:email:<template>`, `koel/koel:<file>:<key>`, `LycheeOrg/Lychee:<key>`),
all languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates71.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
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
LABELS = os.path.join(HERE, "labels", "labels_templates71.tsv")
RAW = os.path.join(HERE, "raw")

ACCOUNT_WORDS = re.compile(
    r"password|passkey|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|\blogin|"
    r"account|confirm|verif|authenticat|authori[sz]|\badmin(?:istrator)?s?\b|session|permission|securit|"
    r"credential|two-factor|\b2fa\b|\bmfa\b|token|invit|regist|reset", re.I)


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def plain(s):
    """Text of a catalogue string: tags dropped (`<br>` a line break), entities undone, each line's
    white space collapsed, blank lines kept single."""
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [" ".join(l.split()) for l in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


HAN = re.compile(r"[\u4e00-\u9fff]")


def taken(en_text):
    t = plain(en_text)
    return len(t.split()) >= 4 and bool(ACCOUNT_WORDS.search(t))


def po_entries(path):
    """msgid -> msgstr of a .po file (header left out)."""
    out = {}
    for blk in read(path).split("\n\n"):
        fields = {}
        for name, val in re.findall(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) ((?:".*"\n?)+)',
                                    blk + "\n", re.M):
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
            fields[name] = re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                                  "".join(parts))
        if fields.get("msgid"):
            out[fields["msgid"]] = fields.get("msgstr", fields.get("msgstr[0]", ""))
    return out


def flat_json(d, prefix=""):
    out = {}
    for k, v in d.items():
        kk = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flat_json(v, kk))
        else:
            out[kk] = v
    return out


# --- Vendure ---------------------------------------------------------------------------------------
VD = "vendure-ecommerce/vendure"
VD_COMMIT = "1633446f4ee203e5e3fbca628bee952893bffa5b"
VD_LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
VD_URL = "https://shop.example.com"
VD_FILL = {  # ICU argument name -> value
    "brand": "Demo Shop", "emailAddress": "bob@example.com", "path": "/settings/administrators",
    "strategy": "google", "roleCode": "demo-role", "name": "demoField", "permission": "ReadDemo",
    "token": "demo-channel", "entityName": "Customer", "id": "7", "code": "demo-code",
}


def icu_fill(s, count=3):
    """Fills ICU arguments: `{name}` from VD_FILL (else "Demo"); `{x, plural|select, … other {…}}`
    takes the `other` branch, `#` written as `count`."""
    out, i = [], 0
    while i < len(s):
        if s[i] != "{":
            out.append(s[i])
            i += 1
            continue
        depth, j = 0, i
        while j < len(s):
            depth += {"{": 1, "}": -1}.get(s[j], 0)
            if depth == 0:
                break
            j += 1
        inner = s[i + 1:j]
        parts = inner.split(",", 2)
        if len(parts) == 3 and parts[1].strip() in ("plural", "select"):
            m = re.search(r"\bother\s*\{", parts[2])
            branch = ""
            if m:
                d, k = 1, m.end()
                while k < len(parts[2]) and d:
                    d += {"{": 1, "}": -1}.get(parts[2][k], 0)
                    k += 1
                branch = parts[2][m.end():k - 1]
            out.append(icu_fill(branch.replace("#", str(count)), count))
        else:
            out.append(VD_FILL.get(inner.strip(), "Demo"))
        i = j + 1
    return "".join(out)


def vd_catalogues():
    """(catalogue name, path of each language, {lang: {key: text}}) for the three catalogues."""
    ui = "packages/admin-ui/src/lib/static/i18n-messages"
    dash = "packages/dashboard/src/i18n/locales"
    core = "packages/core/src/i18n/messages"
    out = []
    cats = {code: flat_json(json.loads(read(f"vendure/{ui}/{name}.json"))) for name, code in VD_LANGS}
    out.append(("admin-ui", {code: f"{ui}/{name}.json" for name, code in VD_LANGS}, cats))
    cats = {code: po_entries(f"vendure/{dash}/{name}.po") for name, code in VD_LANGS}
    cats["en"] = {k: (v or k) for k, v in cats["en"].items()}
    out.append(("dashboard", {code: f"{dash}/{name}.po" for name, code in VD_LANGS}, cats))
    cats = {code: flat_json(json.loads(read(f"vendure/{core}/{code}.json"))) for code in ("en", "es")}
    out.append(("core", {code: f"{core}/{code}.json" for code in ("en", "es")}, cats))
    return out


def vendure_notice_items():
    seen = {code: set() for _, code in VD_LANGS}
    out = []
    for cat, paths, cats in vd_catalogues():
        for key, en in cats["en"].items():
            if not isinstance(en, str) or not taken(icu_fill(en)):
                continue
            en_text = plain(icu_fill(en))
            for code in [c for _, c in VD_LANGS if c in cats]:
                v = cats[code].get(key)
                if not v:
                    continue
                text = plain(icu_fill(v))
                if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                    continue
                out.append(item(f"vd-{code}-{short_id(cat + ':' + key)}", code, text, "vendure_notice",
                                f"{VD}@{VD_COMMIT[:12]}:{paths[code]}#{key[:80]}", f"{VD}:{cat}:{key}",
                                f"Vendure {cat} catalogue keys whose English text has 4+ words and an "
                                "account word"))
    return out


VD_MAILS = {  # template -> (subject, the handler's template variables)
    "order-confirmation": "Order confirmation for #{{ order.code }}",
    "email-verification": "Please verify your email address",
    "password-reset": "Forgotten password reset",
    "email-address-change": "Please verify your change of email address",
}
VD_VARS = {
    "order.code": "DEMO7K3QZP", "order.customer.firstName": "Alice", "order.customer.lastName": "Chen",
    "verifyEmailAddressUrl": f"{VD_URL}/verify", "verificationToken": "5f2c9a0e1b7d4c3a",
    "passwordResetUrl": f"{VD_URL}/password-reset", "passwordResetToken": "5f2c9a0e1b7d4c3a",
    "changeEmailAddressUrl": f"{VD_URL}/verify-email-address-change",
    "identifierChangeToken": "5f2c9a0e1b7d4c3a",
}
VD_ORDER = {  # the order of the order-confirmation mail: helpers and blocks rendered for one order
    "{{ formatDate order.orderPlacedAt }}": "Fri Nov 27 2026",
    "{{ formatMoney order.total order.currencyCode 'en' }}": "€24.70",
    "{{ formatMoney order.subTotalWithTax order.currencyCode 'en' }}": "€24.70",
    "{{ formatMoney order.totalWithTax order.currencyCode 'en' }}": "€29.70",
}
VD_ORDER_ADDRESS = ["Alice Chen", "1 Demo Street", "Demo City", "10115", "Germany"]
VD_ORDER_LINE = ("2 x Demo Mug", "€24.70")
VD_ORDER_SHIPPING = ("Standard Shipping", "€5.00")


def vd_mail_text(name, body):
    body = re.sub(r"<mj-raw>.*?</mj-raw>", "", body, flags=re.S)
    # a paragraph of plain text is one line, as the mail shows it
    body = re.sub(r"(<mj-text[^>]*>)([^<]*)(</mj-text>)",
                  lambda m: m.group(1) + "\n" + " ".join(m.group(2).split()) + "\n" + m.group(3), body)
    body = re.sub(r"\{\{>\s*(header|footer)[^}]*\}\}", "", body)
    # a button: its label and its link
    body = re.sub(r'<mj-button[^>]*href="([^"]*)"[^>]*>\s*(.*?)\s*</mj-button>',
                  lambda m: f"\n{m.group(2)}: {m.group(1)}\n", body, flags=re.S)
    if name == "order-confirmation":
        for k, v in VD_ORDER.items():
            body = body.replace(k, v)
        body = re.sub(r"\{\{#with order.shippingAddress \}\}.*?\{\{/with\}\}",
                      "\nShipping To: " + VD_ORDER_ADDRESS[0] + "\n" + "\n".join(VD_ORDER_ADDRESS[1:]) + "\n",
                      body, flags=re.S)
        body = re.sub(r"<mj-table.*?</mj-table>",
                      f"\n{VD_ORDER_LINE[0]} | {VD_ORDER_LINE[1]}\n"
                      f"Sub-total: | {VD_ORDER['{{ formatMoney order.subTotalWithTax order.currencyCode ' + chr(39) + 'en' + chr(39) + ' }}']}\n"
                      f"Shipping ({VD_ORDER_SHIPPING[0]}): | {VD_ORDER_SHIPPING[1]}\n"
                      f"Total: | {VD_ORDER['{{ formatMoney order.totalWithTax order.currencyCode ' + chr(39) + 'en' + chr(39) + ' }}']}\n",
                      body, flags=re.S)
    body = re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lambda m: VD_VARS[m.group(1)], body)
    assert "{{" not in body, (name, body)
    body = re.sub(r"<(h3|li|mj-text)[^>]*>", "\n", body)
    return plain(body)


def vendure_email_items():
    out = []
    for name, subject in VD_MAILS.items():
        path = f"packages/email-plugin/templates/{name}/body.hbs"
        subj = re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lambda m: VD_VARS[m.group(1)], subject)
        text = subj + "\n\n" + vd_mail_text(name, read(f"vendure/{path}"))
        out.append(item(f"vd-mail-{name}", "en", text, "vendure_email", f"{VD}@{VD_COMMIT[:12]}:{path}",
                        f"{VD}:email:{name}", "every default mail template of the e-mail plugin"))
    return out


# --- Koel ------------------------------------------------------------------------------------------
KO = "koel/koel"
KO_COMMIT = "41cab99feeaf59b139699403fdfd41f0a280fb39"
KO_URL = "https://koel.example.com"
KO_FILL = {"user.name": "Bob", "user.value.name": "Bob", "user.value.email": "bob@example.com"}
KO_LANG_FILL = {":seconds": "60"}
PHP_STR = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""


def php_string(s):
    q, body = s[0], s[1:-1]
    if q == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    esc = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\(.)", lambda m: esc.get(m.group(1), m.group(0)), body)


PHP_TOK = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|=>|\[|\]|,|"""
                     r"""<\?php|return|;""", re.S)


def php_array(src):
    """Flattened dotted key -> string value of the array a Laravel lang file returns (short array
    syntax, string keys and values)."""
    toks, pos = [], 0
    while pos < len(src):
        m = PHP_TOK.match(src, pos)
        if not m:
            raise ValueError(src[pos:pos + 80])
        t, pos = m.group(0), m.end()
        if t.isspace() or t.startswith(("//", "#", "/*")) or t in ("<?php", "return", ";"):
            continue
        toks.append(t)
    out, i = {}, 0

    def arr(prefix):
        nonlocal i
        assert toks[i] == "[", toks[i:i + 5]
        i += 1
        while toks[i] != "]":
            key = php_string(toks[i])
            assert toks[i + 1] == "=>", toks[i:i + 5]
            i += 2
            kk = f"{prefix}.{key}" if prefix else key
            if toks[i] == "[":
                arr(kk)
            else:
                out[kk] = php_string(toks[i])
                i += 1
            if toks[i] == ",":
                i += 1
        i += 1
    arr("")
    assert i == len(toks), toks[i:i + 5]
    return out


def ko_lang_fill(s):
    for k, v in KO_LANG_FILL.items():
        s = s.replace(k, v)
    return s


TOAST = re.compile(r"toast(?:Success|Error|Warning|Info)\(\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`)")


def koel_notice_items():
    out = []
    seen = {"en": set(), "es": set()}
    for f in ("auth", "passwords"):
        cats = {code: php_array(read(f"koel/resources/lang/{code}/{f}.php")) for code in ("en", "es")}
        for key, en in cats["en"].items():
            en_text = plain(ko_lang_fill(en))
            for code in ("en", "es"):
                v = cats[code].get(key)
                if not v:
                    continue
                text = plain(ko_lang_fill(v))
                if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                    continue
                out.append(item(f"ko-{code}-{short_id(f + ':' + key)}", code, text, "koel_notice",
                                f"{KO}@{KO_COMMIT[:12]}:resources/lang/{code}/{f}.php#{key}",
                                f"{KO}:{f}.php:{key}", "every string of Koel's auth.php and passwords.php"))
    files = []
    for dirpath, _, names in os.walk(os.path.join(RAW, "koel", "resources", "assets", "js")):
        for n in names:
            files.append(os.path.relpath(os.path.join(dirpath, n), os.path.join(RAW, "koel")))
    for path in sorted(files):
        for m in TOAST.finditer(read(f"koel/{path}")):
            lit = m.group(1)
            s = lit[1:-1] if lit[0] == "`" else php_string(lit)
            s = re.sub(r"\$\{\s*([\w.]+)\s*\}", lambda x: KO_FILL.get(x.group(1), "Demo"), s)
            if not taken(s) or "${" in s:
                continue
            text = plain(s)
            if not is_new(seen["en"], text):
                continue
            out.append(item(f"ko-toast-{short_id(path + ':' + lit)}", "en", text, "koel_notice",
                            f"{KO}@{KO_COMMIT[:12]}:{path}", f"{KO}:{path}:{lit}",
                            "Koel's toasts of 4+ words with an account word"))
    return out


def koel_email_items():
    subject = re.search(r"subject: '([^']*)'", read("koel/app/Mail/UserInvite.php")).group(1)
    body = read("koel/resources/views/emails/users/invite.blade.php")
    body = body.replace("{{ $invitee->invitedBy->name }}", "Alice Chen").replace("{{ config('app.name') }}", "Koel")
    body = re.sub(r'<x-mail::button :url="\$url">\s*(.*?)\s*</x-mail::button>',
                  lambda m: f"{m.group(1)}: {KO_URL}/#/invitation/accept/5f2c9a0e1b7d4c3a", body, flags=re.S)
    body = re.sub(r"</?x-mail::message>", "", body)
    assert "{{" not in body and "<" not in body, body
    text = subject + "\n\n" + plain(body)
    return [item("ko-mail-user-invite", "en", text, "koel_email",
                 f"{KO}@{KO_COMMIT[:12]}:resources/views/emails/users/invite.blade.php", f"{KO}:email:invite",
                 "Koel's one mail (user invitation)")]


# --- Lychee ----------------------------------------------------------------------------------------
LY = "LycheeOrg/Lychee"
LY_COMMIT = "b8e4d1e832ca4eed9432a7acfaf9a36f69e68472"
LY_LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
LY_FILL = {  # key -> the %s values in order (default: alice)
    "webshop.infoSection.loggedInWithEmail": ["alice", "alice@example.com"],
    "dialogs.delete_album.type_to_confirm": ["Demo Album"],
    "gallery.photo.edit.set_taken_at_info": ["*"],
    "webshop.orderLegend.offlineExplanation": ["Offline", "Completed"],
}
LY_NAMED = {":count": "3", ":token": "primary"}


def ly_fill(key, s):
    vals = iter(LY_FILL.get(key, []))
    s = re.sub(r"%[sd]", lambda m: next(vals, "alice"), s)
    s = re.sub(r":[a-z_]+\b", lambda m: LY_NAMED.get(m.group(0), m.group(0)), s)
    return plain(s)


def lychee_items():
    files = sorted(os.listdir(os.path.join(RAW, "lychee", "lang", "en")))
    cats = {code: {} for _, code in LY_LANGS}
    for d, code in LY_LANGS:
        for f in files:
            for k, v in php_array(read(f"lychee/lang/{d}/{f}")).items():
                cats[code][f[:-4] + "." + k] = v
    seen = {code: set() for _, code in LY_LANGS}
    out = []
    for key, en in cats["en"].items():
        if not taken(en):
            continue
        en_text = ly_fill(key, en)
        for d, code in LY_LANGS:
            v = cats[code].get(key)
            if not v:
                continue
            text = ly_fill(key, v)
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            if code.startswith("zh") and not HAN.search(text):  # left in English
                continue
            f = key.split(".")[0]
            out.append(item(f"ly-{code}-{short_id(key)}", code, text, "lychee_notice",
                            f"{LY}@{LY_COMMIT[:12]}:lang/{d}/{f}.php#{key[len(f) + 1:]}", f"{LY}:{key}",
                            "lang/*.php keys (admin settings and help files aside) whose English text has "
                            "4+ words and an account word"))
    return out


def items():
    return (vendure_notice_items() + vendure_email_items() + koel_notice_items() + koel_email_items()
            + lychee_items())


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
