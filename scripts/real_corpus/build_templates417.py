#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-first batch of tests/data/real/: the server's own
messages of the Akkoma fediverse server (AkkomaGang/akkoma, AGPL-3.0, a copyleft licence) about
passwords, log-in, two-factor authentication, recovery codes and the like (its e-mails, OAuth and
MFA web pages and API errors), in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates417.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates417.py assemble     # write the jsonl files

Source: Akkoma's upstream commit AKKOMA_COMMIT (2025-10-13, "Merge pull request 'Treat known
quotes and replies as such even if parent unavailable' (#991)", on `develop`), read from the
faithful fork github.com/BDX-town/Akkoma (its head 071bb07a5a39, "chore: merge upstream", has
that commit as a parent, and its priv/gettext/ is identical to it): the gettext templates
priv/gettext/{default,errors,static_pages,posix_errors}.pot (the English texts are their
msgids) and the catalogues priv/gettext/{es,zh_Hans,zh_Hant}/LC_MESSAGES/<domain>.po, copied
verbatim to scripts/real_corpus/raw/akkoma/ (see SOURCE.md there). The upstream repository
(AkkomaGang/akkoma on Akkoma's own forge) could not be fetched here. Licence: AGPL-3.0 (COPYING
at the same commit: "distributed under The GNU Affero General Public License Version 3", text in
AGPL-3).

Pleroma, Akkoma's parent, is already in the corpus as `pleroma_email` (the sixth batch): its
account e-mails, the static_pages entries whose msgctxt is `<name> email [html |text ]body[ - …]`
with their `<name> email subject`, read from Soapbox's fork Rebased at cb3e04623556. So that
those strings are not taken twice, the static_pages entries of that kind whose msgctxt and msgid
are both identical in Rebased's catalogue there (PLEROMA_TAKEN, 13 entries: every one of Pleroma's
bodies and subjects but the two account-archive bodies and the invitation body, found by
comparing the two catalogues) are left out here. Akkoma's own rewrites of the account-archive mail
bodies (msgids that differ from Rebased's) and the invitation body are kept if the rule selects
them.

Selection (mechanical, decided before any text was read): every live entry of the four .pot
files whose msgid has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) widened by the words the brief names for this
product (MFA, TOTP, token, account), since the shared rule alone gives only 11 English entries
(the catalogues are small: 297 entries in all); and that is not a Pleroma e-mail entry (above). The message
key is `<domain>:<msgid>` (`<domain>:<msgctxt>::<msgid>` when the entry has a context). For en
the msgid is the text; for es, zh_Hans and zh_Hant the msgstr of the same key in that
language's catalogue of the same domain is taken; an empty or fuzzy entry, or a translation
equal to the English text (untranslated), is skipped. Near-duplicates (digits and white space
aside) collapse within the product and language, over all four domains (the first in domain
order default, errors, static_pages, posix_errors and catalogue order is kept). Placeholders
(`%{name}`) and inline markup are kept as written (they are the product's own). Cut at 500
characters.

Split: the unit is the message key (`AkkomaGang/akkoma:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`akkoma-<lang code>-<domain>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates417.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as SHARED_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates417.tsv")
RAW = os.path.join(HERE, "raw", "akkoma")
AKKOMA_COMMIT = "300302d43277765c9594650f1cbf788f808dc4b8"
DOMAINS = ["default", "errors", "static_pages", "posix_errors"]
# (catalogue code, lang); "en" is the .pot of each domain
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(SHARED_RE.pattern + r"|mfa|totp|token|account", re.I)
# static_pages entries (msgctxt) that Pleroma's batch took, with the same msgid at Rebased
# cb3e04623556 (priv/gettext/zh_Hans/LC_MESSAGES/static_pages.po)
PLEROMA_TAKEN = {
    "account archive email subject", "approval pending email body",
    "approval pending email subject", "confirmation email body", "confirmation email subject",
    "password reset email body", "password reset email subject",
    "successful registration email body", "successful registration email subject",
    "user invitation email subject", "welcome email html body", "welcome email subject",
    "welcome email text body"}
MIN_WORDS = 4


def raw_file(domain, code):
    return f"{domain}.pot" if code == "en" else f"{code}_{domain}.po"


def upstream_path(domain, code):
    return (f"priv/gettext/{domain}.pot" if code == "en"
            else f"priv/gettext/{code}/LC_MESSAGES/{domain}.po")


def selected(domain):
    """(key, msgid, first reference) of a domain's .pot entries chosen by the rule above."""
    out = []
    for key, (msgid, _, _, ref) in po_catalogue(os.path.join(RAW, raw_file(domain, "en"))).items():
        ctx = key[: -len(msgid) - 2] if key != msgid else ""
        if domain == "static_pages" and ctx in PLEROMA_TAKEN:
            continue
        if len(msgid.split()) >= MIN_WORDS and SELECT_RE.search(msgid):
            out.append((key, msgid, ref))
    return out


def akkoma_items():
    chosen = {d: selected(d) for d in DOMAINS}
    for code, lang in LANGS:
        seen = set()
        for domain in DOMAINS:
            keys = [k for k, _, _ in chosen[domain]]
            english = {k: m for k, m, _ in chosen[domain]}
            refs = {k: r for k, _, r in chosen[domain]}
            if code == "en":
                strings, base = english, None
            else:
                cat = po_catalogue(os.path.join(RAW, raw_file(domain, code)))
                strings, base = {k: v[1] for k, v in cat.items() if not v[2]}, english
            for key, text in new_texts(strings, keys, base, seen):
                yield item(f"akkoma-{code}-{domain}-{sha(domain + ':' + key)[:10]}", lang, text,
                           "akkoma_app",
                           f"github.com/AkkomaGang/akkoma@{AKKOMA_COMMIT[:12]}:"
                           f"{upstream_path(domain, code)} (msgid at {refs[key]}; read from the "
                           f"fork BDX-town/Akkoma; copied to scripts/real_corpus/raw/akkoma/)",
                           f"AkkomaGang/akkoma:{domain}:{key}", "keyword_rule_app_strings")


def items():
    yield from akkoma_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
