#!/usr/bin/env python3
"""Rebuild the two-hundred-and-forty-sixth batch of tests/data/real/: the English strings of
osTicket, the help desk (osTicket/osTicket, GPL-2.0, copyleft), as its data files ship them:
the e-mail templates, page templates (password reset, access link, registration, e-mail 2FA),
help tips, forms, lists and install data, about passwords, log-in, access links, tokens,
accounts, tickets, e-mail and staff.

Usage:
    python3 scripts/real_corpus/build_templates242.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates242.py assemble     # write the jsonl files

Source: github.com/osTicket/osTicket at OSTICKET_COMMIT (2023-10-25, "cli: Class Not Found"),
every `include/i18n/en_US/**/*.yaml`, copied verbatim to scripts/real_corpus/raw/osticket/en_US/
(see SOURCE.md there; LICENSE.txt there is the repository's GPL-2.0). The repository carries
English only; its translations are separate language packs (not used, see SOURCE.md), so the
batch is English only.

Selection (mechanical, fixed before reading the texts): every string leaf of every en_US yaml
file (files in path order, leaves in file order, lists walked), read as shown: HTML tags dropped
(line breaks kept, a link's address written after its text), white-space runs collapsed
(html_to_text). Taken when the shown text has at least four white-space separated words and
matches, case-insensitively, SELECT_RE (the app-string keyword rule of app_strings.py plus
account, ticket, email, access link, token, staff, as the brief asked; a leading tab, which
YAML forbids and three lines of two help-tip files use, is read as eight spaces, and
organization.yaml's `address:|` as `address: |`). Placeholders
`%{name}` are kept as written (they are the product's own). Near-duplicates (digits and white
space aside, lower-cased) collapse. Cut at 500 characters.

Split: the unit is the string's file and key (`osTicket/osTicket:<file>#<key>`); held out when
SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates242.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

import yaml

from app_strings import SELECT_RE as KEYWORD_RE, flatten, keyword_new
from build_templates import html_to_text, item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates242.tsv")
RAW = os.path.join(HERE, "raw", "osticket", "en_US")
OSTICKET_COMMIT = "4689926b2d3d25754f0ddcf8d4e181a2817f6d56"
SELECT_RE = re.compile(KEYWORD_RE.pattern + r"|account|ticket|email|access link|token|staff",
                       re.I)


def yaml_files():
    """The en_US yaml files, relative to RAW, in path order."""
    out = []
    for d, _, names in os.walk(RAW):
        for n in names:
            if n.endswith(".yaml"):
                out.append(os.path.relpath(os.path.join(d, n), RAW).replace(os.sep, "/"))
    return sorted(out)


def osticket_items():
    seen = set()
    for rel in yaml_files():
        with open(os.path.join(RAW, rel), encoding="utf-8") as f:
            # Three lines of two help-tip files indent with tabs, which YAML forbids; each
            # leading tab is read as eight spaces (inside a folded block, so only the text's
            # line breaks change, and html_to_text collapses white space).
            raw = re.sub(r"(?m)^\t+", lambda m: " " * 8 * len(m.group(0)), f.read())
            # organization.yaml writes `address:|` (no space before the block indicator),
            # which osTicket's own YAML reader takes and PyYAML does not: read as `address: |`.
            raw = re.sub(r"(?m)^(\s*\w+):\|$", r"\1: |", raw)
            data = yaml.safe_load(raw)
        for key, leaf in flatten(data, "", lists=True):
            if not isinstance(leaf, str):
                continue
            text = html_to_text(leaf)
            if not keyword_new(text, SELECT_RE, seen):
                continue
            name = rel[: -len(".yaml")]
            yield item(f"osticket-en-{name}#{key}", "en", text, "osticket_app",
                       f"github.com/osTicket/osTicket@{OSTICKET_COMMIT[:12]}:include/i18n/en_US/"
                       f"{rel} ({key}; copied to scripts/real_corpus/raw/osticket/en_US/)",
                       f"osTicket/osTicket:{rel}#{key}", "keyword_rule_app_strings")


def items():
    yield from osticket_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
