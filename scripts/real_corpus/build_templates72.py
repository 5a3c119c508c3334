#!/usr/bin/env python3
"""Build the seventy-sixth batch of tests/data/real/: the account, sign-in, password, sign-up,
e-mail confirmation, application/token, moderation and security messages of Funkwhale's web
front end (English source strings and the es, zh_Hans and zh_Hant translations) and every mail the
Funkwhale API sends (English only: the API ships no translations), and the same kind of messages
and every mail of WriteFreely (English only), rendered with fixed values.

Usage:
    python3 scripts/real_corpus/build_templates72.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates72.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/{funkwhale,writefreely}/
(WriteFreely: github.com/writefreely/writefreely at 6384f4667b5a, v0.15.1-23; see each SOURCE.md).
Funkwhale (its SOURCE.md: github.com/prototypefund/iconet-Foundation-funkwhale, a GitHub mirror with the full
history of Funkwhale's GitLab repository, read at 7ff3ea219a17, the last upstream commit (a
Weblate commit of 2023-02-17 on the 1.3.0 development line) before the fork's own three commits,
which touch none of the files read).

Sources (see scripts/real_corpus/notes/batch76.md):
  * funkwhale_notice: the leaves of front/src/locales/en_US.json (vue-i18n messages; the key is
    the dotted path of the leaf), in file order. Rule, on the English text: a key is taken when
    the text has 4 or more words (a `{placeholder}` counts as one word; for a plural message
    `a | b | c` the first form) and matches ACCOUNT_WORDS (password, sign in / out / up, signup,
    log in / out / on, login, account, confirm, verify, invite / invitation, ban, security,
    two-factor, 2FA, authenticate, authorize, reset, register / registration, credential, token,
    application(s), app(s), e-mail / email, moderation / moderator, suspend, block). English
    from en_US.json, Spanish from es.json, zh-Hans from zh_Hans.json, zh-Hant from zh_Hant.json.
    A key is taken in a language when that catalogue has a non-empty translation differing from
    the English text (else the front end shows English). A zh-Hant text equal to the zh-Hans text
    of the same key is skipped too (zh_Hant.json copies some Simplified strings).
  * funkwhale_email: every mail of the API, read as subject (when the repository sets one), a
    blank line, then the body: the two Django templates of api/funkwhale_api/templates/
    (allauth's e-mail confirmation, the password reset; their subjects are the libraries'
    defaults, not in the repository, so the body only) and the four mails written out in
    api/funkwhale_api/moderation/tasks.py (new report to the moderators, new sign-up request to
    the moderators, sign-up request approved, sign-up request refused with the contact address
    configured). The tasks.py mails are written down below (FW_TASK_MAILS) as the source's string
    literals in order, each checked to occur verbatim in the copied file, and filled.
  * writefreely_notice (github.com/writefreely/writefreely, English only: the server has no
    translations): every user-facing message literal of the Go sources at the repository's root
    (non-test files): the message of an `impart.HTTPError{<status>, "<message>"}` (or
    `Message: "<message>"`) and the text given to `addSessionFlash(app, w, r, "<text>", ...)`, a
    chain of literals joined by `+ <expression> +` read whole (GO_VALUES fills the expressions);
    and the static text of every `<p>`, `<h1>`-`<h3>` and `<li>` element of pages/*.tmpl and
    templates/**/*.tmpl that holds no template action (`{{`) and no script string, tags dropped.
    Taken when the text has 4 or more words and matches ACCOUNT_WORDS or `passphrase` /
    `silenced` (WF_WORDS). Files in name order, messages in file order. Only the files that give
    at least one text are copied under raw/writefreely/ (the other Go files and templates gave
    none).
  * writefreely_email: every mail the server sends, its plain-text part, read as subject, a blank
    line, the body: password reset and log-in link (account.go), subscription confirmation and
    new-post mail (email.go). Written down below (WF_MAILS) as literal pieces of the source, each
    checked to occur verbatim in the copied file, and filled values.
  Near-duplicates (digits and white space aside) collapse within a source and language. Cut at
  500 characters.

Placeholders. vue-i18n `{name}` (spaces inside the braces allowed) filled per name by FW_FILL
(user alice <alice@example.com>, the application "Demo App", the pod music.example.com, the
contact contact@music.example.com, the authentication domain sso.example.com, 3 for a count);
a plural message takes its last form (n = 3) when it has several; a literal `{'x'}` is shown as x
(so zh_Hans.json's "{'{{'} contactEmail {'}}'}" stays "{{ contactEmail }}", as the page shows it). Mails: the instance "Demo Pod"
on music.example.com (https://music.example.com), the user alice, the submitter bob
(bob@music.example.com), the album "Demo Album" (id 42) reported as "Offensive content", links
carrying the key / token 5f2c9a0e1b7d4c3a, 3 unresolved items. WriteFreely: the site "Demo Writing"
on https://write.example.com, the blog "Demo Blog" (demo-blog), the post "Demo Post" ("Demo post
text."), the subscriber bob@example.com (id 7), the same token.

Split: the unit is the message key (`funkwhale/funkwhale:<key path>`, `funkwhale/funkwhale:mail:
<name>`; `writefreely/writefreely:<file>:<text's first 80 characters>`,
`writefreely/writefreely:mail:<name>`), all languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates72.tsv (id, category, credential_request, credentials,
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
LABELS = os.path.join(HERE, "labels", "labels_templates72.tsv")
RAW = os.path.join(HERE, "raw", "funkwhale")

FW = "funkwhale/funkwhale"
MIRROR = "prototypefund/iconet-Foundation-funkwhale"
COMMIT = "7ff3ea219a172abe5c2e304f8f2805055f995275"
LANGS = [("en_US", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]

ACCOUNT_WORDS = re.compile(
    r"password|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\bsignup\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
    r"\blogin\b|account|confirm|verif|invit|\bban(?:s|ned|ning)?\b|securit|two-factor|\b2fa\b|"
    r"authenticat|authoriz|reset|regist|credential|token|\bapplications?\b|\bapps?\b|e-?mail|moderat|"
    r"suspend|block", re.I)

POD = "music.example.com"
URL = f"https://{POD}"
TOKEN = "5f2c9a0e1b7d4c3a"
FW_FILL = {
    "username": "alice", "email": "alice@example.com", "app_name": "Demo App", "app": "Demo App",
    "application": "Demo App",
    "contactEmail": f"contact@{POD}", "domain": "sso.example.com", "obj": "demo.example.org",
    "quota": "1 GB", "n": "3", "count": "3", "total": "10",
}


def read(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def leaves(d, prefix=""):
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from leaves(v, path)
        else:
            yield path, v


def catalogue(name):
    return dict(leaves(json.loads(read(f"front/src/locales/{name}.json"))))


def words(s):
    return len(re.sub(r"\{[^}]*\}", "x", s.split("|")[0]).split())


def fill(s):
    """A vue-i18n message as shown: the last plural form, `{'x'}` literals as x, `{name}` filled."""
    forms = [f.strip() for f in s.split("|")]
    s = forms[-1]
    parts = re.split(r"(\{'[^']*'\})", s)
    s = "".join(p[2:-2] if p.startswith("{'") else
                re.sub(r"\{\s*(\w+)\s*\}", lambda m: FW_FILL[m.group(1)], p) for p in parts)
    return " ".join(s.split())


def notice_items():
    cats = {code: catalogue(name) for name, code in LANGS}
    en = cats["en"]
    seen = {code: set() for _, code in LANGS}
    out = []
    for key, v in en.items():
        if words(v) < 4 or not ACCOUNT_WORDS.search(v):
            continue
        en_text = fill(v)
        for name, code in LANGS:
            t = cats[code].get(key)
            if not t or not t.strip():
                continue
            text = fill(t)
            if code != "en" and text == en_text:
                continue
            if code == "zh-Hant" and cats["zh-Hans"].get(key) and fill(cats["zh-Hans"][key]) == text:
                continue
            if not is_new(seen[code], text):
                continue
            out.append(item(f"fw-{code}-{short_id(key)}", code, text, "funkwhale_notice",
                            f"{MIRROR}@{COMMIT[:12]}:front/src/locales/{name}.json#{key}",
                            f"{FW}:{key}",
                            "front/src/locales leaves whose English text has 4+ words and an account word"))
    return out


# --- mails -----------------------------------------------------------------------------------------
TPL_VALUES = {
    "site_name": "Demo Pod", "site_domain": POD, "funkwhale_url": URL, "key": TOKEN,
    "user_display": "alice", "uid": "7", "token": TOKEN, "user.get_username": "alice",
}


def django_text(src):
    """The text a plain Django template renders: tags dropped, `{% trans "x" %}` as x, variables
    filled from TPL_VALUES, each line stripped, runs of blank lines kept single."""
    src = re.sub(r'\{% trans "([^"]*)" %\}', r"\1", src)
    src = re.sub(r"\{%.*?%\}", "", src)
    src = re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lambda m: TPL_VALUES[m.group(1)], src)
    lines = [l.strip() for l in src.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


TPL_MAILS = [
    ("email_confirmation", "api/funkwhale_api/templates/account/email/email_confirmation_message.txt"),
    ("password_reset", "api/funkwhale_api/templates/registration/password_reset_email.html"),
]

TASKS = "api/funkwhale_api/moderation/tasks.py"
SUBMITTER = f"bob@{POD}"
# name -> (subject literal, subject values, [(body literal, values), ...]); a literal of "" is an
# empty line; every non-empty literal must occur verbatim in tasks.py.
FW_TASK_MAILS = {
    "report_created": (
        "[{} moderation - {}] New report from {}", [POD, "Offensive content", SUBMITTER], [
            ('{} just submitted a report in the "{}" category.', [SUBMITTER, "Offensive content"]),
            ("", []),
            ("Reported object: {} - {}", ["Album", "Demo Album"]),
            ("Open public page: {}", [f"{URL}/library/albums/42"]),
            ("Open moderation page: {}", [f"{URL}/manage/library/albums/42"]),
            ("", []), ("Report content:", []), ("", []),
            ("Demo report.", None),
            ("", []),
            ("- To handle this report, please visit {detail_url}",
             [f"{URL}/manage/moderation/reports/{TOKEN}"]),
            ("- To view all unresolved reports (currently {}), please visit {}",
             ["3", f"{URL}/manage/moderation/reports?q=resolved:no"]),
            ("", []), ("—", []), ("", []),
            ("You are receiving this e-mail because you are a moderator for {}.", [POD]),
        ]),
    "signup_request_pending": (
        "[{} moderation] New sign-up request from {}", [POD, "bob"], [
            ("{} wants to register on your pod. You need to review their request before they can "
             "use the service.", ["bob"]),
            ("", []),
            ("- To handle this request, please visit {detail_url}",
             [f"{URL}/manage/moderation/requests/{TOKEN}"]),
            ("- To view all unresolved requests (currently {}), please visit {}",
             ["3", f"{URL}/manage/moderation/requests?q=status:pending"]),
            ("", []), ("—", []), ("", []),
            ("You are receiving this e-mail because you are a moderator for {}.", [POD]),
        ]),
    "signup_request_approved": (
        "Welcome to {settings.FUNKWHALE_HOSTNAME}, {submitter_repr}!", [POD, "bob"], [
            ("Hi {submitter_repr} and welcome,", ["bob"]),
            ("", []),
            ("Our moderation team has approved your account request and you can now start "
             "using the service. Please visit {} to get started.", [f"{URL}/login"]),
            ("", []),
            ("Before your first login, you may need to verify your e-mail address if you didn't already.", []),
        ]),
    "signup_request_refused": (
        "Your account request at {} was refused", [POD], [
            ("Hi {submitter_repr},", ["bob"]),
            ("", []),
            ("You recently submitted an account request on our service. However, our "
             "moderation team has refused it, and as a result, you won't be able to use "
             "the service.", []),
            ("", []),
            ("If you think this is a mistake, please contact our team at {}.", [f"contact@{POD}"]),
        ]),
}


def in_source(src, literal):
    """Whether a literal (possibly split over adjacent Python string literals) occurs in src."""
    flat = re.sub(r'"\s*\n\s*"', "", src)
    return literal in flat


def fill_literal(lit, vals):
    if vals is None:  # a value, not a literal of the source (the report's summary)
        return lit
    it = iter(vals)
    return re.sub(r"\{[^}]*\}", lambda m: next(it), lit)


def mail_items():
    out = []
    seen = set()
    sel = "every mail of the API (Django templates and moderation/tasks.py), English only"
    for name, path in TPL_MAILS:
        text = django_text(read(path))
        if is_new(seen, text):
            out.append(item(f"fw-en-mail-{name}", "en", text, "funkwhale_email",
                            f"{MIRROR}@{COMMIT[:12]}:{path}", f"{FW}:mail:{name}", sel))
    src = read(TASKS)
    for name, (subj, svals, body) in FW_TASK_MAILS.items():
        for lit, vals in [(subj, svals)] + body:
            assert vals is None or not lit or in_source(src, lit), lit
        lines = [fill_literal(lit, vals) for lit, vals in body]
        text = fill_literal(subj, svals) + "\n\n" + "\n".join(lines)
        if is_new(seen, text):
            out.append(item(f"fw-en-mail-{name}", "en", text, "funkwhale_email",
                            f"{MIRROR}@{COMMIT[:12]}:{TASKS}#{name}", f"{FW}:mail:{name}", sel))
    return out


# --- WriteFreely -----------------------------------------------------------------------------------
WF = "writefreely/writefreely"
WF_COMMIT = "6384f4667b5adb3a7c571c8da26b99f93db697ce"
WF_RAW = os.path.join(HERE, "raw", "writefreely")
WF_HOST = "https://write.example.com"
WF_SITE = "Demo Writing"
GO_STR = r'"(?:[^"\\\n]|\\.)*"|`[^`]*`'
# a message: a string literal (or a chain of literals joined with `+ <expression> +`) given as the
# message of an impart.HTTPError (positional or `Message:`) or to addSessionFlash.
GO_MSG = re.compile(r'(?:HTTPError\{[^,{}]+,\s*|Message:\s*|addSessionFlash\(app, w, r, )'
                    r'((?:' + GO_STR + r')(?:\s*\+\s*[\w.()]+\s*\+\s*(?:' + GO_STR + r'))*)')
GO_VALUES = {"app.cfg.App.Host": WF_HOST, "app.cfg.App.SiteName": WF_SITE, "collAlias": "demo-blog",
             "newAlias": "demo-blog", "m": ""}
TMPL_EL = re.compile(r"<(p|h[1-3]|li)\b[^>]*>(.*?)</\1>", re.S)


def wf_read(path):
    with open(os.path.join(WF_RAW, path), encoding="utf-8") as f:
        return f.read()


def wf_files():
    return sorted(os.path.relpath(os.path.join(d, f), WF_RAW)
                  for d, _, fs in os.walk(WF_RAW) for f in fs
                  if f.endswith(".go") or f.endswith(".tmpl"))


def go_literal(tok):
    if tok.startswith("`"):
        return tok[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), tok[1:-1])


def go_message(chain):
    parts = re.findall(r'(' + GO_STR + r')|([\w.()]+)', chain)
    return "".join(go_literal(lit) if lit else GO_VALUES[expr] for lit, expr in parts)


def wf_plain(s):
    s = re.sub(r"<[^>]+>", "", s)
    return " ".join(html.unescape(s).replace("\xa0", " ").split())


def wf_messages():
    """(file, text) of every message the rule takes, in file order (files by name)."""
    out = []
    for path in wf_files():
        src = wf_read(path)
        if path.endswith(".go"):
            found = [wf_plain(go_message(m.group(1))) for m in GO_MSG.finditer(src)]
        else:  # elements holding no template action and no script string
            found = [wf_plain(m.group(2)) for m in TMPL_EL.finditer(src)
                     if "{{" not in m.group(2) and "'+" not in m.group(2) and "<p" not in m.group(2)]
        out += [(path, t) for t in found if words(t) >= 4 and WF_WORDS.search(t)]
    return out


WF_WORDS = re.compile(ACCOUNT_WORDS.pattern + r"|passphrase|silenc", re.I)

# The mails: name -> (source file, subject pieces, body pieces); a piece ("L", s) is a literal of
# the source (checked to occur verbatim in the copied file), ("V", s) a filled value.
WF_TOKEN = TOKEN
WF_BLOG = f"{WF_HOST}/demo-blog/"
WF_MAILS = {
    "password_reset": ("account.go", [("L", "Reset Your "), ("V", WF_SITE), ("L", " Password")], [
        ("L", "We received a request to reset your password on "), ("V", WF_SITE),
        ("L", ". Please click the following link to continue (or copy and paste it into your browser): "),
        ("V", f"{WF_HOST}/reset?t={WF_TOKEN}"), ("V", "\n\n"),
        ("L", "Didn't request this password reset? Your account is still safe, and you can safely ignore this email.")]),
    "email_login": ("account.go", [("L", "Log in to "), ("V", WF_SITE)], [
        ("L", "Log in to "), ("V", WF_SITE), ("L", " here: "),
        ("V", f"{WF_HOST}/login?to=/me/settings&with={WF_TOKEN}"), ("V", "\n\n"),
        ("L", "This link will only work once and expires in 15 minutes. Didn't ask us to log in? You can safely ignore this email.")]),
    "subscription_confirm": ("email.go", [("L", "Confirm your subscription to "), ("V", "Demo Blog")], [
        ("L", "Confirm your subscription to "), ("V", "Demo Blog"), ("L", " ("), ("V", WF_BLOG),
        ("L", ") to start receiving future posts. Simply click the following link (or copy and paste it into your browser):\n\n"),
        ("V", f"{WF_BLOG}email/confirm/7?t={WF_TOKEN}"),
        ("L", "\n\nIf you didn't subscribe to this site or you're not sure why you're getting this email, you can "
              "delete it. You won't be subscribed or receive any future emails.")]),
    "new_post": ("email.go", [("V", "Demo Post")], [
        ("V", "Demo Post\n\n"), ("L", "A new post from "), ("V", f"{WF_BLOG}demo-post"), ("V", "\n\n"),
        ("V", "Demo post text."),
        ("L", "\n\n---------------------------------------------------------------------------------\n\n"
              "Originally published on "), ("V", "Demo Blog"), ("L", " ("), ("V", WF_BLOG),
        ("L", "), a blog you subscribe to.\n\nSent to "), ("V", "bob@example.com"), ("L", ". Unsubscribe: "),
        ("V", f"{WF_BLOG}email/unsubscribe/7?t={WF_TOKEN}")]),
}


def writefreely_items():
    out = []
    seen = set()
    for path, text in wf_messages():
        if not is_new(seen, text):
            continue
        out.append(item(f"wf-en-{short_id(path + ':' + text)}", "en", text, "writefreely_notice",
                        f"{WF}@{WF_COMMIT[:12]}:{path}#{text[:80]}", f"{WF}:{path}:{text[:80]}",
                        "HTTPError / flash message literals of the Go sources and static p/h1-h3/li "
                        "texts of the templates, 4+ words with an account word"))
    seen = set()
    for name, (path, subj, body) in WF_MAILS.items():
        src = wf_read(path)
        for kind, piece in subj + body:
            assert kind == "V" or piece in src, piece
        text = "".join(p for _, p in subj) + "\n\n" + "".join(p for _, p in body)
        if is_new(seen, text):
            out.append(item(f"wf-en-mail-{name}", "en", text, "writefreely_email",
                            f"{WF}@{WF_COMMIT[:12]}:{path}#{name}", f"{WF}:mail:{name}",
                            "every mail the server sends (plain-text part), English only"))
    return out


def items():
    return notice_items() + mail_items() + writefreely_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
