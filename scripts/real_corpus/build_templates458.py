#!/usr/bin/env python3
"""Rebuild the four-hundred-and-sixty-second batch of tests/data/real/: the web apps of WSO2
Identity Server (wso2/identity-apps, Apache-2.0): the sign-in pages (authentication portal:
login, multi-factor, TOTP, SMS/e-mail OTP, backup codes), the account recovery pages (recovery
portal: password reset, username recovery, self sign-up) and the My Account app (myaccount and
common i18n namespaces: change password, account recovery, MFA/TOTP, backup codes, sessions),
their texts about passwords, codes, PINs, recovery, backups and signing in, in English and
Spanish.

Usage:
    python3 scripts/real_corpus/build_templates458.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates458.py assemble     # write the jsonl files

Source: github.com/wso2/identity-apps at WSO2_COMMIT (2023-10-09, "[WSO2 Release] … prepare for
next development iteration"), an upstream commit read from the history of the fork
Elveris/identity-apps (its newest stored snapshot, 003d3fff70cd, descends from it and adds the
fork's own Turkish and copied-English commits, not used; the upstream repository is over the
fetch size limit). Files copied
verbatim to scripts/real_corpus/raw/wso2-identity-apps/ (see SOURCE.md there): the
Resources.properties and Resources_es_ES.properties of
identity-apps-core/apps/authentication-portal/.../endpoint/i18n/ and
identity-apps-core/apps/recovery-portal/.../endpoint/i18n/, and
modules/i18n/src/translations/{en-US,es-ES}/portals/{myaccount,common}.ts. That commit has no
Chinese catalogue of these apps, and the Console (console.ts) is English-only there; the
Console is left out (it is the administrators' app, 617 kB, English only at this commit).

Selection (mechanical): every key of the English catalogues (authentication portal, recovery
portal, myaccount, common, each in file order) whose text has at least four words (white-space
separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic,
private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign
in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in the
Spanish catalogue of the same file when it holds it; a translation equal to the English text
is skipped. Near-duplicates (digits and white space aside) collapse within the language (over
all four catalogues). Placeholders and HTML tags are kept as written (they are the product's
own). Cut at 500 characters. The properties files have no escapes or continuation lines: a
line is `key=value` split at the first `=`, `#` lines are comments. The .ts files are one
exported object literal of nested objects and string literals (some joined with `+`); the key
is the dotted path.

Split: the unit is the catalogue and message key (`wso2/identity-apps:<catalogue>/<key>`), both
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates458.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates458.tsv")
RAW = os.path.join(HERE, "raw", "wso2-identity-apps")
WSO2_COMMIT = "37a8207568c532c7dc2036c36493471d9cddff56"
PORTALS = ["authentication-portal", "recovery-portal"]
TS_CATALOGUES = ["myaccount", "common"]
TS_LOCALE = {"": "en-US", "_es_ES": "es-ES"}
LANGS = [("", "en"), ("_es_ES", "es")]
I18N = {"authentication-portal": "identity-apps-core/apps/authentication-portal/src/main/resources/"
                                 "org/wso2/carbon/identity/application/authentication/endpoint/i18n",
        "recovery-portal": "identity-apps-core/apps/recovery-portal/src/main/resources/"
                           "org/wso2/carbon/identity/mgt/recovery/endpoint/i18n"}
TS_DIR = "modules/i18n/src/translations"


def origin_path(key, code):
    """The repository path of the catalogue file holding `<catalogue>/<key>` in language `code`."""
    cat = key.split("/", 1)[0]
    if cat in I18N:
        return f"{I18N[cat]}/Resources{code}.properties", f"{cat}_Resources{code}.properties"
    return f"{TS_DIR}/{TS_LOCALE[code]}/portals/{cat}.ts", f"{TS_LOCALE[code]}_{cat}.ts"


def properties(path):
    """key -> value of a properties file without escapes or continuation lines."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            if not s or s.startswith("#") or s.startswith("!") or "=" not in s:
                continue
            key, value = s.split("=", 1)
            out[key.strip()] = value.strip()
    return out


TS_TOKEN = re.compile(r'\s+|//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                      r'|[A-Za-z_$][\w$]*|\d+|[{}:,+]', re.S)


def ts_tokens(path):
    """The tokens (comments and white space dropped) of the object literal of a catalogue's
    `export const <name>: <Type> = { … };`."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    pos = re.search(r"^export const \w+: \w+ = \{", src, re.M).end() - 1
    toks, depth = [], 0
    while True:
        m = TS_TOKEN.match(src, pos)
        assert m, (path, src[pos:pos + 80])
        pos, tok = m.end(), m.group()
        if tok.isspace() or tok.startswith("//") or tok.startswith("/*"):
            continue
        toks.append(tok)
        depth += {"{": 1, "}": -1}.get(tok, 0)
        if depth == 0:
            break
    assert src[pos:].strip() == ";", (path, src[pos:pos + 80])
    return toks


def ts_string(tok):
    """The value of a quoted TypeScript string literal (JSON escapes; single quotes allowed)."""
    if tok[0] == "'":
        tok = '"' + tok[1:-1].replace('\\\'', "'").replace('"', '\\"') + '"'
    return json.loads(tok)


def ts_catalogue(path):
    """dotted key -> text of a nested TypeScript catalogue object (string values, `+`
    concatenations of string literals, nested objects; a `null` value is no text), in file
    order."""
    toks, i, out = ts_tokens(path), 0, {}

    def obj(prefix):
        nonlocal i
        assert toks[i] == "{"
        i += 1
        while toks[i] != "}":
            key = toks[i]
            key = ts_string(key) if key[0] in "\"'" else key
            assert toks[i + 1] == ":", toks[i:i + 3]
            i += 2
            if toks[i] == "{":
                obj(f"{prefix}{key}.")
            elif toks[i][0] not in "\"'":
                i += 1  # a non-string value (null): no text
            else:
                parts = [ts_string(toks[i])]
                i += 1
                while toks[i] == "+":
                    parts.append(ts_string(toks[i + 1]))
                    i += 2
                out[prefix + key] = "".join(parts)
            if toks[i] == ",":
                i += 1
        i += 1

    obj("")
    assert i == len(toks)
    return out


def load(code):
    """`<catalogue>/<key>` -> text over the portals' and My Account's catalogues of one
    language."""
    out = {}
    for portal in PORTALS:
        for key, text in properties(os.path.join(RAW, f"{portal}_Resources{code}.properties")).items():
            out[f"{portal}/{key}"] = text
    for name in TS_CATALOGUES:
        for key, text in ts_catalogue(os.path.join(RAW, f"{TS_LOCALE[code]}_{name}.ts")).items():
            out[f"{name}/{key}"] = text
    return out


def wso2_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE, en_code=""):
        name = key.split("/", 1)[1]
        path, copy = origin_path(key, code)
        yield item(f"wso2is-{lang}-{key}", lang, text, "wso2_identity_apps",
                   f"github.com/wso2/identity-apps@{WSO2_COMMIT[:12]}:{path} ({name}; copied to "
                   f"scripts/real_corpus/raw/wso2-identity-apps/{copy})",
                   f"wso2/identity-apps:{key}", "keyword_rule_app_strings")


def items():
    yield from wso2_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
