#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-second batch of tests/data/real/: the in-app and e-mail
strings of Rauthy, the OpenID Connect provider (sebadob/rauthy, Apache-2.0), about passwords,
passkeys, MFA, logins, accounts, sessions, tokens, e-mail addresses, backups and recovery, in
English and zh-Hans (Rauthy has no Spanish and no zh-Hant catalogue).

Usage:
    python3 scripts/real_corpus/build_templates238.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates238.py assemble     # write the jsonl files

Source: github.com/sebadob/rauthy at RAUTHY_COMMIT (2026-06-25), copied verbatim to
scripts/real_corpus/raw/rauthy/ (see SOURCE.md there):
  * the frontend catalogues frontend/src/i18n/common/{en,zh}.ts and
    frontend/src/i18n/admin/{en,zh}.ts (TypeScript object literals; `zh` is zh-Hans);
  * the e-mail strings src/data/src/email/i18n/*.rs (the `build_en` and `build_zh_hans`
    functions; a language whose `build` maps to `build_en` has no text of its own);
  * the default e-mail templates (password_new, password_reset, email_registered_already) in
    src/data/src/rauthy_config.rs (the `en` and `zhhans` VarsTemplate of each).

Selection (mechanical, fixed before reading the texts): every key of an English catalogue
whose text has at least four words (white-space separated) and matches, case-insensitively,
SELECT_RE: the standard keyword rule of app_strings (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) plus the words the brief adds for an identity
provider (account, email, passkey, MFA, session, token, user). The key's text is taken in
English and zh-Hans; a translation equal to the English text (untranslated) is skipped.
Near-duplicates (digits and white space aside) collapse within the product and language
(catalogue order: common, admin, e-mail, templates). Placeholders `{{ NAME }}` and inline HTML
are kept as written (they are the app's own). A TypeScript template literal's line breaks with
their indentation become one space (as the page shows them); a `\\n` escape is a line break.
Rust strings are decoded (`\\` + line break skips the break and the next line's indentation).
Cut at 500 characters.

Keys: `common:<dotted path>`, `admin:<dotted path>`, `email:<file>.<field>`,
`template:<template>.<field>`. Split: the unit is the key (`sebadob/rauthy:<key>`), all
languages of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates238.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates238.tsv")
RAW = os.path.join(HERE, "raw", "rauthy")
RAUTHY_COMMIT = "f6223305c1b2183bb8fa9e24e3ed44045a6c26a2"
LANGS = [("en", "en"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|account|email|passkey|mfa|session|token|user",
                       re.I)
EMAIL_FILES = ["change_info_new", "change_info_old", "confirm_change", "confirm_change_html",
               "login_location", "reset_info"]
TEMPLATES = ["password_new", "password_reset", "email_registered_already"]
RUST_FN = {"en": "build_en", "zh": "build_zh_hans"}
TEMPLATE_LANG = {"en": "en", "zh": "zhhans"}


def read(*parts):
    with open(os.path.join(RAW, *parts), encoding="utf-8") as f:
        return f.read()


# --- TypeScript object literal -------------------------------------------------------------------
TS_ESC = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "`": "`", "\\": "\\", "0": "\0"}


class TsParser:
    def __init__(self, src):
        self.s = src
        self.i = src.index("{", src.index("export "))

    def ws(self):
        while True:
            m = re.compile(r"\s+|//[^\n]*|/\*.*?\*/", re.S).match(self.s, self.i)
            if not m or m.end() == self.i:
                return
            self.i = m.end()

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c in "'\"`":
            return self.string()
        raise ValueError(f"unexpected {self.s[self.i:self.i + 40]!r}")

    def obj(self):
        self.i += 1
        out = {}
        while True:
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            if self.s[self.i] in "'\"":
                key = self.string()
            else:
                m = re.compile(r"[A-Za-z_$][\w$]*").match(self.s, self.i)
                key = m.group(0)
                self.i = m.end()
            self.ws()
            assert self.s[self.i] == ":", self.s[self.i:self.i + 40]
            self.i += 1
            out[key] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def arr(self):
        self.i += 1
        out = []
        while True:
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def string(self):
        q = self.s[self.i]
        j = self.i + 1
        raw = []
        while self.s[j] != q:
            if self.s[j] == "\\":
                raw.append(self.s[j:j + 2])
                j += 2
            else:
                raw.append(self.s[j])
                j += 1
        self.i = j + 1
        raw = "".join(raw)
        if q == "`":
            assert not re.search(r"(?<!\\)\$\{", raw), raw
            raw = re.sub(r"[ \t]*\n[ \t]*", " ", raw)
        text = re.sub(r"\\(.)", lambda m: TS_ESC.get(m.group(1), m.group(1)), raw)
        return clean(text)


def clean(text):
    """One space for a run of spaces, none around a line break, ends stripped."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip()


def flat(node, prefix):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from flat(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(node, str):
        yield prefix, node


def ts_catalogue(part, code):
    """{`<part>:<dotted path>`: text} of frontend/src/i18n/<part>/<code>.ts (arrays skipped)."""
    data = TsParser(read(part, f"{code}.ts")).obj()
    return {f"{part}:{k}": v for k, v in flat(data, "")}


# --- Rust string literals ------------------------------------------------------------------------
RUST_STR = re.compile(r'r#"(.*?)"#|"((?:[^"\\]|\\.)*)"', re.S)
RUST_ESC = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


def rust_string(m):
    if m.group(1) is not None:
        return clean(m.group(1))
    s = re.sub(r"\\\n\s*", "", m.group(2))
    return clean(re.sub(r"\\(.)", lambda e: RUST_ESC.get(e.group(1), e.group(1)), s))


def rust_fields(body):
    """field -> text of `field: "…"`, `field: Some("…".into())` or `field: "…".into()` in
    `body` (a `Self { … }` or `VarsTemplate { … }` block); None and non-string fields skipped."""
    out = {}
    for m in re.finditer(r"(\w+):\s*(?:Some\(\s*)?(?=r#\"|\")", body):
        s = RUST_STR.match(body, m.end())
        out[m.group(1)] = rust_string(s)
    return out


def braced(src, start):
    """The text of the {…} block whose `{` is the first at or after `start` (string literals
    skipped)."""
    i = src.index("{", start)
    depth = 0
    j = i
    while True:
        m = RUST_STR.match(src, j)
        if m and src[j] in 'r"' and (src[j] == '"' or src.startswith('r#"', j)):
            j = m.end()
            continue
        if src[j] == "{":
            depth += 1
        elif src[j] == "}":
            depth -= 1
            if depth == 0:
                return src[i:j + 1]
        j += 1


def email_catalogue(code):
    out = {}
    for name in EMAIL_FILES:
        src = read("email", f"{name}.rs")
        start = src.index(f"fn {RUST_FN[code]}()")
        for field, text in rust_fields(braced(src, start)).items():
            out[f"email:{name}.{field}"] = text
    return out


def template_catalogue(code):
    src = read("rauthy_config.rs")
    out = {}
    for name in TEMPLATES:
        block = braced(src, src.index(f"{name}: VarsTemplatesLanguages"))
        start = block.index(f"{TEMPLATE_LANG[code]}: VarsTemplate")
        for field, text in rust_fields(braced(block, start)).items():
            out[f"template:{name}.{field}"] = text
    return out


def load(code):
    out = {}
    for part in ("common", "admin"):
        out.update(ts_catalogue(part, code))
    out.update(email_catalogue(code))
    out.update(template_catalogue(code))
    return out


def origin(code, key):
    kind, rest = key.split(":", 1)
    if kind in ("common", "admin"):
        path = f"frontend/src/i18n/{kind}/{code}.ts"
        copy = f"{kind}/{code}.ts"
    elif kind == "email":
        path = f"src/data/src/email/i18n/{rest.split('.')[0]}.rs"
        copy = f"email/{rest.split('.')[0]}.rs"
    else:
        path = "src/data/src/rauthy_config.rs"
        copy = "rauthy_config.rs"
    return (f"github.com/sebadob/rauthy@{RAUTHY_COMMIT[:12]}:{path} ({key}; copied to "
            f"scripts/real_corpus/raw/rauthy/{copy})")


def rauthy_items():
    for code, lang, key, text in catalogue_texts(load, LANGS, SELECT_RE):
        yield item(f"rauthy-{code}-{key.replace(':', '-')}", lang, text, "rauthy_app",
                   origin(code, key), f"sebadob/rauthy:{key}", "keyword_rule_app_strings")


def items():
    yield from rauthy_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
