#!/usr/bin/env python3
"""Rebuild the two-hundred-and-sixty-fourth batch of tests/data/real/: the in-app strings of the
Suiet wallet for Sui (suiet/suiet: browser extension and mobile app, GPL-3.0) about recovery
phrases, private keys, passwords, passcodes, backups, restoring, wallets, secrets and accounts, in
English.

Usage:
    python3 scripts/real_corpus/build_templates260.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates260.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates260.py files DIR    # files of an export to copy

Source: github.com/suiet/suiet at SUIET_COMMIT (2023-08-09, the stored head), licence GPL-3.0
(LICENSE at that commit, the GNU GPL v3 text; copyleft). Suiet has no message catalogue and no
translation: no locale or i18n file exists, and its interface text is English written inline in
the TypeScript/React source of the two apps, packages/chrome/src (the browser extension) and
packages/expo/src (the mobile app). The English catalogue is therefore read from that source, as
the Ambire batch (build_templates254.py) read its `t(…)` literals; there is no Spanish or Chinese
text to take.

Messages (mechanical, fixed before any text was read): every .ts/.tsx/.js/.jsx file under
packages/chrome/src and packages/expo/src at the commit, tests (`__tests__/`, `.test.`,
`.spec.`) and declaration files (`.d.ts`) left out, is read in bytewise path order by scan():
  * string literals ('…', "…", or `…` without `${…}`), in source order. A quote opens a literal
    only at a code position: its previous non-blank character is not a letter, digit, `_`, `$`,
    `>`, `)`, `]`, `}` or `.` unless the previous word is a keyword (return, case, typeof, in, of,
    throw, await, yield, else, from, import, export, default); so the apostrophe of JSX text
    ("Don't") opens nothing. Literals that are arguments of `console.<name>(…)` (developer logs,
    never shown) are left out. A literal's text is its value (app_strings.js_string).
  * JSX text (.tsx/.jsx files only): with comments and literals blanked, each run between a
    `>` that ends a JSX tag (_closes_tag: not a type argument, not `=>`) and the next `<` that
    holds a letter outside `{…}` groups and, outside those groups and HTML entities
    (`&apos;`), none of `;`, `=`, `&&`, `||`, a call `name(` or a leading `)` (which mark code,
    not text). Its text: `{' '}`-style literal groups become their value, other `{…}` groups are
    kept as written, white space runs collapse to one space (as JSX joins lines), HTML entities
    are resolved, ends stripped. (The HTML-entity exception was added after the labels were
    first committed: without it one JSX text holding `&apos;` was taken for code; the text it
    added falls in dev.)
Comments (`// …` unless the `//` follows a `:`, as in a URL; `/* … */`) are skipped.

Selection: every message whose text has at least four white-space separated words and matches,
case-insensitively, SELECT_RE: the standard keyword rule of app_strings (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log
in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus wallet, secret,
phrase, passcode, account, key, as the batch's brief asked. The same text in several places is
one message (first in path and source order gives the origin); near-duplicates (digits, white
space and case aside, app_strings.norm) collapse, the first kept. Cut at 500 characters. The
files holding at least one selected message are copied verbatim to
scripts/real_corpus/raw/suiet/<path> (see SOURCE.md there); the builder reads only those copies.

Split: the unit is the message key (`suiet/suiet:<English text>`); held out when SHA-256 of the
unit is 0 mod 3 (corpus.hashed_split). Ids are `suiet-en-<first 12 hex digits of SHA-256 of the
text>`. Labels come from scripts/real_corpus/labels/labels_templates260.tsv, assigned by an AI
reader reading each text; the scanner played no part.
"""
import hashlib
import html
import os
import re
import sys

from app_strings import SELECT_RE as STANDARD_RE, js_string, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates260.tsv")
RAW = os.path.join(HERE, "raw", "suiet")
SUIET_COMMIT = "127a7330ced4ba1512ec8f17cd45db789c6119df"
APP_DIRS = ["packages/chrome/src", "packages/expo/src"]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|wallet|secret|phrase|passcode|account|key", re.I)
KEYWORDS = {"return", "case", "typeof", "in", "of", "throw", "await", "yield", "else", "from",
            "import", "export", "default"}
NO_OPEN = set("_$>)]}.")


def source_files(base):
    """The app source files under `base` (relative paths, bytewise order)."""
    out = []
    for d in APP_DIRS:
        for dirpath, _, names in os.walk(os.path.join(base, d)):
            for n in names:
                rel = os.path.relpath(os.path.join(dirpath, n), base).replace(os.sep, "/")
                if not re.search(r"\.(tsx?|jsx?)$", n) or n.endswith(".d.ts"):
                    continue
                if "/__tests__/" in rel or ".test." in n or ".spec." in n:
                    continue
                out.append(rel)
    return sorted(out, key=lambda p: p.encode("utf-8"))


def _opens_literal(src, i):
    j = i - 1
    while j >= 0 and src[j] in " \t\r\n":
        j -= 1
    if j < 0:
        return True
    c = src[j]
    if c.isalnum() or c in NO_OPEN:
        if c.isalnum() or c in "_$":
            k = j
            while k >= 0 and (src[k].isalnum() or src[k] in "_$"):
                k -= 1
            return src[k + 1:j + 1] in KEYWORDS
        return False
    return True


def _template_end(src, i):
    """Index after the template literal opening at i, and whether it interpolates."""
    j, interp = i + 1, False
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "`":
            return j + 1, interp
        if c == "$" and src[j + 1:j + 2] == "{":
            interp, depth, j = True, 1, j + 2
            while j < len(src) and depth:
                if src[j] in "'\"":
                    q = src[j]
                    j += 1
                    while j < len(src) and src[j] != q and src[j] != "\n":
                        j += 2 if src[j] == "\\" else 1
                elif src[j] == "`":
                    j = _template_end(src, j)[0] - 1
                elif src[j] == "{":
                    depth += 1
                elif src[j] == "}":
                    depth -= 1
                j += 1
            continue
        j += 1
    return len(src), interp


def _closes_tag(code, i):
    """Whether the `>` at `code[i]` (literals and comments blanked) ends a JSX tag: walking back
    over balanced `{…}` groups reaches a `<` with only a tag name, attribute names, `=` and `/`
    between, and that `<` opens a closing tag or follows no identifier character (not a type
    argument such as `Promise<void>`)."""
    j, depth, kept = i - 1, 0, []
    while j >= 0:
        c = code[j]
        if c == "}":
            depth += 1
        elif c == "{":
            depth -= 1
            if depth < 0:
                return False
        elif depth == 0:
            if c == "<":
                break
            if c in ">;":
                return False
            kept.append(c)
        j -= 1
    if j < 0:
        return False
    inner = "".join(reversed(kept))
    if not re.fullmatch(r"\s*(/\s*)?([A-Za-z][\w.:-]*)?(\s+[\w:.-]+(\s*=\s*)?)*\s*/?\s*", inner):
        return False
    if inner.lstrip().startswith("/"):
        return True
    k = j - 1
    while k >= 0 and code[k] in " \t\r\n":
        k -= 1
    return k < 0 or not (code[k].isalnum() or code[k] in "_$")


def scan(src, jsx=True):
    """(position, text) of the messages of one source file: its string literals (not console
    arguments, not interpolated templates) and, when `jsx`, its JSX text runs, in source
    order."""
    masked = list(src)
    lits = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "/" and src[i + 1:i + 2] == "/" and (i == 0 or src[i - 1] != ":"):
            j = src.find("\n", i)
            j = n if j < 0 else j
        elif c == "/" and src[i + 1:i + 2] == "*":
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif c in "'\"" and _opens_literal(src, i):
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j += 1
            lits.append((i, src[i:j], False))
        elif c == "`" and _opens_literal(src, i):
            j, interp = _template_end(src, i)
            lits.append((i, src[i:j], interp))
        else:
            i += 1
            continue
        for k in range(i, min(j, n)):
            if masked[k] != "\n":
                masked[k] = " "
        i = j
    code = "".join(masked)
    out = []
    for p, lit, interp in lits:
        if interp or len(lit) < 2 or lit[-1] != lit[0]:
            continue
        if re.search(r"console\.\w+\(\s*$", code[:p][-200:]):
            continue
        out.append((p, js_string(lit)))
    if not jsx:
        return sorted(out)
    for m in re.finditer(r">([^<>]*)<", code):
        if not _closes_tag(code, m.start()):
            continue
        run = m.group(1)
        outside = re.sub(r"\{[^{}]*\}", "", re.sub(r"\{[^{}]*\}", "", run))
        outside = re.sub(r"&(#x[0-9a-fA-F]+|#\d+|\w+);", "", outside)
        if not re.search(r"[A-Za-z]", outside) or re.search(r";|=|&&|\|\||[\w$]\(|^\s*\)",
                                                            outside):
            continue
        start = m.start(1)
        raw = src[start:m.end(1)]

        def group(g):
            body = g.group(0)[1:-1].strip()
            if body and body[0] in "'\"`" and body[-1] == body[0]:
                return js_string(body)
            return g.group(0)
        text = re.sub(r"\{[^{}]*\}", group, raw)
        text = html.unescape(re.sub(r"\s+", " ", text)).strip()
        if text:
            out.append((start, text))
    return sorted(out)


def jsx_by_name(path):
    """Whether JSX text runs are read in a file: in .tsx and .jsx files (the name ends in `x`)."""
    return path.endswith("x")


def messages(base, files=source_files, jsx=jsx_by_name):
    """(path, text) of every message of the app source files under `base` (as `files` lists
    them), in order; JSX text runs are read in the files `jsx(path)` accepts."""
    for path in files(base):
        with open(os.path.join(base, path), encoding="utf-8") as f:
            src = f.read()
        for _, text in scan(src, jsx=jsx(path)):
            yield path, text


def selected(base, select_re=SELECT_RE, files=source_files, jsx=jsx_by_name):
    """(path, text) of the selected messages (four words or more that `select_re` matches),
    first occurrence, near-duplicates collapsed. The Safe{Wallet} (272), Argent X (283) and
    Frame (311) builders select with their own words and files (Frame with its own `jsx`)."""
    keys, seen = set(), set()
    for path, text in messages(base, files, jsx):
        if len(text.split()) < 4 or not select_re.search(text):
            continue
        if text in keys:
            continue
        keys.add(text)
        n = norm(text)
        if n in seen:
            continue
        seen.add(n)
        yield path, text


def suiet_items():
    for path, text in selected(RAW):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        yield item(f"suiet-en-{h}", "en", text, "suiet_app",
                   f"github.com/suiet/suiet@{SUIET_COMMIT[:12]}:{path} (inline UI string; "
                   f"copied to scripts/real_corpus/raw/suiet/)",
                   f"suiet/suiet:{text}", "keyword_rule_app_strings")


def items():
    yield from suiet_items()


def main_or_files(select, items, labels, doc):
    """`python3 build_templatesNN.py files EXPORT` lists the files of a full export that hold a
    message `select` keeps, to copy into the builder's raw folder; else the corpus `main`."""
    if len(sys.argv) > 2 and sys.argv[1] == "files":
        for p in sorted({p for p, _ in select(sys.argv[2])}, key=lambda s: s.encode("utf-8")):
            print(p)
        sys.exit(0)
    main(items, labels, hashed_split, OUT_DIR, doc)


if __name__ == "__main__":
    main_or_files(selected, items, LABELS, __doc__)
