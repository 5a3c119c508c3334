#!/usr/bin/env python3
"""Rebuild the three-hundred-and-forty-second batch of tests/data/real/: the in-app strings of
Nextcloud's three two-factor apps (TOTP, WebAuthn, backup codes; AGPL-3.0) about passwords,
backup codes, recovery, log-in and two-factor authentication, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates338.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates338.py assemble     # write the jsonl files

Sources (copied verbatim to scripts/real_corpus/raw/nextcloud_twofactor/<app>/; see SOURCE.md):
* github.com/nextcloud/twofactor_totp at TOTP_COMMIT (2026-07-23), l10n/{es,zh_CN,zh_TW,zh_HK}.json,
  AGPL-3.0 (COPYING at that commit);
* github.com/nextcloud/twofactor_webauthn at WEBAUTHN_COMMIT (2026-07-02), the same four files,
  AGPL-3.0 (COPYING);
* the backup-codes app, which lives in the Nextcloud server repository (the standalone
  nextcloud/twofactor_backupcodes is not stored; nextcloud/server is over the fetch limit):
  github.com/nextcloud/server apps/twofactor_backupcodes/l10n/*.json read one file at a time
  with the read_file tool, each at the stored commit named in BACKUPCODES_COMMITS, AGPL-3.0
  (COPYING of nextcloud/server).

A Nextcloud catalogue maps the English source string (the key) to its translation, so the
English texts are the keys. Selection (mechanical, fixed before any text was read): every key,
over the union of an app's four catalogues (in order of first appearance: es, zh_CN, zh_TW,
zh_HK), whose English text is a string translation of at least four words (white-space
separated) matching, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2fa, two-factor). Plural entries (array values) are not
taken. Each key is taken in English and in every catalogue that translates it: es (es), zh_CN
(zh-Hans), zh_TW and zh_HK (both zh-Hant); a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
batch and language (zh_TW before zh_HK, so a zh_HK text equal to the zh_TW one is skipped).
Placeholders `{name}` are kept as written. Cut at 500 characters. One candidate that equals
(digits and white space aside) a text already in the corpus (the zh-Hans activity subject of the
backup-codes app, in dev_nextcloud_server_activity.jsonl) is labelled `drop` and so left out.

Split: the unit is the message key (`nextcloud/<app>:<English key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates338.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os

from app_strings import SELECT_RE, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates338.tsv")
RAW = os.path.join(HERE, "raw", "nextcloud_twofactor")
TOTP_COMMIT = "6eab99e176440905d83bcc091a70c71b640098b3"
WEBAUTHN_COMMIT = "13dd0adddef8a35371b461222117b9cc98c4ca03"
BACKUPCODES_COMMITS = {
    "es": "025d114e6a852601d0178eaab0dc057cdb6aa331",
    "zh_CN": "8ba431b9a6fa26a75ade67b8b5f940b8a97a31e9",
    "zh_TW": "025d114e6a852601d0178eaab0dc057cdb6aa331",
    "zh_HK": "0cd17fe20f47ce435b9b7ed86fee2da93f764e0d",
}
# (app, repository, {code: commit}, path of the l10n folder in the repository)
APPS = [
    ("twofactor_totp", "nextcloud/twofactor_totp",
     dict.fromkeys(BACKUPCODES_COMMITS, TOTP_COMMIT), "l10n"),
    ("twofactor_webauthn", "nextcloud/twofactor_webauthn",
     dict.fromkeys(BACKUPCODES_COMMITS, WEBAUTHN_COMMIT), "l10n"),
    ("twofactor_backupcodes", "nextcloud/server", BACKUPCODES_COMMITS,
     "apps/twofactor_backupcodes/l10n"),
]
LANGS = [("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK", "zh-Hant")]


def load(app, code):
    return load_json(os.path.join(RAW, app, f"{code}.json"))["translations"]


def short(key):
    """A short id part for an English key: its first words and a hash."""
    words = "-".join("".join(c for c in w if c.isalnum()) for w in key.split()[:5])
    return f"{words}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def app_keys(app):
    """English key -> the first catalogue code (in LANGS order) that holds it, for the keys the
    keyword rule takes."""
    keys = {}
    for code, _ in LANGS:
        for k, v in load(app, code).items():
            if isinstance(v, str):
                keys.setdefault(k, code)
    return {k: c for k, c in keys.items() if len(k.split()) >= 4 and SELECT_RE.search(k)}


def twofactor_items():
    seen = {}
    for app, repo, commits, folder in APPS:
        first = app_keys(app)
        en = {k: k for k in first}
        for code, lang in [("en", "en")] + LANGS:
            strings = en if code == "en" else load(app, code)
            base = None if code == "en" else en
            for key, text in new_texts(strings, list(en), base, seen.setdefault(lang, set())):
                where = (f"{folder}/{first[key]}.json, the key" if code == "en"
                         else f"{folder}/{code}.json")
                commit = commits[first[key] if code == "en" else code]
                yield item(f"nctwofactor-{app[10:]}-{code}-{short(key)}", lang, text,
                           "nextcloud_twofactor_app",
                           f"github.com/{repo}@{commit[:12]}:{where} ({key!r}; copied to "
                           f"scripts/real_corpus/raw/nextcloud_twofactor/{app}/)",
                           f"nextcloud/{app}:{key}", "keyword_rule_app_strings")


def items():
    yield from twofactor_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
