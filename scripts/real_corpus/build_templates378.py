#!/usr/bin/env python3
"""Rebuild the three-hundred-and-eighty-second batch of tests/data/real/: the in-app messages of
Adminer, the database manager (vrana/adminer, Apache-2.0 or GPL-2.0, one or the other), about
log-in, passwords, sessions, users and privileges, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates378.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates378.py assemble     # write the jsonl files

Source: github.com/vrana/adminer at ADMINER_COMMIT (2026-08-17), reached with `fetch`:
adminer/lang/xx.inc.php (the template holding every message key; the keys are the English
texts), en.inc.php (English plural forms), es.inc.php, zh.inc.php (zh-Hans), zh-tw.inc.php
(zh-Hant), and every plugins/*.php and plugins/drivers/*.php, copied verbatim to
scripts/real_corpus/raw/adminer/ (see SOURCE.md there). The licence file `LICENSE` reads
"Apache License 2.0 or GPL 2.0"; this batch uses the texts under Apache-2.0.

Texts. A core message is the key of xx.inc.php; its English text is the en.inc.php value when
there is one, else the key itself; a translation is the value in es/zh/zh-tw.inc.php. A plural
value (a PHP array) gives its last form (the general plural). A plugin's messages are its
description (the first line of the class doc-comment, which Plugin::description() shows in
English) and the literal arguments of its `$this->lang('…')` calls; their English is the
plugin's own 'en' translation when it has one (last form of a plural), else the literal, and a
translation is the plugin's 'es' / 'zh' / 'zh-tw' entry ('' for the description). HTML tags are
dropped and entities decoded (the texts are shown as HTML); `%s` / `%d` placeholders are kept
as written.

Selection (mechanical, fixed before any text was read): every message whose English text has at
least four words (white-space separated) and matches, case-insensitively, SELECT_RE: the
round's keyword rule (seed, recovery, mnemonic, private key, password, passcode, PIN,
passphrase, backup/back up, restore, log in/login, sign in/signin, verification code, one-time,
2FA, two-factor) widened, as the brief for this product asked for the log-in, password,
permission and session strings, by session, permission, privilege, grant, revoke, user(s),
credential, CSRF, token, authenticat(e/ion). The message is taken in every language that holds
it; a translation equal to the English text (untranslated) is skipped. Near-duplicates (digits
and white space aside) collapse within a language, core messages first, then plugins in file
order. Cut at 500 characters.

Split: the unit is the message (`vrana/adminer:<key>` for a core message,
`vrana/adminer:plugins/<file>#<key>` for a plugin message, `#description` for a plugin's
description), all languages of one message on one side; held out when SHA-256 of the unit is
0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates378.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import hashlib
import html
import os
import re

from app_strings import SELECT_RE as ROUND_RE, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates378.tsv")
RAW = os.path.join(HERE, "raw", "adminer")
ADMINER_COMMIT = "0bd9ef73c795e94f839578460aeaf4cddf82b480"
REPO = "vrana/adminer"
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans"), ("zh-tw", "zh-Hant")]
SELECT_RE = re.compile(ROUND_RE.pattern + r"|session|permission|privilege|grant|revok|\busers?\b"
                       r"|credential|csrf|token|authenticat", re.I)

# PHP tokens of a translations array: comments, single-quoted strings, `=>`, punctuation, words.
TOKEN_RE = re.compile(r"\s+|//[^\n]*|#[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|=>|[(),;]|[A-Za-z_$\\:]+|.",
                      re.S)


def php_string(lit):
    """The value of a PHP single-quoted literal (\\' and \\\\ are its only escapes)."""
    return re.sub(r"\\([\\'])", r"\1", lit[1:-1])


def php_array(src, start):
    """The PHP `array(…)` starting at `src[start:]` (after white space), as a dict for `'k' =>
    v` entries, a list for bare values; values are strings or nested arrays."""
    toks = [t for t in TOKEN_RE.findall(src[start:])
            if t.strip() and not t.startswith(("//", "#", "/*"))]

    def value(i):
        if toks[i] == "array":
            assert toks[i + 1] == "(", toks[i:i + 3]
            i += 2
            keyed, items = {}, []
            while toks[i] != ")":
                v, j = value(i)
                if toks[j] == "=>":
                    v2, j = value(j + 1)
                    keyed[v] = v2
                else:
                    items.append(v)
                i = j + 1 if toks[j] == "," else j
            return (keyed if keyed else items), i + 1
        assert toks[i][0] == "'", toks[i:i + 3]
        return php_string(toks[i]), i + 1

    return value(0)[0]


def read(rel):
    with open(os.path.join(RAW, rel), encoding="utf-8") as f:
        return f.read()


def lang_file(code):
    src = read(f"lang/{code}.inc.php")
    m = re.search(r"Lang::\$translations\s*=\s*", src)
    return php_array(src, m.end())


def shown(value):
    """The text of a catalogue value: last form of a plural, tags dropped, entities decoded."""
    if isinstance(value, list):
        value = value[-1]
    if not isinstance(value, str):
        return ""
    return html.unescape(re.sub(r"<[^>]+>", "", value)).strip()


def selected(text):
    return len(text.split()) >= 4 and bool(SELECT_RE.search(text))


def core_messages():
    """(unit, path by language code, key, {code: text}) of the selected core messages."""
    xx = lang_file("xx")
    cats = {code: lang_file(code) for code, _ in LANGS}
    for key in xx:
        english = shown(cats["en"].get(key, key))
        if not selected(english):
            continue
        texts = {"en": english}
        for code, _ in LANGS[1:]:
            texts[code] = shown(cats[code].get(key))
        yield f"{REPO}:{key}", "adminer/lang/{code}.inc.php", key, texts


def plugin_files():
    out = []
    for sub in ("plugins", "plugins/drivers"):
        out += sorted(f"{sub}/{n}" for n in os.listdir(os.path.join(RAW, sub)) if n.endswith(".php"))
    return out


def plugin_messages():
    """(unit, path, key, {code: text}) of the selected plugin messages, file by file."""
    for rel in plugin_files():
        src = read(rel)
        m = re.search(r"protected \$translations\s*=\s*", src)
        tr = php_array(src, m.end()) if m else {}
        keys = []
        if re.search(r"class \w+ extends Adminer\\Plugin", src):
            doc = re.search(r"/\*\*\s*(.*)", src)
            if doc:
                keys.append(("", doc.group(1).strip()))
        for lit in re.findall(r"->lang\(\s*('(?:[^'\\]|\\.)*')", src):
            k = php_string(lit)
            if k not in [x for x, _ in keys]:
                keys.append((k, k))
        for key, default in keys:
            english = shown(tr.get("en", {}).get(key, default)) if key else shown(default)
            if not selected(english):
                continue
            texts = {"en": english}
            for code, _ in LANGS[1:]:
                texts[code] = shown(tr.get(code, {}).get(key))
            unit = f"{REPO}:{rel}#{key or 'description'}"
            yield unit, rel, key or "description", texts


def adminer_items():
    messages = list(core_messages()) + list(plugin_messages())
    for code, lang in LANGS:
        seen = set()
        for unit, path, key, texts in messages:
            text = texts[code]
            if not text or (code != "en" and text == texts["en"]):
                continue
            n = norm(text)
            if n in seen:
                continue
            seen.add(n)
            digest = hashlib.sha256(unit.encode("utf-8")).hexdigest()[:10]
            yield item(f"adminer-{code}-{digest}", lang, text, "adminer_app",
                       f"github.com/{REPO}@{ADMINER_COMMIT[:12]}:{path.format(code=code)} "
                       f"({key}; copied to scripts/real_corpus/raw/adminer/)",
                       unit, "keyword_rule_app_strings")


def items():
    yield from adminer_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
