#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirty-seventh batch of tests/data/real/: the user-interface
messages of Horde's base application (horde/base: login, preferences, authentication; LGPL-2)
and of its IMP webmail (horde/imp; GPL-2.0-only) about passwords, passphrases, PINs, backups,
restoring, logging in and the like, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates333.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates333.py assemble     # write the jsonl files

Sources, both read at the stored head of their default branch FRAMEWORK_6_0 (reached with
`fetch`) and copied verbatim to scripts/real_corpus/raw/horde_base_imp/ with their licence
files (see SOURCE.md there):
  * github.com/horde/base at BASE_COMMIT (2022-12-01): locale/horde.pot (the English texts are
    its msgids) and locale/{es,zh_CN,zh_TW}/LC_MESSAGES/horde.po. Licence: GNU Library General
    Public License version 2 (LICENSE at the same commit; composer.json "LGPL-2").
  * github.com/horde/imp at IMP_COMMIT (2024-01-12): locale/imp.pot and
    locale/{es,zh_CN,zh_TW}/LC_MESSAGES/imp.po. Licence: GNU General Public License version 2
    (LICENSE at the same commit; composer.json "GPL-2.0-only").

Selection (mechanical, decided before any text was read): in each template, every live entry
whose msgid (the English text) has at least four words (white-space separated) and matches,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor). The message key is the msgid, with its msgctxt in front
(`<msgctxt>::<msgid>`) when it has one. For en the msgid is the text; for es, zh_CN (zh-Hans)
and zh_TW (zh-Hant) the msgstr of the same key in that catalogue (msgstr[0] for a plural entry);
an empty or fuzzy entry, an entry missing from the catalogue, or a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse
within a language over both repositories (base first, then IMP; the first in catalogue order is
kept), so one text never sits under two split units. Placeholders (`%s`, `%d`) and markup are
kept as written (they are the product's own). Cut at 500 characters.

Split: the unit is the message key (`horde/base:<key>` or `horde/imp:<key>`), all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids
are `horde-<base|imp>-<catalogue>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates333.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, new_texts, po_catalogue
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates333.tsv")
RAW = os.path.join(HERE, "raw", "horde_base_imp")
BASE_COMMIT = "81a8a11a23a15b3383a8049e1f428a5dbf52f904"
IMP_COMMIT = "fd9212ca3b72ff834504af4886f7d95138619bd4"
# (name, repository, commit, source, file prefix under RAW, template path, catalogue path)
REPOS = [("base", "horde/base", BASE_COMMIT, "horde_base_app", "base",
          "locale/horde.pot", "locale/{code}/LC_MESSAGES/horde.po"),
         ("imp", "horde/imp", IMP_COMMIT, "horde_imp_app", "imp",
          "locale/imp.pot", "locale/{code}/LC_MESSAGES/imp.po")]
LANGS = [("en", "en"), ("es", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
MIN_WORDS = 4


def selected(raw_prefix, pot):
    """(template catalogue, selected keys) of one repository."""
    en = po_catalogue(os.path.join(RAW, f"{raw_prefix}_{pot}"))
    keys = [k for k, (msgid, _, _, _) in en.items()
            if len(msgid.split()) >= MIN_WORDS and SELECT_RE.search(msgid)]
    return en, keys


def horde_items():
    templates = {}
    for name, _, _, _, prefix, pot_path, _ in REPOS:
        templates[name] = selected(prefix, os.path.basename(pot_path))
    for code, lang in LANGS:
        seen = set()  # near-duplicates collapse per language over both repositories
        for name, repo, commit, source, prefix, pot_path, po_path in REPOS:
            en, keys = templates[name]
            english = {k: en[k][0] for k in keys}
            if code == "en":
                strings, base, path = english, None, pot_path
            else:
                cat = po_catalogue(os.path.join(RAW, f"{prefix}_{code}.po"))
                strings = {k: v[1] for k, v in cat.items() if not v[2]}
                base, path = english, po_path.format(code=code)
            for key, text in new_texts(strings, keys, base, seen):
                yield item(f"horde-{name}-{code}-{sha(key)[:10]}", lang, text, source,
                           f"github.com/{repo}@{commit[:12]}:{path} (msgid at {en[key][3]}; "
                           f"copied to scripts/real_corpus/raw/horde_base_imp/)",
                           f"{repo}:{key}", "keyword_rule_app_strings")


def items():
    yield from horde_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
