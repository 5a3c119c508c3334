#!/usr/bin/env python3
"""Rebuild the three-hundred-and-twenty-fourth batch of tests/data/real/: the UI strings (not the
mails) of Firefly III (firefly-iii/firefly-iii, AGPL-3.0), a self-hosted personal-finance manager,
about passwords, log-in, two-factor authentication, tokens, OAuth clients and accounts, in
English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates320.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates320.py assemble     # write the jsonl files

Source: github.com/firefly-iii/firefly-iii at FIREFLY_COMMIT (the release commit of v6.1.16,
2024-05-19; the Crowdin catalogues were removed from the repository two days later by
367bdf65e63a, so no later commit holds the translations), resources/lang/{en_US,es_ES,zh_CN,
zh_TW}/*.php except email.php (the mail strings, already in the corpus as firefly_iii_email),
copied verbatim to scripts/real_corpus/raw/firefly_iii_ui/<locale>/ (see SOURCE.md there).
Licence: AGPL-3.0 (LICENSE at the same commit).

Reading: each file is a PHP `return [ 'key' => 'text', … ];` array (nested arrays flattened
with dots, the way Laravel names them); the message key is `<file>.<key>`, e.g.
`firefly.pref_two_factor_auth`. A text is shown as the UI renders it: HTML tags dropped (`<br>`,
`</p>`, `<li>` as a space), entities decoded, white space runs collapsed to one space. Laravel's
`:name` placeholders are kept as written (they are the app's own).

Selection (mechanical, fixed before any text was read): every key of the English (en_US)
catalogues whose rendered text has at least four words (white-space separated) and matches,
case-insensitively, either
  * CORE_RE: the standard secret-word rule (seed, recovery, mnemonic, private key, password,
    passcode, PIN, passphrase, backup/back up, restore, log in/login, sign in/signin,
    verification code, one-time, 2FA, two-factor) plus token, MFA, two factor, client -- all
    such keys are taken; or
  * ACCOUNT_RE (`account`) only -- in a finance manager this word mostly names bank, expense
    and revenue accounts, and it alone matches 375 more keys (with them the rule gives 1,381 texts
    over four languages, three times the batch's ~450 cap), so only the keys whose SHA-256 of
    `sample:firefly-iii/firefly-iii:<key>` is 0 mod ACCOUNT_SAMPLE are taken (a hashed sample,
    blind to the texts).
The key's text is taken in every language's catalogue that holds it; a translation equal to the
English text (untranslated) is skipped. Near-duplicates (digits and white space aside, lower
case) collapse within a language, the first key in catalogue order (files in name order) keeping
the text. Cut at 500 characters.

Split: the unit is the message key (`firefly-iii/firefly-iii:<file>.<key>`), all languages of one
key on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come
from scripts/real_corpus/labels/labels_templates320.tsv, assigned by an AI reader reading each
text; the scanner played no part.
"""
import html
import os
import re

from app_strings import SELECT_RE, norm
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates320.tsv")
RAW = os.path.join(HERE, "raw", "firefly_iii_ui")
FIREFLY_COMMIT = "90109917df061bd356640b9cbbeec4337612519f"
REPO = "firefly-iii/firefly-iii"
LANGS = [("en_US", "en"), ("es_ES", "es"), ("zh_CN", "zh-Hans"), ("zh_TW", "zh-Hant")]
FILES = ["api", "auth", "breadcrumbs", "components", "config", "demo", "errors", "firefly",
         "form", "intro", "list", "pagination", "passwords", "rules", "validation"]
CORE_RE = re.compile(SELECT_RE.pattern + r"|token|mfa|two factor|client", re.I)
ACCOUNT_RE = re.compile(r"account", re.I)
ACCOUNT_SAMPLE = 5

# --- a reader of Laravel's PHP language arrays -----------------------------------------------
TOKEN_RE = re.compile(r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"
                          |=>|[\[\],;]|\d+""", re.S | re.X)
DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", "\\": "\\", '"': '"',
              "$": "$"}


def php_string(lit):
    """The value of a PHP string literal (single quotes: \\' and \\\\ only; double quotes: the
    usual escapes, no interpolation expected)."""
    body = lit[1:-1]
    if lit[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    assert "$" not in body.replace("\\$", ""), lit
    return re.sub(r"\\(.)", lambda m: DQ_ESCAPES.get(m.group(1), "\\" + m.group(1)), body,
                  flags=re.S)


def php_tokens(src):
    """The tokens of the `return [ … ];` statement of a language file (comments dropped)."""
    pos = src.index("return [") + len("return")
    out = []
    while True:
        m = TOKEN_RE.match(src, pos)
        assert m, src[pos:pos + 80]
        pos = m.end()
        t = m.group(0)
        if t.strip() and not t.startswith(("//", "#", "/*")):
            out.append(t)
        if t == ";":
            return out


def php_array(src):
    """{dotted key: text} of a Laravel language file, in file order."""
    toks = php_tokens(src)
    pos = 0

    def value():
        nonlocal pos
        t = toks[pos]
        pos += 1
        if t != "[":
            assert t[0] in "'\"", t
            return php_string(t)
        d, i = {}, 0
        while toks[pos] != "]":
            if toks[pos + 1] == "=>":
                k = php_string(toks[pos]) if toks[pos][0] in "'\"" else toks[pos]
                pos += 2
            else:
                k, i = str(i), i + 1
            d[k] = value()
            if toks[pos] == ",":
                pos += 1
        pos += 1
        return d

    def flat(d, prefix):
        for k, v in d.items():
            key = f"{prefix}.{k}" if prefix else k
            if isinstance(v, dict):
                yield from flat(v, key)
            else:
                yield key, v

    tree = value()
    assert toks[pos] == ";", toks[pos:]
    return dict(flat(tree, ""))


def shown(text):
    """The text as the UI shows it: tags dropped (<br>, </p>, <li> as a space), entities
    decoded, white space runs collapsed."""
    t = re.sub(r"<br\s*/?>|</p>|<li>", " ", text, flags=re.I)
    t = re.sub(r"<[^>]+>", "", t)
    return re.sub(r"\s+", " ", html.unescape(t)).strip()


def load(code):
    """{<file>.<key>: raw text} of one locale's catalogues, files in FILES order."""
    out = {}
    for name in FILES:
        with open(os.path.join(RAW, code, f"{name}.php"), encoding="utf-8") as f:
            for key, text in php_array(f.read()).items():
                out[f"{name}.{key}"] = text
    return out


def selected(key, english):
    t = shown(english)
    if len(t.split()) < 4:
        return False
    if CORE_RE.search(t):
        return True
    return bool(ACCOUNT_RE.search(t)) and \
        int(sha(f"sample:{REPO}:{key}"), 16) % ACCOUNT_SAMPLE == 0


def catalogue_items(load, en_code, langs, keys, id_prefix, source, where, repo):
    """The texts of `keys` in each of `langs` ((code, lang) pairs) of a Laravel app's catalogues
    read by `load(code)`: a translation equal to the English skipped, near-duplicates collapsed
    within a language; `where(code, name, sub)` names the file and key."""
    en = load(en_code)
    for code, lang in langs:
        strings = en if code == en_code else load(code)
        seen = set()
        for key in keys:
            raw = strings.get(key)
            if not isinstance(raw, str) or not raw.strip():
                continue
            text = shown(raw)
            if code != en_code and text == shown(en[key]):
                continue
            n = norm(text)
            if not text or n in seen:
                continue
            seen.add(n)
            name, sub = key.split(".", 1)
            yield item(f"{id_prefix}-{code}-{key}", lang, text, source, where(code, name, sub),
                       f"{repo}:{key}", "keyword_rule_app_strings")


def firefly_items():
    en = load("en_US")
    keys = [k for k, v in en.items() if selected(k, v)]
    yield from catalogue_items(
        load, "en_US", LANGS, keys, "fireflyui", "firefly_iii_ui",
        lambda code, name, sub: f"github.com/{REPO}@{FIREFLY_COMMIT[:12]}:resources/lang/{code}/"
        f"{name}.php ({sub}; copied to scripts/real_corpus/raw/firefly_iii_ui/)", REPO)


def items():
    yield from firefly_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
