#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-first batch of tests/data/real/: the in-app strings and the
e-mail templates of the Docmost wiki (docmost/docmost, AGPL-3.0) about passwords, log-in, SSO,
MFA, accounts, e-mail, invitations, tokens and workspaces, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates237.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates237.py assemble     # write the jsonl files

Source: github.com/docmost/docmost at DOCMOST_COMMIT (2026-08-22), licence AGPL-3.0 (LICENSE at
the same commit; copyleft), files copied verbatim to scripts/real_corpus/raw/docmost/ (see
SOURCE.md there): apps/client/public/locales/{en-US,es-ES,zh-CN}/translation.json (flat i18next
catalogues whose keys are the English texts) and the fifteen e-mail bodies of
apps/server/src/integrations/transactional/emails/*.tsx (English only). Docmost has no zh-Hant
catalogue.

Selection (mechanical): every key of en-US/translation.json whose English text has at least four
words (white-space separated) and matches, case-insensitively, SELECT_RE: the standard keyword rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, as
the round asked, by account, email, invite, token, workspace, SSO, MFA. The key's text is taken
in every catalogue that holds it; a translation equal to the English text is skipped.
Near-duplicates (digits and white space aside) collapse within a language. Placeholders
`{{name}}` and i18next markup `<0>…</0>` are kept as written. Each e-mail template gives one
English text, its body as email_text() reads it from the JSX after `return (`: `{' '}` made a
space, JSX comments dropped, the other tags dropped, white space runs collapsed to one space (as JSX
joins lines), HTML entities resolved, the end of each Text/EmailButton/Link element a line break; expressions
such as `{username}` are kept as written. A template is taken when that text has at least four
words and matches SELECT_RE. Cut at 500 characters.

Split: the unit is the message key (`docmost/docmost:<key>`; for an e-mail
`docmost/docmost:email/<file name>`), all languages of one key on one side; held out when SHA-256
of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates237.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import html
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts, load_json
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates237.tsv")
RAW = os.path.join(HERE, "raw", "docmost")
DOCMOST_COMMIT = "549cf7c0053bb4f4c3c4e08d588b1f0c69297daf"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|email|invite|token|workspace|SSO|MFA", re.I)
EMAIL_DIR = "apps/server/src/integrations/transactional/emails"


def load(code):
    return load_json(os.path.join(RAW, "locales", code, "translation.json"))


def email_text(source):
    """The body text of one Docmost e-mail template (see the docstring)."""
    body = source.split("return (", 1)[1]
    body = body.rsplit(");", 1)[0]
    body = body.replace("{' '}", " ")
    body = re.sub(r"\{/\*.*?\*/\}", "", body, flags=re.S)
    body = re.sub(r"</(Text|EmailButton|Link)>", "\0", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = html.unescape(re.sub(r"\s+", " ", body))
    lines = [ln.strip() for ln in body.split("\0")]
    return "\n".join(ln for ln in lines if ln)


def locale_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"docmost-{code}-{sha(key)[:10]}", lang, text, "docmost_app",
                   f"github.com/docmost/docmost@{DOCMOST_COMMIT[:12]}:apps/client/public/locales/"
                   f"{code}/translation.json ({key[:80]}; copied to scripts/real_corpus/raw/docmost/)",
                   f"docmost/docmost:{key}", "keyword_rule_app_strings")


def email_items():
    for name in sorted(os.listdir(os.path.join(RAW, "emails"))):
        with open(os.path.join(RAW, "emails", name), encoding="utf-8") as f:
            text = email_text(f.read())
        if len(text.split()) < 4 or not SELECT_RE.search(text):
            continue
        stem = name[: -len(".tsx")]
        yield item(f"docmost-email-{stem}", "en", text, "docmost_app",
                   f"github.com/docmost/docmost@{DOCMOST_COMMIT[:12]}:{EMAIL_DIR}/{name} "
                   f"(copied to scripts/real_corpus/raw/docmost/emails/)",
                   f"docmost/docmost:email/{name}", "keyword_rule_email_templates")


def items():
    yield from locale_items()
    yield from email_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
