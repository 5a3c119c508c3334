#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-fifth batch of tests/data/real/: the web client strings of
PeerTube (Chocobozzz/PeerTube, AGPL-3.0), the federated video platform, about passwords,
log-in, two-factor authentication, tokens, accounts, backups and recovery, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates181.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates181.py assemble     # write the jsonl files

Source: github.com/Chocobozzz/PeerTube at PT_COMMIT (Chocobozzz, "Update translations",
2024-09-19; PeerTube 6.3.0), read from the fork mediafish-agency/peertube (the upstream
repository is over the fetch limit; the fork holds this upstream commit unchanged), the Angular
i18n catalogues client/src/locale/angular.es-ES.xlf, angular.zh-Hans-CN.xlf and
angular.zh-Hant-TW.xlf, copied verbatim to scripts/real_corpus/raw/peertube_client/ (see
SOURCE.md there). English is the <source> of each unit (the same in the three files), the
translations are the <target>. Licence AGPL-3.0 (LICENSE at the same commit): copyleft, raw/ and
the jsonl files stay out of the crate package.

Text of a <source>/<target>: an interpolation placeholder <x id="INTERPOLATION…"/> or
<x id="PH…"/> becomes its equiv-text when that is an Angular template expression `{{ … }}` (as
written, the app's own), `${expr}` when a PH carries a bare expression (`${err.message}`, as in
the app's $localize source), else `{ID}` (`{INTERPOLATION}`, `{PH_1}`: the slot is kept, the
expression is not known); <x id="LINE_BREAK"/> becomes a new line; every other <x/> (HTML tags,
links, ICU references) is dropped; XML entities unescaped, runs of white space collapsed within
a line, empty lines dropped.

Selection (mechanical, fixed before any text was read): every <trans-unit> whose English text
has at least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
standard secret-word rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) plus, for this product, token and account. A unit whose English text is already
in the corpus's PeerTube server batch (tests/data/real/{dev,heldout}_peertube_{email,notice}.jsonl,
English lines, compared by the near-duplicate key) is skipped in every language. The unit's text
is taken in English and in the es-ES, zh-Hans-CN and zh-Hant-TW <target>; a target whose state
is "new" or "needs-translation" (not translated) and a translation equal to the English text
are skipped. Near-duplicates (digits and white space aside) collapse within a language (the
first unit in catalogue order keeps the text). Cut at 500 characters.

Split: the unit is the trans-unit id (`Chocobozzz/PeerTube:<trans-unit id>`), all languages of
one message on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split).
Labels come from scripts/real_corpus/labels/labels_templates181.tsv, assigned by an AI reader
reading each text; the scanner played no part.
"""
import html
import json
import os
import re

from app_strings import norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates181.tsv")
RAW = os.path.join(HERE, "raw", "peertube_client")
PT_REPO = "Chocobozzz/PeerTube"
PT_COMMIT = "25639d01db0311da34f2e0acca1bcf7449b7a5b8"
# (catalogue locale, id code, language); English is the <source> of the first catalogue
LANGS = [("es-ES", "es", "es"), ("zh-Hans-CN", "zhhans", "zh-Hans"),
         ("zh-Hant-TW", "zhhant", "zh-Hant")]
SELECT_RE = re.compile(r"seed|recovery|mnemonic|private key|password|passcode|\bpin\b|passphrase"
                       r"|backup|back up|restore|log ?in|sign ?in|verification code|one-time|2fa"
                       r"|two-factor|token|account", re.I)
# the earlier PeerTube batch (server catalogue), whose English texts are not taken again
EARLIER = [f"{split}_peertube_{kind}.jsonl" for kind in ("email", "notice")
           for split in ("dev", "heldout")]
UNIT_RE = re.compile(r'<trans-unit id="([^"]+)"[^>]*>(.*?)</trans-unit>', re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TARGET_RE = re.compile(r"<target(?P<attrs>(?: [^>]*)?)>(?P<body>.*?)</target>", re.S)
STATE_RE = re.compile(r'state="([^"]*)"')
X_RE = re.compile(r'<x((?:\s+[\w:-]+="[^"]*")*)\s*/>')  # equiv-text may hold a raw ">"
ATTR_RE = re.compile(r'([\w-]+)="([^"]*)"')
UNTRANSLATED = {"new", "needs-translation"}


def render(xml):
    """The shown text of a <source>/<target> body (see the module docstring)."""
    def sub(m):
        attrs = dict(ATTR_RE.findall(m.group(1)))
        xid = attrs.get("id", "")
        eq = html.unescape(attrs.get("equiv-text", ""))
        if xid.startswith(("INTERPOLATION", "PH")):
            if eq.startswith("{{") and eq.endswith("}}"):
                return eq
            if xid.startswith("PH") and eq:
                return "${" + eq + "}"
            return "{" + xid + "}"
        if xid.startswith("LINE_BREAK"):
            return "\n"
        return ""
    text = html.unescape(X_RE.sub(sub, xml))
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln).strip()


def load(locale):
    """(English {unit id: text}, translated {unit id: text}) of angular.<locale>.xlf, in
    catalogue order; a unit's target is left out when missing or not translated (state)."""
    with open(os.path.join(RAW, f"angular.{locale}.xlf"), encoding="utf-8") as f:
        data = f.read()
    en, tr = {}, {}
    for uid, body in UNIT_RE.findall(data):
        en[uid] = render(SOURCE_RE.search(body).group(1))
        m = TARGET_RE.search(body)
        if m:
            state = STATE_RE.search(m.group("attrs"))
            if state and state.group(1) in UNTRANSLATED:
                continue
            tr[uid] = render(m.group("body"))
    return en, tr


def earlier_english():
    """The near-duplicate keys of the English texts of the earlier PeerTube batch."""
    out = set()
    for name in EARLIER:
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["lang"] == "en":
                    out.add(norm(r["text"]))
    return out


def selected_keys(en):
    earlier = earlier_english()
    return [k for k, v in en.items()
            if len(v.split()) >= 4 and SELECT_RE.search(v) and norm(v) not in earlier]


def origin(locale, key, part):
    return (f"github.com/{PT_REPO}@{PT_COMMIT[:12]}:client/src/locale/angular.{locale}.xlf "
            f"({key} {part}; copied to scripts/real_corpus/raw/peertube_client/)")


def pt_items():
    catalogues = {locale: load(locale) for locale, _, _ in LANGS}
    en = catalogues[LANGS[0][0]][0]
    for locale, _, _ in LANGS[1:]:
        assert catalogues[locale][0] == en, locale
    keys = selected_keys(en)
    plan = [(LANGS[0][0], "en", "en", en, None)] + [
        (locale, code, lang, catalogues[locale][1], en) for locale, code, lang in LANGS]
    for locale, code, lang, strings, english in plan:
        seen = set()
        for key in keys:
            text = strings.get(key)
            if not text:
                continue
            if english is not None and text.strip() == english[key].strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            yield item(f"ptc-{code}-{key}", lang, text, "peertube_client",
                       origin(locale, key, "<source>" if english is None else "<target>"),
                       f"{PT_REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from pt_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
