#!/usr/bin/env python3
"""Rebuild the two-hundred-and-thirty-eighth batch of tests/data/real/: the in-app strings of the
Terra Station wallet (web app and browser extension, terra-money/station and
terra-money/station-extension, MIT) about wallets, recovery phrases/mnemonics, private keys,
passwords, Ledger devices and accounts, in English, Spanish and zh-Hans.

Usage:
    python3 scripts/real_corpus/build_templates234.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates234.py assemble     # write the jsonl files

Source: github.com/terra-money/station-extension at EXT_COMMIT (2024-04-23) and
github.com/terra-money/station at STATION_COMMIT (2024-03-07), both MIT (LICENSE at those commits,
copied along). Station is an i18next app whose English texts are the translation keys themselves:
the first argument of `t("…")` in the source, and the leaf keys of the Spanish and Chinese
catalogues src/locales/es.json and src/locales/zh.json (there is no English catalogue; the
catalogues cover only ~210 keys, most of the app is English-only). src/config/lang.ts flattens a
catalogue to its leaf keys (parent objects dropped, an empty value skipped, a later key wins);
zh.json is written in simplified characters (zh-Hans). The catalogues and every source file
that holds a selected `t()` literal are copied verbatim to scripts/real_corpus/raw/terra_station/
<repository>/<path> (see SOURCE.md there); the builder reads only those copies.

English strings of one repository, in order: the `t()` first arguments that are one string
literal ("…", '…', or `…` without `${}`) of the .ts/.tsx/.js/.jsx files under src/ (path order,
then position in the file), then the leaf keys of es.json and of zh.json not seen before.

Selection (mechanical, fixed before any text was read): every English string with at least four
words (white-space separated) that matches, case-insensitively, SELECT_RE: app_strings.SELECT_RE
(seed, recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up,
restore, log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) widened, as
the round asked for this product, with wallet, ledger and account. station-extension (the
maintained product) first, then the web app station for strings the extension does not hold. A
key's text is taken in English and, where that repository's catalogue holds it, in Spanish and
zh-Hans; a translation equal to the English is skipped. Near-duplicates (digits and white space
aside) collapse within a language over both repositories (first kept). Placeholders `{{name}}`
are kept as written. Cut at 500 characters.

Split: the unit is the message key (`terra-money/<repository>:<key>`), all languages of one key
on one side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Ids are
`terra-<ext|web>-<en|es|zh>-<first 10 hex digits of SHA-256 of the key>`. Labels come from
scripts/real_corpus/labels/labels_templates234.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import os
import re

from app_strings import SELECT_RE as BASE_RE, js_string, load_json, norm
from build_templates import item
from corpus import hashed_split, main, sha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates234.tsv")
RAW = os.path.join(HERE, "raw", "terra_station")
EXT_COMMIT = "9a1767bac51fa1d3b47418b2f959bc3da34dc30a"
STATION_COMMIT = "fded3bb475bfb9839cbf9998a0275c686f2e7bbb"
REPOS = [("station-extension", "ext", EXT_COMMIT), ("station", "web", STATION_COMMIT)]
LANGS = [("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
SELECT_RE = re.compile(BASE_RE.pattern + r"|wallet|ledger|account", re.I)
LITERAL = r'("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`[^`]*`)'
T_CALL = re.compile(r"\bt\(\s*" + LITERAL)


def station_flatten(node, out):
    """src/config/lang.ts's flatten: leaf key -> text, parents dropped, empty values skipped, a
    later key wins."""
    for key, value in node.items():
        if not value:
            continue
        if isinstance(value, str):
            out[key] = value
        else:
            station_flatten(value, out)
    return out


def t_literals(repo):
    """(key, source path) of the `t()` string-literal first arguments of a repository's copied
    sources, in path order then file order (first occurrence kept)."""
    base = os.path.join(RAW, repo)
    paths = []
    for root, dirs, files in os.walk(os.path.join(base, "src")):
        dirs.sort()
        paths += [os.path.join(root, f) for f in files if re.search(r"\.(tsx?|jsx?)$", f)]
    seen = {}
    for path in sorted(paths, key=lambda p: os.path.relpath(p, base)):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for m in T_CALL.finditer(src):
            lit = m.group(1)
            if lit[0] == "`" and "${" in lit:
                continue
            seen.setdefault(js_string(lit), os.path.relpath(path, base))
    return list(seen.items())


def station_items():
    taken = set()
    seen = {code: set() for code, _ in LANGS}
    for repo, short, commit in REPOS:
        cats = {code: station_flatten(load_json(os.path.join(RAW, repo, "src", "locales",
                                                             f"{code}.json")), {})
                for code in ("es", "zh")}
        where = dict(t_literals(repo))
        for code in ("es", "zh"):
            for key in cats[code]:
                where.setdefault(key, f"src/locales/{code}.json")
        keys = [k for k in where if len(k.split()) >= 4 and SELECT_RE.search(k)
                and k not in taken]
        taken.update(keys)
        for code, lang in LANGS:
            for key in keys:
                text = key if code == "en" else cats[code].get(key)
                if not isinstance(text, str) or not text.strip():
                    continue
                if code != "en" and text.strip() == key.strip():
                    continue
                n = norm(text)
                if n in seen[code]:
                    continue
                seen[code].add(n)
                origin = where[key] if code == "en" else f"src/locales/{code}.json"
                yield item(f"terra-{short}-{code}-{sha(key)[:10]}", lang, text, "terra_station_app",
                           f"github.com/terra-money/{repo}@{commit[:12]}:{origin} (copied to "
                           f"scripts/real_corpus/raw/terra_station/{repo}/)",
                           f"terra-money/{repo}:{key}", "keyword_rule_app_strings_terra")


def items():
    yield from station_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
