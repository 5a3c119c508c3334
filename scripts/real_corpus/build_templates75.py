#!/usr/bin/env python3
"""Build the seventy-ninth batch of tests/data/real/: (1) PeerTube's server messages about accounts,
log-in, passwords, two-factor headers, e-mail verification, registration, sessions, tokens,
invitations and blocks (the strings of its e-mail templates and mail subjects, and the messages
its API returns), in English, Spanish, zh-Hans and zh-Hant, rendered with fixed placeholder
values; (2) the sign-in, sign-up (e-mail code, emergency kit), password and personal-settings
strings of Infisical's web app, in English and Spanish.

Usage:
    python3 scripts/real_corpus/build_templates75.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates75.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/peertube/ and
raw/infisical/ (see the SOURCE.md of each for repository, paths and commits).

Infisical (infisical_notice): github.com/Infisical/infisical (MIT Expat outside `ee/`; nothing read
here lies in one), the web app's i18next namespaces `frontend/public/locales/{en,es}/{login,mfa,
section-password,settings-personal}.json` (the sign-in page, the sign-up flow with its e-mail code
and emergency-kit steps, the password section and the personal settings), copied whole; one stored
version of each file (commits in INF_COMMITS: not one commit). Rule: every string (leaf) of these
files whose English text has 4 or more words, in file order (namespaces in the order above);
Spanish the value of the same key path, kept when present, non-empty and different from the
English (i18next falls back to English). Split unit `Infisical/infisical:<namespace>:<key path>`.

Source: github.com/Chocobozzz/PeerTube (AGPL-3.0), the server's i18next catalogues
`server/locales/{es-ES,zh-Hans-CN,zh-Hant-TW}/translation.json` at commit 4cd68625c031 (one stored
version of all three). Each catalogue maps the English string (the key, which is what the
server's Handlebars mail templates `server/core/assets/email-templates/*/html.hbs` and its
code pass to `t(...)`) to its translation. English is the key; Spanish, zh-Hans and zh-Hant the
value of the same key.

Rule (mechanical): every entry of the catalogue whose English text, once filled (below) and with
HTML tags dropped (a link keeps its label), has **4 or more words** and matches (case-insensitive)
    account|log ?in|password|two factor|e-?mail|verif|regist|sign ?up|reset|session|token|
    credential|authenticat|lock|invit|username
(`lock` also matches block, unblock, blocklist, unlock) in catalogue order. The raw excerpts hold the catalogue lines of the keys that contain one of
these stems (a few more, that the rule then drops, were copied as well); the rule is applied
here again. A translation is kept when present, non-empty and different from the English text
(PeerTube leaves an untranslated key equal to its English: the product shows English).
Near-duplicates (digits and white space aside) collapse within a source and language (the first
in catalogue order is kept). Cut at 500 characters.

English supplement: the stored English catalogue `server/locales/en-US/translation.json` is a
later version (commit 57ddf1be2694, keys sorted alphabetically, values equal to the keys); it
carries the strings of the mails added after 4cd68625c031 (new log-in from a new device, account
temporarily locked after failed log-ins, automatic blocklist update) and a few new API messages.
Its keys that are not in the excerpts above and satisfy the same rule are taken in English only
(the stored Spanish and Chinese catalogues predate them), in file order; the raw excerpt
`raw/peertube/server/locales/en-US/translation.excerpt.json` holds their lines (and one that the
rule drops). Their source is set per key in EN_SOURCE: `peertube_email` for the strings of the
mail templates `login-success/html.hbs` (stored `066b3fc8ada1`), `my-account-login-locked/html.hbs`
(stored `68c451a296c3`) and of the automatic-blocklist mail (its subject and text are built in the
server's code with `t(...)`), and for the subjects of the first two; `peertube_notice` for the
API messages.

Sources by region of the catalogue (file order): `peertube_email` — the strings of the mail
templates and the mail subjects and button labels; `peertube_notice` — the messages the server's
API returns (errors shown to the user by the web client).

Placeholders: {instanceName} Demo Tube, {username} alice, {userUsername} / {registrationUsername}
/ {reporter} / {flaggedAccount} bob, {accountDisplayName} / {followerName} / {collaboratorName}
Bob, {followingName} alice, {channelOwner} Alice, {channelName} Alice's channel, {channelDisplayName}
Bob's channel, {videoName} Holiday trip, {name} alice_channel, {fromEmail} / {userEmail}
bob@example.com, {commentCreatedAt} 2026-11-27 10:00, {pluginName} auth-ldap, {email}
bob@example.com, {maxFailures} 5, {ip} 203.0.113.7, {lockoutMinutes} 10, {blockedAccountsCount} 2,
{blockedHostsCount} 1, {unblockedAccountsCount} 0, {unblockedHostsCount} 0, URLs on https://tube.example.com (dropped
with the tags).

Split: the unit is the message key (`Chocobozzz/PeerTube:server/locales:<English key>`), all
languages of one message on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Fixed and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates75.tsv (id, category, credential_request, credentials,
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
LABELS = os.path.join(HERE, "labels", "labels_templates75.tsv")
RAW = os.path.join(HERE, "raw", "peertube")

REPO = "Chocobozzz/PeerTube"
COMMIT = "4cd68625c031dee09d7f14b08d1c3dff795c3634"
EN_COMMIT = "57ddf1be2694d78f214eb343af38438d6d647c3a"
LANGS = [("es-ES", "es"), ("zh-Hans-CN", "zh-Hans"), ("zh-Hant-TW", "zh-Hant")]
SELECT = re.compile(r"account|log ?in|password|two factor|e-?mail|verif|regist|sign ?up|reset|session|"
                    r"token|credential|authenticat|lock|invit|username", re.I)
URL = "https://tube.example.com"
FILL = {
    "instanceName": "Demo Tube", "username": "alice", "userUsername": "bob",
    "registrationUsername": "bob", "reporter": "bob", "flaggedAccount": "bob",
    "accountDisplayName": "Bob", "followerName": "Bob", "collaboratorName": "Bob",
    "followingName": "alice", "channelOwner": "Alice", "channelName": "Alice's channel",
    "channelDisplayName": "Bob's channel", "videoName": "Holiday trip", "name": "alice_channel",
    "fromEmail": "bob@example.com", "userEmail": "bob@example.com",
    "commentCreatedAt": "2026-11-27 10:00", "pluginName": "auth-ldap", "email": "bob@example.com",
    "maxFailures": "5", "ip": "203.0.113.7", "lockoutMinutes": "10", "blockedAccountsCount": "2",
    "blockedHostsCount": "1", "unblockedAccountsCount": "0", "unblockedHostsCount": "0",
    "accountUrl": URL + "/a/bob", "followingUrl": URL + "/a/alice", "followerUrl": URL + "/a/bob",
    "webserverUrl": URL, "exportsUrl": URL + "/my-account/import-export",
    "videoUrl": URL + "/w/9kQ2vX7mTbR4", "channelUrl": URL + "/c/bob_channel",
}
# Region starts in catalogue order (the first key of each region that is in the excerpt).
REGIONS = [
    ("An account is pending moderation", "peertube_email"),
    ("Password is too long. Please reset it using the password reset procedure.", "peertube_notice"),
    ("Reset your account password", "peertube_email"),
    ("Authentication is required", "peertube_notice"),
]

EMAIL, NOTICE = "peertube_email", "peertube_notice"
EN_SOURCE = {
    "A new login to your account on {instanceName} was detected from a <strong>new device</strong>.": EMAIL,
    "Automatic blocklist update on {instanceName}": EMAIL,
    "Automatic blocklist update: {blockedAccountsCount} account(s) and {blockedHostsCount} server(s) were "
    "blocked. {unblockedAccountsCount} account(s) and {unblockedHostsCount} server(s) were unblocked.": EMAIL,
    "Blocklist subscription not found": NOTICE,
    "Cannot bypass oauth login by plugin {pluginName}: this account already uses another auth plugin.": NOTICE,
    "If this was you, you can safely ignore this email. If you don't recognize this activity, we recommend "
    "changing your password as soon as possible.": EMAIL,
    "It will automatically unlock in about {lockoutMinutes} minutes. If this was not you, we recommend "
    "contacting your administrator.": EMAIL,
    "New login to your account": EMAIL,
    "New login to your account from a new device": EMAIL,
    "Refusing external auth bypass for plugin {pluginName}: {email} is already linked to a different "
    "external id.": NOTICE,
    "Refusing external auth bypass: {email} is already used by another account.": NOTICE,
    "The video has been automatically blocked. A moderator review is required.": NOTICE,
    "You cannot block your own server.": NOTICE,
    "You cannot block yourself.": NOTICE,
    "Your account has been temporarily locked": EMAIL,
    "Your account has been temporarily locked after {maxFailures} failed login attempts, most recently "
    "from IP {ip}.": EMAIL,
}


def short_id(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:10]


def excerpt(tag):
    """(key, value) pairs of a raw excerpt: verbatim catalogue lines `    "key": "value",`."""
    path = os.path.join(RAW, "server", "locales", tag, "translation.excerpt.json")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.extend(json.loads("{" + line.strip().rstrip(",") + "}").items())
    return out


def plain(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return " ".join(s.split()).strip()


def fill(s):
    def sub(m):
        assert m.group(1) in FILL, m.group(1)
        return FILL[m.group(1)]
    return plain(re.sub(r"\{(\w+)\}", sub, s))


def items():
    cats = {code: dict(excerpt(tag)) for tag, code in LANGS}
    keys = [k for k, _ in excerpt("es-ES")]
    for _, code in LANGS:
        assert set(cats[code]) == set(keys), code
    starts = dict(REGIONS)
    seen = {}
    source = None
    out = []
    for key in keys:
        source = starts.get(key, source)
        en_text = fill(key)
        if len(en_text.split()) < 4 or not SELECT.search(en_text):
            continue
        unit = f"{REPO}:server/locales:{key}"
        for lang, v, tag in [("en", key, "es-ES")] + [(code, cats[code].get(key), tag) for tag, code in LANGS]:
            if not v:
                continue
            text = fill(v)
            if not text or (lang != "en" and text == en_text):
                continue
            if not is_new(seen.setdefault((source, lang), set()), text):
                continue
            where = f"server/locales/{tag}/translation.json"
            out.append(item(f"pt-{lang}-{short_id(key)}", lang, text, source,
                            f"{REPO}@{COMMIT[:12]}:{where}#{key[:80]}", unit,
                            "PeerTube server catalogue: entries of 4+ words about accounts, log-in, passwords, "
                            "two-factor, e-mail, registration, sessions, tokens, invitations or blocks"))
    for key, v in excerpt("en-US"):
        assert v == key and key in EN_SOURCE, key
        en_text = fill(key)
        if key in cats["es"] or len(en_text.split()) < 4 or not SELECT.search(en_text):
            continue
        source = EN_SOURCE[key]
        if not is_new(seen.setdefault((source, "en"), set()), en_text):
            continue
        out.append(item(f"pt-en-{short_id(key)}", "en", en_text, source,
                        f"{REPO}@{EN_COMMIT[:12]}:server/locales/en-US/translation.json#{key[:80]}",
                        f"{REPO}:server/locales:{key}",
                        "PeerTube server catalogue (later English version): entries of 4+ words about accounts, "
                        "log-in, passwords, two-factor, e-mail, registration, sessions, tokens, invitations or blocks"))
    return out


# --- Infisical ------------------------------------------------------------------------------------
INF = "Infisical/infisical"
INF_DIR = "frontend/public/locales"
INF_NS = ["login", "mfa", "section-password", "settings-personal"]
INF_COMMITS = {
    ("en", "login"): "3a4cfa08345017bb21ce1fc7d715df864ddc7268",
    ("es", "login"): "913067f0149bfabbeedd145aa668538bb111997a",
    ("en", "mfa"): "2bdb20f42f2d4353480a0a73bebf2f9bf159481b",
    ("es", "mfa"): "6073b68b8b19869cecf0f1ec94d098b8e763bcbe",
    ("en", "section-password"): "186382619ce50376dd4ce691377a5219cdd3f89b",
    ("es", "section-password"): "fca7cb15c4a59faadb6906c0a80135385650cc48",
    ("en", "settings-personal"): "6073b68b8b19869cecf0f1ec94d098b8e763bcbe",
    ("es", "settings-personal"): "1dbda5876fc8d2b3a123b1f9b617fc2fbb92060e",
}


def leaves(d, prefix=""):
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from leaves(v, path)
        else:
            yield path, v


def inf_file(lang, ns):
    with open(os.path.join(HERE, "raw", "infisical", INF_DIR, lang, f"{ns}.json"), encoding="utf-8") as f:
        return dict(leaves(json.load(f)))


def infisical_items():
    seen = {"en": set(), "es": set()}
    out = []
    for ns in INF_NS:
        en, es = inf_file("en", ns), inf_file("es", ns)
        for key, en_v in en.items():
            en_text = " ".join(en_v.split())
            if len(en_text.split()) < 4:
                continue
            for lang, v in [("en", en_v), ("es", es.get(key))]:
                if not v:
                    continue
                text = " ".join(v.split())
                if (lang != "en" and text == en_text) or not is_new(seen[lang], text):
                    continue
                unit = f"{INF}:{ns}:{key}"
                out.append(item(f"inf-{lang}-{short_id(unit)}", lang, text, "infisical_notice",
                                f"{INF}@{INF_COMMITS[(lang, ns)][:12]}:{INF_DIR}/{lang}/{ns}.json#{key}", unit,
                                "Infisical web app: strings of 4+ words of the sign-in, sign-up, password and "
                                "personal-settings namespaces"))
    return out


def all_items():
    return items() + infisical_items()


if __name__ == "__main__":
    main(all_items, LABELS, hashed_split, OUT_DIR, __doc__)
