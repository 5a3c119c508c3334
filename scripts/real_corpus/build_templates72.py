#!/usr/bin/env python3
"""Build the seventy-sixth batch of tests/data/real/: the account, sign-in, password, sign-up,
e-mail confirmation, application/token, moderation and security messages of Funkwhale's web
front end (English source strings and the es, zh_Hans and zh_Hant translations) and every mail the
Funkwhale API sends (English only: the API ships no translations), rendered with fixed values.

Usage:
    python3 scripts/real_corpus/build_templates72.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates72.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/funkwhale/ (see its
SOURCE.md: github.com/prototypefund/iconet-Foundation-funkwhale, a GitHub mirror with the full
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
  Near-duplicates (digits and white space aside) collapse within a source and language. Cut at
  500 characters.

Placeholders. vue-i18n `{name}` (spaces inside the braces allowed) filled per name by FW_FILL
(user alice <alice@example.com>, the application "Demo App", the pod music.example.com, the
contact contact@music.example.com, the authentication domain sso.example.com, 3 for a count);
a plural message takes its last form (n = 3) when it has several; a literal `{'x'}` is shown as x
(so zh_Hans.json's "{'{{'} contactEmail {'}}'}" stays "{{ contactEmail }}", as the page shows it). Mails: the instance "Demo Pod"
on music.example.com (https://music.example.com), the user alice, the submitter bob
(bob@music.example.com), the album "Demo Album" (id 42) reported as "Offensive content", links
carrying the key / token 5f2c9a0e1b7d4c3a, 3 unresolved items.

Split: the unit is the message key (`funkwhale/funkwhale:<key path>`, `funkwhale/funkwhale:mail:
<name>`), all languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates72.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import hashlib
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


def items():
    return notice_items() + mail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
