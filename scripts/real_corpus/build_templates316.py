#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twentieth batch of tests/data/real/: the user-interface strings
of Kimai, the time-tracking web application (kimai/kimai, AGPL-3.0), about passwords, log-in,
two-factor authentication, API tokens and accounts, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates316.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates316.py assemble     # write the jsonl files

Source: github.com/kimai/kimai at KIMAI_COMMIT (2026-08-19, the stored head; the same commit as
the kimai_email batch), licence AGPL-3.0 (LICENSE at that commit). Every Symfony XLIFF 1.2
catalogue translations/<domain>.<code>.xlf for code en, es, zh_CN and zh_Hant, except the
`email` domain (its mails are already in the corpus as kimai_email), is copied verbatim to
scripts/real_corpus/raw/kimai_ui/ (see SOURCE.md there): the domains daterangepicker,
flashmessages, invoice-calculator, invoice-renderer, kiosk, messages, plugins, reporting,
system-configuration, tasks, teams, validators, wizard. The builder reads only those copies.
zh_CN is taken as zh-Hans, zh_Hant as zh-Hant.

Selection (mechanical, fixed before any text was read): a message is a <trans-unit>, its key
`<domain>:<resname>`; its text in a language is the <target> of that language's file (the text of
the element, inner markup kept as text if any; there is none). Every key of the English files
(domains in alphabetical order, units in file order) whose English target has at least four words
(white-space separated) and matches, case-insensitively, SELECT_RE: the standard keyword rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) together with the words the batch's brief added: token, api, two-factor, 2fa,
account (as written, substrings included). The key's text is taken in every language file that
holds it; a target whose state is `new` or `needs-translation` (XLIFF's untranslated states) is
skipped, and so is a translation equal to the English text (ends' white space aside).
Near-duplicates (digits and white space aside, app_strings.norm) collapse within the language,
over all domains, the first key keeping the text. Placeholders (%name%, {count}…) are kept as
written (they are the app's own). Cut at 500 characters (build_templates.item).

Split: the unit is the message key (`kimai/kimai:<domain>:<resname>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates316.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, new_texts  # noqa: E402
from build_templates import item  # noqa: E402
from corpus import hashed_split, main  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates316.tsv")
RAW = os.path.join(HERE, "raw", "kimai_ui")
REPO = "kimai/kimai"
KIMAI_COMMIT = "1f421c276badbf9eeff40852de305a1e4c1e829f"
DOMAINS = ["daterangepicker", "flashmessages", "invoice-calculator", "invoice-renderer", "kiosk",
           "messages", "plugins", "reporting", "system-configuration", "tasks", "teams",
           "validators", "wizard"]
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|token|api|two-factor|2fa|account", re.I)
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
UNTRANSLATED = {"new", "needs-translation"}


def units(domain, code):
    """`<domain>:<resname>` -> target text of one copied catalogue, in file order (targets in an
    untranslated state left out)."""
    root = ET.parse(os.path.join(RAW, f"{domain}.{code}.xlf")).getroot()
    out = {}
    for unit in root.iter(XLIFF + "trans-unit"):
        target = unit.find(XLIFF + "target")
        if target is None or target.get("state") in UNTRANSLATED:
            continue
        out.setdefault(f"{domain}:{unit.get('resname')}", "".join(target.itertext()))
    return out


def catalogue(code):
    """Every domain's units of one language, domains in DOMAINS order."""
    out = {}
    for domain in DOMAINS:
        out.update(units(domain, code))
    return out


def kimai_items():
    files = {code: catalogue(code) for code, _ in LANGS}
    en = files["en"]
    keys = keyword_keys(en, SELECT_RE)
    for code, lang in LANGS:
        for key, text in new_texts(files[code], keys, None if code == "en" else en):
            domain, resname = key.split(":", 1)
            yield item(f"kimai-ui-{code}-{key}", lang, text, "kimai_ui",
                       f"github.com/{REPO}@{KIMAI_COMMIT[:12]}:translations/{domain}.{code}.xlf"
                       f" ({resname}; copied to scripts/real_corpus/raw/kimai_ui/)",
                       f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from kimai_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
