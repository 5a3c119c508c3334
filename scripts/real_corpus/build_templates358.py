#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-second batch of tests/data/real/: the in-app strings of
Grocy (grocy/grocy, MIT), the self-hosted household ERP (groceries, stock, chores, recipes),
about passwords, PINs, backups, restoring and logging in, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates358.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates358.py assemble     # write the jsonl files

Source: github.com/grocy/grocy at GROCY_COMMIT (2026-08-16, the stored head), the gettext
template localization/strings.pot (English msgids) and its translations localization/es/strings.po,
localization/zh_CN/strings.po (zh-Hans) and localization/zh_TW/strings.po (zh-Hant), copied
verbatim with LICENSE.md (MIT) to scripts/real_corpus/raw/grocy/ (see SOURCE.md there). The
template carries no `#:` references, so origin names the catalogue file only.

Selection (mechanical, decided before any text was read): every live entry of strings.pot whose
msgid has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor). The message key is the msgid (`<msgctxt>::<msgid>` if it had a context). For
es, zh-Hans and zh-Hant the msgstr of the same key is taken; an empty or fuzzy entry, or a
translation equal to the English text (untranslated), is skipped. Near-duplicates (digits and
white space aside) collapse within a language. Placeholders are kept as written. Cut at 500
characters. The rule selects 1 of the 799 msgids of strings.pot (the keyword matches five msgids;
the other four are one- or two-word labels and buttons) and gives 4 texts (1 en, 1 es,
1 zh-Hans, 1 zh-Hant). The other eight templates of localization/ (225 msgids) give no text
under the same rule and are not copied. No narrowing was needed.

Split: the unit is the message key (`grocy/grocy:<key>`), all languages of one key on one side;
held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`grocy-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates358.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, po_keyword_texts
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates358.tsv")
RAW = os.path.join(HERE, "raw", "grocy")
GROCY_COMMIT = "acd061e2cde09fc5bc4e34673021039b25ab7067"
# (file under RAW, commit-qualified path in the repository, catalogue code, lang); the first row
# gives the English msgids (code "en").
CATALOGUES = [("strings.pot", f"{GROCY_COMMIT[:12]}:localization/strings.pot", "en", "en"),
              ("es.strings.po", f"{GROCY_COMMIT[:12]}:localization/es/strings.po", "es", "es"),
              ("zh_CN.strings.po", f"{GROCY_COMMIT[:12]}:localization/zh_CN/strings.po",
               "zh_CN", "zh-Hans"),
              ("zh_TW.strings.po", f"{GROCY_COMMIT[:12]}:localization/zh_TW/strings.po",
               "zh_TW", "zh-Hant")]


def grocy_items():
    for code, lang, path, key, text, _ in po_keyword_texts(RAW, CATALOGUES, SELECT_RE):
        yield item(f"grocy-{code}-{sha(key)[:10]}", lang, text, "grocy_app",
                   f"github.com/grocy/grocy@{path} (copied to scripts/real_corpus/raw/grocy/)",
                   f"grocy/grocy:{key}", "keyword_rule_app_strings")


def items():
    yield from grocy_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
