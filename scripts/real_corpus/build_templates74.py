#!/usr/bin/env python3
"""Build the seventy-eighth batch of tests/data/real/: the account, log-in, master-password,
two-step log-in, verification-code, recovery-code, emergency-access, session, device and security
messages of the Bitwarden web vault (bitwarden/web, the web client's translation catalogues
src/locales/{en,es,zh_CN,zh_TW}/messages.json: the messages its toasts, dialogs, pages, event log
and help texts show) in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates74.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates74.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/bitwarden_web/ (see its
SOURCE.md for repository, paths and commit: the archived repository's last commit, v2022.5.2).

Source (see scripts/real_corpus/notes/batch78.md):
  * bitwarden_web_notice: the catalogues are Chrome-i18n style JSON objects, {key: {"message": …,
    "description": …, "placeholders": {name: {"content": "$1", "example": …}}}}.
    Rule, on the English message (tags dropped): the keys whose message has 4 or more words
    (white-space separated) and names the account, log-in, master password, two-step log-in,
    verification codes, recovery codes, emergency access, sessions, devices or security
    (ACCOUNT_WORDS, whole words: account(s), log in / logged in / logging in / login(s),
    log out / logout, sign in / signed in / signing in, master password, two-step, verification code(s), recovery
    code(s), emergency access, session(s), device(s), security). 181 of the 1,362 English keys,
    717 texts in the four languages, more than this batch's cap of ~450, so the mechanical subset
    is taken: the 181 keys sorted by SHA-256 of the key name (hex), the first 115 (KEYS_TAKEN),
    then in the English file's key order. A key is taken in a language when that catalogue has
    it (the app would show the English text otherwise) and its text differs from the English one.
    Placeholders ($NAME$, case-insensitive, as the i18n service replaces them) filled as the
    web vault's code fills them (BW_FILL, read in src/app/**): $EMAIL$ bob@example.com,
    $HOSTNAME$ vault.example.com (the lock page's web-vault host name), $VALUE$ "100,000" (the
    recommended KDF iterations through the number pipe), $INCREMENT$ "50,000", $COUNT$ "8",
    $ORGANIZATION$ "Demo Org", $WAITTIME$ "7", $USER$ / $NAME$ "Alice Chen", $ACTION$ the same
    catalogue's `view` message (the grantee's access type "View", translated by the code),
    $ID$ "8f2c9a0e" for an item event (the cipher's short id; its <code> tag dropped) and
    "Alice Chen" for a member event. Tags are dropped, HTML entities unescaped.
  Languages: en → en, es → es, zh_CN → zh-Hans, zh_TW → zh-Hant. Near-duplicates (digits and white
  space aside) collapse within the source and language. Cut at 500 characters.

Split: the unit is the message key (`bitwarden/web:<key>`), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates74.tsv (id, category, credential_request, credentials,
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
LABELS = os.path.join(HERE, "labels", "labels_templates74.tsv")
RAW = os.path.join(HERE, "raw", "bitwarden_web")

BW = "bitwarden/web"
BW_COMMIT = "ee4afdd0f215ddbfdd0e90bd229dfde6b4a4bffb"
BW_LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
KEYS_TAKEN = 115

ACCOUNT_WORDS = re.compile(r"\baccounts?\b|\blog(?:ged|ging)? ?ins?\b|\blog ?outs?\b|\bsign(?:ed|ing)? ?in\b|"
                           r"master password|two-step|verification codes?|recovery codes?|"
                           r"emergency access|sessions?\b|devices?\b|security", re.I)

BW_FILL = {
    "email": "bob@example.com",
    "hostname": "vault.example.com",
    "value": "100,000",
    "increment": "50,000",
    "count": "8",
    "organization": "Demo Org",
    "waittime": "7",
    "user": "Alice Chen",
    "name": "Alice Chen",
}
ITEM_ID = "8f2c9a0e"
MEMBER_ID = "Alice Chen"


def catalogue(name):
    with open(os.path.join(RAW, f"{name}.messages.json"), encoding="utf-8") as f:
        return {k: v["message"] for k, v in json.load(f).items()}


def plain(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(line.strip() for line in s.split("\n")).strip()


def fill(key, s, cat):
    def one(m):
        name = m.group(1).lower()
        if name == "action":
            return cat["view"]
        if name == "id":
            return ITEM_ID if "Item" in key else MEMBER_ID
        return BW_FILL[name]
    return plain(re.sub(r"\$([A-Za-z_ ]+)\$", one, s))


def bw_keys(en):
    ks = [k for k, v in en.items() if len(plain(v).split()) >= 4 and ACCOUNT_WORDS.search(plain(v))]
    taken = set(sorted(ks, key=lambda k: hashlib.sha256(k.encode("utf-8")).hexdigest())[:KEYS_TAKEN])
    return [k for k in ks if k in taken]


def bw_notices():
    cats = {code: catalogue(name) for name, code in BW_LANGS}
    en = cats["en"]
    seen = {code: set() for _, code in BW_LANGS}
    out = []
    for key in bw_keys(en):
        en_text = fill(key, en[key], en)
        for name, code in BW_LANGS:
            v = cats[code].get(key)
            if not v:
                continue
            text = fill(key, v, cats[code])
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"bww-{code}-{key}", code, text, "bitwarden_web_notice",
                            f"{BW}@{BW_COMMIT[:12]}:src/locales/{name}/messages.json#{key}",
                            f"{BW}:{key}",
                            "the keys whose English message has 4+ words and names the account, "
                            "log-in, master password, two-step log-in, verification or recovery "
                            "codes, emergency access, sessions, devices or security; the first 115 "
                            "by SHA-256 of the key"))
    return out


def items():
    return bw_notices()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
