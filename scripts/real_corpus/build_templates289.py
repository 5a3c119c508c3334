#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-third batch of tests/data/real/: the user-facing strings of
the Sparrow Bitcoin wallet (sparrowwallet/sparrow, Apache-2.0; a desktop wallet in Java/JavaFX:
dialog titles, headers and messages, error texts, labels, buttons, prompts and help texts) about
seed/recovery phrases, keys, passwords, PINs, passphrases, backups, restoring, logging in,
wallets, keystores and xpubs, in English (the product has no other language).

Usage:
    python3 scripts/real_corpus/build_templates289.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates289.py assemble     # write the jsonl files
    python3 scripts/real_corpus/build_templates289.py files GITDIR # list the files of the
                                                                   # commit that hold a text

Source: github.com/sparrowwallet/sparrow at SPARROW_COMMIT (stored head, 2026-08-21): the Java
sources under src/main/java/ and the FXML views under src/main/resources/. The files that hold a
selected text are copied verbatim, at their repository paths, to
scripts/real_corpus/raw/sparrow/ (see SOURCE.md there, with the LICENSE of the same commit);
the builder reads only that folder. Licence Apache-2.0 (LICENSE).

Texts (mechanical, fixed before any text was read): in every .java file under src/main/java/,
every string literal ("…", or a \"\"\" text block with its common indentation removed), Java
escapes resolved; literals joined only by `+` (comments and white space aside) are one text, a
non-literal operand ends the text (so "Wallet " + name + " is …" gives two texts). A literal is
skipped when the statement it sits in (from the last ; { or } before it) calls a logger
(log.trace/debug/info/warn/error), and a text is skipped when it is an SQL statement (starts with
select/insert/update/delete/create/alter/drop followed by a space). In every .fxml file under
src/main/resources/, the values of the attributes text, promptText, title, headerText,
contentText and helpText, XML entities resolved.

Selection (mechanical): every such text of at least four words (white-space separated) matching,
case-insensitively, app_strings.SELECT_RE (seed, recovery, mnemonic, private key, password,
passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification
code, one-time, 2FA, two-factor) or EXTRA_RE (wallet, keystore, xpub, seed words, hardware
wallet). Files are read in byte order of their paths, texts in file order; near-duplicates
(digits and white space aside) collapse (the first keeps the text). Cut at 500 characters.

Split: the unit is the text's place (`sparrowwallet/sparrow:<path>:<line>`, with `.<n>` for the
n-th text (n > 1) starting on that line), one text per unit; held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates289.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import html
import os
import re
import sys

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates289.tsv")
RAW = os.path.join(HERE, "raw", "sparrow")
SPARROW_COMMIT = "e7ae9ccae55145025d4ce055064f9086f8275a1c"
EXTRA_RE = re.compile(r"wallet|keystore|xpub|seed words|hardware wallet", re.I)
LOG_RE = re.compile(r"\blog(?:ger)?\.(?:trace|debug|info|warn|error)\s*\(", re.I)
SQL_RE = re.compile(r"^\s*(?:select|insert|update|delete|create|alter|drop)\s", re.I)
FXML_ATTR_RE = re.compile(r'\b(?:text|promptText|title|headerText|contentText|helpText)="([^"]*)"')
ESC = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "s": " ", "0": "\0"}


def unescape(s):
    """Java string escapes resolved (\\uXXXX, \\n, \\t, …, else the character)."""
    def one(m):
        e = m.group(1)
        if e[0] == "u" and len(e) > 1:
            return chr(int(e.lstrip("u"), 16))
        return ESC.get(e, e)
    return re.sub(r"\\(u+[0-9a-fA-F]{4}|.)", one, s, flags=re.S)


def tokens(src):
    """(kind, value, offset) of a Java source: 'str' for a string literal or text block (value
    unescaped), 'op' for +, 'x' for any other character; comments, char literals and white space
    dropped."""
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            body = src[i + 3:j].split("\n", 1)[1]
            lines = body.split("\n")
            ind = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
            yield "str", unescape("\n".join(l[ind:].rstrip() for l in lines)), i
            i = j + 3
        elif c in "\"'":
            j = i + 1
            while src[j] != c:
                j += 2 if src[j] == "\\" else 1
            if c == '"':
                yield "str", unescape(src[i + 1:j]), i
            i = j + 1
        elif c.isspace():
            i += 1
        else:
            yield ("op" if c == "+" else "x"), c, i
            i += 1


def java_texts(src):
    """(line, text) of a Java source's texts (see the docstring)."""
    toks = list(tokens(src))
    k = 0
    while k < len(toks):
        if toks[k][0] != "str":
            k += 1
            continue
        start, parts, m = toks[k][2], [toks[k][1]], k
        while m + 2 < len(toks) and toks[m + 1][0] == "op" and toks[m + 2][0] == "str":
            parts.append(toks[m + 2][1])
            m += 2
        k = m + 1
        prev = max(src.rfind(ch, 0, start) for ch in ";{}")
        text = "".join(parts)
        if LOG_RE.search(src[prev + 1:start]) or SQL_RE.match(text):
            continue
        yield src.count("\n", 0, start) + 1, text


def fxml_texts(src):
    for m in FXML_ATTR_RE.finditer(src):
        yield src.count("\n", 0, m.start()) + 1, html.unescape(m.group(1))


def is_java(path):
    return path.startswith("src/main/java/") and path.endswith(".java")


def is_fxml(path):
    return path.startswith("src/main/resources/") and path.endswith(".fxml")


def wanted(text):
    return len(text.split()) >= 4 and (SELECT_RE.search(text) or EXTRA_RE.search(text))


def selected(paths, read):
    """(path, unit key, text) of the selected texts of `paths` (read by `read`), near-duplicates
    collapsed."""
    seen = set()
    for path in sorted(paths, key=lambda s: s.encode("utf-8")):
        if not (is_java(path) or is_fxml(path)):
            continue
        per_line = {}
        src = read(path)
        for line, text in (java_texts(src) if is_java(path) else fxml_texts(src)):
            per_line[line] = per_line.get(line, 0) + 1
            if not wanted(text):
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            key = f"{path}:{line}" + (f".{per_line[line]}" if per_line[line] > 1 else "")
            yield path, key, text


def raw_paths():
    out = []
    for d, _, names in os.walk(RAW):
        for name in names:
            p = os.path.relpath(os.path.join(d, name), RAW).replace(os.sep, "/")
            if p.endswith((".java", ".fxml")):
                out.append(p)
    return out


def read_raw(path):
    with open(os.path.join(RAW, path), encoding="utf-8") as f:
        return f.read()


def short(key):
    return re.sub(r"^src/main/(?:java|resources)/com/sparrowwallet/sparrow/", "", key)


def items():
    for path, key, text in selected(raw_paths(), read_raw):
        yield item(f"sparrow-en-{short(key)}", "en", text, "sparrow_app",
                   f"github.com/sparrowwallet/sparrow@{SPARROW_COMMIT[:12]}:{key} "
                   f"(copied to scripts/real_corpus/raw/sparrow/)",
                   f"sparrowwallet/sparrow:{key}", "keyword_rule_app_strings")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "files":
        git_dir = sys.argv[2]
        for p in sorted({p for p, _, _ in selected(
                git_files(git_dir, SPARROW_COMMIT),
                lambda p: git_show(git_dir, SPARROW_COMMIT, p))}, key=lambda s: s.encode("utf-8")):
            print(p)
        sys.exit(0)
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
