#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-seventh batch of tests/data/real/: the user-interface
strings of Piwigo (Piwigo/Piwigo, a photo gallery, GPL-2.0) about passwords, log-in, accounts,
API keys, tokens, e-mail, verification codes and the like, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates323.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates323.py assemble     # write the jsonl files

Source: github.com/Piwigo/Piwigo at PIWIGO_COMMIT (2026-05-14), language/{en_UK,es_ES,zh_CN,
zh_TW}/{common,admin,install}.lang.php, copied verbatim to scripts/real_corpus/raw/piwigo_ui/
(see SOURCE.md there). Licence GPL-2.0 (COPYING.txt, LICENSE.txt at the same commit): copyleft.
The files are read by a small Python reader of their `$lang['key'] = '…' | "…";` lines (every
entry of these files is one such line; PHP is not needed).

Mail strings left out: Piwigo's mails are already in the corpus (piwigo_email,
build_templates12.py); every key those mails use (MAIL_KEYS, the l10n keys of
build_templates12.py's PIWIGO_MAILS builders) is dropped before selection.

Selection (mechanical): every key of the English catalogue (common, then admin, then install;
a later file's entry wins, as Piwigo loads them) whose English text has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE (app_strings' keyword rule:
seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) extended
with account, api key, token and email. The key's text is taken in every language that holds
it; a translation equal to the English text is skipped; near-duplicates (digits and white
space aside) collapse within a language. Placeholders (%s, %d) and inline HTML are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`Piwigo/Piwigo:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates323.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates323.tsv")
RAW = os.path.join(HERE, "raw", "piwigo_ui")
PIWIGO_COMMIT = "1b1c89867e0eb8e090a16b9ca3ee817cadbc73a9"
LANGS = [("en_UK", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
FILES = ["common", "admin", "install"]
SELECT_RE = re.compile(BASE_RE.pattern + r"|account|api key|token|email", re.I)

# The l10n keys Piwigo's mails use (build_templates12.py, PIWIGO_MAILS): already in piwigo_email.
MAIL_KEYS = {
    "Someone requested that the password be reset for the following user account:",
    "To reset your password, visit the following address:", "Change my password",
    "This link is valid for %s. After this time, you will need to request a new link.", "%d hour",
    "%d hours", "%d day", "%d days",
    "If this was a mistake, just ignore this email and nothing will happen.", "Password Reset",
    "A photo library administrator has created the following account for you:",
    "To set your password, visit the following address:", "Activate", "Welcome to %s",
    "Here is your verification code:", "Your verification code", "Hello %s,",
    "Your password was successfully reset",
    "If this wasn't you, please change your password immediately or contact your webmaster.",
    "If you changed your password because you think it was stolen, we recommend revoking your %d "
    "API keys <a href=\"%s\">in your profile</a>.",
    "Your password has been reset", "Your API key will expire in %d day.",
    "Your API key will expire in %d days.",
    "To continue using the API, please renew your key before it expires.",
    "You can manage your API keys in your <a href=\"%s\">account settings.</a>",
    "Your API key will expire soon", "Connected user: %s", "IP: %s", "Browser: %s",
    "Registration of %s", "User: %s", "Email: %s", "Admin: %s", "Registration",
    "Thank you for registering at %s!", "Here are your connection settings", "Link: %s",
    "Username: %s", "Password: %s",
    "If you think you've received this email in error, please contact us at %s", "Author: %s",
    "Comment: %s", "Manage this user comment: %s", "(!) This comment requires validation",
    "Comment by %s", "This author modified following comment:",
    "This author removed the comment with id %d", "Username modification", "Hello",
    "Your username has been successfully changed to : %s", "Just another Piwigo gallery",
    "Welcome to your new installation of Piwigo!", "Password: ********** (no copy by email)",
    "Don't hesitate to consult our forums for any help: %s", "Piwigo %s is available, please update",
    "Hello,", "Time has come to update your Piwigo with version %s, go to %s",
    "It only takes a few clicks.", "Running on an up-to-date Piwigo is important for security.",
    "Notification", "Go to", "See you soon,", "To unsubscribe", ", click on", "To subscribe",
    "If you encounter problems or have any question, please send a message to",
    "Subscribe to notification by mail", "Unsubscribe from notification by mail",
    "The webmaster has subscribed you to receiving notifications by mail.",
    "You have subscribed to receiving notifications by mail.",
    "The webmaster has unsubscribed you from receiving notifications by mail.",
    "You have unsubscribed from receiving notifications by mail.",
}

PHP_STR = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
LINE_RE = re.compile(r"^\$lang\[(" + PHP_STR + r")\]\s*=\s*((?:" + PHP_STR + r")(?:\s*\.\s*(?:"
                     + PHP_STR + r"))*)\s*;", re.M)
DQ_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "$": "$"}


def php_literal(s):
    """The value of one PHP string literal (single quotes: \\' and \\\\; double quotes: the
    usual escapes; other backslashes kept)."""
    body = s[1:-1]
    if s[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    return re.sub(r"\\(.)", lambda m: DQ_ESC.get(m.group(1), "\\" + m.group(1)), body)


def php_lang(path):
    """key -> value of the `$lang[...] = ...;` lines of a Piwigo language file, in file order."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    out = {}
    for m in LINE_RE.finditer(src):
        out[php_literal(m.group(1))] = "".join(php_literal(p) for p in re.findall(PHP_STR, m.group(2)))
    return out


def load(code):
    strings = {}
    for name in FILES:
        strings.update(php_lang(os.path.join(RAW, f"{code}.{name}.lang.php")))
    return {k: v for k, v in strings.items() if k not in MAIL_KEYS}


def piwigo_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en_UK"):
        yield item(f"pwgui-{code}-{key}", lang, text, "piwigo_ui",
                   f"github.com/Piwigo/Piwigo@{PIWIGO_COMMIT[:12]}:language/{code}/"
                   f"{{common,admin,install}}.lang.php ({key!r}; copied to "
                   f"scripts/real_corpus/raw/piwigo_ui/)",
                   f"Piwigo/Piwigo:{key}", "keyword_rule_app_strings")


def items():
    yield from piwigo_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
