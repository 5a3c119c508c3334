#!/usr/bin/env python3
"""Build the eighty-second batch of tests/data/real/: FusionAuth's (identity and log-in service)
hosted log-in page messages about accounts, log-in, passwords, two-factor, passwordless log-in,
passkeys, recovery codes, verification and registration, in English, Spanish and Chinese (zh-Hans).

Usage:
    python3 scripts/real_corpus/build_templates78.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates78.py assemble     # write the jsonl files

The builder reads only the verbatim copies under scripts/real_corpus/raw/fusionauth/ (see its
SOURCE.md for repository, paths and commit): github.com/FusionAuth/fusionauth-localization,
theme/messages.properties (English, the default theme's bundle), theme/messages_es.properties
(Spanish), theme/messages_zh_CN.properties (zh-Hans; the repository has no zh_TW bundle).

Sources and mechanical rules (see scripts/real_corpus/notes/batch82.md):
  * fusionauth_notice: every key of theme/messages.properties (Java properties: `\\uXXXX` escapes
    and line continuations resolved; 574 keys) whose English text has 4 or more words (tags and
    `%s` counted as written) and matches the account word pattern ACCOUNT_WORDS (password,
    passphrase, sign in / out / up and log in / out / on, account, confirm, verify, invite,
    security, two-factor / 2FA / multifactor, authenticate, reset, register, credential, recover,
    session, unlock, locked, code, YubiKey, Duo, OTP / TOTP, WebAuthn, passkey, e-mail), except
    the texts that name a third-party `API` (the identity-provider call failures "A request to the
    <provider> … API has failed. Unable to complete this login request.", 28 keys of one
    boilerplate; left out to keep the batch within its cap). File order. Spanish from
    theme/messages_es.properties, same key. A Spanish text equal to the English one (or equal once
    punctuation and spacing are set aside: words_only) is an untranslated copy and is skipped; a
    key missing from the Spanish bundle is not taken in Spanish (FusionAuth shows the default
    English message). Chinese (zh-Hans) from theme/messages_zh_CN.properties, same key and the same
    rules (added after the English and Spanish texts had been built, labelled and assembled; their
    texts, ids and split are unchanged): a key missing from the zh_CN bundle is not taken in
    Chinese, a Chinese text equal to the English one (words_only) or without any Han character (an
    untranslated or unfinished entry) is skipped.
  Near-duplicates (digits and white space aside) collapse within the source and language. Cut at
  500 characters.

Placeholders: the `%s` / `%d` of a key are filled in order from FA_FILL (e-mail alice@example.com,
identity providers Google and Facebook, phone (555) 555-0142 and its last digits 42, the
authenticator secret JBSWY3DPEHPK3PXP, counts 3 and 10); `<br>` becomes a line break, other tags
(`<strong>`) are dropped.

Split: the unit is the message key (`FusionAuth/fusionauth-localization:<key>`), all languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates78.tsv (id, category,
credential_request, credentials, borderline), assigned by an AI reader reading each text; the
scanner played no part.
"""
import hashlib
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates78.tsv")
RAW = os.path.join(HERE, "raw")

ACCOUNT_WORDS = re.compile(
    r"password|passphrase|\bsign(?:ed|ing)? ?-?(?:in|out|up)\b|\blog(?:ged|ging)? ?-?(?:in|out|on)\b|"
    r"account|confirm|verif|invit|securit|two[- ]factor|\b2fa\b|multi-?factor|authenticat|reset|"
    r"regist|credential|recover|session|unlock|\blocked|\bcode\b|yubikey|\bduo\b|\botp\b|totp|"
    r"webauthn|passkey|e-?mail", re.I)
THIRD_PARTY_API = re.compile(r"\bAPI\b")

FA_REPO = "FusionAuth/fusionauth-localization"
FA_COMMIT = "344dd973faa400df10452768c25571d20e5b8e76"
FA_LANGS = [("messages.properties", "en"), ("messages_es.properties", "es"),
            ("messages_zh_CN.properties", "zh-Hans")]
FA_OTHER = {"en": "Spanish", "es": "Spanish", "zh-Hans": "Chinese (zh_CN)"}
HAN = re.compile(r"[\u3400-\u9fff]")
EMAIL = "alice@example.com"
FA_FILL = {
    "completed-link": ["Google"],
    "completed-links": ["Google", "Facebook"],
    "device-link-count-exceeded-pending-logout": [EMAIL, "Google"],
    "device-logged-in-as-not-you": [EMAIL],
    "email-verification-sent": [EMAIL],
    "forgot-password-message-sent": [EMAIL],
    "logged-in-as": [EMAIL],
    "password-previous-constraint": ["3"],
    "pending-link-info": ["Google"],
    "pending-link-login-to-complete": ["Google"],
    "pending-links-login-to-complete": ["Google", "Facebook"],
    "pending-link-register-to-complete": ["Google"],
    "pending-links-register-to-complete": ["Google", "Facebook"],
    "phone-verification-sent": ["(555) 555-0142"],
    "registration-verification-sent": [EMAIL],
    "two-factor-use-one-of-n-recover-codes": ["10"],
    "two-factor-get-code-at-email": [EMAIL],
    "two-factor-get-code-at-sms": ["42"],
    "two-factor-get-code-at-voice": ["42"],
    "authenticator-enable-step-1": ["JBSWY3DPEHPK3PXP"],
    "email-disable-step-1": [EMAIL],
    "sms-disable-step-1": ["(555) 555-0142"],
    "{description}recovery-codes-1": ["10"],
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


def words_only(s):
    """A text's letters and digits only: a translation equal to the English text but for
    punctuation or spacing is an untranslated copy."""
    return re.sub(r"\W", "", s).lower()


def properties(text):
    """The key -> value pairs of a Java properties file (comments skipped, line continuations
    joined, `\\uXXXX` and backslash escapes resolved), in file order."""
    out = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        s = lines[i].lstrip()
        i += 1
        if not s or s[0] in "#!":
            continue
        while re.search(r"(?<!\\)(?:\\\\)*\\$", s) and i < len(lines):
            s = s[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"((?:[^=:\\\s]|\\.)+)\s*[=:]?\s*(.*)$", s)
        key, value = m.group(1), m.group(2)
        value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda u: chr(int(u.group(1), 16)), value)
        value = re.sub(r"\\(.)", lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), value)
        out[re.sub(r"\\(.)", r"\1", key)] = value
    return out


def selected(text):
    return (len(text.split()) >= 4 and bool(ACCOUNT_WORDS.search(text))
            and not THIRD_PARTY_API.search(text))


def render(key, value):
    values = list(FA_FILL.get(key, []))
    text = re.sub(r"%[sd]", lambda m: values.pop(0), value)
    assert not values, key
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return lines_text(text)


def fusionauth_items():
    bundles = {lang: properties(read(f"fusionauth/{name}")) for name, lang in FA_LANGS}
    en = bundles["en"]
    seen = {lang: set() for _, lang in FA_LANGS}
    out = []
    for key, value in en.items():
        if not selected(value):
            continue
        en_text = render(key, value)
        for name, lang in FA_LANGS:
            if key not in bundles[lang]:
                continue
            text = render(key, bundles[lang][key])
            if lang != "en" and words_only(text) == words_only(en_text):
                continue
            if lang == "zh-Hans" and not HAN.search(text):
                continue
            if not is_new(seen[lang], text):
                continue
            out.append(item(f"fa-{lang}-{short_id(key)}", lang, text, "fusionauth_notice",
                            f"{FA_REPO}@{FA_COMMIT[:12]}:theme/{name}#{key}", f"{FA_REPO}:{key}",
                            "messages.properties keys whose English text has 4+ words and an account "
                            "word, no third-party API failure; " + FA_OTHER[lang] + " of the same key"))
    return out


def items():
    yield from fusionauth_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
