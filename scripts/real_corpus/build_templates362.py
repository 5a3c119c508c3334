#!/usr/bin/env python3
"""Rebuild the three-hundred-and-sixty-sixth batch of tests/data/real/: the in-app strings of
Jellyseerr (Fallenbagel/jellyseerr, MIT), a media request manager for Jellyfin/Emby/Plex, about
passwords, log-in and sign-in, private keys and the like, in English, Spanish, zh-Hans and
zh-Hant, limited to the strings that are Jellyseerr's own (not its upstream Overseerr's).

Usage:
    python3 scripts/real_corpus/build_templates362.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates362.py assemble     # write the jsonl files

Source: github.com/Fallenbagel/jellyseerr at JELLYSEERR_COMMIT (2025-02-27), src/i18n/locale/
en.json, es.json, zh_Hans.json, zh_Hant.json (flat react-intl catalogues), copied verbatim to
scripts/real_corpus/raw/jellyseerr/ with its LICENSE (MIT; see SOURCE.md there).

Selection (mechanical, fixed before any text was read): every key of en.json whose English text
has at least four words (white-space separated) and matches, case-insensitively,
app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor), **minus every key whose English text (ends' white space aside) is also the
English text of some key of Overseerr's en.json** (scripts/real_corpus/raw/overseerr/, sct/overseerr
46a9b244efd8, from which the overseerr_toast batch came): those strings are Overseerr's, not
Jellyseerr's. The key's text is taken in every language file that holds it; a translation equal
to the English text (untranslated) is skipped. Near-duplicates (digits and white space aside)
collapse within a language. Placeholders (`{mediaServerName}`, …) and react-intl markup are kept
as written (they are the app's own). Cut at 500 characters.

Split: the unit is the message key (`Fallenbagel/jellyseerr:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates362.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os

from app_strings import SELECT_RE, keyword_keys, load_json, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates362.tsv")
RAW = os.path.join(HERE, "raw", "jellyseerr")
OVERSEERR_EN = os.path.join(HERE, "raw", "overseerr", "src", "i18n", "locale", "en.json")
JELLYSEERR_COMMIT = "3b4d6bf5b8f3df295a4f204c56126aadd278e22f"
LANGS = [("en", "en"), ("es", "es"), ("zh_Hans", "zh-Hans"), ("zh_Hant", "zh-Hant")]


def load(code):
    return load_json(os.path.join(RAW, "src", "i18n", "locale", f"{code}.json"))


def own_keys(en):
    """The keyword keys of Jellyseerr's en.json whose English text Overseerr's en.json lacks."""
    overseerr = {v.strip() for v in load_json(OVERSEERR_EN).values() if isinstance(v, str)}
    return [k for k in keyword_keys(en, SELECT_RE) if en[k].strip() not in overseerr]


def jellyseerr_items():
    en = load("en")
    keys = own_keys(en)
    for code, lang in LANGS:
        for key, text in new_texts(load(code), keys, None if code == "en" else en):
            yield item(f"jellyseerr-{code}-{key}", lang, text, "jellyseerr_app",
                       f"github.com/Fallenbagel/jellyseerr@{JELLYSEERR_COMMIT[:12]}:"
                       f"src/i18n/locale/{code}.json ({key}; copied to "
                       f"scripts/real_corpus/raw/jellyseerr/)",
                       f"Fallenbagel/jellyseerr:{key}", "keyword_rule_app_strings")


def items():
    yield from jellyseerr_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
