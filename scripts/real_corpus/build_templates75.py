#!/usr/bin/env python3
"""Build the seventy-ninth batch of tests/data/real/: PeerTube's server messages about accounts,
log-in, passwords, two-factor headers, e-mail verification, registration, sessions, tokens,
invitations and blocks (the strings of its e-mail templates and mail subjects, and the messages
its API returns), in English, Spanish, zh-Hans and zh-Hant, rendered with fixed placeholder
values.

Usage:
    python3 scripts/real_corpus/build_templates75.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates75.py assemble     # write the jsonl files

The builder reads only the verbatim excerpts under scripts/real_corpus/raw/peertube/ (see its
SOURCE.md for repository, paths and commit).

Source: github.com/Chocobozzz/PeerTube (AGPL-3.0), the server's i18next catalogues
`server/locales/{es-ES,zh-Hans-CN,zh-Hant-TW}/translation.json` at commit 4cd68625c031 (one stored
version of all three). Each catalogue maps the English string (the key, which is what the
server's Handlebars mail templates `server/core/assets/email-templates/*/html.hbs` and its
code pass to `t(...)`) to its translation. English is the key; Spanish, zh-Hans and zh-Hant the
value of the same key.

Rule (mechanical): every entry of the catalogue whose English text, once filled (below) and with
HTML tags dropped (a link keeps its label), has **4 or more words** and matches (case-insensitive)
    account|log ?in|password|two factor|e-?mail|verif|regist|sign ?up|reset|session|token|
    credential|authenticat|block|invit|username
in catalogue order. The raw excerpts hold the catalogue lines of the keys that contain one of
these stems (a few more, that the rule then drops, were copied as well); the rule is applied
here again. A translation is kept when present, non-empty and different from the English text
(PeerTube leaves an untranslated key equal to its English: the product shows English).
Near-duplicates (digits and white space aside) collapse within a source and language (the first
in catalogue order is kept). Cut at 500 characters.

Sources by region of the catalogue (file order): `peertube_email` — the strings of the mail
templates and the mail subjects and button labels; `peertube_notice` — the messages the server's
API returns (errors shown to the user by the web client).

Placeholders: {instanceName} Demo Tube, {username} alice, {userUsername} / {registrationUsername}
/ {reporter} / {flaggedAccount} bob, {accountDisplayName} / {followerName} / {collaboratorName}
Bob, {followingName} alice, {channelOwner} Alice, {channelName} Alice's channel, {channelDisplayName}
Bob's channel, {videoName} Holiday trip, {name} alice_channel, {fromEmail} / {userEmail}
bob@example.com, {commentCreatedAt} 2026-11-27 10:00, URLs on https://tube.example.com (dropped
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
LANGS = [("es-ES", "es"), ("zh-Hans-CN", "zh-Hans"), ("zh-Hant-TW", "zh-Hant")]
SELECT = re.compile(r"account|log ?in|password|two factor|e-?mail|verif|regist|sign ?up|reset|session|"
                    r"token|credential|authenticat|block|invit|username", re.I)
URL = "https://tube.example.com"
FILL = {
    "instanceName": "Demo Tube", "username": "alice", "userUsername": "bob",
    "registrationUsername": "bob", "reporter": "bob", "flaggedAccount": "bob",
    "accountDisplayName": "Bob", "followerName": "Bob", "collaboratorName": "Bob",
    "followingName": "alice", "channelOwner": "Alice", "channelName": "Alice's channel",
    "channelDisplayName": "Bob's channel", "videoName": "Holiday trip", "name": "alice_channel",
    "fromEmail": "bob@example.com", "userEmail": "bob@example.com",
    "commentCreatedAt": "2026-11-27 10:00",
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
    return out


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
