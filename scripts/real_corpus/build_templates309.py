#!/usr/bin/env python3
"""Rebuild the three-hundred-and-thirteenth batch of tests/data/real/: the user-facing strings of
Portainer CE's web front end (portainer/portainer, zlib licence) about passwords, log-in,
credentials, registries, tokens, accounts, access and backups, in English (the product has no
Spanish or Chinese catalogue).

Usage:
    PORTAINER_GIT=<git dir> NODE_PATH=<dir with typescript> \\
    python3 scripts/real_corpus/build_templates309.py extract      # write raw/portainer/ui_strings.jsonl
    python3 scripts/real_corpus/build_templates309.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates309.py assemble     # write the jsonl files

Source: github.com/portainer/portainer at PORTAINER_COMMIT (2024-10-23), licence zlib (LICENSE at
that commit). Portainer keeps almost all of its UI text inline in its Angular templates (.html)
and React/TypeScript files under app/; its one i18next catalogue, translations/en/translation.json,
holds a dozen strings. `extract` reads every .html, .ts, .tsx, .js and .jsx file under app/ at the
commit (test, story and mock files left out: `.test.`, `.stories.`, `__mocks__/`, `setup-tests/`)
and writes every extracted text of at least four words to scripts/real_corpus/raw/portainer/
ui_strings.jsonl ({file, line, kind, text}); translations/en/translation.json is copied verbatim
beside it (see SOURCE.md there). The extraction is mechanical:
  * .html (Angular templates), read with html.parser: the text of each run between block tags
    (inline tags a, b, strong, em, i, code, span, u, small, kbd and br do not break a run; white
    space collapses; `{{ … }}` interpolations are kept as written), kind "html"; and the values of
    the display attributes HTML_ATTRS, kind "attr:<name>";
  * .ts/.tsx/.js/.jsx, read with the TypeScript parser (portainer_text.js): every string literal
    (kind "string") and the visible text of each run of JSX children (kind "jsx").
The candidates and the jsonl files are built from the committed raw files only.

Selection (mechanical): every extracted text, and every string of translation.json, with at least
four words (white-space separated) that matches, case-insensitively, SELECT_RE: the project's
keyword rule (app_strings.SELECT_RE: seed, recovery, mnemonic, private key, password, passcode,
PIN, passphrase, backup/back up, restore, log in/login, sign in/signin, verification code,
one-time, 2FA, two-factor) and the batch's extra words credential, registry, token, account,
authenticate, access. Near-duplicates (digits and white space aside) collapse; the first in file
order keeps the text. Placeholders (`{{ … }}`, `${…}`, `{name}`, `{…}`) are kept as written.
Cut at 500 characters.

Split: the unit is the message key, `portainer/portainer:<file>:<line>` (`<file>:<key>` for the
catalogue), all texts of one key on one side; held out when SHA-256 of the unit is 0 mod 3
(corpus.hashed_split). Labels come from scripts/real_corpus/labels/labels_templates309.tsv,
assigned by an AI reader reading each text; the scanner played no part.
"""
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

from app_strings import SELECT_RE as BASE_RE, load_json, norm
from build_templates import item
from corpus import git_files, git_show, hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates309.tsv")
RAW = os.path.join(HERE, "raw", "portainer")
STRINGS = os.path.join(RAW, "ui_strings.jsonl")
CATALOGUE = "translations/en/translation.json"
PORTAINER_COMMIT = "cc75167437c013a24d12f97d2e07c8468448cc35"
REPO = "portainer/portainer"
SELECT_RE = re.compile(BASE_RE.pattern + r"|credential|registry|token|account|authenticate|access",
                       re.I)
HTML_INLINE = {"a", "b", "strong", "em", "i", "code", "span", "u", "small", "kbd", "br"}
HTML_ATTRS = {"message", "placeholder", "tooltip", "label", "description", "title-text", "title",
              "table-title", "text-tip", "uib-tooltip", "explanation",
              "no-ingress-controller-label"}
SKIP_RE = re.compile(r"\.test\.|\.stories\.|(^|/)__mocks__/|(^|/)setup-tests/")


def words(text):
    return len(text.split())


class TemplateText(HTMLParser):
    """The text runs and display-attribute values of one Angular template."""

    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path, self.out, self.buf, self.start = path, [], [], None

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if re.search(r"[A-Za-z]", text):
            self.out.append({"file": self.path, "line": self.start, "kind": "html", "text": text})
        self.buf, self.start = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.buf.append(" ")
        elif tag not in HTML_INLINE:
            self.flush()
        for name, value in attrs:
            if name in HTML_ATTRS and value and value.strip():
                self.out.append({"file": self.path, "line": self.getpos()[0],
                                 "kind": f"attr:{name}", "text": re.sub(r"\s+", " ", value).strip()})

    def handle_endtag(self, tag):
        if tag not in HTML_INLINE:
            self.flush()

    def handle_data(self, data):
        if self.start is None and data.strip():
            self.start = self.getpos()[0] + data[:len(data) - len(data.lstrip())].count("\n")
        self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def extract():
    git_dir = os.environ["PORTAINER_GIT"]
    paths = [p for p in git_files(git_dir, PORTAINER_COMMIT)
             if p.startswith("app/") and p.endswith((".html", ".ts", ".tsx", ".js", ".jsx"))
             and not SKIP_RE.search(p)]
    texts = []
    code = []
    for p in paths:
        src = git_show(git_dir, PORTAINER_COMMIT, p)
        if p.endswith(".html"):
            parser = TemplateText(p)
            parser.feed(src)
            parser.close()
            texts.extend(parser.out)
        else:
            code.append([p, src])
    js = subprocess.run(["node", os.path.join(HERE, "portainer_text.js")],
                        input=json.dumps(code).encode("utf-8"), capture_output=True, check=True)
    texts.extend(json.loads(line) for line in js.stdout.decode("utf-8").splitlines())
    texts.sort(key=lambda t: (t["file"], t["line"]))
    os.makedirs(RAW, exist_ok=True)
    with open(STRINGS, "w", encoding="utf-8") as f:
        for t in texts:
            t["text"] = t["text"].strip()
            if words(t["text"]) >= 4:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(RAW, "translation.json"), "wb") as f:
        f.write(subprocess.run(["git", "--git-dir", git_dir, "show",
                                f"{PORTAINER_COMMIT}:{CATALOGUE}"],
                               check=True, capture_output=True).stdout)


def ui_texts():
    """(key, origin path#line or key, kind, text) of the catalogue, then the extracted texts."""
    for key, text in load_json(os.path.join(RAW, "translation.json"), flat=True).items():
        if isinstance(text, str):
            yield f"{CATALOGUE}:{key}", f"{CATALOGUE} ({key})", "catalogue", text
    with open(STRINGS, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            yield f"{t['file']}:{t['line']}", f"{t['file']}#L{t['line']}", t["kind"], t["text"]


def portainer_items():
    seen, count = set(), {}
    for key, where, kind, text in ui_texts():
        if words(text) < 4 or not SELECT_RE.search(text):
            continue
        n = norm(text)
        if n in seen:
            continue
        seen.add(n)
        count[key] = count.get(key, 0) + 1
        suffix = f"-{count[key]}" if count[key] > 1 else ""
        yield item(f"portainer-en-{key}{suffix}", "en", text, "portainer_app",
                   f"github.com/{REPO}@{PORTAINER_COMMIT[:12]}:{where} ({kind}; "
                   f"extracted to scripts/real_corpus/raw/portainer/)",
                   f"{REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from portainer_items()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "extract":
        extract()
    else:
        main(items, LABELS, hashed_split, OUT_DIR, __doc__)
