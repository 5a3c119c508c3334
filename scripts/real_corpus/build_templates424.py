#!/usr/bin/env python3
"""Rebuild the four-hundred-and-twenty-eighth batch of tests/data/real/: the in-app strings of
Enigmail, the OpenPGP add-on for Thunderbird, about passphrases, passwords, private/secret keys,
PINs, backups, restoring, logging in and verification codes, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates424.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates424.py assemble     # write the jsonl files

Source: github.com/alxbnct/enigmail (a faithful mirror of enigmail/enigmail, whose own snapshot
could not be fetched here; author of the head commit: Patrick Brunschwig, Enigmail's maintainer)
at ENIGMAIL_COMMIT (2022-05-29), licence MPL-2.0 (LICENSE at the same commit). Files
ui/locale/en-US/enigmail.properties and enigmail.dtd, lang/es-ES/, lang/zh-CN/ and lang/zh-TW/
enigmail.properties and enigmail.dtd, copied verbatim to scripts/real_corpus/raw/enigmail/ (see
SOURCE.md there).

Reading: a .properties line `key=value` (comments `#` skipped; escapes \\n, \\r, \\t, \\uXXXX,
\\\\ resolved); a .dtd `<!ENTITY name "value">` (possibly spanning lines; each line break with its
indentation becomes one space; &lt; &gt; &quot; &apos; &amp; and numeric character references
resolved, other entity references such as &brandShortName; kept as written). Keys are
`properties:<key>` and `dtd:<name>`. Placeholders (%S, %1$S) and access-key markers (&) are kept
as written.

Selection (mechanical, decided before reading texts): every key whose English text has at least
four words (white-space separated) and matches, case-insensitively, SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2fa, two-factor), the brief's rule unnarrowed (it
gives well under ~450 texts over the four languages). The key's text is taken in every language
file that holds it; a translation equal to the English text is skipped. Near-duplicates (digits
and white space aside) collapse within the product and language. Cut at 500 characters.

Split: the unit is the message key (`enigmail/enigmail:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates424.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates424.tsv")
RAW = os.path.join(HERE, "raw", "enigmail")
ENIGMAIL_COMMIT = "31a2bf888d4a0dda787ce93bfeaccf2a3242cdf2"
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
PATHS = {"en-US": "ui/locale/en-US", "es-ES": "lang/es-ES", "zh-CN": "lang/zh-CN",
         "zh-TW": "lang/zh-TW"}
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor", re.I)
PROP_ESC = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
DTD_RE = re.compile(r'<!ENTITY\s+(\S+)\s+"([^"]*)"\s*>|<!ENTITY\s+(\S+)\s+\'([^\']*)\'\s*>')
XML_ENT = {"lt": "<", "gt": ">", "quot": '"', "apos": "'", "amp": "&"}


def _prop_unescape(m):
    e = m.group(1)
    if e[0] == "u" and len(e) == 5:
        return chr(int(e[1:], 16))
    return {"n": "\n", "r": "\r", "t": "\t"}.get(e, e)


def read_properties(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("!") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            out[f"properties:{key.strip()}"] = PROP_ESC.sub(_prop_unescape, value.strip())
    return out


def _xml_ent(m):
    name = m.group(1)
    if name.startswith("#x") or name.startswith("#X"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return XML_ENT.get(name, m.group(0))


def read_dtd(path):
    with open(path, encoding="utf-8") as f:
        src = re.sub(r"<!--.*?-->", "", f.read(), flags=re.S)
    out = {}
    for m in DTD_RE.finditer(src):
        name, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = re.sub(r"\s*\n\s*", " ", value)
        out[f"dtd:{name}"] = re.sub(r"&(#?\w+);", _xml_ent, value)
    return out


def load(code):
    cat = read_properties(os.path.join(RAW, f"{code}-enigmail.properties"))
    cat.update(read_dtd(os.path.join(RAW, f"{code}-enigmail.dtd")))
    return cat


def enigmail_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code="en-US"):
        kind, name = key.split(":", 1)
        fname = f"enigmail.{kind}"
        yield item(f"enigmail-{code}-{name}", lang, text, "enigmail_app",
                   f"github.com/alxbnct/enigmail@{ENIGMAIL_COMMIT[:12]}:{PATHS[code]}/{fname} "
                   f"({name}; copied to scripts/real_corpus/raw/enigmail/)",
                   f"enigmail/enigmail:{key}", "keyword_rule_app_strings")


def items():
    yield from enigmail_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
