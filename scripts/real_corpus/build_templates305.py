#!/usr/bin/env python3
"""Rebuild the three-hundred-and-ninth batch of tests/data/real/: Kanboard's own UI strings
(kanboard/kanboard, MIT) about passwords, log-in, two-factor codes, API tokens and accounts, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates305.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates305.py assemble     # write the jsonl files

Source: github.com/kanboard/kanboard at KANBOARD_COMMIT (2026-08-01), licence MIT (LICENSE),
app/Locale/{es_ES,zh_CN,zh_TW}/translations.php copied verbatim to
scripts/real_corpus/raw/kanboard_ui/ (see SOURCE.md there). Kanboard has no English catalogue:
the keys of the PHP arrays are the English strings (the three files hold the same keys); the
English text of a key is the key itself, in the order of es_ES.php.

Selection (mechanical): every key whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor) or account, api, token, two factor,
captcha. Kanboard's e-mails are already in the corpus (kanboard_email, build_templates7.py), so
the selected keys that are strings of those mails are left out (MAIL_KEYS: the t()/e() strings of
app/Template/{notification,password_reset,user_invite}/ and the mail subjects that batch used).
The key's text is taken in English and in each translation; a translation equal to the English
(untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within a
language. Placeholders (%s, %d) are kept as written. Cut at 500 characters.

Split: the unit is the message key (`kanboard/kanboard:<English key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates305.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import os
import re

from app_strings import SELECT_RE as BASE_RE, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates305.tsv")
RAW = os.path.join(HERE, "raw", "kanboard_ui")
KANBOARD_COMMIT = "2cba210dbad4e110d4efdec97d71a38b5df48dad"
LANGS = [("en", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|api|token|two factor|captcha", re.I)
# Selected keys that are strings of the mails of the kanboard_email batch (left out).
MAIL_KEYS = {"Password Reset for Kanboard", "To reset your password click on this link:"}

# One entry of a translations.php array: 'key' => 'value', (PHP single-quoted strings).
PHP_ENTRY = re.compile(r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',\s*$")


def php_unquote(s):
    """The value of a PHP single-quoted string body (only \\' and \\\\ are escapes)."""
    return re.sub(r"\\([\\'])", r"\1", s)


def load(code):
    """key -> text of raw/kanboard_ui/<code>.php, in file order (a key's first entry wins)."""
    out = {}
    with open(os.path.join(RAW, f"{code}.php"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = PHP_ENTRY.match(line)
            if m:
                out.setdefault(php_unquote(m.group(1)), php_unquote(m.group(2)))
            elif line.strip() not in ("", "<?php", "return [", "];"):
                raise ValueError(f"{code}.php: unexpected line {line!r}")
    return out


def selected_keys(en):
    return [k for k in en if len(k.split()) >= 4 and SELECT_RE.search(k) and k not in MAIL_KEYS]


def kanboard_ui_items():
    es = load("es_ES")
    en = {k: k for k in es}
    keys = selected_keys(en)
    for code, lang in LANGS:
        strings = en if code == "en" else (es if code == "es_ES" else load(code))
        base = None if code == "en" else en
        for key, text in new_texts(strings, keys, base):
            h = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
            path = "app/Locale/es_ES/translations.php (key)" if code == "en" else \
                f"app/Locale/{code}/translations.php"
            yield item(f"kbui-{code}-{h}", lang, text, "kanboard_ui",
                       f"github.com/kanboard/kanboard@{KANBOARD_COMMIT[:12]}:{path} "
                       f"(copied to scripts/real_corpus/raw/kanboard_ui/)",
                       f"kanboard/kanboard:{key}", "keyword_rule_app_strings")


def items():
    yield from kanboard_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
