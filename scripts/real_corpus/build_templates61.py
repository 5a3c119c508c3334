#!/usr/bin/env python3
"""Rebuild the sixty-fifth batch of tests/data/real/ (issue 12): the messages of Roundcube
Webmail (the notices its server and web client show the user: sign-in, session, cookie, CSRF,
storage, quota, sending, SMTP, contact, import, encryption-key and folder messages), in English,
Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates61.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates61.py assemble     # write the jsonl files

Reads only the verbatim copies under scripts/real_corpus/raw/roundcube/ (its SOURCE.md names
repository, commit and path of every file).

  * roundcube_notification: roundcube/roundcubemail (GPL-3.0-or-later with exceptions for skins
    and plugins), ROUNDCUBE_COMMIT (master of 2026-08-16, 1.7-beta-307-g28b44419e; the four
    catalogues last changed at f0d63004d604, 2025-11-29). Every key of
    program/localization/en_US/messages.inc, in file order, in the languages en_US (en),
    es_ES (es), zh_CN (zh-Hans) and zh_TW (zh-Hant). Each value is read as rcube::gettext gives
    it: a PHP string literal (single-quoted: \\' and \\\\ unescaped; double-quoted: \\n, \\" and
    \\\\), its `$name` variables filled from VALUES (the vars the caller passes; one fixed table), and
    the two characters `\\n` turned into a line break (as rcube::gettext does). The few HTML tags
    some values carry (<b>, <br/>, <em>) are dropped (<br/> as a line break), the text as shown;
    lines stripped. No template branches exist (one string per key). A key missing in a
    language's catalogue (Roundcube falls back to en_US, the reader gets English) is skipped in
    that language, as is a translation equal to the English text.

Near-duplicates (digits and white space aside) collapse within the source and language. Cut at
500 characters (none is that long).

Split: the unit is the message key, `roundcube/roundcubemail:messages:<key>`; all languages of
one key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Fixed
and committed before any scanner run on these texts. Labels come from
scripts/real_corpus/labels/labels_templates61.tsv (id, category, credential_request, credentials,
borderline), assigned by an AI reader reading each text; the scanner played no part.
"""
import os
import re

from build_templates import item
from build_templates2 import is_new
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates61.tsv")
RAW = os.path.join(HERE, "raw")

ROUNDCUBE_COMMIT = "28b44419ee44c8749a85e7183325055c2cf68a4d"  # master of 2026-08-16
ROUNDCUBE_LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]

# The vars the callers pass (one fixed value per name, as the earlier batches' placeholders).
VALUES = {
    "msg": "Connection refused", "email": "alice@example.com", "key": "5F2C9A0E1B7D4C3A",
    "sec": "30", "subject": "Demo message", "date": "2026-11-27 10:00", "nr": "3",
    "size": "25 MB", "count": "20", "num": "2", "inserted": "3", "skipped": "1", "invalid": "1",
    "errors": "1", "code": "550", "from": "alice@example.com", "to": "bob@example.com",
    "limit": "25 MB", "max": "100", "min": "3", "identity": "Alice Chen (alice@example.com)",
    "expected": "application/pdf", "detected": "text/html",
}


def read(*parts):
    with open(os.path.join(RAW, *parts), encoding="utf-8") as f:
        return f.read()


ENTRY = re.compile(r"""^\$messages\['([A-Za-z0-9_]+)'\]\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*;""",
                   re.M)


def php_string(lit):
    """The value of a PHP string literal (the escapes these files use)."""
    body = lit[1:-1]
    if lit[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def parse_messages(text):
    """{key: value} in file order (a later assignment of a key wins, as in PHP)."""
    out = {}
    for m in ENTRY.finditer(text):
        out[m.group(1)] = php_string(m.group(2))
    return out


def render(value):
    """As rcube::gettext gives it (vars filled, `\\n` as a line break), HTML tags dropped."""
    text = value
    for k in sorted(VALUES, key=len, reverse=True):
        text = text.replace("$" + k, VALUES[k])
    text = text.replace("\\n", "\n")
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return "\n".join(ln.strip() for ln in text.split("\n")).strip()


def roundcube_items():
    cats = {code: parse_messages(read("roundcube", "program", "localization", code, "messages.inc"))
            for code, _ in ROUNDCUBE_LANGS}
    en = cats["en_US"]
    for code, lang in ROUNDCUBE_LANGS:
        seen = set()
        cat = cats[code]
        for key in en:
            if key not in cat:
                continue
            text = render(cat[key])
            if not text:
                continue
            if code != "en_US" and text == render(en[key]):
                continue
            if not is_new(seen, text):
                continue
            yield item(f"roundcube-{lang}-{key}", lang, text, "roundcube_notification",
                       f"github.com/roundcube/roundcubemail@{ROUNDCUBE_COMMIT[:12]}:"
                       f"program/localization/{code}/messages.inc",
                       f"roundcube/roundcubemail:messages:{key}", "all_messages_keys")


def items():
    yield from roundcube_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
