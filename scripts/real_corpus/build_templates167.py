#!/usr/bin/env python3
"""Rebuild the hundred-and-seventy-first batch of tests/data/real/: the strings of ZITADEL's hosted
login pages (the built-in login of zitadel/zitadel, Apache-2.0 at the commit used, and the new
TypeScript login app of zitadel/typescript, MIT) about passwords, one-time codes, second factors,
passwordless and logging in, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates167.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates167.py assemble     # write the jsonl files

Sources (copied verbatim to scripts/real_corpus/raw/zitadel_login/, see SOURCE.md there):
* the built-in login (v1): github.com/zitadel/zitadel at LOGIN_COMMIT (2025-04-02, the last commit
  before the licence became AGPL-3.0; LICENSE there: Apache-2.0), read from the faithful fork
  github.com/josephGuo/zitadel (upstream is over the fetch size limit):
  internal/api/ui/login/static/i18n/{en,es,zh}.yaml;
* the new login app (v2): github.com/zitadel/typescript at TS_COMMIT (2025-08-14; LICENSE there:
  MIT): locales/{en,es,zh}.json.
Neither has a zh-TW catalogue at these commits.

Selection (mechanical, fixed before any text was read): every key of the English catalogue
(nested keys joined with dots) whose English text has at least four words (white-space
separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language file that holds it; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within a language over both catalogue
sets (the v1 login first, each in catalogue order). An English text equal to a text of ZITADEL's
notification bundles already in the corpus (raw/zitadel/*.tsv, zitadel_notifications) would be
skipped; those bundles hold no English, so none is. Placeholders ({{.OrgName}}, {minLength}, …)
are kept as written. Cut at 500 characters.

Split: the unit is the message key (`zitadel/zitadel:<key>` for v1, `zitadel/typescript:<key>`
for v2), all languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates167.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import glob
import os

import yaml

from app_strings import SELECT_RE, flatten, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates167.tsv")
RAW = os.path.join(HERE, "raw", "zitadel_login")
NOTIFICATIONS = os.path.join(HERE, "raw", "zitadel")
LOGIN_COMMIT = "d14a23ae7e5ea5b65a54deb403a2c7e31fb7fac9"
TS_COMMIT = "9a71067c7dab00ad89c731e9a114db275189cb7a"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]


def load_login(code):
    with open(os.path.join(RAW, f"login_{code}.yaml"), encoding="utf-8") as f:
        return dict(flatten(yaml.safe_load(f)))


def load_ts(code):
    return load_json(os.path.join(RAW, f"typescript_{code}.json"), flat=True)


# (id prefix, loader, repository, commit, path pattern)
CATALOGUES = [
    ("ztl", load_login, "zitadel/zitadel", LOGIN_COMMIT,
     "internal/api/ui/login/static/i18n/{code}.yaml", "login_{code}.yaml"),
    ("ztl2", load_ts, "zitadel/typescript", TS_COMMIT, "locales/{code}.json",
     "typescript_{code}.json"),
]


def notification_texts():
    """Every field of ZITADEL's notification bundles already in the corpus."""
    out = set()
    for path in sorted(glob.glob(os.path.join(NOTIFICATIONS, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                out.update(field.strip() for field in line.rstrip("\n").split("\t"))
    return out


def zitadel_login_items():
    known = notification_texts()
    seen = {lang: set() for _, lang in LANGS}
    for prefix, load, repo, commit, pattern, raw_name in CATALOGUES:
        en = load("en")
        keys = [k for k in keyword_keys(en, SELECT_RE) if en[k].strip() not in known]
        for code, lang in LANGS:
            for key, text in new_texts(load(code), keys, None if code == "en" else en,
                                       seen[lang]):
                yield item(f"{prefix}-{code}-{key}", lang, text, "zitadel_login",
                           f"github.com/{repo}@{commit[:12]}:{pattern.format(code=code)} ({key}; "
                           f"copied to scripts/real_corpus/raw/zitadel_login/"
                           f"{raw_name.format(code=code)})",
                           f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from zitadel_login_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
