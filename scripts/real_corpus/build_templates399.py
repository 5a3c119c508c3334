#!/usr/bin/env python3
"""Rebuild the four-hundred-and-third batch of tests/data/real/: the log-in UI's and the
authentication modules' messages of OpenAM (OpenIdentityPlatform/OpenAM, CDDL-1.1) about
passwords, PINs, one-time codes, recovery, log-in and sign-in, in English, Spanish, zh-Hans and
zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates399.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates399.py assemble     # write the jsonl files

Source: github.com/OpenIdentityPlatform/OpenAM at OPENAM_COMMIT (2026-08-06). Every Java
message bundle `amAuth*.properties` under a `src/main/resources` folder (the authentication
modules' bundles and openam-core's log-in bundles amAuth, amAuthUI, amAuthConfig,
amAuthContext, amAuthContextLocal; test resources and the openam-samples module left out), with
its `_es`, `_zh` (OpenAM's zh-Hans, in `zh_CN/` for openam-core) and `_zh_TW` variants where
the repository has them, and the XUI catalogue
openam-ui/openam-ui-ria/src/main/resources/locales/en/translation.json (English only: the
repository holds no other XUI locale), copied verbatim to scripts/real_corpus/raw/openam/ (see
SOURCE.md there). The .properties files are read as Java 9+ ResourceBundle reads them (UTF-8, else
ISO-8859-1; all are ASCII but amAuthOAuth_es.properties, which is UTF-8), `\\uXXXX` and
backslash escapes resolved, continuation lines joined; the text is kept as written otherwise
(MessageFormat placeholders `{0}` and doubled apostrophes `''` are the product's own).

Selection (mechanical, fixed before any text was read): every key of an English bundle (and of
translation.json, flattened to dotted keys) whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in every
language variant of its bundle; a translation equal to the English text (ends' white space
aside) is skipped. Near-duplicates (digits and white space aside) collapse within a language over
the whole product (bundles in name order, translation.json last; the first keeps the text). Cut
at 500 characters.

Split: the unit is the message key (`OpenIdentityPlatform/OpenAM:<bundle>:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates399.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, load_json, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates399.tsv")
RAW = os.path.join(HERE, "raw", "openam")
OPENAM_COMMIT = "958688e013a6eb9615ce2519fb160f168b510a66"
REPO = "OpenIdentityPlatform/OpenAM"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh_TW", "zh-Hant")]
XUI = "translation.json"
BASE_RE = re.compile(r"^(amAuth[A-Za-z0-9]*)\.properties$")


def _unescape(s):
    def one(m):
        g = m.group(1)
        if g[0] == "u":
            return chr(int(g[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(g, g)
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", one, s, flags=re.S)


def parse_properties(text):
    """{key: value} of a Java .properties text, in file order (a key's first value wins):
    comment lines (# or !) and blank lines skipped, continuation lines (odd number of trailing
    backslashes) joined with their leading white space dropped, key ended by the first unescaped
    '=', ':' or white space, escapes resolved."""
    out = {}
    parts = []
    for line in text.split("\n"):
        s = line.rstrip("\r").lstrip(" \t\f")
        if not parts and (not s or s[0] in "#!"):
            continue
        if (len(s) - len(s.rstrip("\\"))) % 2 == 1:
            parts.append(s[:-1])
            continue
        parts.append(s)
        full, parts = "".join(parts), []
        m = re.match(r"((?:\\.|[^=:\s\\])*)\s*[=:]?\s*", full, re.S)
        out.setdefault(_unescape(m.group(1)), _unescape(full[m.end():]))
    if parts:
        full = "".join(parts)
        m = re.match(r"((?:\\.|[^=:\s\\])*)\s*[=:]?\s*", full, re.S)
        out.setdefault(_unescape(m.group(1)), _unescape(full[m.end():]))
    return out


def load_properties(name):
    """A bundle as Java 9+ ResourceBundle reads it (JEP 226): UTF-8, else ISO-8859-1."""
    with open(os.path.join(RAW, name), "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return parse_properties(text)


def bundles():
    """The English bundle stems in raw/openam/, in name order."""
    return sorted(m.group(1) for m in map(BASE_RE.match, os.listdir(RAW)) if m)


def catalogues():
    """[(bundle, upstream file name or None per code, {code: catalogue})], bundles first, then
    the XUI catalogue (English only)."""
    out = []
    for stem in bundles():
        cats = {"en": load_properties(f"{stem}.properties")}
        for code, _ in LANGS[1:]:
            name = f"{stem}_{code}.properties"
            if os.path.exists(os.path.join(RAW, name)):
                cats[code] = load_properties(name)
        out.append((stem, cats))
    out.append(("translation", {"en": {k: v for k, v in load_json(os.path.join(RAW, XUI),
                                                                     flat=True).items()
                                        if isinstance(v, str)}}))
    return out


def upstream_paths():
    """file name here -> path in the repository, from the table of raw/openam/SOURCE.md."""
    with open(os.path.join(RAW, "SOURCE.md"), encoding="utf-8") as f:
        rows = re.findall(r"^\| (\S+) \| (\S+) \|$", f.read(), re.M)
    return dict(rows)


def origin_path(stem, code, paths):
    if stem == "translation":
        return paths[XUI]
    return paths[f"{stem}.properties" if code == "en" else f"{stem}_{code}.properties"]


def openam_items():
    cats = catalogues()
    paths = upstream_paths()
    for code, lang in LANGS:
        seen = set()
        for stem, cat in cats:
            en = cat["en"]
            if code not in cat:
                continue
            keys = [k for k, v in en.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]
            for key in keys:
                text = cat[code].get(key)
                if not isinstance(text, str) or not text.strip():
                    continue
                if code != "en" and text.strip() == en[key].strip():
                    continue
                n = norm(text)
                if n in seen:
                    continue
                seen.add(n)
                yield item(f"openam-{code}-{stem}-{key}", lang, text, "openam_app",
                           f"github.com/{REPO}@{OPENAM_COMMIT[:12]}:{origin_path(stem, code, paths)} "
                           f"({key}; copied to scripts/real_corpus/raw/openam/)",
                           f"{REPO}:{stem}:{key}", "keyword_rule_app_strings")


def items():
    yield from openam_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
