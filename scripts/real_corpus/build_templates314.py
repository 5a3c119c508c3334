#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighteenth batch of tests/data/real/: the web-UI strings and the
server and CLI messages of Gotify (gotify/server and gotify/cli, both MIT) about passwords,
log-in, tokens, clients, applications and users, in English (Gotify ships no translations).

Usage:
    python3 scripts/real_corpus/build_templates314.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates314.py assemble     # write the jsonl files

Source: github.com/gotify/server at SERVER_COMMIT (2026-07-24) and github.com/gotify/cli at
CLI_COMMIT (2025-03-03), both MIT (LICENSE at those commits). Gotify has no message catalogues:
its strings are written inline in the React UI (ui/src/**/*.ts, *.tsx) and in the Go sources.
Scanned: every .ts/.tsx file under ui/src/ except ui/src/tests/, every non-test .go file of the
server except those under test/, plugin/testing/ (test fixtures) and plugin/example/ (sample
plugins), and every non-test .go file of the CLI. The scanned files that hold at least one
selected text are copied verbatim to scripts/real_corpus/raw/gotify/{server,cli}/ under their
repository paths (see SOURCE.md there); the other scanned files hold none at these commits.

Texts of a file (in file order):
  * Go: every string literal (interpreted "..." with escapes resolved, or raw `...`; literals
    joined by `+` count as one), comments skipped; a raw literal that is a struct tag
    (`key:"value" ...` only) is skipped;
  * TypeScript: every string literal ('...', "...", and template literals `...` kept as written,
    `${...}` included), comments and regular-expression literals skipped;
  * TSX, in addition: every JSX text run, i.e. the children text between two tags, with
    `{expression}` children kept as written except `{' '}` (a space) and `{/* */}` comments
    (dropped), white-space runs collapsed to one space; JSX attribute strings ("...") count as
    string literals.
Format verbs (%s, %v) and expressions are kept as written.

Selection (mechanical): a text is taken when it has at least four words (white-space separated)
and matches, case-insensitively, SELECT_RE: the standard keyword rule (app_strings.SELECT_RE: seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, as the round
asked, by token, client, application, user, authenticate (substrings, so `user` also matches
`username`). All texts are English. Near-duplicates (digits and white space aside) collapse over
the whole product (server first, then CLI; paths sorted). Cut at 500 characters.

Split: the unit is the text's place (`gotify/server:<path>#L<line>` or
`gotify/cli:<path>#L<line>`, the line where the literal or the text run begins); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates314.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, js_unescape, keyword_new
from build_templates import item
from build_templates294 import go_literals
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates314.tsv")
RAW = os.path.join(HERE, "raw", "gotify")
SERVER_COMMIT = "d543a8aad22fcbebf25e76d201b4317882b5e148"
CLI_COMMIT = "763936a1389618b551a7773441a60cfda01988c4"
REPOS = [("server", "gotify/server", SERVER_COMMIT), ("cli", "gotify/cli", CLI_COMMIT)]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|token|client|application|user|authenticate", re.I)
SOURCE = "gotify_app"
STRUCT_TAG = re.compile(r'^\s*(\w+:"[^"]*"\s*)+$')


def scanned(repo_dir, path):
    """Whether a repository path is one of the scanned files (see the docstring)."""
    if repo_dir == "server" and path.startswith("ui/src/"):
        return path.endswith((".ts", ".tsx")) and not path.startswith("ui/src/tests/")
    if not path.endswith(".go") or path.endswith("_test.go"):
        return False
    if repo_dir == "server" and path.startswith(("test/", "plugin/testing/", "plugin/example/")):
        return False
    return True


# --- TypeScript / TSX ------------------------------------------------------------------------
# After one of these (or a keyword below) a `/` starts a regular expression and, in TSX, a `<`
# followed by a letter or `>` starts a JSX element.
EXPR_START = set("(,=:[!&|?{};+-*%~^<>")
OPERAND = re.compile(r"[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\([^()'\"`]*\))*(?![\w$(.\[])")
EXPR_KEYWORDS = {"return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void",
                 "throw", "yield", "await"}


class TsxReader:
    """A small reader of TypeScript / TSX source that yields (offset, text) of its string
    literals and JSX text runs, in order."""

    def __init__(self, src, jsx):
        self.s, self.jsx, self.out, self.elements = src, jsx, [], 0

    def prev_allows_expr(self, i):
        j = i - 1
        while j >= 0 and self.s[j].isspace():
            j -= 1
        if j < 0 or self.s[j] in EXPR_START:
            return True
        m = re.search(r"[A-Za-z_$][\w$]*$", self.s[:j + 1])
        return bool(m and m.group(0) in EXPR_KEYWORDS)

    def string(self, i):
        """(value, end offset) of the '...' or "..." literal at offset i."""
        q, j = self.s[i], i + 1
        while self.s[j] != q:
            j += 2 if self.s[j] == "\\" else 1
        return js_unescape(self.s[i + 1:j]), j + 1

    def template(self, i):
        """(value, end offset) of the `...` literal at offset i (`${...}` kept as written)."""
        j = i + 1
        while self.s[j] != "`":
            if self.s[j] == "\\":
                j += 2
            elif self.s.startswith("${", j):
                j = self.code(j + 2, "}") + 1
            else:
                j += 1
        return js_unescape(self.s[i + 1:j]), j + 1

    def literal(self, i):
        return self.template(i) if self.s[i] == "`" else self.string(i)

    def chain(self, i):
        """Reads the literal at offset i and the `+` chain after it (string literals and simple
        operands, an operand written `{operand}`) as one text; returns the end offset."""
        text, j = self.literal(i)
        while True:
            m = re.compile(r"\s*\+\s*").match(self.s, j)
            if not m:
                break
            k = m.end()
            if k < len(self.s) and self.s[k] in "'\"`":
                part, k = self.literal(k)
                text, j = text + part, k
                continue
            op = OPERAND.match(self.s, k)
            if not op:
                break
            text, j = text + "{" + op.group(0) + "}", op.end()
        self.out.append((i, text))
        return j

    def regex(self, i):
        j, cls = i + 1, False
        while cls or self.s[j] != "/":
            if self.s[j] == "\\":
                j += 1
            elif self.s[j] == "[":
                cls = True
            elif self.s[j] == "]":
                cls = False
            j += 1
        return j + 1

    def code(self, i, end):
        """Reads code from offset i up to the unmatched `end` character; returns its offset."""
        depth = 0
        while i < len(self.s):
            c = self.s[i]
            if self.s.startswith("//", i):
                i = self.s.find("\n", i)
                i = len(self.s) if i < 0 else i
            elif self.s.startswith("/*", i):
                i = self.s.index("*/", i) + 2
            elif c in "'\"`":
                i = self.chain(i)
            elif c == "/" and self.prev_allows_expr(i):
                i = self.regex(i)
            elif (c == "<" and self.jsx and self.prev_allows_expr(i)
                  and re.match(r"<[A-Za-z>]", self.s[i:i + 2])):
                i = self.element(i)
            elif c in "([{":
                depth += 1
                i += 1
            elif c in ")]}":
                if depth == 0 and c == end:
                    return i
                depth -= 1
                i += 1
            else:
                i += 1
        return i

    def element(self, i):
        """Reads the JSX element at `<` (offset i); returns the offset after it."""
        self.elements += 1
        i += 1
        if self.s[i] == ">":
            return self.children(i + 1)
        while True:  # tag name and attributes
            c = self.s[i]
            if self.s.startswith("/>", i):
                return i + 2
            if c == ">":
                return self.children(i + 1)
            if c in "'\"":
                j = self.s.index(c, i + 1)
                self.out.append((i, self.s[i + 1:j]))
                i = j + 1
            elif c == "{":
                i = self.code(i + 1, "}") + 1
            else:
                i += 1

    def children(self, i):
        """Reads JSX children from offset i to the closing tag; records each text run (a run
        ends at a tag or at a `{...}` child holding an element; a run without literal text is
        not a text)."""
        parts, start, has_text = [], None, False

        def flush():
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if text and has_text:
                self.out.append((start, text))
            parts.clear()
        while True:
            c = self.s[i]
            if c == "<":
                flush()
                start, has_text = None, False
                if self.s[i + 1] == "/":
                    return self.s.index(">", i) + 1
                i = self.element(i)
            elif c == "{":
                elements = self.elements
                j = self.code(i + 1, "}")
                inner = self.s[i + 1:j].strip()
                if self.elements != elements:
                    flush()
                    start, has_text = None, False
                elif re.fullmatch(r"""(['"]) \1""", inner):
                    parts.append(" ")
                elif not (inner.startswith("/*") and inner.endswith("*/")) and inner:
                    if start is None:
                        start = i
                    parts.append(self.s[i:j + 1])
                i = j + 1
            else:
                if not c.isspace():
                    has_text = True
                    if start is None:
                        start = i
                parts.append(c)
                i += 1


def ts_texts(src, jsx):
    """(line, text) of the string literals (and, in TSX, JSX text runs) of `src`, in order."""
    r = TsxReader(src, jsx)
    r.code(0, None)
    for pos, text in sorted(r.out, key=lambda t: t[0]):
        yield src.count("\n", 0, pos) + 1, text


# --- the product ---------------------------------------------------------------------------
def file_texts(path, src):
    if path.endswith(".go"):
        for line, text in go_literals(src):
            if not STRUCT_TAG.match(text):
                yield line, text
    else:
        yield from ts_texts(src, path.endswith(".tsx"))


def raw_files(repo_dir):
    base = os.path.join(RAW, repo_dir)
    out = []
    for root, _, names in os.walk(base):
        for n in names:
            p = os.path.relpath(os.path.join(root, n), base).replace(os.sep, "/")
            if scanned(repo_dir, p):
                out.append(p)
    return sorted(out)


def gotify_items():
    seen = set()
    for repo_dir, repo, commit in REPOS:
        for path in raw_files(repo_dir):
            with open(os.path.join(RAW, repo_dir, path), encoding="utf-8") as f:
                src = f.read()
            for line, text in file_texts(path, src):
                if not keyword_new(text, SELECT_RE, seen):
                    continue
                yield item(f"gotify-{repo_dir}-{path}-L{line}", "en", text, SOURCE,
                           f"github.com/{repo}@{commit[:12]}:{path}#L{line} (string literal or "
                           f"JSX text; copied to scripts/real_corpus/raw/gotify/{repo_dir}/)",
                           f"{repo}:{path}#L{line}", "keyword_rule_app_strings")


def items():
    yield from gotify_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
