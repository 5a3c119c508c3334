#!/usr/bin/env python3
"""Build the seventy-second batch of tests/data/real/: the account, log-in, password, recovery-code,
second-factor, session and credential messages of Tuta Mail (formerly Tutanota; tutao/tutanota: the
web, desktop and mobile client's translation catalogues src/ui/translations/{en,es,zh,zh_hant}.ts,
the messages its dialogs, notices and help texts show) in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates68.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates68.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/tutanota/ (see its
SOURCE.md for repository, paths and commit; the default branch's head as stored).

Source (see scripts/real_corpus/notes/batch72.md):
  * tutanota_notice: the catalogues are TypeScript modules `export default {"code": …, "keys":
    {key: text}}` (JSON after the two comment lines). Tuta's keys carry their role as a suffix:
    `_msg` (messages: dialogs, notices, errors, help texts; 960 English keys), `_label` (field
    labels, headings), `_action` (button captions), `_title`, `_placeholder`, `_tooltip` … .
    Rule, on the English text: the keys ending in `_msg` whose English text has 4 or more words
    (white-space separated, tags dropped) and names a log-in or security matter. A broad account
    word list (password, log in / out, sign, account, verif, confirm, code, token, reset, session,
    expire, unlock, secret, two-factor / 2FA / TOTP / OTP, authenticat, credential, recover,
    activat, payment, invoice, billing, security, second factor, U2F, passphrase, PIN) gives 268
    `_msg` keys, 909 texts in four languages (268 / 257 / 116 / 268), more than this batch's ~450,
    so the mechanical subset NOTICE_WORDS is taken: password / passphrase, code(s), log in / logged in / logging in /
    login, log out / logout, sign in / signed in, recover(y), credential, second factor,
    two-factor / 2FA, security key, authenticat(e/ion), session, verif(y/ication), unlock. 122
    keys, in the English file's key order. A key is taken in a language when that catalogue has it
    (the app would show the English text otherwise) and its text differs from the English one.
    Placeholders as the code fills them (TUTA_FILL): {storePasswordAction} and {secureNowAction}
    with the same catalogue's `storePassword_action` / `secureNow_action` (English when missing, as
    the app falls back), {clientIdentifier} "Firefox Browser", {ipAddress} 203.0.113.7, {domain}
    example.com, {mailAddress} bob@example.com, {errorCode} "AUTHENTICATION_FAILED", {provider}
    "Gmail", {reason} "Authentication failed" (an English error message in every language, as
    the code passes e.message). `<br>` is a line break, other tags are dropped.
  Languages: en → en, es → es, zh (the catalogue's code "zh", simplified) → zh-Hans, zh_hant →
  zh-Hant. Near-duplicates (digits and white space aside) collapse within the source and language.
  Cut at 500 characters.

Split: the unit is the message key (`tutao/tutanota:<key>`), all languages of one message on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed and committed
before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates68.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
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
LABELS = os.path.join(HERE, "labels", "labels_templates68.tsv")
RAW = os.path.join(HERE, "raw")

TUTA = "tutao/tutanota"
TUTA_COMMIT = "0f34397ae95db354b707ab963bec84cdcbd8f5b6"
TUTA_LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_hant", "zh-Hant")]

NOTICE_WORDS = re.compile(r"password|passphrase|\bcodes?\b|log(?:ged|ging)? ?in|log ?out|"
                          r"sign(?:ed|ing)? ?in|recover|credential|second factor|two-factor|2fa|"
                          r"security key|authenticat|session|verif|unlock", re.I)

TUTA_FILL = {
    "{clientIdentifier}": "Firefox Browser",
    "{ipAddress}": "203.0.113.7",
    "{domain}": "example.com",
    "{mailAddress}": "bob@example.com",
    "{errorCode}": "AUTHENTICATION_FAILED",
    "{provider}": "Gmail",
    "{reason}": "Authentication failed",
}
OWN_ACTIONS = {"{storePasswordAction}": "storePassword_action", "{secureNowAction}": "secureNow_action"}


def catalogue(name):
    with open(os.path.join(RAW, "tutanota", f"{name}.ts"), encoding="utf-8") as f:
        s = f.read()
    return json.loads(s[s.index("{"):].rstrip().rstrip(";"))["keys"]


def plain(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(line.strip() for line in s.split("\n")).strip()


def fill(s, cat, en):
    for ph, key in OWN_ACTIONS.items():
        s = s.replace(ph, cat.get(key) or en[key])
    for ph, v in TUTA_FILL.items():
        s = s.replace(ph, v)
    return plain(s)


def tuta_keys(en):
    return [k for k, v in en.items()
            if k.endswith("_msg") and len(plain(v).split()) >= 4 and NOTICE_WORDS.search(plain(v))]


def tuta_notices():
    cats = {code: catalogue(name) for name, code in TUTA_LANGS}
    en = cats["en"]
    seen = {code: set() for _, code in TUTA_LANGS}
    out = []
    for key in tuta_keys(en):
        en_text = fill(en[key], en, en)
        for name, code in TUTA_LANGS:
            v = cats[code].get(key)
            if not v:
                continue
            text = fill(v, cats[code], en)
            if not text or (code != "en" and text == en_text) or not is_new(seen[code], text):
                continue
            out.append(item(f"tuta-{code}-{key}", code, text, "tutanota_notice",
                            f"{TUTA}@{TUTA_COMMIT[:12]}:src/ui/translations/{name}.ts#{key}",
                            f"{TUTA}:{key}",
                            "the `_msg` keys whose English text has 4+ words and names a password, "
                            "code, log-in, recovery, credential, second factor, session, "
                            "verification or unlock"))
    return out


def items():
    return tuta_notices()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
