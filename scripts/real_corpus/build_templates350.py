#!/usr/bin/env python3
"""Rebuild the three-hundred-and-fifty-fourth batch of tests/data/real/: the in-app messages of
the Passky password manager (Rabbit-Company, GPL-3.0) about passwords, log-in/sign-in, backup,
restore, two-factor authentication and one-time codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates350.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates350.py assemble     # write the jsonl files

Source (both GPL-3.0, LICENSE at each commit; copied verbatim to scripts/real_corpus/raw/passky/,
see SOURCE.md there):
  * github.com/Rabbit-Company/Passky-Browser-Extension at EXT_COMMIT (2023-01-31),
    lang/{en,es-ES,zh-CN,zh-TW}/lang.json (flat JSON: error codes and UI strings);
  * github.com/Rabbit-Company/Passky-Android at ANDROID_COMMIT (2022-09-25, Passky v7.1.0),
    app/src/main/assets/js/lang.js: two JavaScript objects, `lang` (UI strings) and `errors`
    (server error codes), each keyed by language; en, es-ES, zh-CN, zh-TW used. The objects are
    JSON literals and are read as JSON.
The extension is read first, then the Android `lang`, then the Android `errors`.

Selection (mechanical): in each source, every key whose English text has at least four words
(white-space separated) and matches, case-insensitively, app_strings.SELECT_RE (seed, recovery,
mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore, log in/login,
sign in/signin, verification code, one-time, 2FA, two-factor). The key's text is taken in each of
the four languages; a translation equal to the English of the same source and key
(untranslated) is skipped. Near-duplicates (digits and white space aside, app_strings.norm)
collapse within a language over the whole product (the first source in the order above keeps
the text). `{name}`-style placeholders are kept as written. Cut at 500 characters.

Split: the unit is the message key, `Rabbit-Company/Passky:<key>`: both repositories carry
the Passky client's one key namespace (error codes "0".."999" and UI string names), so all
languages and both repositories of one key sit on one side; held out when SHA-256 of the unit
is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates350.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os

from app_strings import SELECT_RE, keyword_keys, load_json, norm
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates350.tsv")
RAW = os.path.join(HERE, "raw", "passky")
EXT_COMMIT = "59f50c4f9d5445d8ede7fbd31ca61dff4b0e29b9"
ANDROID_COMMIT = "f61cb2716ac5d34ea0b0ca52c4e60bb634d4aa0c"
LANGS = [("en", "en"), ("es-ES", "es"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")]


def android_objects():
    """{"lang": {code: {key: text}}, "errors": {code: {key: text}}} of android_lang.js."""
    with open(os.path.join(RAW, "android_lang.js"), encoding="utf-8") as f:
        src = f.read()
    head, tail = "const lang = ", "const errors = "
    assert src.startswith(head), src[:40]
    i = src.index(tail)
    return {"lang": json.loads(src[len(head):i]), "errors": json.loads(src[i + len(tail):])}


def sources():
    """(name, id prefix, origin prefix, {code: {key: text}}) in reading order."""
    ext = {code: load_json(os.path.join(RAW, f"extension_{code}.json")) for code, _ in LANGS}
    yield ("extension", "passky-ext", f"github.com/Rabbit-Company/Passky-Browser-Extension@"
           f"{EXT_COMMIT[:12]}:lang/{{code}}/lang.json", ext)
    android = android_objects()
    for obj in ("lang", "errors"):
        yield (f"android_{obj}", f"passky-android-{obj}", f"github.com/Rabbit-Company/"
               f"Passky-Android@{ANDROID_COMMIT[:12]}:app/src/main/assets/js/lang.js "
               f"(const {obj}, {{code}})", android[obj])


def passky_items():
    seen = {lang: set() for _, lang in LANGS}
    for _, prefix, origin, cats in sources():
        en = cats["en"]
        keys = keyword_keys(en, SELECT_RE)
        for code, lang in LANGS:
            strings = cats.get(code, {})
            for key in keys:
                text = strings.get(key)
                if not isinstance(text, str) or not text.strip():
                    continue
                if code != "en" and text.strip() == en[key].strip():
                    continue
                n = norm(text)
                if n in seen[lang]:
                    continue
                seen[lang].add(n)
                yield item(f"{prefix}-{code}-{key}", lang, text, "passky_app",
                           origin.format(code=code) + f" ({key}; copied to "
                           f"scripts/real_corpus/raw/passky/)",
                           f"Rabbit-Company/Passky:{key}", "keyword_rule_app_strings")


def items():
    yield from passky_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
