#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-eighth batch of tests/data/real/: the in-app messages of the
Ente Photos mobile app (ente-io/ente, AGPL-3.0) about passwords, recovery keys, passkeys,
two-factor and e-mail verification, PINs, backups, restoring and logging in, in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates184.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates184.py assemble     # write the jsonl files

Source: github.com/ente-io/ente at ENTE_COMMIT (2026-07-01), mobile/apps/photos/lib/l10n/
intl_en.arb, intl_es.arb, intl_zh_CN.arb (zh-Hans: the locale the app enables; intl_zh.arb, the
bare `zh` fallback, is an older copy and not taken), intl_zh_TW.arb, copied verbatim to
scripts/real_corpus/raw/ente_photos/ (see SOURCE.md there). Licence AGPL-3.0 (copyleft).

Selection (mechanical): every key of intl_en.arb (the `@` metadata keys aside) whose English
text has at least four words (white-space separated) and matches, case-insensitively, the
regular expression SELECT_RE (the app-string keyword rule of app_strings.SELECT_RE: seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor; plus recovery key,
passkey, email verification). A key whose English text occurs verbatim in the Ente texts already
in the corpus (PRIOR_FILES: ente_auth_notice and ente_mail, the eighty-fourth batch) is left out
in every language; a translation occurring verbatim there is skipped too. The key's text is taken
in every language file that holds it; a translation equal to the English text (untranslated) is
skipped. Near-duplicates (digits and white space aside) collapse within the product and
language. Placeholders `{name}` and ICU plural/select forms are kept as written (they are the
app's own). Cut at 500 characters.

Split: the unit is the message key (`ente-io/ente:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates184.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as BASE_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates184.tsv")
RAW = os.path.join(HERE, "raw", "ente_photos")
ENTE_COMMIT = "a621d733154a834f23754e7e874de769be532d9d"
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|recovery key|passkey|two-factor|email verification",
                       re.I)
PRIOR_FILES = ["dev_ente_auth_notice.jsonl", "heldout_ente_auth_notice.jsonl",
               "dev_ente_mail.jsonl", "heldout_ente_mail.jsonl"]


def load(code):
    with open(os.path.join(RAW, f"intl_{code}.arb"), encoding="utf-8") as f:
        return {k: v for k, v in json.load(f).items() if not k.startswith("@")}


def prior_texts():
    texts = set()
    for name in PRIOR_FILES:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                texts.add(json.loads(line)["text"].strip())
    return texts


def ente_items():
    prior = prior_texts()
    en = load("en")
    keys = [k for k in keyword_keys(en, SELECT_RE) if en[k].strip() not in prior]
    for code, lang in LANGS:
        strings = {k: v for k, v in load(code).items()
                   if not (isinstance(v, str) and v.strip() in prior)}
        for key, text in new_texts(strings, keys, None if code == "en" else en):
            yield item(f"ente-photos-{code}-{key}", lang, text, "ente_photos_app",
                       f"github.com/ente-io/ente@{ENTE_COMMIT[:12]}:mobile/apps/photos/lib/l10n/"
                       f"intl_{code}.arb ({key}; copied to scripts/real_corpus/raw/ente_photos/)",
                       f"ente-io/ente:{key}", "keyword_rule_app_strings")


def items():
    yield from ente_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
