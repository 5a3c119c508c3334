#!/usr/bin/env python3
"""Rebuild the hundred-and-fifty-fourth batch of tests/data/real/: the strings of authentik's web
interface (goauthentik/authentik, MIT) about passwords, recovery, PINs, passphrases, private
keys, backups, restoring, logging in, verification codes, one-time codes and two-factor
authentication, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates150.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates150.py assemble     # write the jsonl files

Source: github.com/goauthentik/authentik at AUTHENTIK_COMMIT (main of 2023-10-26, "web: bump API
Client version (#7311)", one commit after the 2023.10.0 release), reached through the unmodified
fork github.com/nababuddin/authentik (the upstream snapshot is over the fetch size limit), files
web/xliff/en.xlf, es.xlf, zh-Hans.xlf, zh-Hant.xlf (lit-localize XLIFF 1.2), copied verbatim to
scripts/real_corpus/raw/authentik_web/ (see SOURCE.md there). The LICENSE at that commit puts
everything outside website/ (CC BY-SA 4.0) and authentik/enterprise/ under MIT, client-side
JavaScript under "MIT Expat"; web/xliff/ is MIT.

Text of a <source>/<target>: its character data, each inline <x/> placeholder replaced by its
equiv-text when that is a template expression (`${err}`, kept as the app's own) and dropped when
it is an HTML tag (`<code>`, `</code>`), white-space runs collapsed to one space, stripped.

Selection (mechanical): every trans-unit of en.xlf whose English <source> has at least four
words (white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor); the standard rule
gives 202 texts, so it is not narrowed. The unit's <target> is taken in es.xlf, zh-Hans.xlf and
zh-Hant.xlf when present; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the language. Cut at 500
characters.

Split: the unit is the trans-unit id (`goauthentik/authentik:<id>`), all languages of one unit
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates150.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import os
import re
import xml.etree.ElementTree as ET

from app_strings import SELECT_RE, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates150.tsv")
RAW = os.path.join(HERE, "raw", "authentik_web")
AUTHENTIK_COMMIT = "e086da68cded3c585235ab0f8e9c1297fd1c1e6d"
LANGS = [("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]
NS = "{urn:oasis:names:tc:xliff:document:1.2}"


def shown(el):
    """The text of an XLIFF <source>/<target> (see the module docstring)."""
    parts = [el.text or ""]
    for child in el:
        eq = child.get("equiv-text", "")
        parts.append("" if eq.startswith("<") else eq)
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def load(code, tag):
    """trans-unit id -> text of its <tag> (source or target) in web/xliff/<code>.xlf."""
    out = {}
    root = ET.parse(os.path.join(RAW, f"{code}.xlf")).getroot()
    for tu in root.iter(NS + "trans-unit"):
        el = tu.find(NS + tag)
        if el is not None:
            out[tu.get("id")] = shown(el)
    return out


def authentik_items():
    en = load("en", "source")
    keys = keyword_keys(en, SELECT_RE)
    catalogues = [("en", "en", en, None)] + [(code, lang, load(code, "target"), en)
                                             for code, lang in LANGS]
    for code, lang, strings, english in catalogues:
        for key, text in new_texts(strings, keys, english):
            yield item(f"authentik-web-{code}-{key}", lang, text, "authentik_web",
                       f"github.com/goauthentik/authentik@{AUTHENTIK_COMMIT[:12]}:web/xliff/"
                       f"{code}.xlf ({key}; copied to scripts/real_corpus/raw/authentik_web/)",
                       f"goauthentik/authentik:{key}", "keyword_rule_app_strings")


def items():
    yield from authentik_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
