#!/usr/bin/env python3
"""Rebuild the hundred-and-sixty-ninth batch of tests/data/real/: the web UI strings of Gitea
(go-gitea/gitea, MIT) about passwords, two-factor codes, scratch (recovery) codes, security keys
(WebAuthn), access tokens, credentials, sign-in and account recovery, in English, Spanish,
zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates165.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates165.py assemble     # write the jsonl files

Source: github.com/go-gitea/gitea at GITEA_COMMIT, the release tag v1.25.4 (2026-01-21),
options/locale/locale_en-US.ini, locale_es-ES.ini, locale_zh-CN.ini, locale_zh-TW.ini, copied
verbatim to scripts/real_corpus/raw/gitea/ (see SOURCE.md there). go-gitea/gitea itself is over
the fetch size limit; the commit was read from the stored snapshot of the fork
AlexMikhalev/gitea, which carries upstream's history and tags unchanged (the tag commit is
upstream's own object; the fork's changes sit on top of its main branch and are not used).

Catalogue reading (as Gitea's setting.NewConfigProviderForLocale with go-ini reads it:
IgnoreInlineComment, UnescapeValueCommentSymbols, IgnoreContinuation): a line is stripped;
empty lines and lines starting with `;` or `#` are skipped; `[name]` opens a section; otherwise
the key is the text before the first `=` or `:` and the value the rest, stripped. A value in
backticks (or triple double quotes) is the text between them; otherwise a value surrounded by
exactly two double (or single) quotes loses them, else `\\;` and `\\#` become `;` and `#`. The
message key is `section.key` (the key alone before any section); a repeated key keeps its first
position and its last value.

Selection (mechanical): every key of locale_en-US.ini whose English text has at least four words
(white-space separated) and matches, case-insensitively, the regular expression SELECT_RE: the
standard secret-word rule of app_strings.SELECT_RE (seed, recovery, mnemonic, private key,
password, passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
verification code, one-time, 2FA, two-factor) together with two-factor, WebAuthn, security key,
scratch, access token and credential. The key's text is taken in every language file that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within the product and language. Placeholders (`%s`, `%[1]s`,
`%d`) and inline HTML (`<a href="%s">…</a>`, `<strong>`) are kept as written (they are the app's
own). Cut at 500 characters.

Split: the unit is the message key (`go-gitea/gitea:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates165.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as STANDARD_RE
from app_strings import catalogue_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates165.tsv")
RAW = os.path.join(HERE, "raw", "gitea")
GITEA_COMMIT = "369830bada2fd8826a5135cb2fc66660a9bef708"  # tag v1.25.4, 2026-01-21
LANGS = [("en-US", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|two-factor|webauthn|security key|scratch"
                       r"|access token|credential", re.I)


def ini_value(raw):
    """The value of one go-ini `key = value` line's right-hand side (see the docstring)."""
    v = raw.strip()
    if not v:
        return ""
    for q in ('"""', "`"):
        if v.startswith(q) and (q == "`" or len(v) > 3):
            end = v.rfind(q, len(q))
            assert end >= len(q), f"multi-line value: {raw!r}"
            return v[len(q):end]
    for q in "'\"":
        if len(v) >= 2 and v[0] == q and v[-1] == q and v.count(q) == 2:
            return v[1:-1]
    return v.replace("\\;", ";").replace("\\#", "#")


def load_ini(code):
    """`section.key` -> value of raw/gitea/locale_<code>.ini, in file order."""
    out, section = {}, ""
    with open(os.path.join(RAW, f"locale_{code}.ini"), encoding="utf-8") as f:
        for line in f.read().splitlines():
            s = line.strip()
            if not s or s[0] in ";#":
                continue
            if s.startswith("[") and s.endswith("]"):
                section = s[1:-1].strip()
                continue
            m = re.search(r"[=:]", s)
            assert m and m.start() > 0, f"locale_{code}.ini: no key in {line!r}"
            key = s[:m.start()].strip()
            out[f"{section}.{key}" if section else key] = ini_value(s[m.end():])
    return out


def gitea_items():
    for code, lang, key, text in catalogue_texts(load_ini, LANGS, SELECT_RE, en_code="en-US"):
        yield item(f"gitea-{code}-{key}", lang, text, "gitea_ui",
                   f"github.com/go-gitea/gitea@{GITEA_COMMIT[:12]}:options/locale/locale_{code}.ini "
                   f"({key}; copied to scripts/real_corpus/raw/gitea/)",
                   f"go-gitea/gitea:{key}", "keyword_rule_app_strings")


def items():
    yield from gitea_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
