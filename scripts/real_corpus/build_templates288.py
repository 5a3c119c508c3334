#!/usr/bin/env python3
"""Rebuild the two-hundred-and-ninety-second batch of tests/data/real/: the web UI strings of
Kanidm, an identity management server (kanidm/kanidm, MPL-2.0), about passwords, passkeys, TOTP,
backup codes, credential-reset tokens, recovery, logging in and accounts, in English (the product
has no translation catalogues, so no Spanish or Chinese).

Usage:
    python3 scripts/real_corpus/build_templates288.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates288.py assemble     # write the jsonl files

Source: github.com/kanidm/kanidm at KANIDM_COMMIT (2026-08-20), every file of
server/core/templates/ (the askama HTML templates of the server's web UI: log-in, credential
update and reset, recovery, enrolment, OAuth2 consent, profile, admin pages), copied verbatim to
scripts/real_corpus/raw/kanidm/templates/ (see SOURCE.md there). The licence file read is
LICENSE.md (Mozilla Public License Version 2.0) at the same commit.

Text segments (mechanical): in each template, askama comments `/* … */`, HTML comments and the
contents of <script> and <style> are dropped; each askama block tag `(% … %)` ends a segment (it
is control flow, not shown text); the text between tags is a segment, where the inline elements
(INLINE: a, b, i, em, strong, code, span, small, kbd, u, br) do not end it and every other
element does; the `title`, `placeholder` and `aria-label` attribute values are segments of their
own. Character references are decoded, white space collapsed, askama expressions `(( … ))` kept
as written (they are the app's own placeholders). The key of a segment is `<file>#<n>`, n its
1-based place among the file's non-empty segments.

Selection (mechanical, fixed before reading texts): every segment of at least four words (white
space separated) that matches, case-insensitively, SELECT_RE: the standard app-strings rule
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus this
batch's credential, passkey, totp, token, account. Near-duplicates (digits and white space aside)
collapse across the product (first in file order keeps it). Cut at 500 characters.

Split: the unit is the message key (`kanidm/kanidm:server/core/templates/<file>#<n>`); held out
when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates288.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re
from html.parser import HTMLParser

from app_strings import norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates288.tsv")
RAW = os.path.join(HERE, "raw", "kanidm", "templates")
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


def kanidm_items():
    seen = set()
    for rel in sorted(template_files()):
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            segments = template_segments(f.read())
        for n, text in enumerate(segments, 1):
            if len(text.split()) < 4 or not SELECT_RE.search(text):
                continue
            d = norm(text)
            if d in seen:
                continue
            seen.add(d)
            key = f"{rel}#{n}"
            slug = re.sub(r"[^A-Za-z0-9]+", "_", rel[: -len(".html")])
            yield item(f"kanidm-en-{slug}-{n}", "en", text, "kanidm_app",
                       f"github.com/kanidm/kanidm@{KANIDM_COMMIT[:12]}:server/core/templates/"
                       f"{rel} (segment {n}; copied to scripts/real_corpus/raw/kanidm/)",
                       f"kanidm/kanidm:server/core/templates/{key}", "keyword_rule_app_strings")


def items():
    yield from kanidm_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
