#!/usr/bin/env python3
"""Rebuild the two-hundred-and-fifteenth batch of tests/data/real/: the in-app messages of
Mastodon for iOS (mastodon/mastodon-ios, GPL-3.0) about passwords, logging in and signing in,
accounts, servers, authorization, tokens and e-mail, backups and the rest of the common secret
words, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates211.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates211.py assemble     # write the jsonl files

Source: github.com/mastodon/mastodon-ios at IOS_COMMIT (2024-10-23, the head of the stored
snapshot), MastodonSDK/Sources/MastodonLocalization/Resources/{en,es,zh-Hans,zh-Hant}.lproj/
Localizable.strings, copied verbatim to scripts/real_corpus/raw/mastodon_ios/ (see SOURCE.md
there). GPL-3.0 is copyleft.

Selection (mechanical): every key of the English catalogue (en.lproj) whose text has at least
four words (white-space separated) and matches, case-insensitively, SELECT_RE: the common keyword
rule of app_strings (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor) widened with account, authoriz, server, token and email. The corpus already holds
Mastodon's server, web and Android strings: a key whose English text appears verbatim (ends'
white space aside) as a text of tests/data/real/{dev,heldout}_mastodon_{android_app,
devise_mailer,mailer,web}.jsonl, or as a near-duplicate of one (digits, white space and letter
case aside: app_strings.norm), is skipped in every language, and any other text of any language
that appears there verbatim or as a near-duplicate is skipped too (the near-duplicate part was
added after the first assembly found two held-out texts that differ from dev texts of
mastodon_android_app in letter case only; it removes exactly that key). The key's text is
taken in every language catalogue that holds it; a translation equal to the English text
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within the
language. The .strings escapes (\\n, \\t,
\\", \\') are decoded; a key written twice takes its last value (as iOS reads it); format
placeholders (%@, %d, %1$@) are kept as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`mastodon/mastodon-ios:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates211.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as COMMON_RE, new_texts, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates211.tsv")
RAW = os.path.join(HERE, "raw", "mastodon_ios")
IOS_COMMIT = "a9e088a9c7b88720fed5eefdd2dc1606b5f21dc8"
CATALOGUE = "MastodonSDK/Sources/MastodonLocalization/Resources"
LANGS = [("en.lproj", "en", "en"), ("es.lproj", "es", "es"), ("zh-Hans.lproj", "zh-Hans", "zhs"),
         ("zh-Hant.lproj", "zh-Hant", "zht")]
SELECT_RE = re.compile(COMMON_RE.pattern + r"|account|authoriz|server|token|email", re.I)
# The Mastodon files already in the corpus (a fixed list, so this batch's own output is never
# read back).
MASTODON_FILES = [os.path.join(OUT_DIR, f"{split}_mastodon_{name}.jsonl")
                  for name in ("android_app", "devise_mailer", "mailer", "web")
                  for split in ("dev", "heldout")]
STRINGS_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def ios_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load_ios(folder):
    with open(os.path.join(RAW, folder, "Localizable.strings"), "rb") as f:
        data = f.read()
    text = (data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff")
            else data.decode("utf-8-sig"))
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    strings = {}
    for key, value in STRINGS_RE.findall(text):
        strings[ios_unescape(key)] = ios_unescape(value)  # the last of a repeated key wins
    return strings


def corpus_texts():
    """The near-duplicate keys (norm) of the texts already in the corpus from Mastodon's
    server, web and Android strings."""
    out = set()
    for path in MASTODON_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                out.add(norm(json.loads(line)["text"]))
    return out


def selected(en, already):
    return [k for k, v in en.items()
            if len(v.split()) >= 4 and SELECT_RE.search(v) and norm(v) not in already]


def mastodon_ios_items():
    cat = {lang: load_ios(folder) for folder, lang, _ in LANGS}
    en = cat["en"]
    already = corpus_texts()
    keys = selected(en, already)
    for folder, lang, short in LANGS:
        strings = {k: v for k, v in cat[lang].items() if norm(v) not in already}
        for key, text in new_texts(strings, keys, en if lang != "en" else None):
            yield item(f"mastodon-ios-{short}-{key}", lang, text, "mastodon_ios_app",
                       f"github.com/mastodon/mastodon-ios@{IOS_COMMIT[:12]}:{CATALOGUE}/"
                       f"{folder}/Localizable.strings ({key}; copied to "
                       f"scripts/real_corpus/raw/mastodon_ios/)",
                       f"mastodon/mastodon-ios:{key}", "keyword_rule_app_strings")


def items():
    yield from mastodon_ios_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
