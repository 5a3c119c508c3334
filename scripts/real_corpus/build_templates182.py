#!/usr/bin/env python3
"""Rebuild the hundred-and-eighty-sixth batch of tests/data/real/: the web app strings of Jitsi
Meet (jitsi/jitsi-meet, Apache-2.0) about meeting passwords, lobbies, moderators, tokens,
end-to-end encryption, log-in, PINs and codes, in English, Spanish, zh-Hans and zh-Hant.

Usage:
    python3 scripts/real_corpus/build_templates182.py candidates   # print the texts (to label)
    python3 scripts/real_corpus/build_templates182.py assemble     # write the jsonl files

Source: the app's i18next catalogues lang/main.json (English), main-es.json, main-zh-CN.json and
main-zh-TW.json as published in the npm package @jitsi/react-native-sdk@13.2.0 (built from
github.com/jitsi/jitsi-meet; "license": "Apache-2.0" in its package.json; the repository's own
LICENSE is Apache-2.0), copied verbatim to scripts/real_corpus/raw/jitsi_meet/ (see SOURCE.md
there). The repository itself (680 MB) is over the fetch size limit, and the file index holds
the four catalogues only at different, older commits; the npm package is one consistent release
of the same lang/ folder (the one the forty-eighth batch used).

Selection (mechanical): every key of main.json (nested objects flattened to dotted keys, in file
order) whose English text, after i18next nesting `$t(key)` is resolved from the top level of the
same catalogue (falling back to the English one), has at least four words (white-space separated)
and matches, case-insensitively, SELECT_RE: the standard secret-word rule of app_strings.py (seed,
recovery, mnemonic, private key, password, passcode, PIN, passphrase, backup/back up, restore,
log in/login, sign in/signin, verification code, one-time, 2FA, two-factor) plus Jitsi's own
words lobby, meeting password, moderator, token, e2ee. A key whose text in any language, with its
`{{name}}` placeholders taken as wildcards, occurs inside a text of the same language of the
corpus's jitsi_meet_notification files (the forty-eighth batch) is skipped in every language.
The key's text is taken in every catalogue that holds it; a translation equal to the English
text (untranslated) is skipped. Near-duplicates (digits and white space aside) collapse within
a language. `{{name}}` placeholders and markup are kept as written (they are the app's own). Cut
at 500 characters.

Split: the unit is the message key (`jitsi/jitsi-meet:<key>`), all languages of one key on one
side; held out when SHA-256 of the unit is 0 mod 3 (corpus.hashed_split). Labels come from
scripts/real_corpus/labels/labels_templates182.tsv, assigned by an AI reader reading each text;
the scanner played no part.
"""
import json
import os
import re

from app_strings import SELECT_RE as STANDARD_RE, flatten, keyword_keys, new_texts
from build_templates import item
from corpus import hashed_split, main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "tests", "data", "real")
LABELS = os.path.join(HERE, "labels", "labels_templates182.tsv")
RAW = os.path.join(HERE, "raw", "jitsi_meet")
JM_PACKAGE = "@jitsi/react-native-sdk@13.2.0"  # npm; built from jitsi/jitsi-meet, Apache-2.0
JM_REPO = "jitsi/jitsi-meet"
LANGS = [("main", "en"), ("main-es", "es"), ("main-zh-CN", "zh-Hans"), ("main-zh-TW", "zh-Hant")]
SELECT_RE = re.compile(STANDARD_RE.pattern + r"|lobby|meeting password|moderator|token|e2ee",
                       re.I)
# The forty-eighth batch's Jitsi Meet notifications (es, zh-Hans, zh-Hant): keys already there.
EARLIER = [os.path.join(OUT_DIR, f"{split}_jitsi_meet_notification.jsonl")
           for split in ("dev", "heldout")]


def load_raw(code):
    with open(os.path.join(RAW, f"{code}.json"), encoding="utf-8") as f:
        return json.load(f)


def shown(data, en):
    """{dotted key: text} of a catalogue, string leaves only, with i18next nesting `$t(key)`
    resolved from the catalogue's top level (else the English one's)."""
    def nest(m):
        k = m.group(1)
        v = data.get(k)
        return v if isinstance(v, str) and v.strip() else en[k]
    return {k: re.sub(r"\$t\(([\w.]+)\)", nest, v) for k, v in flatten(data)
            if isinstance(v, str)}


def earlier_texts():
    """lang -> [text] of the forty-eighth batch's Jitsi Meet notifications."""
    out = {}
    for path in EARLIER:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out.setdefault(r["lang"], []).append(r["text"])
    return out


def in_earlier(text, texts):
    """Whether `text`, its {{name}} placeholders as wildcards, occurs inside one of `texts`."""
    parts = re.split(r"\{\{\s*\w+\s*\}\}", text.strip())
    pattern = re.compile(".+?".join(re.escape(p) for p in parts), re.S)
    return any(pattern.search(t) for t in texts)


def catalogues():
    en_raw = load_raw("main")
    return [(code, lang, shown(load_raw(code), en_raw)) for code, lang in LANGS]


def selected_keys(cats):
    en = cats[0][2]
    earlier = earlier_texts()
    keys = []
    for key in keyword_keys(en, SELECT_RE):
        if any(isinstance(s.get(key), str) and s[key].strip()
               and in_earlier(s[key], earlier.get(lang, [])) for _, lang, s in cats):
            continue
        keys.append(key)
    return keys


def jitsi_items():
    cats = catalogues()
    en = cats[0][2]
    keys = selected_keys(cats)
    for code, lang, strings in cats:
        for key, text in new_texts(strings, keys, None if code == "main" else en):
            yield item(f"jitsi-{lang}-{key}", lang, text, "jitsi_meet_web",
                       f"npm:{JM_PACKAGE}:lang/{code}.json ({JM_REPO}; {key}; copied to "
                       f"scripts/real_corpus/raw/jitsi_meet/)",
                       f"{JM_REPO}:{key}", "keyword_rule_app_strings")


def items():
    yield from jitsi_items()


if __name__ == "__main__":
    main(items, LABELS, hashed_split, OUT_DIR, __doc__)
