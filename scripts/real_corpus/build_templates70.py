#!/usr/bin/env python3
"""Build the seventy-fourth batch of tests/data/real/: the account, sign-in, password, token,
session and e-mail messages of the Strapi CMS's admin panel and of its users-permissions and email
plugins (English source strings with the es, zh-Hans and zh (中文 (繁體), so zh-Hant) translations), and
the default mails of Strapi (English), of PocketBase (English) and of Supabase Auth (English),
rendered with fixed placeholder values.

Usage:
    python3 scripts/real_corpus/build_templates70.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates70.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/{strapi,pocketbase,
supabase_auth}/ (see the SOURCE.md of each for package or repository, paths and version).

Sources (see scripts/real_corpus/notes/batch74.md):
  * strapi_notice: the catalogues of the admin panel (@strapi/admin 5.54.0 from npm:
    dist/admin/admin/src/translations/<lang>.json.mjs, the published build of the repository's
    packages/core/admin/admin/src/translations/<lang>.json: `var` string constants and one object
    literal of "key": "text" entries) and of the users-permissions plugin
    (@strapi/plugin-users-permissions 5.54.0: admin/src/translations/<lang>.json) and of the email
    plugin (@strapi/email 5.54.0: dist/admin/translations/<lang>.json.mjs), for en, es, zh-Hans and
    zh (zh-Hant); and, English only, every error message `new …Error('…')` of the
    users-permissions plugin's authentication controller (server/src/controllers/auth.js: log-in,
    register, password change and reset, e-mail confirmation) under the same rule.
    Rule, on the English text with HTML tags dropped: a key is taken when its English text has
    4 or more words and matches ACCOUNT_WORDS (password; sign in / out / up, log in / out / on and
    login; account; confirm; verify; invite / invitation; security; two-factor / 2FA;
    authenticate; reset; register / registration; credential; token; session; SSO; e-mail /
    email). File order: admin panel, users-permissions, email plugin, then the controller's
    messages. A key is taken in a language when that catalogue has a non-empty text differing from
    the English one (else the panel shows English).
  * strapi_email: every default mail of the three packages: the admin panel's password-reset mail
    (dist/server/server/src/config/email-templates/forgot-password.mjs, its `text` part), the
    users-permissions plugin's reset-password and e-mail-confirmation mails (the `object` and
    `message` of the `initEmails` defaults in server/src/bootstrap/index.js) and the email
    plugin's test mail (dist/server/controllers/email.mjs, subject and `text`); English only (the
    packages have no translations of them).
  * pocketbase_email: the five default auth mails of core/collection_model_auth_templates.go
    (verification, password reset, e-mail change, OTP, log-in from a new location).
  * supabase_auth_email: the thirteen default mails of internal/mailer/templatemailer/
    templatemailer.go (invite, confirmation, recovery, magic link, e-mail change,
    reauthentication, and the seven account-change notifications), subject from
    defaultTemplateSubjects.
  A mail is read as its subject, a blank line, then its body as text (`<p>` and `<br>` line
  breaks, a link as its label followed by its address, tags dropped). Near-duplicates (digits and
  white space aside) collapse within a source and language. Cut at 500 characters.

Placeholders. Strapi catalogues: `{field}` Email; `{to}` alice@example.com; the ICU select of
licenseLimitStatus takes OVER_LIMIT; `{spacer}` a line break; rich-text tags (`<a>…</a>`, `<p>`, `<li>`) dropped, their
text kept; `%APP_NAME%` left as the panel shows it (a hint in the subject field). Strapi mails:
the admin URL https://cms.example.com/admin/auth/reset-password?code=5f2c9a0e1b7d4c3a, the plugin's
reset page https://app.example.com/reset-password with ?code=5f2c9a0e1b7d4c3a, the confirmation
link https://cms.example.com/api/auth/email-confirmation?confirmation=5f2c9a0e1b7d4c3a; the test
mail's recipient alice@example.com and provider nodemailer.
PocketBase: {APP_NAME} Acme, {APP_URL} https://app.example.com, {TOKEN} 5f2c9a0e1b7d4c3a, {OTP}
482913, {ALERT_INFO} "2026-11-27 10:00:00.000Z - 203.0.113.7 Mozilla/5.0 (Windows NT 10.0; Win64;
x64) Firefox/133.0" (date, IP and user agent, as apis/record_helpers.go writes it). Supabase Auth:
{{ .ConfirmationURL }} https://auth.example.com/auth/v1/verify?token=5f2c9a0e1b7d4c3a&type=<type>
&redirect_to=https://app.example.com, {{ .Token }} 482913, {{ .Email }} alice@example.com,
{{ .OldEmail }} alice.old@example.com, {{ .NewEmail }} alice.new@example.com, {{ .Phone }}
+14155550123, {{ .OldPhone }} +14155550100, {{ .Provider }} github, {{ .FactorType }} totp.

Split: the unit is the message key (`strapi/strapi:admin:<key>`,
`strapi/strapi:users-permissions:<key>`, `strapi/strapi:email:<key>`,
`strapi/strapi:users-permissions-server:<message>`, `strapi/strapi:mail:<name>`,
`pocketbase/pocketbase:<template>`, `supabase/auth:<template>`), all languages of one message on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates70.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
import json
import os
import re

from build_templates import html_to_text, item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates70.tsv")
RAW = os.path.join(HERE, "raw")

ACCOUNT_WORDS = re.compile(r"password|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
                           r"\blogin|account|confirm|verif|invit|securit|two-factor|\b2fa\b|authenticat|reset|"
                           r"regist|credential|token|session|\bsso\b|\be-?mail", re.I)
TOKEN = "5f2c9a0e1b7d4c3a"
CODE = "482913"


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def mail_text(subject, body_html):
    return subject.strip() + "\n\n" + html_to_text(body_html)


# --- Strapi catalogues -----------------------------------------------------------------------------
ST = "strapi/strapi"
ST_ADMIN_PKG = "@strapi/admin@5.54.0"
ST_UP_PKG = "@strapi/plugin-users-permissions@5.54.0"
ST_EMAIL_PKG = "@strapi/email@5.54.0"
ST_LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh", "zh-Hant")]
JS_STR = r'"(?:[^"\\]|\\.)*"'
JS_ID = r"[A-Za-z_$][\w$]*"


def parse_mjs(path):
    """key -> text of a compiled JSON module (rollup's output for a .json file): `var <id> =
    "<text>";` constants, then `var <name> = {` with one `"key": "text",` or `<id>: <id>,` entry a
    line, then `};`. The string literals are JSON strings."""
    src = read(path)
    consts = {m.group(1): json.loads(m.group(2))
              for m in re.finditer(rf"^var ({JS_ID}) = ({JS_STR});$", src, re.M)}
    body = re.search(r"^var \w+ = \{\n(.*?)\n\};$", src, re.M | re.S).group(1)
    out = {}
    for line in body.split("\n"):
        m = re.match(rf"^    (?:({JS_STR})|({JS_ID})): (?:({JS_STR})|({JS_ID})),?$", line)
        assert m, (path, line)
        key = json.loads(m.group(1)) if m.group(1) else m.group(2)
        out[key] = json.loads(m.group(3)) if m.group(3) else consts[m.group(4)]
    return out


def icu_select(s, name, value):
    """Replaces the ICU `{name, select, … value {text} …}` of `s` by the branch `value`."""
    start = s.find("{" + name + ",")
    if start < 0:
        return s
    depth, end = 0, start
    for end in range(start, len(s)):
        depth += {"{": 1, "}": -1}.get(s[end], 0)
        if depth == 0:
            break
    inner = s[start + 1:end]
    m = re.search(re.escape(value) + r"\s*\{([^{}]*)\}", inner)
    return s[:start] + (m.group(1) if m else "") + s[end + 1:]


def st_fill(s):
    s = icu_select(s, "licenseLimitStatus", "OVER_LIMIT")
    s = s.replace("{field}", "Email").replace("{spacer}", "\n").replace("{to}", "alice@example.com")
    s = re.sub(r"</p>|</li>|<li>|<ul>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    lines = [" ".join(l.split()) for l in s.split("\n")]
    return "\n".join(l for l in lines if l).strip()


def strapi_notice_items():
    out = []
    parts = [("admin", ST_ADMIN_PKG, "dist/admin/admin/src/translations/{}.json.mjs", parse_mjs),
             ("users-permissions", ST_UP_PKG, "admin/src/translations/{}.json",
              lambda p: json.loads(read(p))),
             ("email", ST_EMAIL_PKG, "dist/admin/translations/{}.json.mjs", parse_mjs)]
    seen = {code: set() for _, code in ST_LANGS}
    for part, pkg, pattern, load in parts:
        cats = {code: load(f"strapi/{part}/" + pattern.format(name).rsplit("/", 1)[1])
                for name, code in ST_LANGS}
        for key, en in cats["en"].items():
            t = re.sub(r"<[^>]+>", "", en)
            if len(t.split()) < 4 or not ACCOUNT_WORDS.search(t):
                continue
            en_text = st_fill(en)
            for name, code in ST_LANGS:
                v = cats[code].get(key)
                if not v or (code != "en" and v == en):
                    continue
                text = st_fill(v)
                if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                    continue
                out.append(item(f"st-{code}-{short_id(part + ':' + key)}", code, text, "strapi_notice",
                                f"{ST}@npm:{pkg}:{pattern.format(name)}#{key[:80]}", f"{ST}:{part}:{key}",
                                "admin, users-permissions and email catalogue keys whose English text has 4+ "
                                "words and an account, token, session or e-mail word"))
    # the error messages of the users-permissions plugin's authentication controller (English only)
    src = read("strapi/users-permissions/controllers-auth.js")
    for m in re.finditer(r"new \w+Error\(\s*'([^']*)'", src):
        msg = m.group(1)
        if len(msg.split()) < 4 or not ACCOUNT_WORDS.search(msg) or not is_new(seen["en"], msg):
            continue
        line = src[:m.start()].count("\n") + 1
        out.append(item(f"st-en-{short_id('users-permissions-server:' + msg)}", "en", msg, "strapi_notice",
                        f"{ST}@npm:{ST_UP_PKG}:server/src/controllers/auth.js#L{line}",
                        f"{ST}:users-permissions-server:{msg}",
                        "error messages of 4+ words with an account, token, session or e-mail word of the "
                        "users-permissions authentication controller"))
    return out


# --- Strapi mails ----------------------------------------------------------------------------------
def lodash(s, values):
    return re.sub(r"<%=\s*(\w+)\s*%>", lambda m: values[m.group(1)], s)


def js_template(src, name):
    """The backtick literal assigned to `name` (`name: \\`…\\`` or `const name = \\`…\\``)."""
    m = re.search(rf"\b{name}(?::| =) `([^`]*)`", src)
    return m.group(1)


def strapi_email_items():
    out = []
    fp = read("strapi/admin/forgot-password.mjs")
    text = lodash(js_template(fp, "subject"), {}) + "\n\n" + lodash(
        js_template(fp, "text"), {"url": f"https://cms.example.com/admin/auth/reset-password?code={TOKEN}"})
    text = re.sub(r"\n{3,}", "\n\n", text)
    mails = [("admin-forgot-password", ST_ADMIN_PKG,
              "dist/server/server/src/config/email-templates/forgot-password.mjs", text)]
    boot = read("strapi/users-permissions/bootstrap-index.js")
    for name, values in [("reset_password", {"URL": "https://app.example.com/reset-password", "TOKEN": TOKEN}),
                         ("email_confirmation", {"URL": "https://cms.example.com/api/auth/email-confirmation",
                                                 "CODE": TOKEN})]:
        blk = boot[boot.index(f"      {name}: {{"):]
        subject = re.search(r"object: '([^']*)'", blk).group(1)
        body = js_template(blk, "message")
        mails.append((f"users-permissions-{name}", ST_UP_PKG, "server/src/bootstrap/index.js#initEmails",
                      mail_text(subject, lodash(body, values))))
    em = read("strapi/email/controllers-email.mjs")
    subject = re.search(r"subject: `([^`]*)`", em).group(1).replace("${to}", "alice@example.com")
    body = re.search(r"text: `([^`]*)`", em).group(1).replace(
        "${strapi.config.get('plugin::email.provider')}", "nodemailer").replace("\\r\\n", "\n")
    mails.append(("email-test", ST_EMAIL_PKG, "dist/server/controllers/email.mjs#test",
                  subject + "\n\n" + "\n".join(l.strip() for l in body.split("\n"))))
    seen = set()
    for name, pkg, path, text in mails:
        if is_new(seen, text):
            out.append(item(f"stm-en-{short_id(name)}", "en", text, "strapi_email",
                            f"{ST}@npm:{pkg}:{path}", f"{ST}:mail:{name}",
                            "every default mail of the admin panel and the users-permissions plugin"))
    return out


# --- PocketBase ------------------------------------------------------------------------------------
PB = "pocketbase/pocketbase"
PB_COMMIT = "5d217ddb50cb144d80a5d0b0bdf11b52b2c3e457"
PB_FILL = {"{APP_NAME}": "Acme", "{APP_URL}": "https://app.example.com", "{TOKEN}": TOKEN, "{OTP}": CODE,
           "{ALERT_INFO}": "2026-11-27 10:00:00.000Z - 203.0.113.7 Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                           "Firefox/133.0"}


def go_concat(expr, consts):
    """The value of a Go string expression: "…" and `…` literals and constant names joined by +."""
    out = []
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`|\b(\w+)\b', expr):
        if m.group(1) is not None:
            out.append(json.loads('"' + m.group(1) + '"'))
        elif m.group(2) is not None:
            out.append(m.group(2))
        else:
            out.append(consts[m.group(3)])
    return "".join(out)


def pocketbase_items():
    src = read("pocketbase/collection_model_auth_templates.go")
    consts = dict(re.findall(r'^\t(\w+)\s+string = "([^"]*)"$', src, re.M))
    out, seen = [], set()
    for m in re.finditer(r"^var (\w+) = EmailTemplate\{\n\tSubject: (.*?),\n\tBody: (.*?),\n\}$", src, re.M | re.S):
        name = m.group(1)
        subject, body = go_concat(m.group(2), consts), go_concat(m.group(3), consts)
        for ph, v in PB_FILL.items():
            subject, body = subject.replace(ph, v), body.replace(ph, v)
        text = mail_text(subject, body)
        if is_new(seen, text):
            out.append(item(f"pb-en-{short_id(name)}", "en", text, "pocketbase_email",
                            f"{PB}@{PB_COMMIT[:12]}:core/collection_model_auth_templates.go#{name}",
                            f"{PB}:{name}", "every default auth mail"))
    assert len(out) == 5, len(out)
    return out


# --- Supabase Auth ---------------------------------------------------------------------------------
SB = "supabase/auth"
SB_COMMIT = "bc32168e13fdc928c98b449fc76bc3fdb9a293c5"
SB_TYPES = {"Invite": "invite", "Confirmation": "signup", "Recovery": "recovery", "MagicLink": "magiclink",
            "EmailChange": "email_change"}
SB_FILL = {"Token": CODE, "Email": "alice@example.com", "OldEmail": "alice.old@example.com",
           "NewEmail": "alice.new@example.com", "Phone": "+14155550123", "OldPhone": "+14155550100",
           "Provider": "github", "FactorType": "totp", "SiteURL": "https://app.example.com"}


def sb_fill(s, kind):
    def one(m):
        if m.group(1) == "ConfirmationURL":
            return (f"https://auth.example.com/auth/v1/verify?token={TOKEN}&type={SB_TYPES[kind]}"
                    f"&redirect_to=https://app.example.com")
        return SB_FILL[m.group(1)]
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", one, s)


def supabase_items():
    src = read("supabase_auth/templatemailer.go")
    consts = dict(re.findall(r"^const (\w+) = `([^`]*)`$", src, re.M))
    subj_blk = re.search(r"defaultTemplateSubjects = &conf\.EmailContentConfiguration\{(.*?)\n\t\}", src, re.S).group(1)
    body_blk = re.search(r"defaultTemplateBodies = &conf\.EmailContentConfiguration\{(.*?)\n\t\}", src, re.S).group(1)
    subjects = dict(re.findall(r'^\t\t(\w+):\s+"([^"]*)",$', subj_blk, re.M))
    bodies = dict(re.findall(r"^\t\t(\w+):\s+(\w+),$", body_blk, re.M))
    out, seen = [], set()
    for kind, const in bodies.items():
        text = mail_text(sb_fill(subjects[kind], kind), sb_fill(consts[const], kind))
        if is_new(seen, text):
            out.append(item(f"sb-en-{short_id(kind)}", "en", text, "supabase_auth_email",
                            f"{SB}@{SB_COMMIT[:12]}:internal/mailer/templatemailer/templatemailer.go#{const}",
                            f"{SB}:{kind}", "every default mail (defaultTemplateSubjects / defaultTemplateBodies)"))
    assert len(out) == 13, len(out)
    return out


def items():
    return strapi_notice_items() + strapi_email_items() + pocketbase_items() + supabase_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
