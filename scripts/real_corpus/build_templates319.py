#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-third batch of tests/data/real/: Ghost's member-facing
UI strings (the Portal sign-up / sign-in / account pop-up, the embeddable sign-up form and the
comments widget; TryGhost/Ghost, MIT) about signing in, codes, e-mail, accounts, verification,
magic links and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates319.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates319.py assemble     # write the jsonl files

Source: Ghost's own release on npm, ghost@6.65.0 (the repository, 898 MB, is over the fetch
limit and no fork of it could be fetched), whose bundled components/tryghost-i18n-0.0.0.tgz is
the monorepo's packages/i18n: locales/{en,es,zh,zh-Hant}/{portal,signup-form,comments}.json
(and en/ghost.json, read only for the exclusion below), copied verbatim to
scripts/real_corpus/raw/ghost_ui/ (see SOURCE.md there). Licence MIT (LICENSE copied there).

Selection (mechanical, fixed before any text was read): the catalogues are keyed by the English
text (the en values are empty: the English shown is the key, or the value where it is not
empty). Every key of en/portal.json, en/signup-form.json and en/comments.json (in that order)
whose English text has at least four words (white-space separated) and matches,
case-insensitively, SELECT_RE: the round's standard words (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) and for this product also sign, code, email,
account, verify, magic link. Ghost's mails are already in the corpus (`ghost_email`, rendered
from the `ghost` namespace): a key that is also a key of en/ghost.json, or whose text in a
language appears verbatim inside a text of tests/data/real/*_ghost_email.jsonl, is skipped in
every language. The key's text is taken in every language's catalogue of the same namespace; an
empty value (Ghost falls back to English) and a translation equal to the English text are
skipped. Near-duplicates (digits and white space aside) collapse within a language, across the
three namespaces. Placeholders `{name}` and the markup `<a>…</a>`, `<button>…</button>` are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`TryGhost/Ghost:<key>`; the keys are the English texts, so a
sentence shared by two namespaces is one unit), all languages of one key on one side; held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates319.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import glob
import os
import re

from app_strings import keyword_keys, load_json, new_texts
from build_templates import item
from build_templates204 import jsonl_texts, short_id
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates319.tsv")
RAW = os.path.join(HERE, "raw", "ghost_ui")
GHOST_VERSION = "6.65.0"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-Hant", "zh-Hant")]
NAMESPACES = ["portal", "signup-form", "comments"]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|sign|code|email|account|verify|magic link", re.I)
GHOST_EMAIL = sorted(glob.glob(os.path.join(OUT_DIR, "*_ghost_email.jsonl")))


def load(code, ns):
    return load_json(os.path.join(RAW, code, f"{ns}.json"))


def english(ns):
    """key -> the English text shown (the value where it is not empty, else the key)."""
    return {k: (v if isinstance(v, str) and v.strip() else k) for k, v in load("en", ns).items()}


def ghost_ui_items():
    mail_keys = set(load("en", "ghost"))
    mails = jsonl_texts(GHOST_EMAIL)
    selected = {ns: [k for k in keyword_keys(english(ns), SELECT_RE) if k not in mail_keys]
                for ns in NAMESPACES}
    skipped = set()
    for ns in NAMESPACES:
        en = english(ns)
        for code, _ in LANGS:
            strings = en if code == "en" else load(code, ns)
            for k in selected[ns]:
                t = strings.get(k)
                if isinstance(t, str) and t.strip() and any(t.strip() in m for m in mails):
                    skipped.add(k)
    for code, lang in LANGS:
        seen = set()
        for ns in NAMESPACES:
            en = english(ns)
            keys = [k for k in selected[ns] if k not in skipped]
            strings = en if code == "en" else load(code, ns)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen):
                yield item(f"ghostui-{code}-{ns}-{short_id(key)}", lang, text, "ghost_ui",
                           f"npm ghost@{GHOST_VERSION} (TryGhost/Ghost packages/i18n, bundled "
                           f"tryghost-i18n-0.0.0.tgz):locales/{code}/{ns}.json ({key!r}; copied to "
                           f"scripts/real_corpus/raw/ghost_ui/)",
                           f"TryGhost/Ghost:{key}", "keyword_rule_app_strings")


def items():
    yield from ghost_ui_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
