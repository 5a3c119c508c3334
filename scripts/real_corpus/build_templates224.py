#!/usr/bin/env python3
"""Rebuild the two-hundred-and-twenty-eighth batch of tests/data/real/: the web-app strings,
server messages and e-mails of Kavita, the self-hosted reading server (Kareadita/Kavita,
GPL-3.0, copyleft), about passwords, PINs, log-in, recovery, e-mail confirmation, accounts,
tokens, OPDS and API keys, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates224.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates224.py assemble     # write the jsonl files

Source: github.com/Kareadita/Kavita at KAVITA_COMMIT (stored head, 2024-10-24), licence GPL-3.0
(LICENSE at the same commit), copied verbatim to scripts/real_corpus/raw/kavita/ (see SOURCE.md):
  * ui/{en,es,zh_Hans,zh_Hant}.json   = UI/Web/src/assets/langs/<code>.json (the web app, nested);
  * api/{en,es,zh_Hans,zh_Hant}.json  = API/I18N/<code>.json (the server's messages, flat);
  * email/<Name>.html                 = API/EmailTemplates/<Name>.html (the e-mail bodies the
    server sends, inside base.html; English only).

Selection (mechanical, fixed before any text was read): every key of an English catalogue (UI
keys flattened to dotted paths) whose English text has at least four words (white-space
separated) and matches, case-insensitively, SELECT_RE: the standard secret-word rule of
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus, for this product, email, account, confirm, token, OPDS, API key. The
key's text is taken in every language catalogue that holds it; a translation equal to the
English text (ends' white space aside) is skipped as untranslated. Near-duplicates (digits and
white space aside, app_strings.norm) collapse within a language over the whole product (UI
first, then API, then e-mails; the first in that order keeps the text). Transloco placeholders
and references (`{{name}}`, `{{common.password}}`, `{0}`) are kept as written. Each e-mail
template (not base.html) is one English text: its visible text, tags dropped, HTML entities
resolved, one line per non-empty line, taken when it passes the same rule. Cut at 500
characters (build_templates.item).

Split: the unit is the message key, all languages of one key on one side:
`Kareadita/Kavita:<dotted key>` for the web app, `Kareadita/Kavita:API/I18N:<key>` for the
server messages, `Kareadita/Kavita:API/EmailTemplates/<Name>` for an e-mail; held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates224.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import html
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, keyword_keys, load_json, new_texts, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates224.tsv")
RAW = os.path.join(HERE, "raw", "kavita")
KAVITA_COMMIT = "ed7e9d4a6e85c2ec04803ca86fb3d2b5ca15581a"
REPO = "Kareadita/Kavita"
SOURCE = "kavita_app"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|email|account|confirm|token|OPDS|API key", re.I)
EMAILS = ["EmailChange", "EmailConfirm", "EmailPasswordReset", "EmailTest", "SendToDevice"]


def origin(path, key):
    return (f"github.com/{REPO}@{KAVITA_COMMIT[:12]}:{path} ({key}; "
            f"copied to scripts/real_corpus/raw/kavita/)")


def email_text(path):
    """The visible text of an e-mail body template: tags dropped, entities resolved, each line
    stripped, empty lines left out."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    text = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


def items():
    seen = {lang: set() for _, lang in LANGS}
    # The web app's catalogue, then the server's messages.
    for part, repo_dir, unit_prefix, id_part in [
            ("ui", "UI/Web/src/assets/langs", f"{REPO}:", "ui"),
            ("api", "API/I18N", f"{REPO}:API/I18N:", "api")]:
        def load(code):
            return load_json(os.path.join(RAW, part, f"{code}.json"), flat=True)
        en = load("en")
        keys = keyword_keys(en, SELECT_RE)
        for code, lang in LANGS:
            strings = load(code)
            for key, text in new_texts(strings, keys, None if code == "en" else en, seen[lang]):
                yield item(f"kavita-{id_part}-{code}-{key}", lang, text, SOURCE,
                           origin(f"{repo_dir}/{code}.json", key), unit_prefix + key,
                           "keyword_rule_app_strings")
    # The e-mail bodies (English only).
    for name in EMAILS:
        text = email_text(os.path.join(RAW, "email", f"{name}.html"))
        if len(text.split()) < 4 or not SELECT_RE.search(text):
            continue
        n = norm(text)
        if n in seen["en"]:
            continue
        seen["en"].add(n)
        yield item(f"kavita-email-en-{name}", "en", text, SOURCE,
                   origin(f"API/EmailTemplates/{name}.html", "e-mail body"),
                   f"{REPO}:API/EmailTemplates/{name}", "keyword_rule_app_strings")


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
