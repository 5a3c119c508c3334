#!/usr/bin/env python3
"""Build the eighty-fifth batch of tests/data/real/: Wire's (wireapp, GPL-3.0 / AGPL-3.0) account,
sign-in, password, verification, device and invitation messages: the account pages' catalogue
(wire-account, English, Spanish, zh-Hans, zh-Hant), the desktop wrapper's catalogue (wire-desktop,
the same four languages) and the server's default mails (wire-server, English: the only
languages besides English that the server's mail templates carry are not Spanish or Chinese);
and Pocket ID's (pocket-id, BSD-2-Clause; OIDC provider with passkeys) account, sign-in, passkey,
login-code, client and e-mail messages (English, Spanish, zh-Hans, zh-Hant) and its five mails
(English).

Usage:
    python3 scripts/real_corpus/build_templates81.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates81.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/wire/ (see its SOURCE.md
for repositories, paths and commits) and scripts/real_corpus/raw/pocketid/.

Sources and mechanical rules (see scripts/real_corpus/notes/batch85.md):
  * wire_account_notice: every key of wire-account's src/i18n/en-US.json (nested; flattened to
    `section.key`, file order) whose text has 4 or more words (tags and placeholders counted as
    written) and matches ACCOUNT_WORDS (password, sign in / out / up and log in / out / on,
    account, confirm, verif, invit, security, two-factor / 2FA, authenticat, reset, regist,
    credential, recover, session, unlock, locked, code, device, client, e-mail); Spanish from
    es-ES.json, zh-Hans from zh-CN.json, zh-Hant from zh-TW.json. A translation equal to the English
    text once punctuation and spacing are set aside (words_only) is an untranslated copy and is
    skipped; a key missing or empty in a catalogue is not taken in that language. The `<link>`
    slot of `delete.resetText` / `delete.surveyText` is filled with the same catalogue's
    `delete.resetLink` / `delete.surveyLink` (the page composes them so); `<br>` is a line break,
    other tags are dropped.
  * wire_desktop_notice: every key of wire-desktop's electron/src/locale/en-US.json (flat, file
    order) under the same rule, the same four languages.
  * wire_mail: every user, team and provider mail of wire-server's
    libs/wire-subsystems/templates/en/{user,team,provider}/email/ (the plain-text `<name>.txt` with
    its `<name>-subject.txt`; English only): text = subject, blank line, body; the body's logo and
    brand-link head lines and everything from the footer's "Privacy policy …" line on are left
    out, the rules (`----`) dropped, `${…}` filled with WIRE_FILL; the IdP-change mail's
    `${certificates_details}` is filled with the partial idp-certificate-added.txt (its own
    rule dropped).
  Near-duplicates (digits and white space aside) collapse within a source and language. Cut at
  500 characters.

Placeholders: `{{company}}`, `{{brandName}}`, `{brandName}`, `${brand}` Wire; `{{minPasswordLength}}`
8; `{{email}}` bob@example.com; `{{domain}}` wire.example.com; `{{maximumAccounts}}` 3;
`{accountIndex}` 2; `{url}` https://wire.example.com; the mails' values by WIRE_FILL (code 482913,
user alice@example.com, links on https://account.wire.example.com with the token 5f2c9a0e1b7d4c3a;
`${name}` the provider's name in provider mails, the member's name in team mails).
  * pocketid_notice: every key of Pocket ID's frontend/messages/en.json (flat inlang messages, file
    order, `$schema` aside) under the Wire rule with `passkey` added to the words; Spanish from
    es.json, zh-Hans from zh-CN.json, zh-Hant from zh-TW.json (the Chinese added in a second step,
    after the English and Spanish had been assembled; their texts, ids and split are unchanged by
    it). A translation is skipped when missing or empty, or equal to the English text once
    punctuation and spacing are set aside; near-duplicates collapse within a language.
    `{appName}` Pocket ID, `{client}` / `{clientName}` / `{name}` Nextcloud, `{username}` alice,
    `{time}` 5 minutes (in every language, as written); the inlang markup (`{#b}…{/b}`,
    `{#link href=|…|}…{/link}`) dropped, its text kept.
  * pocketid_mail: every mail of backend/resources/email-templates (the `_text.tmpl` variant) with
    the subject its `title` function in backend/internal/email/templates.go returns, in that file's
    order: text = subject, blank line, body; Go template values by PID_MAIL_FILL (the new-device
    mail's location branch with city and country both set).

Split: the unit is the message key (`wireapp/wire-account:<key>`, `wireapp/wire-desktop:<key>`,
`wireapp/wire-server:<folder>/<mail>`,
`pocket-id/pocket-id:<key>`, `pocket-id/pocket-id:mail:<name>`), all languages of one message on one side; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates81.tsv (id, category, credential_request, credentials,
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
LABELS = os.path.join(HERE, "labels", "labels_templates81.tsv")
RAW = os.path.join(HERE, "raw", "wire")

ACCOUNT_WORDS = re.compile(
    r"password|passphrase|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
    r"account|confirm|verif|invit|securit|two[- ]factor|\b2fa\b|multi-?factor|authenticat|reset|"
    r"regist|credential|recover|session|unlock|\blocked|\bcode\b|\bdevice|\bclient|e-?mail", re.I)

LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
ACCOUNT = "wireapp/wire-account"
ACCOUNT_COMMIT = "ceb81f2cbccb34f1128553429006bd262d162cfe"
DESKTOP = "wireapp/wire-desktop"
DESKTOP_COMMIT = "6d1fb37aff07195b548855cf4cdfe3a9ad277a4b"
SERVER = "wireapp/wire-server"
SERVER_COMMIT = "df05bcaa4386804a4e86e5ee250f2dac1b80c228"

NOTICE_FILL = {"company": "Wire", "brandName": "Wire", "minPasswordLength": "8",
               "email": "bob@example.com", "domain": "wire.example.com", "maximumAccounts": "3",
               "accountIndex": "2", "url": "https://wire.example.com",
               "path": "/home/alice/Downloads"}
ACC = "https://account.wire.example.com"
WIRE_FILL = {
    "brand": "Wire", "brand_service": "Wire Service Provider", "code": "482913",
    "email": "alice@example.com", "date": "Monday, 2 March 2026 09:14 (UTC)",
    "model": "Firefox (Windows)", "forgot": ACC + "/forgot/", "support": "https://support.wire.com",
    "inviter": "Bob Miller", "name": "Echo Bot Inc.", "team_name": "Acme", "team_id":
    "3f1b8a2c-7d4e-4f10-9a6b-2c5d8e9f0a11", "user_id": "9c2e4d6f-1a3b-4c5d-8e7f-0a1b2c3d4e5f",
    "idp_id": "b7e2c4a1-5d6f-4e8a-9b0c-1d2e3f4a5b6c", "new_idp_issuer": "https://idp.example.com/new",
    "new_idp_endpoint": "https://idp.example.com/new/sso", "old_idp_issuer": "https://idp.example.com/old",
    "old_idp_endpoint": "https://idp.example.com/old/sso", "algorithm": "SHA256",
    "fingerprint": "4F:1A:9C:22:7B:E0:55:3D:90:12:AB:CD:EF:01:23:45", "subject": "CN=idp.example.com",
    "issuer": "CN=Example CA", "description": "Echo bot for testing conversations",
}
# the link each mail's ${url} stands for
WIRE_URL = {
    "user/activation": ACC + "/verify/?key=5f2c9a0e1b7d4c3a&code=482913",
    "user/deletion": ACC + "/d/?key=5f2c9a0e1b7d4c3a&code=482913",
    "user/password-reset": ACC + "/reset/?key=5f2c9a0e1b7d4c3a&code=482913",
    "user/team-activation": ACC + "/verify/?key=5f2c9a0e1b7d4c3a&code=482913",
    "user/update": ACC + "/verify/?key=5f2c9a0e1b7d4c3a&code=482913",
    "team/invitation": ACC + "/join/?team-code=5f2c9a0e1b7d4c3a",
    "team/migration": ACC + "/join/?team-code=5f2c9a0e1b7d4c3a",
    "team/new-member-welcome": "https://app.wire.example.com",
    "team/new-team-owner-welcome": "https://app.wire.example.com",
    "provider/activation": ACC + "/provider/verify/?key=5f2c9a0e1b7d4c3a&code=482913",
    "provider/approval-confirm": "https://bots.wire.example.com",
    "provider/approval-request": "https://echo-bot.example.com",
    "provider/password-reset": ACC + "/provider/reset/?key=5f2c9a0e1b7d4c3a&code=482913",
    "provider/update": ACC + "/provider/verify/?key=5f2c9a0e1b7d4c3a&code=482913",
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


def flat(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flat(v, prefix + k + ".")
        else:
            yield prefix + k, v


def words_only(s):
    return re.sub(r"\W", "", s).lower()


def selected(text):
    return len(text.split()) >= 4 and bool(ACCOUNT_WORDS.search(text))


def notice_fill(s, cat, key):
    if key == "delete.resetText":
        s = s.replace("<link>", cat.get("delete.resetLink", ""))
    elif key == "delete.surveyText":
        s = s.replace("<link>", cat.get("delete.surveyLink", ""))
    s = re.sub(r"\{\{\s*(\w+)\s*\}\}|\{(\w+)\}",
               lambda m: NOTICE_FILL.get(m.group(1) or m.group(2), m.group(0)), s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</?[a-z]+>", "", s)
    return lines_text(s)


def notice_items(repo, commit, folder, raw, source, prefix, nested):
    cats = {}
    for name, code in LANGS:
        d = json.loads(read(f"{raw}/{name}.json"))
        cats[code] = dict(flat(d)) if nested else d
    seen = {code: set() for _, code in LANGS}
    out = []
    for key, v in cats["en"].items():
        if not isinstance(v, str) or not selected(v):
            continue
        en_text = notice_fill(v, cats["en"], key)
        for name, code in LANGS:
            t = cats[code].get(key)
            if not isinstance(t, str) or not t.strip():
                continue
            text = notice_fill(t, cats[code], key)
            if not text or (code != "en" and words_only(text) == words_only(en_text)) \
                    or not is_new(seen[code], text):
                continue
            out.append(item(f"{prefix}-{code}-{short_id(key)}", code, text, source,
                            f"{repo}@{commit[:12]}:{folder}/{name}.json#{key}", f"{repo}:{key}",
                            "catalogue keys whose English text has 4+ words and an account word"))
    return out


def wire_fill(s, mail):
    fill = dict(WIRE_FILL, url=WIRE_URL.get(mail, "https://wire.example.com"))
    if mail.startswith("team/"):  # there ${name} is the member's own name
        fill["name"] = "Alice Smith"
    return re.sub(r"\$\{(\w+)\}", lambda m: fill[m.group(1)], s)


def mail_body(s):
    lines = s.replace("\r", "").split("\n")
    body = []
    for line in lines:
        if line.startswith("[${brand_logo}]") or line.startswith("${brand_label_url}"):
            continue
        if line.lower().startswith("privacy policy"):
            break
        if re.fullmatch(r"-{10,}", line.strip()):
            continue
        body.append(line)
    return "\n".join(body)


def mail_items():
    out = []
    seen = set()
    for folder in ("user", "team", "provider"):
        names = sorted(f[:-4] for f in os.listdir(os.path.join(RAW, "server", folder))
                       if f.endswith(".txt") and not f.endswith("-subject.txt") and f != "sender.txt")
        for name in names:
            mail = f"{folder}/{name}"
            subject = read(f"server/{mail}-subject.txt").strip().replace("&#x27;", "'")
            body = read(f"server/{mail}.txt")
            if "${certificates_details}" in body:
                part = mail_body(read("server/partials/idp-certificate-added.txt"))
                body = body.replace("${certificates_details}", part.strip() + "\n\n")
            text = lines_text(wire_fill(subject, mail) + "\n\n" + wire_fill(mail_body(body), mail))
            if not is_new(seen, text):
                continue
            out.append(item(f"wm-en-{short_id(mail)}", "en", text, "wire_mail",
                            f"{SERVER}@{SERVER_COMMIT[:12]}:libs/wire-subsystems/templates/en/{folder}/email/{name}.txt",
                            f"{SERVER}:{mail}",
                            "every user, team and provider mail template (subject and plain-text body)"))
    return out


# --- Pocket ID -------------------------------------------------------------------------------------
PID = "pocket-id/pocket-id"
PID_COMMIT = "d258d952b1573300860aff369e300a76f6fb5f09"
PASSKEY_WORD = re.compile(r"passkey", re.I)
PID_LANGS = [("en", "en"), ("es", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
PID_FILL = {"appName": "Pocket ID", "client": "Nextcloud", "clientName": "Nextcloud", "name": "Nextcloud",
            "username": "alice", "time": "5 minutes"}
PID_URL = "https://id.example.com"
PID_MAIL_FILL = {
    "AppName": "Pocket ID", "Data.City": "Berlin", "Data.Country": "Germany", "Data.IPAddress": "203.0.113.7",
    "Data.Device": "Firefox on Windows", "Data.Code": "482913", "Data.LoginLink": PID_URL + "/lc",
    "Data.LoginLinkWithCode": PID_URL + "/lc/482913", "Data.ExpirationString": "15 minutes",
    "Data.Name": "Alice", "Data.ApiKeyName": "ci-deploy", "Data.UserFullName": "Alice Smith",
    "Data.VerificationLink": PID_URL + "/verify-email?token=5f2c9a0e1b7d4c3a",
}
PID_DATES = {"Data.DateTime": "March 2, 2026 at 9:14 AM UTC", "Data.ExpiresAt": "2026-03-09 09:14:00 UTC"}


def pid_fill(s):
    s = re.sub(r"\{#\w+[^}]*\}|\{/\w+\}", "", s)  # inlang markup: {#b}…{/b}, {#link href=|…|}…{/link}
    s = re.sub(r"\{(\w+)\}", lambda m: PID_FILL.get(m.group(1), m.group(0)), s)
    return lines_text(re.sub(r"</?[a-z]+>", "", s))


def pocketid_items():
    cats = {code: json.loads(read(f"../pocketid/messages/{name}.json")) for name, code in PID_LANGS}
    seen = {code: set() for _, code in PID_LANGS}
    out = []
    for key, v in cats["en"].items():
        if key.startswith("$") or not isinstance(v, str) \
                or not (len(v.split()) >= 4 and (ACCOUNT_WORDS.search(v) or PASSKEY_WORD.search(v))):
            continue
        en_text = pid_fill(v)
        for name, code in PID_LANGS:
            t = cats[code].get(key)
            if not isinstance(t, str) or not t.strip():
                continue
            text = pid_fill(t)
            if not text or (code != "en" and words_only(text) == words_only(en_text)) \
                    or not is_new(seen[code], text):
                continue
            out.append(item(f"pid-{code}-{short_id(key)}", code, text, "pocketid_notice",
                            f"{PID}@{PID_COMMIT[:12]}:frontend/messages/{name}.json#{key}", f"{PID}:{key}",
                            "message keys whose English text has 4+ words and an account word"))
    return out


def go_render(s):
    s = re.sub(r"\{\{define \"root\"\}\}", "", s)
    # the location line of the new-device mail: City, Country (both set)
    s = re.sub(r"\{\{if and \.Data\.City .*?\{\{end\}\}", "{{.Data.City}}, {{.Data.Country}}", s, flags=re.S)
    s = re.sub(r"\{\{\.(Data\.\w+)\.Format \"[^\"]*\"\}\}", lambda m: PID_DATES[m.group(1)], s)
    s = re.sub(r"\{\{\.([\w.]+)\}\}", lambda m: PID_MAIL_FILL[m.group(1)], s)
    s = s.replace("{{end}}", "")
    return lines_text(s)


def pocketid_mail_items():
    src = read("../pocketid/templates.go")
    out = []
    for m in re.finditer(r'path: "([\w-]+)",\s*title: func\([^)]*\) string \{\s*return (.*?)\n\t\},', src, re.S):
        name, expr = m.group(1), m.group(2).strip()
        if expr.startswith("fmt.Sprintf"):
            fmt, arg = re.fullmatch(r'fmt\.Sprintf\("(.*)", data\.([\w.]+)\)', expr).groups()
            subject = fmt.replace('\\"', '"').replace("%s", PID_MAIL_FILL[arg])
        else:
            subject = "".join(PID_MAIL_FILL[p[5:]] if p.startswith("data.") else p.strip('"')
                              for p in (x.strip() for x in expr.split("+")))
        body = go_render(read(f"../pocketid/email-templates/{name}_text.tmpl"))
        text = subject + "\n\n" + body
        out.append(item(f"pidm-en-{short_id(name)}", "en", text, "pocketid_mail",
                        f"{PID}@{PID_COMMIT[:12]}:backend/resources/email-templates/{name}_text.tmpl",
                        f"{PID}:mail:{name}", "every mail template (subject from templates.go, plain-text body)"))
    return out


def items():
    return (notice_items(ACCOUNT, ACCOUNT_COMMIT, "src/i18n", "account", "wire_account_notice", "wa", True)
            + notice_items(DESKTOP, DESKTOP_COMMIT, "electron/src/locale", "desktop", "wire_desktop_notice",
                           "wd", False)
            + mail_items() + pocketid_items() + pocketid_mail_items())


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
