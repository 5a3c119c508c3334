#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-second batch of tests/data/real/: the user-facing strings of
Kanidm, an identity management server (kanidm/kanidm, MPL-2.0) -- its web UI, its command-line
client and its credential-reset mail -- about passwords, passkeys, TOTP, credential-reset tokens,
recovery, logging in and accounts, in English (the product has no translation catalogues, so no
Spanish or Chinese).

Usage:
    python3 scripts/real_corpus/build_templates288.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates288.py assemble     # write the jsonl files

Source: github.com/kanidm/kanidm at KANIDM_COMMIT (2026-08-20), every file of
server/core/templates/ (the askama HTML templates of the server's web UI: log-in, credential
update and reset, recovery, enrolment, OAuth2 consent, profile, admin pages), copied verbatim to
scripts/real_corpus/raw/kanidm/templates/, every file of tools/cli/src/ (the `kanidm` command-line
client) and tools/mail_sender/src/main.rs (the mail sender's message formats), copied verbatim
under scripts/real_corpus/raw/kanidm/ at their repository paths (see SOURCE.md there). The
licence file read is LICENSE.md (Mozilla Public License Version 2.0) at the same commit.

Text segments (mechanical): in each template, askama comments `/* … */`, HTML comments and the
contents of <script> and <style> are dropped; each askama block tag `(% … %)` ends a segment (it
is control flow, not shown text); the text between tags is a segment, where the inline elements
(INLINE: a, b, i, em, strong, code, span, small, kbd, u, br) do not end it and every other
element does; the `title`, `placeholder` and `aria-label` attribute values are segments of their
own. Character references are decoded, white space collapsed, askama expressions `(( … ))` kept
as written (they are the app's own placeholders). The key of a segment is `<file>#<n>`, n its
1-based place among the file's non-empty segments.

CLI strings (mechanical): in each .rs file of tools/cli/src/ (sorted paths), the first string
literal of every call of the macros println!, eprintln!, print!, eprint!, error!, warn!, info!
(what the user sees on the terminal; debug!/trace! and .expect() are not shown by default and
are left out) and of every .with_prompt("…") call, after any leading tracing fields (`?err,`,
`name = value,`). Rust escapes are decoded (\n, \t, \", \\, a line continuation); format
placeholders ({}, {:?}, {name}) are kept as written. Only literals written directly in the call
are taken. The clap help texts of tools/cli/src/opt/ are doc comments, not such calls, and are
not taken. Key: `<path>:L<line>` (line of the literal's start).

Mail (mechanical): each message of `to_email_content` in tools/mail_sender/src/main.rs is its
subject format string, a blank line, and its body raw string (ends' white space stripped),
placeholders kept as written. Key: `tools/mail_sender/src/main.rs:<message variant>`.

Selection (mechanical, fixed before reading texts): every segment of at least four words (white
space separated) that matches, case-insensitively, SELECT_RE: the standard app-strings rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus this
batch's credential, passkey, totp, token, account. Near-duplicates (digits and white space aside)
collapse across the product (first kept: templates, then CLI, then mail, each in path order).
Cut at 500 characters.

Split: the unit is the message key (`kanidm/kanidm:server/core/templates/<file>#<n>`,
`kanidm/kanidm:<path>:L<line>`, `kanidm/kanidm:tools/mail_sender/src/main.rs:<variant>`); held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates288.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
from html.parser import HTMLParser

from app_strings import keyword_new
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates288.tsv")
RAW_ROOT = os.path.join(HERE, "raw", "kanidm")
RAW = os.path.join(RAW_ROOT, "templates")
CLI = "tools/cli/src"
MAIL = "tools/mail_sender/src/main.rs"
KANIDM_COMMIT = "f72676f73006e83bd0819d75a3b1a57fe85beef6"
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|credential|passkey|totp|token|account", re.I)
INLINE = {"a", "b", "i", "em", "strong", "code", "span", "small", "kbd", "u", "br"}
ATTRS = ("title", "placeholder", "aria-label")
BREAK = "\x00"


class Segments(HTMLParser):
    """The shown text segments of one template, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.cur, self.skip = [], [], 0

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if text:
            self.out.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag == "br":
            self.cur.append(" ")
        elif tag not in INLINE:
            self.flush()
        for name, value in attrs:
            if name in ATTRS and value:
                text = re.sub(r"\s+", " ", value.replace(BREAK, " ")).strip()
                if text:
                    self.out.append(text)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
            return
        if tag not in INLINE:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        parts = data.split(BREAK)
        for i, part in enumerate(parts):
            if i:
                self.flush()
            self.cur.append(part)


def template_segments(src):
    src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
    src = re.sub(r"<!--.*?-->", " ", src, flags=re.S)
    src = re.sub(r"\(%.*?%\)", BREAK, src, flags=re.S)
    p = Segments()
    p.feed(src)
    p.close()
    p.flush()
    return p.out


def template_files():
    for dirpath, _, names in os.walk(RAW):
        for name in names:
            if name.endswith(".html"):
                yield os.path.relpath(os.path.join(dirpath, name), RAW).replace(os.sep, "/")


CLI_CALL = re.compile(r'(?:\b(?:println|eprintln|print|eprint|error|warn|info)!|\.with_prompt)'
                      r'\(\s*(?:[?%]?[\w.]+(?:\s*=\s*[^,"()]+)?\s*,\s*)*"((?:[^"\\]|\\.)*)"')
RUST_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "r": "\r", "0": "\0"}


def rust_unescape(lit):
    lit = re.sub(r"\\\n\s*", "", lit)
    return re.sub(r"\\(.)", lambda m: RUST_ESCAPES.get(m.group(1), "\\" + m.group(1)), lit)


def cli_strings():
    """(path, line, text) of every CLI_CALL literal of tools/cli/src/, in path order."""
    root = os.path.join(RAW_ROOT, CLI)
    paths = []
    for dirpath, _, names in os.walk(root):
        paths += [os.path.join(dirpath, n) for n in names if n.endswith(".rs")]
    for path in sorted(paths):
        rel = os.path.relpath(path, RAW_ROOT).replace(os.sep, "/")
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for m in CLI_CALL.finditer(src):
            yield rel, src.count("\n", 0, m.start(1)) + 1, rust_unescape(m.group(1))


MAIL_MSG = re.compile(r'OutboundMessage::(\w+)\s*\{.*?format!\("([^"]*)"[^)]*\),\s*format!\(\s*'
                      r'r#"(.*?)"#', re.S)


def mail_messages():
    """(variant, text) of each message of to_email_content: subject, blank line, body."""
    with open(os.path.join(RAW_ROOT, MAIL), encoding="utf-8") as f:
        src = f.read()
    body = src[src.index("fn to_email_content"):]
    for m in MAIL_MSG.finditer(body):
        yield m.group(1), m.group(2) + "\n\n" + m.group(3).strip()


def kanidm_items():
    seen = set()
    for rel in sorted(template_files()):
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            segments = template_segments(f.read())
        for n, text in enumerate(segments, 1):
            if not keyword_new(text, SELECT_RE, seen):
                continue
            key = f"{rel}#{n}"
            slug = re.sub(r"[^A-Za-z0-9]+", "_", rel[: -len(".html")])
            yield item(f"kanidm-en-{slug}-{n}", "en", text, "kanidm_app",
                       f"github.com/kanidm/kanidm@{KANIDM_COMMIT[:12]}:server/core/templates/"
                       f"{rel} (segment {n}; copied to scripts/real_corpus/raw/kanidm/)",
                       f"kanidm/kanidm:server/core/templates/{key}", "keyword_rule_app_strings")
    for rel, line, text in cli_strings():
        if not keyword_new(text.strip(), SELECT_RE, seen):
            continue
        slug = re.sub(r"[^A-Za-z0-9]+", "_", rel[len(CLI) + 1: -len(".rs")])
        yield item(f"kanidm-en-cli-{slug}-L{line}", "en", text, "kanidm_app",
                   f"github.com/kanidm/kanidm@{KANIDM_COMMIT[:12]}:{rel}#L{line} (copied to "
                   f"scripts/real_corpus/raw/kanidm/)",
                   f"kanidm/kanidm:{rel}:L{line}", "keyword_rule_app_strings")
    for variant, text in mail_messages():
        if not keyword_new(text, SELECT_RE, seen):
            continue
        yield item(f"kanidm-en-mail-{variant}", "en", text, "kanidm_app",
                   f"github.com/kanidm/kanidm@{KANIDM_COMMIT[:12]}:{MAIL} (to_email_content, "
                   f"{variant}; copied to scripts/real_corpus/raw/kanidm/)",
                   f"kanidm/kanidm:{MAIL}:{variant}", "keyword_rule_app_strings")


def items():
    yield from kanidm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
