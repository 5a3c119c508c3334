#!/usr/bin/env python3
"""Rebuild the hundred-and-seventeenth batch of tests/data/real/: the in-app messages of the
KeePassium password manager for iOS (keepassium/KeePassium, GPL-3.0) about passwords, passcodes,
keys, backups, restoring, log-in and one-time codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates113.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates113.py assemble     # write the jsonl files

Source: github.com/keepassium/KeePassium at KP_COMMIT (2026-05-23, "Release: version bump to
2.5.173"), licence GPL-3.0 (LICENSE.txt at that commit). KeePassium has no English string
catalogue (its en.lproj/Localizable.strings is empty): the English text of each message is the
`value:` argument of its `NSLocalizedString("<key>", bundle:…, value: "<English>", comment:…)`
call in the Swift sources (the key itself when a call has no `value:`). The 84 Swift files holding
such calls and the Localizable.strings of the three targets (KeePassiumLib, KeePassium,
KeePassium AutoFill) in es, zh-Hans and zh-Hant are copied verbatim to
scripts/real_corpus/raw/keepassium/ (the folder `KeePassium AutoFill` as `KeePassium_AutoFill`;
see SOURCE.md there). The .stringsdict catalogues hold only plural counts (items, bits, threads)
and no selected word; storyboard and InfoPlist .strings are not catalogues of messages and are
not used.

Selection (mechanical, decided before any text was read): every key whose English text has at
least four words (white-space separated) and matches, case-insensitively, the regular expression
SELECT_RE (seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase,
backup/back up, restore, log in/login, sign in/signin, verification code, one-time, 2FA,
two-factor). Keys are taken in the order of their first call, Swift files in sorted path order.
The key's text is taken in every language that holds it (the three targets' catalogues of a
language merged; they share no key with different texts); a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
the language, the first key keeping the text. Format placeholders (`%@`, `%d`) are kept as
written. Cut at 500 characters.

Split: the unit is the message key (`keepassium/KeePassium:<key>`), all languages of one key on
one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates113.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates113.tsv")
RAW = os.path.join(HERE, "raw", "keepassium")
KP_COMMIT = "e651df4f89b0b8550371566ca9aa55a964d2904e"
TARGETS = ["KeePassiumLib/KeePassiumLib", "KeePassium", "KeePassium_AutoFill"]
LANGS = [("en", "en"), ("es", "es"), ("zh-Hans", "zh-Hans"), ("zh-Hant", "zh-Hant")]


# --- Swift sources: the English text of each NSLocalizedString call ------------------------------
def swift_unescape(text):
    def rep(m):
        e = m.group(0)
        if e.startswith("\\u{"):
            return chr(int(e[3:-1], 16))
        return {"\\n": "\n", "\\t": "\t", '\\"': '"', "\\'": "'", "\\\\": "\\", "\\0": "\0"}.get(e, e)
    return re.sub(r"\\u\{[0-9a-fA-F]+\}|\\.", rep, text)


def swift_literal(s, i):
    """The Swift string literal starting at s[i] ('"' or '\"\"\"'), and the index after it."""
    if s.startswith('"""', i):
        j = s.index('"""', i + 3)
        lines = s[i + 3:j].split("\n")
        indent = lines[-1]
        body = [ln[len(indent):] if ln.startswith(indent) else ln.lstrip() for ln in lines[1:-1]]
        return swift_unescape(re.sub(r"\\\n", "", "\n".join(body))), j + 3
    j = i + 1
    while s[j] != '"':
        if s[j] == "\\":
            j = s.index("}", j) + 1 if s.startswith("\\u{", j) else j + 2
        else:
            j += 1
    return swift_unescape(s[i + 1:j]), j + 1


def swift_calls(src):
    """The argument text of every NSLocalizedString( … ) call in `src`."""
    for m in re.finditer(r"NSLocalizedString\(", src):
        i, depth = m.end(), 1
        while depth:
            c = src[i]
            if c == '"':
                _, i = swift_literal(src, i)
                continue
            depth += {"(": 1, ")": -1}.get(c, 0)
            i += 1
        yield src[m.end():i - 1]


def swift_key_value(args):
    """(key, English text) of one call: the `value:` literal (pieces joined by `+`), else the key."""
    key, _ = swift_literal(args, args.index('"'))
    m = re.search(r"\bvalue:\s*", args)
    if not m:
        return key, key
    j, pieces = m.end(), []
    while True:
        piece, j = swift_literal(args, j)
        pieces.append(piece)
        plus = re.match(r"\s*\+\s*\"", args[j:])
        if not plus:
            return key, "".join(pieces)
        j += plus.end() - 1


def english():
    """key -> (English text, Swift file) in order of first call, files in sorted path order."""
    paths = []
    for dirpath, _, names in os.walk(RAW):
        paths += [os.path.join(dirpath, n) for n in names if n.endswith(".swift")]
    out = {}
    for path in sorted(os.path.relpath(p, RAW) for p in paths):
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            src = f.read()
        for args in swift_calls(src):
            key, value = swift_key_value(args)
            out.setdefault(key, (value, path))
    return out


# --- Apple .strings catalogues --------------------------------------------------------------------
def parse_strings(text):
    """key -> text of an Apple .strings file (`"key" = "value";`, /* */ and // comments)."""
    out, i, n = {}, 0, len(text)

    def skip(i):
        while i < n:
            if text[i].isspace():
                i += 1
            elif text.startswith("/*", i):
                i = text.index("*/", i) + 2
            elif text.startswith("//", i):
                i = text.find("\n", i) + 1 or n
            else:
                break
        return i

    def literal(i):
        assert text[i] == '"', text[i:i + 40]
        j, buf = i + 1, []
        while text[j] != '"':
            if text[j] == "\\":
                e = text[j + 1]
                if e in "uU":
                    buf.append(chr(int(text[j + 2:j + 6], 16)))
                    j += 6
                    continue
                buf.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'"}
                           .get(e, "\\" + e))
                j += 2
            else:
                buf.append(text[j])
                j += 1
        return "".join(buf), j + 1

    while True:
        i = skip(i)
        if i >= n:
            return out
        key, i = literal(i)
        i = skip(i)
        assert text[i] == "="
        value, i = literal(skip(i + 1))
        i = skip(i)
        assert text[i] == ";"
        out[key] = value
        i += 1


def catalogue(code):
    """key -> (text, file) of one language, the three targets' catalogues merged."""
    out = {}
    for target in TARGETS:
        path = f"{target}/{code}.lproj/Localizable.strings"
        with open(os.path.join(RAW, path), encoding="utf-8") as f:
            for key, value in parse_strings(f.read()).items():
                out.setdefault(key, (value, path))
    return out


def key_id(key):
    return re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")


def keepassium_items():
    en = english()
    keys = [k for k, (v, _) in en.items() if len(v.split()) >= 4 and SELECT_RE.search(v)]
    assert len({key_id(k) for k in keys}) == len(keys)
    for code, lang in LANGS:
        strings = en if code == "en" else catalogue(code)
        seen = set()
        for key in keys:
            if key not in strings:
                continue
            text, path = strings[key]
            if not text.strip():
                continue
            if code != "en" and text.strip() == en[key][0].strip():
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            repo_path = path.replace("KeePassium_AutoFill", "KeePassium AutoFill")
            yield item(f"keepassium-{code}-{key_id(key)}", lang, text, "keepassium_app",
                       f"github.com/keepassium/KeePassium@{KP_COMMIT[:12]}:{repo_path} ({key}; "
                       f"copied to scripts/real_corpus/raw/keepassium/)",
                       f"keepassium/KeePassium:{key}", "keyword_rule_app_strings")


def items():
    yield from keepassium_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
